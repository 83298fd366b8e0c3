liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145647172 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0409e77563576e774d6dcc13be3b6c7b696370f4d6896413714eb2d56a3733c
events 553
dropped 0
boots 1
duration_ns 35258199109
file /usr/lib/systemd/systemd inode=5910 t=6807304722 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=6807304722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=5912 t=6807304722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=5913 t=6807304722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=5914 t=6807304722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=5915 t=6807304722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=5916 t=6856964722 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=5917 t=6856964722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=5918 t=6856964722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7106712722 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=7156790722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=7156790722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=7156790722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=7156790722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=7156790722 kinds=block pages=0-159 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7306858722 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7557157722 kinds=block pages=0-817 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7317 t=7757209722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7325 t=7757209722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=7757209722 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7340 t=7757209722 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7342 t=7757209722 kinds=fragment-inferred,block pages=0-11 count=1
file /etc/adduser.conf inode=20 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/alternatives/README inode=22 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/apt.conf.d/01autoremove inode=43 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/apt.conf.d/70debconf inode=44 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/sources.list inode=48 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=7806810722 kinds=fragment-inferred,block pages=0-2 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/bash.bashrc inode=60 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/bindresvport.blacklist inode=61 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/cron.d/e2scrub_all inode=64 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/cron.daily/apt-compat inode=66 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/cron.daily/dpkg inode=67 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/debconf.conf inode=68 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/debian_version inode=69 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/default/hwclock inode=71 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/default/nss inode=72 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/default/useradd inode=73 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/deluser.conf inode=74 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/dpkg/dpkg.cfg inode=76 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/dpkg/origins/debian inode=79 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/e2scrub.conf inode=81 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/fstab inode=83 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/gai.conf inode=84 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/group inode=85 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/group- inode=86 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/gshadow inode=87 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/gshadow- inode=88 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/host.conf inode=89 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/hostname inode=90 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/init.d/hwclock.sh inode=92 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/init.d/kmod inode=93 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/init.d/udev inode=94 t=7806810722 kinds=fragment-inferred,block pages=0-1 count=5
file /etc/issue inode=95 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/issue.net inode=96 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/ld.so.cache inode=100 t=7806810722 kinds=fragment-inferred,block pages=0-1 count=5
file /etc/ld.so.conf inode=101 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/ld.so.conf.d/libc.conf inode=103 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/libaudit.conf inode=105 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/login.defs inode=107 t=7806810722 kinds=fragment-inferred,block pages=0-3 count=5
file /etc/logrotate.d/alternatives inode=109 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/logrotate.d/apt inode=110 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/logrotate.d/dpkg inode=111 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/machine-id inode=112 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/mke2fs.conf inode=113 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/modules inode=115 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/motd inode=118 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/nsswitch.conf inode=120 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/pam.conf inode=123 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/pam.d/chfn inode=125 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/pam.d/chpasswd inode=126 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/pam.d/chsh inode=127 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /usr/share/base-files/motd inode=7478 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=7806810722 kinds=fragment-inferred,block pages=0 count=5
file /etc/pam.d/common-account inode=128 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=7806810722 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd inode=141 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/profile inode=143 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=7806810722 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/security/faillock.conf inode=164 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/group.conf inode=165 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/limits.conf inode=166 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.conf inode=168 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.init inode=170 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/pam_env.conf inode=172 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/sepermit.conf inode=173 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/time.conf inode=174 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/selinux/semanage.conf inode=176 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow inode=177 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow- inode=178 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/shells inode=179 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bash_logout inode=181 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bashrc inode=182 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.profile inode=183 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/journald.conf inode=189 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/logind.conf inode=190 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/networkd.conf inode=192 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/pstore.conf inode=193 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/sleep.conf inode=194 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/system/liveopt-marker.service inode=199 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/system.conf inode=213 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/user.conf inode=215 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/terminfo/README inode=217 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/timezone inode=218 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/udev/udev.conf inode=223 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/update-motd.d/10-uname inode=225 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /etc/xattr.conf inode=226 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /root/.bashrc inode=238 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /root/.profile inode=239 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/[ inode=267 t=7806810722 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/share/base-files/dot.bashrc inode=7474 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /usr/share/base-files/dot.profile inode=7475 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /usr/share/base-files/profile inode=7479 t=7806810722 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/addpart inode=268 t=7858618722 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/apt inode=269 t=7858618722 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/bin/apt-cache inode=270 t=7858618722 kinds=fragment-inferred,block pages=0-21 count=2
file /usr/bin/apt-cdrom inode=271 t=7858618722 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/bin/apt-config inode=272 t=7858618722 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/bin/apt-get inode=273 t=7858618722 kinds=fragment-inferred,block pages=0-12 count=3
file /usr/bin/apt-key inode=274 t=7858618722 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/bin/apt-mark inode=275 t=7858618722 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/bin/arch inode=276 t=7858618722 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8057048722 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6439 t=8306973722 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6441 t=8306973722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8557430722 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6530 t=8606922722 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8757412722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=8757412722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=8757412722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=8757412722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6517 t=8807084722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6518 t=8807084722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6519 t=8807084722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6520 t=8807084722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8957105722 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9107523722 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9157219722 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9307700722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=9307700722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6432 t=9357213722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9357213722 kinds=block pages=0-86 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9406748722 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6524 t=9507001722 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9807096722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9807096722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=9807096722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=9807096722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=9807096722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6463 t=9856826722 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9906778722 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10006783722 kinds=block pages=0-351,544-735,800-1155 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10157357722 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6472 t=10406670722 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=10557410722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=10557410722 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10607019722 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10657266722 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10657266722 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=11106923722 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=6552 t=11356861722 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11756950722 kinds=block pages=0-153 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=12007046722 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6478 t=12057567722 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6452 t=13106737722 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6497 t=13307060722 kinds=block pages=0-63 count=1
file /usr/sbin/agetty inode=7343 t=13506881722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7344 t=13506881722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7345 t=13506881722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/blkdiscard inode=7346 t=14706652722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=663 t=15956637722 kinds=block pages=0-130 count=3
file /usr/lib/lsb/init-functions inode=644 t=16057361722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=650 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=16057361722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=16057361722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=16057361722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=16057361722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=16057361722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=667 t=16057361722 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=669 t=16057361722 kinds=block pages=0-34 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=668 t=16106847722 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=670 t=16106847722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=671 t=16106847722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=672 t=16106847722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=673 t=16106847722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=674 t=16106847722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=675 t=16106847722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=676 t=16106847722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=677 t=16106847722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=678 t=16106847722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=16357296722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=5577 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=5579 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=16357296722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=16357296722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=16357296722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=16357296722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=16357296722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=16357296722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5590 t=16407003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5591 t=16407003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5592 t=16407003722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5593 t=16407003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5594 t=16407003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5595 t=16407003722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5596 t=16407003722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5597 t=16407003722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5598 t=16407003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5599 t=16407003722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=16407003722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=5747 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=5756 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=5969 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=5971 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=16407003722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=16407003722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=16407003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=16407003722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=16407003722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep inode=5569 t=16456828722 kinds=block pages=0-128 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=16557106722 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16757436722 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=16856712722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=16856712722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=16856712722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=16856712722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=16856712722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=17007240722 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=17410580722 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/befs/befs.ko inode=4405 t=17457251722 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/bfs/bfs.ko inode=4407 t=17457251722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/btrfs/btrfs.ko inode=4410 t=17457251722 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.order inode=5572 t=17506962722 kinds=block pages=0-39 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols inode=5574 t=17506962722 kinds=block pages=0-127 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=17657648722 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=17657648722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=4980 t=17657648722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=4981 t=17657648722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=4982 t=17657648722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CT.ko inode=4983 t=17657648722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_DSCP.ko inode=4984 t=17657648722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_HL.ko inode=4985 t=17657648722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_HMARK.ko inode=4986 t=17657648722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=4987 t=17706829722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_LED.ko inode=4988 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_LOG.ko inode=4989 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=4990 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=4991 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=4992 t=17706829722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=4993 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=4994 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=4995 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=4996 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=4997 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=4998 t=17706829722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_TEE.ko inode=4999 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5000 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5001 t=17706829722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5002 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_bpf.ko inode=5003 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5004 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_cluster.ko inode=5005 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_comment.ko inode=5006 t=17706829722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5007 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5008 t=17706829722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5009 t=17706829722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_connmark.ko inode=5010 t=17706829722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=17857565722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=17857565722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=17857565722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=17857565722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=4771 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=4772 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=4773 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=4774 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=4775 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=4776 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=4777 t=17907003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=4778 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=4779 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=4780 t=17907003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=4781 t=17907003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=4782 t=17907003722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=4783 t=17907003722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=4784 t=17907003722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=4785 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=4786 t=17907003722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=4787 t=17907003722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=4788 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=4789 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=4790 t=17907003722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=4791 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/raw_diag.ko inode=4792 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/tcp_bbr.ko inode=4793 t=17907003722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/tcp_bic.ko inode=4794 t=17907003722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/tcp_cdg.ko inode=4795 t=17907003722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=18107188722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=18107188722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=18107188722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=18107188722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=18107188722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1190 t=18107188722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss.ko inode=1191 t=18107188722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1193 t=18107188722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1194 t=18107188722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1195 t=18107188722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1196 t=18156991722 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1197 t=18156991722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1198 t=18156991722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/kmod inode=384 t=18357085722 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=382 t=18357085722 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=383 t=18357085722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/last inode=385 t=18407400722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=387 t=18407400722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=389 t=18407400722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=390 t=18407400722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/ln inode=393 t=18407400722 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/locale inode=394 t=18407400722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=18995744722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=18995744722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=18995744722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=18995744722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=18995744722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=18995744722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=18995744722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=18995744722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=18995744722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11356 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11357 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11358 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11359 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11360 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11361 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11363 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11364 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11365 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11366 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11367 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11368 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11369 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11370 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11372 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11373 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11374 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11376 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11377 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11379 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11380 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11381 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11382 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11384 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11385 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11386 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11387 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11388 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11389 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11390 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11391 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11393 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11395 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11397 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11398 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11399 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11400 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11401 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11403 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11404 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11412 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11416 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11417 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11418 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11419 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11420 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11421 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11422 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11423 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11424 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11425 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11426 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=11433 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=11434 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=11435 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=11444 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=11446 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=11447 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=11448 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=11449 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=11450 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=11451 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=11452 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=11454 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=11455 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=11456 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=11457 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=11458 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=11459 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=11460 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=11461 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=11463 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=11464 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=11465 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=11466 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=11467 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=11468 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=11469 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=11470 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=11471 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=11472 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=11473 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=11474 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=11475 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=11476 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=11477 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=11479 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=11480 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=11481 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=11483 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=11484 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=11485 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=11487 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=11488 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=11513 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=11515 t=20155402722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=11516 t=20155402722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=11517 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=11584 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=11585 t=20155402722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=11586 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=11587 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=11588 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=11590 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=11591 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=11592 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=11593 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=11594 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=11595 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=11596 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=11597 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=11598 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=11599 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=11600 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=11601 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=11602 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=11603 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=11604 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=11605 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=11606 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=11607 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=11608 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=11609 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=11610 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=11611 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=11612 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=11613 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=11614 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=11615 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=11616 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=11617 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=11618 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=11619 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=11620 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=11621 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=11622 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=11623 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=11624 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=11625 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=11626 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=11627 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=11628 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=11629 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=11630 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=11631 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=11632 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=11633 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=11635 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=11636 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=11637 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=11639 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=11640 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=11641 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=11642 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=11643 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=11645 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=11646 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=11648 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=11649 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=11650 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=11651 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=11652 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=11653 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=11654 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=11655 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=11656 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=11657 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=11658 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=11659 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=11660 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=11662 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=11663 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=11664 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belem inode=11665 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belize inode=11666 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=11667 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=11668 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=11669 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boise inode=11670 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=11672 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=11673 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=11674 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=11675 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=11677 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=11678 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=11679 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=11680 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=11681 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=11684 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=11685 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Creston inode=11686 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=11687 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=11688 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=11689 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=11690 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=11691 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Denver inode=11692 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=11693 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=11694 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=11695 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=11696 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=11697 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=11699 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=11701 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=11702 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=11704 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=11705 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=11706 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=11707 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=11708 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=11709 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=11710 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=11711 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Havana inode=11712 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=11713 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=11715 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=11716 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=11717 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=11718 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=11719 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=11720 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=11721 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=11722 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=11724 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=11725 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=11726 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=11728 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=11730 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=11731 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=11734 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Lima inode=11735 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=11736 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=11739 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Managua inode=11740 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=11741 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=11743 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=11744 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=11745 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=11747 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Merida inode=11748 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=11749 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=11750 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=11751 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=11752 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=11753 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=11754 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=11756 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=11757 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/New_York inode=11758 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nome inode=11760 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=11761 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=11763 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=11764 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=11765 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=11766 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=11767 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Panama inode=11768 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=11770 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=11771 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=11772 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=11773 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=11775 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=11776 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=11777 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=11779 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Recife inode=11780 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Regina inode=11781 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=11782 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=11783 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=11786 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=11787 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=11788 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=11789 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=11790 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=11792 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=11794 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=11795 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=11796 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=11797 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=11798 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=11799 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=11800 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Thule inode=11801 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=11803 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=11804 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=11805 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=11806 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=11808 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=11809 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=11810 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=11813 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=11814 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=11815 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=11816 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=11817 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=11818 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=11819 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=11820 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=11822 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=11823 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=11824 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=11828 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=11829 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=11830 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=11831 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=11832 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=11833 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=11834 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=11836 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=11837 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=11838 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=11839 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=11840 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=11841 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=11842 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=11843 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=11844 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=11846 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=11850 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=11852 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=11853 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=11854 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=11855 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=11856 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=11857 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=11858 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=11860 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=11861 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=11862 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=11863 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=11864 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=11866 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=11867 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=11868 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=11869 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=11870 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=11871 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=11873 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=11875 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=11876 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=11877 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=11878 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=11879 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=11880 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=11882 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=11883 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=11884 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=11885 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=11886 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=11887 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=11888 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=11889 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=11890 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=11891 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=11892 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=11893 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=11894 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=11895 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=11896 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=11897 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=11899 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=11901 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=11902 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=11903 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=11904 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=11905 t=20204881722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=422 t=20774568722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=423 t=20774568722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=425 t=20775530722 kinds=block pages=0-34 count=1
file /usr/bin/mountpoint inode=424 t=20775530722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/namei inode=426 t=20775530722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/apt/methods/store inode=603 t=21061500722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/apt/solvers/dump inode=607 t=21061500722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/install inode=613 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/names inode=614 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/setup inode=615 t=21061500722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dpkg/methods/apt/update inode=616 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/init/init-d-script inode=620 t=21061500722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=621 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=623 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=21061500722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=21061500722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=21225381722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=21225381722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=21225381722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=21225381722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=21225381722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6413 t=21278201722 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=21424832722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=21424832722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=21424832722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=21424832722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=21424832722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=21424832722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=21424832722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=21575251722 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=21774084722 kinds=block pages=0-105 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=21974368722 kinds=block pages=0-100 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-log.ko inode=2106 t=22074457722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mirror.ko inode=2107 t=22074457722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-multipath.ko inode=2109 t=22074457722 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-queue-length.ko inode=2110 t=22074457722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-raid.ko inode=2111 t=22074457722 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-region-hash.ko inode=2112 t=22074457722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-round-robin.ko inode=2113 t=22074457722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-service-time.ko inode=2114 t=22074457722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-snapshot.ko inode=2115 t=22074457722 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=22174235722 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-growfs inode=5919 t=22223897722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=5920 t=22223897722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=5921 t=22223897722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=5922 t=22223897722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=5923 t=22223897722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-logind inode=5926 t=22223897722 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=22375672722 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/erofs/erofs.ko inode=4428 t=22424055722 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/poly1305-x86_64.ko inode=679 t=22474895722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/serpent-avx-x86_64.ko inode=680 t=22474895722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/serpent-avx2.ko inode=681 t=22474895722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/serpent-sse2-x86_64.ko inode=682 t=22474895722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/sha1-ssse3.ko inode=683 t=22474895722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fat/vfat.ko inode=4438 t=22524579722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4440 t=22524579722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/cuse.ko inode=4444 t=22524579722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/gfs2/gfs2.ko inode=4448 t=22524579722 kinds=block pages=0-63 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=22675117722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=22675117722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=22675117722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=22675117722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=5931 t=22730015722 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=22874295722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=22874295722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=22874295722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=5938 t=22874295722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=5939 t=22874295722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=22924785722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=22924785722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=22924785722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=22924785722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=22924785722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=22924785722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=5948 t=22924785722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=22924785722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=22924785722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=22924785722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=22924785722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=22924785722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=22924785722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=5957 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=5958 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=5959 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=5961 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=5962 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=5965 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=5966 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=5967 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=5968 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=5970 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=5976 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=22924785722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=22924785722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=22924785722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/udevadm inode=546 t=23074127722 kinds=block pages=0-330 count=7
file /usr/bin/uclampset inode=545 t=23274895722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=547 t=23274895722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/systemd-stdio-bridge inode=518 t=23425458722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=519 t=23425458722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=520 t=23425458722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=23478200722 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=522 t=23478200722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=524 t=23478200722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/uname inode=548 t=23674535722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=549 t=23674535722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/terminfo/E/Eterm inode=5990 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=5993 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=5995 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=5997 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=5999 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6001 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6003 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6005 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6006 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6007 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6011 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6013 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6019 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6020 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6022 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6023 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6024 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6026 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6028 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6031 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6032 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6033 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6034 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6039 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6041 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=23724690722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=23724690722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=23724690722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=23724690722 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=23724690722 kinds=block pages=0-319,960-1439,1728-2303,2464-3178 count=26
file /usr/bin/uniq inode=550 t=23927175722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=551 t=23927175722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=552 t=23927175722 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/bin/tac inode=525 t=24164313722 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/tar inode=527 t=24164313722 kinds=block pages=0-31 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=25452816722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/mtd_probe inode=6104 t=25452816722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=25452816722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=25452816722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=25452816722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=25452816722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=25453206722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=25453206722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6147 t=25453206722 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6148 t=25453206722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6151 t=25453206722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6152 t=25453206722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6153 t=25453206722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6155 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6156 t=25453206722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6158 t=25453206722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6159 t=25502697722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6160 t=25502697722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6162 t=25502697722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6163 t=25502697722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6166 t=25502697722 kinds=block pages=0-58 count=1
file /usr/bin/systemctl inode=495 t=25737429722 kinds=block pages=0-330 count=7
file /usr/bin/systemd-analyze inode=497 t=25940194722 kinds=block pages=0-45 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6072 t=28087826722 kinds=block pages=0-223 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=28488371722 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/brd.ko inode=902 t=28538076722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/loop.ko inode=906 t=28538076722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/mtip32xx/mtip32xx.ko inode=908 t=28538076722 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=28738189722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/battery.ko inode=816 t=28738189722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=28738189722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=820 t=28787754722 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/fan.ko inode=818 t=28787754722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/platform_profile.ko inode=821 t=28787754722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/sbs.ko inode=822 t=28787754722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/sbshc.ko inode=823 t=28787754722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=28938480722 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=28938480722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=28938480722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=28938480722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=28938480722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=28938480722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=28938480722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=28938480722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=28938480722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=28987964722 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=29438466722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=29438466722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=29438466722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=29438466722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=29438466722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=29438466722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/acecad.ko inode=2010 t=29438466722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2011 t=29438466722 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2012 t=29438466722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2013 t=29438466722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2014 t=29493959722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2015 t=29493959722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2017 t=29493959722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2018 t=29493959722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2019 t=29493959722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2020 t=29493959722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=29638835722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=29638835722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=29638835722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=29638835722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=29638835722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=1984 t=29638835722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/uinput.ko inode=1985 t=29638835722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/yealink.ko inode=1986 t=29638835722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=1990 t=29687916722 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/appletouch.ko inode=1988 t=29687916722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=1989 t=29687916722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/b2sum inode=278 t=29739060722 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/base32 inode=279 t=29739060722 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/base64 inode=280 t=29787900722 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=29787900722 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/bash inode=283 t=29787900722 kinds=block pages=0-308 count=10
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=29988349722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=29988349722 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/ff-memless.ko inode=1921 t=30038113722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=1923 t=30038113722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=1924 t=30038113722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/gameport.ko inode=1925 t=30038113722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/lightning.ko inode=1926 t=30038113722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/ns558.ko inode=1927 t=30038113722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joydev.ko inode=1928 t=30038113722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/a3d.ko inode=1930 t=30038113722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/adi.ko inode=1931 t=30038113722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/analog.ko inode=1932 t=30038113722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/cobra.ko inode=1933 t=30038113722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/db9.ko inode=1934 t=30038113722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/gamecon.ko inode=1935 t=30038113722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/joystick/gf2k.ko inode=1936 t=30038113722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=30288515722 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=1991 t=30338150722 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/sermouse.ko inode=1993 t=30338150722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=30637968722 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=30637968722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=30637968722 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=30637968722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=30637968722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=30637968722 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=30637968722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=30637968722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=30687783722 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=30687783722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=30687783722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=30687783722 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=30687783722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=30687783722 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=30687783722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=30687783722 kinds=block pages=0-60 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=30687783722 kinds=block pages=0-101 count=2
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=30737592722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=30737592722 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=30737592722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=30737592722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=30737592722 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=30737592722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=30737592722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=30737592722 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=30737592722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=30737592722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=30737592722 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=30737592722 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=30737592722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=12698 t=30787478722 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=30787478722 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=12704 t=30787478722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=30787478722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=12710 t=30887702722 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=30887702722 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=30887702722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=12719 t=30887702722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=12721 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=12722 t=30887702722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=12723 t=30887702722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=30937874722 kinds=block pages=0-69 count=1
file /var/lib/dpkg/info/tzdata.list inode=12724 t=30937874722 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=30937874722 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=30937874722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=30937874722 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=12734 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=12735 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=12736 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=12737 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=12738 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=30937874722 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=30937874722 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=30937874722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=30987658722 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/systemd/catalog/database inode=12783 t=31037853722 kinds=block pages=0-52 count=1
file /var/lib/dpkg/status-old inode=12764 t=31087818722 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=31087818722 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=31087818722 kinds=fragment-inferred,block pages=0-16 count=1
file /var/log/dpkg.log inode=12809 t=31087818722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=31137634722 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6068 t=31288419722 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=31288419722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=31288419722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=31288419722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=31288419722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=31288419722 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=31288419722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6082 t=31288419722 kinds=block pages=0-255 count=2
file /usr/sbin/e2scrub inode=7373 t=31488420722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7374 t=31488420722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7375 t=31488420722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7376 t=31488420722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7377 t=31488420722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7378 t=31488420722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7379 t=31488420722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7380 t=31537717722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7381 t=31537717722 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7382 t=31537717722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=1998 t=31587708722 kinds=block pages=0-47 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=1994 t=31587708722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=1995 t=31587708722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=1996 t=31587708722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=1999 t=31587708722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2001 t=31587708722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2002 t=31587708722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=31738853722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=31738853722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=31738853722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=31738853722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1548 t=31790838722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1549 t=31790838722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1550 t=31790838722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1551 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1552 t=31790838722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1553 t=31790838722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1554 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1555 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1556 t=31790838722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1557 t=31790838722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1558 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1559 t=31790838722 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1560 t=31790838722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1561 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1562 t=31790838722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1565 t=31790838722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/dash inode=306 t=31987677722 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=307 t=31987677722 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=32038081722 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=32038081722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=32038081722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=312 t=32038081722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=313 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=314 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=315 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=316 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=317 t=32038081722 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=318 t=32038081722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/diff inode=320 t=32038081722 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=32188226722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_piix.ko inode=831 t=32188226722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/libata.ko inode=833 t=32239920722 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=32388184722 kinds=block pages=0-580 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=32688045722 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/st.ko inode=3919 t=32737634722 kinds=block pages=0-32 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sr_mod.ko inode=3918 t=32737634722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/block/bfq.ko inode=707 t=32787944722 kinds=block pages=0-47 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kernel/cpuid.ko inode=700 t=32839938722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kernel/msr.ko inode=701 t=32839938722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/block/kyber-iosched.ko inode=708 t=32839938722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/block/t10-pi.ko inode=709 t=32839938722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/adiantum.ko inode=711 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/aegis128.ko inode=712 t=32839938722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/aes_ti.ko inode=713 t=32839938722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/af_alg.ko inode=714 t=32839938722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/algif_aead.ko inode=715 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/algif_hash.ko inode=716 t=32839938722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/algif_rng.ko inode=717 t=32839938722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/algif_skcipher.ko inode=718 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/ansi_cprng.ko inode=719 t=32839938722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=721 t=32839938722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=723 t=32839938722 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/async_tx/async_pq.ko inode=724 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=725 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/async_tx/async_tx.ko inode=726 t=32839938722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/async_tx/async_xor.ko inode=727 t=32839938722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/authenc.ko inode=728 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/authencesn.ko inode=729 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/crypto/blake2b_generic.ko inode=730 t=32839938722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/basenc inode=282 t=32990125722 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=32990125722 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1096 t=33387786722 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1089 t=33387786722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1090 t=33387786722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1093 t=33387786722 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1097 t=33387786722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1098 t=33387786722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1101 t=33387786722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1103 t=33387786722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=33687759722 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=704 t=33788199722 kinds=block pages=0-159 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=34087948722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=34087948722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=34087948722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3200_edac.ko inode=1148 t=34087948722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5000_edac.ko inode=1149 t=34087948722 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5100_edac.ko inode=1150 t=34087948722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5400_edac.ko inode=1151 t=34087948722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i7300_edac.ko inode=1152 t=34087948722 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i7core_edac.ko inode=1153 t=34087948722 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1154 t=34087948722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1155 t=34087948722 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/igen6_edac.ko inode=1156 t=34087948722 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1157 t=34087948722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=34388347722 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6543 t=34539983722 kinds=block pages=0-44 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6545 t=34539983722 kinds=block pages=0-63 count=1
file /usr/bin/busctl inode=285 t=34788559722 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/cat inode=287 t=34788559722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=288 t=34788559722 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=289 t=34788559722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=34788559722 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=34788559722 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/pwd inode=452 t=35087670722 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=454 t=35087670722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=455 t=35087670722 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=456 t=35087670722 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=457 t=35087670722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=459 t=35087670722 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=460 t=35087670722 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=461 t=35087670722 kinds=fragment-inferred,block pages=0 count=1
read t=5790530722 offset=0 len=16384
read t=5809189722 offset=145645568 len=4096
read t=5858066722 offset=145625088 len=4096
read t=5907629722 offset=145498112 len=4096
read t=6023429722 offset=145616896 len=4096
read t=6025364722 offset=145383424 len=4096
read t=6059148722 offset=145494016 len=4096
read t=6108691722 offset=145608704 len=4096
read t=6157654722 offset=145612800 len=4096
read t=6206789722 offset=145620992 len=4096
read t=6256731722 offset=145448960 len=4096
read t=6308513722 offset=145567744 len=4096
read t=6357402722 offset=145571840 len=16384
read t=6407691722 offset=145588224 len=20480
read t=6457076722 offset=145502208 len=16384
read t=6532553722 offset=145379328 len=4096
read t=6618750722 offset=145436672 len=4096
read t=6619856722 offset=145555456 len=4096
read t=6657573722 offset=145559552 len=8192
read t=6711932722 offset=98541568 len=4096
read t=6757217722 offset=98545664 len=16384
read t=6807304722 offset=98562048 len=32768
read t=6856964722 offset=98594816 len=65536
read t=6906986722 offset=145440768 len=4096
read t=6959444722 offset=105639936 len=4096
read t=7007024722 offset=105644032 len=16384
read t=7057061722 offset=105660416 len=32768
read t=7106712722 offset=105693184 len=65536
read t=7156790722 offset=105758720 len=131072
read t=7206904722 offset=119595008 len=4096
read t=7257214722 offset=119599104 len=16384
read t=7306858722 offset=119615488 len=32768
read t=7357407722 offset=119648256 len=65536
read t=7407015722 offset=120209408 len=4096
read t=7458081722 offset=120213504 len=16384
read t=7508778722 offset=120229888 len=32768
read t=7557157722 offset=120262656 len=65536
read t=7607176722 offset=120328192 len=131072
read t=7656842722 offset=121528320 len=4096
read t=7707146722 offset=121532416 len=16384
read t=7757209722 offset=121548800 len=32768
read t=7806810722 offset=16384 len=98304
read t=7858618722 offset=114688 len=131072
read t=7906767722 offset=107048960 len=4096
read t=7957730722 offset=107053056 len=16384
read t=8008343722 offset=107069440 len=32768
read t=8057048722 offset=107102208 len=65536
read t=8107006722 offset=107167744 len=131072
read t=8157156722 offset=107831296 len=4096
read t=8207043722 offset=107835392 len=16384
read t=8257611722 offset=107851776 len=32768
read t=8306973722 offset=107884544 len=65536
read t=8357077722 offset=145444864 len=4096
read t=8406802722 offset=145453056 len=8192
read t=8456992722 offset=116072448 len=4096
read t=8507511722 offset=116076544 len=16384
read t=8557430722 offset=116092928 len=32768
read t=8606922722 offset=116125696 len=65536
read t=8657111722 offset=115433472 len=4096
read t=8707471722 offset=115437568 len=16384
read t=8757412722 offset=115453952 len=32768
read t=8807084722 offset=115486720 len=65536
read t=8857147722 offset=107003904 len=4096
read t=8907113722 offset=107008000 len=16384
read t=8957105722 offset=107024384 len=24576
read t=9012247722 offset=114065408 len=4096
read t=9057266722 offset=114069504 len=16384
read t=9107523722 offset=114085888 len=32768
read t=9157219722 offset=114118656 len=65536
read t=9207222722 offset=106807296 len=4096
read t=9257243722 offset=106811392 len=16384
read t=9307700722 offset=106827776 len=32768
read t=9357213722 offset=106860544 len=65536
read t=9406748722 offset=115552256 len=16384
read t=9457206722 offset=115568640 len=32768
read t=9507001722 offset=115601408 len=65536
read t=9556957722 offset=114184192 len=131072
read t=9612984722 offset=105889792 len=131072
read t=9657059722 offset=106926080 len=77824
read t=9710284722 offset=110878720 len=4096
read t=9757156722 offset=110882816 len=16384
read t=9807096722 offset=110899200 len=32768
read t=9856826722 offset=110931968 len=65536
read t=9906778722 offset=107950080 len=16384
read t=9962937722 offset=107966464 len=32768
read t=10006783722 offset=107999232 len=65536
read t=10056963722 offset=111329280 len=4096
read t=10107472722 offset=111333376 len=16384
read t=10157357722 offset=111349760 len=32768
read t=10207313722 offset=111382528 len=65536
read t=10256830722 offset=111775744 len=4096
read t=10307396722 offset=111779840 len=16384
read t=10357212722 offset=111796224 len=32768
read t=10406670722 offset=111828992 len=65536
read t=10456726722 offset=113430528 len=4096
read t=10507288722 offset=113434624 len=16384
read t=10557410722 offset=113451008 len=32768
read t=10607019722 offset=113483776 len=65536
read t=10657266722 offset=113549312 len=131072
read t=10707163722 offset=108064768 len=131072
read t=10756852722 offset=109711360 len=4096
read t=10806910722 offset=109715456 len=16384
read t=10857447722 offset=109731840 len=32768
read t=10906961722 offset=108195840 len=131072
read t=10957056722 offset=118267904 len=4096
read t=11007312722 offset=118272000 len=16384
read t=11057310722 offset=118288384 len=32768
read t=11106923722 offset=118321152 len=65536
read t=11157166722 offset=118386688 len=131072
read t=11207010722 offset=118530048 len=4096
read t=11257300722 offset=118534144 len=16384
read t=11307716722 offset=118550528 len=32768
read t=11356861722 offset=118583296 len=65536
read t=11407023722 offset=113680384 len=131072
read t=11457134722 offset=114020352 len=4096
read t=11507130722 offset=114024448 len=16384
read t=11557131722 offset=114040832 len=24576
read t=11613718722 offset=115204096 len=4096
read t=11657068722 offset=115208192 len=16384
read t=11707273722 offset=115224576 len=32768
read t=11756950722 offset=115257344 len=65536
read t=11806961722 offset=115322880 len=110592
read t=11867496722 offset=113037312 len=4096
read t=11907394722 offset=113041408 len=16384
read t=11957326722 offset=113057792 len=32768
read t=12007046722 offset=113090560 len=65536
read t=12057567722 offset=113156096 len=131072
read t=12107581722 offset=119713792 len=131072
read t=12157436722 offset=107347968 len=4096
read t=12207357722 offset=107352064 len=16384
read t=12257486722 offset=107368448 len=32768
read t=12306961722 offset=107401216 len=65536
read t=12357039722 offset=107466752 len=131072
read t=12407149722 offset=107298816 len=16384
read t=12457161722 offset=107315200 len=32768
read t=12516256722 offset=107597824 len=16384
read t=12557455722 offset=107614208 len=32768
read t=12606800722 offset=107646976 len=65536
read t=12656703722 offset=107712512 len=118784
read t=12716880722 offset=113811456 len=131072
read t=12757042722 offset=113942528 len=77824
read t=12806995722 offset=118517760 len=12288
read t=12856926722 offset=109649920 len=4096
read t=12907232722 offset=109654016 len=16384
read t=12957156722 offset=109670400 len=32768
read t=13006975722 offset=109703168 len=8192
read t=13057040722 offset=109764608 len=4096
read t=13106737722 offset=109768704 len=131072
read t=13157140722 offset=108326912 len=131072
read t=13206889722 offset=111448064 len=131072
read t=13257665722 offset=111579136 len=131072
read t=13307060722 offset=114315264 len=131072
read t=13358578722 offset=121495552 len=4096
read t=13407334722 offset=121499648 len=16384
read t=13457053722 offset=121516032 len=12288
read t=13506881722 offset=121581568 len=32768
read t=13556831722 offset=120459264 len=131072
read t=13607047722 offset=120168448 len=4096
read t=13657291722 offset=120172544 len=16384
read t=13707288722 offset=120188928 len=20480
read t=13794612722 offset=108855296 len=4096
read t=13807012722 offset=108859392 len=16384
read t=13857200722 offset=108875776 len=32768
read t=13907023722 offset=108908544 len=65536
read t=13957125722 offset=108974080 len=131072
read t=14006997722 offset=109105152 len=131072
read t=14057064722 offset=109416448 len=4096
read t=14107105722 offset=109420544 len=16384
read t=14157168722 offset=109436928 len=32768
read t=14207008722 offset=109469696 len=65536
read t=14256970722 offset=109535232 len=114688
read t=14306986722 offset=120877056 len=4096
read t=14357257722 offset=120881152 len=16384
read t=14407527722 offset=120897536 len=32768
read t=14456951722 offset=120930304 len=65536
read t=14506979722 offset=120995840 len=131072
read t=14557019722 offset=121126912 len=131072
read t=14607787722 offset=121257984 len=131072
read t=14659680722 offset=121389056 len=106496
read t=14706652722 offset=121614336 len=36864
read t=14756730722 offset=120811520 len=4096
read t=14807415722 offset=120815616 len=16384
read t=14857448722 offset=120832000 len=32768
read t=14906989722 offset=120864768 len=12288
read t=14961153722 offset=120750080 len=4096
read t=15007150722 offset=120754176 len=16384
read t=15057099722 offset=120770560 len=32768
read t=15106997722 offset=120803328 len=8192
read t=15178652722 offset=120619008 len=4096
read t=15207277722 offset=120623104 len=16384
read t=15257355722 offset=120639488 len=32768
read t=15307092722 offset=120672256 len=65536
read t=15357093722 offset=120737792 len=12288
read t=15422760722 offset=119873536 len=4096
read t=15457386722 offset=119877632 len=16384
read t=15507205722 offset=119894016 len=32768
read t=15557076722 offset=119926784 len=65536
read t=15606680722 offset=119992320 len=131072
read t=15656570722 offset=120123392 len=45056
read t=15752669722 offset=119844864 len=16384
read t=15756856722 offset=119861248 len=12288
read t=15812758722 offset=120590336 len=28672
read t=15857006722 offset=145387520 len=16384
read t=15908537722 offset=145518592 len=32768
read t=15956637722 offset=9777152 len=4096
read t=16007381722 offset=9781248 len=16384
read t=16057361722 offset=9797632 len=32768
read t=16106847722 offset=9830400 len=65536
read t=16156830722 offset=145432576 len=4096
read t=16208657722 offset=145551360 len=4096
read t=16259970722 offset=98385920 len=4096
read t=16307301722 offset=98390016 len=16384
read t=16357296722 offset=98406400 len=32768
read t=16407003722 offset=98439168 len=65536
read t=16456828722 offset=97931264 len=4096
read t=16507087722 offset=97935360 len=16384
read t=16557106722 offset=97951744 len=32768
read t=16606962722 offset=97984512 len=65536
read t=16656763722 offset=97656832 len=4096
read t=16707043722 offset=97660928 len=16384
read t=16757436722 offset=97677312 len=32768
read t=16806679722 offset=97710080 len=65536
read t=16856712722 offset=97775616 len=131072
read t=16906884722 offset=98205696 len=4096
read t=16956980722 offset=98209792 len=16384
read t=17007240722 offset=98226176 len=32768
read t=17056904722 offset=98258944 len=65536
read t=17106590722 offset=98324480 len=61440
read t=17156736722 offset=145428480 len=4096
read t=17207788722 offset=145424384 len=4096
read t=17258014722 offset=145420288 len=4096
read t=17308369722 offset=75104256 len=4096
read t=17357445722 offset=75108352 len=16384
read t=17410580722 offset=75124736 len=32768
read t=17457251722 offset=75157504 len=65536
read t=17506962722 offset=98050048 len=131072
read t=17557005722 offset=87793664 len=4096
read t=17607579722 offset=87797760 len=16384
read t=17657648722 offset=87814144 len=32768
read t=17706829722 offset=87846912 len=65536
read t=17757953722 offset=85491712 len=4096
read t=17807193722 offset=85495808 len=16384
read t=17857565722 offset=85512192 len=32768
read t=17907003722 offset=85544960 len=65536
read t=17956928722 offset=145403904 len=16384
read t=18006974722 offset=15257600 len=4096
read t=18057048722 offset=15261696 len=16384
read t=18107188722 offset=15278080 len=32768
read t=18156991722 offset=15310848 len=65536
read t=18207688722 offset=3379200 len=4096
read t=18257507722 offset=3383296 len=16384
read t=18308006722 offset=3399680 len=32768
read t=18357085722 offset=3432448 len=65536
read t=18407400722 offset=3497984 len=131072
read t=18456627722 offset=109289472 len=4096
read t=18506978722 offset=109293568 len=16384
read t=18557153722 offset=109309952 len=32768
read t=18606661722 offset=109342720 len=65536
read t=18656764722 offset=109408256 len=8192
read t=18721402722 offset=145629184 len=16384
read t=18991001722 offset=98504704 len=16384
read t=18995744722 offset=98521088 len=20480
read t=19502321722 offset=111710208 len=16384
read t=19503397722 offset=111726592 len=32768
read t=19505116722 offset=111759360 len=16384
read t=19505793722 offset=111894528 len=61440
read t=20103131722 offset=145481728 len=4096
read t=20103782722 offset=145485824 len=8192
read t=20105508722 offset=144211968 len=4096
read t=20106147722 offset=144216064 len=16384
read t=20155402722 offset=144232448 len=32768
read t=20204881722 offset=144265216 len=65536
read t=20772642722 offset=4390912 len=4096
read t=20773642722 offset=4395008 len=16384
read t=20774568722 offset=4411392 len=32768
read t=20775530722 offset=4444160 len=65536
read t=20872423722 offset=145465344 len=4096
read t=20875185722 offset=145469440 len=12288
read t=20959245722 offset=9699328 len=4096
read t=20974692722 offset=9703424 len=16384
read t=21061500722 offset=9719808 len=32768
read t=21082324722 offset=9752576 len=24576
read t=21127298722 offset=105168896 len=4096
read t=21174625722 offset=105172992 len=16384
read t=21225381722 offset=105189376 len=32768
read t=21278201722 offset=105222144 len=65536
read t=21357610722 offset=15233024 len=4096
read t=21375601722 offset=15237120 len=16384
read t=21424832722 offset=15253504 len=4096
read t=21478895722 offset=9641984 len=4096
read t=21524009722 offset=9646080 len=16384
read t=21575251722 offset=9662464 len=32768
read t=21624716722 offset=9695232 len=4096
read t=21673667722 offset=31940608 len=4096
read t=21723946722 offset=31944704 len=16384
read t=21774084722 offset=31961088 len=32768
read t=21823676722 offset=31993856 len=65536
read t=21874014722 offset=77639680 len=4096
read t=21923971722 offset=77643776 len=16384
read t=21974368722 offset=77660160 len=32768
read t=22024408722 offset=77692928 len=65536
read t=22074457722 offset=32059392 len=131072
read t=22123881722 offset=98660352 len=16384
read t=22174235722 offset=98676736 len=32768
read t=22223897722 offset=98709504 len=65536
read t=22274127722 offset=76570624 len=4096
read t=22324655722 offset=76574720 len=16384
read t=22375672722 offset=76591104 len=32768
read t=22424055722 offset=76623872 len=65536
read t=22474895722 offset=9895936 len=61440
read t=22524579722 offset=77758464 len=131072
read t=22573655722 offset=98824192 len=4096
read t=22624692722 offset=98828288 len=16384
read t=22675117722 offset=98844672 len=32768
read t=22730015722 offset=98877440 len=65536
read t=22774619722 offset=99348480 len=4096
read t=22823971722 offset=99352576 len=16384
read t=22874295722 offset=99368960 len=32768
read t=22924785722 offset=99401728 len=65536
read t=22974783722 offset=8458240 len=4096
read t=23023647722 offset=8462336 len=16384
read t=23074127722 offset=8478720 len=32768
read t=23123672722 offset=8511488 len=65536
read t=23174599722 offset=8949760 len=4096
read t=23224791722 offset=8953856 len=16384
read t=23274895722 offset=8970240 len=32768
read t=23324537722 offset=7770112 len=4096
read t=23374901722 offset=7774208 len=16384
read t=23425458722 offset=7790592 len=32768
read t=23478200722 offset=7823360 len=65536
read t=23524567722 offset=8908800 len=4096
read t=23573762722 offset=8912896 len=16384
read t=23624978722 offset=8929280 len=20480
read t=23674535722 offset=9003008 len=24576
read t=23724690722 offset=99467264 len=131072
read t=23774487722 offset=8577024 len=131072
read t=23830030722 offset=8708096 len=131072
read t=23876856722 offset=8839168 len=69632
read t=23927175722 offset=9027584 len=73728
read t=24164313722 offset=7888896 len=131072
read t=24404424722 offset=99598336 len=131072
read t=24898576722 offset=145461248 len=4096
read t=25451322722 offset=103038976 len=4096
read t=25452176722 offset=103043072 len=16384
read t=25452816722 offset=103059456 len=32768
read t=25453206722 offset=103092224 len=65536
read t=25502697722 offset=103157760 len=131072
read t=25736203722 offset=6844416 len=4096
read t=25736931722 offset=6848512 len=16384
read t=25737429722 offset=6864896 len=32768
read t=25738242722 offset=6897664 len=65536
read t=25787459722 offset=7380992 len=4096
read t=25837634722 offset=7385088 len=16384
read t=25887867722 offset=7401472 len=32768
read t=25940194722 offset=7434240 len=65536
read t=25987408722 offset=100929536 len=4096
read t=26037914722 offset=100933632 len=16384
read t=26087729722 offset=100950016 len=32768
read t=26138257722 offset=100982784 len=65536
read t=26193055722 offset=101048320 len=131072
read t=26237514722 offset=145346560 len=4096
read t=26288734722 offset=100638720 len=4096
read t=26337726722 offset=100642816 len=16384
read t=26387822722 offset=100659200 len=32768
read t=26445908722 offset=100691968 len=65536
read t=26487421722 offset=145301504 len=4096
read t=26538504722 offset=100114432 len=4096
read t=26587973722 offset=100118528 len=16384
read t=26637964722 offset=100134912 len=32768
read t=26687814722 offset=101183488 len=4096
read t=26738061722 offset=101187584 len=16384
read t=26787725722 offset=101203968 len=32768
read t=26837526722 offset=101236736 len=65536
read t=26887677722 offset=6963200 len=131072
read t=26937509722 offset=145272832 len=4096
read t=26994876722 offset=100167680 len=73728
read t=27037583722 offset=101302272 len=131072
read t=27087352722 offset=145182720 len=4096
read t=27139852722 offset=100241408 len=131072
read t=27187647722 offset=100093952 len=4096
read t=27238153722 offset=100098048 len=16384
read t=27297897722 offset=145149952 len=4096
read t=27340817722 offset=7094272 len=131072
read t=27387682722 offset=145141760 len=4096
read t=27446722722 offset=97906688 len=24576
read t=27487773722 offset=101179392 len=4096
read t=27537415722 offset=7344128 len=4096
read t=27588063722 offset=7348224 len=16384
read t=27637960722 offset=7364608 len=16384
read t=27690606722 offset=145162240 len=4096
read t=27744435722 offset=144068608 len=4096
read t=27789001722 offset=100626432 len=4096
read t=27837927722 offset=100630528 len=8192
read t=27890255722 offset=7225344 len=118784
read t=27937886722 offset=101629952 len=4096
read t=27987911722 offset=101634048 len=16384
read t=28037864722 offset=101650432 len=32768
read t=28087826722 offset=101683200 len=65536
read t=28137900722 offset=100524032 len=4096
read t=28187993722 offset=100528128 len=16384
read t=28238485722 offset=100544512 len=32768
read t=28287655722 offset=101748736 len=131072
read t=28337859722 offset=100577280 len=49152
read t=28398037722 offset=12734464 len=4096
read t=28438371722 offset=12738560 len=16384
read t=28488371722 offset=12754944 len=32768
read t=28538076722 offset=12787712 len=65536
read t=28587918722 offset=100757504 len=81920
read t=28637662722 offset=11415552 len=4096
read t=28687985722 offset=11419648 len=16384
read t=28738189722 offset=11436032 len=32768
read t=28787754722 offset=11468800 len=65536
read t=28838199722 offset=14393344 len=4096
read t=28888013722 offset=14397440 len=16384
read t=28938480722 offset=14413824 len=32768
read t=28987964722 offset=14446592 len=65536
read t=29037572722 offset=262144 len=4096
read t=29096327722 offset=524288 len=4096
read t=29143100722 offset=101433344 len=131072
read t=29192348722 offset=1048576 len=4096
read t=29246803722 offset=2097152 len=4096
read t=29294447722 offset=4194304 len=4096
read t=29350457722 offset=30924800 len=4096
read t=29388077722 offset=30928896 len=16384
read t=29438466722 offset=30945280 len=32768
read t=29493959722 offset=30978048 len=65536
read t=29537613722 offset=30642176 len=4096
read t=29587907722 offset=30646272 len=16384
read t=29638835722 offset=30662656 len=32768
read t=29687916722 offset=30695424 len=65536
read t=29739060722 offset=245760 len=16384
read t=29787900722 offset=266240 len=110592
read t=29837798722 offset=376832 len=131072
read t=29887646722 offset=30330880 len=4096
read t=29938295722 offset=30334976 len=16384
read t=29988349722 offset=30351360 len=32768
read t=30038113722 offset=30384128 len=65536
read t=30088077722 offset=507904 len=16384
read t=30139915722 offset=528384 len=110592
read t=30188234722 offset=638976 len=131072
read t=30238134722 offset=30760960 len=16384
read t=30288515722 offset=30777344 len=32768
read t=30338150722 offset=30810112 len=65536
read t=30387751722 offset=101564416 len=16384
read t=30438275722 offset=101580800 len=32768
read t=30487536722 offset=101613568 len=16384
read t=30537644722 offset=144965632 len=4096
read t=30588045722 offset=144969728 len=16384
read t=30637968722 offset=144986112 len=32768
read t=30687783722 offset=145018880 len=65536
read t=30737592722 offset=145084416 len=57344
read t=30787478722 offset=145145856 len=4096
read t=30837766722 offset=145154048 len=8192
read t=30887702722 offset=145166336 len=16384
read t=30937874722 offset=145186816 len=86016
read t=30987658722 offset=145276928 len=24576
read t=31037853722 offset=145305600 len=40960
read t=31087818722 offset=145350656 len=28672
read t=31137634722 offset=102682624 len=4096
read t=31188034722 offset=102686720 len=16384
read t=31238896722 offset=102703104 len=32768
read t=31288419722 offset=102735872 len=65536
read t=31338037722 offset=102801408 len=131072
read t=31388156722 offset=122179584 len=4096
read t=31438558722 offset=122183680 len=16384
read t=31488420722 offset=122200064 len=32768
read t=31537717722 offset=122232832 len=65536
read t=31587708722 offset=30875648 len=49152
read t=31638008722 offset=26001408 len=4096
read t=31688652722 offset=26005504 len=16384
read t=31738853722 offset=26021888 len=32768
read t=31790838722 offset=26054656 len=65536
read t=31844991722 offset=1400832 len=4096
read t=31887691722 offset=1404928 len=16384
read t=31938084722 offset=1421312 len=32768
read t=31987677722 offset=1454080 len=65536
read t=32038081722 offset=1519616 len=131072
read t=32088348722 offset=11636736 len=4096
read t=32138210722 offset=11640832 len=16384
read t=32188226722 offset=11657216 len=32768
read t=32239920722 offset=11689984 len=65536
read t=32287639722 offset=10358784 len=4096
read t=32338361722 offset=10362880 len=16384
read t=32388184722 offset=10379264 len=32768
read t=32437693722 offset=10412032 len=65536
read t=32491099722 offset=10477568 len=131072
read t=32539966722 offset=10608640 len=131072
read t=32587634722 offset=68317184 len=4096
read t=32638385722 offset=68321280 len=16384
read t=32688045722 offset=68337664 len=32768
read t=32737634722 offset=68370432 len=65536
read t=32787944722 offset=10739712 len=131072
read t=32839938722 offset=10870784 len=131072
read t=32888419722 offset=839680 len=4096
read t=32938557722 offset=843776 len=16384
read t=32990125722 offset=860160 len=32768
read t=33238829722 offset=0 len=2048
read t=33289559722 offset=63488 len=4096
read t=33338376722 offset=194560 len=4096
read t=33387786722 offset=14512128 len=131072
read t=33438413722 offset=456704 len=4096
read t=33488563722 offset=10072064 len=4096
read t=33537963722 offset=980992 len=4096
read t=33587685722 offset=10076160 len=16384
read t=33638426722 offset=2029568 len=4096
read t=33687759722 offset=10092544 len=98304
read t=33741073722 offset=4126720 len=4096
read t=33788199722 offset=10190848 len=131072
read t=33889185722 offset=14938112 len=4096
read t=33988277722 offset=14942208 len=16384
read t=34087948722 offset=14958592 len=98304
read t=34188899722 offset=117415936 len=4096
read t=34287948722 offset=117420032 len=16384
read t=34388347722 offset=117436416 len=98304
read t=34488153722 offset=2048 len=61440
read t=34539983722 offset=117534720 len=131072
read t=34588657722 offset=67584 len=126976
read t=34639509722 offset=770048 len=69632
read t=34688042722 offset=892928 len=8192
read t=34738180722 offset=198656 len=131072
read t=34788559722 offset=901120 len=131072
read t=34838227722 offset=329728 len=126976
read t=34890035722 offset=6135808 len=4096
read t=34938547722 offset=145422336 len=131072
read t=34987977722 offset=6139904 len=16384
read t=35037931722 offset=145553408 len=96256
read t=35087670722 offset=6156288 len=98304
end files=1798 reads=527
