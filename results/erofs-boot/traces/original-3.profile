liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145728188 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=4d9921549dc96fd437a9ffac79422eb5e0305e2aa0637fbc7b940f10c0b9bcb9
events 555
dropped 0
boots 1
duration_ns 35703543878
file /usr/lib/systemd/systemd inode=5910 t=8145417511 kinds=fragment-inferred,block pages=0-22 ranks=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=8145417511 kinds=fragment-inferred,block pages=0-3 ranks=1 count=1
file /usr/lib/systemd/systemd-backlight inode=5912 t=8195169511 kinds=fragment-inferred,block pages=0-7 ranks=2 count=1
file /usr/lib/systemd/systemd-binfmt inode=5913 t=8195169511 kinds=fragment-inferred,block pages=0-4 ranks=3 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=5914 t=8195169511 kinds=fragment-inferred,block pages=0-3 ranks=4 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=5915 t=8195169511 kinds=fragment-inferred,block pages=0-3 ranks=5 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=5916 t=8195169511 kinds=fragment-inferred,block pages=0-17 ranks=6 count=1
file /usr/lib/systemd/systemd-fsck inode=5917 t=8195169511 kinds=fragment-inferred,block pages=0-5 ranks=7 count=1
file /usr/lib/systemd/systemd-fsckd inode=5918 t=8195169511 kinds=fragment-inferred,block pages=0-6 ranks=8 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8495043511 kinds=block pages=0-52 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=8545005511 kinds=fragment-inferred,block pages=0-12 ranks=10 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=8545005511 kinds=fragment-inferred,block pages=0-3 ranks=11 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8545005511 kinds=fragment-inferred,block pages=0-9 ranks=12 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=8545005511 kinds=fragment-inferred,block pages=0-3 ranks=13 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=8545005511 kinds=block pages=0-63,64-159 ranks=14,172 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8695431511 kinds=block pages=0-95,96-159,160-191,192-383,384-479,480-505 ranks=15,201,226,225,217,16 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8945512511 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=17,216,227,224,223,222,220,212,18 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7317 t=9145370511 kinds=fragment-inferred,block pages=0-5 ranks=19 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7325 t=9145370511 kinds=fragment-inferred,block pages=0-3 ranks=20 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=9145370511 kinds=fragment-inferred,block pages=0 ranks=21 count=1
file /usr/sbin/add-shell inode=7340 t=9145370511 kinds=fragment-inferred,block pages=0 ranks=22 count=1
file /usr/sbin/adduser inode=7342 t=9145370511 kinds=fragment-inferred,block pages=0-11 ranks=23 count=1
file /etc/adduser.conf inode=20 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=24 count=5
file /etc/alternatives/README inode=22 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=25 count=5
file /etc/apt/apt.conf.d/01autoremove inode=43 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=26 count=5
file /etc/apt/apt.conf.d/70debconf inode=44 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=27 count=5
file /etc/apt/sources.list inode=48 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=28 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=29 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=30 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=31 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=32 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=33 count=5
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=34 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=35 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=9195491511 kinds=fragment-inferred,block pages=0-2 ranks=36 count=5
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=37 count=5
file /etc/bash.bashrc inode=60 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=38 count=5
file /etc/bindresvport.blacklist inode=61 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=39 count=5
file /etc/cron.d/e2scrub_all inode=64 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=40 count=5
file /etc/cron.daily/apt-compat inode=66 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=41 count=5
file /etc/cron.daily/dpkg inode=67 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=42 count=5
file /etc/debconf.conf inode=68 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=43 count=5
file /etc/debian_version inode=69 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=44 count=5
file /etc/default/hwclock inode=71 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=45 count=5
file /etc/default/nss inode=72 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=46 count=5
file /etc/default/useradd inode=73 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=47 count=5
file /etc/deluser.conf inode=74 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=48 count=5
file /etc/dpkg/dpkg.cfg inode=76 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=49 count=5
file /etc/dpkg/origins/debian inode=79 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=50 count=5
file /etc/e2scrub.conf inode=81 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=51 count=5
file /etc/fstab inode=83 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=52 count=5
file /etc/gai.conf inode=84 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=53 count=5
file /etc/group inode=85 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=54 count=5
file /etc/group- inode=86 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=55 count=5
file /etc/gshadow inode=87 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=56 count=5
file /etc/gshadow- inode=88 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=57 count=5
file /etc/host.conf inode=89 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=58 count=5
file /etc/hostname inode=90 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=59 count=5
file /etc/init.d/hwclock.sh inode=92 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=60 count=5
file /etc/init.d/kmod inode=93 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=61 count=5
file /etc/init.d/udev inode=94 t=9195491511 kinds=fragment-inferred,block pages=0-1 ranks=62 count=5
file /etc/issue inode=95 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=63 count=5
file /etc/issue.net inode=96 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=64 count=5
file /etc/ld.so.cache inode=100 t=9195491511 kinds=fragment-inferred,block pages=0-1 ranks=65 count=5
file /etc/ld.so.conf inode=101 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=66 count=5
file /etc/ld.so.conf.d/libc.conf inode=103 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=67 count=5
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=68 count=5
file /etc/libaudit.conf inode=105 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=69 count=5
file /etc/login.defs inode=107 t=9195491511 kinds=fragment-inferred,block pages=0-3 ranks=70 count=5
file /etc/logrotate.d/alternatives inode=109 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=71 count=5
file /etc/logrotate.d/apt inode=110 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=72 count=5
file /etc/logrotate.d/dpkg inode=111 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=73 count=5
file /etc/machine-id inode=112 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=74 count=5
file /etc/mke2fs.conf inode=113 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=75 count=5
file /etc/modules inode=115 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=76 count=5
file /etc/motd inode=118 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=77 count=5
file /etc/nsswitch.conf inode=120 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=78 count=5
file /etc/pam.conf inode=123 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=79 count=5
file /etc/pam.d/chfn inode=125 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=80 count=5
file /etc/pam.d/chpasswd inode=126 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=81 count=5
file /etc/pam.d/chsh inode=127 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=82 count=5
file /usr/share/base-files/motd inode=7478 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=83 count=5
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=84 count=5
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=85 count=5
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=86 count=5
file /etc/pam.d/common-account inode=128 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=87 count=2
file /etc/pam.d/common-auth inode=129 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=88 count=2
file /etc/pam.d/common-password inode=130 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=89 count=2
file /etc/pam.d/common-session inode=131 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=90 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=91 count=2
file /etc/pam.d/login inode=133 t=9195491511 kinds=fragment-inferred,block pages=0-1 ranks=92 count=2
file /etc/pam.d/newusers inode=134 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=93 count=2
file /etc/pam.d/other inode=135 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=94 count=2
file /etc/pam.d/passwd inode=136 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=95 count=2
file /etc/pam.d/runuser inode=137 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=96 count=2
file /etc/pam.d/runuser-l inode=138 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=97 count=2
file /etc/pam.d/su inode=139 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=98 count=2
file /etc/pam.d/su-l inode=140 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=99 count=2
file /etc/passwd inode=141 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=100 count=2
file /etc/passwd- inode=142 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=101 count=2
file /etc/profile inode=143 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=102 count=2
file /etc/resolv.conf inode=160 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=103 count=2
file /etc/security/access.conf inode=163 t=9195491511 kinds=fragment-inferred,block pages=0-1 ranks=104 count=2
file /etc/security/faillock.conf inode=164 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=105 count=2
file /etc/security/group.conf inode=165 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=106 count=2
file /etc/security/limits.conf inode=166 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=107 count=2
file /etc/security/namespace.conf inode=168 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=108 count=2
file /etc/security/namespace.init inode=170 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=109 count=2
file /etc/security/pam_env.conf inode=172 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=110 count=2
file /etc/security/sepermit.conf inode=173 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=111 count=2
file /etc/security/time.conf inode=174 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=112 count=2
file /etc/selinux/semanage.conf inode=176 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=113 count=2
file /etc/shadow inode=177 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=114 count=2
file /etc/shadow- inode=178 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=115 count=2
file /etc/shells inode=179 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=116 count=2
file /etc/skel/.bash_logout inode=181 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=117 count=2
file /etc/skel/.bashrc inode=182 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=118 count=2
file /etc/skel/.profile inode=183 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=119 count=2
file /etc/systemd/journald.conf inode=189 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=120 count=2
file /etc/systemd/logind.conf inode=190 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=121 count=2
file /etc/systemd/networkd.conf inode=192 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=122 count=2
file /etc/systemd/pstore.conf inode=193 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=123 count=2
file /etc/systemd/sleep.conf inode=194 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=124 count=2
file /etc/systemd/system/liveopt-marker.service inode=199 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=125 count=2
file /etc/systemd/system.conf inode=213 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=126 count=2
file /etc/systemd/user.conf inode=215 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=127 count=2
file /etc/terminfo/README inode=217 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=128 count=2
file /etc/timezone inode=218 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=129 count=2
file /etc/udev/udev.conf inode=223 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=130 count=2
file /etc/update-motd.d/10-uname inode=225 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=131 count=2
file /etc/xattr.conf inode=226 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=132 count=2
file /root/.bashrc inode=238 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=133 count=2
file /root/.profile inode=239 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=134 count=2
file /usr/bin/[ inode=267 t=9195491511 kinds=fragment-inferred,block pages=0-16 ranks=135 count=2
file /usr/share/base-files/dot.bashrc inode=7474 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=136 count=2
file /usr/share/base-files/dot.profile inode=7475 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=137 count=2
file /usr/share/base-files/profile inode=7479 t=9195491511 kinds=fragment-inferred,block pages=0 ranks=138 count=2
file /usr/bin/addpart inode=268 t=9247528511 kinds=fragment-inferred,block pages=0-7 ranks=139 count=2
file /usr/bin/apt inode=269 t=9247528511 kinds=fragment-inferred,block pages=0-4 ranks=140 count=2
file /usr/bin/apt-cache inode=270 t=9247528511 kinds=fragment-inferred,block pages=0-21 ranks=141 count=2
file /usr/bin/apt-cdrom inode=271 t=9247528511 kinds=fragment-inferred,block pages=0-5 ranks=142 count=2
file /usr/bin/apt-config inode=272 t=9247528511 kinds=fragment-inferred,block pages=0-6 ranks=143 count=3
file /usr/bin/apt-get inode=273 t=9247528511 kinds=fragment-inferred,block pages=0-12 ranks=144 count=3
file /usr/bin/apt-key inode=274 t=9247528511 kinds=fragment-inferred,block pages=0-6 ranks=145 count=3
file /usr/bin/apt-mark inode=275 t=9247528511 kinds=fragment-inferred,block pages=0-14 ranks=146 count=3
file /usr/bin/arch inode=276 t=9247528511 kinds=fragment-inferred,block pages=0-10 ranks=147 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=9445239511 kinds=block pages=0-127,128-159,160-287,288-447,448-470 ranks=148,203,202,204,149 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6439 t=9695098511 kinds=fragment-inferred,block pages=0-18 ranks=150 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6441 t=9695098511 kinds=fragment-inferred,block pages=0-12 ranks=151 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9845713511 kinds=fragment-inferred,block pages=0-31 ranks=152 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6530 t=9895435511 kinds=block pages=0-31 ranks=153 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=10045602511 kinds=fragment-inferred,block pages=0-16 ranks=154 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=10045602511 kinds=fragment-inferred,block pages=0-3 ranks=155 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=10045602511 kinds=fragment-inferred,block pages=0-4 ranks=156 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=10045602511 kinds=fragment-inferred,block pages=0-3 ranks=157 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6517 t=10095167511 kinds=fragment-inferred,block pages=0-5 ranks=158 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6518 t=10095167511 kinds=fragment-inferred,block pages=0-3 ranks=159 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6519 t=10095167511 kinds=fragment-inferred,block pages=0-14 ranks=160 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6520 t=10095167511 kinds=fragment-inferred,block pages=0-3 ranks=161 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=10245559511 kinds=fragment-inferred,block pages=0-31 ranks=162 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=10395746511 kinds=fragment-inferred,block pages=0-27 ranks=163 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=10445641511 kinds=block pages=0-31,32-98 ranks=164,171 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=10595314511 kinds=fragment-inferred,block pages=0-19 ranks=165 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=10595314511 kinds=fragment-inferred,block pages=0-8 ranks=166 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6432 t=10644615511 kinds=fragment-inferred,block pages=0-6 ranks=167 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=10644615511 kinds=block pages=0-31,32-86 ranks=168,173 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=10695380511 kinds=block pages=0-42 ranks=169 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6524 t=10795250511 kinds=block pages=0-31 ranks=170 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=11095745511 kinds=fragment-inferred,block pages=0-7 ranks=174 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=11095745511 kinds=fragment-inferred,block pages=0-11 ranks=175 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=11095745511 kinds=fragment-inferred,block pages=0-4 ranks=176 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=11095745511 kinds=fragment-inferred,block pages=0-3 ranks=177 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=11095745511 kinds=fragment-inferred,block pages=0-3 ranks=178 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6463 t=11145014511 kinds=block pages=0-31 ranks=179 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=11195446511 kinds=block pages=0-50 ranks=180 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=11295638511 kinds=block pages=0-31,32-223,224-287,288-351,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=181,190,192,209,218,580,219,207,191 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=11445342511 kinds=block pages=0-63,64-255,256-287,288-325 ranks=182,210,590,183 count=6
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6472 t=11694994511 kinds=block pages=0-31,32-63 ranks=184,591 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=11845326511 kinds=fragment-inferred,block pages=0-8 ranks=185 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=11845326511 kinds=fragment-inferred,block pages=0-17 ranks=186 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=11895482511 kinds=block pages=0-36 ranks=187 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=11945169511 kinds=block pages=0-46 ranks=188 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11945169511 kinds=block pages=0-31,32-95,96-191,192-222 ranks=189,196,205,197 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=12395096511 kinds=block pages=0-127,128-159,160-186 ranks=193,206,194 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=6552 t=12645054511 kinds=fragment-inferred,block pages=0-29 ranks=195 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=13045000511 kinds=block pages=0-153 ranks=198 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=13295023511 kinds=block pages=0-38 ranks=199 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6478 t=13345053511 kinds=block pages=0-63 ranks=200 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6452 t=14395501511 kinds=block pages=0-63 ranks=208 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6497 t=14595136511 kinds=block pages=0-63 ranks=211 count=1
file /usr/sbin/agetty inode=7343 t=14794993511 kinds=fragment-inferred,block pages=0-16 ranks=213 count=1
file /usr/sbin/badblocks inode=7344 t=14794993511 kinds=fragment-inferred,block pages=0-8 ranks=214 count=1
file /usr/sbin/blkdeactivate inode=7345 t=14794993511 kinds=fragment-inferred,block pages=0-3 ranks=215 count=1
file /usr/sbin/blkdiscard inode=7346 t=15995229511 kinds=fragment-inferred,block pages=0-8 ranks=221 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=663 t=17194962511 kinds=block pages=0-63,64-127,128-130 ranks=1090,1115,228 count=3
file /usr/lib/lsb/init-functions inode=644 t=17295281511 kinds=fragment-inferred,block pages=0-2 ranks=229 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=230 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=231 count=1
file /usr/lib/mime/packages/tar inode=650 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=17295281511 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=17295281511 kinds=fragment-inferred,block pages=0-5 ranks=237 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=17295281511 kinds=fragment-inferred,block pages=0-6 ranks=238 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=17295281511 kinds=fragment-inferred,block pages=0-7 ranks=239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=17295281511 kinds=fragment-inferred,block pages=0-7 ranks=240 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=667 t=17295281511 kinds=fragment-inferred,block pages=0-21 ranks=241 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=669 t=17295281511 kinds=block pages=0-34 ranks=242 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=668 t=17345124511 kinds=fragment-inferred,block pages=0-24 ranks=243 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=670 t=17345124511 kinds=fragment-inferred,block pages=0-8 ranks=244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=671 t=17345124511 kinds=fragment-inferred,block pages=0-3 ranks=245 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=672 t=17345124511 kinds=fragment-inferred,block pages=0-7 ranks=246 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=673 t=17345124511 kinds=fragment-inferred,block pages=0-3 ranks=247 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=674 t=17345124511 kinds=fragment-inferred,block pages=0-9 ranks=248 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=675 t=17345124511 kinds=fragment-inferred,block pages=0-19 ranks=249 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=676 t=17345124511 kinds=fragment-inferred,block pages=0-4 ranks=250 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=677 t=17345124511 kinds=fragment-inferred,block pages=0-2 ranks=251 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=678 t=17345124511 kinds=fragment-inferred,block pages=0-2 ranks=252 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.modinfo inode=5568 t=17545236511 kinds=fragment-inferred,block pages=0-11 ranks=253 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /usr/lib/os-release inode=5577 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/lib/pam.d/systemd-user inode=5579 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=258 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=17545236511 kinds=fragment-inferred,block pages=0-3 ranks=259 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=17545236511 kinds=fragment-inferred,block pages=0-2 ranks=260 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=17545236511 kinds=fragment-inferred,block pages=0-7 ranks=261 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=17545236511 kinds=fragment-inferred,block pages=0-4 ranks=262 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=17545236511 kinds=fragment-inferred,block pages=0-1 ranks=263 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=17545236511 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5590 t=17595019511 kinds=fragment-inferred,block pages=0-3 ranks=265 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5591 t=17595019511 kinds=fragment-inferred,block pages=0-2 ranks=266 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5592 t=17595019511 kinds=fragment-inferred,block pages=0-1 ranks=267 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5593 t=17595019511 kinds=fragment-inferred,block pages=0-3 ranks=268 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5594 t=17595019511 kinds=fragment-inferred,block pages=0-2 ranks=269 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5595 t=17595019511 kinds=fragment-inferred,block pages=0-5 ranks=270 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5596 t=17595019511 kinds=fragment-inferred,block pages=0-1 ranks=271 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5597 t=17595019511 kinds=fragment-inferred,block pages=0-4 ranks=272 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5598 t=17595019511 kinds=fragment-inferred,block pages=0-2 ranks=273 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5599 t=17595019511 kinds=fragment-inferred,block pages=0-1 ranks=274 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=17595019511 kinds=fragment-inferred,block pages=0-1 ranks=275 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=324 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=325 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=326 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=327 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=328 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=330 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=331 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=332 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=333 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=334 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=335 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=336 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=337 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=338 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=339 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=340 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=341 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=342 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=343 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=344 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=345 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=347 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=348 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=349 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=350 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=351 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=352 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=353 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=354 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=355 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=356 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=357 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=358 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=359 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=360 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=361 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=362 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=363 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=365 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=366 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=367 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=368 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=369 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=370 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=371 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=372 count=1
file /usr/lib/systemd/system/smartcard.target inode=5747 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=373 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=374 count=1
file /usr/lib/systemd/system/sound.target inode=5756 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=375 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=376 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=377 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=378 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=379 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=380 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=381 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=382 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=383 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=384 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=385 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=386 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=387 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=388 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=389 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=390 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=391 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=392 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=393 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=394 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=395 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=396 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=397 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=398 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=399 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=400 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=402 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=403 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=404 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=405 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=406 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=407 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=408 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=409 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=410 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=411 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=412 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=413 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=414 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=415 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=416 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=417 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=418 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=419 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=420 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=421 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=422 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=423 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=424 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=425 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=426 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=427 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=428 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=429 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=430 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=431 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=432 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=433 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=434 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=435 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=436 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=437 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=438 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=439 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=440 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=441 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=442 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=443 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=444 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=445 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=446 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=447 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=448 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=449 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=450 count=1
file /usr/lib/systemd/user/smartcard.target inode=5969 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=451 count=1
file /usr/lib/systemd/user/sound.target inode=5971 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=452 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=453 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=454 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=455 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=456 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=457 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=458 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=459 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=460 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=461 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=462 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=463 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=464 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=465 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=466 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=467 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=468 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=469 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=470 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=471 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=472 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=473 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=17595019511 kinds=fragment-inferred,block pages=0 ranks=474 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=17595019511 kinds=fragment-inferred,block pages=0-8 ranks=475 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=17595019511 kinds=fragment-inferred,block pages=0-3 ranks=476 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=17595019511 kinds=fragment-inferred,block pages=0-10 ranks=477 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=17595019511 kinds=fragment-inferred,block pages=0-5 ranks=478 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep inode=5569 t=17645050511 kinds=block pages=0-127,128 ranks=1357,479 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=17745350511 kinds=block pages=0-171 ranks=480 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.order inode=5572 t=17794925511 kinds=block pages=0-31,32-39 ranks=481,493 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=17945348511 kinds=block pages=0-308 ranks=482 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=18045121511 kinds=fragment-inferred,block pages=0-19 ranks=483 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=18045121511 kinds=fragment-inferred,block pages=0-3 ranks=484 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin inode=5565 t=18045121511 kinds=fragment-inferred,block pages=0-1 ranks=485 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=18045121511 kinds=fragment-inferred,block pages=0 ranks=486 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=18045121511 kinds=fragment-inferred,block pages=0-1 ranks=487 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=18195226511 kinds=block pages=0-186 ranks=488 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=18445343511 kinds=fragment-inferred,block pages=0-26 ranks=489 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/befs/befs.ko inode=4405 t=18494966511 kinds=fragment-inferred,block pages=0-17 ranks=490 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/bfs/bfs.ko inode=4407 t=18494966511 kinds=fragment-inferred,block pages=0-10 ranks=491 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/btrfs/btrfs.ko inode=4410 t=18494966511 kinds=block pages=0-31 ranks=492 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols inode=5574 t=18545175511 kinds=block pages=0-127 ranks=494 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=18745326511 kinds=fragment-inferred,block pages=0-27 ranks=495 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=18745326511 kinds=fragment-inferred,block pages=0-3 ranks=496 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=4980 t=18745326511 kinds=fragment-inferred,block pages=0-2 ranks=497 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=4981 t=18745326511 kinds=fragment-inferred,block pages=0-2 ranks=498 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=4982 t=18745326511 kinds=fragment-inferred,block pages=0-3 ranks=499 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CT.ko inode=4983 t=18745326511 kinds=fragment-inferred,block pages=0-5 ranks=500 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_DSCP.ko inode=4984 t=18745326511 kinds=fragment-inferred,block pages=0-3 ranks=501 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_HL.ko inode=4985 t=18745326511 kinds=fragment-inferred,block pages=0-2 ranks=502 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_HMARK.ko inode=4986 t=18745326511 kinds=fragment-inferred,block pages=0-4 ranks=503 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=4987 t=18795004511 kinds=fragment-inferred,block pages=0-10 ranks=504 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_LED.ko inode=4988 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=505 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_LOG.ko inode=4989 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=506 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=4990 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=507 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=4991 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=508 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=4992 t=18795004511 kinds=fragment-inferred,block pages=0-2 ranks=509 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=4993 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=510 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=4994 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=511 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=4995 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=512 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=4996 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=513 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=4997 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=514 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=4998 t=18795004511 kinds=fragment-inferred,block pages=0-2 ranks=515 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TEE.ko inode=4999 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=516 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5000 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=517 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5001 t=18795004511 kinds=fragment-inferred,block pages=0-2 ranks=518 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5002 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=519 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_bpf.ko inode=5003 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=520 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5004 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=521 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_cluster.ko inode=5005 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=522 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_comment.ko inode=5006 t=18795004511 kinds=fragment-inferred,block pages=0-2 ranks=523 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5007 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=524 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5008 t=18795004511 kinds=fragment-inferred,block pages=0-3 ranks=525 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5009 t=18795004511 kinds=fragment-inferred,block pages=0-2 ranks=526 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connmark.ko inode=5010 t=18795004511 kinds=fragment-inferred,block pages=0-4 ranks=527 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=18944886511 kinds=fragment-inferred,block pages=0-2 ranks=528 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=18944886511 kinds=fragment-inferred,block pages=0-2 ranks=529 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=18944886511 kinds=fragment-inferred,block pages=0-15 ranks=530 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=18944886511 kinds=fragment-inferred,block pages=0-10 ranks=531 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=4771 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=532 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=4772 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=533 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=4773 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=534 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=4774 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=535 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=4775 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=536 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=4776 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=537 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=4777 t=18995002511 kinds=fragment-inferred,block pages=0-2 ranks=538 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=4778 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=539 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=4779 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=540 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=4780 t=18995002511 kinds=fragment-inferred,block pages=0-2 ranks=541 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=4781 t=18995002511 kinds=fragment-inferred,block pages=0-2 ranks=542 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=4782 t=18995002511 kinds=fragment-inferred,block pages=0-1 ranks=543 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=4783 t=18995002511 kinds=fragment-inferred,block pages=0-8 ranks=544 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=4784 t=18995002511 kinds=fragment-inferred,block pages=0-5 ranks=545 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=4785 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=546 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=4786 t=18995002511 kinds=fragment-inferred,block pages=0-4 ranks=547 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=4787 t=18995002511 kinds=fragment-inferred,block pages=0-2 ranks=548 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=4788 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=549 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=4789 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=550 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=4790 t=18995002511 kinds=fragment-inferred,block pages=0-4 ranks=551 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=4791 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=552 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/raw_diag.ko inode=4792 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=553 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_bbr.ko inode=4793 t=18995002511 kinds=fragment-inferred,block pages=0-5 ranks=554 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_bic.ko inode=4794 t=18995002511 kinds=fragment-inferred,block pages=0-3 ranks=555 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_cdg.ko inode=4795 t=18995002511 kinds=fragment-inferred,block pages=0-4 ranks=556 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=19145297511 kinds=fragment-inferred,block pages=0-4 ranks=557 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=19145297511 kinds=fragment-inferred,block pages=0-6 ranks=558 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=19145297511 kinds=fragment-inferred,block pages=0-8 ranks=559 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=19145297511 kinds=fragment-inferred,block pages=0-4 ranks=560 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=19145297511 kinds=fragment-inferred,block pages=0-7 ranks=561 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1190 t=19145297511 kinds=fragment-inferred,block pages=0-2 ranks=562 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss.ko inode=1191 t=19145297511 kinds=fragment-inferred,block pages=0-6 ranks=563 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1193 t=19145297511 kinds=fragment-inferred,block pages=0-3 ranks=564 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1194 t=19145297511 kinds=fragment-inferred,block pages=0-3 ranks=565 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1195 t=19145297511 kinds=fragment-inferred,block pages=0-3 ranks=566 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1196 t=19195012511 kinds=fragment-inferred,block pages=0-18 ranks=567 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1197 t=19195012511 kinds=fragment-inferred,block pages=0-6 ranks=568 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1198 t=19195012511 kinds=fragment-inferred,block pages=0-3 ranks=569 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/amd/amdgpu/amdgpu.ko inode=1207 t=19195012511 kinds=block pages=0-31 ranks=570 count=1
file /usr/bin/kmod inode=384 t=19394994511 kinds=block pages=0-43 ranks=571 count=1
file /usr/bin/journalctl inode=382 t=19394994511 kinds=fragment-inferred,block pages=0-18 ranks=572 count=1
file /usr/bin/kernel-install inode=383 t=19394994511 kinds=fragment-inferred,block pages=0-3 ranks=573 count=1
file /usr/bin/last inode=385 t=19445065511 kinds=fragment-inferred,block pages=0-12 ranks=574 count=1
file /usr/bin/lastlog inode=387 t=19445065511 kinds=fragment-inferred,block pages=0-7 ranks=575 count=1
file /usr/bin/ldd inode=389 t=19445065511 kinds=fragment-inferred,block pages=0-1 ranks=576 count=1
file /usr/bin/link inode=390 t=19445065511 kinds=fragment-inferred,block pages=0-9 ranks=577 count=1
file /usr/bin/ln inode=393 t=19445065511 kinds=fragment-inferred,block pages=0-17 ranks=578 count=1
file /usr/bin/locale inode=394 t=19445065511 kinds=fragment-inferred,block pages=0-11 ranks=579 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=19959484511 kinds=fragment-inferred,block pages=0-7 ranks=581 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=19959484511 kinds=fragment-inferred,block pages=0-3 ranks=582 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=19959484511 kinds=fragment-inferred,block pages=0-5 ranks=583 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=19959484511 kinds=fragment-inferred,block pages=0-3 ranks=584 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=19959484511 kinds=fragment-inferred,block pages=0-3 ranks=585 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=19959484511 kinds=fragment-inferred,block pages=0-3 ranks=586 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=19959484511 kinds=fragment-inferred,block pages=0-7 ranks=587 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=19959484511 kinds=fragment-inferred,block pages=0-7 ranks=588 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=19959484511 kinds=fragment-inferred,block pages=0 ranks=589 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=592 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=593 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=594 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=595 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=596 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=597 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=598 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=599 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=600 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=601 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=602 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=603 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=604 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=605 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=606 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=607 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=608 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=609 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=610 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=611 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=612 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=613 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=614 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=615 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=616 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=617 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=618 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=619 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=620 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=621 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=622 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=623 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=624 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=625 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=626 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=627 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=628 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=629 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=630 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=631 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=632 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=633 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=634 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=635 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=636 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=637 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=638 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=639 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=640 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=641 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=642 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=643 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=644 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=645 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=646 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=647 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=648 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=649 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=650 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=651 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=652 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=653 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=654 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=655 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=656 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=657 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=658 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=659 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=660 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=661 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=662 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=663 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=664 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=665 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=666 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=667 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=668 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=669 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=670 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=671 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=672 count=1
file /usr/share/zoneinfo/CET inode=11283 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=673 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=674 count=1
file /usr/share/zoneinfo/EET inode=11298 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=675 count=1
file /usr/share/zoneinfo/EST inode=11299 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=676 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=677 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=678 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=679 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=680 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=681 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=682 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=683 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=684 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=685 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=686 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=687 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=688 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=689 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=690 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=691 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=692 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=693 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=694 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=695 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=696 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=697 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=698 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=699 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=700 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=701 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=702 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=703 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=704 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=705 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=706 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=707 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=708 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=709 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=710 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=711 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=712 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=713 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=714 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=715 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=716 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=717 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=718 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11356 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=719 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11357 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=720 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11358 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=721 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11359 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=722 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11360 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=723 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11361 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=724 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11363 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=725 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11364 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=726 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11365 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=727 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11366 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=728 count=1
file /usr/share/zoneinfo/Europe/London inode=11367 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=729 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11368 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=730 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11369 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=731 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11370 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=732 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11372 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=733 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11373 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=734 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11374 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=735 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11376 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=736 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11377 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=737 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11379 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=738 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11380 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=739 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11381 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=740 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11382 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=741 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11384 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=742 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11385 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=743 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11386 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=744 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11387 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=745 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11388 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=746 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11389 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=747 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11390 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=748 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11391 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=749 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11393 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=750 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11395 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=751 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11397 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=752 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11398 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=753 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11399 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=754 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11400 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=755 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11401 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=756 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11403 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=757 count=1
file /usr/share/zoneinfo/Factory inode=11404 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=758 count=1
file /usr/share/zoneinfo/HST inode=11412 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=759 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11416 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=760 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11417 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=761 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11418 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=762 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11419 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=763 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11420 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=764 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11421 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=765 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11422 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=766 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11423 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=767 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11424 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=768 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11425 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=769 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11426 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=770 count=1
file /usr/share/zoneinfo/MET inode=11433 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=771 count=1
file /usr/share/zoneinfo/MST inode=11434 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=772 count=1
file /usr/share/zoneinfo/MST7MDT inode=11435 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=773 count=1
file /usr/share/zoneinfo/PST8PDT inode=11444 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=774 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=11446 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=775 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=11447 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=776 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=11448 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=777 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=11449 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=778 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=11450 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=779 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=11451 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=780 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=11452 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=781 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=11454 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=782 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=11455 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=783 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=11456 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=784 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=11457 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=785 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=11458 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=786 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=11459 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=787 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=11460 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=788 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=11461 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=789 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=11463 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=790 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=11464 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=791 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=11465 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=792 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=11466 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=793 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=11467 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=794 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=11468 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=795 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=11469 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=796 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=11470 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=797 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=11471 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=798 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=11472 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=799 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=11473 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=800 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=11474 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=801 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=11475 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=802 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=11476 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=803 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=11477 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=804 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=11479 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=805 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=11480 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=806 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=11481 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=807 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=11483 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=808 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=11484 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=809 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=11485 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=810 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=11487 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=811 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=11488 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=812 count=1
file /usr/share/zoneinfo/WET inode=11513 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=813 count=1
file /usr/share/zoneinfo/iso3166.tab inode=11515 t=20697331511 kinds=fragment-inferred,block pages=0-1 ranks=814 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=11516 t=20697331511 kinds=fragment-inferred,block pages=0-1 ranks=815 count=1
file /usr/share/zoneinfo/leapseconds inode=11517 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=816 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=11584 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=817 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=11585 t=20697331511 kinds=fragment-inferred,block pages=0 ranks=818 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=11586 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=819 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=11587 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=820 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=11588 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=821 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=11590 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=822 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=11591 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=823 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=11592 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=824 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=11593 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=825 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=11594 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=826 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=11595 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=827 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=11596 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=828 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=11597 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=829 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=11598 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=830 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=11599 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=831 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=11600 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=832 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=11601 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=833 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=11602 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=834 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=11603 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=835 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=11604 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=836 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=11605 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=837 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=11606 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=838 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=11607 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=839 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=11608 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=840 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=11609 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=841 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=11610 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=842 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=11611 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=843 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=11612 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=844 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=11613 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=845 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=11614 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=846 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=11615 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=847 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=11616 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=848 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=11617 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=849 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=11618 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=850 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=11619 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=851 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=11620 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=852 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=11621 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=853 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=11622 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=854 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=11623 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=855 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=11624 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=856 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=11625 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=857 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=11626 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=858 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=11627 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=859 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=11628 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=860 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=11629 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=861 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=11630 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=862 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=11631 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=863 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=11632 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=864 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=11633 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=865 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=11635 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=866 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=11636 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=867 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=11637 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=868 count=1
file /usr/share/zoneinfo/right/America/Adak inode=11639 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=869 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=11640 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=870 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=11641 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=871 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=11642 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=872 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=11643 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=873 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=11645 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=874 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=11646 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=875 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=11648 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=876 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=11649 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=877 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=11650 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=878 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=11651 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=879 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=11652 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=880 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=11653 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=881 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=11654 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=882 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=11655 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=883 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=11656 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=884 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=11657 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=885 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=11658 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=886 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=11659 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=887 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=11660 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=888 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=11662 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=889 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=11663 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=890 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=11664 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=891 count=1
file /usr/share/zoneinfo/right/America/Belem inode=11665 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=892 count=1
file /usr/share/zoneinfo/right/America/Belize inode=11666 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=893 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=11667 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=894 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=11668 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=895 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=11669 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=896 count=1
file /usr/share/zoneinfo/right/America/Boise inode=11670 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=897 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=11672 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=898 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=11673 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=899 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=11674 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=900 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=11675 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=901 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=11677 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=902 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=11678 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=903 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=11679 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=904 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=11680 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=905 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=11681 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=906 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=11684 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=907 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=11685 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=908 count=1
file /usr/share/zoneinfo/right/America/Creston inode=11686 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=909 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=11687 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=910 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=11688 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=911 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=11689 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=912 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=11690 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=913 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=11691 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=914 count=1
file /usr/share/zoneinfo/right/America/Denver inode=11692 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=915 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=11693 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=916 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=11694 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=917 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=11695 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=918 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=11696 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=919 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=11697 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=920 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=11699 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=921 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=11701 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=922 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=11702 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=923 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=11704 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=924 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=11705 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=925 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=11706 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=926 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=11707 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=927 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=11708 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=928 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=11709 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=929 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=11710 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=930 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=11711 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=931 count=1
file /usr/share/zoneinfo/right/America/Havana inode=11712 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=932 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=11713 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=933 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=11715 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=934 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=11716 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=935 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=11717 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=936 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=11718 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=937 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=11719 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=938 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=11720 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=939 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=11721 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=940 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=11722 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=941 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=11724 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=942 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=11725 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=943 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=11726 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=944 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=11728 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=945 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=11730 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=946 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=11731 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=947 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=11734 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=948 count=1
file /usr/share/zoneinfo/right/America/Lima inode=11735 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=949 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=11736 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=950 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=11739 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=951 count=1
file /usr/share/zoneinfo/right/America/Managua inode=11740 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=952 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=11741 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=953 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=11743 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=954 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=11744 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=955 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=11745 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=956 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=11747 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=957 count=1
file /usr/share/zoneinfo/right/America/Merida inode=11748 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=958 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=11749 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=959 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=11750 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=960 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=11751 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=961 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=11752 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=962 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=11753 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=963 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=11754 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=964 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=11756 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=965 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=11757 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=966 count=1
file /usr/share/zoneinfo/right/America/New_York inode=11758 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=967 count=1
file /usr/share/zoneinfo/right/America/Nome inode=11760 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=968 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=11761 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=969 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=11763 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=970 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=11764 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=971 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=11765 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=972 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=11766 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=973 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=11767 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=974 count=1
file /usr/share/zoneinfo/right/America/Panama inode=11768 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=975 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=11770 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=976 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=11771 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=977 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=11772 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=978 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=11773 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=979 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=11775 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=980 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=11776 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=981 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=11777 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=982 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=11779 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=983 count=1
file /usr/share/zoneinfo/right/America/Recife inode=11780 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=984 count=1
file /usr/share/zoneinfo/right/America/Regina inode=11781 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=985 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=11782 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=986 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=11783 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=987 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=11786 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=988 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=11787 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=989 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=11788 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=990 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=11789 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=991 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=11790 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=992 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=11792 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=993 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=11794 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=994 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=11795 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=995 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=11796 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=996 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=11797 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=997 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=11798 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=998 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=11799 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=999 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=11800 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1000 count=1
file /usr/share/zoneinfo/right/America/Thule inode=11801 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1001 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=11803 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1002 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=11804 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1003 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=11805 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1004 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=11806 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1005 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=11808 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1006 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=11809 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1007 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=11810 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1008 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=11813 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1009 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=11814 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1010 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=11815 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1011 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=11816 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1012 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=11817 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1013 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=11818 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1014 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=11819 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1015 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=11820 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1016 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=11822 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1017 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=11823 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1018 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=11824 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1019 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=11828 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1020 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=11829 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1021 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=11830 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1022 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=11831 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1023 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=11832 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1024 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=11833 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1025 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=11834 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1026 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=11836 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1027 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=11837 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1028 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=11838 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1029 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=11839 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1030 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=11840 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1031 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=11841 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1032 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=11842 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1033 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=11843 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1034 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=11844 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1035 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=11846 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1036 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=11850 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1037 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=11852 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1038 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=11853 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1039 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=11854 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1040 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=11855 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1041 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=11856 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1042 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=11857 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1043 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=11858 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1044 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=11860 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1045 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=11861 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1046 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=11862 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1047 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=11863 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1048 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=11864 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1049 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=11866 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1050 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=11867 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1051 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=11868 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1052 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=11869 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1053 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=11870 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1054 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=11871 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1055 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=11873 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1056 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=11875 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1057 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=11876 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1058 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=11877 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1059 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=11878 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1060 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=11879 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1061 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=11880 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1062 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=11882 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1063 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=11883 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1064 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=11884 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1065 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=11885 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1066 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=11886 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1067 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=11887 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1068 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=11888 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1069 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=11889 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1070 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=11890 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1071 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=11891 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1072 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=11892 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1073 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=11893 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1074 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=11894 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1075 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=11895 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1076 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=11896 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1077 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=11897 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1078 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=11899 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1079 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=11901 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1080 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=11902 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1081 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=11903 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1082 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=11904 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1083 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=11905 t=20697604511 kinds=fragment-inferred,block pages=0 ranks=1084 count=1
file /usr/bin/more inode=422 t=21109428511 kinds=fragment-inferred,block pages=0-14 ranks=1085 count=1
file /usr/bin/mount inode=423 t=21109428511 kinds=fragment-inferred,block pages=0-14 ranks=1086 count=1
file /usr/bin/mv inode=425 t=21109988511 kinds=block pages=0-34 ranks=1087 count=1
file /usr/bin/mountpoint inode=424 t=21109988511 kinds=fragment-inferred,block pages=0-4 ranks=1088 count=1
file /usr/bin/namei inode=426 t=21109988511 kinds=fragment-inferred,block pages=0-8 ranks=1089 count=1
file /usr/lib/apt/methods/store inode=603 t=21259418511 kinds=fragment-inferred,block pages=0-15 ranks=1091 count=1
file /usr/lib/apt/solvers/dump inode=607 t=21259418511 kinds=fragment-inferred,block pages=0-5 ranks=1092 count=1
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1093 count=1
file /usr/lib/dpkg/methods/apt/install inode=613 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1094 count=1
file /usr/lib/dpkg/methods/apt/names inode=614 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1095 count=1
file /usr/lib/dpkg/methods/apt/setup inode=615 t=21259418511 kinds=fragment-inferred,block pages=0-1 ranks=1096 count=1
file /usr/lib/dpkg/methods/apt/update inode=616 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1097 count=1
file /usr/lib/init/init-d-script inode=620 t=21259418511 kinds=fragment-inferred,block pages=0-1 ranks=1098 count=1
file /usr/lib/init/vars.sh inode=621 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1099 count=1
file /usr/lib/kernel/install.conf inode=623 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1100 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1101 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1102 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=21259418511 kinds=fragment-inferred,block pages=0-1 ranks=1103 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1104 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1105 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1106 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1107 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1108 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1109 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1110 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1111 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1112 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1113 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=21259418511 kinds=fragment-inferred,block pages=0 ranks=1114 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=21459384511 kinds=fragment-inferred,block pages=0-4 ranks=1116 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=21459384511 kinds=fragment-inferred,block pages=0-6 ranks=1117 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=21459384511 kinds=fragment-inferred,block pages=0-4 ranks=1118 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=21459384511 kinds=fragment-inferred,block pages=0 ranks=1119 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=21459384511 kinds=fragment-inferred,block pages=0-6 ranks=1120 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6413 t=21516831511 kinds=block pages=0-31 ranks=1121 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=21659251511 kinds=fragment-inferred,block pages=0-7 ranks=1122 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=21659251511 kinds=fragment-inferred,block pages=0-3 ranks=1123 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=21659251511 kinds=fragment-inferred,block pages=0-3 ranks=1124 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=21659251511 kinds=fragment-inferred,block pages=0-2 ranks=1125 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=21659251511 kinds=fragment-inferred,block pages=0-9 ranks=1126 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=21659251511 kinds=fragment-inferred,block pages=0-2 ranks=1127 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=21659251511 kinds=fragment-inferred,block pages=0-2 ranks=1128 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=21809336511 kinds=block pages=0-100 ranks=1129 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=22009289511 kinds=block pages=0-105 ranks=1130 count=2
file /usr/lib/systemd/systemd-journald inode=5924 t=22159209511 kinds=block pages=0-41 ranks=1131 count=1
file /usr/lib/systemd/systemd-growfs inode=5919 t=22208914511 kinds=fragment-inferred,block pages=0-5 ranks=1132 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=5920 t=22208914511 kinds=fragment-inferred,block pages=0-3 ranks=1133 count=1
file /usr/lib/systemd/systemd-hostnamed inode=5921 t=22208914511 kinds=fragment-inferred,block pages=0-10 ranks=1134 count=1
file /usr/lib/systemd/systemd-initctl inode=5922 t=22208914511 kinds=fragment-inferred,block pages=0-5 ranks=1135 count=1
file /usr/lib/systemd/systemd-integritysetup inode=5923 t=22208914511 kinds=fragment-inferred,block pages=0-5 ranks=1136 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=22359241511 kinds=fragment-inferred,block pages=0-28 ranks=1137 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/erofs/erofs.ko inode=4428 t=22409449511 kinds=block pages=0-58 ranks=1138 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fat/vfat.ko inode=4438 t=22466644511 kinds=fragment-inferred,block pages=0-9 ranks=1139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4440 t=22466644511 kinds=fragment-inferred,block pages=0-12 ranks=1140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/cuse.ko inode=4444 t=22466644511 kinds=fragment-inferred,block pages=0-7 ranks=1141 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/gfs2/gfs2.ko inode=4448 t=22466644511 kinds=block pages=0-63 ranks=1142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-log.ko inode=2106 t=22509595511 kinds=fragment-inferred,block pages=0-9 ranks=1143 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mirror.ko inode=2107 t=22509595511 kinds=fragment-inferred,block pages=0-14 ranks=1144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-multipath.ko inode=2109 t=22509595511 kinds=fragment-inferred,block pages=0-21 ranks=1145 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-queue-length.ko inode=2110 t=22509595511 kinds=fragment-inferred,block pages=0-4 ranks=1146 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-raid.ko inode=2111 t=22509595511 kinds=fragment-inferred,block pages=0-22 ranks=1147 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-region-hash.ko inode=2112 t=22509595511 kinds=fragment-inferred,block pages=0-10 ranks=1148 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-round-robin.ko inode=2113 t=22509595511 kinds=fragment-inferred,block pages=0-4 ranks=1149 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-service-time.ko inode=2114 t=22509595511 kinds=fragment-inferred,block pages=0-4 ranks=1150 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-snapshot.ko inode=2115 t=22509595511 kinds=fragment-inferred,block pages=0-30 ranks=1151 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=22659314511 kinds=block pages=0-86 ranks=1152 count=2
file /usr/lib/systemd/systemd-logind inode=5926 t=22759096511 kinds=block pages=64-68 ranks=1153 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=22859414511 kinds=fragment-inferred,block pages=0-11 ranks=1154 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=22859414511 kinds=fragment-inferred,block pages=0-3 ranks=1155 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=22859414511 kinds=fragment-inferred,block pages=0-11 ranks=1156 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=22859414511 kinds=fragment-inferred,block pages=0-4 ranks=1157 count=1
file /usr/lib/systemd/systemd-networkd inode=5931 t=22909295511 kinds=block pages=0-31 ranks=1158 count=1
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=23009321511 kinds=fragment-inferred,block pages=0-3 ranks=1159 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=23009321511 kinds=fragment-inferred,block pages=0-5 ranks=1160 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=23009321511 kinds=fragment-inferred,block pages=0-4 ranks=1161 count=1
file /usr/lib/systemd/systemd-reply-password inode=5938 t=23009321511 kinds=fragment-inferred,block pages=0-3 ranks=1162 count=1
file /usr/lib/systemd/systemd-rfkill inode=5939 t=23009321511 kinds=fragment-inferred,block pages=0-5 ranks=1163 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/poly1305-x86_64.ko inode=679 t=23109223511 kinds=fragment-inferred,block pages=0-7 ranks=1164 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-avx-x86_64.ko inode=680 t=23109223511 kinds=fragment-inferred,block pages=0-11 ranks=1165 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-avx2.ko inode=681 t=23109223511 kinds=fragment-inferred,block pages=0-11 ranks=1166 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-sse2-x86_64.ko inode=682 t=23109223511 kinds=fragment-inferred,block pages=0-12 ranks=1167 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/sha1-ssse3.ko inode=683 t=23109223511 kinds=fragment-inferred,block pages=0-10 ranks=1168 count=1
file /usr/bin/udevadm inode=546 t=23259754511 kinds=block pages=0-63,64-127,128-255,256-287,288-330 ranks=1169,1221,1279,1218,1170 count=7
file /usr/bin/uclampset inode=545 t=23459379511 kinds=fragment-inferred,block pages=0-15 ranks=1171 count=1
file /usr/bin/umount inode=547 t=23459379511 kinds=fragment-inferred,block pages=0-8 ranks=1172 count=1
file /usr/bin/systemd-stdio-bridge inode=518 t=23609651511 kinds=fragment-inferred,block pages=0-4 ranks=1173 count=1
file /usr/bin/systemd-sysext inode=519 t=23609651511 kinds=fragment-inferred,block pages=0-10 ranks=1174 count=1
file /usr/bin/systemd-sysusers inode=520 t=23609651511 kinds=fragment-inferred,block pages=0-15 ranks=1175 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=23664770511 kinds=fragment-inferred,block pages=0-27 ranks=1176 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=522 t=23664770511 kinds=fragment-inferred,block pages=0-8 ranks=1177 count=1
file /usr/bin/tabs inode=524 t=23664770511 kinds=fragment-inferred,block pages=0-4 ranks=1178 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=23708989511 kinds=fragment-inferred,block pages=0-11 ranks=1179 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=23708989511 kinds=fragment-inferred,block pages=0-7 ranks=1180 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=23708989511 kinds=fragment-inferred,block pages=0-7 ranks=1181 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=23708989511 kinds=fragment-inferred,block pages=0-3 ranks=1182 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=23708989511 kinds=fragment-inferred,block pages=0-5 ranks=1183 count=1
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1184 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=23708989511 kinds=fragment-inferred,block pages=0-4 ranks=1185 count=1
file /usr/lib/systemd/systemd-timedated inode=5948 t=23708989511 kinds=fragment-inferred,block pages=0-10 ranks=1186 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=23708989511 kinds=fragment-inferred,block pages=0-4 ranks=1187 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=23708989511 kinds=fragment-inferred,block pages=0-4 ranks=1188 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=23708989511 kinds=fragment-inferred,block pages=0-3 ranks=1189 count=1
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=23708989511 kinds=fragment-inferred,block pages=0-5 ranks=1190 count=1
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=23708989511 kinds=fragment-inferred,block pages=0-4 ranks=1191 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=23708989511 kinds=fragment-inferred,block pages=0-3 ranks=1192 count=1
file /usr/lib/systemd/user/app.slice inode=5957 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1193 count=1
file /usr/lib/systemd/user/background.slice inode=5958 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1194 count=1
file /usr/lib/systemd/user/basic.target inode=5959 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1195 count=1
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1196 count=1
file /usr/lib/systemd/user/default.target inode=5961 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1197 count=1
file /usr/lib/systemd/user/exit.target inode=5962 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1198 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1199 count=1
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1200 count=1
file /usr/lib/systemd/user/paths.target inode=5965 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1201 count=1
file /usr/lib/systemd/user/printer.target inode=5966 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1202 count=1
file /usr/lib/systemd/user/session.slice inode=5967 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1203 count=1
file /usr/lib/systemd/user/shutdown.target inode=5968 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1204 count=1
file /usr/lib/systemd/user/sockets.target inode=5970 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1205 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1206 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1207 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1208 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1209 count=1
file /usr/lib/systemd/user/timers.target inode=5976 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1210 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1211 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=23708989511 kinds=fragment-inferred,block pages=0-3 ranks=1212 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=23708989511 kinds=fragment-inferred,block pages=0-7 ranks=1213 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1214 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1215 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1216 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=23708989511 kinds=fragment-inferred,block pages=0 ranks=1217 count=1
file /usr/bin/uname inode=548 t=23912688511 kinds=fragment-inferred,block pages=0-10 ranks=1219 count=1
file /usr/bin/unexpand inode=549 t=23912688511 kinds=fragment-inferred,block pages=0-10 ranks=1220 count=1
file /usr/lib/terminfo/E/Eterm inode=5990 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1222 count=1
file /usr/lib/terminfo/a/ansi inode=5993 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1223 count=1
file /usr/lib/terminfo/c/cons25 inode=5995 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1224 count=1
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1225 count=1
file /usr/lib/terminfo/c/cygwin inode=5997 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1226 count=1
file /usr/lib/terminfo/d/dumb inode=5999 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1227 count=1
file /usr/lib/terminfo/h/hurd inode=6001 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1228 count=1
file /usr/lib/terminfo/l/linux inode=6003 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1229 count=1
file /usr/lib/terminfo/m/mach inode=6005 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1230 count=1
file /usr/lib/terminfo/m/mach-bold inode=6006 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1231 count=1
file /usr/lib/terminfo/m/mach-color inode=6007 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1232 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1233 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1234 count=1
file /usr/lib/terminfo/p/pcansi inode=6011 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1235 count=1
file /usr/lib/terminfo/r/rxvt inode=6013 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1236 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1237 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1238 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1239 count=1
file /usr/lib/terminfo/s/screen inode=6019 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1240 count=1
file /usr/lib/terminfo/s/screen-256color inode=6020 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1241 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1242 count=1
file /usr/lib/terminfo/s/screen-bce inode=6022 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1243 count=1
file /usr/lib/terminfo/s/screen-s inode=6023 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1244 count=1
file /usr/lib/terminfo/s/screen-w inode=6024 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1245 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1246 count=1
file /usr/lib/terminfo/s/sun inode=6026 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1247 count=1
file /usr/lib/terminfo/t/tmux inode=6028 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1248 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1249 count=1
file /usr/lib/terminfo/v/vt100 inode=6031 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1250 count=1
file /usr/lib/terminfo/v/vt102 inode=6032 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1251 count=1
file /usr/lib/terminfo/v/vt220 inode=6033 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1252 count=1
file /usr/lib/terminfo/v/vt52 inode=6034 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1253 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1254 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1255 count=1
file /usr/lib/terminfo/x/xterm inode=6039 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1256 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1257 count=1
file /usr/lib/terminfo/x/xterm-color inode=6041 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1258 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1259 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1260 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1261 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1262 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1263 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1264 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1265 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1266 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1267 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1268 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1269 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1270 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1271 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1272 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1273 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1274 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1275 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1276 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1277 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=24009481511 kinds=fragment-inferred,block pages=0 ranks=1278 count=1
file /usr/bin/uniq inode=550 t=24161534511 kinds=fragment-inferred,block pages=0-11 ranks=1280 count=1
file /usr/bin/unlink inode=551 t=24161534511 kinds=fragment-inferred,block pages=0-9 ranks=1281 count=1
file /usr/bin/unshare inode=552 t=24161534511 kinds=fragment-inferred,block pages=0-20 ranks=1282 count=1
file /usr/bin/tac inode=525 t=24298136511 kinds=fragment-inferred,block pages=0-27 ranks=1283 count=1
file /usr/bin/tar inode=527 t=24298136511 kinds=block pages=0-31 ranks=1284 count=1
file /usr/lib/udev/ata_id inode=6065 t=24471972511 kinds=fragment-inferred,block pages=0-16 ranks=1285 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=25398719511 kinds=block pages=0-255,256-351,960-991,992-1087,1088-1215,1216-1439,1728-1791,1792-1823,1824-1887,1888-1919,1920-1951,1952-2143,2144-2335,2464-2623,2624-2655,2656-2751,2752-2911,2912-3071,3072-3135,3136-3178 ranks=1286,1891,1355,1348,1351,1353,1363,1365,1367,1366,1359,1347,1368,1346,1358,1350,1352,1369,1832,1360 count=31
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=25549232511 kinds=fragment-inferred,block pages=0-12 ranks=1287 count=1
file /usr/lib/udev/mtd_probe inode=6104 t=25549232511 kinds=fragment-inferred,block pages=0-5 ranks=1288 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1289 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=25549232511 kinds=fragment-inferred,block pages=0-1 ranks=1290 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=25549232511 kinds=fragment-inferred,block pages=0-1 ranks=1291 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1292 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1293 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1294 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1295 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1296 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1297 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1298 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1299 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1300 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1301 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1302 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1303 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=25549232511 kinds=fragment-inferred,block pages=0-2 ranks=1304 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1305 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1306 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1307 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1308 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1309 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1310 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1311 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1312 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1313 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1314 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1315 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1316 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1317 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1318 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1319 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=25549232511 kinds=fragment-inferred,block pages=0 ranks=1320 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=25598955511 kinds=fragment-inferred,block pages=0-1 ranks=1321 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1322 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1323 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1324 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1325 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1326 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1327 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1328 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=25598955511 kinds=fragment-inferred,block pages=0-1 ranks=1329 count=1
file /usr/lib/udev/scsi_id inode=6147 t=25598955511 kinds=fragment-inferred,block pages=0-20 ranks=1330 count=1
file /usr/lib/udev/v4l_id inode=6148 t=25598955511 kinds=fragment-inferred,block pages=0-5 ranks=1331 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6151 t=25598955511 kinds=fragment-inferred,block pages=0-4 ranks=1332 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6152 t=25598955511 kinds=fragment-inferred,block pages=0-4 ranks=1333 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6153 t=25598955511 kinds=fragment-inferred,block pages=0-5 ranks=1334 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6155 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1335 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6156 t=25598955511 kinds=fragment-inferred,block pages=0 ranks=1336 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6158 t=25598955511 kinds=fragment-inferred,block pages=0-5 ranks=1337 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6159 t=25648906511 kinds=fragment-inferred,block pages=0-12 ranks=1338 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6160 t=25648906511 kinds=fragment-inferred,block pages=0-6 ranks=1339 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6162 t=25648906511 kinds=fragment-inferred,block pages=0-6 ranks=1340 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6163 t=25648906511 kinds=fragment-inferred,block pages=0-4 ranks=1341 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6166 t=25648906511 kinds=block pages=0-58 ranks=1342 count=1
file /usr/bin/systemctl inode=495 t=25873905511 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=1343,1349,1354,1362,1356,1344 count=7
file /usr/bin/systemd-analyze inode=497 t=26077837511 kinds=block pages=0-45 ranks=1345 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6072 t=28174164511 kinds=block pages=0-63,64-223 ranks=1361,1364 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=29174351511 kinds=fragment-inferred,block pages=0-8 ranks=1370 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/battery.ko inode=816 t=29174351511 kinds=fragment-inferred,block pages=0-11 ranks=1371 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=29174351511 kinds=fragment-inferred,block pages=0-7 ranks=1372 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=820 t=29224106511 kinds=block pages=0-37 ranks=1373 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/fan.ko inode=818 t=29224106511 kinds=fragment-inferred,block pages=0-7 ranks=1374 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/platform_profile.ko inode=821 t=29224106511 kinds=fragment-inferred,block pages=0-3 ranks=1375 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/sbs.ko inode=822 t=29224106511 kinds=fragment-inferred,block pages=0-6 ranks=1376 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/sbshc.ko inode=823 t=29224106511 kinds=fragment-inferred,block pages=0-5 ranks=1377 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=29374408511 kinds=fragment-inferred,block pages=0-13 ranks=1378 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=29374408511 kinds=fragment-inferred,block pages=0-2 ranks=1379 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=29374408511 kinds=fragment-inferred,block pages=0-4 ranks=1380 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=29374408511 kinds=fragment-inferred,block pages=0-7 ranks=1381 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=29374408511 kinds=fragment-inferred,block pages=0-2 ranks=1382 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=29374408511 kinds=fragment-inferred,block pages=0-3 ranks=1383 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=29374408511 kinds=fragment-inferred,block pages=0-4 ranks=1384 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=29374408511 kinds=fragment-inferred,block pages=0-8 ranks=1385 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=29374408511 kinds=fragment-inferred,block pages=0-14 ranks=1386 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=29424353511 kinds=block pages=0-63 ranks=1387 count=1
file /usr/bin/b2sum inode=278 t=29473665511 kinds=fragment-inferred,block pages=0-14 ranks=1388 count=2
file /usr/bin/base32 inode=279 t=29473665511 kinds=fragment-inferred,block pages=0-11 ranks=1389 count=2
file /usr/bin/base64 inode=280 t=29524771511 kinds=fragment-inferred,block pages=0-11 ranks=1390 count=2
file /usr/bin/basename inode=281 t=29524771511 kinds=fragment-inferred,block pages=0-10 ranks=1391 count=2
file /usr/bin/bash inode=283 t=29524771511 kinds=block pages=0-95,96-223,224-287,288-308 ranks=1392,1398,1918,1862 count=10
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/drbd/drbd.ko inode=904 t=29624286511 kinds=block pages=224-225 ranks=1393 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=29724881511 kinds=block pages=0-46 ranks=1394 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/brd.ko inode=902 t=29774138511 kinds=fragment-inferred,block pages=0-6 ranks=1395 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/loop.ko inode=906 t=29774138511 kinds=fragment-inferred,block pages=0-19 ranks=1396 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/mtip32xx/mtip32xx.ko inode=908 t=29774138511 kinds=fragment-inferred,block pages=0-27 ranks=1397 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=30074347511 kinds=fragment-inferred,block pages=0-9 ranks=1399 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=30074347511 kinds=fragment-inferred,block pages=0-4 ranks=1400 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=30074347511 kinds=fragment-inferred,block pages=0-6 ranks=1401 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=30074347511 kinds=fragment-inferred,block pages=0-2 ranks=1402 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=30074347511 kinds=fragment-inferred,block pages=0-5 ranks=1403 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=1984 t=30074347511 kinds=fragment-inferred,block pages=0-5 ranks=1404 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/uinput.ko inode=1985 t=30074347511 kinds=fragment-inferred,block pages=0-8 ranks=1405 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/yealink.ko inode=1986 t=30074347511 kinds=fragment-inferred,block pages=0-9 ranks=1406 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=1990 t=30124147511 kinds=block pages=0-36 ranks=1407 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/appletouch.ko inode=1988 t=30124147511 kinds=fragment-inferred,block pages=0-9 ranks=1408 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=1989 t=30124147511 kinds=fragment-inferred,block pages=0-9 ranks=1409 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=12420 t=30274334511 kinds=block pages=0-37 ranks=1410 count=1
file /var/lib/dpkg/info/libaudit1:amd64.symbols inode=12397 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1411 count=1
file /var/lib/dpkg/info/libblkid1:amd64.list inode=12399 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1412 count=1
file /var/lib/dpkg/info/libblkid1:amd64.md5sums inode=12400 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1413 count=1
file /var/lib/dpkg/info/libblkid1:amd64.shlibs inode=12401 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1414 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=12402 t=30274334511 kinds=fragment-inferred,block pages=0-1 ranks=1415 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.list inode=12404 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1416 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.md5sums inode=12405 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1417 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.shlibs inode=12406 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1418 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.triggers inode=12407 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1419 count=1
file /var/lib/dpkg/info/libc-bin.conffiles inode=12408 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1420 count=1
file /var/lib/dpkg/info/libc-bin.list inode=12409 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1421 count=1
file /var/lib/dpkg/info/libc-bin.md5sums inode=12410 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1422 count=1
file /var/lib/dpkg/info/libc-bin.postinst inode=12411 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1423 count=1
file /var/lib/dpkg/info/libc-bin.triggers inode=12412 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1424 count=1
file /var/lib/dpkg/info/libc6:amd64.conffiles inode=12413 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1425 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=12414 t=30274334511 kinds=fragment-inferred,block pages=0-3 ranks=1426 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=12415 t=30274334511 kinds=fragment-inferred,block pages=0-5 ranks=1427 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=12416 t=30274334511 kinds=fragment-inferred,block pages=0-2 ranks=1428 count=1
file /var/lib/dpkg/info/libc6:amd64.postrm inode=12417 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1429 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=12418 t=30274334511 kinds=fragment-inferred,block pages=0-3 ranks=1430 count=1
file /var/lib/dpkg/info/libc6:amd64.shlibs inode=12419 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1431 count=1
file /var/lib/dpkg/info/libgmp10:amd64.triggers inode=12491 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1432 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.triggers inode=12521 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1433 count=1
file /var/lib/dpkg/info/libunistring2:amd64.triggers inode=12656 t=30274334511 kinds=fragment-inferred,block pages=0 ranks=1434 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=12421 t=30323979511 kinds=fragment-inferred,block pages=0-22 ranks=1435 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.list inode=12423 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1436 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.md5sums inode=12424 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1437 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.shlibs inode=12425 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1438 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.symbols inode=12426 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1439 count=1
file /var/lib/dpkg/info/libcap2:amd64.list inode=12428 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1440 count=1
file /var/lib/dpkg/info/libcap2:amd64.md5sums inode=12429 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1441 count=1
file /var/lib/dpkg/info/libcap2:amd64.shlibs inode=12430 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1442 count=1
file /var/lib/dpkg/info/libcap2:amd64.symbols inode=12431 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1443 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.list inode=12433 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1444 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.md5sums inode=12434 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1445 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.shlibs inode=12435 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1446 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.symbols inode=12436 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1447 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.list inode=12438 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1448 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.md5sums inode=12439 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1449 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.shlibs inode=12440 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1450 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.symbols inode=12441 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1451 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.list inode=12443 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1452 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.md5sums inode=12444 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1453 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.shlibs inode=12445 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1454 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=12446 t=30323979511 kinds=fragment-inferred,block pages=0-1 ranks=1455 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.list inode=12448 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1456 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.md5sums inode=12449 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1457 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.shlibs inode=12450 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1458 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.list inode=12452 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1459 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.md5sums inode=12453 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1460 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.shlibs inode=12454 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1461 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.symbols inode=12455 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1462 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.list inode=12457 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1463 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.md5sums inode=12458 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1464 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.shlibs inode=12459 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1465 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=12460 t=30323979511 kinds=fragment-inferred,block pages=0-4 ranks=1466 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.triggers inode=12461 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1467 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.list inode=12462 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1468 count=1
file /var/lib/dpkg/info/libffi8:amd64.triggers inode=12476 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1469 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.triggers inode=12501 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1470 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1471 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1472 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=30323979511 kinds=fragment-inferred,block pages=0-6 ranks=1473 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1474 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1475 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1476 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=30323979511 kinds=fragment-inferred,block pages=0-3 ranks=1477 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1478 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1479 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1480 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1481 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1482 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1483 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1484 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=30323979511 kinds=fragment-inferred,block pages=0-1 ranks=1485 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1486 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1487 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1488 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1489 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=30323979511 kinds=fragment-inferred,block pages=0-1 ranks=1490 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1491 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1492 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1493 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1494 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1495 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1496 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=30323979511 kinds=fragment-inferred,block pages=0-16 ranks=1497 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1498 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1499 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=30323979511 kinds=fragment-inferred,block pages=0 ranks=1500 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1501 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1502 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1503 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1504 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=30375694511 kinds=fragment-inferred,block pages=0-3 ranks=1505 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1506 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1507 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1508 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1509 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1510 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1511 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1512 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1513 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1514 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1515 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1516 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1517 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1518 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1519 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1520 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1521 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1522 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1523 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1524 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1525 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1526 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1527 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1528 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1529 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1530 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1531 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1532 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1533 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1534 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1535 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1536 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1537 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1538 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1539 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1540 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1541 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=30375694511 kinds=fragment-inferred,block pages=0-3 ranks=1542 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1543 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1544 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1545 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=30375694511 kinds=fragment-inferred,block pages=0-5 ranks=1546 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1547 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1548 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1549 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1550 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1551 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1552 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1553 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1554 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1555 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1556 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1557 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1558 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1559 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1560 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1561 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1562 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=30375694511 kinds=fragment-inferred,block pages=0-6 ranks=1563 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1564 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=30375694511 kinds=fragment-inferred,block pages=0-2 ranks=1565 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1566 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1567 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1568 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1569 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=30375694511 kinds=fragment-inferred,block pages=0-8 ranks=1570 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1571 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1572 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1573 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1574 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1575 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=30375694511 kinds=fragment-inferred,block pages=0-8 ranks=1576 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1577 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1578 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1579 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1580 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1581 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1582 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1583 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=30375694511 kinds=block pages=0-60 ranks=1584 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=30375694511 kinds=block pages=0-101 ranks=1585 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1586 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1587 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1588 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1589 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=30375694511 kinds=fragment-inferred,block pages=0-2 ranks=1590 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1591 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1592 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1593 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1594 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1595 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1596 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=30375694511 kinds=fragment-inferred,block pages=0-4 ranks=1597 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1598 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1599 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1600 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=30375694511 kinds=fragment-inferred,block pages=0-2 ranks=1601 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1602 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1603 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1604 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1605 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1606 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1607 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1608 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1609 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1610 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1611 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1612 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1613 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1614 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1615 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1616 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1617 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1618 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1619 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1620 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1621 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=30375694511 kinds=fragment-inferred,block pages=0-6 ranks=1622 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1623 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1624 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1625 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1626 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1627 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1628 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1629 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=30375694511 kinds=fragment-inferred,block pages=0-3 ranks=1630 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1631 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1632 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1633 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=30375694511 kinds=fragment-inferred,block pages=0-1 ranks=1634 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1635 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1636 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=30375694511 kinds=fragment-inferred,block pages=0 ranks=1637 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=30424165511 kinds=fragment-inferred,block pages=0-5 ranks=1638 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1639 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1640 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1641 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1642 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1643 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1644 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1645 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1646 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1647 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1648 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1649 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1650 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1651 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=30424165511 kinds=fragment-inferred,block pages=0-2 ranks=1652 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=30424165511 kinds=fragment-inferred,block pages=0-2 ranks=1653 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1654 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1655 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1656 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1657 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1658 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1659 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1660 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1661 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1662 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1663 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1664 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1665 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1666 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1667 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1668 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1669 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1670 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1671 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=30424165511 kinds=fragment-inferred,block pages=0-3 ranks=1672 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=30424165511 kinds=fragment-inferred,block pages=0-4 ranks=1673 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1674 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1675 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1676 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=30424165511 kinds=fragment-inferred,block pages=0 ranks=1677 count=1
file /var/lib/dpkg/info/perl-base.list inode=12698 t=30473983511 kinds=fragment-inferred,block pages=0-10 ranks=1678 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=30473983511 kinds=fragment-inferred,block pages=0-13 ranks=1679 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1680 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1681 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1682 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1683 count=1
file /var/lib/dpkg/info/sed.list inode=12704 t=30473983511 kinds=fragment-inferred,block pages=0-1 ranks=1684 count=1
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1685 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1686 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1687 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1688 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=30473983511 kinds=fragment-inferred,block pages=0 ranks=1689 count=1
file /var/lib/dpkg/info/systemd.list inode=12710 t=30574049511 kinds=fragment-inferred,block pages=0-9 ranks=1690 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=30574049511 kinds=fragment-inferred,block pages=0-11 ranks=1691 count=1
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=30574049511 kinds=fragment-inferred,block pages=0-1 ranks=1692 count=1
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1693 count=1
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1694 count=1
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1695 count=1
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1696 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1697 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1698 count=1
file /var/lib/dpkg/info/tar.list inode=12719 t=30574049511 kinds=fragment-inferred,block pages=0-1 ranks=1699 count=1
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1700 count=1
file /var/lib/dpkg/info/tar.postinst inode=12721 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1701 count=1
file /var/lib/dpkg/info/tar.prerm inode=12722 t=30574049511 kinds=fragment-inferred,block pages=0 ranks=1702 count=1
file /var/lib/dpkg/info/tzdata.config inode=12723 t=30574049511 kinds=fragment-inferred,block pages=0-1 ranks=1703 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=30624017511 kinds=block pages=0-69 ranks=1704 count=1
file /var/lib/dpkg/info/tzdata.list inode=12724 t=30624017511 kinds=fragment-inferred,block pages=0-12 ranks=1705 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=30624017511 kinds=fragment-inferred,block pages=0-15 ranks=1706 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1707 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1708 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1709 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1710 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1711 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=30624017511 kinds=fragment-inferred,block pages=0-1 ranks=1712 count=1
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=30624017511 kinds=fragment-inferred,block pages=0-1 ranks=1713 count=1
file /var/lib/dpkg/info/udev.postinst inode=12734 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1714 count=1
file /var/lib/dpkg/info/udev.postrm inode=12735 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1715 count=1
file /var/lib/dpkg/info/udev.preinst inode=12736 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1716 count=1
file /var/lib/dpkg/info/udev.prerm inode=12737 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1717 count=1
file /var/lib/dpkg/info/udev.triggers inode=12738 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1718 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1719 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1720 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1721 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1722 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1723 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1724 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1725 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1726 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1727 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1728 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1729 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=30624017511 kinds=fragment-inferred,block pages=0-2 ranks=1730 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=30624017511 kinds=fragment-inferred,block pages=0-4 ranks=1731 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1732 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1733 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1734 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1735 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1736 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1737 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1738 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=30624017511 kinds=fragment-inferred,block pages=0 ranks=1739 count=1
file /var/lib/dpkg/status inode=12763 t=30674294511 kinds=fragment-inferred,block pages=0-21 ranks=1740 count=1
file /var/lib/systemd/catalog/database inode=12783 t=30724316511 kinds=block pages=0-52 ranks=1741 count=2
file /var/lib/dpkg/status-old inode=12764 t=30774443511 kinds=fragment-inferred,block pages=0-21 ranks=1742 count=2
file /var/lib/dpkg/triggers/File inode=12766 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1743 count=2
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1744 count=2
file /var/lib/pam/account inode=12773 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1745 count=2
file /var/lib/pam/auth inode=12774 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1746 count=2
file /var/lib/pam/password inode=12775 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1747 count=2
file /var/lib/pam/seen inode=12776 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1748 count=2
file /var/lib/pam/session inode=12777 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1749 count=2
file /var/lib/pam/session-noninteractive inode=12778 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1750 count=2
file /var/lib/shells.state inode=12780 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1751 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1752 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1753 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1754 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1755 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1756 count=2
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1757 count=2
file /var/log/alternatives.log inode=12805 t=30774443511 kinds=fragment-inferred,block pages=0 ranks=1758 count=2
file /var/log/bootstrap.log inode=12807 t=30774443511 kinds=fragment-inferred,block pages=0-15 ranks=1759 count=2
file /var/log/dpkg.log inode=12809 t=30774443511 kinds=fragment-inferred,block pages=0-12 ranks=1760 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=30924778511 kinds=fragment-inferred,block pages=0-6 ranks=1761 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=30924778511 kinds=fragment-inferred,block pages=0-5 ranks=1762 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=30924778511 kinds=fragment-inferred,block pages=0-3 ranks=1763 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=30924778511 kinds=fragment-inferred,block pages=0-6 ranks=1764 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=30924778511 kinds=fragment-inferred,block pages=0-4 ranks=1765 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=30924778511 kinds=fragment-inferred,block pages=0-3 ranks=1766 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/acecad.ko inode=2010 t=30924778511 kinds=fragment-inferred,block pages=0-4 ranks=1767 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2011 t=30924778511 kinds=fragment-inferred,block pages=0-14 ranks=1768 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2012 t=30924778511 kinds=fragment-inferred,block pages=0-5 ranks=1769 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2013 t=30924778511 kinds=fragment-inferred,block pages=0-4 ranks=1770 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2014 t=30973158511 kinds=fragment-inferred,block pages=0-6 ranks=1771 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2015 t=30973158511 kinds=fragment-inferred,block pages=0-5 ranks=1772 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2017 t=30973158511 kinds=fragment-inferred,block pages=0-8 ranks=1773 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2018 t=30973158511 kinds=fragment-inferred,block pages=0-2 ranks=1774 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2019 t=30973158511 kinds=fragment-inferred,block pages=0-6 ranks=1775 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2020 t=30973158511 kinds=fragment-inferred,block pages=0-9 ranks=1776 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=31123455511 kinds=fragment-inferred,block pages=0-7 ranks=1777 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=31123455511 kinds=fragment-inferred,block pages=0-7 ranks=1778 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=31123455511 kinds=fragment-inferred,block pages=0-4 ranks=1779 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=31123455511 kinds=fragment-inferred,block pages=0-12 ranks=1780 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1548 t=31123455511 kinds=fragment-inferred,block pages=0-3 ranks=1781 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1549 t=31123455511 kinds=fragment-inferred,block pages=0-4 ranks=1782 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1550 t=31123455511 kinds=fragment-inferred,block pages=0-3 ranks=1783 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1551 t=31123455511 kinds=fragment-inferred,block pages=0-5 ranks=1784 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1552 t=31123455511 kinds=fragment-inferred,block pages=0-7 ranks=1785 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1553 t=31123455511 kinds=fragment-inferred,block pages=0-4 ranks=1786 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1554 t=31178028511 kinds=fragment-inferred,block pages=0-5 ranks=1787 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1555 t=31178028511 kinds=fragment-inferred,block pages=0-5 ranks=1788 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1556 t=31178028511 kinds=fragment-inferred,block pages=0-3 ranks=1789 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1557 t=31178028511 kinds=fragment-inferred,block pages=0-6 ranks=1790 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1558 t=31178028511 kinds=fragment-inferred,block pages=0-5 ranks=1791 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1559 t=31178028511 kinds=fragment-inferred,block pages=0-8 ranks=1792 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1560 t=31178028511 kinds=fragment-inferred,block pages=0-6 ranks=1793 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1561 t=31178028511 kinds=fragment-inferred,block pages=0-5 ranks=1794 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1562 t=31178028511 kinds=fragment-inferred,block pages=0-6 ranks=1795 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1565 t=31178028511 kinds=fragment-inferred,block pages=0-5 ranks=1796 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=31324741511 kinds=fragment-inferred,block pages=0-19 ranks=1797 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=31324741511 kinds=fragment-inferred,block pages=0-11 ranks=1798 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/ff-memless.ko inode=1921 t=31374126511 kinds=fragment-inferred,block pages=0-6 ranks=1799 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=1923 t=31374126511 kinds=fragment-inferred,block pages=0-3 ranks=1800 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=1924 t=31374126511 kinds=fragment-inferred,block pages=0-3 ranks=1801 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/gameport.ko inode=1925 t=31374126511 kinds=fragment-inferred,block pages=0-10 ranks=1802 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/lightning.ko inode=1926 t=31374126511 kinds=fragment-inferred,block pages=0-3 ranks=1803 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/ns558.ko inode=1927 t=31374126511 kinds=fragment-inferred,block pages=0-4 ranks=1804 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joydev.ko inode=1928 t=31374126511 kinds=fragment-inferred,block pages=0-10 ranks=1805 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/a3d.ko inode=1930 t=31374126511 kinds=fragment-inferred,block pages=0-5 ranks=1806 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/adi.ko inode=1931 t=31374126511 kinds=fragment-inferred,block pages=0-5 ranks=1807 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/analog.ko inode=1932 t=31374126511 kinds=fragment-inferred,block pages=0-7 ranks=1808 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/cobra.ko inode=1933 t=31374126511 kinds=fragment-inferred,block pages=0-4 ranks=1809 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/db9.ko inode=1934 t=31374126511 kinds=fragment-inferred,block pages=0-8 ranks=1810 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/gamecon.ko inode=1935 t=31374126511 kinds=fragment-inferred,block pages=0-9 ranks=1811 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/gf2k.ko inode=1936 t=31374126511 kinds=fragment-inferred,block pages=0-5 ranks=1812 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=31423118511 kinds=block pages=960 ranks=1813 count=1
file /usr/lib/udev/fido_id inode=6068 t=31573016511 kinds=fragment-inferred,block pages=0-25 ranks=1814 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=31573016511 kinds=fragment-inferred,block pages=0 ranks=1815 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=31573016511 kinds=fragment-inferred,block pages=0 ranks=1816 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=31573016511 kinds=fragment-inferred,block pages=0 ranks=1817 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=31573016511 kinds=fragment-inferred,block pages=0-3 ranks=1818 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=31573016511 kinds=fragment-inferred,block pages=0 ranks=1819 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=31573016511 kinds=fragment-inferred,block pages=0-1 ranks=1820 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6082 t=31573016511 kinds=block pages=0-255 ranks=1821 count=2
file /usr/sbin/e2scrub inode=7373 t=31774305511 kinds=fragment-inferred,block pages=0-1 ranks=1822 count=1
file /usr/sbin/e2scrub_all inode=7374 t=31774305511 kinds=fragment-inferred,block pages=0-1 ranks=1823 count=1
file /usr/sbin/e2undo inode=7375 t=31774305511 kinds=fragment-inferred,block pages=0-5 ranks=1824 count=1
file /usr/sbin/e4crypt inode=7376 t=31774305511 kinds=fragment-inferred,block pages=0-6 ranks=1825 count=1
file /usr/sbin/e4defrag inode=7377 t=31774305511 kinds=fragment-inferred,block pages=0-7 ranks=1826 count=1
file /usr/sbin/faillock inode=7378 t=31774305511 kinds=fragment-inferred,block pages=0-3 ranks=1827 count=1
file /usr/sbin/filefrag inode=7379 t=31774305511 kinds=fragment-inferred,block pages=0-4 ranks=1828 count=1
file /usr/sbin/findfs inode=7380 t=31824118511 kinds=fragment-inferred,block pages=0-3 ranks=1829 count=1
file /usr/sbin/fsck inode=7381 t=31824118511 kinds=fragment-inferred,block pages=0-13 ranks=1830 count=1
file /usr/sbin/fsck.cramfs inode=7382 t=31824118511 kinds=fragment-inferred,block pages=0-10 ranks=1831 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=32074600511 kinds=block pages=0-95 ranks=1833 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=1991 t=32124099511 kinds=fragment-inferred,block pages=0-26 ranks=1834 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/sermouse.ko inode=1993 t=32124099511 kinds=fragment-inferred,block pages=0-3 ranks=1835 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=32274326511 kinds=fragment-inferred,block pages=0-18 ranks=1836 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=1998 t=32338138511 kinds=block pages=0-47 ranks=1837 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=1994 t=32338138511 kinds=fragment-inferred,block pages=0-5 ranks=1838 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=1995 t=32338138511 kinds=fragment-inferred,block pages=0-6 ranks=1839 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=1996 t=32338138511 kinds=fragment-inferred,block pages=0-4 ranks=1840 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=1999 t=32338138511 kinds=fragment-inferred,block pages=0-6 ranks=1841 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2001 t=32338138511 kinds=fragment-inferred,block pages=0-3 ranks=1842 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2002 t=32338138511 kinds=fragment-inferred,block pages=0-4 ranks=1843 count=1
file /usr/bin/dash inode=306 t=32523604511 kinds=fragment-inferred,block pages=0-30 ranks=1844 count=1
file /usr/bin/date inode=307 t=32523604511 kinds=fragment-inferred,block pages=0-29 ranks=1845 count=1
file /usr/bin/dd inode=308 t=32573325511 kinds=fragment-inferred,block pages=0-21 ranks=1846 count=1
file /usr/bin/deb-systemd-helper inode=309 t=32573325511 kinds=fragment-inferred,block pages=0-5 ranks=1847 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=32573325511 kinds=fragment-inferred,block pages=0-1 ranks=1848 count=1
file /usr/bin/debconf inode=311 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1849 count=1
file /usr/bin/debconf-apt-progress inode=312 t=32573325511 kinds=fragment-inferred,block pages=0-2 ranks=1850 count=1
file /usr/bin/debconf-communicate inode=313 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1851 count=1
file /usr/bin/debconf-copydb inode=314 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1852 count=1
file /usr/bin/debconf-escape inode=315 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1853 count=1
file /usr/bin/debconf-set-selections inode=316 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1854 count=1
file /usr/bin/debconf-show inode=317 t=32573325511 kinds=fragment-inferred,block pages=0 ranks=1855 count=1
file /usr/bin/delpart inode=318 t=32573325511 kinds=fragment-inferred,block pages=0-7 ranks=1856 count=1
file /usr/bin/diff inode=320 t=32573325511 kinds=block pages=0-37 ranks=1857 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=32724706511 kinds=fragment-inferred,block pages=0-21 ranks=1858 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/st.ko inode=3919 t=32774017511 kinds=block pages=0-32 ranks=1859 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sr_mod.ko inode=3918 t=32774017511 kinds=fragment-inferred,block pages=0-15 ranks=1860 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=32924346511 kinds=block pages=0-223,224-415,416-580 ranks=1861,1865,1867 count=5
file /usr/bin/basenc inode=282 t=33174127511 kinds=fragment-inferred,block pages=0-13 ranks=1863 count=1
file /usr/bin/bashbug inode=284 t=33174127511 kinds=fragment-inferred,block pages=0-1 ranks=1864 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=33323215511 kinds=fragment-inferred,block pages=0-19 ranks=1866 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/bfq.ko inode=707 t=33395594511 kinds=block pages=0-47 ranks=1868 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kernel/cpuid.ko inode=700 t=33425909511 kinds=fragment-inferred,block pages=0-3 ranks=1869 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kernel/msr.ko inode=701 t=33425909511 kinds=fragment-inferred,block pages=0-4 ranks=1870 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/kyber-iosched.ko inode=708 t=33425909511 kinds=fragment-inferred,block pages=0-16 ranks=1871 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/t10-pi.ko inode=709 t=33425909511 kinds=fragment-inferred,block pages=0-6 ranks=1872 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/adiantum.ko inode=711 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1873 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/aegis128.ko inode=712 t=33425909511 kinds=fragment-inferred,block pages=0-4 ranks=1874 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/aes_ti.ko inode=713 t=33425909511 kinds=fragment-inferred,block pages=0-2 ranks=1875 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/af_alg.ko inode=714 t=33425909511 kinds=fragment-inferred,block pages=0-12 ranks=1876 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_aead.ko inode=715 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1877 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_hash.ko inode=716 t=33425909511 kinds=fragment-inferred,block pages=0-6 ranks=1878 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_rng.ko inode=717 t=33425909511 kinds=fragment-inferred,block pages=0-3 ranks=1879 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_skcipher.ko inode=718 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1880 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ansi_cprng.ko inode=719 t=33425909511 kinds=fragment-inferred,block pages=0-4 ranks=1881 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=721 t=33425909511 kinds=fragment-inferred,block pages=0-3 ranks=1882 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=723 t=33425909511 kinds=fragment-inferred,block pages=0-2 ranks=1883 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_pq.ko inode=724 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1884 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=725 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1885 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_tx.ko inode=726 t=33425909511 kinds=fragment-inferred,block pages=0-3 ranks=1886 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_xor.ko inode=727 t=33425909511 kinds=fragment-inferred,block pages=0-4 ranks=1887 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/authenc.ko inode=728 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1888 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/authencesn.ko inode=729 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1889 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/blake2b_generic.ko inode=730 t=33425909511 kinds=fragment-inferred,block pages=0-5 ranks=1890 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=33974230511 kinds=block pages=0-49 ranks=1892 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1096 t=34074313511 kinds=block pages=0-41 ranks=1893 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1089 t=34074313511 kinds=fragment-inferred,block pages=0-3 ranks=1894 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1090 t=34074313511 kinds=fragment-inferred,block pages=0-6 ranks=1895 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1093 t=34074313511 kinds=fragment-inferred,block pages=0-21 ranks=1896 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1097 t=34074313511 kinds=fragment-inferred,block pages=0-5 ranks=1897 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1098 t=34074313511 kinds=fragment-inferred,block pages=0-5 ranks=1898 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1101 t=34074313511 kinds=fragment-inferred,block pages=0-7 ranks=1899 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1103 t=34074313511 kinds=fragment-inferred,block pages=0-6 ranks=1900 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=34374006511 kinds=block pages=0-97 ranks=1901 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6543 t=34474901511 kinds=block pages=0-44 ranks=1902 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6545 t=34474901511 kinds=block pages=0-63 ranks=1903 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=704 t=34578456511 kinds=block pages=0-159 ranks=1904 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=34876736511 kinds=fragment-inferred,block pages=0-16 ranks=1905 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=34876736511 kinds=fragment-inferred,block pages=0-7 ranks=1906 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=34876736511 kinds=fragment-inferred,block pages=0-4 ranks=1907 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i3200_edac.ko inode=1148 t=34876736511 kinds=fragment-inferred,block pages=0-4 ranks=1908 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5000_edac.ko inode=1149 t=34876736511 kinds=fragment-inferred,block pages=0-7 ranks=1909 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5100_edac.ko inode=1150 t=34876736511 kinds=fragment-inferred,block pages=0-5 ranks=1910 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5400_edac.ko inode=1151 t=34876736511 kinds=fragment-inferred,block pages=0-6 ranks=1911 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i7300_edac.ko inode=1152 t=34876736511 kinds=fragment-inferred,block pages=0-6 ranks=1912 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i7core_edac.ko inode=1153 t=34876736511 kinds=fragment-inferred,block pages=0-13 ranks=1913 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1154 t=34876736511 kinds=fragment-inferred,block pages=0-4 ranks=1914 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1155 t=34876736511 kinds=fragment-inferred,block pages=0-4 ranks=1915 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/igen6_edac.ko inode=1156 t=34876736511 kinds=fragment-inferred,block pages=0-9 ranks=1916 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1157 t=34876736511 kinds=fragment-inferred,block pages=0-12 ranks=1917 count=1
file /usr/bin/busctl inode=285 t=35274902511 kinds=fragment-inferred,block pages=0-22 ranks=1919 count=1
file /usr/bin/cat inode=287 t=35274902511 kinds=fragment-inferred,block pages=0-10 ranks=1920 count=1
file /usr/bin/chage inode=288 t=35274902511 kinds=fragment-inferred,block pages=0-19 ranks=1921 count=1
file /usr/bin/chattr inode=289 t=35274902511 kinds=fragment-inferred,block pages=0-3 ranks=1922 count=1
file /usr/bin/chcon inode=290 t=35274902511 kinds=fragment-inferred,block pages=0-16 ranks=1923 count=1
file /usr/bin/chfn inode=291 t=35274902511 kinds=fragment-inferred,block pages=0-15 ranks=1924 count=1
file /usr/bin/pwd inode=452 t=35574201511 kinds=fragment-inferred,block pages=0-10 ranks=1925 count=1
file /usr/bin/readlink inode=454 t=35574201511 kinds=fragment-inferred,block pages=0-12 ranks=1926 count=1
file /usr/bin/realpath inode=455 t=35574201511 kinds=fragment-inferred,block pages=0-12 ranks=1927 count=1
file /usr/bin/rename.ul inode=456 t=35574201511 kinds=fragment-inferred,block pages=0-5 ranks=1928 count=1
file /usr/bin/renice inode=457 t=35574201511 kinds=fragment-inferred,block pages=0-3 ranks=1929 count=1
file /usr/bin/resizepart inode=459 t=35574201511 kinds=fragment-inferred,block pages=0-17 ranks=1930 count=1
file /usr/bin/rev inode=460 t=35574201511 kinds=fragment-inferred,block pages=0-3 ranks=1931 count=1
file /usr/bin/rgrep inode=461 t=35574201511 kinds=fragment-inferred,block pages=0 ranks=1932 count=1
read t=6980529511 offset=0 len=16384
read t=7024847511 offset=145727488 len=4096
read t=7045969511 offset=145707008 len=4096
read t=7095790511 offset=145575936 len=4096
read t=7145524511 offset=145580032 len=16384
read t=7213192511 offset=145694720 len=4096
read t=7245572511 offset=145698816 len=8192
read t=7295799511 offset=145711104 len=4096
read t=7345527511 offset=145461248 len=4096
read t=7395938511 offset=145465344 len=16384
read t=7448753511 offset=145571840 len=4096
read t=7497481511 offset=145690624 len=4096
read t=7545792511 offset=145526784 len=4096
read t=7596044511 offset=145530880 len=16384
read t=7646472511 offset=145649664 len=4096
read t=7696726511 offset=145653760 len=16384
read t=7753661511 offset=145596416 len=32768
read t=7850842511 offset=145514496 len=4096
read t=7851875511 offset=145518592 len=8192
read t=7895825511 offset=145637376 len=4096
read t=7945994511 offset=145641472 len=8192
read t=7995973511 offset=145715200 len=12288
read t=8045112511 offset=98619392 len=4096
read t=8095304511 offset=98623488 len=16384
read t=8145417511 offset=98639872 len=32768
read t=8195169511 offset=98672640 len=65536
read t=8245255511 offset=145670144 len=20480
read t=8295129511 offset=145547264 len=24576
read t=8345015511 offset=105721856 len=4096
read t=8395250511 offset=105725952 len=16384
read t=8445368511 offset=105742336 len=32768
read t=8495043511 offset=105775104 len=65536
read t=8545005511 offset=105840640 len=131072
read t=8595127511 offset=119676928 len=4096
read t=8645236511 offset=119681024 len=16384
read t=8695431511 offset=119697408 len=32768
read t=8745367511 offset=119730176 len=65536
read t=8795316511 offset=120291328 len=4096
read t=8846147511 offset=120295424 len=16384
read t=8897923511 offset=120311808 len=32768
read t=8945512511 offset=120344576 len=65536
read t=8995642511 offset=120410112 len=131072
read t=9045711511 offset=121610240 len=4096
read t=9095512511 offset=121614336 len=16384
read t=9145370511 offset=121630720 len=32768
read t=9195491511 offset=16384 len=98304
read t=9247528511 offset=114688 len=131072
read t=9295596511 offset=107130880 len=4096
read t=9346315511 offset=107134976 len=16384
read t=9396323511 offset=107151360 len=32768
read t=9445239511 offset=107184128 len=65536
read t=9495187511 offset=107249664 len=131072
read t=9545591511 offset=107913216 len=4096
read t=9595285511 offset=107917312 len=16384
read t=9645673511 offset=107933696 len=32768
read t=9695098511 offset=107966464 len=65536
read t=9745724511 offset=116154368 len=4096
read t=9795754511 offset=116158464 len=16384
read t=9845713511 offset=116174848 len=32768
read t=9895435511 offset=116207616 len=65536
read t=9945575511 offset=115515392 len=4096
read t=9996114511 offset=115519488 len=16384
read t=10045602511 offset=115535872 len=32768
read t=10095167511 offset=115568640 len=65536
read t=10145564511 offset=107085824 len=4096
read t=10195258511 offset=107089920 len=16384
read t=10245559511 offset=107106304 len=24576
read t=10299795511 offset=114147328 len=4096
read t=10345610511 offset=114151424 len=16384
read t=10395746511 offset=114167808 len=32768
read t=10445641511 offset=114200576 len=65536
read t=10495362511 offset=106889216 len=4096
read t=10545592511 offset=106893312 len=16384
read t=10595314511 offset=106909696 len=32768
read t=10644615511 offset=106942464 len=65536
read t=10695380511 offset=115634176 len=16384
read t=10745559511 offset=115650560 len=32768
read t=10795250511 offset=115683328 len=65536
read t=10845413511 offset=114266112 len=131072
read t=10903263511 offset=105971712 len=131072
read t=10945565511 offset=107008000 len=77824
read t=11001231511 offset=110956544 len=4096
read t=11045737511 offset=110960640 len=16384
read t=11095745511 offset=110977024 len=32768
read t=11145014511 offset=111009792 len=65536
read t=11195446511 offset=108032000 len=16384
read t=11252031511 offset=108048384 len=32768
read t=11295638511 offset=108081152 len=65536
read t=11345176511 offset=111411200 len=4096
read t=11395480511 offset=111415296 len=16384
read t=11445342511 offset=111431680 len=32768
read t=11495284511 offset=111464448 len=65536
read t=11545374511 offset=111857664 len=4096
read t=11595522511 offset=111861760 len=16384
read t=11645619511 offset=111878144 len=32768
read t=11694994511 offset=111910912 len=65536
read t=11745096511 offset=113512448 len=4096
read t=11795584511 offset=113516544 len=16384
read t=11845326511 offset=113532928 len=32768
read t=11895482511 offset=113565696 len=65536
read t=11945169511 offset=113631232 len=131072
read t=11995119511 offset=108146688 len=131072
read t=12045083511 offset=109793280 len=4096
read t=12095181511 offset=109797376 len=16384
read t=12145274511 offset=109813760 len=32768
read t=12195173511 offset=108277760 len=131072
read t=12245096511 offset=118349824 len=4096
read t=12295291511 offset=118353920 len=16384
read t=12345303511 offset=118370304 len=32768
read t=12395096511 offset=118403072 len=65536
read t=12445102511 offset=118468608 len=131072
read t=12495229511 offset=118611968 len=4096
read t=12545200511 offset=118616064 len=16384
read t=12595348511 offset=118632448 len=32768
read t=12645054511 offset=118665216 len=65536
read t=12695086511 offset=113762304 len=131072
read t=12745036511 offset=114102272 len=4096
read t=12794709511 offset=114106368 len=16384
read t=12845783511 offset=114122752 len=24576
read t=12902815511 offset=115286016 len=4096
read t=12945858511 offset=115290112 len=16384
read t=12995778511 offset=115306496 len=32768
read t=13045000511 offset=115339264 len=65536
read t=13095011511 offset=115404800 len=110592
read t=13151717511 offset=113119232 len=4096
read t=13195180511 offset=113123328 len=16384
read t=13245178511 offset=113139712 len=32768
read t=13295023511 offset=113172480 len=65536
read t=13345053511 offset=113238016 len=131072
read t=13395220511 offset=119795712 len=131072
read t=13445511511 offset=107429888 len=4096
read t=13495533511 offset=107433984 len=16384
read t=13545376511 offset=107450368 len=32768
read t=13595073511 offset=107483136 len=65536
read t=13645452511 offset=107548672 len=131072
read t=13695071511 offset=107380736 len=16384
read t=13745912511 offset=107397120 len=32768
read t=13806938511 offset=107679744 len=16384
read t=13845731511 offset=107696128 len=32768
read t=13895022511 offset=107728896 len=65536
read t=13945204511 offset=107794432 len=118784
read t=14012684511 offset=113893376 len=131072
read t=14045162511 offset=114024448 len=77824
read t=14095080511 offset=118599680 len=12288
read t=14145329511 offset=109731840 len=4096
read t=14195798511 offset=109735936 len=16384
read t=14245808511 offset=109752320 len=32768
read t=14295456511 offset=109785088 len=8192
read t=14345426511 offset=109846528 len=4096
read t=14395501511 offset=109850624 len=131072
read t=14445174511 offset=108408832 len=131072
read t=14495108511 offset=111529984 len=131072
read t=14545058511 offset=111661056 len=131072
read t=14595136511 offset=114397184 len=131072
read t=14644900511 offset=121577472 len=4096
read t=14695239511 offset=121581568 len=16384
read t=14745150511 offset=121597952 len=12288
read t=14794993511 offset=121663488 len=32768
read t=14845664511 offset=120541184 len=131072
read t=14895007511 offset=120250368 len=4096
read t=14945210511 offset=120254464 len=16384
read t=14995202511 offset=120270848 len=20480
read t=15070394511 offset=108937216 len=4096
read t=15095156511 offset=108941312 len=16384
read t=15145301511 offset=108957696 len=32768
read t=15195050511 offset=108990464 len=65536
read t=15245364511 offset=109056000 len=131072
read t=15295095511 offset=109187072 len=131072
read t=15345199511 offset=109498368 len=4096
read t=15395244511 offset=109502464 len=16384
read t=15445337511 offset=109518848 len=32768
read t=15495233511 offset=109551616 len=65536
read t=15545050511 offset=109617152 len=114688
read t=15595198511 offset=120958976 len=4096
read t=15645461511 offset=120963072 len=16384
read t=15695385511 offset=120979456 len=32768
read t=15745057511 offset=121012224 len=65536
read t=15795116511 offset=121077760 len=131072
read t=15845191511 offset=121208832 len=131072
read t=15895535511 offset=121339904 len=131072
read t=15947757511 offset=121470976 len=106496
read t=15995229511 offset=121696256 len=36864
read t=16045127511 offset=120889344 len=4096
read t=16095206511 offset=120893440 len=16384
read t=16145224511 offset=120909824 len=32768
read t=16195049511 offset=120942592 len=16384
read t=16248574511 offset=120832000 len=4096
read t=16295196511 offset=120836096 len=16384
read t=16345266511 offset=120852480 len=32768
read t=16394993511 offset=120885248 len=4096
read t=16460223511 offset=120700928 len=4096
read t=16495215511 offset=120705024 len=16384
read t=16545387511 offset=120721408 len=32768
read t=16594978511 offset=120754176 len=65536
read t=16644980511 offset=120819712 len=12288
read t=16710997511 offset=119955456 len=4096
read t=16745167511 offset=119959552 len=16384
read t=16795107511 offset=119975936 len=32768
read t=16844994511 offset=120008704 len=65536
read t=16894524511 offset=120074240 len=131072
read t=16945117511 offset=120205312 len=45056
read t=17026450511 offset=119926784 len=16384
read t=17045016511 offset=119943168 len=12288
read t=17098893511 offset=120672256 len=28672
read t=17144916511 offset=145481728 len=32768
read t=17194962511 offset=9777152 len=4096
read t=17245157511 offset=9781248 len=16384
read t=17295281511 offset=9797632 len=32768
read t=17345124511 offset=9830400 len=65536
read t=17395075511 offset=145633280 len=4096
read t=17446439511 offset=98467840 len=4096
read t=17495270511 offset=98471936 len=16384
read t=17545236511 offset=98488320 len=32768
read t=17595019511 offset=98521088 len=65536
read t=17645050511 offset=98013184 len=4096
read t=17695128511 offset=98017280 len=16384
read t=17745350511 offset=98033664 len=32768
read t=17794925511 offset=98066432 len=65536
read t=17845039511 offset=97738752 len=4096
read t=17895193511 offset=97742848 len=16384
read t=17945348511 offset=97759232 len=32768
read t=17994998511 offset=97792000 len=65536
read t=18045121511 offset=97857536 len=131072
read t=18095086511 offset=98287616 len=4096
read t=18145168511 offset=98291712 len=16384
read t=18195226511 offset=98308096 len=32768
read t=18245011511 offset=98340864 len=65536
read t=18295024511 offset=98406400 len=61440
read t=18344990511 offset=75169792 len=4096
read t=18395172511 offset=75173888 len=16384
read t=18445343511 offset=75190272 len=32768
read t=18494966511 offset=75223040 len=65536
read t=18545175511 offset=98131968 len=131072
read t=18595093511 offset=145629184 len=4096
read t=18648253511 offset=87863296 len=4096
read t=18695180511 offset=87867392 len=16384
read t=18745326511 offset=87883776 len=32768
read t=18795004511 offset=87916544 len=65536
read t=18845300511 offset=85561344 len=4096
read t=18895270511 offset=85565440 len=16384
read t=18944886511 offset=85581824 len=32768
read t=18995002511 offset=85614592 len=65536
read t=19045146511 offset=15257600 len=4096
read t=19095194511 offset=15261696 len=16384
read t=19145297511 offset=15278080 len=32768
read t=19195012511 offset=15310848 len=65536
read t=19245097511 offset=3379200 len=4096
read t=19295191511 offset=3383296 len=16384
read t=19345490511 offset=3399680 len=32768
read t=19394994511 offset=3432448 len=65536
read t=19445065511 offset=3497984 len=131072
read t=19495077511 offset=109371392 len=4096
read t=19545160511 offset=109375488 len=16384
read t=19595415511 offset=109391872 len=32768
read t=19644947511 offset=109424640 len=65536
read t=19695117511 offset=109490176 len=8192
read t=19958794511 offset=98586624 len=16384
read t=19959484511 offset=98603008 len=16384
read t=20290867511 offset=111792128 len=16384
read t=20291945511 offset=111808512 len=32768
read t=20292914511 offset=111841280 len=16384
read t=20293279511 offset=111976448 len=61440
read t=20696126511 offset=144293888 len=4096
read t=20696864511 offset=144297984 len=16384
read t=20697331511 offset=144314368 len=32768
read t=20697604511 offset=144347136 len=65536
read t=21108123511 offset=4390912 len=4096
read t=21108928511 offset=4395008 len=16384
read t=21109428511 offset=4411392 len=32768
read t=21109988511 offset=4444160 len=65536
read t=21182283511 offset=9699328 len=4096
read t=21209015511 offset=9703424 len=16384
read t=21259418511 offset=9719808 len=32768
read t=21309049511 offset=9752576 len=24576
read t=21359053511 offset=105250816 len=4096
read t=21412469511 offset=105254912 len=16384
read t=21459384511 offset=105271296 len=32768
read t=21516831511 offset=105304064 len=65536
read t=21559627511 offset=15233024 len=4096
read t=21609135511 offset=15237120 len=16384
read t=21659251511 offset=15253504 len=4096
read t=21726522511 offset=77705216 len=4096
read t=21759387511 offset=77709312 len=16384
read t=21809336511 offset=77725696 len=32768
read t=21859071511 offset=77758464 len=65536
read t=21909081511 offset=31944704 len=4096
read t=21959705511 offset=31948800 len=16384
read t=22009289511 offset=31965184 len=32768
read t=22059166511 offset=31997952 len=65536
read t=22109073511 offset=98738176 len=16384
read t=22159209511 offset=98754560 len=32768
read t=22208914511 offset=98787328 len=65536
read t=22259202511 offset=76636160 len=4096
read t=22309253511 offset=76640256 len=16384
read t=22359241511 offset=76656640 len=32768
read t=22409449511 offset=76689408 len=65536
read t=22466644511 offset=77824000 len=131072
read t=22509595511 offset=32063488 len=131072
read t=22559300511 offset=9641984 len=4096
read t=22609406511 offset=9646080 len=16384
read t=22659314511 offset=9662464 len=32768
read t=22713974511 offset=9695232 len=4096
read t=22759096511 offset=98902016 len=4096
read t=22809259511 offset=98906112 len=16384
read t=22859414511 offset=98922496 len=32768
read t=22909295511 offset=98955264 len=65536
read t=22959255511 offset=99430400 len=4096
read t=23009321511 offset=99434496 len=16384
read t=23064746511 offset=99450880 len=32768
read t=23109223511 offset=9895936 len=61440
read t=23159198511 offset=8458240 len=4096
read t=23209291511 offset=8462336 len=16384
read t=23259754511 offset=8478720 len=32768
read t=23309108511 offset=8511488 len=65536
read t=23362646511 offset=8949760 len=4096
read t=23409196511 offset=8953856 len=16384
read t=23459379511 offset=8970240 len=32768
read t=23508969511 offset=7770112 len=4096
read t=23559194511 offset=7774208 len=16384
read t=23609651511 offset=7790592 len=32768
read t=23664770511 offset=7823360 len=65536
read t=23708989511 offset=99483648 len=57344
read t=23761649511 offset=8908800 len=4096
read t=23809317511 offset=8912896 len=16384
read t=23859901511 offset=8929280 len=20480
read t=23912688511 offset=9003008 len=24576
read t=23959616511 offset=8577024 len=131072
read t=24009481511 offset=99540992 len=16384
read t=24059205511 offset=8708096 len=131072
read t=24115330511 offset=8839168 len=69632
read t=24161534511 offset=9027584 len=73728
read t=24298136511 offset=7888896 len=131072
read t=24471972511 offset=99557376 len=40960
read t=25398096511 offset=99651584 len=4096
read t=25398719511 offset=99655680 len=16384
read t=25399166511 offset=99672064 len=32768
read t=25400887511 offset=99704832 len=65536
read t=25452154511 offset=103120896 len=4096
read t=25498955511 offset=103124992 len=16384
read t=25549232511 offset=103141376 len=32768
read t=25598955511 offset=103174144 len=65536
read t=25648906511 offset=103239680 len=131072
read t=25872336511 offset=6844416 len=4096
read t=25873236511 offset=6848512 len=16384
read t=25873905511 offset=6864896 len=32768
read t=25874375511 offset=6897664 len=65536
read t=25923070511 offset=7380992 len=4096
read t=25973184511 offset=7385088 len=16384
read t=26023535511 offset=7401472 len=32768
read t=26077837511 offset=7434240 len=65536
read t=26123394511 offset=101007360 len=4096
read t=26174174511 offset=101011456 len=16384
read t=26224557511 offset=101027840 len=32768
read t=26275655511 offset=101060608 len=65536
read t=26324293511 offset=101126144 len=131072
read t=26373074511 offset=145428480 len=4096
read t=26424078511 offset=145383424 len=4096
read t=26476526511 offset=100720640 len=4096
read t=26523210511 offset=100724736 len=16384
read t=26574252511 offset=100741120 len=32768
read t=26626606511 offset=100773888 len=65536
read t=26673158511 offset=145354752 len=4096
read t=26724540511 offset=100196352 len=4096
read t=26774376511 offset=100200448 len=16384
read t=26824391511 offset=100216832 len=32768
read t=26874333511 offset=6963200 len=131072
read t=26924178511 offset=101261312 len=4096
read t=26974375511 offset=101265408 len=16384
read t=27024534511 offset=101281792 len=32768
read t=27074027511 offset=101314560 len=65536
read t=27124235511 offset=145264640 len=4096
read t=27174803511 offset=100249600 len=73728
read t=27223246511 offset=101380096 len=131072
read t=27274318511 offset=145231872 len=4096
read t=27326246511 offset=100323328 len=131072
read t=27374339511 offset=145223680 len=4096
read t=27428151511 offset=7094272 len=131072
read t=27474305511 offset=145244160 len=4096
read t=27526355511 offset=100175872 len=4096
read t=27574278511 offset=100179968 len=16384
read t=27631227511 offset=7344128 len=4096
read t=27673658511 offset=7348224 len=16384
read t=27724456511 offset=7364608 len=16384
read t=27777082511 offset=144150528 len=4096
read t=27831110511 offset=97988608 len=24576
read t=27874132511 offset=101257216 len=4096
read t=27922939511 offset=100704256 len=4096
read t=27974397511 offset=100708352 len=12288
read t=28024433511 offset=101711872 len=4096
read t=28074415511 offset=101715968 len=16384
read t=28124195511 offset=101732352 len=32768
read t=28174164511 offset=101765120 len=65536
read t=28224251511 offset=262144 len=4096
read t=28279119511 offset=7225344 len=118784
read t=28323157511 offset=524288 len=4096
read t=28374899511 offset=100605952 len=4096
read t=28424716511 offset=100610048 len=16384
read t=28474338511 offset=100626432 len=32768
read t=28524421511 offset=101830656 len=131072
read t=28574159511 offset=1048576 len=4096
read t=28624873511 offset=100659200 len=16384
read t=28675790511 offset=100687872 len=4096
read t=28724377511 offset=100691968 len=12288
read t=28776757511 offset=100675584 len=12288
read t=28824387511 offset=2097152 len=4096
read t=28880066511 offset=100839424 len=86016
read t=28924343511 offset=100925440 len=12288
read t=28973998511 offset=4194304 len=4096
read t=29030491511 offset=101511168 len=131072
read t=29083816511 offset=11415552 len=4096
read t=29124673511 offset=11419648 len=16384
read t=29174351511 offset=11436032 len=32768
read t=29224106511 offset=11468800 len=65536
read t=29274156511 offset=14393344 len=4096
read t=29324461511 offset=14397440 len=16384
read t=29374408511 offset=14413824 len=32768
read t=29424353511 offset=14446592 len=65536
read t=29473665511 offset=245760 len=16384
read t=29524771511 offset=266240 len=110592
read t=29574197511 offset=376832 len=131072
read t=29624286511 offset=12730368 len=4096
read t=29674387511 offset=12734464 len=16384
read t=29724881511 offset=12750848 len=32768
read t=29774138511 offset=12783616 len=65536
read t=29824083511 offset=507904 len=16384
read t=29874073511 offset=528384 len=110592
read t=29924315511 offset=638976 len=131072
read t=29974298511 offset=30646272 len=4096
read t=30024464511 offset=30650368 len=16384
read t=30074347511 offset=30666752 len=32768
read t=30124147511 offset=30699520 len=65536
read t=30173990511 offset=144965632 len=4096
read t=30224485511 offset=144969728 len=16384
read t=30274334511 offset=144986112 len=32768
read t=30323979511 offset=145018880 len=65536
read t=30375694511 offset=145084416 len=131072
read t=30424165511 offset=145215488 len=8192
read t=30473983511 offset=145227776 len=4096
read t=30524655511 offset=145235968 len=8192
read t=30574049511 offset=145248256 len=16384
read t=30624017511 offset=145268736 len=86016
read t=30674294511 offset=145358848 len=24576
read t=30724316511 offset=145387520 len=40960
read t=30774443511 offset=145432576 len=28672
read t=30828561511 offset=30928896 len=4096
read t=30873716511 offset=30932992 len=16384
read t=30924778511 offset=30949376 len=32768
read t=30973158511 offset=30982144 len=65536
read t=31024090511 offset=26001408 len=4096
read t=31074348511 offset=26005504 len=16384
read t=31123455511 offset=26021888 len=32768
read t=31178028511 offset=26054656 len=65536
read t=31223195511 offset=30334976 len=4096
read t=31274192511 offset=30339072 len=16384
read t=31324741511 offset=30355456 len=32768
read t=31374126511 offset=30388224 len=65536
read t=31423118511 offset=102764544 len=4096
read t=31473308511 offset=102768640 len=16384
read t=31525091511 offset=102785024 len=32768
read t=31573016511 offset=102817792 len=65536
read t=31624138511 offset=102883328 len=131072
read t=31673969511 offset=122261504 len=4096
read t=31724318511 offset=122265600 len=16384
read t=31774305511 offset=122281984 len=32768
read t=31824118511 offset=122314752 len=65536
read t=31874064511 offset=101642240 len=16384
read t=31923467511 offset=101658624 len=32768
read t=31973977511 offset=101691392 len=20480
read t=32024187511 offset=30765056 len=16384
read t=32074600511 offset=30781440 len=32768
read t=32124099511 offset=30814208 len=65536
read t=32174181511 offset=99618816 len=4096
read t=32224347511 offset=99622912 len=16384
read t=32274326511 offset=99639296 len=12288
read t=32338138511 offset=30879744 len=49152
read t=32373196511 offset=1400832 len=4096
read t=32424556511 offset=1404928 len=16384
read t=32473413511 offset=1421312 len=32768
read t=32523604511 offset=1454080 len=65536
read t=32573325511 offset=1519616 len=131072
read t=32623083511 offset=68382720 len=4096
read t=32674218511 offset=68386816 len=16384
read t=32724706511 offset=68403200 len=32768
read t=32774017511 offset=68435968 len=65536
read t=32822992511 offset=10354688 len=4096
read t=32876686511 offset=10358784 len=16384
read t=32924346511 offset=10375168 len=32768
read t=32978599511 offset=10407936 len=65536
read t=33027808511 offset=10473472 len=131072
read t=33073962511 offset=839680 len=4096
read t=33124544511 offset=843776 len=16384
read t=33174127511 offset=860160 len=32768
read t=33224163511 offset=10604544 len=131072
read t=33282518511 offset=99598336 len=16384
read t=33323215511 offset=99614720 len=4096
read t=33395594511 offset=10735616 len=131072
read t=33425909511 offset=10866688 len=131072
read t=33521093511 offset=99770368 len=49152
read t=33724930511 offset=0 len=2048
read t=33774903511 offset=117497856 len=4096
read t=33824263511 offset=63488 len=4096
read t=33874591511 offset=117501952 len=16384
read t=33925468511 offset=194560 len=4096
read t=33974230511 offset=117518336 len=98304
read t=34024352511 offset=456704 len=4096
read t=34074313511 offset=14512128 len=131072
read t=34124445511 offset=980992 len=4096
read t=34173934511 offset=10067968 len=4096
read t=34224235511 offset=2029568 len=4096
read t=34273944511 offset=10072064 len=16384
read t=34324593511 offset=4126720 len=4096
read t=34374006511 offset=10088448 len=98304
read t=34474901511 offset=117616640 len=131072
read t=34578456511 offset=10186752 len=131072
read t=34674470511 offset=14938112 len=4096
read t=34773930511 offset=14942208 len=16384
read t=34876736511 offset=14958592 len=98304
read t=35024706511 offset=2048 len=61440
read t=35074101511 offset=770048 len=69632
read t=35124161511 offset=67584 len=126976
read t=35175418511 offset=892928 len=8192
read t=35224053511 offset=198656 len=131072
read t=35274902511 offset=901120 len=131072
read t=35324443511 offset=329728 len=126976
read t=35375412511 offset=6135808 len=4096
read t=35424240511 offset=145422336 len=131072
read t=35474455511 offset=6139904 len=16384
read t=35524734511 offset=145553408 len=131072
read t=35574201511 offset=6156288 len=98304
read t=35624185511 offset=145684480 len=47104
end files=1858 reads=530
