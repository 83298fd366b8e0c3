liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145647172 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0409e77563576e774d6dcc13be3b6c7b696370f4d6896413714eb2d56a3733c
events 1178
dropped 0
boots 1
duration_ns 66894419148
file /etc/adduser.conf inode=20 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/alternatives/README inode=22 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/apt.conf.d/01autoremove inode=43 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/apt.conf.d/70debconf inode=44 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/sources.list inode=48 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=18052619373 kinds=fragment-inferred,block pages=0-2 count=26
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/bash.bashrc inode=60 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/bindresvport.blacklist inode=61 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/cron.d/e2scrub_all inode=64 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/cron.daily/apt-compat inode=66 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/cron.daily/dpkg inode=67 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/debconf.conf inode=68 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/debian_version inode=69 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/default/hwclock inode=71 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/default/nss inode=72 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/default/useradd inode=73 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/deluser.conf inode=74 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/dpkg/dpkg.cfg inode=76 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/dpkg/origins/debian inode=79 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/e2scrub.conf inode=81 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/fstab inode=83 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/gai.conf inode=84 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/group inode=85 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/group- inode=86 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/gshadow inode=87 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/gshadow- inode=88 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/host.conf inode=89 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/hostname inode=90 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/init.d/hwclock.sh inode=92 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/init.d/kmod inode=93 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/init.d/udev inode=94 t=18052619373 kinds=fragment-inferred,block pages=0-1 count=26
file /etc/issue inode=95 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/issue.net inode=96 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/ld.so.cache inode=100 t=18052619373 kinds=fragment-inferred,block pages=0-1 count=26
file /etc/ld.so.conf inode=101 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/ld.so.conf.d/libc.conf inode=103 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/libaudit.conf inode=105 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/login.defs inode=107 t=18052619373 kinds=fragment-inferred,block pages=0-3 count=26
file /etc/logrotate.d/alternatives inode=109 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/logrotate.d/apt inode=110 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/logrotate.d/dpkg inode=111 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/machine-id inode=112 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/mke2fs.conf inode=113 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/modules inode=115 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/motd inode=118 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/nsswitch.conf inode=120 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/pam.conf inode=123 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/pam.d/chfn inode=125 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/pam.d/chpasswd inode=126 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /etc/pam.d/chsh inode=127 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /usr/share/base-files/motd inode=7478 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=18052619373 kinds=fragment-inferred,block pages=0 count=26
file /var/log/bootstrap.log inode=12807 t=19829400373 kinds=fragment-inferred,block pages=0-16 count=35
file /var/log/dpkg.log inode=12809 t=19829400373 kinds=fragment-inferred,block pages=0-12 count=35
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=20190336373 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=20190336373 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=20190336373 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/systemd inode=5910 t=20190336373 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/systemd/systemd-ac-power inode=5911 t=20190336373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-backlight inode=5912 t=20190336373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=5913 t=20190336373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=5914 t=20190336373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=5915 t=20190336373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libJISX0213.so inode=6417 t=20231978373 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=20231978373 kinds=block pages=0-52 count=3
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=20275929373 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=20275929373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=20275929373 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=20275929373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/security/pam_unix.so inode=7312 t=20373524373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_userdb.so inode=7313 t=20373524373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_usertype.so inode=7314 t=20373524373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_warn.so inode=7315 t=20373524373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_wheel.so inode=7316 t=20373524373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=20373524373 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=20423131373 kinds=block pages=0-817 count=27
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7317 t=20466837373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/libexec/coreutils/libstdbuf.so inode=7325 t=20466837373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=20466837373 kinds=fragment-inferred,block pages=0 count=2
file /usr/sbin/add-shell inode=7340 t=20466837373 kinds=fragment-inferred,block pages=0 count=2
file /usr/sbin/adduser inode=7342 t=20466837373 kinds=fragment-inferred,block pages=0-11 count=2
file /etc/pam.d/common-account inode=128 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/common-auth inode=129 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/common-password inode=130 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/common-session inode=131 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/common-session-noninteractive inode=132 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/login inode=133 t=20509635373 kinds=fragment-inferred,block pages=0-1 count=11
file /etc/pam.d/newusers inode=134 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/other inode=135 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/passwd inode=136 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/runuser inode=137 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/runuser-l inode=138 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/su inode=139 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/pam.d/su-l inode=140 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/passwd inode=141 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/passwd- inode=142 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/profile inode=143 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/resolv.conf inode=160 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/access.conf inode=163 t=20509635373 kinds=fragment-inferred,block pages=0-1 count=11
file /etc/security/faillock.conf inode=164 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/group.conf inode=165 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/limits.conf inode=166 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/namespace.conf inode=168 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/namespace.init inode=170 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/pam_env.conf inode=172 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/sepermit.conf inode=173 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/security/time.conf inode=174 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/selinux/semanage.conf inode=176 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/shadow inode=177 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/shadow- inode=178 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/shells inode=179 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/skel/.bash_logout inode=181 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/skel/.bashrc inode=182 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/skel/.profile inode=183 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/journald.conf inode=189 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/logind.conf inode=190 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/networkd.conf inode=192 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/pstore.conf inode=193 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/sleep.conf inode=194 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/system/liveopt-marker.service inode=199 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/system.conf inode=213 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/systemd/user.conf inode=215 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/terminfo/README inode=217 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/timezone inode=218 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/udev/udev.conf inode=223 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/update-motd.d/10-uname inode=225 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /etc/xattr.conf inode=226 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /root/.bashrc inode=238 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /root/.profile inode=239 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /usr/bin/[ inode=267 t=20509635373 kinds=fragment-inferred,block pages=0-16 count=11
file /usr/share/base-files/dot.bashrc inode=7474 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /usr/share/base-files/dot.profile inode=7475 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /usr/share/base-files/profile inode=7479 t=20509635373 kinds=fragment-inferred,block pages=0 count=11
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=20516430373 kinds=fragment-inferred,block pages=0-31 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=20516430373 kinds=block pages=0-470 count=16
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6439 t=20534401373 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6441 t=20534401373 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/x86_64-linux-gnu/libsmartcols.so.1.1.0 inode=6527 t=20582093373 kinds=block pages=32-58 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=20582093373 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6530 t=20582093373 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=20608373373 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=20608373373 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=20608373373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=20608373373 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=20608373373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6517 t=20608373373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6518 t=20608373373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6519 t=20608373373 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6520 t=20608373373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=20633104373 kinds=block pages=0-86 count=4
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=20671293373 kinds=block pages=0-222 count=9
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=20671293373 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=20671293373 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libapt-private.so.0.0.0 inode=6429 t=20710405373 kinds=block pages=96-121 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=20710405373 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=20710405373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6432 t=20710405373 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=20723703373 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6524 t=20733721373 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6497 t=20760392373 kinds=block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=20770832373 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libdevmapper.so.1.02.1 inode=6456 t=20800320373 kinds=block pages=96-108 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=20800320373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=20800320373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=20800320373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=20800320373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=20800320373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6463 t=20800320373 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=20804992373 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=20808920373 kinds=block pages=0-1155 count=39
file /usr/lib/x86_64-linux-gnu/libdrop_ambient.so.0.0.0 inode=6459 t=20811345373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libe2p.so.2.3 inode=6461 t=20811345373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 inode=6467 t=20811345373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=20811345373 kinds=block pages=0-325 count=12
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6472 t=20830427373 kinds=block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 inode=6468 t=20846621373 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=20846621373 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=20846621373 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=20846621373 kinds=block pages=0-36 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=20886365373 kinds=block pages=0-46 count=4
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6452 t=20918397373 kinds=block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 inode=6548 t=20941963373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 inode=6550 t=20941963373 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=20941963373 kinds=block pages=0-186 count=6
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=6552 t=20970976373 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libnss_compat.so.2 inode=6501 t=21042157373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libnss_dns.so.2 inode=6502 t=21042157373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libnss_files.so.2 inode=6503 t=21042157373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libnss_hesiod.so.2 inode=6504 t=21042157373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libgnutls.so.30.34.3 inode=6474 t=21092837373 kinds=block pages=512-539 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=21092837373 kinds=block pages=0-38 count=2
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6478 t=21105947373 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=663 t=21846106373 kinds=block pages=0-31,128-130 count=2
file /usr/lib/lsb/init-functions inode=644 t=21846106373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=650 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=21846106373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=21846106373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=21846106373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=21846106373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=21846106373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=667 t=21846106373 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=21858808373 kinds=block pages=0-95,160-186 count=6
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=21858808373 kinds=fragment-inferred,block pages=0-11 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/os-release inode=5577 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/pam.d/systemd-user inode=5579 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=21858808373 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=21858808373 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=21858808373 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=21858808373 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=21858808373 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=21858808373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5590 t=21858808373 kinds=fragment-inferred,block pages=0-3 count=9
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5591 t=21858808373 kinds=fragment-inferred,block pages=0-2 count=9
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5592 t=21858808373 kinds=fragment-inferred,block pages=0-1 count=9
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5593 t=21858808373 kinds=fragment-inferred,block pages=0-3 count=9
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5594 t=21858808373 kinds=fragment-inferred,block pages=0-2 count=9
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5595 t=21858808373 kinds=fragment-inferred,block pages=0-5 count=9
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5596 t=21858808373 kinds=fragment-inferred,block pages=0-1 count=9
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5597 t=21858808373 kinds=fragment-inferred,block pages=0-4 count=9
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5598 t=21858808373 kinds=fragment-inferred,block pages=0-2 count=9
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5599 t=21858808373 kinds=fragment-inferred,block pages=0-1 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.dep inode=5569 t=21866374373 kinds=block pages=0-31,96-128 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=21866374373 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias inode=5563 t=21873150373 kinds=block pages=320-321 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=21873150373 kinds=block pages=0-223,256-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols inode=5574 t=21882751373 kinds=block pages=128-153 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=21888923373 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=21888923373 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=21888923373 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=21888923373 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=21888923373 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.order inode=5572 t=21905185373 kinds=block pages=0-31 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/adfs/adfs.ko inode=4397 t=21924410373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=21924410373 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/befs/befs.ko inode=4405 t=21924410373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/bfs/bfs.ko inode=4407 t=21924410373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/nft_synproxy.ko inode=4974 t=21977784373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/nft_tproxy.ko inode=4975 t=21977784373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/nft_tunnel.ko inode=4976 t=21977784373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/nft_xfrm.ko inode=4977 t=21977784373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=21977784373 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=21977784373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=4980 t=21977784373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=4981 t=21977784373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=4982 t=21977784373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_CT.ko inode=4983 t=21977784373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_DSCP.ko inode=4984 t=21977784373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_HL.ko inode=4985 t=21977784373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_HMARK.ko inode=4986 t=21977784373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/ip_vti.ko inode=4762 t=22018413373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/ipcomp.ko inode=4763 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/ipip.ko inode=4764 t=22018413373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arp_tables.ko inode=4766 t=22018413373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=22018413373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=22018413373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=22018413373 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=22018413373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=4771 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=4772 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=4773 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=4774 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=4775 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=4776 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=4777 t=22018413373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=4778 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=4779 t=22018413373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=4780 t=22018413373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=22083760373 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=22083760373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=22083760373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=22083760373 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=22083760373 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=22083760373 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=22083760373 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=22083760373 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=22083760373 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=22083760373 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=22083760373 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=22083760373 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1190 t=22083760373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss.ko inode=1191 t=22083760373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1193 t=22083760373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1194 t=22083760373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1195 t=22083760373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/join inode=381 t=22151897373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/kmod inode=384 t=22151897373 kinds=block pages=0-43 count=3
file /usr/bin/journalctl inode=382 t=22162746373 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/bin/kernel-install inode=383 t=22162746373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/bin/addpart inode=268 t=22327191373 kinds=fragment-inferred,block pages=0-7 count=5
file /usr/bin/apt inode=269 t=22327191373 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=22918414373 kinds=fragment-inferred,block pages=0-1 count=8
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/network/99-default.link inode=5613 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/resolv.conf inode=5614 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/basic.target inode=5621 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/console-getty.service inode=5625 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/emergency.service inode=5647 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/emergency.target inode=5648 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/exit.target inode=5649 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/final.target inode=5651 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/fstrim.service inode=5653 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/getty-static.service inode=5656 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/getty.target inode=5657 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/getty@.service inode=5660 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/graphical.target inode=5661 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/halt.target inode=5664 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/hibernate.target inode=5665 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/initrd.target inode=5682 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/kexec.target inode=5687 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/local-fs.target inode=5691 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/machine.slice inode=5693 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/multi-user.target inode=5695 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/network-online.target inode=5702 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/network-pre.target inode=5703 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/network.target inode=5704 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/paths.target inode=5708 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/poweroff.target inode=5709 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/printer.target inode=5710 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/quotaon.service inode=5714 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/rc-local.service inode=5715 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/reboot.target inode=5720 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/rescue.service inode=5725 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/rescue.target inode=5726 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/shutdown.target inode=5743 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sleep.target inode=5745 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/slices.target inode=5746 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/smartcard.target inode=5747 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sockets.target inode=5748 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sound.target inode=5756 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/suspend.target inode=5758 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/swap.target inode=5759 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/sysinit.target inode=5764 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/syslog.socket inode=5795 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/system-update.target inode=5799 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/user/smartcard.target inode=5969 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/user/sound.target inode=5971 t=22918414373 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/time-set.target inode=5872 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/time-sync.target inode=5873 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/timers.target inode=5874 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/umount.target inode=5878 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user.slice inode=5883 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user@.service inode=5884 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=22918414373 kinds=fragment-inferred,block pages=0 count=9
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=22918414373 kinds=fragment-inferred,block pages=0-8 count=9
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=22918414373 kinds=fragment-inferred,block pages=0-3 count=9
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=22918414373 kinds=fragment-inferred,block pages=0-10 count=9
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=22918414373 kinds=fragment-inferred,block pages=0-5 count=9
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=22918414373 kinds=fragment-inferred,block pages=0-7 count=5
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=22918414373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=22918414373 kinds=fragment-inferred,block pages=0-5 count=5
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=22918414373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=22918414373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=22918414373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/share/zoneinfo/America/Indiana/Tell_City inode=11033 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vevay inode=11034 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vincennes inode=11035 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Winamac inode=11036 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Inuvik inode=11038 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Iqaluit inode=11039 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Jamaica inode=11040 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Juneau inode=11042 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Louisville inode=11044 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Monticello inode=11045 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/La_Paz inode=11048 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Lima inode=11049 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Los_Angeles inode=11050 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Maceio inode=11053 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Managua inode=11054 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Manaus inode=11055 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Martinique inode=11057 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Matamoros inode=11058 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mazatlan inode=11059 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Menominee inode=11061 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Merida inode=11062 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Metlakatla inode=11063 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mexico_City inode=11064 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Miquelon inode=11065 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Moncton inode=11066 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Monterrey inode=11067 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montevideo inode=11068 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montserrat inode=11070 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nassau inode=11071 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/New_York inode=11072 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nome inode=11074 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Noronha inode=11075 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Beulah inode=11077 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Center inode=11078 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/New_Salem inode=11079 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nuuk inode=11080 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Ojinaga inode=11081 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Panama inode=11082 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Paramaribo inode=11084 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Phoenix inode=11085 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port-au-Prince inode=11086 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port_of_Spain inode=11087 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Porto_Velho inode=11089 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Puerto_Rico inode=11090 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Punta_Arenas inode=11091 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rankin_Inlet inode=11093 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Recife inode=11094 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Regina inode=11095 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Resolute inode=11096 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rio_Branco inode=11097 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santarem inode=11100 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santiago inode=11101 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santo_Domingo inode=11102 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sao_Paulo inode=11103 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Scoresbysund inode=11104 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sitka inode=11106 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Johns inode=11108 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Kitts inode=11109 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Lucia inode=11110 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Thomas inode=11111 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Vincent inode=11112 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Swift_Current inode=11113 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tegucigalpa inode=11114 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Thule inode=11115 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tijuana inode=11117 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Toronto inode=11118 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tortola inode=11119 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Vancouver inode=11120 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Whitehorse inode=11122 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Winnipeg inode=11123 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Yakutat inode=11124 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Casey inode=11127 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Davis inode=11128 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/DumontDUrville inode=11129 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Macquarie inode=11130 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Mawson inode=11131 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/McMurdo inode=11132 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Palmer inode=11133 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Rothera inode=11134 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Syowa inode=11136 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Troll inode=11137 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Vostok inode=11138 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aden inode=11142 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Almaty inode=11143 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Amman inode=11144 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Anadyr inode=11145 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtau inode=11146 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtobe inode=11147 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ashgabat inode=11148 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Atyrau inode=11150 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baghdad inode=11151 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bahrain inode=11152 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baku inode=11153 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bangkok inode=11154 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Barnaul inode=11155 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Beirut inode=11156 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bishkek inode=11157 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Brunei inode=11158 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Chita inode=11160 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Colombo inode=11164 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Damascus inode=11166 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dhaka inode=11167 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dili inode=11168 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dubai inode=11169 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11356 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11357 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11358 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11359 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11360 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11361 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11363 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11364 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11365 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11366 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11367 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11368 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11369 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11370 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11372 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11373 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11374 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11376 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11377 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11379 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11380 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11381 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11382 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11384 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11385 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11386 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11387 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11388 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11389 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11390 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11391 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11393 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11395 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11397 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11398 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11399 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11400 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11401 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11403 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11404 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11412 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11416 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11417 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11418 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11419 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11420 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11421 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11422 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11423 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11424 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11425 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11426 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=11433 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=11434 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=11435 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=11444 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=11446 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=11447 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=11448 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=11449 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=11450 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=11451 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=11452 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=11454 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=11455 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=11456 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=11457 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=11458 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=11459 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=11460 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=11461 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=11463 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=11464 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=11465 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=11466 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=11467 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=11468 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=11469 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=11470 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=11471 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=11472 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=11473 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=11474 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=11475 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=11476 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=11477 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=11479 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=11480 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=11481 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=11483 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=11484 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=11485 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=11487 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=11488 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=11513 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=11515 t=25465219373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=11516 t=25465219373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=11517 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=11584 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=11585 t=25465219373 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/mknod inode=420 t=26030068373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/mktemp inode=421 t=26030068373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/more inode=422 t=26030068373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=423 t=26030068373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=425 t=26030068373 kinds=block pages=0-31 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=26118718373 kinds=block pages=0-86 count=3
file /usr/lib/apt/methods/store inode=603 t=26118718373 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/apt/solvers/dump inode=607 t=26118718373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/install inode=613 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/names inode=614 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dpkg/methods/apt/setup inode=615 t=26118718373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dpkg/methods/apt/update inode=616 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/init/init-d-script inode=620 t=26118718373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=621 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=623 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=26118718373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=26118718373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UHC.so inode=6403 t=26134984373 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UNICODE.so inode=6404 t=26134984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-16.so inode=6405 t=26134984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=26134984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=26134984373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=26134984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=26134984373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=26134984373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6413 t=26134984373 kinds=block pages=0-31 count=1
file /usr/lib/apt/methods/rsh inode=601 t=26174888373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/ecryptfs/ecryptfs.ko inode=4422 t=26435031373 kinds=block pages=64-67 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=26435031373 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/erofs/erofs.ko inode=4428 t=26435031373 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-log-userspace.ko inode=2104 t=26501802373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-log-writes.ko inode=2105 t=26501802373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=26501802373 kinds=block pages=0-105 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-log.ko inode=2106 t=26526040373 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mirror.ko inode=2107 t=26526040373 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/cirrus/cs_dsp.ko inode=1174 t=26578114373 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fscache/fscache.ko inode=4442 t=26645655373 kinds=block pages=32-57 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=26645655373 kinds=block pages=0-100 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fat/vfat.ko inode=4438 t=26678340373 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4440 t=26678340373 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/cuse.ko inode=4444 t=26678340373 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/systemd/systemd-logind inode=5926 t=26889507373 kinds=block pages=64-68 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=26889507373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=26889507373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=26889507373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=26889507373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=5931 t=26889507373 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-network-generator inode=5930 t=26949309373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/systemd/systemd-networkd-wait-online inode=5932 t=26949309373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-pcrphase inode=5933 t=26949309373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-pstore inode=5934 t=26949309373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=26949309373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-random-seed inode=5936 t=26949309373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=26949309373 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd-reply-password inode=5938 t=26949309373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-rfkill inode=5939 t=26949309373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/systemd-shutdown inode=5940 t=26949309373 kinds=fragment-inferred,block pages=0-11 count=4
file /usr/lib/systemd/systemd-sleep inode=5941 t=26949309373 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=26949309373 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=26949309373 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-cryptsetup inode=5916 t=27046174373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=5917 t=27046174373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=5918 t=27046174373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=27046174373 kinds=block pages=0-41 count=2
file /usr/bin/tsort inode=542 t=27047628373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/tty inode=543 t=27047628373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=544 t=27047628373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/udevadm inode=546 t=27047628373 kinds=block pages=0-330 count=13
file /usr/bin/uclampset inode=545 t=27077697373 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/bin/umount inode=547 t=27077697373 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/systemd/systemd-growfs inode=5919 t=27080889373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=5920 t=27080889373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=5921 t=27080889373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=5922 t=27080889373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=5923 t=27080889373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=28250807373 kinds=fragment-inferred,block pages=0-5 count=5
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=28250807373 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-timedated inode=5948 t=28250807373 kinds=fragment-inferred,block pages=0-10 count=5
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=28250807373 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=28250807373 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=28250807373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=28250807373 kinds=fragment-inferred,block pages=0-5 count=5
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=28250807373 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=28250807373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/user/app.slice inode=5957 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/background.slice inode=5958 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/basic.target inode=5959 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/default.target inode=5961 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/exit.target inode=5962 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/paths.target inode=5965 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/printer.target inode=5966 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/session.slice inode=5967 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/shutdown.target inode=5968 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/sockets.target inode=5970 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/timers.target inode=5976 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=28250807373 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=28250807373 kinds=fragment-inferred,block pages=0-7 count=5
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/sysusers.d/basic.conf inode=5985 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=28250807373 kinds=fragment-inferred,block pages=0 count=5
file /usr/bin/systemd-notify inode=513 t=28343849373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-path inode=514 t=28343849373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-run inode=516 t=28343849373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/systemd-socket-activate inode=517 t=28343849373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/systemd-stdio-bridge inode=518 t=28343849373 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/bin/systemd-sysext inode=519 t=28343849373 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/systemd-sysusers inode=520 t=28343849373 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=28343849373 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/terminfo/E/Eterm inode=5990 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/a/ansi inode=5993 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/c/cons25 inode=5995 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/c/cygwin inode=5997 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/d/dumb inode=5999 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/h/hurd inode=6001 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/l/linux inode=6003 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/m/mach inode=6005 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/m/mach-bold inode=6006 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/m/mach-color inode=6007 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/p/pcansi inode=6011 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/r/rxvt inode=6013 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen inode=6019 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen-256color inode=6020 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen-bce inode=6022 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen-s inode=6023 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen-w inode=6024 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/s/sun inode=6026 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/t/tmux inode=6028 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/v/vt100 inode=6031 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/v/vt102 inode=6032 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/v/vt220 inode=6033 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/v/vt52 inode=6034 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm inode=6039 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-color inode=6041 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=28807603373 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/systemd-tty-ask-password-agent inode=522 t=29163391373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=524 t=29163391373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/last inode=385 t=29235934373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=387 t=29235934373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=389 t=29235934373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=390 t=29235934373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/udev/ata_id inode=6065 t=30093286373 kinds=fragment-inferred,block pages=0-16 count=3
file /usr/lib/udev/dmi_memory_id inode=6067 t=38606716373 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=38606716373 kinds=block pages=0-95,928-1183,1600-2015,2432-2815,2848-3178 count=41
file /usr/lib/udev/hwdb.d/60-sensor.hwdb inode=6091 t=38811177373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/hwdb.d/70-analyzers.hwdb inode=6092 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-av-production.hwdb inode=6093 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-cameras.hwdb inode=6094 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-hardware-wallets.hwdb inode=6095 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-joystick.hwdb inode=6096 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-mouse.hwdb inode=6097 t=38811177373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/udev/hwdb.d/70-pda.hwdb inode=6098 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-pointingstick.hwdb inode=6099 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-software-radio.hwdb inode=6100 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/70-sound-card.hwdb inode=6101 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/70-touchpad.hwdb inode=6102 t=38811177373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=38811177373 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/udev/mtd_probe inode=6104 t=38811177373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=38811177373 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=38811177373 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=38811177373 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/scsi_id inode=6147 t=38811177373 kinds=fragment-inferred,block pages=0-20 count=2
file /usr/lib/udev/v4l_id inode=6148 t=38811177373 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6151 t=39215918373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6152 t=39215918373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6153 t=39215918373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6155 t=39215918373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6156 t=39215918373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6158 t=39215918373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/su inode=492 t=41675395373 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/sum inode=493 t=41675395373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/systemctl inode=495 t=41675395373 kinds=block pages=0-330 count=12
file /usr/bin/systemd-analyze inode=497 t=41815780373 kinds=block pages=0-31 count=2
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6072 t=46939564373 kinds=block pages=0-31 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ahci.ko inode=829 t=47118396373 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=47118396373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_piix.ko inode=831 t=47118396373 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/libata.ko inode=833 t=47118396373 kinds=block pages=0-31 count=1
file /var/lib/dpkg/status-old inode=12764 t=47820937373 kinds=fragment-inferred,block pages=0-21 count=3
file /var/lib/dpkg/triggers/File inode=12766 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/account inode=12773 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/auth inode=12774 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/password inode=12775 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/seen inode=12776 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/session inode=12777 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/pam/session-noninteractive inode=12778 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/shells.state inode=12780 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/log/alternatives.log inode=12805 t=47820937373 kinds=fragment-inferred,block pages=0 count=3
file /var/lib/systemd/catalog/database inode=12783 t=47829293373 kinds=block pages=0-52 count=3
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=47829598373 kinds=fragment-inferred,block pages=0-1 count=2
file /var/lib/dpkg/info/udev.postinst inode=12734 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/udev.postrm inode=12735 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/udev.preinst inode=12736 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/udev.prerm inode=12737 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/udev.triggers inode=12738 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux.list inode=12750 t=47829598373 kinds=fragment-inferred,block pages=0-2 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=47829598373 kinds=fragment-inferred,block pages=0-4 count=2
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=47829598373 kinds=fragment-inferred,block pages=0 count=2
file /var/lib/dpkg/status inode=12763 t=47829598373 kinds=fragment-inferred,block pages=0-21 count=2
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=47829756373 kinds=block pages=0-69 count=4
file /var/lib/dpkg/info/perl-base.list inode=12698 t=47842387373 kinds=fragment-inferred,block pages=0-10 count=4
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=47842387373 kinds=fragment-inferred,block pages=0-13 count=4
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/sed.list inode=12704 t=47842387373 kinds=fragment-inferred,block pages=0-1 count=4
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd.list inode=12710 t=47842387373 kinds=fragment-inferred,block pages=0-9 count=4
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=47842387373 kinds=fragment-inferred,block pages=0-11 count=4
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=47842387373 kinds=fragment-inferred,block pages=0-1 count=4
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/tar.list inode=12719 t=47842387373 kinds=fragment-inferred,block pages=0-1 count=4
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/tar.postinst inode=12721 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/tar.prerm inode=12722 t=47842387373 kinds=fragment-inferred,block pages=0 count=4
file /var/lib/dpkg/info/tzdata.config inode=12723 t=47842387373 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/share/man/uk/man1/chfn.1.gz inode=10637 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/chsh.1.gz inode=10638 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/expiry.1.gz inode=10639 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/gpasswd.1.gz inode=10640 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/login.1.gz inode=10641 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/newgrp.1.gz inode=10642 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=10643 t=47865345373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/man/uk/man1/sg.1.gz inode=10644 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man5/faillog.5.gz inode=10646 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man5/gshadow.5.gz inode=10647 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man5/login.defs.5.gz inode=10648 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man5/passwd.5.gz inode=10649 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man5/shadow.5.gz inode=10650 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/chgpasswd.8.gz inode=10652 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/chpasswd.8.gz inode=10653 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/faillog.8.gz inode=10654 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/groupadd.8.gz inode=10655 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/groupdel.8.gz inode=10656 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/groupmems.8.gz inode=10657 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/groupmod.8.gz inode=10658 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/grpck.8.gz inode=10659 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/lastlog.8.gz inode=10662 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/newusers.8.gz inode=10663 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/nologin.8.gz inode=10664 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/pwck.8.gz inode=10665 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/pwconv.8.gz inode=10666 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=10668 t=47865345373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/man/uk/man8/userdel.8.gz inode=10669 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=10670 t=47865345373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/man/uk/man8/vipw.8.gz inode=10672 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/chage.1.gz inode=10675 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/chfn.1.gz inode=10676 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/chsh.1.gz inode=10677 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/expiry.1.gz inode=10678 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/gpasswd.1.gz inode=10679 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/login.1.gz inode=10680 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/newgrp.1.gz inode=10681 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/passwd.1.gz inode=10682 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man1/sg.1.gz inode=10683 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man5/faillog.5.gz inode=10685 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man5/gshadow.5.gz inode=10686 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man5/login.defs.5.gz inode=10687 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man5/passwd.5.gz inode=10688 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man5/shadow.5.gz inode=10689 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/chgpasswd.8.gz inode=10691 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/chpasswd.8.gz inode=10692 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/faillog.8.gz inode=10693 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/groupadd.8.gz inode=10694 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/groupdel.8.gz inode=10695 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/groupmems.8.gz inode=10696 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/groupmod.8.gz inode=10697 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/grpck.8.gz inode=10698 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/lastlog.8.gz inode=10701 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/newusers.8.gz inode=10702 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/nologin.8.gz inode=10703 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/pwck.8.gz inode=10704 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/man/zh_CN/man8/pwconv.8.gz inode=10705 t=47865345373 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/apt-cache inode=270 t=48011336373 kinds=fragment-inferred,block pages=0-21 count=3
file /usr/bin/apt-cdrom inode=271 t=48011336373 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/bin/b2sum inode=278 t=48011980373 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/base32 inode=279 t=48011980373 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/base64 inode=280 t=48011980373 kinds=fragment-inferred,block pages=0-11 count=3
file /usr/bin/basename inode=281 t=48011980373 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/bin/bash inode=283 t=48018338373 kinds=block pages=0-308 count=12
file /usr/bin/chmod inode=293 t=48083479373 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=48083479373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/dpkg-query inode=332 t=48098348373 kinds=block pages=0-31 count=1
file /usr/bin/mawk inode=413 t=48158904373 kinds=block pages=0-31 count=1
file /usr/bin/apt-config inode=272 t=48211786373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=48211786373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=48211786373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=48211786373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=48211786373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/snic/snic.ko inode=3917 t=48418415373 kinds=block pages=32-58 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=48418415373 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/st.ko inode=3919 t=48418415373 kinds=block pages=0-31 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=12421 t=48475140373 kinds=fragment-inferred,block pages=0-22 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.list inode=12423 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.md5sums inode=12424 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.shlibs inode=12425 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.symbols inode=12426 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.list inode=12428 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.md5sums inode=12429 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.shlibs inode=12430 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.symbols inode=12431 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.list inode=12433 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.md5sums inode=12434 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.shlibs inode=12435 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.symbols inode=12436 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.list inode=12438 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.md5sums inode=12439 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.shlibs inode=12440 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.symbols inode=12441 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.list inode=12443 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.md5sums inode=12444 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.shlibs inode=12445 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=12446 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.list inode=12448 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.md5sums inode=12449 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.shlibs inode=12450 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.list inode=12452 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.md5sums inode=12453 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.shlibs inode=12454 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.symbols inode=12455 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.list inode=12457 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.md5sums inode=12458 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.shlibs inode=12459 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=12460 t=48475140373 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.triggers inode=12461 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.list inode=12462 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.triggers inode=12476 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.triggers inode=12501 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=48475140373 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=48475140373 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=48475140373 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=48475140373 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=48475140373 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=48475140373 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=48475140373 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=48475140373 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=48475140373 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=48475140373 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=48475140373 kinds=block pages=0-60 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=48475140373 kinds=block pages=0-101 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=48475140373 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=48475140373 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=48475140373 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=48475140373 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=48475140373 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=48475140373 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=48475140373 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=48475140373 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=48475140373 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=48475140373 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=48475140373 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=48475140373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.list inode=12724 t=48627335373 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=48627335373 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=48627335373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=48627335373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=48627335373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=48627335373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=48627335373 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=48627335373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=1994 t=49847794373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=1995 t=49847794373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=1996 t=49847794373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=1999 t=49847794373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2001 t=49847794373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2002 t=49847794373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=49847794373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=49847794373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=49847794373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=49847794373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=49847794373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=49847794373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/acecad.ko inode=2010 t=49847794373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2011 t=49847794373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2012 t=49847794373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2013 t=49847794373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=49941814373 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/ulp/srpt/ib_srpt.ko inode=1918 t=50806535373 kinds=block pages=32-45 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=50806535373 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=50806535373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/ff-memless.ko inode=1921 t=50806535373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=1923 t=50806535373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=1924 t=50806535373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/gameport.ko inode=1925 t=50806535373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/lightning.ko inode=1926 t=50806535373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/gameport/ns558.ko inode=1927 t=50806535373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/acpi_ipmi.ko inode=811 t=53454971373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/acpi_pad.ko inode=812 t=53454971373 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/acpi_tad.ko inode=813 t=53454971373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=53454971373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/battery.ko inode=816 t=53454971373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=53454971373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=820 t=53454971373 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/comedi/drivers/usbduxsigma.ko inode=1075 t=55252963373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/comedi/drivers/vmk80xx.ko inode=1076 t=55252963373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/comedi/kcomedilib/kcomedilib.ko inode=1078 t=55252963373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=55252963373 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=55252963373 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=55252963373 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=55252963373 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=55252963373 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=55252963373 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=55252963373 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=55252963373 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=55252963373 kinds=fragment-inferred,block pages=0-14 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=55618253373 kinds=block pages=0-63 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/drbd/drbd.ko inode=904 t=56352265373 kinds=block pages=224-225 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=56352265373 kinds=block pages=0-46 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/brd.ko inode=902 t=56398347373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/loop.ko inode=906 t=56398347373 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ismt.ko inode=1540 t=57602857373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-kempld.ko inode=1541 t=57602857373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-nforce2-s4985.ko inode=1542 t=57602857373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-nforce2.ko inode=1543 t=57602857373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=57602857373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=57602857373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=57602857373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=57602857373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1548 t=57602857373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1549 t=57602857373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1550 t=57602857373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1551 t=57602857373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1552 t=57602857373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1553 t=57602857373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/appletouch.ko inode=1988 t=57819263373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=1989 t=57819263373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=57819263373 kinds=block pages=0-95 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=1991 t=57966362373 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/sermouse.ko inode=1993 t=57966362373 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/apanel.ko inode=1975 t=57970805373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ati_remote2.ko inode=1976 t=57970805373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/atlas_btns.ko inode=1977 t=57970805373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/axp20x-pek.ko inode=1978 t=57970805373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=57970805373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=57970805373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=57970805373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=57970805373 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=57970805373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=1984 t=57970805373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/uinput.ko inode=1985 t=57970805373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/yealink.ko inode=1986 t=57970805373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=58366225373 kinds=block pages=928-960 count=1
file /usr/lib/udev/fido_id inode=6068 t=58366225373 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=58366225373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=58366225373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=58366225373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=58366225373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=58366225373 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=58366225373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6082 t=58366225373 kinds=block pages=0-31 count=1
file /usr/bin/cut inode=305 t=58544507373 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/dash inode=306 t=58544507373 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=307 t=58544507373 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=704 t=58622442373 kinds=block pages=0-31,224-243 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=58622442373 kinds=block pages=0-580 count=20
file /usr/lib/modules/6.1.0-56-amd64/kernel/block/bfq.ko inode=707 t=60345240373 kinds=block pages=0-31 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1096 t=64081840373 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/events/intel/intel-cstate.ko inode=693 t=64290341373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/events/rapl.ko inode=695 t=64290341373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kernel/cpu/mce/mce-inject.ko inode=699 t=64290341373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=64290341373 kinds=block pages=0-97 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/amd64_edac.ko inode=1143 t=64766365373 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/e752x_edac.ko inode=1144 t=64766365373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=64766365373 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=64766365373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=64766365373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3200_edac.ko inode=1148 t=64766365373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5000_edac.ko inode=1149 t=64766365373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5100_edac.ko inode=1150 t=64766365373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i5400_edac.ko inode=1151 t=64766365373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i7300_edac.ko inode=1152 t=64766365373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/agetty inode=7343 t=65198391373 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7344 t=65198391373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7345 t=65198391373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/blkdiscard inode=7346 t=65198391373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/dpkg-fsys-usrunmess inode=7364 t=65828984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/dpkg-preconfigure inode=7365 t=65828984373 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/dpkg-reconfigure inode=7366 t=65828984373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/dumpe2fs inode=7367 t=65828984373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/e2freefrag inode=7368 t=65828984373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/e2image inode=7370 t=65828984373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/e2scrub inode=7373 t=65828984373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7374 t=65828984373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7375 t=65828984373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7376 t=65828984373 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7377 t=65828984373 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7378 t=65828984373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7379 t=65828984373 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7380 t=65828984373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7381 t=65828984373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7382 t=65828984373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=65880391373 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=65880391373 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/libss.so.2.0 inode=6529 t=65931888373 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 inode=6536 t=65931888373 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=65931888373 kinds=block pages=0-49 count=2
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6543 t=65943054373 kinds=block pages=0-31 count=1
file /usr/bin/printf inode=449 t=66311707373 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/prlimit inode=450 t=66311707373 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/pwd inode=452 t=66311707373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=454 t=66311707373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=455 t=66311707373 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=456 t=66311707373 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=457 t=66311707373 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/uname inode=548 t=75086412373 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=549 t=75086412373 kinds=fragment-inferred,block pages=0-10 count=1
read t=18052619373 offset=0 len=4096
read t=18059559373 offset=4096 len=4096
read t=18060685373 offset=12288 len=4096
read t=19329753373 offset=0 len=1024
read t=19345262373 offset=145646592 len=1024
read t=19351190373 offset=145646592 len=1024
read t=19359390373 offset=145628160 len=1024
read t=19361001373 offset=145498112 len=1024
read t=19361587373 offset=145498112 len=2048
read t=19415884373 offset=145646592 len=1024
read t=19423456373 offset=145646592 len=1024
read t=19613349373 offset=145616896 len=1024
read t=19615099373 offset=145616896 len=2048
read t=19625586373 offset=145383424 len=1024
read t=19627992373 offset=145383424 len=4096
read t=19664031373 offset=145494016 len=1024
read t=19665105373 offset=145494016 len=3072
read t=19672030373 offset=145611776 len=1024
read t=19676721373 offset=145611776 len=4096
read t=19678661373 offset=145448960 len=1024
read t=19682713373 offset=145448960 len=3072
read t=19685362373 offset=145570816 len=1024
read t=19686129373 offset=145570816 len=6144
read t=19704868373 offset=145499136 len=1024
read t=19714861373 offset=145499136 len=5120
read t=19829400373 offset=145381376 len=1024
read t=19839698373 offset=145381376 len=3072
read t=19843503373 offset=145646592 len=1024
read t=19844029373 offset=145646592 len=1024
read t=19883626373 offset=145616896 len=1024
read t=19884358373 offset=145616896 len=2048
read t=19886897373 offset=145383424 len=1024
read t=19887211373 offset=145383424 len=4096
read t=20160882373 offset=145436672 len=1024
read t=20167776373 offset=145436672 len=3072
read t=20171557373 offset=145556480 len=1024
read t=20172198373 offset=145556480 len=4096
read t=20173389373 offset=145624064 len=1024
read t=20174116373 offset=145624064 len=3072
read t=20176161373 offset=145570816 len=1024
read t=20185078373 offset=145570816 len=6144
read t=20190336373 offset=98541568 len=33792
read t=20208433373 offset=145611776 len=1024
read t=20211695373 offset=145611776 len=4096
read t=20215844373 offset=145448960 len=1024
read t=20219082373 offset=145448960 len=3072
read t=20223181373 offset=145646592 len=1024
read t=20223527373 offset=145646592 len=1024
read t=20224458373 offset=145567744 len=1024
read t=20225169373 offset=145567744 len=4096
read t=20226051373 offset=145440768 len=1024
read t=20226824373 offset=145440768 len=3072
read t=20231978373 offset=105643008 len=74752
read t=20275929373 offset=105716736 len=26624
read t=20348036373 offset=145616896 len=1024
read t=20349035373 offset=145616896 len=2048
read t=20351079373 offset=145381376 len=1024
read t=20351981373 offset=145381376 len=3072
read t=20353528373 offset=145499136 len=1024
read t=20354707373 offset=145499136 len=5120
read t=20361513373 offset=145570816 len=1024
read t=20364141373 offset=145570816 len=6144
read t=20373524373 offset=119597056 len=34816
read t=20423131373 offset=120210432 len=9216
read t=20441369373 offset=120218624 len=54272
read t=20466837373 offset=121531392 len=10240
read t=20487359373 offset=120271872 len=33792
read t=20490831373 offset=120304640 len=22528
read t=20505039373 offset=145617920 len=1024
read t=20505438373 offset=145617920 len=4096
read t=20509635373 offset=0 len=73728
read t=20516430373 offset=107049984 len=54272
read t=20534401373 offset=107832320 len=25600
read t=20553625373 offset=107103232 len=63488
read t=20568879373 offset=145442816 len=1024
read t=20569943373 offset=145442816 len=4096
read t=20571173373 offset=145646592 len=1024
read t=20572073373 offset=145646592 len=1024
read t=20573408373 offset=145567744 len=1024
read t=20574557373 offset=145567744 len=4096
read t=20576288373 offset=145626112 len=1024
read t=20576961373 offset=145626112 len=3072
read t=20582093373 offset=116075520 len=45056
read t=20608373373 offset=115435520 len=34816
read t=20619947373 offset=145440768 len=1024
read t=20621122373 offset=145440768 len=3072
read t=20633104373 offset=107005952 len=45056
read t=20671293373 offset=114067456 len=47104
read t=20710405373 offset=106809344 len=47104
read t=20723703373 offset=115504128 len=58368
read t=20733721373 offset=115561472 len=17408
read t=20741722373 offset=114113536 len=49152
read t=20750616373 offset=114224128 len=52224
read t=20760392373 offset=114275328 len=3072
read t=20762649373 offset=114275328 len=3072
read t=20770832373 offset=105742336 len=56320
read t=20791219373 offset=106862592 len=54272
read t=20796667373 offset=106978304 len=28672
read t=20800320373 offset=110878720 len=33792
read t=20804992373 offset=107906048 len=47104
read t=20808920373 offset=107952128 len=33792
read t=20811345373 offset=111331328 len=47104
read t=20822347373 offset=111776768 len=43008
read t=20830427373 offset=111818752 len=10240
read t=20832761373 offset=111818752 len=10240
read t=20846621373 offset=113432576 len=39936
read t=20867771373 offset=113471488 len=58368
read t=20886365373 offset=113528832 len=6144
read t=20896049373 offset=107984896 len=59392
read t=20915845373 offset=109714432 len=14336
read t=20918397373 offset=109727744 len=3072
read t=20919636373 offset=109727744 len=3072
read t=20928536373 offset=108043264 len=34816
read t=20931768373 offset=108077056 len=18432
read t=20941963373 offset=118269952 len=54272
read t=20970976373 offset=118531072 len=39936
read t=20982225373 offset=113533952 len=63488
read t=20993198373 offset=113596416 len=31744
read t=21010841373 offset=113627136 len=51200
read t=21023329373 offset=114020352 len=48128
read t=21042157373 offset=115205120 len=68608
read t=21062900373 offset=115416064 len=20480
read t=21071136373 offset=115272704 len=51200
read t=21082864373 offset=115322880 len=54272
read t=21092837373 offset=113039360 len=57344
read t=21105947373 offset=113095680 len=9216
read t=21133022373 offset=145448960 len=1024
read t=21133358373 offset=145448960 len=3072
read t=21133776373 offset=119630848 len=20480
read t=21135214373 offset=119650304 len=49152
read t=21143059373 offset=107350016 len=46080
read t=21145389373 offset=107395072 len=66560
read t=21150352373 offset=107283456 len=67584
read t=21163157373 offset=107531264 len=59392
read t=21167613373 offset=107589632 len=68608
read t=21175732373 offset=107742208 len=45056
read t=21182390373 offset=107786240 len=47104
read t=21193672373 offset=113677312 len=59392
read t=21199954373 offset=113735680 len=56320
read t=21212871373 offset=113790976 len=55296
read t=21217657373 offset=113845248 len=89088
read t=21228940373 offset=118323200 len=58368
read t=21237764373 offset=118380544 len=39936
read t=21247932373 offset=109652992 len=33792
read t=21254356373 offset=109685760 len=17408
read t=21262333373 offset=108094464 len=19456
read t=21264594373 offset=108112896 len=19456
read t=21271250373 offset=109702144 len=13312
read t=21274817373 offset=108131328 len=18432
read t=21286363373 offset=108148736 len=41984
read t=21294369373 offset=108189696 len=62464
read t=21330331373 offset=111377408 len=66560
read t=21338378373 offset=111442944 len=39936
read t=21354400373 offset=106915840 len=63488
read t=21371227373 offset=114161664 len=63488
read t=21385943373 offset=121497600 len=34816
read t=21395113373 offset=120326144 len=43008
read t=21399573373 offset=120368128 len=63488
read t=21425595373 offset=120171520 len=32768
read t=21432625373 offset=120203264 len=7168
read t=21438359373 offset=120209408 len=2048
read t=21455745373 offset=107657216 len=49152
read t=21464060373 offset=107460608 len=71680
read t=21506732373 offset=107165696 len=63488
read t=21526389373 offset=107705344 len=37888
read t=21546374373 offset=108858368 len=62464
read t=21554352373 offset=108919808 len=60416
read t=21571518373 offset=109418496 len=68608
read t=21578385373 offset=109486080 len=43008
read t=21591648373 offset=145616896 len=1024
read t=21592026373 offset=145616896 len=2048
read t=21598383373 offset=107228160 len=56320
read t=21616539373 offset=145499136 len=1024
read t=21616875373 offset=145499136 len=5120
read t=21617312373 offset=145381376 len=1024
read t=21622358373 offset=145381376 len=3072
read t=21630339373 offset=120877056 len=66560
read t=21635727373 offset=120942592 len=65536
read t=21642762373 offset=121253888 len=53248
read t=21650341373 offset=121306112 len=35840
read t=21654110373 offset=121340928 len=39936
read t=21655706373 offset=121379840 len=26624
read t=21657922373 offset=120811520 len=66560
read t=21663828373 offset=120752128 len=60416
read t=21682348373 offset=121405440 len=49152
read t=21689707373 offset=120622080 len=67584
read t=21695265373 offset=120688640 len=64512
read t=21711882373 offset=119874560 len=62464
read t=21714908373 offset=119936000 len=61440
read t=21721757373 offset=120099840 len=31744
read t=21726582373 offset=120130560 len=41984
read t=21733691373 offset=120055808 len=45056
read t=21782375373 offset=119754752 len=63488
read t=21795631373 offset=119817216 len=58368
read t=21813206373 offset=120430592 len=64512
read t=21820776373 offset=145570816 len=1024
read t=21821123373 offset=145570816 len=6144
read t=21823210373 offset=145383424 len=1024
read t=21823445373 offset=145383424 len=4096
read t=21823749373 offset=145646592 len=1024
read t=21823860373 offset=145646592 len=1024
read t=21838360373 offset=145611776 len=1024
read t=21838794373 offset=145611776 len=4096
read t=21839748373 offset=145386496 len=1024
read t=21839926373 offset=145386496 len=3072
read t=21840875373 offset=145503232 len=1024
read t=21841023373 offset=145503232 len=5120
read t=21841573373 offset=145617920 len=1024
read t=21841685373 offset=145617920 len=4096
read t=21846106373 offset=9780224 len=27648
read t=21855294373 offset=145433600 len=1024
read t=21855773373 offset=145433600 len=4096
read t=21856735373 offset=145553408 len=1024
read t=21857219373 offset=145553408 len=4096
read t=21857790373 offset=145624064 len=1024
read t=21857893373 offset=145624064 len=3072
read t=21858808373 offset=98388992 len=33792
read t=21866374373 offset=97934336 len=20480
read t=21868387373 offset=97953792 len=18432
read t=21873150373 offset=97657856 len=28672
read t=21878365373 offset=97685504 len=30720
read t=21882751373 offset=98205696 len=30720
read t=21884779373 offset=98235392 len=32768
read t=21888923373 offset=97870848 len=28672
read t=21902388373 offset=98008064 len=16384
read t=21905185373 offset=98023424 len=9216
read t=21906155373 offset=98023424 len=9216
read t=21916569373 offset=145431552 len=1024
read t=21916880373 offset=145431552 len=3072
read t=21918337373 offset=145646592 len=1024
read t=21918538373 offset=145646592 len=1024
read t=21918865373 offset=145425408 len=1024
read t=21918984373 offset=145425408 len=3072
read t=21919272373 offset=145542144 len=1024
read t=21922317373 offset=145542144 len=5120
read t=21923038373 offset=145422336 len=1024
read t=21923187373 offset=145422336 len=4096
read t=21924410373 offset=75107328 len=25600
read t=21945769373 offset=145448960 len=1024
read t=21950332373 offset=145448960 len=3072
read t=21951374373 offset=121007104 len=61440
read t=21961015373 offset=145433600 len=1024
read t=21961863373 offset=145433600 len=4096
read t=21962459373 offset=97971200 len=19456
read t=21967894373 offset=145553408 len=1024
read t=21968397373 offset=145553408 len=4096
read t=21968813373 offset=145429504 len=1024
read t=21968917373 offset=145429504 len=3072
read t=21969305373 offset=145550336 len=1024
read t=21969527373 offset=145550336 len=4096
read t=21969827373 offset=145427456 len=1024
read t=21969916373 offset=145427456 len=3072
read t=21974349373 offset=145646592 len=1024
read t=21974878373 offset=145646592 len=1024
read t=21975221373 offset=145546240 len=1024
read t=21975330373 offset=145546240 len=5120
read t=21975852373 offset=145624064 len=1024
read t=21975949373 offset=145624064 len=3072
read t=21977784373 offset=87794688 len=24576
read t=21997009373 offset=145425408 len=1024
read t=21999067373 offset=145425408 len=3072
read t=22018413373 offset=85493760 len=32768
read t=22071513373 offset=145433600 len=1024
read t=22071930373 offset=145433600 len=4096
read t=22072661373 offset=97989632 len=19456
read t=22078372373 offset=145553408 len=1024
read t=22079281373 offset=145553408 len=4096
read t=22079836373 offset=145422336 len=1024
read t=22079986373 offset=145422336 len=4096
read t=22080576373 offset=145542144 len=1024
read t=22080685373 offset=145542144 len=5120
read t=22080929373 offset=145390592 len=1024
read t=22081006373 offset=145390592 len=3072
read t=22081163373 offset=145646592 len=1024
read t=22081227373 offset=145646592 len=1024
read t=22081388373 offset=145507328 len=1024
read t=22081460373 offset=145507328 len=5120
read t=22081657373 offset=145617920 len=1024
read t=22081722373 offset=145617920 len=4096
read t=22083760373 offset=15259648 len=27648
read t=22139654373 offset=145570816 len=1024
read t=22142365373 offset=145570816 len=6144
read t=22143056373 offset=145448960 len=1024
read t=22143184373 offset=145448960 len=3072
read t=22143759373 offset=145616896 len=1024
read t=22143892373 offset=145616896 len=2048
read t=22146352373 offset=145381376 len=1024
read t=22146569373 offset=145381376 len=3072
read t=22147096373 offset=145611776 len=1024
read t=22147207373 offset=145611776 len=4096
read t=22147425373 offset=145386496 len=1024
read t=22147514373 offset=145386496 len=3072
read t=22147685373 offset=145646592 len=1024
read t=22147928373 offset=145646592 len=1024
read t=22150342373 offset=145499136 len=1024
read t=22150617373 offset=145499136 len=5120
read t=22150969373 offset=145383424 len=1024
read t=22151061373 offset=145383424 len=4096
read t=22151897373 offset=3382272 len=60416
read t=22162746373 offset=3441664 len=16384
read t=22212855373 offset=145503232 len=1024
read t=22216354373 offset=145503232 len=5120
read t=22238395373 offset=145433600 len=1024
read t=22239540373 offset=145433600 len=4096
read t=22240188373 offset=97856512 len=15360
read t=22247746373 offset=145440768 len=1024
read t=22248297373 offset=145440768 len=3072
read t=22248750373 offset=109290496 len=58368
read t=22257977373 offset=109347840 len=71680
read t=22291764373 offset=145381376 len=1024
read t=22292738373 offset=145381376 len=3072
read t=22296335373 offset=145556480 len=1024
read t=22296916373 offset=145556480 len=4096
read t=22297471373 offset=145559552 len=1024
read t=22297651373 offset=145559552 len=5120
read t=22307400373 offset=145448960 len=1024
read t=22309682373 offset=145448960 len=3072
read t=22310574373 offset=120494080 len=65536
read t=22322443373 offset=145499136 len=1024
read t=22323679373 offset=145499136 len=5120
read t=22324712373 offset=145646592 len=1024
read t=22324936373 offset=145646592 len=1024
read t=22325156373 offset=145617920 len=1024
read t=22325346373 offset=145617920 len=4096
read t=22327191373 offset=72704 len=39936
read t=22342366373 offset=120558592 len=64512
read t=22392785373 offset=0 len=73728
read t=22404138373 offset=145570816 len=1024
read t=22404961373 offset=145570816 len=6144
read t=22405478373 offset=145433600 len=1024
read t=22405617373 offset=145433600 len=4096
read t=22405811373 offset=145624064 len=1024
read t=22405886373 offset=145624064 len=3072
read t=22432645373 offset=98388992 len=33792
read t=22437205373 offset=145381376 len=1024
read t=22437520373 offset=145381376 len=3072
read t=22444864373 offset=121189376 len=65536
read t=22450541373 offset=121067520 len=61440
read t=22454126373 offset=121127936 len=62464
read t=22554415373 offset=145611776 len=1024
read t=22556009373 offset=145611776 len=4096
read t=22588246373 offset=145448960 len=1024
read t=22588909373 offset=145448960 len=3072
read t=22589684373 offset=119698432 len=57344
read t=22719784373 offset=145499136 len=1024
read t=22721350373 offset=145499136 len=5120
read t=22725808373 offset=145646592 len=1024
read t=22730332373 offset=145646592 len=1024
read t=22757591373 offset=145556480 len=1024
read t=22762344373 offset=145556480 len=4096
read t=22765347373 offset=145436672 len=1024
read t=22765571373 offset=145436672 len=3072
read t=22918414373 offset=98467840 len=33792
read t=22998360373 offset=98500608 len=23552
read t=23763921373 offset=98523136 len=19456
read t=24644057373 offset=145440768 len=1024
read t=24680900373 offset=145440768 len=3072
read t=24687859373 offset=111633408 len=69632
read t=24721120373 offset=111702016 len=75776
read t=24727682373 offset=145617920 len=1024
read t=24731241373 offset=145442816 len=1024
read t=24748836373 offset=145442816 len=4096
read t=24753099373 offset=115376128 len=40960
read t=24763743373 offset=145617920 len=4096
read t=24781016373 offset=0 len=73728
read t=24949602373 offset=145381376 len=1024
read t=24955509373 offset=145381376 len=3072
read t=24960562373 offset=145553408 len=1024
read t=24965861373 offset=145553408 len=4096
read t=24966449373 offset=145433600 len=1024
read t=24967031373 offset=145499136 len=1024
read t=24967233373 offset=145433600 len=4096
read t=24967598373 offset=145646592 len=1024
read t=24968463373 offset=145646592 len=1024
read t=24968651373 offset=145499136 len=5120
read t=24974814373 offset=145616896 len=1024
read t=24975923373 offset=145556480 len=1024
read t=24976561373 offset=145556480 len=4096
read t=24979779373 offset=145436672 len=1024
read t=24980002373 offset=145616896 len=2048
read t=24980515373 offset=145436672 len=3072
read t=24983664373 offset=145624064 len=1024
read t=24983920373 offset=145624064 len=3072
read t=24990715373 offset=145381376 len=1024
read t=24991117373 offset=145381376 len=3072
read t=24991522373 offset=145617920 len=1024
read t=24991680373 offset=145617920 len=4096
read t=24992934373 offset=145553408 len=1024
read t=24993117373 offset=145553408 len=4096
read t=24994546373 offset=145499136 len=1024
read t=24994739373 offset=145499136 len=5120
read t=24998647373 offset=145646592 len=1024
read t=24998923373 offset=145646592 len=1024
read t=25008048373 offset=145448960 len=1024
read t=25008766373 offset=145448960 len=3072
read t=25009244373 offset=119996416 len=60416
read t=25049865373 offset=145556480 len=1024
read t=25050227373 offset=145556480 len=4096
read t=25051278373 offset=145433600 len=1024
read t=25051472373 offset=145433600 len=4096
read t=25052321373 offset=145624064 len=1024
read t=25054525373 offset=145624064 len=3072
read t=25057183373 offset=145436672 len=1024
read t=25057357373 offset=145436672 len=3072
read t=25099271373 offset=145381376 len=1024
read t=25099678373 offset=145381376 len=3072
read t=25100281373 offset=145617920 len=1024
read t=25100487373 offset=145617920 len=4096
read t=25100986373 offset=145553408 len=1024
read t=25101105373 offset=145553408 len=4096
read t=25101465373 offset=145646592 len=1024
read t=25101597373 offset=145646592 len=1024
read t=25122523373 offset=98451456 len=17408
read t=25162478373 offset=145499136 len=1024
read t=25162852373 offset=145499136 len=5120
read t=25164015373 offset=145556480 len=1024
read t=25164361373 offset=145556480 len=4096
read t=25166605373 offset=145433600 len=1024
read t=25166799373 offset=145433600 len=4096
read t=25175397373 offset=98467840 len=33792
read t=25338407373 offset=72704 len=39936
read t=25460892373 offset=145611776 len=1024
read t=25461226373 offset=145611776 len=4096
read t=25461742373 offset=145494016 len=1024
read t=25461843373 offset=145494016 len=3072
read t=25462427373 offset=145606656 len=1024
read t=25462569373 offset=145606656 len=6144
read t=25462939373 offset=145484800 len=1024
read t=25463073373 offset=145484800 len=3072
read t=25463360373 offset=145601536 len=1024
read t=25463542373 offset=145601536 len=6144
read t=25463808373 offset=145646592 len=1024
read t=25463936373 offset=145646592 len=1024
read t=25464203373 offset=145626112 len=1024
read t=25464279373 offset=145626112 len=3072
read t=25465219373 offset=144211968 len=27648
read t=25474500373 offset=98451456 len=17408
read t=25523371373 offset=145553408 len=1024
read t=25523783373 offset=145553408 len=4096
read t=25524579373 offset=145556480 len=1024
read t=25524728373 offset=145556480 len=4096
read t=25525134373 offset=145433600 len=1024
read t=25525271373 offset=145433600 len=4096
read t=25534096373 offset=98467840 len=33792
read t=25934394373 offset=145436672 len=1024
read t=25936394373 offset=145436672 len=3072
read t=25951808373 offset=145499136 len=1024
read t=25952506373 offset=145499136 len=5120
read t=25952985373 offset=145503232 len=1024
read t=25953155373 offset=145503232 len=5120
read t=25953410373 offset=145386496 len=1024
read t=25953529373 offset=145386496 len=3072
read t=25953696373 offset=145646592 len=1024
read t=25953794373 offset=145646592 len=1024
read t=26015930373 offset=145383424 len=1024
read t=26016555373 offset=145383424 len=4096
read t=26016959373 offset=145617920 len=1024
read t=26017097373 offset=145617920 len=4096
read t=26030068373 offset=4390912 len=37888
read t=26075789373 offset=145570816 len=1024
read t=26089130373 offset=145570816 len=6144
read t=26090658373 offset=145611776 len=1024
read t=26095879373 offset=145611776 len=4096
read t=26101332373 offset=145467392 len=1024
read t=26104828373 offset=145467392 len=4096
read t=26105766373 offset=145583104 len=1024
read t=26105911373 offset=145583104 len=3072
read t=26107733373 offset=145503232 len=1024
read t=26108872373 offset=145503232 len=5120
read t=26109919373 offset=145386496 len=1024
read t=26112587373 offset=145386496 len=3072
read t=26113033373 offset=145646592 len=1024
read t=26116721373 offset=145646592 len=1024
read t=26118718373 offset=9702400 len=33792
read t=26125844373 offset=145567744 len=1024
read t=26126463373 offset=145567744 len=4096
read t=26126904373 offset=145440768 len=1024
read t=26127075373 offset=145440768 len=3072
read t=26127553373 offset=145559552 len=1024
read t=26127870373 offset=145559552 len=5120
read t=26128603373 offset=145563648 len=1024
read t=26128730373 offset=145563648 len=5120
read t=26133115373 offset=145626112 len=1024
read t=26133386373 offset=145626112 len=3072
read t=26134984373 offset=105170944 len=29696
read t=26138399373 offset=145617920 len=1024
read t=26139224373 offset=145617920 len=4096
read t=26143435373 offset=145503232 len=1024
read t=26155038373 offset=145503232 len=5120
read t=26156033373 offset=145386496 len=1024
read t=26156454373 offset=145386496 len=3072
read t=26156714373 offset=145646592 len=1024
read t=26157288373 offset=145646592 len=1024
read t=26159693373 offset=145553408 len=1024
read t=26174888373 offset=9645056 len=30720
read t=26175723373 offset=145553408 len=4096
read t=26183805373 offset=145433600 len=1024
read t=26184398373 offset=145433600 len=4096
read t=26184698373 offset=145624064 len=1024
read t=26186997373 offset=9674752 len=23552
read t=26187284373 offset=145624064 len=3072
read t=26199475373 offset=145570816 len=1024
read t=26208849373 offset=145570816 len=6144
read t=26321563373 offset=98388992 len=33792
read t=26419859373 offset=145542144 len=1024
read t=26425358373 offset=145542144 len=5120
read t=26433187373 offset=145422336 len=1024
read t=26433531373 offset=145422336 len=4096
read t=26435031373 offset=76570624 len=25600
read t=26460494373 offset=145503232 len=1024
read t=26476817373 offset=145503232 len=5120
read t=26482345373 offset=145399808 len=1024
read t=26493285373 offset=145399808 len=3072
read t=26493928373 offset=145646592 len=1024
read t=26495921373 offset=145646592 len=1024
read t=26496768373 offset=145519616 len=1024
read t=26499654373 offset=145519616 len=4096
read t=26501802373 offset=31942656 len=41984
read t=26511843373 offset=31983616 len=29696
read t=26522239373 offset=32012288 len=22528
read t=26526040373 offset=32033792 len=7168
read t=26538730373 offset=32033792 len=7168
read t=26551141373 offset=145507328 len=1024
read t=26560972373 offset=145507328 len=5120
read t=26561642373 offset=145390592 len=1024
read t=26567781373 offset=145390592 len=3072
read t=26572443373 offset=145617920 len=1024
read t=26572708373 offset=145617920 len=4096
read t=26578114373 offset=15234048 len=26624
read t=26635740373 offset=145542144 len=1024
read t=26641552373 offset=145542144 len=5120
read t=26643592373 offset=145422336 len=1024
read t=26644499373 offset=145422336 len=4096
read t=26645655373 offset=77642752 len=49152
read t=26655656373 offset=77690880 len=26624
read t=26659469373 offset=77716480 len=21504
read t=26678340373 offset=77736960 len=5120
read t=26679538373 offset=77736960 len=5120
read t=26760833373 offset=145503232 len=1024
read t=26773117373 offset=145503232 len=5120
read t=26806359373 offset=145499136 len=1024
read t=26808918373 offset=145499136 len=5120
read t=26813304373 offset=145381376 len=1024
read t=26813626373 offset=145381376 len=3072
read t=26814140373 offset=145646592 len=1024
read t=26814272373 offset=145646592 len=1024
read t=26819995373 offset=145570816 len=1024
read t=26820749373 offset=145570816 len=6144
read t=26821313373 offset=145433600 len=1024
read t=26821435373 offset=145433600 len=4096
read t=26875451373 offset=145556480 len=1024
read t=26879409373 offset=145556480 len=4096
read t=26880654373 offset=145436672 len=1024
read t=26880835373 offset=145436672 len=3072
read t=26885038373 offset=145624064 len=1024
read t=26885867373 offset=145624064 len=3072
read t=26889507373 offset=98824192 len=36864
read t=26908619373 offset=145567744 len=1024
read t=26919178373 offset=145567744 len=4096
read t=26949309373 offset=99351552 len=18432
read t=27007611373 offset=145448960 len=1024
read t=27021032373 offset=145448960 len=3072
read t=27040460373 offset=145386496 len=1024
read t=27046174373 offset=98632704 len=54272
read t=27046756373 offset=145386496 len=3072
read t=27047628373 offset=8460288 len=32768
read t=27071209373 offset=8951808 len=10240
read t=27077697373 offset=8961024 len=7168
read t=27080889373 offset=98685952 len=12288
read t=27089400373 offset=8961024 len=7168
read t=27150068373 offset=145503232 len=1024
read t=27150587373 offset=145503232 len=5120
read t=27176776373 offset=145499136 len=1024
read t=27177178373 offset=145499136 len=5120
read t=27182654373 offset=145381376 len=1024
read t=27187214373 offset=8908800 len=44032
read t=27193298373 offset=145381376 len=3072
read t=27193868373 offset=145646592 len=1024
read t=27200498373 offset=8492032 len=65536
read t=27201620373 offset=145646592 len=1024
read t=27203615373 offset=145617920 len=1024
read t=27203901373 offset=145617920 len=4096
read t=27205846373 offset=0 len=73728
read t=27223125373 offset=8556544 len=63488
read t=27253793373 offset=8685568 len=66560
read t=27258981373 offset=8751104 len=70656
read t=27271031373 offset=8820736 len=57344
read t=27275845373 offset=8877056 len=32768
read t=27288361373 offset=72704 len=39936
read t=27325392373 offset=8619008 len=67584
read t=27377678373 offset=145556480 len=1024
read t=27380934373 offset=145556480 len=4096
read t=27470457373 offset=145616896 len=1024
read t=27470918373 offset=145616896 len=2048
read t=27475354373 offset=145498112 len=1024
read t=27475634373 offset=145498112 len=2048
read t=27900065373 offset=145570816 len=1024
read t=27912826373 offset=145570816 len=6144
read t=28057340373 offset=145436672 len=1024
read t=28065355373 offset=145436672 len=3072
read t=28084721373 offset=145624064 len=1024
read t=28086383373 offset=145624064 len=3072
read t=28152398373 offset=145499136 len=1024
read t=28165180373 offset=145499136 len=5120
read t=28247061373 offset=145646592 len=1024
read t=28247583373 offset=145646592 len=1024
read t=28250807373 offset=99403776 len=31744
read t=28335071373 offset=145503232 len=1024
read t=28338977373 offset=145503232 len=5120
read t=28339782373 offset=145386496 len=1024
read t=28340616373 offset=145386496 len=3072
read t=28340975373 offset=145617920 len=1024
read t=28341243373 offset=145617920 len=4096
read t=28343849373 offset=7770112 len=39936
read t=28459041373 offset=145616896 len=1024
read t=28468868373 offset=145616896 len=2048
read t=28479082373 offset=145498112 len=1024
read t=28484848373 offset=145498112 len=2048
read t=28626748373 offset=145381376 len=1024
read t=28662563373 offset=145381376 len=3072
read t=28671132373 offset=145570816 len=1024
read t=28674385373 offset=145570816 len=6144
read t=28684656373 offset=145433600 len=1024
read t=28684957373 offset=145433600 len=4096
read t=28685518373 offset=145646592 len=1024
read t=28685679373 offset=145646592 len=1024
read t=28687572373 offset=145499136 len=1024
read t=28688656373 offset=145499136 len=5120
read t=28694362373 offset=145553408 len=1024
read t=28696699373 offset=145553408 len=4096
read t=28698079373 offset=145624064 len=1024
read t=28699445373 offset=145624064 len=3072
read t=28705794373 offset=98388992 len=33792
read t=28790501373 offset=145436672 len=1024
read t=28791723373 offset=145436672 len=3072
read t=28794767373 offset=145559552 len=1024
read t=28804820373 offset=145559552 len=5120
read t=28807603373 offset=99434496 len=25600
read t=28850410373 offset=145381376 len=1024
read t=28853736373 offset=145381376 len=3072
read t=28867428373 offset=145617920 len=1024
read t=28869875373 offset=145617920 len=4096
read t=28878375373 offset=72704 len=39936
read t=28900719373 offset=0 len=73728
read t=29145461373 offset=145570816 len=1024
read t=29146594373 offset=145570816 len=6144
read t=29153141373 offset=145503232 len=1024
read t=29154783373 offset=145503232 len=5120
read t=29156922373 offset=145386496 len=1024
read t=29157166373 offset=145386496 len=3072
read t=29157580373 offset=145646592 len=1024
read t=29160577373 offset=145646592 len=1024
read t=29163391373 offset=7809024 len=44032
read t=29191973373 offset=145567744 len=1024
read t=29208655373 offset=145567744 len=4096
read t=29215070373 offset=145499136 len=1024
read t=29229391373 offset=145499136 len=5120
read t=29230817373 offset=145383424 len=1024
read t=29232857373 offset=145383424 len=4096
read t=29235934373 offset=3457024 len=32768
read t=29918238373 offset=145381376 len=1024
read t=29925409373 offset=145381376 len=3072
read t=29937480373 offset=145438720 len=1024
read t=29943366373 offset=145438720 len=3072
read t=30054367373 offset=145559552 len=1024
read t=30069946373 offset=145559552 len=5120
read t=30081894373 offset=145624064 len=1024
read t=30090987373 offset=145624064 len=3072
read t=30093286373 offset=99459072 len=15360
read t=30809375373 offset=145616896 len=1024
read t=30823912373 offset=145616896 len=2048
read t=30827963373 offset=145498112 len=1024
read t=30831148373 offset=145498112 len=2048
read t=30831727373 offset=145646592 len=1024
read t=30832204373 offset=145646592 len=1024
read t=31482801373 offset=145499136 len=1024
read t=31498436373 offset=145499136 len=5120
read t=31501392373 offset=145570816 len=1024
read t=31502119373 offset=145570816 len=6144
read t=31502764373 offset=145386496 len=1024
read t=31503017373 offset=145386496 len=3072
read t=36460105373 offset=145381376 len=1024
read t=36486152373 offset=145381376 len=3072
read t=36489865373 offset=145383424 len=1024
read t=36493105373 offset=145383424 len=4096
read t=36496384373 offset=145611776 len=1024
read t=36501173373 offset=145611776 len=4096
read t=36502054373 offset=145458176 len=1024
read t=36509000373 offset=145458176 len=4096
read t=36518403373 offset=145577984 len=1024
read t=36523463373 offset=145577984 len=4096
read t=36532346373 offset=145456128 len=1024
read t=36546021373 offset=145456128 len=3072
read t=36560063373 offset=145646592 len=1024
read t=36582386373 offset=145646592 len=1024
read t=36585140373 offset=145626112 len=1024
read t=36585670373 offset=145626112 len=3072
read t=36587149373 offset=145616896 len=1024
read t=36588651373 offset=145616896 len=2048
read t=36589679373 offset=145499136 len=1024
read t=36592831373 offset=145499136 len=5120
read t=36593555373 offset=145383424 len=1024
read t=36593704373 offset=145383424 len=4096
read t=36595986373 offset=145498112 len=1024
read t=36600855373 offset=145498112 len=2048
read t=36617282373 offset=145494016 len=1024
read t=36617720373 offset=145494016 len=3072
read t=36619071373 offset=145611776 len=1024
read t=36619375373 offset=145611776 len=4096
read t=37734399373 offset=145556480 len=1024
read t=37739127373 offset=145556480 len=4096
read t=37750625373 offset=145436672 len=1024
read t=37751719373 offset=145436672 len=3072
read t=37752431373 offset=145646592 len=1024
read t=37752589373 offset=145646592 len=1024
read t=37752734373 offset=145624064 len=1024
read t=37752862373 offset=145624064 len=3072
read t=37756403373 offset=99403776 len=31744
read t=37783939373 offset=145567744 len=1024
read t=37784782373 offset=145567744 len=4096
read t=38581542373 offset=145499136 len=1024
read t=38582377373 offset=145499136 len=5120
read t=38584376373 offset=145570816 len=1024
read t=38594417373 offset=145570816 len=6144
read t=38596962373 offset=145438720 len=1024
read t=38597444373 offset=145438720 len=3072
read t=38598987373 offset=145559552 len=1024
read t=38599299373 offset=145559552 len=5120
read t=38606716373 offset=99570688 len=13312
read t=38609449373 offset=99582976 len=13312
read t=38617976373 offset=145503232 len=1024
read t=38618558373 offset=145503232 len=5120
read t=38638380373 offset=145448960 len=1024
read t=38641011373 offset=145448960 len=3072
read t=38641664373 offset=121453568 len=45056
read t=38664427373 offset=145381376 len=1024
read t=38669706373 offset=145381376 len=3072
read t=38670544373 offset=145646592 len=1024
read t=38670804373 offset=145646592 len=1024
read t=38673841373 offset=145556480 len=1024
read t=38676827373 offset=145556480 len=4096
read t=38677581373 offset=145433600 len=1024
read t=38686376373 offset=145433600 len=4096
read t=38691117373 offset=145553408 len=1024
read t=38695411373 offset=145553408 len=4096
read t=38698745373 offset=145624064 len=1024
read t=38702358373 offset=145624064 len=3072
read t=38747772373 offset=98451456 len=17408
read t=38773592373 offset=145616896 len=1024
read t=38773992373 offset=145616896 len=2048
read t=38778777373 offset=145499136 len=1024
read t=38785019373 offset=145499136 len=5120
read t=38787453373 offset=145559552 len=1024
read t=38797188373 offset=145559552 len=5120
read t=38797977373 offset=145438720 len=1024
read t=38798160373 offset=145438720 len=3072
read t=38798504373 offset=145646592 len=1024
read t=38798630373 offset=145646592 len=1024
read t=38811177373 offset=103042048 len=28672
read t=39215918373 offset=103069696 len=46080
read t=40512637373 offset=145383424 len=1024
read t=40524475373 offset=145383424 len=4096
read t=41636886373 offset=145570816 len=1024
read t=41637325373 offset=145570816 len=6144
read t=41638382373 offset=145503232 len=1024
read t=41638630373 offset=145503232 len=5120
read t=41639126373 offset=145386496 len=1024
read t=41639708373 offset=145386496 len=3072
read t=41675395373 offset=6844416 len=38912
read t=41730030373 offset=145553408 len=1024
read t=41735248373 offset=145553408 len=4096
read t=41794107373 offset=7382016 len=41984
read t=41815780373 offset=7422976 len=9216
read t=41846396373 offset=7422976 len=9216
read t=41938419373 offset=145567744 len=1024
read t=41954970373 offset=145567744 len=4096
read t=42882969373 offset=145556480 len=1024
read t=42887622373 offset=145556480 len=4096
read t=42891784373 offset=145436672 len=1024
read t=42893886373 offset=145436672 len=3072
read t=42903881373 offset=145646592 len=1024
read t=42915853373 offset=145646592 len=1024
read t=42921201373 offset=145624064 len=1024
read t=42931882373 offset=145624064 len=3072
read t=43006435373 offset=99434496 len=25600
read t=43802417373 offset=6882304 len=66560
read t=43903135373 offset=6947840 len=68608
read t=43986400373 offset=7344128 len=38912
read t=44325857373 offset=7015424 len=69632
read t=44333709373 offset=7084032 len=67584
read t=44406385373 offset=7286784 len=58368
read t=44455761373 offset=7217152 len=70656
read t=44656294373 offset=7150592 len=67584
read t=44679028373 offset=145559552 len=1024
read t=44686416373 offset=145559552 len=5120
read t=44809055373 offset=145499136 len=1024
read t=44859603373 offset=145499136 len=5120
read t=45198403373 offset=145438720 len=1024
read t=45210999373 offset=145438720 len=3072
read t=45239863373 offset=100929536 len=20480
read t=45271195373 offset=100948992 len=35840
read t=45346384373 offset=100641792 len=21504
read t=45394112373 offset=100641792 len=21504
read t=45526668373 offset=101183488 len=49152
read t=45566483373 offset=101231616 len=37888
read t=45690346373 offset=100165632 len=16384
read t=45759380373 offset=100180992 len=19456
read t=45765710373 offset=100983808 len=51200
read t=45916973373 offset=101033984 len=49152
read t=45937732373 offset=100507648 len=18432
read t=45944391373 offset=100525056 len=19456
read t=45964532373 offset=100626432 len=16384
read t=45983801373 offset=100469760 len=20480
read t=45988152373 offset=100489216 len=19456
read t=46033477373 offset=100610048 len=17408
read t=46052339373 offset=101397504 len=26624
read t=46117762373 offset=101268480 len=25600
read t=46127297373 offset=101423104 len=25600
read t=46140982373 offset=101293056 len=27648
read t=46209660373 offset=101488640 len=17408
read t=46271912373 offset=101505024 len=36864
read t=46744012373 offset=145433600 len=1024
read t=46747471373 offset=145433600 len=4096
read t=46755838373 offset=97759232 len=17408
read t=46793401373 offset=98451456 len=17408
read t=46793963373 offset=97775616 len=30720
read t=46806401373 offset=97715200 len=22528
read t=46810736373 offset=97736704 len=23552
read t=46825269373 offset=145542144 len=1024
read t=46825611373 offset=145542144 len=5120
read t=46826051373 offset=145388544 len=1024
read t=46828721373 offset=145388544 len=3072
read t=46829480373 offset=145503232 len=1024
read t=46829595373 offset=145503232 len=5120
read t=46829831373 offset=145646592 len=1024
read t=46829904373 offset=145646592 len=1024
read t=46830506373 offset=145418240 len=1024
read t=46830649373 offset=145418240 len=3072
read t=46833209373 offset=145534976 len=1024
read t=46842201373 offset=145534976 len=4096
read t=46844498373 offset=145624064 len=1024
read t=46849471373 offset=145438720 len=1024
read t=46850051373 offset=145624064 len=3072
read t=46850526373 offset=145438720 len=3072
read t=46857308373 offset=101632000 len=49152
read t=46939564373 offset=101680128 len=12288
read t=47092913373 offset=145617920 len=1024
read t=47096756373 offset=145617920 len=4096
read t=47118396373 offset=11639808 len=22528
read t=47178967373 offset=145553408 len=1024
read t=47179708373 offset=145553408 len=4096
read t=47198391373 offset=145556480 len=1024
read t=47214412373 offset=145556480 len=4096
read t=47228022373 offset=145433600 len=1024
read t=47231290373 offset=145433600 len=4096
read t=47238399373 offset=145646592 len=1024
read t=47255483373 offset=145646592 len=1024
read t=47706391373 offset=145555456 len=4096
read t=47739017373 offset=145641472 len=4096
read t=47754412373 offset=0 len=4096
read t=47782395373 offset=145559552 len=1024
read t=47783623373 offset=145559552 len=5120
read t=47789118373 offset=4096 len=4096
read t=47789993373 offset=145645568 len=4096
read t=47790387373 offset=145514496 len=4096
read t=47819464373 offset=145616896 len=4096
read t=47819991373 offset=145518592 len=4096
read t=47820627373 offset=145444864 len=4096
read t=47820937373 offset=145346560 len=4096
read t=47829293373 offset=145301504 len=4096
read t=47829598373 offset=145272832 len=4096
read t=47829756373 offset=145182720 len=4096
read t=47842387373 offset=145149952 len=4096
read t=47843911373 offset=145141760 len=4096
read t=47864915373 offset=145162240 len=4096
read t=47865345373 offset=144068608 len=4096
read t=47870881373 offset=16384 len=4096
read t=47902409373 offset=32768 len=4096
read t=47945014373 offset=65536 len=4096
read t=48011336373 offset=131072 len=4096
read t=48011980373 offset=262144 len=4096
read t=48018338373 offset=524288 len=4096
read t=48083479373 offset=1048576 len=4096
read t=48098348373 offset=2097152 len=4096
read t=48158904373 offset=4194304 len=4096
read t=48209287373 offset=12288 len=4096
read t=48209621373 offset=28672 len=4096
read t=48209801373 offset=61440 len=4096
read t=48210563373 offset=8192 len=4096
read t=48210839373 offset=20480 len=8192
read t=48211148373 offset=36864 len=24576
read t=48211355373 offset=69632 len=61440
read t=48211786373 offset=135168 len=126976
read t=48253501373 offset=145534976 len=1024
read t=48261147373 offset=145534976 len=4096
read t=48262261373 offset=145418240 len=1024
read t=48266390373 offset=145418240 len=3072
read t=48346417373 offset=145624064 len=1024
read t=48350385373 offset=145624064 len=3072
read t=48406422373 offset=266240 len=258048
read t=48418415373 offset=68319232 len=26624
read t=48475140373 offset=144965632 len=176128
read t=48475588373 offset=145145856 len=4096
read t=48478365373 offset=145154048 len=8192
read t=48478399373 offset=145166336 len=16384
read t=48478403373 offset=145186816 len=40960
read t=48627335373 offset=145227776 len=45056
read t=48627633373 offset=145276928 len=24576
read t=48627786373 offset=145305600 len=40960
read t=48628014373 offset=145350656 len=94208
read t=48702414373 offset=145448960 len=40960
read t=49414405373 offset=145438720 len=1024
read t=49426410373 offset=145438720 len=3072
read t=49444394373 offset=101680128 len=12288
read t=49735884373 offset=145542144 len=1024
read t=49739588373 offset=145542144 len=5120
read t=49746428373 offset=145399808 len=1024
read t=49759846373 offset=145399808 len=3072
read t=49764475373 offset=145515520 len=1024
read t=49791566373 offset=145515520 len=5120
read t=49802425373 offset=145646592 len=1024
read t=49838429373 offset=145646592 len=1024
read t=49840316373 offset=145617920 len=1024
read t=49840582373 offset=145617920 len=4096
read t=49847794373 offset=30927872 len=26624
read t=49922103373 offset=145559552 len=1024
read t=49932115373 offset=145559552 len=5120
read t=49941814373 offset=99502080 len=37888
read t=50798386373 offset=145553408 len=1024
read t=50798424373 offset=145397760 len=1024
read t=50799840373 offset=145553408 len=4096
read t=50804970373 offset=145397760 len=3072
read t=50806535373 offset=30332928 len=32768
read t=51750809373 offset=145438720 len=1024
read t=51770383373 offset=145438720 len=3072
read t=51773068373 offset=145624064 len=1024
read t=51773355373 offset=145624064 len=3072
read t=51774486373 offset=99473408 len=29696
read t=52304282373 offset=100115456 len=19456
read t=52308834373 offset=100133888 len=15360
read t=52767047373 offset=101082112 len=51200
read t=52798444373 offset=101132288 len=52224
read t=52862429373 offset=100561920 len=17408
read t=53031399373 offset=100578304 len=17408
read t=53046368373 offset=100543488 len=19456
read t=53110360373 offset=101447680 len=24576
read t=53143323373 offset=101471232 len=18432
read t=53265360373 offset=145542144 len=1024
read t=53271509373 offset=145542144 len=5120
read t=53322377373 offset=100097024 len=19456
read t=53366400373 offset=145388544 len=1024
read t=53379169373 offset=145388544 len=3072
read t=53380583373 offset=145646592 len=1024
read t=53380835373 offset=145646592 len=1024
read t=53381349373 offset=145503232 len=1024
read t=53386378373 offset=145503232 len=5120
read t=53390402373 offset=145617920 len=1024
read t=53391578373 offset=145617920 len=4096
read t=53454971373 offset=11417600 len=25600
read t=53970405373 offset=145559552 len=1024
read t=53978411373 offset=145559552 len=5120
read t=54083168373 offset=145553408 len=1024
read t=54111814373 offset=145553408 len=4096
read t=55213592373 offset=145390592 len=1024
read t=55223681373 offset=145390592 len=3072
read t=55231338373 offset=145507328 len=1024
read t=55235798373 offset=145507328 len=5120
read t=55252963373 offset=14393344 len=26624
read t=55618253373 offset=14418944 len=27648
read t=56205984373 offset=145542144 len=1024
read t=56219724373 offset=145542144 len=5120
read t=56223914373 offset=145388544 len=1024
read t=56231366373 offset=145388544 len=3072
read t=56232459373 offset=145646592 len=1024
read t=56243103373 offset=145646592 len=1024
read t=56245109373 offset=145503232 len=1024
read t=56251578373 offset=145503232 len=5120
read t=56352265373 offset=12735488 len=35840
read t=56398347373 offset=12770304 len=11264
read t=57491480373 offset=145395712 len=1024
read t=57494368373 offset=145395712 len=3072
read t=57498361373 offset=145511424 len=1024
read t=57499067373 offset=145511424 len=5120
read t=57502068373 offset=145617920 len=1024
read t=57522271373 offset=145617920 len=4096
read t=57602857373 offset=26003456 len=28672
read t=57730379373 offset=145515520 len=1024
read t=57767840373 offset=145515520 len=5120
read t=57769030373 offset=145399808 len=1024
read t=57769183373 offset=145399808 len=3072
read t=57819263373 offset=30743552 len=41984
read t=57953961373 offset=30784512 len=23552
read t=57966362373 offset=30807040 len=22528
read t=57970805373 offset=30643200 len=25600
read t=57976370373 offset=30807040 len=22528
read t=58009366373 offset=145438720 len=1024
read t=58010051373 offset=145438720 len=3072
read t=58010546373 offset=100148224 len=18432
read t=58039090373 offset=145542144 len=1024
read t=58056771373 offset=145542144 len=5120
read t=58061123373 offset=145390592 len=1024
read t=58072713373 offset=145390592 len=3072
read t=58073386373 offset=145646592 len=1024
read t=58073562373 offset=145646592 len=1024
read t=58074014373 offset=145507328 len=1024
read t=58074120373 offset=145507328 len=5120
read t=58074917373 offset=145553408 len=1024
read t=58099250373 offset=145553408 len=4096
read t=58102660373 offset=145386496 len=1024
read t=58130404373 offset=145386496 len=3072
read t=58150390373 offset=145503232 len=1024
read t=58152775373 offset=145503232 len=5120
read t=58154240373 offset=145431552 len=1024
read t=58154491373 offset=145431552 len=3072
read t=58203709373 offset=145624064 len=1024
read t=58207423373 offset=145624064 len=3072
read t=58327385373 offset=145559552 len=1024
read t=58330337373 offset=145559552 len=5120
read t=58331367373 offset=145438720 len=1024
read t=58331565373 offset=145438720 len=3072
read t=58335704373 offset=145646592 len=1024
read t=58359889373 offset=145646592 len=1024
read t=58366225373 offset=102684672 len=52224
read t=58410376373 offset=97870848 len=28672
read t=58459472373 offset=145499136 len=1024
read t=58459858373 offset=145499136 len=5120
read t=58462397373 offset=145383424 len=1024
read t=58462942373 offset=145383424 len=4096
read t=58466336373 offset=145617920 len=1024
read t=58470399373 offset=145617920 len=4096
read t=58544507373 offset=1400832 len=58368
read t=58602650373 offset=145386496 len=1024
read t=58605436373 offset=99538944 len=32768
read t=58608862373 offset=145386496 len=3072
read t=58622442373 offset=10358784 len=40960
read t=59011234373 offset=10398720 len=57344
read t=59150401373 offset=10455040 len=61440
read t=59387882373 offset=10515456 len=25600
read t=59706388373 offset=10540032 len=12288
read t=59743292373 offset=10551296 len=12288
read t=59867450373 offset=10562560 len=16384
read t=59888748373 offset=10577920 len=30720
read t=59935800373 offset=10607616 len=32768
read t=59946429373 offset=10639360 len=22528
read t=59974398373 offset=10660864 len=21504
read t=60158416373 offset=10681344 len=21504
read t=60179462373 offset=10701824 len=21504
read t=60257893373 offset=145553408 len=1024
read t=60271639373 offset=145553408 len=4096
read t=60276930373 offset=10722304 len=20480
read t=60281860373 offset=10741760 len=17408
read t=60289112373 offset=10758144 len=17408
read t=60291902373 offset=10774528 len=17408
read t=60299284373 offset=10790912 len=21504
read t=60345240373 offset=10811392 len=4096
read t=60347464373 offset=10811392 len=4096
read t=61661672373 offset=101540864 len=44032
read t=61686510373 offset=101583872 len=49152
read t=64053272373 offset=145390592 len=1024
read t=64054082373 offset=145390592 len=3072
read t=64067629373 offset=14445568 len=40960
read t=64081840373 offset=14485504 len=23552
read t=64102357373 offset=145559552 len=1024
read t=64103396373 offset=145559552 len=5120
read t=64226869373 offset=145503232 len=1024
read t=64242801373 offset=145503232 len=5120
read t=64258373373 offset=145646592 len=1024
read t=64262834373 offset=145646592 len=1024
read t=64290341373 offset=10072064 len=40960
read t=64298551373 offset=10112000 len=29696
read t=64314392373 offset=10140672 len=21504
read t=64320172373 offset=10161152 len=3072
read t=64325243373 offset=10161152 len=3072
read t=64654919373 offset=145542144 len=1024
read t=64658370373 offset=145542144 len=5120
read t=64677130373 offset=145507328 len=1024
read t=64683433373 offset=145507328 len=5120
read t=64694340373 offset=145617920 len=1024
read t=64699768373 offset=145617920 len=4096
read t=64766365373 offset=14938112 len=27648
read t=65076898373 offset=145570816 len=1024
read t=65083553373 offset=145570816 len=6144
read t=65090576373 offset=145448960 len=1024
read t=65091069373 offset=145448960 len=3072
read t=65091599373 offset=145626112 len=1024
read t=65091783373 offset=145626112 len=3072
read t=65110355373 offset=14418944 len=27648
read t=65198391373 offset=121562112 len=43008
read t=65339481373 offset=145499136 len=1024
read t=65342352373 offset=145499136 len=5120
read t=65346388373 offset=145381376 len=1024
read t=65347366373 offset=145381376 len=3072
read t=65347939373 offset=145646592 len=1024
read t=65348329373 offset=145646592 len=1024
read t=65358407373 offset=0 len=73728
read t=65475196373 offset=145616896 len=1024
read t=65475835373 offset=145616896 len=2048
read t=65828984373 offset=122182656 len=36864
read t=65843394373 offset=145383424 len=1024
read t=65846365373 offset=145383424 len=4096
read t=65847489373 offset=283648 len=50176
read t=65880391373 offset=839680 len=18432
read t=65889545373 offset=145567744 len=1024
read t=65895003373 offset=145567744 len=4096
read t=65906391373 offset=145442816 len=1024
read t=65910359373 offset=145442816 len=4096
read t=65931888373 offset=117419008 len=44032
read t=65943054373 offset=117462016 len=24576
read t=65963714373 offset=332800 len=49152
read t=65975133373 offset=380928 len=70656
read t=65994827373 offset=450560 len=72704
read t=66018443373 offset=522240 len=71680
read t=66028522373 offset=592896 len=71680
read t=66052991373 offset=736256 len=58368
read t=66062387373 offset=793600 len=47104
read t=66150109373 offset=663552 len=73728
read t=66196911373 offset=145617920 len=1024
read t=66197286373 offset=145617920 len=4096
read t=66266357373 offset=145570816 len=1024
read t=66267198373 offset=145570816 len=6144
read t=66268307373 offset=145499136 len=1024
read t=66268443373 offset=145499136 len=5120
read t=66311707373 offset=6136832 len=26624
read t=67237556373 offset=145559552 len=1024
read t=67250439373 offset=145559552 len=5120
read t=67360914373 offset=145553408 len=1024
read t=67367823373 offset=145553408 len=4096
read t=67780636373 offset=145583104 len=1024
read t=67815937373 offset=145583104 len=3072
read t=68813390373 offset=98451456 len=17408
read t=75025189373 offset=145503232 len=1024
read t=75066523373 offset=145503232 len=5120
read t=75067398373 offset=145386496 len=1024
read t=75074384373 offset=145386496 len=3072
read t=75075636373 offset=145646592 len=1024
read t=75075924373 offset=145646592 len=1024
read t=75076289373 offset=145617920 len=1024
read t=75076432373 offset=145617920 len=4096
read t=75086412373 offset=8967168 len=33792
read t=75489496373 offset=145570816 len=1024
read t=75498398373 offset=145570816 len=6144
read t=77797474373 offset=145556480 len=1024
read t=77807258373 offset=145556480 len=4096
read t=77811471373 offset=145436672 len=1024
read t=77815085373 offset=145436672 len=3072
read t=77819397373 offset=145624064 len=1024
read t=77819746373 offset=145624064 len=3072
read t=77820911373 offset=99368960 len=35840
read t=78048500373 offset=145442816 len=1024
read t=78050822373 offset=145442816 len=4096
read t=78055263373 offset=113933312 len=88064
read t=78061207373 offset=118419456 len=49152
read t=78069220373 offset=118467584 len=64512
read t=78084039373 offset=145440768 len=1024
read t=78084797373 offset=145440768 len=3072
read t=78087137373 offset=108251136 len=63488
read t=78097609373 offset=108313600 len=57344
read t=78100237373 offset=108369920 len=61440
read t=78105150373 offset=108430336 len=59392
read t=78116684373 offset=108488704 len=59392
read t=78120434373 offset=108547072 len=108544
read t=78133322373 offset=108654592 len=92160
read t=78136157373 offset=108745728 len=59392
read t=78142342373 offset=108804096 len=55296
read t=78149403373 offset=108979200 len=64512
read t=78156575373 offset=109042688 len=34816
read t=78160847373 offset=109076480 len=59392
read t=78177275373 offset=109134848 len=60416
read t=78179360373 offset=109194240 len=54272
read t=78181842373 offset=109247488 len=44032
read t=78184663373 offset=109528064 len=48128
read t=78187714373 offset=109575168 len=39936
read t=78190968373 offset=109614080 len=39936
read t=78193833373 offset=111481856 len=25600
read t=78195946373 offset=111506432 len=29696
read t=78197510373 offset=111535104 len=64512
read t=78200026373 offset=111598592 len=35840
end files=1665 reads=1177
