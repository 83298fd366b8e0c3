liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179399373 mkfs_time=1796462109 inode_count=13434 block_size=131072 compressor=zstd sha256=a0af6c2392b919b12f82c831535b4e9875561cbe69c0b5e5e2e23c51d75ef565
events 272
dropped 0
boots 1
duration_ns 78599582994
file /boot/config-6.1.0-50-amd64 inode=4 t=64831635994 kinds=block pages=0-63 count=9
file /boot/vmlinuz-6.1.0-50-amd64 inode=5 t=64882541994 kinds=block pages=0-255 count=22
file /boot/System.map-6.1.0-50-amd64 inode=3 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/adduser.conf inode=23 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/alternatives/README inode=25 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=48 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=49 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=53 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=67859636994 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=65 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=66 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=69 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=71 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=72 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=73 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=74 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=76 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=77 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=78 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=79 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=84 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/dracut.conf inode=86 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=88 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=90 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=91 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=92 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/group- inode=93 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=94 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow- inode=95 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=96 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=97 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=99 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=100 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=101 t=67859636994 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/issue inode=102 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=103 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=110 t=67859636994 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=111 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=115 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=117 t=67859636994 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.d/alternatives inode=119 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=120 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=121 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dracut-core inode=122 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=123 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=124 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=126 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=129 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=131 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=7932 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8140 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=134 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=136 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=137 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=138 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=139 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=140 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=141 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=142 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=144 t=67859636994 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=145 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=146 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=147 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=148 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=149 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=150 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=151 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=152 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd- inode=153 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=154 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/resolv.conf inode=171 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=174 t=67859636994 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=175 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=176 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=177 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=179 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=181 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=183 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=184 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=185 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=187 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=188 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=189 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=190 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=192 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=193 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=194 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=200 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=201 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=203 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=204 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=205 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=222 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=224 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=226 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=227 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=232 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=234 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=235 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=247 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=248 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=276 t=67859636994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=7929 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=7933 t=67859636994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/addpart inode=277 t=67859636994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=278 t=67859636994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=279 t=67910027994 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=280 t=67910027994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=281 t=67910027994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=282 t=67910027994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=283 t=67910027994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=284 t=67910027994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=285 t=67910027994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=287 t=67959783994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=288 t=67959783994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=289 t=67959783994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=290 t=67959783994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/bash inode=292 t=67959783994 kinds=block pages=0-308 count=5
file /usr/bin/basenc inode=291 t=68161020994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=293 t=68161020994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=294 t=68161020994 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/cat inode=296 t=68209767994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=297 t=68209767994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=298 t=68209767994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=299 t=68209767994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=300 t=68209767994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=301 t=68209767994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/dash inode=316 t=68259711994 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=317 t=68259711994 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=318 t=68309744994 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=319 t=68309744994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=68309744994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=321 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=322 t=68309744994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=323 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=324 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=325 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=326 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=327 t=68309744994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=328 t=68309744994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/diff inode=330 t=68309744994 kinds=block pages=0-37 count=1
file /usr/bin/echo inode=350 t=68359721994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=351 t=68359721994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=352 t=68359721994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=353 t=68359721994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=354 t=68359721994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=355 t=68359721994 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/kmod inode=396 t=68409520994 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=394 t=68409520994 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=395 t=68409520994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/last inode=397 t=68459671994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=399 t=68459671994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=401 t=68459671994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=402 t=68459671994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=403 t=68459671994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=404 t=68459671994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=405 t=68459671994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=406 t=68459671994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=409 t=68459671994 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/localedef inode=412 t=68459671994 kinds=block pages=0-31 count=1
file /usr/bin/more inode=439 t=68509608994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=440 t=68509608994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=444 t=68509608994 kinds=block pages=0-34 count=1
file /usr/bin/pwd inode=471 t=68559648994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=473 t=68559648994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=474 t=68559648994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=475 t=68559648994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=476 t=68559648994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=478 t=68559648994 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=479 t=68559648994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=480 t=68559648994 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemctl inode=514 t=68609677994 kinds=block pages=0-330 count=5
file /usr/bin/systemd-analyze inode=516 t=68809685994 kinds=block pages=0-45 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=68859732994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=538 t=68859732994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=539 t=68859732994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=68859732994 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=68859732994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=543 t=68859732994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/tac inode=544 t=68909861994 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/tar inode=546 t=68909861994 kinds=block pages=0-31 count=1
file /usr/bin/tput inode=556 t=68959641994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/tr inode=557 t=68959641994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=558 t=68959641994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=559 t=68959641994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=560 t=68959641994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=561 t=68959641994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/tty inode=562 t=68959641994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=563 t=68959641994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/udevadm inode=565 t=68959641994 kinds=block pages=0-330 count=5
file /usr/bin/uclampset inode=564 t=69159848994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=566 t=69159848994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=567 t=69159848994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=568 t=69159848994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=569 t=69214279994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=570 t=69214279994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=571 t=69214279994 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=69260327994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=69260327994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=69260327994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=69260327994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=69260327994 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=69260327994 kinds=block pages=0-130 count=2
file /usr/lib/dracut/skipcpio inode=1050 t=69438173994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/init/init-d-script inode=1054 t=69438173994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=1055 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=1057 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=69438173994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1078 t=69438173994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1084 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=69438173994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=69438173994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=69438173994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=69438173994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=69438173994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=69438173994 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=69438173994 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1102 t=69438173994 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1104 t=69438607994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1105 t=69438607994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1106 t=69438607994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1107 t=69438607994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1108 t=69438607994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=1109 t=69438607994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=1110 t=69438607994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=1111 t=69438607994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=1112 t=69438607994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/poly1305-x86_64.ko inode=1113 t=69438607994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-avx-x86_64.ko inode=1114 t=69438607994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-avx2.ko inode=1115 t=69438607994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/serpent-sse2-x86_64.ko inode=1116 t=69438607994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha1-ssse3.ko inode=1117 t=69438607994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha256-ssse3.ko inode=1118 t=69438607994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/sha512-ssse3.ko inode=1119 t=69438607994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-avx-x86_64.ko inode=1120 t=69438607994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-x86_64-3way.ko inode=1121 t=69438607994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/twofish-x86_64.ko inode=1122 t=69438607994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/amd/power.ko inode=1125 t=69438607994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/intel/intel-uncore.ko inode=1128 t=69439608994 kinds=block pages=0-99 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/intel/intel-cstate.ko inode=1127 t=69439608994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/events/rapl.ko inode=1129 t=69439608994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpu/mce/mce-inject.ko inode=1133 t=69439608994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=69439608994 kinds=block pages=0-97 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=69459529994 kinds=block pages=0-243 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=69559790994 kinds=block pages=0-580 count=4
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=69709735994 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=69709735994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=69709735994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=69709735994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=69709735994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=69709735994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=69709735994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=69709735994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=69709735994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=69709735994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=69759790994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=69759790994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=69759790994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=69759790994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=69759790994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=69759790994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=69759790994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=69759790994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=69809703994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=69809703994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=69809703994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=69809703994 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=69809703994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=69809703994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=69809703994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=69809703994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=69859694994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=69859694994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=69859694994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=69859694994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=69859694994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=69859694994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=69859694994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=69859694994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=69859694994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=69859694994 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=69909876994 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1523 t=69909876994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1524 t=69909876994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1527 t=69909876994 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1531 t=69909876994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1532 t=69909876994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1535 t=69909876994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1537 t=69909876994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=69959658994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=69959658994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=69959658994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=69959658994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=69959658994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=69959658994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=69959658994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=69959658994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=69959658994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=69959658994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=69959658994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=69959658994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=69959658994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/sb_edac.ko inode=1592 t=69959658994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/skx_edac.ko inode=1593 t=69959658994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/skx_edac_common.ko inode=1594 t=69959658994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-core.ko inode=1601 t=70009870994 kinds=block pages=0-49 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/x38_edac.ko inode=1595 t=70009870994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-axp288.ko inode=1597 t=70009870994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-core.ko inode=1598 t=70009870994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/extcon/extcon-intel-cht-wc.ko inode=1599 t=70009870994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-net.ko inode=1602 t=70009870994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-ohci.ko inode=1603 t=70009870994 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/firewire-sbp2.ko inode=1604 t=70059753994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firewire/nosy.ko inode=1605 t=70059753994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/cirrus/cs_dsp.ko inode=1608 t=70059753994 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=70059753994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=70059753994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=70059753994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=70059753994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=70059753994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1618 t=70059753994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1619 t=70059753994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1620 t=70059753994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1622 t=70059753994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1623 t=70059753994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1624 t=70059753994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1625 t=70059753994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1627 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1628 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1629 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1630 t=70059753994 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1631 t=70059753994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1632 t=70059753994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=70113615994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=70113615994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=70113615994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=70113615994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=70113615994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=70113615994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=70113615994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=70113615994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=70113615994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=70113615994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=70113615994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=70113615994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=70113615994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=70113615994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=70113615994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=70162207994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=70162207994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=70162207994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=70162207994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=70162207994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=70162207994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=70162207994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=70162207994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=70162207994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=70162207994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=70162207994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=70162207994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=70162207994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=70162207994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=70162207994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=70162207994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/grip.ko inode=2369 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/grip_mp.ko inode=2370 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/guillemot.ko inode=2371 t=70209667994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce-serio.ko inode=2373 t=70209667994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce-usb.ko inode=2374 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/iforce/iforce.ko inode=2375 t=70209667994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/interact.ko inode=2376 t=70209667994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/joydump.ko inode=2377 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/magellan.ko inode=2378 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/pxrc.ko inode=2379 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/sidewinder.ko inode=2380 t=70209667994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/spaceball.ko inode=2381 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/spaceorb.ko inode=2382 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/stinger.ko inode=2383 t=70209667994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/tmdc.ko inode=2384 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/turbografx.ko inode=2385 t=70209667994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/twidjoy.ko inode=2386 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/walkera0701.ko inode=2387 t=70209667994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/warrior.ko inode=2388 t=70209667994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/xpad.ko inode=2389 t=70209667994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/zhenhua.ko inode=2390 t=70209667994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/adp5588-keys.ko inode=2392 t=70209667994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/applespi.ko inode=2393 t=70209667994 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/gpio_keys.ko inode=2394 t=70259999994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/gpio_keys_polled.ko inode=2395 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/lkkbd.ko inode=2396 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/lm8323.ko inode=2397 t=70259999994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/max7359_keypad.ko inode=2398 t=70259999994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/newtonkbd.ko inode=2399 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/opencores-kbd.ko inode=2400 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/qt2160.ko inode=2401 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/stowaway.ko inode=2402 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/sunkbd.ko inode=2403 t=70259999994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/keyboard/xtkbd.ko inode=2404 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/matrix-keymap.ko inode=2405 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/apanel.ko inode=2407 t=70259999994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ati_remote2.ko inode=2408 t=70259999994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/atlas_btns.ko inode=2409 t=70259999994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/axp20x-pek.ko inode=2410 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=70259999994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=70259999994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=70259999994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=70259999994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=70259999994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=70259999994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=70259999994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=70259999994 kinds=block pages=0-36 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=70309666994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=70309666994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=70309666994 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=70309666994 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=70309666994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=2430 t=70359743994 kinds=block pages=0-47 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=2426 t=70359743994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=2427 t=70359743994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=2428 t=70359743994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=2431 t=70359743994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2433 t=70359743994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2434 t=70359743994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2435 t=70359743994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2436 t=70359743994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2437 t=70359743994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2438 t=70359743994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2439 t=70359743994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2440 t=70359743994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2442 t=70359743994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2443 t=70359743994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2444 t=70359743994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2445 t=70359743994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2446 t=70409584994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2447 t=70409584994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2449 t=70409584994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2450 t=70409584994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2451 t=70409584994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=70459962994 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4351 t=70459962994 kinds=block pages=0-32 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4350 t=70459962994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=70509680994 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=70509680994 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=70509680994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4842 t=70509680994 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=70560156994 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=70560156994 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=70609703994 kinds=block pages=0-100 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=70661566994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=70661566994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=70661566994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=70661566994 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=70713424994 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=70713424994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=70713424994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=70713424994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=70713424994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=70713424994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=70713424994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=70713424994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=70713424994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=70713424994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=70713424994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=70759855994 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=70759855994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=70759855994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=70759855994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=70759855994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=70759855994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=70813831994 kinds=block pages=0-307 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=70859816994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=70859816994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=70859816994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=70859816994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=70859816994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=70859816994 kinds=block pages=0-128 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=70913266994 kinds=block pages=0-171 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=6004 t=70960511994 kinds=block pages=0-39 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=6006 t=70960511994 kinds=block pages=0-153 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=71010378994 kinds=block pages=0-186 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=71059773994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=6009 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=71059773994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=71059773994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=71059773994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=71059773994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=71059773994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=71059773994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=71109634994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=71109634994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=71109634994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=71109634994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=71109634994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=71109634994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=71109634994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=71109634994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=71109634994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=71109634994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=71109634994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=71109634994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=71109634994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=71109634994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=71109634994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=71109634994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=71109634994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd inode=6359 t=71109634994 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=71109634994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=71159682994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=71159682994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=71159682994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=71159682994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=71159682994 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=71159682994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=71159682994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=6373 t=71159682994 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=71209623994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=71209623994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=71209623994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=71209623994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=71209623994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-logind inode=6375 t=71209623994 kinds=block pages=0-68 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=71259767994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=71259767994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=71259767994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=71259767994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=71259767994 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=71309712994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=71309712994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=71309712994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=71309712994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=71309712994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=71309712994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=71309712994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=71309712994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=71309712994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=71309712994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=71309712994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=71309712994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=71309712994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=71309712994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=71309712994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=71309712994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6514 t=71359879994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=71359879994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=71359879994 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.bin inode=6519 t=71359879994 kinds=block pages=0-479,960-3178 count=16
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=72109856994 kinds=block pages=0-223 count=2
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=72209907994 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6517 t=72209907994 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=72209907994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=72209907994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=72209907994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=72209907994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=72209907994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=72209907994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=72209907994 kinds=block pages=0-365 count=3
file /usr/lib/udev/hwdb.d/20-usb-classes.hwdb inode=6530 t=72309900994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/hwdb.d/20-vmbus-class.hwdb inode=6532 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-chromiumos.hwdb inode=6533 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-fingerprint-reader.hwdb inode=6534 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend.hwdb inode=6535 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/60-evdev.hwdb inode=6536 t=72309900994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/udev/hwdb.d/60-input-id.hwdb inode=6537 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/60-keyboard.hwdb inode=6538 t=72309900994 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/udev/hwdb.d/60-seat.hwdb inode=6539 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/60-sensor.hwdb inode=6540 t=72309900994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/hwdb.d/70-analyzers.hwdb inode=6541 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-av-production.hwdb inode=6542 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-cameras.hwdb inode=6543 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-hardware-wallets.hwdb inode=6544 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-joystick.hwdb inode=6545 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-mouse.hwdb inode=6546 t=72309900994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/udev/hwdb.d/70-pda.hwdb inode=6547 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-pointingstick.hwdb inode=6548 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-software-radio.hwdb inode=6549 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-sound-card.hwdb inode=6550 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-touchpad.hwdb inode=6551 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=72309900994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/mtd_probe inode=6554 t=72309900994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=72309900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=72309900994 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=72309900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=72360693994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=72360693994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6600 t=72360693994 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6601 t=72360693994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=72360693994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=72360693994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=72360693994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=72360693994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=72360693994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=72360693994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=72360693994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=72360693994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=72360693994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=72409426994 kinds=block pages=0-58 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=72459665994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=72459665994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=72459665994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=72459665994 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=72459665994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6866 t=72459665994 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=72509592994 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=72559799994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=72559799994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=72559799994 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=72559799994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=72559799994 kinds=block pages=0-159 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=72659808994 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=72659808994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=72659808994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=72659808994 kinds=block pages=0-86 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=72722086994 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=72759930994 kinds=block pages=0-470 count=7
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=73098058994 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=73098058994 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=73098058994 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=73113784994 kinds=block pages=0-351,544-1155 count=11
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6905 t=73659705994 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=73709665994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=73709665994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=73709665994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=73709665994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=73709665994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=73709665994 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=73759759994 kinds=block pages=0-325 count=4
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=73959746994 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=74009699994 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=74009699994 kinds=block pages=0-71 count=2
file /usr/lib/x86_64-linux-gnu/libidn2.so.0.3.8 inode=6933 t=74109689994 kinds=block pages=0-48 count=1
file /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 inode=6921 t=74182043994 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=74182043994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6937 t=74182043994 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=74182043994 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=74209923994 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=74209923994 kinds=block pages=0-222 count=4
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=74409930994 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=74409930994 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6950 t=74459684994 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=74559769994 kinds=block pages=0-153 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=74662581994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=74662581994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=74662581994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=74662581994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=74662581994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=74662581994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=74662581994 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=74662581994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=74662581994 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=74710815994 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=74762238994 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6983 t=74762238994 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=74812635994 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=74812635994 kinds=block pages=0-44 count=2
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=74860433994 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=74914439994 kinds=block pages=0-186 count=3
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=75009699994 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=75059747994 kinds=block pages=0-505 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=75309641994 kinds=block pages=0-817 count=10
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=75810431994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=75810431994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=75810431994 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7793 t=75810431994 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7795 t=75810431994 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/agetty inode=7796 t=75810431994 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7797 t=75810431994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7798 t=75810431994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/blkdiscard inode=7799 t=75810431994 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/e2scrub inode=7826 t=75859778994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7827 t=75859778994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7828 t=75859778994 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7829 t=75859778994 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7830 t=75859778994 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7831 t=75859778994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7832 t=75859778994 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7833 t=75859778994 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7834 t=75859778994 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7835 t=75859778994 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11850 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11865 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11866 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11979 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=12000 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=12001 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=12080 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=75909900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=75909900994 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=75909900994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=13266 t=75960029994 kinds=block pages=64-99 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=13244 t=75960029994 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=13246 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=13247 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=13248 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=13249 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=13251 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=13252 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=13253 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=13254 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=13255 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=13256 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=13257 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=13258 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.list inode=13260 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=13261 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=13262 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.templates inode=13264 t=75960029994 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=13267 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=13268 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=13269 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=13270 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=13271 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=13272 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=13273 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=13274 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=13275 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=13276 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=13277 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=13278 t=75960029994 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=13279 t=75960029994 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=13280 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=13281 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=13282 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=13283 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=13284 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=13285 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=13286 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=13287 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=13288 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=13289 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=13290 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=13291 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=13292 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=13293 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=13294 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=13295 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=13296 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=13297 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=13298 t=75960029994 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=13299 t=75960029994 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=13300 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=13301 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=13302 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=13303 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=13304 t=75960029994 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=13305 t=75960029994 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=13306 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=13307 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=13308 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=13309 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=13310 t=75960029994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=13311 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=13312 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=13313 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=13314 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=13315 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=13316 t=75960029994 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=13317 t=75960029994 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=13318 t=75960029994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=13319 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=13320 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=13321 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=13322 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=13323 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=13324 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=13325 t=75960029994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=13326 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=13327 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=13328 t=75960029994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=13329 t=75960029994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=13336 t=76011868994 kinds=block pages=0-69 count=1
file /var/lib/dpkg/info/tzdata.list inode=13330 t=76011868994 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=13331 t=76011868994 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=13332 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=13333 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=13334 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=13335 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=13337 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=13338 t=76011868994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=13339 t=76011868994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=13340 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=13341 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=13342 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=13343 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=13344 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=13345 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=13346 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=13347 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=13348 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=13349 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=13350 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=13351 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=13352 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=13353 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=13354 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=13355 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=13356 t=76011868994 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=13357 t=76011868994 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=13358 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=13359 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=13360 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=13361 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=13362 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=13363 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=13364 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=13365 t=76011868994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=13369 t=76011868994 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/systemd/catalog/database inode=13391 t=76011868994 kinds=block pages=0-52 count=2
file /var/lib/dpkg/status-old inode=13370 t=76059775994 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/dpkg/triggers/File inode=13372 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=13375 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=13376 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=13381 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=13382 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=13383 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=13384 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=13385 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=13386 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=13388 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=13394 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=13395 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=13396 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=13397 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=13398 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=13399 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=13413 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/eipp.log.xz inode=13415 t=76059775994 kinds=fragment-inferred,block pages=0-1 count=1
file /var/log/apt/history.log inode=13416 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/term.log inode=13417 t=76059775994 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=13418 t=76059775994 kinds=fragment-inferred,block pages=0-17 count=1
file /var/log/dpkg.log inode=13420 t=76059775994 kinds=fragment-inferred,block pages=0-13 count=1
read t=64130994994 offset=22528 len=4096
read t=64180966994 offset=153600 len=4096
read t=64242267994 offset=415744 len=4096
read t=64285460994 offset=940032 len=4096
read t=64342488994 offset=1988608 len=4096
read t=64381137994 offset=4085760 len=4096
read t=64781149994 offset=0 len=22528
read t=64831635994 offset=26624 len=126976
read t=64882541994 offset=157696 len=131072
read t=64934471994 offset=288768 len=126976
read t=65941977994 offset=22528 len=4096
read t=65991887994 offset=153600 len=4096
read t=66041940994 offset=415744 len=4096
read t=66091912994 offset=940032 len=4096
read t=66142102994 offset=1988608 len=4096
read t=66191929994 offset=4085760 len=4096
read t=66591728994 offset=0 len=22528
read t=66642509994 offset=26624 len=126976
read t=66693009994 offset=157696 len=131072
read t=66742359994 offset=288768 len=126976
read t=67463751994 offset=0 len=4096
read t=67465312994 offset=4096 len=61440
read t=67482986994 offset=65536 len=65536
read t=67509630994 offset=131072 len=131072
read t=67559746994 offset=262144 len=131072
read t=67609726994 offset=393216 len=131072
read t=67659751994 offset=524288 len=131072
read t=67710000994 offset=655360 len=131072
read t=67759822994 offset=786432 len=131072
read t=67809562994 offset=917504 len=131072
read t=67859636994 offset=8208384 len=131072
read t=67910027994 offset=8339456 len=131072
read t=67959783994 offset=8470528 len=131072
read t=68010159994 offset=8601600 len=131072
read t=68059760994 offset=8732672 len=131072
read t=68109736994 offset=8863744 len=131072
read t=68161020994 offset=8994816 len=131072
read t=68209767994 offset=9125888 len=126976
read t=68259711994 offset=9678848 len=131072
read t=68309744994 offset=9809920 len=106496
read t=68359721994 offset=10641408 len=106496
read t=68409520994 offset=11681792 len=131072
read t=68459671994 offset=11812864 len=110592
read t=68509608994 offset=12697600 len=102400
read t=68559648994 offset=14483456 len=81920
read t=68609677994 offset=15187968 len=131072
read t=68659778994 offset=15319040 len=131072
read t=68710207994 offset=15450112 len=131072
read t=68759842994 offset=15581184 len=131072
read t=68809685994 offset=15712256 len=126976
read t=68859732994 offset=16113664 len=131072
read t=68909861994 offset=16244736 len=77824
read t=68959641994 offset=16715776 len=131072
read t=69009584994 offset=16846848 len=131072
read t=69059625994 offset=16977920 len=131072
read t=69109881994 offset=17108992 len=131072
read t=69159848994 offset=17240064 len=131072
read t=69214279994 offset=17371136 len=53248
read t=69260327994 offset=18116608 len=131072
read t=69438173994 offset=18247680 len=131072
read t=69438607994 offset=18378752 len=131072
read t=69439608994 offset=18509824 len=131072
read t=69459529994 offset=18640896 len=131072
read t=69509704994 offset=18771968 len=131072
read t=69559790994 offset=18903040 len=131072
read t=69609765994 offset=19034112 len=131072
read t=69659842994 offset=19165184 len=131072
read t=69709735994 offset=19296256 len=131072
read t=69759790994 offset=19427328 len=53248
read t=69809703994 offset=19918848 len=86016
read t=69859694994 offset=22896640 len=131072
read t=69909876994 offset=23027712 len=81920
read t=69959658994 offset=23441408 len=131072
read t=70009870994 offset=23572480 len=131072
read t=70059753994 offset=23703552 len=122880
read t=70113615994 offset=34488320 len=106496
read t=70162207994 offset=38805504 len=131072
read t=70209667994 offset=38936576 len=131072
read t=70259999994 offset=39067648 len=131072
read t=70309666994 offset=39198720 len=131072
read t=70359743994 offset=39329792 len=131072
read t=70409584994 offset=39460864 len=16384
read t=70459962994 offset=76734464 len=86016
read t=70509680994 offset=83505152 len=102400
read t=70560156994 offset=84959232 len=81920
read t=70609703994 offset=86020096 len=131072
read t=70661566994 offset=86151168 len=110592
read t=70713424994 offset=93859840 len=110592
read t=70759855994 offset=96149504 len=118784
read t=70813831994 offset=106000384 len=131072
read t=70859816994 offset=106131456 len=131072
read t=70913266994 offset=106262528 len=131072
read t=70960511994 offset=106393600 len=131072
read t=71010378994 offset=106524672 len=131072
read t=71059773994 offset=106655744 len=131072
read t=71109634994 offset=106786816 len=131072
read t=71159682994 offset=106917888 len=131072
read t=71209623994 offset=107048960 len=131072
read t=71259767994 offset=107180032 len=49152
read t=71309712994 offset=107692032 len=131072
read t=71359879994 offset=107823104 len=131072
read t=71409839994 offset=107954176 len=131072
read t=71459782994 offset=108085248 len=77824
read t=71509720994 offset=108437504 len=131072
read t=71559840994 offset=108568576 len=131072
read t=71609712994 offset=108699648 len=131072
read t=71660001994 offset=108830720 len=131072
read t=71709737994 offset=108961792 len=131072
read t=71759792994 offset=109092864 len=131072
read t=71809948994 offset=109223936 len=131072
read t=71859777994 offset=109355008 len=131072
read t=71909799994 offset=109486080 len=131072
read t=71962174994 offset=109617152 len=131072
read t=72009675994 offset=109748224 len=131072
read t=72059731994 offset=109879296 len=131072
read t=72109856994 offset=110010368 len=131072
read t=72159729994 offset=110141440 len=73728
read t=72209907994 offset=111026176 len=131072
read t=72259848994 offset=111157248 len=131072
read t=72309900994 offset=111288320 len=131072
read t=72360693994 offset=111419392 len=131072
read t=72409426994 offset=111550464 len=49152
read t=72459665994 offset=113512448 len=98304
read t=72509592994 offset=113987584 len=131072
read t=72559799994 offset=114118656 len=131072
read t=72609789994 offset=114249728 len=114688
read t=72659808994 offset=115150848 len=131072
read t=72722086994 offset=115281920 len=131072
read t=72759930994 offset=115412992 len=131072
read t=72809802994 offset=115544064 len=131072
read t=72859863994 offset=115675136 len=131072
read t=72910876994 offset=115806208 len=131072
read t=72960069994 offset=115937280 len=131072
read t=73010005994 offset=116068352 len=131072
read t=73098058994 offset=116199424 len=131072
read t=73113784994 offset=116330496 len=131072
read t=73159757994 offset=116461568 len=131072
read t=73209521994 offset=116592640 len=131072
read t=73259700994 offset=116723712 len=53248
read t=73309669994 offset=117202944 len=131072
read t=73361868994 offset=117334016 len=131072
read t=73409833994 offset=117465088 len=131072
read t=73550724994 offset=117596160 len=131072
read t=73557749994 offset=117727232 len=131072
read t=73559676994 offset=117858304 len=131072
read t=73609724994 offset=117989376 len=131072
read t=73659705994 offset=118120448 len=77824
read t=73709665994 offset=119222272 len=86016
read t=73759759994 offset=119672832 len=131072
read t=73809870994 offset=119803904 len=131072
read t=73859705994 offset=119934976 len=131072
read t=73909684994 offset=120066048 len=131072
read t=73959746994 offset=120197120 len=98304
read t=74009699994 offset=121380864 len=131072
read t=74059755994 offset=121511936 len=131072
read t=74109689994 offset=121643008 len=131072
read t=74182043994 offset=121774080 len=131072
read t=74209923994 offset=121905152 len=131072
read t=74259787994 offset=122036224 len=131072
read t=74309805994 offset=122167296 len=131072
read t=74359764994 offset=122298368 len=131072
read t=74409930994 offset=122429440 len=131072
read t=74459684994 offset=122560512 len=131072
read t=74509661994 offset=122691584 len=49152
read t=74559769994 offset=123547648 len=131072
read t=74609687994 offset=123678720 len=131072
read t=74662581994 offset=123809792 len=131072
read t=74710815994 offset=123940864 len=28672
read t=74762238994 offset=124416000 len=77824
read t=74812635994 offset=125763584 len=131072
read t=74860433994 offset=125894656 len=98304
read t=74914439994 offset=126611456 len=131072
read t=74959911994 offset=126742528 len=131072
read t=75009699994 offset=126873600 len=102400
read t=75059747994 offset=127938560 len=131072
read t=75110122994 offset=128069632 len=131072
read t=75159767994 offset=128200704 len=131072
read t=75209753994 offset=128331776 len=131072
read t=75259595994 offset=128462848 len=131072
read t=75309641994 offset=128593920 len=131072
read t=75359679994 offset=128724992 len=131072
read t=75409794994 offset=128856064 len=131072
read t=75459703994 offset=128987136 len=131072
read t=75529895994 offset=129118208 len=131072
read t=75559712994 offset=129249280 len=131072
read t=75609564994 offset=129380352 len=131072
read t=75659831994 offset=129511424 len=131072
read t=75710047994 offset=129642496 len=131072
read t=75762023994 offset=129773568 len=131072
read t=75810431994 offset=129904640 len=57344
read t=75859778994 offset=130527232 len=69632
read t=75909900994 offset=154243072 len=49152
read t=75960029994 offset=178798592 len=131072
read t=76011868994 offset=178929664 len=131072
read t=76059775994 offset=179060736 len=131072
read t=76109767994 offset=179191808 len=131072
read t=76162058994 offset=179322880 len=77824
read t=77131877994 offset=22528 len=4096
read t=77181859994 offset=153600 len=4096
read t=77258265994 offset=415744 len=4096
read t=77286004994 offset=940032 len=4096
read t=77331850994 offset=1988608 len=4096
read t=77381896994 offset=4085760 len=4096
read t=77731637994 offset=0 len=22528
read t=77832393994 offset=26624 len=126976
read t=77882886994 offset=157696 len=131072
read t=77932435994 offset=288768 len=126976
read t=78498198994 offset=177819648 len=4096
read t=78507234994 offset=1048576 len=131072
read t=78508711994 offset=2097152 len=4096
read t=78509441994 offset=4194304 len=4096
read t=78566414994 offset=178782208 len=4096
read t=78599582994 offset=178786304 len=12288
end files=1630 reads=213
