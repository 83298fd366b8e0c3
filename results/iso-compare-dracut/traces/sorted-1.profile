liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179396482 mkfs_time=1796462109 inode_count=13434 block_size=131072 compressor=zstd sha256=2ef6eeb43b1bdea0c3dc5462011132a596af012a3ddb88026b99e80d2f69eaf7
events 524
dropped 0
boots 1
duration_ns 79791909958
file /usr/bin/b2sum inode=287 t=42865360167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=288 t=42865360167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=289 t=43843570167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=290 t=43843570167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chmod inode=302 t=43843570167 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=303 t=43843570167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=304 t=44242819167 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=305 t=44293184167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=306 t=44293184167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=307 t=44293184167 kinds=block pages=0-34 count=1
file /usr/bin/clear inode=308 t=44342952167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=309 t=44342952167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=310 t=44342952167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=311 t=44342952167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=312 t=44342952167 kinds=block pages=0-36 count=1
file /usr/bin/cpio inode=313 t=44393155167 kinds=block pages=0-39 count=1
file /usr/bin/csplit inode=314 t=44393155167 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=315 t=44393155167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/df inode=329 t=44493876167 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/bin/diff3 inode=331 t=44593038167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/dircolors inode=333 t=44593038167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/dir inode=332 t=44593038167 kinds=block pages=0-36 count=1
file /usr/bin/dirname inode=334 t=44694258167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dmesg inode=335 t=44694258167 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/dpkg inode=338 t=44694258167 kinds=block pages=0-31 count=1
file /usr/bin/busctl inode=294 t=44992884167 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/cat inode=296 t=44992884167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=297 t=44992884167 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=298 t=45042837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=299 t=45042837167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=300 t=45142810167 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=301 t=45242712167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/pwd inode=471 t=45242712167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=473 t=45242712167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=474 t=45242712167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=475 t=45242712167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=476 t=45242712167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=478 t=45242712167 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=479 t=45242712167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=480 t=45242712167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/echo inode=350 t=45293106167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=351 t=45293106167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=352 t=45293106167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=353 t=45342840167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=354 t=45342840167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=355 t=45442905167 kinds=fragment-inferred,block pages=0-28 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=48068936167 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=65 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=66 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=69 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=71 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=72 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=73 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=74 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=76 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=77 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=78 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=79 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=84 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/dracut.conf inode=86 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=88 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=90 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=91 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=92 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/group- inode=93 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=94 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow- inode=95 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=96 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=97 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=99 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=100 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=101 t=48068936167 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/issue inode=102 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=103 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=110 t=48068936167 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=111 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=115 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=117 t=48068936167 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.d/alternatives inode=119 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=120 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=121 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dracut-core inode=122 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=123 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=124 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=126 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=129 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=131 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=134 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=136 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=137 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=138 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=139 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=140 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=7932 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=141 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=142 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=144 t=48068936167 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=145 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=146 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=147 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=148 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=149 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=150 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=151 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=152 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd- inode=153 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=154 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/resolv.conf inode=171 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=174 t=48068936167 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=175 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=176 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=177 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=179 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=181 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=183 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=184 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=185 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=187 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=188 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=189 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=190 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=192 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=193 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=194 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=200 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=201 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=203 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=204 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=205 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=222 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=224 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=226 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=227 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=232 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=234 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=235 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=247 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=248 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=276 t=48068936167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=7929 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=7933 t=48068936167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/addpart inode=277 t=48118850167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=278 t=48118850167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=279 t=48118850167 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=280 t=48118850167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=281 t=48118850167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=282 t=48118850167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=283 t=48118850167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=284 t=48118850167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=285 t=48118850167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd inode=6359 t=48786507167 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=48786507167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=48786507167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=48786507167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=48786507167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=48786507167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=48786507167 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=48786507167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=48786507167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=48798562167 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=48798562167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=48798562167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=48798562167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=48798562167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=48839261167 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=49087719167 kinds=block pages=0-817 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=49288279167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=49288279167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=49288279167 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7793 t=49288279167 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7795 t=49288279167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=49338159167 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=49537874167 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=49537874167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=49637837167 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=49788163167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=49788163167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=49788163167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=49788163167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=49837837167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=49837837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=49837837167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=49837837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=49837837167 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=49892838167 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=49892838167 kinds=block pages=0-98 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=50038222167 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=50038222167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=50087842167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=50087842167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=50087842167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=50087842167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=50287917167 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=50337704167 kinds=block pages=0-66 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=50337704167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=50337704167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=50337704167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=50337704167 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=50443578167 kinds=block pages=0-95 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=50538498167 kinds=block pages=0-86 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=50738183167 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=50837886167 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=50988177167 kinds=block pages=0-255,288-325 count=6
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=51237884167 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=51437789167 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=51487865167 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=51487865167 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=51837860167 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=52087901167 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=52394749167 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=52737866167 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=52737866167 kinds=block pages=0-71 count=2
file /usr/lib/dracut/skipcpio inode=1050 t=56602296167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/init/init-d-script inode=1054 t=56602296167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=1055 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=1057 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=56602296167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1078 t=56602296167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1084 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=56602296167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=56602296167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/blkdiscard inode=7799 t=56602296167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=56602296167 kinds=block pages=0-130 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=56602708167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=56602708167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=56602708167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=56602708167 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=56602708167 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=56753184167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=6009 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=56753184167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=56753184167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=56753184167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=56753184167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=56753184167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=56753184167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=56800879167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=56800879167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=56800879167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=56800879167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=56800879167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=56800879167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=56800879167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=56800879167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=56800879167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=56800879167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=56800879167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=56800879167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=56800879167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=56800879167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=56800879167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=56800879167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=56857194167 kinds=block pages=128 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=56952199167 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=57050726167 kinds=block pages=0-307 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=57209869167 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=57305663167 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=57305663167 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=57305663167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=57450943167 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=57450943167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=57450943167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=57450943167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=57450943167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=57650769167 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=57650769167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=57650769167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=57650769167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=57650769167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=57650769167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=57650769167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=57650769167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=57650769167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=57700849167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=57700849167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=57700849167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=57700849167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=57700849167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=57700849167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=57700849167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=57700849167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=57751183167 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=57751183167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=57751183167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=57751183167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=57751183167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=57751183167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=57751183167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=57751183167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=57751183167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=57751183167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=57751183167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/kmod inode=396 t=57868330167 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=394 t=57868330167 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=395 t=57868330167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/last inode=397 t=57868330167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=399 t=57868330167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=401 t=57868330167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=402 t=57868330167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=403 t=59152853167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=404 t=59152853167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=405 t=59152853167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=406 t=59152853167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=409 t=59152853167 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=59152853167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/localedef inode=412 t=59172830167 kinds=block pages=0-72 count=2
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=59286357167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=59286357167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=59286357167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=59286357167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=59286357167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=59286357167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=59289705167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=59289705167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=59289705167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=59289705167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11850 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11865 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11866 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=59289705167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=60816224167 kinds=block pages=0-86 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11979 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=12000 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=12001 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=12080 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=60816224167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=60816224167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=439 t=60816224167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=60816224167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/mount inode=440 t=64634487167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=64634487167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=64634487167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=64634487167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=64634487167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=64752685167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/mv inode=444 t=64821182167 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=65014723167 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=65015144167 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=65015144167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=65015144167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=65015144167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=65015144167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=65015144167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=65015144167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=65015144167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=65407148167 kinds=block pages=0-100 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=65465790167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=65465790167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=65465790167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=65465790167 kinds=block pages=0-63 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=65610482167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=65610482167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=65610482167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=65610482167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=65661714167 kinds=block pages=0-31,384-398 count=2
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=65808218167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=65808218167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=65808218167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=65808218167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=65808218167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/udevadm inode=565 t=65808218167 kinds=block pages=0-330 count=7
file /usr/lib/systemd/systemd-journald inode=6373 t=66057979167 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=66057979167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=66057979167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=66057979167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=66057979167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/uname inode=567 t=66057979167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=568 t=66057979167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=569 t=66107845167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=570 t=66107845167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=571 t=66107845167 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=66107845167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=66107845167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=66107845167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=66107845167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=66107845167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=66107845167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=66107845167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=66107845167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=66107845167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=66107845167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/uclampset inode=564 t=66258290167 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=566 t=66258290167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=66258290167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=66708136167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=538 t=66708136167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=539 t=66708136167 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=66757932167 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=66757932167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=543 t=66757932167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=66757932167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=67054567167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=67054567167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=67054567167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=67054567167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=67054567167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=67054567167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=67054567167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/tac inode=544 t=67540207167 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=67540207167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/tar inode=546 t=67540207167 kinds=block pages=0-95 count=2
file /usr/lib/udev/hwdb.bin inode=6519 t=70250565167 kinds=block pages=0-255,960-1279,1728-2303,2464-3178 count=27
file /usr/lib/udev/mtd_probe inode=6554 t=70400687167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=70400687167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=70400687167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=70400687167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=70400687167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=70400687167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=70400687167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6600 t=70457706167 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6601 t=70457706167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=70457706167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=70457706167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=70457706167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=70457706167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=70457706167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=70457706167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=70457706167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/tr inode=557 t=70898331167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=558 t=70898331167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=559 t=70898575167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=560 t=70898575167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=561 t=70898575167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/tty inode=562 t=70898575167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=563 t=70898575167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/systemctl inode=514 t=71608016167 kinds=block pages=0-330 count=7
file /usr/bin/systemd-analyze inode=516 t=72053031167 kinds=block pages=0-45 count=1
file /usr/bin/tput inode=556 t=72649138167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=72649138167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=72649138167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=72649138167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=72649138167 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=73750390167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=73750390167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=73750390167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=73750390167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=73750390167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=73750390167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=73750390167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=73750390167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=73750390167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=73750390167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=73805133167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=73805133167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=73805133167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=73805133167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=73805133167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=73805133167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=73805133167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=73805133167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=73805133167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=73949069167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=73949069167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=73949069167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=73949069167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=73949069167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=73949069167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=73949069167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=73949069167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=74004238167 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=74004238167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=74004238167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=74004238167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=74098828167 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=74173540167 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=74173540167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=74173540167 kinds=block pages=0-383,960 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=74305826167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=74305826167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=74305826167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=74352211167 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=74352211167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=74352211167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=74352211167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=74352211167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=74352211167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=74352211167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=74352211167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=74352211167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=74352211167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=74405544167 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=74610279167 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=74610279167 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=74716837167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=74716837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=74716837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=74716837167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=74716837167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=74716837167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=74716837167 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=74716837167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=74716837167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=74716837167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=74716837167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=74716837167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=74716837167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=74716837167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=75206385167 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=75206613167 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=75206613167 kinds=block pages=0-191 count=2
file /usr/lib/udev/fido_id inode=6517 t=75444271167 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=75444271167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=75444271167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=75444271167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=75444271167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=75444271167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=75444271167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=75444758167 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=75544630167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=75544630167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=75544630167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=75544630167 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=75594587167 kinds=block pages=0-63 count=1
file /usr/bin/dash inode=316 t=75794733167 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=317 t=75794733167 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=318 t=75844349167 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=319 t=75844349167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=75844349167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=321 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=322 t=75844349167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=323 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=324 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=325 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=326 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=327 t=75844349167 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=328 t=75844349167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=75844349167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=75844349167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/diff inode=330 t=75844349167 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=75894463167 kinds=block pages=0-580 count=4
file /usr/lib/udev/ata_id inode=6514 t=76045864167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=76045864167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=76045864167 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=76246476167 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=76246476167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=76246476167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=76246476167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=76298302167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=76298302167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=76298302167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=76298302167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=76298302167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=76298302167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=76298302167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=76298302167 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=76298302167 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=76298302167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=76298302167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=76298302167 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=76838368167 kinds=block pages=0-97 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=76890811167 kinds=block pages=0-159 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=77039220167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=77039220167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=77039220167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=77088716167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=77088716167 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=77088716167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=77088716167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=77088716167 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=77088716167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=77088716167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=77088716167 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=77088716167 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=77088716167 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub inode=7826 t=77088716167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7827 t=77088716167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7828 t=77088716167 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/bash inode=292 t=77239002167 kinds=block pages=0-308 count=8
file /usr/bin/basenc inode=291 t=77439291167 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=293 t=77439291167 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=77488933167 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=77538272167 kinds=block pages=0-44 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=77538272167 kinds=block pages=0-31 count=1
file /usr/sbin/agetty inode=7796 t=77990646167 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7797 t=77990646167 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7798 t=77990646167 kinds=fragment-inferred,block pages=0-3 count=1
read t=42836866167 offset=179306496 len=4096
read t=42861744167 offset=179388416 len=4096
read t=42862681167 offset=0 len=16384
read t=42865360167 offset=16384 len=32768
read t=42893153167 offset=179392512 len=4096
read t=42948740167 offset=179261440 len=4096
read t=42995076167 offset=179363840 len=4096
read t=43043499167 offset=179265536 len=4096
read t=43093852167 offset=179191808 len=4096
read t=43147725167 offset=179093504 len=4096
read t=43193417167 offset=179372032 len=4096
read t=43243143167 offset=179376128 len=12288
read t=43294241167 offset=179048448 len=4096
read t=43343547167 offset=179236864 len=4096
read t=43393767167 offset=179019776 len=4096
read t=43450961167 offset=178929664 len=4096
read t=43493892167 offset=178896896 len=4096
read t=43543335167 offset=178888704 len=4096
read t=43593519167 offset=179359744 len=4096
read t=43643188167 offset=178909184 len=4096
read t=43694612167 offset=177815552 len=4096
read t=43743852167 offset=179220480 len=4096
read t=43797663167 offset=179224576 len=12288
read t=43843570167 offset=49152 len=73728
read t=43894533167 offset=131072 len=4096
read t=43943627167 offset=262144 len=4096
read t=43994076167 offset=524288 len=4096
read t=44043639167 offset=1048576 len=4096
read t=44126547167 offset=2097152 len=4096
read t=44143842167 offset=4194304 len=4096
read t=44242819167 offset=122880 len=8192
read t=44293184167 offset=135168 len=126976
read t=44342952167 offset=266240 len=118784
read t=44393155167 offset=385024 len=131072
read t=44493876167 offset=516096 len=8192
read t=44593038167 offset=528384 len=118784
read t=44694258167 offset=647168 len=131072
read t=44792855167 offset=178782208 len=4096
read t=44892896167 offset=178786304 len=16384
read t=44992884167 offset=178802688 len=86016
read t=45042837167 offset=178892800 len=4096
read t=45092892167 offset=178900992 len=8192
read t=45142810167 offset=178913280 len=16384
read t=45242712167 offset=178933760 len=86016
read t=45293106167 offset=179023872 len=24576
read t=45342840167 offset=179052544 len=40960
read t=45442905167 offset=179097600 len=94208
read t=45542572167 offset=179195904 len=24576
read t=45642770167 offset=179240960 len=20480
read t=45742684167 offset=179269632 len=36864
read t=45843002167 offset=179310592 len=49152
read t=45993311167 offset=179367936 len=4096
read t=48067548167 offset=155287552 len=4096
read t=48068013167 offset=155291648 len=16384
read t=48068628167 offset=155308032 len=32768
read t=48068936167 offset=155340800 len=65536
read t=48118850167 offset=155406336 len=131072
read t=48786507167 offset=155537408 len=131072
read t=48798562167 offset=155668480 len=131072
read t=48838354167 offset=156581888 len=4096
read t=48838813167 offset=156585984 len=16384
read t=48839261167 offset=156602368 len=32768
read t=48893732167 offset=156635136 len=65536
read t=48937860167 offset=157196288 len=4096
read t=48997688167 offset=157200384 len=16384
read t=49038163167 offset=157216768 len=32768
read t=49087719167 offset=157249536 len=65536
read t=49137883167 offset=157315072 len=131072
read t=49187947167 offset=158515200 len=4096
read t=49238122167 offset=158519296 len=16384
read t=49288279167 offset=158535680 len=32768
read t=49338159167 offset=158568448 len=131072
read t=49393983167 offset=159330304 len=4096
read t=49437992167 offset=159334400 len=16384
read t=49488161167 offset=159350784 len=32768
read t=49537874167 offset=159383552 len=65536
read t=49588070167 offset=158699520 len=131072
read t=49637837167 offset=159449088 len=16384
read t=49692265167 offset=159698944 len=4096
read t=49738104167 offset=159703040 len=16384
read t=49788163167 offset=159719424 len=32768
read t=49837837167 offset=159752192 len=65536
read t=49892838167 offset=159817728 len=131072
read t=49942128167 offset=160018432 len=4096
read t=49987979167 offset=160022528 len=16384
read t=50038222167 offset=160038912 len=32768
read t=50087842167 offset=160071680 len=65536
read t=50137733167 offset=160243712 len=4096
read t=50188073167 offset=160247808 len=16384
read t=50238166167 offset=160264192 len=32768
read t=50287917167 offset=160296960 len=65536
read t=50337704167 offset=160362496 len=131072
read t=50387846167 offset=159948800 len=69632
read t=50443578167 offset=155799552 len=131072
read t=50487845167 offset=160137216 len=16384
read t=50538498167 offset=160153600 len=32768
read t=50587887167 offset=160186368 len=57344
read t=50644690167 offset=160620544 len=4096
read t=50688019167 offset=160624640 len=16384
read t=50738183167 offset=160641024 len=32768
read t=50788799167 offset=160673792 len=65536
read t=50837886167 offset=160739328 len=131072
read t=50887875167 offset=162443264 len=4096
read t=50938094167 offset=162447360 len=16384
read t=50988177167 offset=162463744 len=32768
read t=51038339167 offset=162496512 len=65536
read t=51087785167 offset=162889728 len=4096
read t=51138044167 offset=162893824 len=16384
read t=51188200167 offset=162910208 len=32768
read t=51237884167 offset=162942976 len=65536
read t=51287782167 offset=163225600 len=4096
read t=51338229167 offset=163229696 len=16384
read t=51388051167 offset=163246080 len=32768
read t=51437789167 offset=163278848 len=65536
read t=51487865167 offset=163344384 len=131072
read t=51537818167 offset=160870400 len=131072
read t=51587576167 offset=162426880 len=4096
read t=51638103167 offset=162430976 len=12288
read t=51695521167 offset=163819520 len=4096
read t=51737933167 offset=163823616 len=16384
read t=51788099167 offset=163840000 len=32768
read t=51837860167 offset=163872768 len=65536
read t=51887776167 offset=163938304 len=131072
read t=51937880167 offset=164081664 len=4096
read t=51988010167 offset=164085760 len=16384
read t=52038187167 offset=164102144 len=32768
read t=52087901167 offset=164134912 len=65536
read t=52137826167 offset=163475456 len=131072
read t=52187851167 offset=163774464 len=4096
read t=52238033167 offset=163778560 len=16384
read t=52288004167 offset=163794944 len=24576
read t=52343430167 offset=164200448 len=16384
read t=52394749167 offset=164216832 len=32768
read t=52437817167 offset=164249600 len=65536
read t=52487844167 offset=164388864 len=4096
read t=52538079167 offset=164392960 len=16384
read t=52588099167 offset=164409344 len=32768
read t=52638304167 offset=164315136 len=73728
read t=52687689167 offset=164442112 len=4096
read t=52737866167 offset=164446208 len=131072
read t=52788037167 offset=164577280 len=131072
read t=52837952167 offset=156700672 len=131072
read t=52887952167 offset=158846976 len=4096
read t=52938224167 offset=158851072 len=16384
read t=52988248167 offset=158867456 len=32768
read t=53037833167 offset=158900224 len=65536
read t=53087818167 offset=158965760 len=131072
read t=53137794167 offset=158830592 len=16384
read t=53194652167 offset=159096832 len=16384
read t=53238274167 offset=159113216 len=32768
read t=53287825167 offset=159145984 len=65536
read t=53337917167 offset=159211520 len=118784
read t=53394670167 offset=163606528 len=131072
read t=53437986167 offset=163737600 len=36864
read t=53487877167 offset=164069376 len=12288
read t=53537843167 offset=162365440 len=4096
read t=53588042167 offset=162369536 len=16384
read t=53638112167 offset=162385920 len=32768
read t=53687900167 offset=162418688 len=8192
read t=53737809167 offset=162562048 len=53248
read t=53787474167 offset=161001472 len=131072
read t=53837953167 offset=162615296 len=131072
read t=53887910167 offset=158482432 len=4096
read t=53938030167 offset=158486528 len=16384
read t=53988143167 offset=158502912 len=12288
read t=54041329167 offset=157446144 len=131072
read t=54087827167 offset=157159424 len=4096
read t=54138038167 offset=157163520 len=16384
read t=54188015167 offset=157179904 len=16384
read t=54341907167 offset=159465472 len=8192
read t=54421357167 offset=161570816 len=4096
read t=54429208167 offset=161574912 len=16384
read t=54433408167 offset=161591296 len=32768
read t=54437425167 offset=161624064 len=65536
read t=54487725167 offset=161689600 len=131072
read t=54537853167 offset=161820672 len=131072
read t=54587785167 offset=162131968 len=4096
read t=54638041167 offset=162136064 len=16384
read t=54689735167 offset=162152448 len=32768
read t=54739050167 offset=162185216 len=65536
read t=54791091167 offset=162250752 len=114688
read t=54837653167 offset=157863936 len=4096
read t=54887922167 offset=157868032 len=16384
read t=54938105167 offset=157884416 len=32768
read t=54987697167 offset=157917184 len=65536
read t=55041104167 offset=157982720 len=131072
read t=55087782167 offset=158113792 len=131072
read t=55150077167 offset=158244864 len=131072
read t=55189912167 offset=158375936 len=106496
read t=55240057167 offset=157798400 len=4096
read t=55287988167 offset=157802496 len=16384
read t=55338122167 offset=157818880 len=32768
read t=55387768167 offset=157851648 len=12288
read t=55450383167 offset=157736960 len=4096
read t=55487907167 offset=157741056 len=16384
read t=55538412167 offset=157757440 len=32768
read t=55587844167 offset=157790208 len=8192
read t=55673929167 offset=157609984 len=4096
read t=55687740167 offset=157614080 len=16384
read t=55738105167 offset=157630464 len=32768
read t=55787991167 offset=157663232 len=65536
read t=55837732167 offset=157728768 len=8192
read t=55908401167 offset=156860416 len=4096
read t=55938063167 offset=156864512 len=16384
read t=55988125167 offset=156880896 len=32768
read t=56038212167 offset=156913664 len=65536
read t=56091210167 offset=156979200 len=131072
read t=56141763167 offset=157110272 len=49152
read t=56400743167 offset=156831744 len=16384
read t=56401655167 offset=156848128 len=12288
read t=56464938167 offset=157577216 len=32768
read t=56599060167 offset=165404672 len=4096
read t=56599593167 offset=165408768 len=16384
read t=56602296167 offset=165425152 len=32768
read t=56602708167 offset=165457920 len=65536
read t=56652543167 offset=165564416 len=4096
read t=56700948167 offset=165568512 len=16384
read t=56753184167 offset=165584896 len=32768
read t=56800879167 offset=165617664 len=65536
read t=56857194167 offset=165711872 len=4096
read t=56901451167 offset=165715968 len=16384
read t=56952199167 offset=165732352 len=32768
read t=57001340167 offset=165765120 len=65536
read t=57050726167 offset=165830656 len=131072
read t=57131023167 offset=166047744 len=4096
read t=57150815167 offset=166051840 len=16384
read t=57209869167 offset=166068224 len=32768
read t=57304536167 offset=166100992 len=65536
read t=57305663167 offset=166166528 len=131072
read t=57353268167 offset=166023168 len=4096
read t=57401454167 offset=166027264 len=16384
read t=57450943167 offset=166043648 len=4096
read t=57632771167 offset=165961728 len=61440
read t=57637122167 offset=167313408 len=4096
read t=57641085167 offset=167317504 len=16384
read t=57650769167 offset=167333888 len=32768
read t=57700849167 offset=167366656 len=65536
read t=57751183167 offset=167432192 len=131072
read t=57868330167 offset=167563264 len=131072
read t=57906733167 offset=162004992 len=4096
read t=57907163167 offset=162009088 len=16384
read t=57951077167 offset=162025472 len=32768
read t=58000835167 offset=162058240 len=65536
read t=58050159167 offset=162123776 len=8192
read t=59122678167 offset=167694336 len=16384
read t=59152853167 offset=167710720 len=32768
read t=59172830167 offset=167743488 len=65536
read t=59179943167 offset=167849984 len=4096
read t=59285115167 offset=167854080 len=16384
read t=59286357167 offset=167870464 len=32768
read t=59289705167 offset=167903232 len=65536
read t=60816224167 offset=167968768 len=131072
read t=61623056167 offset=162746368 len=131072
read t=64634487167 offset=168099840 len=16384
read t=64751879167 offset=168161280 len=4096
read t=64752685167 offset=168165376 len=16384
read t=64755322167 offset=168181760 len=32768
read t=64821182167 offset=168116224 len=45056
read t=64823194167 offset=168214528 len=16384
read t=65012845167 offset=168423424 len=4096
read t=65013976167 offset=168427520 len=16384
read t=65014723167 offset=168443904 len=32768
read t=65015144167 offset=168476672 len=65536
read t=65406095167 offset=168587264 len=4096
read t=65406605167 offset=168591360 len=16384
read t=65407148167 offset=168607744 len=32768
read t=65408113167 offset=168640512 len=65536
read t=65465790167 offset=168706048 len=131072
read t=65608884167 offset=169041920 len=4096
read t=65609825167 offset=169046016 len=16384
read t=65610482167 offset=169062400 len=32768
read t=65661714167 offset=169095168 len=65536
read t=65707813167 offset=169533440 len=4096
read t=65758457167 offset=169537536 len=16384
read t=65808218167 offset=169553920 len=32768
read t=65858613167 offset=169586688 len=65536
read t=65907778167 offset=170098688 len=4096
read t=65958237167 offset=170102784 len=16384
read t=66008287167 offset=170119168 len=32768
read t=66057979167 offset=170151936 len=65536
read t=66107845167 offset=170217472 len=131072
read t=66159799167 offset=170045440 len=4096
read t=66207899167 offset=170049536 len=16384
read t=66258290167 offset=170065920 len=32768
read t=66341168167 offset=170000384 len=4096
read t=66358308167 offset=170004480 len=16384
read t=66407930167 offset=170020864 len=24576
read t=66490785167 offset=169652224 len=131072
read t=66509720167 offset=169783296 len=131072
read t=66560360167 offset=169914368 len=86016
read t=66612533167 offset=170352640 len=4096
read t=66658052167 offset=170356736 len=16384
read t=66708136167 offset=170373120 len=32768
read t=66757932167 offset=170405888 len=65536
read t=67054567167 offset=170348544 len=4096
read t=67540207167 offset=170471424 len=131072
read t=68081537167 offset=170602496 len=131072
read t=68436636167 offset=167809024 len=40960
read t=70250103167 offset=170790912 len=4096
read t=70250565167 offset=170795008 len=16384
read t=70250911167 offset=170811392 len=32768
read t=70252168167 offset=170844160 len=65536
read t=70399686167 offset=172912640 len=4096
read t=70400156167 offset=172916736 len=16384
read t=70400687167 offset=172933120 len=32768
read t=70457706167 offset=172965888 len=65536
read t=70897064167 offset=173125632 len=4096
read t=70897735167 offset=173129728 len=16384
read t=70898331167 offset=173146112 len=32768
read t=70898575167 offset=173178880 len=65536
read t=70958711167 offset=172150784 len=4096
read t=70998354167 offset=172154880 len=16384
read t=71048681167 offset=172171264 len=32768
read t=71099808167 offset=172204032 len=65536
read t=71177923167 offset=172269568 len=131072
read t=71201512167 offset=171864064 len=4096
read t=71263641167 offset=171868160 len=16384
read t=71301632167 offset=171884544 len=32768
read t=71354193167 offset=171917312 len=65536
read t=71405416167 offset=172404736 len=4096
read t=71449663167 offset=172408832 len=16384
read t=71501113167 offset=172425216 len=32768
read t=71558298167 offset=172457984 len=65536
read t=71608016167 offset=173244416 len=16384
read t=71661863167 offset=172523520 len=131072
read t=71798159167 offset=171388928 len=4096
read t=71798602167 offset=171393024 len=16384
read t=71798921167 offset=171409408 len=32768
read t=71851836167 offset=171442176 len=65536
read t=71898317167 offset=173748224 len=4096
read t=71948951167 offset=173752320 len=16384
read t=71998784167 offset=173768704 len=32768
read t=72053031167 offset=173801472 len=65536
read t=72098541167 offset=172400640 len=4096
read t=72148724167 offset=171847680 len=4096
read t=72198512167 offset=171851776 len=12288
read t=72253703167 offset=172855296 len=4096
read t=72298456167 offset=172859392 len=16384
read t=72349045167 offset=172875776 len=32768
read t=72400583167 offset=172908544 len=4096
read t=72448809167 offset=171745280 len=4096
read t=72498503167 offset=171749376 len=16384
read t=72549104167 offset=171765760 len=32768
read t=72599889167 offset=171798528 len=49152
read t=72649138167 offset=173031424 len=94208
read t=72698347167 offset=173260800 len=98304
read t=72749193167 offset=173359104 len=131072
read t=72816294167 offset=171335680 len=4096
read t=72848892167 offset=171339776 len=16384
read t=72898333167 offset=171356160 len=32768
read t=72949166167 offset=171982848 len=77824
read t=73002629167 offset=173490176 len=131072
read t=73049800167 offset=172711936 len=4096
read t=73109383167 offset=172716032 len=16384
read t=73181948167 offset=172732416 len=32768
read t=73208416167 offset=172654592 len=57344
read t=73256306167 offset=172765184 len=20480
read t=73300490167 offset=173707264 len=4096
read t=73348946167 offset=173711360 len=16384
read t=73398990167 offset=173727744 len=20480
read t=73461122167 offset=172785664 len=69632
read t=73509308167 offset=171319296 len=4096
read t=73551755167 offset=171323392 len=12288
read t=73630572167 offset=173621248 len=86016
read t=73648562167 offset=174977024 len=4096
read t=73705965167 offset=174981120 len=16384
read t=73750390167 offset=174997504 len=32768
read t=73805133167 offset=175030272 len=65536
read t=73848792167 offset=174870528 len=4096
read t=73901936167 offset=174874624 len=16384
read t=73949069167 offset=174891008 len=32768
read t=74004238167 offset=174923776 len=53248
read t=74048671167 offset=175095808 len=16384
read t=74098828167 offset=175112192 len=32768
read t=74173540167 offset=175144960 len=65536
read t=74202951167 offset=174673920 len=4096
read t=74249015167 offset=174678016 len=16384
read t=74305826167 offset=174694400 len=32768
read t=74352211167 offset=174727168 len=65536
read t=74405544167 offset=173867008 len=16384
read t=74454822167 offset=175210496 len=131072
read t=74504069167 offset=174563328 len=4096
read t=74548951167 offset=174567424 len=16384
read t=74610279167 offset=174583808 len=32768
read t=74716837167 offset=174616576 len=57344
read t=75205038167 offset=173936640 len=4096
read t=75205835167 offset=173940736 len=16384
read t=75206385167 offset=173957120 len=32768
read t=75206613167 offset=173989888 len=65536
read t=75442791167 offset=175562752 len=4096
read t=75443742167 offset=175566848 len=16384
read t=75444271167 offset=175583232 len=32768
read t=75444758167 offset=175616000 len=65536
read t=75502913167 offset=174792704 len=16384
read t=75544630167 offset=174809088 len=32768
read t=75594587167 offset=174841856 len=28672
read t=75643744167 offset=176017408 len=4096
read t=75694124167 offset=176021504 len=16384
read t=75744153167 offset=176037888 len=32768
read t=75794733167 offset=176070656 len=65536
read t=75844349167 offset=176136192 len=131072
read t=75894463167 offset=176267264 len=131072
read t=75950802167 offset=170758144 len=4096
read t=75994182167 offset=170762240 len=16384
read t=76045864167 offset=170778624 len=12288
read t=76094478167 offset=174055424 len=131072
read t=76143852167 offset=176398336 len=131072
read t=76196194167 offset=176529408 len=131072
read t=76246476167 offset=176660480 len=131072
read t=76298302167 offset=176791552 len=131072
read t=76837323167 offset=176963584 len=4096
read t=76837922167 offset=176967680 len=16384
read t=76838368167 offset=176984064 len=32768
read t=76838570167 offset=177016832 len=65536
read t=76890811167 offset=177082368 len=131072
read t=76987687167 offset=177250304 len=4096
read t=76988125167 offset=177254400 len=16384
read t=77039220167 offset=177270784 len=32768
read t=77088716167 offset=177303552 len=65536
read t=77141929167 offset=177418240 len=4096
read t=77189014167 offset=177422336 len=16384
read t=77239002167 offset=177438720 len=32768
read t=77288843167 offset=177471488 len=65536
read t=77338818167 offset=177971200 len=4096
read t=77389110167 offset=177975296 len=16384
read t=77439291167 offset=177991680 len=32768
read t=77488933167 offset=178024448 len=65536
read t=77538272167 offset=178089984 len=131072
read t=77588789167 offset=177537024 len=131072
read t=77638734167 offset=177668096 len=131072
read t=77688816167 offset=177799168 len=16384
read t=77748930167 offset=177819648 len=110592
read t=77793519167 offset=177930240 len=40960
read t=77989222167 offset=165359616 len=4096
read t=77989795167 offset=165363712 len=16384
read t=77990646167 offset=165380096 len=24576
end files=1340 reads=436
