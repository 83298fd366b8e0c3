liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179399015 mkfs_time=1796596752 inode_count=13434 block_size=131072 compressor=zstd sha256=02b79ae541e4275ccd86fbf08b5ebb6f205e36790d3750de142f17dabd54310c
events 276
dropped 0
boots 1
duration_ns 28011708299
file /boot/config-6.1.0-50-amd64 inode=4 t=14472343299 kinds=block pages=0-63 ranks=0 count=9
file /boot/vmlinuz-6.1.0-50-amd64 inode=5 t=14524105299 kinds=block pages=0-223,224-255 ranks=1,1633 count=21
file /boot/System.map-6.1.0-50-amd64 inode=3 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=2 count=1
file /etc/adduser.conf inode=23 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=3 count=1
file /etc/alternatives/README inode=25 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=4 count=1
file /etc/apt/apt.conf.d/01autoremove inode=48 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=5 count=1
file /etc/apt/apt.conf.d/70debconf inode=49 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=6 count=1
file /etc/apt/sources.list inode=53 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=7 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=8 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=9 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=10 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=11 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=12 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=13 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=14 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=17275271299 kinds=fragment-inferred,block pages=0-2 ranks=15 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=16 count=1
file /etc/bash.bashrc inode=65 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=17 count=1
file /etc/bindresvport.blacklist inode=66 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=18 count=1
file /etc/cron.d/e2scrub_all inode=69 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=19 count=1
file /etc/cron.daily/apt-compat inode=71 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=20 count=1
file /etc/cron.daily/dpkg inode=72 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=21 count=1
file /etc/debconf.conf inode=73 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=22 count=1
file /etc/debian_version inode=74 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=23 count=1
file /etc/default/hwclock inode=76 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=24 count=1
file /etc/default/nss inode=77 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=25 count=1
file /etc/default/useradd inode=78 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=26 count=1
file /etc/deluser.conf inode=79 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /etc/dpkg/origins/debian inode=84 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /etc/dracut.conf inode=86 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /etc/e2scrub.conf inode=88 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=31 count=1
file /etc/fstab inode=90 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /etc/gai.conf inode=91 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=33 count=1
file /etc/group inode=92 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=34 count=1
file /etc/group- inode=93 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=35 count=1
file /etc/gshadow inode=94 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=36 count=1
file /etc/gshadow- inode=95 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=37 count=1
file /etc/host.conf inode=96 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=38 count=1
file /etc/hostname inode=97 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=39 count=1
file /etc/init.d/hwclock.sh inode=99 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=40 count=1
file /etc/init.d/kmod inode=100 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=41 count=1
file /etc/init.d/udev inode=101 t=17275271299 kinds=fragment-inferred,block pages=0-1 ranks=42 count=1
file /etc/issue inode=102 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=43 count=1
file /etc/issue.net inode=103 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=44 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=45 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=46 count=1
file /etc/ld.so.cache inode=110 t=17275271299 kinds=fragment-inferred,block pages=0-1 ranks=47 count=1
file /etc/ld.so.conf inode=111 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=48 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=49 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=50 count=1
file /etc/libaudit.conf inode=115 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=51 count=1
file /etc/login.defs inode=117 t=17275271299 kinds=fragment-inferred,block pages=0-3 ranks=52 count=1
file /etc/logrotate.d/alternatives inode=119 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=53 count=1
file /etc/logrotate.d/apt inode=120 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=54 count=1
file /etc/logrotate.d/dpkg inode=121 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=55 count=1
file /etc/logrotate.d/dracut-core inode=122 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=56 count=1
file /etc/machine-id inode=123 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=57 count=1
file /etc/mke2fs.conf inode=124 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=58 count=1
file /etc/modules inode=126 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=59 count=1
file /etc/motd inode=129 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=60 count=1
file /etc/nsswitch.conf inode=131 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=61 count=1
file /usr/share/base-files/motd inode=7932 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=62 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8140 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=63 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=64 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=65 count=1
file /etc/pam.conf inode=134 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=66 count=1
file /etc/pam.d/chfn inode=136 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=67 count=1
file /etc/pam.d/chpasswd inode=137 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=68 count=1
file /etc/pam.d/chsh inode=138 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=69 count=1
file /etc/pam.d/common-account inode=139 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=70 count=1
file /etc/pam.d/common-auth inode=140 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=71 count=1
file /etc/pam.d/common-password inode=141 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=72 count=1
file /etc/pam.d/common-session inode=142 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=73 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=74 count=1
file /etc/pam.d/login inode=144 t=17275271299 kinds=fragment-inferred,block pages=0-1 ranks=75 count=1
file /etc/pam.d/newusers inode=145 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=76 count=1
file /etc/pam.d/other inode=146 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /etc/pam.d/passwd inode=147 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /etc/pam.d/runuser inode=148 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /etc/pam.d/runuser-l inode=149 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /etc/pam.d/su inode=150 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /etc/pam.d/su-l inode=151 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=82 count=1
file /etc/passwd inode=152 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /etc/passwd- inode=153 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=84 count=1
file /etc/profile inode=154 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=85 count=1
file /etc/resolv.conf inode=171 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=86 count=1
file /etc/security/access.conf inode=174 t=17275271299 kinds=fragment-inferred,block pages=0-1 ranks=87 count=1
file /etc/security/faillock.conf inode=175 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=88 count=1
file /etc/security/group.conf inode=176 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=89 count=1
file /etc/security/limits.conf inode=177 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=90 count=1
file /etc/security/namespace.conf inode=179 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=91 count=1
file /etc/security/namespace.init inode=181 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=92 count=1
file /etc/security/pam_env.conf inode=183 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=93 count=1
file /etc/security/sepermit.conf inode=184 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=94 count=1
file /etc/security/time.conf inode=185 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /etc/selinux/semanage.conf inode=187 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /etc/shadow inode=188 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /etc/shadow- inode=189 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /etc/shells inode=190 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /etc/skel/.bash_logout inode=192 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /etc/skel/.bashrc inode=193 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /etc/skel/.profile inode=194 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /etc/systemd/journald.conf inode=200 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /etc/systemd/logind.conf inode=201 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /etc/systemd/networkd.conf inode=203 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /etc/systemd/pstore.conf inode=204 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /etc/systemd/sleep.conf inode=205 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /etc/systemd/system.conf inode=222 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /etc/systemd/user.conf inode=224 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /etc/terminfo/README inode=226 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /etc/timezone inode=227 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /etc/udev/udev.conf inode=232 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /etc/update-motd.d/10-uname inode=234 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /etc/xattr.conf inode=235 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /root/.bashrc inode=247 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /root/.profile inode=248 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/bin/[ inode=276 t=17275271299 kinds=fragment-inferred,block pages=0-16 ranks=118 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/share/base-files/dot.profile inode=7929 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/share/base-files/profile inode=7933 t=17275271299 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/bin/addpart inode=277 t=17275271299 kinds=fragment-inferred,block pages=0-7 ranks=122 count=1
file /usr/bin/apt inode=278 t=17275271299 kinds=fragment-inferred,block pages=0-4 ranks=123 count=1
file /usr/bin/apt-cache inode=279 t=17325275299 kinds=fragment-inferred,block pages=0-21 ranks=124 count=1
file /usr/bin/apt-cdrom inode=280 t=17325275299 kinds=fragment-inferred,block pages=0-5 ranks=125 count=1
file /usr/bin/apt-config inode=281 t=17325275299 kinds=fragment-inferred,block pages=0-6 ranks=126 count=1
file /usr/bin/apt-get inode=282 t=17325275299 kinds=fragment-inferred,block pages=0-12 ranks=127 count=1
file /usr/bin/apt-key inode=283 t=17325275299 kinds=fragment-inferred,block pages=0-6 ranks=128 count=1
file /usr/bin/apt-mark inode=284 t=17325275299 kinds=fragment-inferred,block pages=0-14 ranks=129 count=1
file /usr/bin/arch inode=285 t=17325275299 kinds=fragment-inferred,block pages=0-10 ranks=130 count=1
file /usr/bin/b2sum inode=287 t=17374889299 kinds=fragment-inferred,block pages=0-14 ranks=131 count=1
file /usr/bin/base32 inode=288 t=17374889299 kinds=fragment-inferred,block pages=0-11 ranks=132 count=1
file /usr/bin/base64 inode=289 t=17374889299 kinds=fragment-inferred,block pages=0-11 ranks=133 count=1
file /usr/bin/basename inode=290 t=17374889299 kinds=fragment-inferred,block pages=0-10 ranks=134 count=1
file /usr/bin/bash inode=292 t=17374889299 kinds=block pages=0-308 ranks=135 count=5
file /usr/bin/basenc inode=291 t=17626446299 kinds=fragment-inferred,block pages=0-13 ranks=136 count=1
file /usr/bin/bashbug inode=293 t=17626446299 kinds=fragment-inferred,block pages=0-1 ranks=137 count=1
file /usr/bin/busctl inode=294 t=17626446299 kinds=fragment-inferred,block pages=0-22 ranks=138 count=1
file /usr/bin/cat inode=296 t=17626446299 kinds=fragment-inferred,block pages=0-10 ranks=139 count=1
file /usr/bin/chage inode=297 t=17626446299 kinds=fragment-inferred,block pages=0-19 ranks=140 count=1
file /usr/bin/chattr inode=298 t=17626446299 kinds=fragment-inferred,block pages=0-3 ranks=141 count=1
file /usr/bin/chcon inode=299 t=17626446299 kinds=fragment-inferred,block pages=0-16 ranks=142 count=1
file /usr/bin/chfn inode=300 t=17675418299 kinds=fragment-inferred,block pages=0-15 ranks=143 count=1
file /usr/bin/chgrp inode=301 t=17675418299 kinds=fragment-inferred,block pages=0-16 ranks=144 count=1
file /usr/bin/dash inode=316 t=17725405299 kinds=fragment-inferred,block pages=0-30 ranks=145 count=1
file /usr/bin/date inode=317 t=17725405299 kinds=fragment-inferred,block pages=0-29 ranks=146 count=1
file /usr/bin/dd inode=318 t=17775562299 kinds=fragment-inferred,block pages=0-21 ranks=147 count=1
file /usr/bin/deb-systemd-helper inode=319 t=17775562299 kinds=fragment-inferred,block pages=0-5 ranks=148 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=17775562299 kinds=fragment-inferred,block pages=0-1 ranks=149 count=1
file /usr/bin/debconf inode=321 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/bin/debconf-apt-progress inode=322 t=17775562299 kinds=fragment-inferred,block pages=0-2 ranks=151 count=1
file /usr/bin/debconf-communicate inode=323 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/bin/debconf-copydb inode=324 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/bin/debconf-escape inode=325 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/bin/debconf-set-selections inode=326 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/bin/debconf-show inode=327 t=17775562299 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/bin/delpart inode=328 t=17775562299 kinds=fragment-inferred,block pages=0-7 ranks=157 count=1
file /usr/bin/diff inode=330 t=17775562299 kinds=block pages=0-37 ranks=158 count=1
file /usr/bin/echo inode=350 t=17825547299 kinds=fragment-inferred,block pages=0-10 ranks=159 count=1
file /usr/bin/egrep inode=351 t=17825547299 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/bin/env inode=352 t=17825547299 kinds=fragment-inferred,block pages=0-11 ranks=161 count=1
file /usr/bin/expand inode=353 t=17825547299 kinds=fragment-inferred,block pages=0-10 ranks=162 count=1
file /usr/bin/expiry inode=354 t=17825547299 kinds=fragment-inferred,block pages=0-7 ranks=163 count=1
file /usr/bin/expr inode=355 t=17825547299 kinds=fragment-inferred,block pages=0-28 ranks=164 count=1
file /usr/bin/kmod inode=396 t=17875282299 kinds=block pages=0-43 ranks=165 count=1
file /usr/bin/journalctl inode=394 t=17925243299 kinds=fragment-inferred,block pages=0-18 ranks=166 count=1
file /usr/bin/kernel-install inode=395 t=17925243299 kinds=fragment-inferred,block pages=0-3 ranks=167 count=1
file /usr/bin/last inode=397 t=17925243299 kinds=fragment-inferred,block pages=0-12 ranks=168 count=1
file /usr/bin/lastlog inode=399 t=17925243299 kinds=fragment-inferred,block pages=0-7 ranks=169 count=1
file /usr/bin/ldd inode=401 t=17925243299 kinds=fragment-inferred,block pages=0-1 ranks=170 count=1
file /usr/bin/link inode=402 t=17925243299 kinds=fragment-inferred,block pages=0-9 ranks=171 count=1
file /usr/bin/linux-check-removal inode=403 t=17925243299 kinds=fragment-inferred,block pages=0-1 ranks=172 count=1
file /usr/bin/linux-run-hooks inode=404 t=17925243299 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/bin/linux-update-symlinks inode=405 t=17925243299 kinds=fragment-inferred,block pages=0-1 ranks=174 count=1
file /usr/bin/linux-version inode=406 t=17925243299 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/bin/ln inode=409 t=17925243299 kinds=fragment-inferred,block pages=0-17 ranks=176 count=1
file /usr/bin/localedef inode=412 t=17975935299 kinds=block pages=0-31 ranks=177 count=1
file /usr/bin/more inode=439 t=18025032299 kinds=fragment-inferred,block pages=0-14 ranks=178 count=1
file /usr/bin/mount inode=440 t=18025032299 kinds=fragment-inferred,block pages=0-14 ranks=179 count=1
file /usr/bin/mv inode=444 t=18025032299 kinds=block pages=0-34 ranks=180 count=1
file /usr/bin/pwd inode=471 t=18075338299 kinds=fragment-inferred,block pages=0-10 ranks=181 count=1
file /usr/bin/readlink inode=473 t=18075338299 kinds=fragment-inferred,block pages=0-12 ranks=182 count=1
file /usr/bin/realpath inode=474 t=18075338299 kinds=fragment-inferred,block pages=0-12 ranks=183 count=1
file /usr/bin/rename.ul inode=475 t=18075338299 kinds=fragment-inferred,block pages=0-5 ranks=184 count=1
file /usr/bin/renice inode=476 t=18075338299 kinds=fragment-inferred,block pages=0-3 ranks=185 count=1
file /usr/bin/resizepart inode=478 t=18075338299 kinds=fragment-inferred,block pages=0-17 ranks=186 count=1
file /usr/bin/rev inode=479 t=18075338299 kinds=fragment-inferred,block pages=0-3 ranks=187 count=1
file /usr/bin/rgrep inode=480 t=18075338299 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/bin/systemctl inode=514 t=18125921299 kinds=block pages=0-330 ranks=189 count=5
file /usr/bin/systemd-analyze inode=516 t=18326016299 kinds=block pages=0-45 ranks=190 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=18375452299 kinds=fragment-inferred,block pages=0-4 ranks=191 count=1
file /usr/bin/systemd-sysext inode=538 t=18375452299 kinds=fragment-inferred,block pages=0-10 ranks=192 count=1
file /usr/bin/systemd-sysusers inode=539 t=18375452299 kinds=fragment-inferred,block pages=0-15 ranks=193 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=18375452299 kinds=fragment-inferred,block pages=0-27 ranks=194 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=18375452299 kinds=fragment-inferred,block pages=0-8 ranks=195 count=1
file /usr/bin/tabs inode=543 t=18375452299 kinds=fragment-inferred,block pages=0-4 ranks=196 count=1
file /usr/bin/tac inode=544 t=18425432299 kinds=fragment-inferred,block pages=0-27 ranks=197 count=1
file /usr/bin/tar inode=546 t=18425432299 kinds=block pages=0-31 ranks=198 count=1
file /usr/bin/tput inode=556 t=18475259299 kinds=fragment-inferred,block pages=0-6 ranks=199 count=1
file /usr/bin/tr inode=557 t=18475259299 kinds=fragment-inferred,block pages=0-13 ranks=200 count=1
file /usr/bin/true inode=558 t=18475259299 kinds=fragment-inferred,block pages=0-8 ranks=201 count=1
file /usr/bin/truncate inode=559 t=18475259299 kinds=fragment-inferred,block pages=0-10 ranks=202 count=1
file /usr/bin/tset inode=560 t=18475259299 kinds=fragment-inferred,block pages=0-7 ranks=203 count=1
file /usr/bin/tsort inode=561 t=18475259299 kinds=fragment-inferred,block pages=0-13 ranks=204 count=1
file /usr/bin/tty inode=562 t=18475259299 kinds=fragment-inferred,block pages=0-8 ranks=205 count=1
file /usr/bin/tzselect inode=563 t=18475259299 kinds=fragment-inferred,block pages=0-3 ranks=206 count=1
file /usr/bin/udevadm inode=565 t=18475259299 kinds=block pages=0-330 ranks=207 count=5
file /usr/bin/uclampset inode=564 t=18725066299 kinds=fragment-inferred,block pages=0-15 ranks=208 count=1
file /usr/bin/umount inode=566 t=18725066299 kinds=fragment-inferred,block pages=0-8 ranks=209 count=1
file /usr/bin/uname inode=567 t=18725066299 kinds=fragment-inferred,block pages=0-10 ranks=210 count=1
file /usr/bin/unexpand inode=568 t=18725066299 kinds=fragment-inferred,block pages=0-10 ranks=211 count=1
file /usr/bin/uniq inode=569 t=18775756299 kinds=fragment-inferred,block pages=0-11 ranks=212 count=1
file /usr/bin/unlink inode=570 t=18775756299 kinds=fragment-inferred,block pages=0-9 ranks=213 count=1
file /usr/bin/unshare inode=571 t=18775756299 kinds=fragment-inferred,block pages=0-20 ranks=214 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=219 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=221 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=229 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=230 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=231 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=240 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=241 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=242 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=243 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=244 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=245 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=246 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=252 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=258 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=276 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=324 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=325 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=326 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=327 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=328 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=330 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=331 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=332 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=333 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=334 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=335 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=336 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=337 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=338 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=339 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=340 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=341 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=342 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=343 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=344 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=345 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=347 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=348 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=349 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=350 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=351 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=352 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=353 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=354 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=355 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=356 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=357 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=18825757299 kinds=fragment-inferred,block pages=0-7 ranks=358 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=18825757299 kinds=fragment-inferred,block pages=0-2 ranks=359 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=360 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=361 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=362 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=363 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=365 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=366 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=367 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=368 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=369 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=370 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=371 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=372 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=18825757299 kinds=fragment-inferred,block pages=0 ranks=373 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=18825757299 kinds=fragment-inferred,block pages=0-1 ranks=374 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=18825757299 kinds=block pages=0-86 ranks=375 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=18825757299 kinds=block pages=0-130 ranks=376 count=2
file /usr/lib/dracut/skipcpio inode=1050 t=18875488299 kinds=fragment-inferred,block pages=0-3 ranks=377 count=1
file /usr/lib/init/init-d-script inode=1054 t=18875488299 kinds=fragment-inferred,block pages=0-1 ranks=378 count=1
file /usr/lib/init/vars.sh inode=1055 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=379 count=1
file /usr/lib/kernel/install.conf inode=1057 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=380 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=381 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=382 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=18875488299 kinds=fragment-inferred,block pages=0-1 ranks=383 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=384 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=385 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=386 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=387 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=388 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=389 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=390 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=391 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=392 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=393 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=394 count=1
file /usr/lib/lsb/init-functions inode=1078 t=18875488299 kinds=fragment-inferred,block pages=0-2 ranks=395 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=396 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=397 count=1
file /usr/lib/mime/packages/tar inode=1084 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=398 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=399 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=400 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=18875488299 kinds=fragment-inferred,block pages=0 ranks=402 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=18875488299 kinds=fragment-inferred,block pages=0-5 ranks=403 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=18875488299 kinds=fragment-inferred,block pages=0-6 ranks=404 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=18875488299 kinds=fragment-inferred,block pages=0-7 ranks=405 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=18875488299 kinds=fragment-inferred,block pages=0-7 ranks=406 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=18875488299 kinds=fragment-inferred,block pages=0-21 ranks=407 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=18875488299 kinds=block pages=0-34 ranks=408 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1102 t=18875488299 kinds=fragment-inferred,block pages=0-24 ranks=409 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1104 t=18925151299 kinds=fragment-inferred,block pages=0-8 ranks=410 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1105 t=18925151299 kinds=fragment-inferred,block pages=0-3 ranks=411 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1106 t=18925151299 kinds=fragment-inferred,block pages=0-7 ranks=412 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1107 t=18925151299 kinds=fragment-inferred,block pages=0-3 ranks=413 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1108 t=18925151299 kinds=fragment-inferred,block pages=0-9 ranks=414 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=1109 t=18925151299 kinds=fragment-inferred,block pages=0-19 ranks=415 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=1110 t=18925151299 kinds=fragment-inferred,block pages=0-4 ranks=416 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=1111 t=18925151299 kinds=fragment-inferred,block pages=0-2 ranks=417 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=1112 t=18925151299 kinds=fragment-inferred,block pages=0-2 ranks=418 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/poly1305-x86_64.ko inode=1113 t=18925151299 kinds=fragment-inferred,block pages=0-7 ranks=419 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-avx-x86_64.ko inode=1114 t=18925151299 kinds=fragment-inferred,block pages=0-11 ranks=420 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-avx2.ko inode=1115 t=18925151299 kinds=fragment-inferred,block pages=0-11 ranks=421 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-sse2-x86_64.ko inode=1116 t=18925151299 kinds=fragment-inferred,block pages=0-12 ranks=422 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha1-ssse3.ko inode=1117 t=18925151299 kinds=fragment-inferred,block pages=0-10 ranks=423 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha256-ssse3.ko inode=1118 t=18925151299 kinds=fragment-inferred,block pages=0-11 ranks=424 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha512-ssse3.ko inode=1119 t=18925151299 kinds=fragment-inferred,block pages=0-15 ranks=425 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-avx-x86_64.ko inode=1120 t=18925151299 kinds=fragment-inferred,block pages=0-12 ranks=426 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-x86_64-3way.ko inode=1121 t=18925151299 kinds=fragment-inferred,block pages=0-7 ranks=427 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-x86_64.ko inode=1122 t=18925151299 kinds=fragment-inferred,block pages=0-3 ranks=428 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/amd/power.ko inode=1125 t=18925151299 kinds=fragment-inferred,block pages=0-4 ranks=429 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/intel/intel-uncore.ko inode=1128 t=18975260299 kinds=block pages=0-99 ranks=430 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/intel/intel-cstate.ko inode=1127 t=18975260299 kinds=fragment-inferred,block pages=0-8 ranks=431 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/rapl.ko inode=1129 t=18975260299 kinds=fragment-inferred,block pages=0-9 ranks=432 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpu/mce/mce-inject.ko inode=1133 t=18975260299 kinds=fragment-inferred,block pages=0-10 ranks=433 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=18975260299 kinds=block pages=0-97 ranks=434 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=19025678299 kinds=block pages=0-243 ranks=435 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=19125468299 kinds=block pages=0-580 ranks=436 count=4
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=19275182299 kinds=block pages=0-46 ranks=437 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=19324931299 kinds=fragment-inferred,block pages=0-3 ranks=438 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=19324931299 kinds=fragment-inferred,block pages=0-4 ranks=439 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=19324931299 kinds=fragment-inferred,block pages=0-16 ranks=440 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=19324931299 kinds=fragment-inferred,block pages=0-6 ranks=441 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=442 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=19324931299 kinds=fragment-inferred,block pages=0-4 ranks=443 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=19324931299 kinds=fragment-inferred,block pages=0-2 ranks=444 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=19324931299 kinds=fragment-inferred,block pages=0-12 ranks=445 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=446 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=19324931299 kinds=fragment-inferred,block pages=0-6 ranks=447 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=19324931299 kinds=fragment-inferred,block pages=0-3 ranks=448 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=449 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=19324931299 kinds=fragment-inferred,block pages=0-4 ranks=450 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=19324931299 kinds=fragment-inferred,block pages=0-3 ranks=451 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=19324931299 kinds=fragment-inferred,block pages=0-2 ranks=452 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=453 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=454 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=19324931299 kinds=fragment-inferred,block pages=0-3 ranks=455 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=19324931299 kinds=fragment-inferred,block pages=0-4 ranks=456 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=457 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=458 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=19324931299 kinds=fragment-inferred,block pages=0-5 ranks=459 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=19375101299 kinds=fragment-inferred,block pages=0-8 ranks=460 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=19375101299 kinds=fragment-inferred,block pages=0-11 ranks=461 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=19375101299 kinds=fragment-inferred,block pages=0-7 ranks=462 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=19375101299 kinds=block pages=0-37 ranks=463 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=19375101299 kinds=fragment-inferred,block pages=0-7 ranks=464 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=19375101299 kinds=fragment-inferred,block pages=0-3 ranks=465 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=19375101299 kinds=fragment-inferred,block pages=0-6 ranks=466 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=19375101299 kinds=fragment-inferred,block pages=0-5 ranks=467 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=19424866299 kinds=fragment-inferred,block pages=0-13 ranks=468 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=19424866299 kinds=fragment-inferred,block pages=0-2 ranks=469 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=19424866299 kinds=fragment-inferred,block pages=0-4 ranks=470 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=19424866299 kinds=fragment-inferred,block pages=0-7 ranks=471 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=19424866299 kinds=fragment-inferred,block pages=0-2 ranks=472 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=19424866299 kinds=fragment-inferred,block pages=0-3 ranks=473 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=19424866299 kinds=fragment-inferred,block pages=0-4 ranks=474 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=19424866299 kinds=fragment-inferred,block pages=0-8 ranks=475 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=19424866299 kinds=fragment-inferred,block pages=0-14 ranks=476 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=19424866299 kinds=block pages=0-63 ranks=477 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=19474970299 kinds=block pages=0-41 ranks=478 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1523 t=19474970299 kinds=fragment-inferred,block pages=0-3 ranks=479 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1524 t=19474970299 kinds=fragment-inferred,block pages=0-6 ranks=480 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1527 t=19474970299 kinds=fragment-inferred,block pages=0-21 ranks=481 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1531 t=19474970299 kinds=fragment-inferred,block pages=0-5 ranks=482 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1532 t=19474970299 kinds=fragment-inferred,block pages=0-5 ranks=483 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1535 t=19474970299 kinds=fragment-inferred,block pages=0-7 ranks=484 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1537 t=19474970299 kinds=fragment-inferred,block pages=0-6 ranks=485 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=19525389299 kinds=fragment-inferred,block pages=0-16 ranks=486 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=19525389299 kinds=fragment-inferred,block pages=0-7 ranks=487 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=19525389299 kinds=fragment-inferred,block pages=0-4 ranks=488 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=19525389299 kinds=fragment-inferred,block pages=0-4 ranks=489 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=19525389299 kinds=fragment-inferred,block pages=0-7 ranks=490 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=19525389299 kinds=fragment-inferred,block pages=0-5 ranks=491 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=19525389299 kinds=fragment-inferred,block pages=0-6 ranks=492 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=19525389299 kinds=fragment-inferred,block pages=0-6 ranks=493 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=19525389299 kinds=fragment-inferred,block pages=0-13 ranks=494 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=19525389299 kinds=fragment-inferred,block pages=0-4 ranks=495 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=19525389299 kinds=fragment-inferred,block pages=0-4 ranks=496 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=19525389299 kinds=fragment-inferred,block pages=0-9 ranks=497 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=19525389299 kinds=fragment-inferred,block pages=0-12 ranks=498 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/sb_edac.ko inode=1592 t=19525389299 kinds=fragment-inferred,block pages=0-15 ranks=499 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/skx_edac.ko inode=1593 t=19525389299 kinds=fragment-inferred,block pages=0-6 ranks=500 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/skx_edac_common.ko inode=1594 t=19525389299 kinds=fragment-inferred,block pages=0-8 ranks=501 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-core.ko inode=1601 t=19575585299 kinds=block pages=0-49 ranks=502 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/x38_edac.ko inode=1595 t=19575585299 kinds=fragment-inferred,block pages=0-4 ranks=503 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-axp288.ko inode=1597 t=19575585299 kinds=fragment-inferred,block pages=0-6 ranks=504 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-core.ko inode=1598 t=19575585299 kinds=fragment-inferred,block pages=0-14 ranks=505 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-intel-cht-wc.ko inode=1599 t=19575585299 kinds=fragment-inferred,block pages=0-6 ranks=506 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-net.ko inode=1602 t=19575585299 kinds=fragment-inferred,block pages=0-13 ranks=507 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-ohci.ko inode=1603 t=19575585299 kinds=fragment-inferred,block pages=0-25 ranks=508 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-sbp2.ko inode=1604 t=19625051299 kinds=fragment-inferred,block pages=0-15 ranks=509 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/nosy.ko inode=1605 t=19625051299 kinds=fragment-inferred,block pages=0-7 ranks=510 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/cirrus/cs_dsp.ko inode=1608 t=19625051299 kinds=fragment-inferred,block pages=0-29 ranks=511 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=19625051299 kinds=fragment-inferred,block pages=0-7 ranks=512 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=513 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=514 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=19625051299 kinds=fragment-inferred,block pages=0-2 ranks=515 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=19625051299 kinds=fragment-inferred,block pages=0-9 ranks=516 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=19625051299 kinds=fragment-inferred,block pages=0-2 ranks=517 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=19625051299 kinds=fragment-inferred,block pages=0-2 ranks=518 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1618 t=19625051299 kinds=fragment-inferred,block pages=0-4 ranks=519 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1619 t=19625051299 kinds=fragment-inferred,block pages=0-6 ranks=520 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1620 t=19625051299 kinds=fragment-inferred,block pages=0-8 ranks=521 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1622 t=19625051299 kinds=fragment-inferred,block pages=0-4 ranks=522 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1623 t=19625051299 kinds=fragment-inferred,block pages=0-7 ranks=523 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1624 t=19625051299 kinds=fragment-inferred,block pages=0-2 ranks=524 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1625 t=19625051299 kinds=fragment-inferred,block pages=0-6 ranks=525 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1627 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=526 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1628 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=527 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1629 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=528 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1630 t=19625051299 kinds=fragment-inferred,block pages=0-18 ranks=529 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1631 t=19625051299 kinds=fragment-inferred,block pages=0-6 ranks=530 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1632 t=19625051299 kinds=fragment-inferred,block pages=0-3 ranks=531 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=19674983299 kinds=fragment-inferred,block pages=0-7 ranks=532 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=19674983299 kinds=fragment-inferred,block pages=0-7 ranks=533 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=19674983299 kinds=fragment-inferred,block pages=0-4 ranks=534 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=19674983299 kinds=fragment-inferred,block pages=0-12 ranks=535 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=19674983299 kinds=fragment-inferred,block pages=0-3 ranks=536 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=19674983299 kinds=fragment-inferred,block pages=0-4 ranks=537 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=19674983299 kinds=fragment-inferred,block pages=0-3 ranks=538 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=539 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=19674983299 kinds=fragment-inferred,block pages=0-7 ranks=540 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=19674983299 kinds=fragment-inferred,block pages=0-4 ranks=541 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=542 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=543 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=19674983299 kinds=fragment-inferred,block pages=0-3 ranks=544 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=19674983299 kinds=fragment-inferred,block pages=0-6 ranks=545 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=546 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=19674983299 kinds=fragment-inferred,block pages=0-8 ranks=547 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=19674983299 kinds=fragment-inferred,block pages=0-6 ranks=548 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=549 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=19674983299 kinds=fragment-inferred,block pages=0-6 ranks=550 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=19674983299 kinds=fragment-inferred,block pages=0-5 ranks=551 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=19725972299 kinds=fragment-inferred,block pages=0-19 ranks=552 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=19725972299 kinds=fragment-inferred,block pages=0-11 ranks=553 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=19725972299 kinds=fragment-inferred,block pages=0-6 ranks=554 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=19725972299 kinds=fragment-inferred,block pages=0-3 ranks=555 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=19725972299 kinds=fragment-inferred,block pages=0-3 ranks=556 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=19725972299 kinds=fragment-inferred,block pages=0-10 ranks=557 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=19725972299 kinds=fragment-inferred,block pages=0-3 ranks=558 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=19725972299 kinds=fragment-inferred,block pages=0-4 ranks=559 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=19725972299 kinds=fragment-inferred,block pages=0-10 ranks=560 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=19725972299 kinds=fragment-inferred,block pages=0-5 ranks=561 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=19725972299 kinds=fragment-inferred,block pages=0-5 ranks=562 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=19725972299 kinds=fragment-inferred,block pages=0-7 ranks=563 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=19725972299 kinds=fragment-inferred,block pages=0-4 ranks=564 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=19725972299 kinds=fragment-inferred,block pages=0-8 ranks=565 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=19725972299 kinds=fragment-inferred,block pages=0-9 ranks=566 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=19725972299 kinds=fragment-inferred,block pages=0-5 ranks=567 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/grip.ko inode=2369 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=568 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/grip_mp.ko inode=2370 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=569 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/guillemot.ko inode=2371 t=19775508299 kinds=fragment-inferred,block pages=0-4 ranks=570 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce-serio.ko inode=2373 t=19775508299 kinds=fragment-inferred,block pages=0-4 ranks=571 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce-usb.ko inode=2374 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=572 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce.ko inode=2375 t=19775508299 kinds=fragment-inferred,block pages=0-10 ranks=573 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/interact.ko inode=2376 t=19775508299 kinds=fragment-inferred,block pages=0-4 ranks=574 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/joydump.ko inode=2377 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=575 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/magellan.ko inode=2378 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=576 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/pxrc.ko inode=2379 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=577 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/sidewinder.ko inode=2380 t=19775508299 kinds=fragment-inferred,block pages=0-7 ranks=578 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/spaceball.ko inode=2381 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=579 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/spaceorb.ko inode=2382 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=580 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/stinger.ko inode=2383 t=19775508299 kinds=fragment-inferred,block pages=0-2 ranks=581 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/tmdc.ko inode=2384 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=582 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/turbografx.ko inode=2385 t=19775508299 kinds=fragment-inferred,block pages=0-6 ranks=583 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/twidjoy.ko inode=2386 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=584 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/walkera0701.ko inode=2387 t=19775508299 kinds=fragment-inferred,block pages=0-5 ranks=585 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/warrior.ko inode=2388 t=19775508299 kinds=fragment-inferred,block pages=0-3 ranks=586 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/xpad.ko inode=2389 t=19775508299 kinds=fragment-inferred,block pages=0-19 ranks=587 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/zhenhua.ko inode=2390 t=19775508299 kinds=fragment-inferred,block pages=0-2 ranks=588 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/adp5588-keys.ko inode=2392 t=19775508299 kinds=fragment-inferred,block pages=0-8 ranks=589 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/applespi.ko inode=2393 t=19775508299 kinds=fragment-inferred,block pages=0-22 ranks=590 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/gpio_keys.ko inode=2394 t=19824953299 kinds=fragment-inferred,block pages=0-9 ranks=591 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/gpio_keys_polled.ko inode=2395 t=19824953299 kinds=fragment-inferred,block pages=0-5 ranks=592 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/lkkbd.ko inode=2396 t=19824953299 kinds=fragment-inferred,block pages=0-5 ranks=593 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/lm8323.ko inode=2397 t=19824953299 kinds=fragment-inferred,block pages=0-7 ranks=594 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/max7359_keypad.ko inode=2398 t=19824953299 kinds=fragment-inferred,block pages=0-4 ranks=595 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/newtonkbd.ko inode=2399 t=19824953299 kinds=fragment-inferred,block pages=0-2 ranks=596 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/opencores-kbd.ko inode=2400 t=19824953299 kinds=fragment-inferred,block pages=0-2 ranks=597 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/qt2160.ko inode=2401 t=19824953299 kinds=fragment-inferred,block pages=0-5 ranks=598 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/stowaway.ko inode=2402 t=19824953299 kinds=fragment-inferred,block pages=0-2 ranks=599 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/sunkbd.ko inode=2403 t=19824953299 kinds=fragment-inferred,block pages=0-4 ranks=600 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/xtkbd.ko inode=2404 t=19824953299 kinds=fragment-inferred,block pages=0-2 ranks=601 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/matrix-keymap.ko inode=2405 t=19824953299 kinds=fragment-inferred,block pages=0-2 ranks=602 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/apanel.ko inode=2407 t=19875249299 kinds=fragment-inferred,block pages=0-4 ranks=603 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ati_remote2.ko inode=2408 t=19875249299 kinds=fragment-inferred,block pages=0-11 ranks=604 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/atlas_btns.ko inode=2409 t=19875249299 kinds=fragment-inferred,block pages=0-3 ranks=605 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/axp20x-pek.ko inode=2410 t=19875249299 kinds=fragment-inferred,block pages=0-5 ranks=606 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=19875249299 kinds=fragment-inferred,block pages=0-9 ranks=607 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=19875249299 kinds=fragment-inferred,block pages=0-4 ranks=608 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=19875249299 kinds=fragment-inferred,block pages=0-6 ranks=609 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=19875249299 kinds=fragment-inferred,block pages=0-2 ranks=610 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=19875249299 kinds=fragment-inferred,block pages=0-5 ranks=611 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=19875249299 kinds=fragment-inferred,block pages=0-5 ranks=612 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=19875249299 kinds=fragment-inferred,block pages=0-8 ranks=613 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=19875249299 kinds=fragment-inferred,block pages=0-9 ranks=614 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=19875249299 kinds=block pages=0-36 ranks=615 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=19875249299 kinds=fragment-inferred,block pages=0-9 ranks=616 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=19875249299 kinds=fragment-inferred,block pages=0-9 ranks=617 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=19925445299 kinds=block pages=0-95 ranks=618 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=19925445299 kinds=fragment-inferred,block pages=0-26 ranks=619 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=19925445299 kinds=fragment-inferred,block pages=0-3 ranks=620 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=2430 t=19925445299 kinds=block pages=0-47 ranks=621 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=2426 t=19975124299 kinds=fragment-inferred,block pages=0-5 ranks=622 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=2427 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=623 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=2428 t=19975124299 kinds=fragment-inferred,block pages=0-4 ranks=624 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=2431 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=625 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2433 t=19975124299 kinds=fragment-inferred,block pages=0-3 ranks=626 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2434 t=19975124299 kinds=fragment-inferred,block pages=0-4 ranks=627 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2435 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=628 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2436 t=19975124299 kinds=fragment-inferred,block pages=0-5 ranks=629 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2437 t=19975124299 kinds=fragment-inferred,block pages=0-3 ranks=630 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2438 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=631 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2439 t=19975124299 kinds=fragment-inferred,block pages=0-4 ranks=632 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2440 t=19975124299 kinds=fragment-inferred,block pages=0-3 ranks=633 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2442 t=19975124299 kinds=fragment-inferred,block pages=0-4 ranks=634 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2443 t=19975124299 kinds=fragment-inferred,block pages=0-14 ranks=635 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2444 t=19975124299 kinds=fragment-inferred,block pages=0-5 ranks=636 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2445 t=19975124299 kinds=fragment-inferred,block pages=0-4 ranks=637 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2446 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=638 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2447 t=19975124299 kinds=fragment-inferred,block pages=0-5 ranks=639 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2449 t=19975124299 kinds=fragment-inferred,block pages=0-8 ranks=640 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2450 t=19975124299 kinds=fragment-inferred,block pages=0-2 ranks=641 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2451 t=19975124299 kinds=fragment-inferred,block pages=0-6 ranks=642 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2452 t=19975124299 kinds=fragment-inferred,block pages=0-9 ranks=643 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=20026041299 kinds=fragment-inferred,block pages=0-21 ranks=644 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4351 t=20026041299 kinds=block pages=0-32 ranks=645 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4350 t=20026041299 kinds=fragment-inferred,block pages=0-15 ranks=646 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=20075218299 kinds=fragment-inferred,block pages=0-26 ranks=647 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=20075218299 kinds=fragment-inferred,block pages=0-17 ranks=648 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=20075218299 kinds=fragment-inferred,block pages=0-10 ranks=649 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4842 t=20075218299 kinds=block pages=0-31 ranks=650 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=20125396299 kinds=fragment-inferred,block pages=0-28 ranks=651 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=20125396299 kinds=block pages=0-58 ranks=652 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=20175203299 kinds=block pages=0-100 ranks=653 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=20226337299 kinds=fragment-inferred,block pages=0-9 ranks=654 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=20226337299 kinds=fragment-inferred,block pages=0-12 ranks=655 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=20226337299 kinds=fragment-inferred,block pages=0-7 ranks=656 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=20226337299 kinds=block pages=0-63 ranks=657 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=658 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=659 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=20275302299 kinds=fragment-inferred,block pages=0-15 ranks=660 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=20275302299 kinds=fragment-inferred,block pages=0-10 ranks=661 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=662 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=663 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=664 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=665 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=666 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=667 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=668 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=669 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=670 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=671 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=672 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=20275302299 kinds=fragment-inferred,block pages=0-1 ranks=673 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=20275302299 kinds=fragment-inferred,block pages=0-8 ranks=674 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=20275302299 kinds=fragment-inferred,block pages=0-5 ranks=675 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=676 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=20275302299 kinds=fragment-inferred,block pages=0-4 ranks=677 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=20275302299 kinds=fragment-inferred,block pages=0-2 ranks=678 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=679 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=680 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=20275302299 kinds=fragment-inferred,block pages=0-4 ranks=681 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=682 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=683 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=20275302299 kinds=fragment-inferred,block pages=0-5 ranks=684 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=20275302299 kinds=fragment-inferred,block pages=0-3 ranks=685 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=20275302299 kinds=fragment-inferred,block pages=0-4 ranks=686 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=20325390299 kinds=fragment-inferred,block pages=0-27 ranks=687 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=688 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=689 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=690 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=691 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=20325390299 kinds=fragment-inferred,block pages=0-5 ranks=692 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=693 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=694 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=695 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=20325390299 kinds=fragment-inferred,block pages=0-10 ranks=696 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=697 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=698 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=699 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=700 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=701 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=702 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=703 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=704 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=705 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=706 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=707 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=708 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=709 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=710 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=711 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=712 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=713 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=714 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=715 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=716 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=20325390299 kinds=fragment-inferred,block pages=0-3 ranks=717 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=20325390299 kinds=fragment-inferred,block pages=0-2 ranks=718 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=20325390299 kinds=fragment-inferred,block pages=0-4 ranks=719 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=20375231299 kinds=block pages=0-307 ranks=720 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=20424971299 kinds=fragment-inferred,block pages=0-19 ranks=721 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=20424971299 kinds=fragment-inferred,block pages=0-3 ranks=722 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=20424971299 kinds=fragment-inferred,block pages=0-1 ranks=723 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=20424971299 kinds=fragment-inferred,block pages=0 ranks=724 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=20424971299 kinds=fragment-inferred,block pages=0-1 ranks=725 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=20424971299 kinds=block pages=0-128 ranks=726 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=20479829299 kinds=block pages=0-171 ranks=727 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=6004 t=20526766299 kinds=block pages=0-39 ranks=728 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=6006 t=20526766299 kinds=block pages=0-153 ranks=729 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=20575627299 kinds=block pages=0-186 ranks=730 count=3
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=20675216299 kinds=fragment-inferred,block pages=0-11 ranks=731 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=732 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=733 count=1
file /usr/lib/os-release inode=6009 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=734 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=735 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=736 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=20675216299 kinds=fragment-inferred,block pages=0-3 ranks=737 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=20675216299 kinds=fragment-inferred,block pages=0-2 ranks=738 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=20675216299 kinds=fragment-inferred,block pages=0-7 ranks=739 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=20675216299 kinds=fragment-inferred,block pages=0-4 ranks=740 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=20675216299 kinds=fragment-inferred,block pages=0-1 ranks=741 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=742 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=20675216299 kinds=fragment-inferred,block pages=0-3 ranks=743 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=20675216299 kinds=fragment-inferred,block pages=0-2 ranks=744 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=20675216299 kinds=fragment-inferred,block pages=0-1 ranks=745 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=20675216299 kinds=fragment-inferred,block pages=0-3 ranks=746 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=20675216299 kinds=fragment-inferred,block pages=0-2 ranks=747 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=20675216299 kinds=fragment-inferred,block pages=0-5 ranks=748 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=20675216299 kinds=fragment-inferred,block pages=0-1 ranks=749 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=20675216299 kinds=fragment-inferred,block pages=0-4 ranks=750 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=20675216299 kinds=fragment-inferred,block pages=0-2 ranks=751 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=20675216299 kinds=fragment-inferred,block pages=0-1 ranks=752 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=20675216299 kinds=fragment-inferred,block pages=0-1 ranks=753 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=754 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=755 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=756 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=757 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=758 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=759 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=760 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=761 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=762 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=763 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=764 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=765 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=766 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=767 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=768 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=769 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=770 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=771 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=772 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=773 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=774 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=775 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=776 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=777 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=778 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=779 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=780 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=781 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=782 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=783 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=784 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=785 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=786 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=787 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=788 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=789 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=790 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=791 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=792 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=793 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=794 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=795 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=796 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=797 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=798 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=799 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=800 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=801 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=802 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=803 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=804 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=805 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=806 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=807 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=808 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=809 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=810 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=811 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=812 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=813 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=814 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=815 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=816 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=817 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=818 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=819 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=820 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=821 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=822 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=823 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=824 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=825 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=826 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=827 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=828 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=829 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=830 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=831 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=832 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=833 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=834 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=835 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=836 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=837 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=838 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=839 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=840 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=841 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=842 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=843 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=844 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=845 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=846 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=847 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=848 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=849 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=850 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=851 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=852 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=853 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=854 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=855 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=856 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=857 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=858 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=859 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=860 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=861 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=862 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=863 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=864 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=865 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=866 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=867 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=868 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=869 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=870 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=871 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=872 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=873 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=874 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=875 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=876 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=877 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=878 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=879 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=880 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=881 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=882 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=883 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=884 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=885 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=886 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=887 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=888 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=889 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=890 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=891 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=892 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=893 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=894 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=895 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=896 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=897 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=898 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=899 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=900 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=901 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=902 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=903 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=904 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=905 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=906 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=907 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=908 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=909 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=910 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=911 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=912 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=913 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=914 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=915 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=916 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=917 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=918 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=919 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=920 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=921 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=922 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=923 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=924 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=925 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=926 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=927 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=928 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=929 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=930 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=931 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=932 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=933 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=934 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=935 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=936 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=937 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=938 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=939 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=940 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=941 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=942 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=943 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=944 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=945 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=946 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=947 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=948 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=949 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=950 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=951 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=20675216299 kinds=fragment-inferred,block pages=0 ranks=952 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=20675216299 kinds=fragment-inferred,block pages=0-8 ranks=953 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=20675216299 kinds=fragment-inferred,block pages=0-3 ranks=954 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=20675216299 kinds=fragment-inferred,block pages=0-10 ranks=955 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=20675216299 kinds=fragment-inferred,block pages=0-5 ranks=956 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=20725180299 kinds=fragment-inferred,block pages=0-7 ranks=957 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=958 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=20725180299 kinds=fragment-inferred,block pages=0-5 ranks=959 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=960 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=961 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=962 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=20725180299 kinds=fragment-inferred,block pages=0-7 ranks=963 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=20725180299 kinds=fragment-inferred,block pages=0-7 ranks=964 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=20725180299 kinds=fragment-inferred,block pages=0 ranks=965 count=1
file /usr/lib/systemd/systemd inode=6359 t=20725180299 kinds=fragment-inferred,block pages=0-22 ranks=966 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=967 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=20725180299 kinds=fragment-inferred,block pages=0-7 ranks=968 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=20725180299 kinds=fragment-inferred,block pages=0-4 ranks=969 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=970 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=20725180299 kinds=fragment-inferred,block pages=0-3 ranks=971 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=20775251299 kinds=fragment-inferred,block pages=0-17 ranks=972 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=20775251299 kinds=fragment-inferred,block pages=0-5 ranks=973 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=20775251299 kinds=fragment-inferred,block pages=0-6 ranks=974 count=1
file /usr/lib/systemd/systemd-journald inode=6373 t=20775251299 kinds=block pages=0-41 ranks=975 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=20775251299 kinds=fragment-inferred,block pages=0-5 ranks=976 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=20775251299 kinds=fragment-inferred,block pages=0-3 ranks=977 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=20775251299 kinds=fragment-inferred,block pages=0-10 ranks=978 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=20775251299 kinds=fragment-inferred,block pages=0-5 ranks=979 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=20775251299 kinds=fragment-inferred,block pages=0-5 ranks=980 count=1
file /usr/lib/systemd/systemd-logind inode=6375 t=20825311299 kinds=block pages=0-68 ranks=981 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=20825311299 kinds=fragment-inferred,block pages=0-11 ranks=982 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=20825311299 kinds=fragment-inferred,block pages=0-3 ranks=983 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=20825311299 kinds=fragment-inferred,block pages=0-11 ranks=984 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=20825311299 kinds=fragment-inferred,block pages=0-4 ranks=985 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=20825311299 kinds=block pages=0-31 ranks=986 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=987 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=20875241299 kinds=fragment-inferred,block pages=0-5 ranks=988 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=20875241299 kinds=fragment-inferred,block pages=0-4 ranks=989 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=990 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=20875241299 kinds=fragment-inferred,block pages=0-5 ranks=991 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=20875241299 kinds=fragment-inferred,block pages=0-11 ranks=992 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=20875241299 kinds=fragment-inferred,block pages=0-7 ranks=993 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=20875241299 kinds=fragment-inferred,block pages=0-7 ranks=994 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=995 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=20875241299 kinds=fragment-inferred,block pages=0-5 ranks=996 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=997 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=20875241299 kinds=fragment-inferred,block pages=0-4 ranks=998 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=20875241299 kinds=fragment-inferred,block pages=0-10 ranks=999 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=20875241299 kinds=fragment-inferred,block pages=0-4 ranks=1000 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=20875241299 kinds=fragment-inferred,block pages=0-4 ranks=1001 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=1002 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=20875241299 kinds=fragment-inferred,block pages=0-5 ranks=1003 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=20875241299 kinds=fragment-inferred,block pages=0-4 ranks=1004 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=1005 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1006 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1007 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1008 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1009 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1010 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1011 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1012 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1013 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1014 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1015 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1016 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1017 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1018 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1019 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1020 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1021 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1022 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1023 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1024 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=20875241299 kinds=fragment-inferred,block pages=0-3 ranks=1025 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=20875241299 kinds=fragment-inferred,block pages=0-7 ranks=1026 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1027 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1028 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1029 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1030 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1031 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1032 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1033 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1034 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1035 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1036 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1037 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1038 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1039 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1040 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1041 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1042 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1043 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1044 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1045 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1046 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1047 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1048 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1049 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1050 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1051 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1052 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1053 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1054 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1055 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1056 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1057 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1058 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1059 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1060 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1061 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1062 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1063 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1064 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1065 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1066 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1067 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1068 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1069 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1070 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1071 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1072 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1073 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1074 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1075 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1076 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1077 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1078 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1079 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1080 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1081 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1082 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1083 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1084 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1085 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1086 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=20875241299 kinds=fragment-inferred,block pages=0 ranks=1087 count=1
file /usr/lib/udev/ata_id inode=6514 t=20925234299 kinds=fragment-inferred,block pages=0-16 ranks=1088 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=20925234299 kinds=fragment-inferred,block pages=0-19 ranks=1089 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=20925234299 kinds=fragment-inferred,block pages=0-18 ranks=1090 count=1
file /usr/lib/udev/hwdb.bin inode=6519 t=20925234299 kinds=block pages=0-479,960-3178 ranks=1091,1092 count=16
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=21675300299 kinds=block pages=0-223 ranks=1093 count=2
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=21775426299 kinds=block pages=960 ranks=1094 count=1
file /usr/lib/udev/fido_id inode=6517 t=21775426299 kinds=fragment-inferred,block pages=0-25 ranks=1095 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=21775426299 kinds=fragment-inferred,block pages=0 ranks=1096 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=21775426299 kinds=fragment-inferred,block pages=0 ranks=1097 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=21775426299 kinds=fragment-inferred,block pages=0 ranks=1098 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=21775426299 kinds=fragment-inferred,block pages=0-3 ranks=1099 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=21775426299 kinds=fragment-inferred,block pages=0 ranks=1100 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=21775426299 kinds=fragment-inferred,block pages=0-1 ranks=1101 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=21775426299 kinds=block pages=0-365 ranks=1102 count=3
file /usr/lib/udev/hwdb.d/20-usb-classes.hwdb inode=6530 t=21875281299 kinds=fragment-inferred,block pages=0-2 ranks=1103 count=1
file /usr/lib/udev/hwdb.d/20-vmbus-class.hwdb inode=6532 t=21875281299 kinds=fragment-inferred,block pages=0 ranks=1104 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-chromiumos.hwdb inode=6533 t=21875281299 kinds=fragment-inferred,block pages=0 ranks=1105 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-fingerprint-reader.hwdb inode=6534 t=21875281299 kinds=fragment-inferred,block pages=0-1 ranks=1106 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend.hwdb inode=6535 t=21875281299 kinds=fragment-inferred,block pages=0 ranks=1107 count=1
file /usr/lib/udev/hwdb.d/60-evdev.hwdb inode=6536 t=21875281299 kinds=fragment-inferred,block pages=0-6 ranks=1108 count=1
file /usr/lib/udev/hwdb.d/60-input-id.hwdb inode=6537 t=21875281299 kinds=fragment-inferred,block pages=0 ranks=1109 count=1
file /usr/lib/udev/hwdb.d/60-keyboard.hwdb inode=6538 t=21875281299 kinds=fragment-inferred,block pages=0-26 ranks=1110 count=1
file /usr/lib/udev/hwdb.d/60-seat.hwdb inode=6539 t=21875281299 kinds=fragment-inferred,block pages=0 ranks=1111 count=1
file /usr/lib/udev/hwdb.d/60-sensor.hwdb inode=6540 t=21925400299 kinds=fragment-inferred,block pages=0-12 ranks=1112 count=1
file /usr/lib/udev/hwdb.d/70-analyzers.hwdb inode=6541 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1113 count=1
file /usr/lib/udev/hwdb.d/70-av-production.hwdb inode=6542 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1114 count=1
file /usr/lib/udev/hwdb.d/70-cameras.hwdb inode=6543 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1115 count=1
file /usr/lib/udev/hwdb.d/70-hardware-wallets.hwdb inode=6544 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1116 count=1
file /usr/lib/udev/hwdb.d/70-joystick.hwdb inode=6545 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1117 count=1
file /usr/lib/udev/hwdb.d/70-mouse.hwdb inode=6546 t=21925400299 kinds=fragment-inferred,block pages=0-6 ranks=1118 count=1
file /usr/lib/udev/hwdb.d/70-pda.hwdb inode=6547 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1119 count=1
file /usr/lib/udev/hwdb.d/70-pointingstick.hwdb inode=6548 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1120 count=1
file /usr/lib/udev/hwdb.d/70-software-radio.hwdb inode=6549 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1121 count=1
file /usr/lib/udev/hwdb.d/70-sound-card.hwdb inode=6550 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1122 count=1
file /usr/lib/udev/hwdb.d/70-touchpad.hwdb inode=6551 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1123 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=21925400299 kinds=fragment-inferred,block pages=0-12 ranks=1124 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1125 count=1
file /usr/lib/udev/mtd_probe inode=6554 t=21925400299 kinds=fragment-inferred,block pages=0-5 ranks=1126 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1127 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1128 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1129 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1130 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1131 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1132 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1133 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1134 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1135 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1136 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1137 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1138 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1139 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1140 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1141 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1142 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1143 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=21925400299 kinds=fragment-inferred,block pages=0-2 ranks=1144 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1145 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1146 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1147 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1148 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1149 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1150 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1151 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1152 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1153 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1154 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1155 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1156 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1157 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1158 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1159 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1160 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1161 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1162 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1163 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1164 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1165 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1166 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1167 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1168 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1169 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=21925400299 kinds=fragment-inferred,block pages=0-1 ranks=1170 count=1
file /usr/lib/udev/scsi_id inode=6600 t=21925400299 kinds=fragment-inferred,block pages=0-20 ranks=1171 count=1
file /usr/lib/udev/v4l_id inode=6601 t=21925400299 kinds=fragment-inferred,block pages=0-5 ranks=1172 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=21925400299 kinds=fragment-inferred,block pages=0-4 ranks=1173 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=21925400299 kinds=fragment-inferred,block pages=0-4 ranks=1174 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=21925400299 kinds=fragment-inferred,block pages=0-5 ranks=1175 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1176 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=21925400299 kinds=fragment-inferred,block pages=0 ranks=1177 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=21925400299 kinds=fragment-inferred,block pages=0-5 ranks=1178 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=21975419299 kinds=fragment-inferred,block pages=0-12 ranks=1179 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=21975419299 kinds=fragment-inferred,block pages=0-6 ranks=1180 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=21975419299 kinds=fragment-inferred,block pages=0-6 ranks=1181 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=21975419299 kinds=fragment-inferred,block pages=0-4 ranks=1182 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=21975419299 kinds=block pages=0-58 ranks=1183 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=22025398299 kinds=fragment-inferred,block pages=0-4 ranks=1184 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=22025398299 kinds=fragment-inferred,block pages=0-6 ranks=1185 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=22025398299 kinds=fragment-inferred,block pages=0-4 ranks=1186 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=22025398299 kinds=fragment-inferred,block pages=0 ranks=1187 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=22025398299 kinds=fragment-inferred,block pages=0-6 ranks=1188 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6866 t=22025398299 kinds=block pages=0-31 ranks=1189 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=22075256299 kinds=block pages=0-52 ranks=1190 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=22126089299 kinds=fragment-inferred,block pages=0-12 ranks=1191 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=22126089299 kinds=fragment-inferred,block pages=0-3 ranks=1192 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=22126089299 kinds=fragment-inferred,block pages=0-9 ranks=1193 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=22126089299 kinds=fragment-inferred,block pages=0-3 ranks=1194 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=22126089299 kinds=block pages=0-159 ranks=1195 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=22224934299 kinds=fragment-inferred,block pages=0-19 ranks=1196 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=22224934299 kinds=fragment-inferred,block pages=0-8 ranks=1197 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=22224934299 kinds=fragment-inferred,block pages=0-6 ranks=1198 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=22224934299 kinds=block pages=0-86 ranks=1199 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=22276825299 kinds=fragment-inferred,block pages=0-31 ranks=1200 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=22325662299 kinds=block pages=0-470 ranks=1201 count=7
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=22625445299 kinds=fragment-inferred,block pages=0-18 ranks=1202 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=22625445299 kinds=fragment-inferred,block pages=0-12 ranks=1203 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=22675207299 kinds=block pages=0-50 ranks=1204 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=22675207299 kinds=block pages=0-351,544-1155 ranks=1205,1206 count=11
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6905 t=23225460299 kinds=block pages=0-63 ranks=1207 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=23275197299 kinds=fragment-inferred,block pages=0-7 ranks=1208 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=23275197299 kinds=fragment-inferred,block pages=0-11 ranks=1209 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=23275197299 kinds=fragment-inferred,block pages=0-4 ranks=1210 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=23275197299 kinds=fragment-inferred,block pages=0-3 ranks=1211 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=23275197299 kinds=fragment-inferred,block pages=0-3 ranks=1212 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=23275197299 kinds=block pages=0-31 ranks=1213 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=23375052299 kinds=block pages=0-325 ranks=1214 count=4
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=23575170299 kinds=block pages=0-31 ranks=1215 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=23624885299 kinds=block pages=0-38 ranks=1216 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=23624885299 kinds=block pages=0-71 ranks=1217 count=2
file /usr/lib/x86_64-linux-gnu/libidn2.so.0.3.8 inode=6933 t=23725450299 kinds=block pages=0-48 ranks=1218 count=1
file /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 inode=6921 t=23775198299 kinds=fragment-inferred,block pages=0-30 ranks=1219 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=23775198299 kinds=fragment-inferred,block pages=0-8 ranks=1220 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6937 t=23775198299 kinds=fragment-inferred,block pages=0-17 ranks=1221 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=23775198299 kinds=block pages=0-36 ranks=1222 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=23825332299 kinds=block pages=0-46 ranks=1223 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=23825332299 kinds=block pages=0-222 ranks=1224 count=4
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=24025374299 kinds=fragment-inferred,block pages=0-27 ranks=1225 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=24025374299 kinds=block pages=0-98 ranks=1226 count=2
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6950 t=24075434299 kinds=block pages=0-63 ranks=1227 count=2
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=24175258299 kinds=block pages=0-153 ranks=1228 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=24275299299 kinds=fragment-inferred,block pages=0-16 ranks=1229 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=24275299299 kinds=fragment-inferred,block pages=0-3 ranks=1230 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=24275299299 kinds=fragment-inferred,block pages=0-4 ranks=1231 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=24275299299 kinds=fragment-inferred,block pages=0-3 ranks=1232 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=24275299299 kinds=fragment-inferred,block pages=0-5 ranks=1233 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=24275299299 kinds=fragment-inferred,block pages=0-3 ranks=1234 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=24275299299 kinds=fragment-inferred,block pages=0-14 ranks=1235 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=24275299299 kinds=fragment-inferred,block pages=0-3 ranks=1236 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=24275299299 kinds=block pages=0-42 ranks=1237 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=24325527299 kinds=block pages=0-31 ranks=1238 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=24375088299 kinds=fragment-inferred,block pages=0-31 ranks=1239 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6983 t=24375088299 kinds=block pages=0-31 ranks=1240 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=24425285299 kinds=block pages=0-49 ranks=1241 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=24425285299 kinds=block pages=0-44 ranks=1242 count=2
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=24475368299 kinds=block pages=0-63 ranks=1243 count=1
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=24525415299 kinds=block pages=0-186 ranks=1244 count=3
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=24625510299 kinds=fragment-inferred,block pages=0-29 ranks=1245 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=24674954299 kinds=block pages=0-505 ranks=1246 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=24925490299 kinds=block pages=0-817 ranks=1247 count=11
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=25424869299 kinds=fragment-inferred,block pages=0-5 ranks=1248 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=25424869299 kinds=fragment-inferred,block pages=0-3 ranks=1249 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=25424869299 kinds=fragment-inferred,block pages=0 ranks=1250 count=1
file /usr/sbin/add-shell inode=7793 t=25424869299 kinds=fragment-inferred,block pages=0 ranks=1251 count=1
file /usr/sbin/adduser inode=7795 t=25424869299 kinds=fragment-inferred,block pages=0-11 ranks=1252 count=1
file /usr/sbin/agetty inode=7796 t=25424869299 kinds=fragment-inferred,block pages=0-16 ranks=1253 count=1
file /usr/sbin/badblocks inode=7797 t=25424869299 kinds=fragment-inferred,block pages=0-8 ranks=1254 count=1
file /usr/sbin/blkdeactivate inode=7798 t=25424869299 kinds=fragment-inferred,block pages=0-3 ranks=1255 count=1
file /usr/sbin/blkdiscard inode=7799 t=25424869299 kinds=fragment-inferred,block pages=0-8 ranks=1256 count=1
file /usr/sbin/e2scrub inode=7826 t=25475282299 kinds=fragment-inferred,block pages=0-1 ranks=1257 count=1
file /usr/sbin/e2scrub_all inode=7827 t=25475282299 kinds=fragment-inferred,block pages=0-1 ranks=1258 count=1
file /usr/sbin/e2undo inode=7828 t=25475282299 kinds=fragment-inferred,block pages=0-5 ranks=1259 count=1
file /usr/sbin/e4crypt inode=7829 t=25475282299 kinds=fragment-inferred,block pages=0-6 ranks=1260 count=1
file /usr/sbin/e4defrag inode=7830 t=25475282299 kinds=fragment-inferred,block pages=0-7 ranks=1261 count=1
file /usr/sbin/faillock inode=7831 t=25475282299 kinds=fragment-inferred,block pages=0-3 ranks=1262 count=1
file /usr/sbin/filefrag inode=7832 t=25475282299 kinds=fragment-inferred,block pages=0-4 ranks=1263 count=1
file /usr/sbin/findfs inode=7833 t=25475282299 kinds=fragment-inferred,block pages=0-3 ranks=1264 count=1
file /usr/sbin/fsck inode=7834 t=25475282299 kinds=fragment-inferred,block pages=0-13 ranks=1265 count=1
file /usr/sbin/fsck.cramfs inode=7835 t=25475282299 kinds=fragment-inferred,block pages=0-10 ranks=1266 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1267 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1268 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1269 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1270 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1271 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1272 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1273 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1274 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1275 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1276 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1277 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1278 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1279 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1280 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1281 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1282 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1283 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1284 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1285 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1286 count=1
file /usr/share/zoneinfo/CET inode=11850 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1287 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1288 count=1
file /usr/share/zoneinfo/EET inode=11865 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1289 count=1
file /usr/share/zoneinfo/EST inode=11866 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1290 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1291 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1292 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1293 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1294 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1295 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1296 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1297 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1298 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1299 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1300 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1301 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1302 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1303 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1304 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1305 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1306 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1307 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1308 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1309 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1310 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1311 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1312 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1313 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1314 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1315 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1316 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1317 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1318 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1319 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1320 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1321 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1322 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1323 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1324 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1325 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1326 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1327 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1328 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1329 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1330 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1331 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1332 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1333 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1334 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1335 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1336 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1337 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1338 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1339 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1340 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1341 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1342 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1343 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1344 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1345 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1346 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1347 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1348 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1349 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1350 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1351 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1352 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1353 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1354 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1355 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1356 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1357 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1358 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1359 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1360 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1361 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1362 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1363 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1364 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1365 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1366 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1367 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1368 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1369 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1370 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1371 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1372 count=1
file /usr/share/zoneinfo/HST inode=11979 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1373 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1374 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1375 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1376 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1377 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1378 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1379 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1380 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1381 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1382 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1383 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1384 count=1
file /usr/share/zoneinfo/MET inode=12000 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1385 count=1
file /usr/share/zoneinfo/MST inode=12001 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1386 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1387 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1388 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1389 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1390 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1391 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1392 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1393 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1394 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1395 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1396 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1397 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1398 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1399 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1400 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1401 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1402 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1403 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1404 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1405 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1406 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1407 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1408 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1409 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1410 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1411 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1412 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1413 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1414 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1415 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1416 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1417 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1418 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1419 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1420 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1421 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1422 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1423 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1424 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1425 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1426 count=1
file /usr/share/zoneinfo/WET inode=12080 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1427 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=25527692299 kinds=fragment-inferred,block pages=0-1 ranks=1428 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=25527692299 kinds=fragment-inferred,block pages=0-1 ranks=1429 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1430 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1431 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1432 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1433 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1434 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1435 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1436 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1437 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1438 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1439 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1440 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1441 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1442 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1443 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1444 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1445 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1446 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1447 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1448 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1449 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1450 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1451 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1452 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1453 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1454 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1455 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1456 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1457 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1458 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1459 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1460 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1461 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1462 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1463 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1464 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1465 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1466 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1467 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1468 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1469 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1470 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1471 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1472 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1473 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1474 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1475 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1476 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1477 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1478 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1479 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1480 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1481 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1482 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1483 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1484 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1485 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1486 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1487 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1488 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1489 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=25527692299 kinds=fragment-inferred,block pages=0 ranks=1490 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=13266 t=25574935299 kinds=block pages=64-99 ranks=1491 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=13244 t=25574935299 kinds=fragment-inferred,block pages=0-5 ranks=1492 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=13246 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1493 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=13247 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1494 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=13248 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1495 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=13249 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1496 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=13251 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1497 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=13252 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1498 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=13253 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1499 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=13254 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1500 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=13255 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1501 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=13256 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1502 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=13257 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1503 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=13258 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1504 count=1
file /var/lib/dpkg/info/linux-base.list inode=13260 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1505 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=13261 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1506 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=13262 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1507 count=1
file /var/lib/dpkg/info/linux-base.templates inode=13264 t=25574935299 kinds=fragment-inferred,block pages=0-2 ranks=1508 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=13267 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1509 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=13268 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1510 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=13269 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1511 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=13270 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1512 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=13271 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1513 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=13272 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1514 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=13273 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1515 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=13274 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1516 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=13275 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1517 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=13276 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1518 count=1
file /var/lib/dpkg/info/login.conffiles inode=13277 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1519 count=1
file /var/lib/dpkg/info/login.list inode=13278 t=25574935299 kinds=fragment-inferred,block pages=0-2 ranks=1520 count=1
file /var/lib/dpkg/info/login.md5sums inode=13279 t=25574935299 kinds=fragment-inferred,block pages=0-2 ranks=1521 count=1
file /var/lib/dpkg/info/login.postinst inode=13280 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1522 count=1
file /var/lib/dpkg/info/login.postrm inode=13281 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1523 count=1
file /var/lib/dpkg/info/login.preinst inode=13282 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1524 count=1
file /var/lib/dpkg/info/login.prerm inode=13283 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1525 count=1
file /var/lib/dpkg/info/logsave.list inode=13284 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1526 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=13285 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1527 count=1
file /var/lib/dpkg/info/mawk.list inode=13286 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1528 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=13287 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1529 count=1
file /var/lib/dpkg/info/mawk.postinst inode=13288 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1530 count=1
file /var/lib/dpkg/info/mawk.prerm inode=13289 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1531 count=1
file /var/lib/dpkg/info/mount.list inode=13290 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1532 count=1
file /var/lib/dpkg/info/mount.md5sums inode=13291 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1533 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=13292 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1534 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=13293 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1535 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=13294 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1536 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=13295 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1537 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=13296 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1538 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=13297 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1539 count=1
file /var/lib/dpkg/info/passwd.list inode=13298 t=25574935299 kinds=fragment-inferred,block pages=0-3 ranks=1540 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=13299 t=25574935299 kinds=fragment-inferred,block pages=0-4 ranks=1541 count=1
file /var/lib/dpkg/info/passwd.postinst inode=13300 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1542 count=1
file /var/lib/dpkg/info/passwd.postrm inode=13301 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1543 count=1
file /var/lib/dpkg/info/passwd.preinst inode=13302 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1544 count=1
file /var/lib/dpkg/info/passwd.prerm inode=13303 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1545 count=1
file /var/lib/dpkg/info/perl-base.list inode=13304 t=25574935299 kinds=fragment-inferred,block pages=0-10 ranks=1546 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=13305 t=25574935299 kinds=fragment-inferred,block pages=0-13 ranks=1547 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=13306 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1548 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=13307 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1549 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=13308 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1550 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=13309 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1551 count=1
file /var/lib/dpkg/info/sed.list inode=13310 t=25574935299 kinds=fragment-inferred,block pages=0-1 ranks=1552 count=1
file /var/lib/dpkg/info/sed.md5sums inode=13311 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1553 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=13312 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1554 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=13313 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1555 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=13314 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1556 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=13315 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1557 count=1
file /var/lib/dpkg/info/systemd.list inode=13316 t=25574935299 kinds=fragment-inferred,block pages=0-9 ranks=1558 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=13317 t=25574935299 kinds=fragment-inferred,block pages=0-11 ranks=1559 count=1
file /var/lib/dpkg/info/systemd.postinst inode=13318 t=25574935299 kinds=fragment-inferred,block pages=0-1 ranks=1560 count=1
file /var/lib/dpkg/info/systemd.postrm inode=13319 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1561 count=1
file /var/lib/dpkg/info/systemd.preinst inode=13320 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1562 count=1
file /var/lib/dpkg/info/systemd.prerm inode=13321 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1563 count=1
file /var/lib/dpkg/info/systemd.triggers inode=13322 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1564 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=13323 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1565 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=13324 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1566 count=1
file /var/lib/dpkg/info/tar.list inode=13325 t=25574935299 kinds=fragment-inferred,block pages=0-1 ranks=1567 count=1
file /var/lib/dpkg/info/tar.md5sums inode=13326 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1568 count=1
file /var/lib/dpkg/info/tar.postinst inode=13327 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1569 count=1
file /var/lib/dpkg/info/tar.prerm inode=13328 t=25574935299 kinds=fragment-inferred,block pages=0 ranks=1570 count=1
file /var/lib/dpkg/info/tzdata.config inode=13329 t=25574935299 kinds=fragment-inferred,block pages=0-1 ranks=1571 count=1
file /var/lib/dpkg/info/tzdata.templates inode=13336 t=25624875299 kinds=block pages=0-69 ranks=1572 count=1
file /var/lib/dpkg/info/tzdata.list inode=13330 t=25624875299 kinds=fragment-inferred,block pages=0-12 ranks=1573 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=13331 t=25624875299 kinds=fragment-inferred,block pages=0-15 ranks=1574 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=13332 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1575 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=13333 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1576 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=13334 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1577 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=13335 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1578 count=1
file /var/lib/dpkg/info/udev.conffiles inode=13337 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1579 count=1
file /var/lib/dpkg/info/udev.list inode=13338 t=25624875299 kinds=fragment-inferred,block pages=0-1 ranks=1580 count=1
file /var/lib/dpkg/info/udev.md5sums inode=13339 t=25624875299 kinds=fragment-inferred,block pages=0-1 ranks=1581 count=1
file /var/lib/dpkg/info/udev.postinst inode=13340 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1582 count=1
file /var/lib/dpkg/info/udev.postrm inode=13341 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1583 count=1
file /var/lib/dpkg/info/udev.preinst inode=13342 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1584 count=1
file /var/lib/dpkg/info/udev.prerm inode=13343 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1585 count=1
file /var/lib/dpkg/info/udev.triggers inode=13344 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1586 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=13345 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1587 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=13346 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1588 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=13347 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1589 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=13348 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1590 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=13349 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1591 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=13350 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1592 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=13351 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1593 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=13352 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1594 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=13353 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1595 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=13354 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1596 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=13355 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1597 count=1
file /var/lib/dpkg/info/util-linux.list inode=13356 t=25624875299 kinds=fragment-inferred,block pages=0-2 ranks=1598 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=13357 t=25624875299 kinds=fragment-inferred,block pages=0-4 ranks=1599 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=13358 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1600 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=13359 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1601 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=13360 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1602 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=13361 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1603 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=13362 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1604 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=13363 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1605 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=13364 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1606 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=13365 t=25624875299 kinds=fragment-inferred,block pages=0 ranks=1607 count=1
file /var/lib/dpkg/status inode=13369 t=25624875299 kinds=fragment-inferred,block pages=0-23 ranks=1608 count=1
file /var/lib/systemd/catalog/database inode=13391 t=25624875299 kinds=block pages=0-52 ranks=1609 count=2
file /var/lib/dpkg/status-old inode=13370 t=25674729299 kinds=fragment-inferred,block pages=0-23 ranks=1610 count=1
file /var/lib/dpkg/triggers/File inode=13372 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1611 count=1
file /var/lib/dpkg/triggers/ldconfig inode=13375 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1612 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=13376 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1613 count=1
file /var/lib/pam/account inode=13381 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1614 count=1
file /var/lib/pam/auth inode=13382 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1615 count=1
file /var/lib/pam/password inode=13383 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1616 count=1
file /var/lib/pam/seen inode=13384 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1617 count=1
file /var/lib/pam/session inode=13385 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1618 count=1
file /var/lib/pam/session-noninteractive inode=13386 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1619 count=1
file /var/lib/shells.state inode=13388 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1620 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=13394 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1621 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=13395 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1622 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=13396 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1623 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=13397 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1624 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=13398 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1625 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=13399 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1626 count=1
file /var/log/alternatives.log inode=13413 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1627 count=1
file /var/log/apt/eipp.log.xz inode=13415 t=25674729299 kinds=fragment-inferred,block pages=0-1 ranks=1628 count=1
file /var/log/apt/history.log inode=13416 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1629 count=1
file /var/log/apt/term.log inode=13417 t=25674729299 kinds=fragment-inferred,block pages=0 ranks=1630 count=1
file /var/log/bootstrap.log inode=13418 t=25674729299 kinds=fragment-inferred,block pages=0-16 ranks=1631 count=1
file /var/log/dpkg.log inode=13420 t=25674729299 kinds=fragment-inferred,block pages=0-13 ranks=1632 count=1
read t=13771901299 offset=22528 len=4096
read t=13820588299 offset=153600 len=4096
read t=13876478299 offset=415744 len=4096
read t=13920824299 offset=940032 len=4096
read t=13971748299 offset=1988608 len=4096
read t=14021856299 offset=4085760 len=4096
read t=14421878299 offset=0 len=22528
read t=14472343299 offset=26624 len=126976
read t=14524105299 offset=157696 len=131072
read t=14571957299 offset=288768 len=126976
read t=15375837299 offset=22528 len=4096
read t=15425631299 offset=153600 len=4096
read t=15475232299 offset=415744 len=4096
read t=15525750299 offset=940032 len=4096
read t=15575707299 offset=1988608 len=4096
read t=15625728299 offset=4085760 len=4096
read t=16025473299 offset=0 len=22528
read t=16076105299 offset=26624 len=126976
read t=16127457299 offset=157696 len=131072
read t=16176385299 offset=288768 len=126976
read t=16852169299 offset=0 len=4096
read t=16854205299 offset=4096 len=61440
read t=16902753299 offset=65536 len=131072
read t=16925471299 offset=196608 len=131072
read t=16974829299 offset=327680 len=131072
read t=17025361299 offset=458752 len=131072
read t=17075249299 offset=589824 len=131072
read t=17125374299 offset=720896 len=131072
read t=17175279299 offset=851968 len=131072
read t=17225555299 offset=983040 len=65536
read t=17275271299 offset=8208384 len=131072
read t=17325275299 offset=8339456 len=131072
read t=17374889299 offset=8470528 len=131072
read t=17427206299 offset=8601600 len=86016
read t=17475649299 offset=8687616 len=126976
read t=17525452299 offset=8814592 len=131072
read t=17575274299 offset=8945664 len=131072
read t=17626446299 offset=9076736 len=131072
read t=17675418299 offset=9207808 len=45056
read t=17725405299 offset=9678848 len=131072
read t=17775562299 offset=9809920 len=106496
read t=17825547299 offset=10641408 len=106496
read t=17875282299 offset=11681792 len=90112
read t=17925243299 offset=11771904 len=126976
read t=17975935299 offset=11898880 len=24576
read t=18025032299 offset=12697600 len=102400
read t=18075338299 offset=14483456 len=81920
read t=18125921299 offset=15187968 len=131072
read t=18175964299 offset=15319040 len=131072
read t=18225496299 offset=15450112 len=131072
read t=18275311299 offset=15581184 len=131072
read t=18326016299 offset=15712256 len=126976
read t=18375452299 offset=16113664 len=131072
read t=18425432299 offset=16244736 len=77824
read t=18475259299 offset=16715776 len=131072
read t=18526266299 offset=16846848 len=16384
read t=18576053299 offset=16863232 len=126976
read t=18626233299 offset=16990208 len=131072
read t=18674916299 offset=17121280 len=131072
read t=18725066299 offset=17252352 len=131072
read t=18775756299 offset=17383424 len=40960
read t=18825757299 offset=18116608 len=131072
read t=18875488299 offset=18247680 len=131072
read t=18925151299 offset=18378752 len=131072
read t=18975260299 offset=18509824 len=131072
read t=19025678299 offset=18640896 len=131072
read t=19075372299 offset=18771968 len=131072
read t=19125468299 offset=18903040 len=131072
read t=19175521299 offset=19034112 len=77824
read t=19226094299 offset=19111936 len=126976
read t=19275182299 offset=19238912 len=131072
read t=19324931299 offset=19369984 len=110592
read t=19375101299 offset=19918848 len=86016
read t=19424866299 offset=22896640 len=131072
read t=19474970299 offset=23027712 len=81920
read t=19525389299 offset=23441408 len=131072
read t=19575585299 offset=23572480 len=131072
read t=19625051299 offset=23703552 len=122880
read t=19674983299 offset=34488320 len=106496
read t=19725972299 offset=38805504 len=131072
read t=19775508299 offset=38936576 len=131072
read t=19824953299 offset=39067648 len=49152
read t=19875249299 offset=39116800 len=126976
read t=19925445299 offset=39243776 len=131072
read t=19975124299 offset=39374848 len=114688
read t=20026041299 offset=76734464 len=86016
read t=20075218299 offset=83505152 len=102400
read t=20125396299 offset=84959232 len=81920
read t=20175203299 offset=86020096 len=131072
read t=20226337299 offset=86151168 len=110592
read t=20275302299 offset=93859840 len=110592
read t=20325390299 offset=96149504 len=118784
read t=20375231299 offset=106000384 len=131072
read t=20424971299 offset=106131456 len=131072
read t=20479829299 offset=106262528 len=131072
read t=20526766299 offset=106393600 len=61440
read t=20575627299 offset=106455040 len=126976
read t=20625319299 offset=106582016 len=131072
read t=20675216299 offset=106713088 len=131072
read t=20725180299 offset=106844160 len=131072
read t=20775251299 offset=106975232 len=131072
read t=20825311299 offset=107106304 len=122880
read t=20875241299 offset=107692032 len=131072
read t=20925234299 offset=107823104 len=131072
read t=20975377299 offset=107954176 len=131072
read t=21025482299 offset=108085248 len=77824
read t=21075348299 offset=108437504 len=131072
read t=21126095299 offset=108568576 len=131072
read t=21175363299 offset=108699648 len=106496
read t=21225307299 offset=108806144 len=126976
read t=21275965299 offset=108933120 len=131072
read t=21326467299 offset=109064192 len=131072
read t=21375414299 offset=109195264 len=131072
read t=21425428299 offset=109326336 len=131072
read t=21475319299 offset=109457408 len=131072
read t=21525392299 offset=109588480 len=131072
read t=21575341299 offset=109719552 len=131072
read t=21625480299 offset=109850624 len=131072
read t=21675300299 offset=109981696 len=131072
read t=21725466299 offset=110112768 len=102400
read t=21775426299 offset=111026176 len=131072
read t=21826375299 offset=111157248 len=90112
read t=21875281299 offset=111247360 len=126976
read t=21925400299 offset=111374336 len=131072
read t=21975419299 offset=111505408 len=94208
read t=22025398299 offset=113512448 len=98304
read t=22075256299 offset=113987584 len=131072
read t=22126089299 offset=114118656 len=131072
read t=22175109299 offset=114249728 len=114688
read t=22224934299 offset=115150848 len=131072
read t=22276825299 offset=115281920 len=131072
read t=22325662299 offset=115412992 len=131072
read t=22375485299 offset=115544064 len=131072
read t=22425445299 offset=115675136 len=131072
read t=22475479299 offset=115806208 len=131072
read t=22525342299 offset=115937280 len=131072
read t=22575361299 offset=116068352 len=90112
read t=22625445299 offset=116158464 len=126976
read t=22675207299 offset=116285440 len=131072
read t=22725372299 offset=116416512 len=131072
read t=22774978299 offset=116547584 len=131072
read t=22825031299 offset=116678656 len=98304
read t=22875546299 offset=117202944 len=131072
read t=22925330299 offset=117334016 len=131072
read t=22975249299 offset=117465088 len=131072
read t=23025194299 offset=117596160 len=131072
read t=23074998299 offset=117727232 len=131072
read t=23125146299 offset=117858304 len=131072
read t=23174954299 offset=117989376 len=131072
read t=23225460299 offset=118120448 len=77824
read t=23275197299 offset=119222272 len=86016
read t=23325206299 offset=119672832 len=28672
read t=23375052299 offset=119701504 len=126976
read t=23425342299 offset=119828480 len=131072
read t=23475056299 offset=119959552 len=131072
read t=23526802299 offset=120090624 len=131072
read t=23575170299 offset=120221696 len=12288
read t=23624885299 offset=121380864 len=131072
read t=23675191299 offset=121511936 len=131072
read t=23725450299 offset=121643008 len=131072
read t=23775198299 offset=121774080 len=131072
read t=23825332299 offset=121905152 len=131072
read t=23875165299 offset=122036224 len=131072
read t=23925102299 offset=122167296 len=131072
read t=23974942299 offset=122298368 len=131072
read t=24025374299 offset=122429440 len=131072
read t=24075434299 offset=122560512 len=131072
read t=24125470299 offset=122691584 len=49152
read t=24175258299 offset=123547648 len=110592
read t=24225654299 offset=123658240 len=126976
read t=24275299299 offset=123785216 len=131072
read t=24325527299 offset=123916288 len=53248
read t=24375088299 offset=124416000 len=77824
read t=24425285299 offset=125763584 len=131072
read t=24475368299 offset=125894656 len=98304
read t=24525415299 offset=126611456 len=131072
read t=24575315299 offset=126742528 len=131072
read t=24625510299 offset=126873600 len=102400
read t=24674954299 offset=127938560 len=131072
read t=24725415299 offset=128069632 len=131072
read t=24775633299 offset=128200704 len=131072
read t=24825321299 offset=128331776 len=131072
read t=24875361299 offset=128462848 len=131072
read t=24925490299 offset=128593920 len=131072
read t=24975540299 offset=128724992 len=86016
read t=25025840299 offset=128811008 len=126976
read t=25075354299 offset=128937984 len=131072
read t=25125406299 offset=129069056 len=131072
read t=25175332299 offset=129200128 len=131072
read t=25224910299 offset=129331200 len=131072
read t=25275277299 offset=129462272 len=131072
read t=25325402299 offset=129593344 len=131072
read t=25375133299 offset=129724416 len=131072
read t=25424869299 offset=129855488 len=106496
read t=25475282299 offset=130527232 len=69632
read t=25527692299 offset=154243072 len=49152
read t=25574935299 offset=178798592 len=131072
read t=25624875299 offset=178929664 len=131072
read t=25674729299 offset=179060736 len=131072
read t=25725467299 offset=179191808 len=131072
read t=25776458299 offset=179322880 len=77824
read t=26553104299 offset=22528 len=4096
read t=26603602299 offset=153600 len=4096
read t=26653282299 offset=415744 len=4096
read t=26703626299 offset=940032 len=4096
read t=26753825299 offset=1988608 len=4096
read t=26803576299 offset=4085760 len=4096
read t=27153423299 offset=0 len=22528
read t=27254549299 offset=26624 len=126976
read t=27305079299 offset=157696 len=131072
read t=27354699299 offset=288768 len=126976
read t=27909889299 offset=177819648 len=4096
read t=27916593299 offset=1048576 len=131072
read t=27917860299 offset=2097152 len=4096
read t=27919385299 offset=4194304 len=4096
read t=27972247299 offset=178782208 len=4096
read t=28011708299 offset=178786304 len=12288
end files=1631 reads=217
