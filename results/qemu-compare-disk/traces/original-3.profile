liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145647172 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0409e77563576e774d6dcc13be3b6c7b696370f4d6896413714eb2d56a3733c
events 1393
dropped 0
boots 1
duration_ns 73821716298
file /usr/lib/systemd/systemd inode=5910 t=7853077912 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/systemd/systemd-ac-power inode=5911 t=7853077912 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8401236912 kinds=block pages=0-52 count=3
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8901765912 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=9004152912 kinds=block pages=0-817 count=26
file /etc/adduser.conf inode=20 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/alternatives/README inode=22 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/01autoremove inode=43 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/70debconf inode=44 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/sources.list inode=48 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=9303564912 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/bash.bashrc inode=60 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/bindresvport.blacklist inode=61 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.d/e2scrub_all inode=64 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/apt-compat inode=66 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/dpkg inode=67 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/debconf.conf inode=68 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/debian_version inode=69 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/hwclock inode=71 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/nss inode=72 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/useradd inode=73 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/deluser.conf inode=74 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/dpkg.cfg inode=76 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/origins/debian inode=79 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/e2scrub.conf inode=81 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/fstab inode=83 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/gai.conf inode=84 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/group inode=85 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/group- inode=86 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow inode=87 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow- inode=88 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/host.conf inode=89 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/hostname inode=90 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/hwclock.sh inode=92 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/kmod inode=93 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/udev inode=94 t=9303564912 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/issue inode=95 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/issue.net inode=96 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.cache inode=100 t=9303564912 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/ld.so.conf inode=101 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/libc.conf inode=103 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/libaudit.conf inode=105 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/login.defs inode=107 t=9303564912 kinds=fragment-inferred,block pages=0-3 count=22
file /etc/logrotate.d/alternatives inode=109 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/apt inode=110 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/dpkg inode=111 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/machine-id inode=112 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/mke2fs.conf inode=113 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/modules inode=115 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/motd inode=118 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/nsswitch.conf inode=120 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.conf inode=123 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chfn inode=125 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chpasswd inode=126 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chsh inode=127 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/base-files/motd inode=7478 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=9303564912 kinds=fragment-inferred,block pages=0 count=22
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=9355941912 kinds=block pages=0-470 count=16
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9902441912 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9957663912 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=9957663912 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=9957663912 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=9957663912 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=10103535912 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=10163616912 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=10207794912 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=10207794912 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=10254373912 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=10353148912 kinds=block pages=0-98 count=5
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=10552502912 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=10552502912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=10552502912 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=10552502912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=10605211912 kinds=block pages=0-86 count=3
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=10703062912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=10703062912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=10703062912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=10703062912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=10703062912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=10755653912 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10854406912 kinds=block pages=0-95,224-325 count=8
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=11052959912 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=11052959912 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=11105199912 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=11202355912 kinds=block pages=0-255,544-607,800-927,1024-1155 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=11503694912 kinds=block pages=0-95,160-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=11604601912 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11702703912 kinds=block pages=0-159,192-222 count=6
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11807014912 kinds=block pages=0-153 count=5
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=12002825912 kinds=block pages=0-38 count=2
file /usr/lib/lsb/init-functions inode=644 t=16252501912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=650 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=16252501912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=16252501912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=16252501912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=16252501912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=16252501912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=16601274912 kinds=fragment-inferred,block pages=0-11 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/os-release inode=5577 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/pam.d/systemd-user inode=5579 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=16601274912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=16601274912 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=16601274912 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=16601274912 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=16601274912 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=16601274912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.dep inode=5569 t=16655661912 kinds=block pages=128 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=16655661912 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16753933912 kinds=block pages=0-191,288-308 count=8
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=16854587912 kinds=block pages=0-63 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=16953448912 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=16953448912 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=16953448912 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=16953448912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=16953448912 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=17651931912 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=18702428912 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=18702428912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=18852059912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=18852059912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=18852059912 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=18852059912 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=19751954912 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=19751954912 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=19751954912 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=19751954912 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=19751954912 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/kmod inode=384 t=20701445912 kinds=block pages=0-43 count=3
file /etc/pam.d/common-account inode=128 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-auth inode=129 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-password inode=130 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session inode=131 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session-noninteractive inode=132 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/login inode=133 t=22001308912 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/pam.d/newusers inode=134 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/other inode=135 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/passwd inode=136 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser inode=137 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser-l inode=138 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su inode=139 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su-l inode=140 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd inode=141 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd- inode=142 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/profile inode=143 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/resolv.conf inode=160 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/access.conf inode=163 t=22001308912 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/security/faillock.conf inode=164 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/group.conf inode=165 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/limits.conf inode=166 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.conf inode=168 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.init inode=170 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/pam_env.conf inode=172 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/sepermit.conf inode=173 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/time.conf inode=174 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/selinux/semanage.conf inode=176 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow inode=177 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow- inode=178 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/shells inode=179 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bash_logout inode=181 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bashrc inode=182 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.profile inode=183 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/journald.conf inode=189 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/logind.conf inode=190 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/networkd.conf inode=192 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/pstore.conf inode=193 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/sleep.conf inode=194 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system/liveopt-marker.service inode=199 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system.conf inode=213 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/user.conf inode=215 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/terminfo/README inode=217 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/timezone inode=218 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/udev/udev.conf inode=223 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/update-motd.d/10-uname inode=225 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /etc/xattr.conf inode=226 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /root/.bashrc inode=238 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /root/.profile inode=239 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /usr/bin/[ inode=267 t=22001308912 kinds=fragment-inferred,block pages=0-16 count=10
file /usr/share/base-files/dot.bashrc inode=7474 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/dot.profile inode=7475 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/profile inode=7479 t=22001308912 kinds=fragment-inferred,block pages=0 count=10
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-set.target inode=5872 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-sync.target inode=5873 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/timers.target inode=5874 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/umount.target inode=5878 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user.slice inode=5883 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service inode=5884 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=23441874912 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=23441874912 kinds=fragment-inferred,block pages=0-8 count=8
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=23441874912 kinds=fragment-inferred,block pages=0-3 count=8
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=23441874912 kinds=fragment-inferred,block pages=0-10 count=8
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=23441874912 kinds=fragment-inferred,block pages=0-5 count=8
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=23497155912 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=23497155912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=23497155912 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=23497155912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=23497155912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=23497155912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=23662446912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=23662446912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=23662446912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=26886226912 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/resolv.conf inode=5614 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/basic.target inode=5621 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/console-getty.service inode=5625 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.service inode=5647 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.target inode=5648 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/exit.target inode=5649 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/final.target inode=5651 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.service inode=5653 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-static.service inode=5656 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty.target inode=5657 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty@.service inode=5660 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/graphical.target inode=5661 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/halt.target inode=5664 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hibernate.target inode=5665 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd.target inode=5682 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kexec.target inode=5687 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs.target inode=5691 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/machine.slice inode=5693 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/multi-user.target inode=5695 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-online.target inode=5702 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-pre.target inode=5703 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network.target inode=5704 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/paths.target inode=5708 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/poweroff.target inode=5709 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/printer.target inode=5710 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/quotaon.service inode=5714 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service inode=5715 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/reboot.target inode=5720 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.service inode=5725 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.target inode=5726 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/shutdown.target inode=5743 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sleep.target inode=5745 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/slices.target inode=5746 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/smartcard.target inode=5747 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sockets.target inode=5748 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sound.target inode=5756 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend.target inode=5758 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/swap.target inode=5759 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sysinit.target inode=5764 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/syslog.socket inode=5795 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update.target inode=5799 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/smartcard.target inode=5969 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/sound.target inode=5971 t=26886226912 kinds=fragment-inferred,block pages=0 count=6
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=28081755912 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=422 t=29587002912 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=423 t=29587002912 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=30978730912 kinds=block pages=0-41 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32930019912 kinds=block pages=0-105 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=33480003912 kinds=block pages=0-100 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=34180603912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=34180603912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=34180603912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=34180603912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=34180603912 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=34180603912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=34180603912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=34280104912 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=34483024912 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-random-seed inode=5936 t=34483024912 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=34483024912 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd-reply-password inode=5938 t=34483024912 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-rfkill inode=5939 t=34483024912 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/apt/methods/store inode=603 t=34584241912 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/apt/solvers/dump inode=607 t=34584241912 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/install inode=613 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/names inode=614 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/setup inode=615 t=34584241912 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/dpkg/methods/apt/update inode=616 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/init/init-d-script inode=620 t=34584241912 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/init/vars.sh inode=621 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.conf inode=623 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=34584241912 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=34584241912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/systemd-localed inode=5925 t=34683034912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=34683034912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=34683034912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=34683034912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/udevadm inode=546 t=38079851912 kinds=block pages=0-330 count=12
file /usr/bin/systemd-stdio-bridge inode=518 t=39282867912 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/bin/systemd-sysext inode=519 t=39282867912 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/systemd-sysusers inode=520 t=39282867912 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=39332854912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=39332854912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=39332854912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=39332854912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=39332854912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/journalctl inode=382 t=40782578912 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=383 t=40782578912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=40882413912 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=40882413912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=40882413912 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-timedated inode=5948 t=40882413912 kinds=fragment-inferred,block pages=0-10 count=4
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=40882413912 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=40882413912 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=40982324912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=40982324912 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=40982324912 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=40982324912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user/app.slice inode=5957 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/background.slice inode=5958 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/basic.target inode=5959 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/default.target inode=5961 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/exit.target inode=5962 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/paths.target inode=5965 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/printer.target inode=5966 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/session.slice inode=5967 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/shutdown.target inode=5968 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/sockets.target inode=5970 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/timers.target inode=5976 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=40982324912 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=40982324912 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/basic.conf inode=5985 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=40982324912 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=43602660912 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=44532424912 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/terminfo/E/Eterm inode=5990 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/a/ansi inode=5993 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25 inode=5995 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cygwin inode=5997 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/d/dumb inode=5999 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/h/hurd inode=6001 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/l/linux inode=6003 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach inode=6005 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-bold inode=6006 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-color inode=6007 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/p/pcansi inode=6011 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt inode=6013 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen inode=6019 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color inode=6020 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-bce inode=6022 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-s inode=6023 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-w inode=6024 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/sun inode=6026 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux inode=6028 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt100 inode=6031 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt102 inode=6032 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt220 inode=6033 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt52 inode=6034 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm inode=6039 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-color inode=6041 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=45180261912 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=46971320912 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=41
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=49670530912 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/udev/mtd_probe inode=6104 t=49670530912 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=49670530912 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=49670530912 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=49670530912 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=49670530912 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=49846493912 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=49846493912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=49846493912 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6147 t=49846493912 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6148 t=49846493912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/systemctl inode=495 t=53919660912 kinds=block pages=0-330 count=12
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=55820120912 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/battery.ko inode=816 t=55820120912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=55820120912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=55820920912 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=55820920912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=55820920912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=55820920912 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=55820920912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=55821722912 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=55821722912 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=55821722912 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=55821722912 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=55821722912 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=56018974912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=56018974912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=56018974912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=56018974912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=56018974912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=56018974912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=59217217912 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=59217217912 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=59217217912 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=59217217912 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=61467262912 kinds=block pages=0-95 count=4
file /usr/lib/udev/dmi_memory_id inode=6067 t=62216946912 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=63067450912 kinds=block pages=0-46 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=63817296912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=63817296912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=63817296912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=63817296912 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/addpart inode=268 t=66068906912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=66068906912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=66068909912 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=66068909912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=66068909912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=66068909912 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=66068909912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=66068909912 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=66068909912 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=66068909912 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=66068909912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=66418130912 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=66418130912 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/bash inode=283 t=66418130912 kinds=block pages=0-308 count=11
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=66569613912 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=66569613912 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=66569613912 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=66569613912 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=66569613912 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=66569613912 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=66569613912 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=66569613912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=66569613912 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=66569613912 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=66569613912 kinds=block pages=0-60 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=66569613912 kinds=block pages=0-101 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=66569613912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=66569613912 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=66569613912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=66569613912 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=66569613912 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=66569613912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=66569613912 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=66569613912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=66569613912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=66569613912 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=66569613912 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=66569613912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=12698 t=66569793912 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=66569793912 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=12704 t=66569793912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=66569793912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=12710 t=66570020912 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=66570020912 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=66570020912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=12719 t=66570020912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=12721 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=12722 t=66570020912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=12723 t=66570020912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=66570176912 kinds=block pages=0-69 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=66617083912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_piix.ko inode=831 t=66617083912 kinds=fragment-inferred,block pages=0-19 count=1
file /var/lib/dpkg/info/tzdata.list inode=12724 t=66917038912 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=66917038912 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=66917038912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=66917038912 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=12734 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=12735 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=12736 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=12737 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=12738 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=66917038912 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=66917038912 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=66917038912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=66917072912 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/systemd/catalog/database inode=12783 t=66917075912 kinds=block pages=0-52 count=1
file /var/lib/dpkg/status-old inode=12764 t=66917078912 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=66917078912 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=66917078912 kinds=fragment-inferred,block pages=0-16 count=5
file /var/log/dpkg.log inode=12809 t=66917078912 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=67715982912 kinds=block pages=0-580 count=20
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=67916758912 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=68317236912 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/udev/ata_id inode=6065 t=68531736912 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=69366129912 kinds=block pages=0-63 count=3
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=69667537912 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6068 t=69667537912 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=69667537912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=69667537912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=69667537912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=69667537912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=69667537912 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=69667537912 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=70217489912 kinds=block pages=0-97 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=70417238912 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=70417238912 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/dash inode=306 t=70516847912 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=71667785912 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=71667785912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=71667785912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/agetty inode=7343 t=72080711912 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7344 t=72080711912 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7345 t=72080711912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/e2scrub inode=7373 t=72131029912 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7374 t=72131029912 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7375 t=72131029912 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7376 t=72131029912 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7377 t=72131029912 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7378 t=72131029912 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7379 t=72131029912 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=72917868912 kinds=block pages=0-49 count=2
file /usr/bin/pwd inode=452 t=73628944912 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=454 t=73628944912 kinds=fragment-inferred,block pages=0-12 count=1
read t=5439559912 offset=0 len=4096
read t=5443713912 offset=4096 len=4096
read t=5444951912 offset=12288 len=4096
read t=6097991912 offset=0 len=1024
read t=6100207912 offset=145646592 len=1024
read t=6100591912 offset=145646592 len=1024
read t=6101148912 offset=145628160 len=1024
read t=6149328912 offset=145498112 len=1024
read t=6200134912 offset=145498112 len=2048
read t=6265891912 offset=145646592 len=1024
read t=6300024912 offset=145646592 len=1024
read t=6381564912 offset=145616896 len=1024
read t=6399363912 offset=145616896 len=2048
read t=6450786912 offset=145383424 len=1024
read t=6500143912 offset=145383424 len=4096
read t=6552384912 offset=145494016 len=1024
read t=6601655912 offset=145494016 len=3072
read t=6650988912 offset=145611776 len=1024
read t=6700155912 offset=145611776 len=4096
read t=6750456912 offset=145448960 len=1024
read t=6800265912 offset=145448960 len=3072
read t=6850322912 offset=145570816 len=1024
read t=6900409912 offset=145570816 len=6144
read t=6955463912 offset=145499136 len=1024
read t=7000287912 offset=145499136 len=5120
read t=7073349912 offset=145381376 len=1024
read t=7099849912 offset=145381376 len=3072
read t=7150468912 offset=145646592 len=1024
read t=7200256912 offset=145646592 len=1024
read t=7257907912 offset=145616896 len=1024
read t=7300208912 offset=145616896 len=2048
read t=7350284912 offset=145383424 len=1024
read t=7399891912 offset=145383424 len=4096
read t=7514552912 offset=145436672 len=1024
read t=7515620912 offset=145436672 len=3072
read t=7551727912 offset=145556480 len=1024
read t=7600097912 offset=145556480 len=4096
read t=7650818912 offset=145624064 len=1024
read t=7700094912 offset=145624064 len=3072
read t=7751916912 offset=145570816 len=1024
read t=7800229912 offset=145570816 len=6144
read t=7853077912 offset=98541568 len=33792
read t=7905261912 offset=145611776 len=1024
read t=7950522912 offset=145611776 len=4096
read t=8000397912 offset=145448960 len=1024
read t=8049823912 offset=145448960 len=3072
read t=8100313912 offset=145646592 len=1024
read t=8150119912 offset=145646592 len=1024
read t=8199579912 offset=145567744 len=1024
read t=8249957912 offset=145567744 len=4096
read t=8300326912 offset=145440768 len=1024
read t=8350018912 offset=145440768 len=3072
read t=8401236912 offset=105643008 len=74752
read t=8456643912 offset=105716736 len=26624
read t=8513012912 offset=145616896 len=1024
read t=8550038912 offset=145616896 len=2048
read t=8600136912 offset=145381376 len=1024
read t=8650098912 offset=145381376 len=3072
read t=8700829912 offset=145499136 len=1024
read t=8749870912 offset=145499136 len=5120
read t=8802697912 offset=145570816 len=1024
read t=8849397912 offset=145570816 len=6144
read t=8901765912 offset=119597056 len=34816
read t=8955897912 offset=120210432 len=9216
read t=9004152912 offset=120218624 len=54272
read t=9057039912 offset=121531392 len=10240
read t=9114838912 offset=120271872 len=33792
read t=9152145912 offset=120304640 len=22528
read t=9206900912 offset=145617920 len=1024
read t=9250125912 offset=145617920 len=4096
read t=9303564912 offset=0 len=73728
read t=9355941912 offset=107049984 len=54272
read t=9406057912 offset=107832320 len=25600
read t=9455636912 offset=107103232 len=63488
read t=9504555912 offset=145442816 len=1024
read t=9550149912 offset=145442816 len=4096
read t=9600195912 offset=145646592 len=1024
read t=9650137912 offset=145646592 len=1024
read t=9700432912 offset=145567744 len=1024
read t=9749964912 offset=145567744 len=4096
read t=9800371912 offset=145626112 len=1024
read t=9849971912 offset=145626112 len=3072
read t=9902441912 offset=116075520 len=45056
read t=9957663912 offset=115435520 len=34816
read t=10003992912 offset=145440768 len=1024
read t=10049874912 offset=145440768 len=3072
read t=10103535912 offset=107005952 len=45056
read t=10163616912 offset=114067456 len=47104
read t=10207794912 offset=106809344 len=47104
read t=10254373912 offset=115504128 len=58368
read t=10307604912 offset=115561472 len=17408
read t=10353148912 offset=114113536 len=49152
read t=10404382912 offset=114224128 len=52224
read t=10451859912 offset=114275328 len=3072
read t=10501125912 offset=114275328 len=3072
read t=10552502912 offset=105742336 len=56320
read t=10605211912 offset=106862592 len=54272
read t=10655413912 offset=106978304 len=28672
read t=10703062912 offset=110878720 len=33792
read t=10755653912 offset=107906048 len=47104
read t=10805091912 offset=107952128 len=33792
read t=10854406912 offset=111331328 len=47104
read t=10904348912 offset=111776768 len=43008
read t=10953282912 offset=111818752 len=10240
read t=11001114912 offset=111818752 len=10240
read t=11052959912 offset=113432576 len=39936
read t=11105199912 offset=113471488 len=58368
read t=11155250912 offset=113528832 len=6144
read t=11202355912 offset=107984896 len=59392
read t=11255960912 offset=109714432 len=14336
read t=11301735912 offset=109727744 len=3072
read t=11350511912 offset=109727744 len=3072
read t=11402994912 offset=108043264 len=34816
read t=11452552912 offset=108077056 len=18432
read t=11503694912 offset=118269952 len=54272
read t=11560697912 offset=118531072 len=39936
read t=11604601912 offset=113533952 len=63488
read t=11655323912 offset=113596416 len=31744
read t=11702703912 offset=113627136 len=51200
read t=11753524912 offset=114020352 len=48128
read t=11807014912 offset=115205120 len=68608
read t=11854269912 offset=115416064 len=20480
read t=11903008912 offset=115272704 len=51200
read t=11953048912 offset=115322880 len=54272
read t=12002825912 offset=113039360 len=57344
read t=12053582912 offset=113095680 len=9216
read t=12106473912 offset=145448960 len=1024
read t=12149875912 offset=145448960 len=3072
read t=12200519912 offset=119630848 len=20480
read t=12251949912 offset=119650304 len=49152
read t=12315870912 offset=107350016 len=46080
read t=12353194912 offset=107395072 len=66560
read t=12404572912 offset=107283456 len=67584
read t=12454003912 offset=107531264 len=59392
read t=12503506912 offset=107589632 len=68608
read t=12553401912 offset=107742208 len=45056
read t=12602799912 offset=107786240 len=47104
read t=12656831912 offset=113677312 len=59392
read t=12703359912 offset=113735680 len=56320
read t=12755730912 offset=113790976 len=55296
read t=12807837912 offset=113845248 len=89088
read t=12853865912 offset=118323200 len=58368
read t=12903635912 offset=118380544 len=39936
read t=12954438912 offset=109652992 len=33792
read t=13001801912 offset=109685760 len=17408
read t=13053339912 offset=108094464 len=19456
read t=13101745912 offset=108112896 len=19456
read t=13152955912 offset=109702144 len=13312
read t=13204986912 offset=108131328 len=18432
read t=13253241912 offset=108148736 len=41984
read t=13303340912 offset=108189696 len=62464
read t=13373710912 offset=111377408 len=66560
read t=13402325912 offset=111442944 len=39936
read t=13455074912 offset=106915840 len=63488
read t=13505958912 offset=114161664 len=63488
read t=13556243912 offset=121497600 len=34816
read t=13603069912 offset=120326144 len=43008
read t=13652775912 offset=120368128 len=63488
read t=13712149912 offset=120171520 len=32768
read t=13752895912 offset=120203264 len=7168
read t=13801753912 offset=120209408 len=2048
read t=13861860912 offset=107657216 len=49152
read t=13904763912 offset=107460608 len=71680
read t=13965022912 offset=107165696 len=63488
read t=14004900912 offset=107705344 len=37888
read t=14054269912 offset=108858368 len=62464
read t=14101891912 offset=108919808 len=60416
read t=14153138912 offset=109418496 len=68608
read t=14201532912 offset=109486080 len=43008
read t=14255196912 offset=145616896 len=1024
read t=14300219912 offset=145616896 len=2048
read t=14352245912 offset=107228160 len=56320
read t=14407757912 offset=145499136 len=1024
read t=14451104912 offset=145499136 len=5120
read t=14500422912 offset=145381376 len=1024
read t=14550066912 offset=145381376 len=3072
read t=14603720912 offset=120877056 len=66560
read t=14653566912 offset=120942592 len=65536
read t=14703766912 offset=121253888 len=53248
read t=14752058912 offset=121306112 len=35840
read t=14805088912 offset=121340928 len=39936
read t=14852559912 offset=121379840 len=26624
read t=14902772912 offset=120811520 len=66560
read t=14955308912 offset=120752128 len=60416
read t=15013340912 offset=121405440 len=49152
read t=15058110912 offset=120622080 len=67584
read t=15102872912 offset=120688640 len=64512
read t=15162993912 offset=119874560 len=62464
read t=15205093912 offset=119936000 len=61440
read t=15253911912 offset=120099840 len=31744
read t=15302287912 offset=120130560 len=41984
read t=15355014912 offset=120055808 len=45056
read t=15435102912 offset=119754752 len=63488
read t=15453006912 offset=119817216 len=58368
read t=15513016912 offset=120430592 len=64512
read t=15554138912 offset=145570816 len=1024
read t=15600153912 offset=145570816 len=6144
read t=15653065912 offset=145383424 len=1024
read t=15699601912 offset=145383424 len=4096
read t=15750567912 offset=145646592 len=1024
read t=15800155912 offset=145646592 len=1024
read t=15863151912 offset=145611776 len=1024
read t=15900453912 offset=145611776 len=4096
read t=15950505912 offset=145386496 len=1024
read t=16000300912 offset=145386496 len=3072
read t=16051888912 offset=145503232 len=1024
read t=16100330912 offset=145503232 len=5120
read t=16150848912 offset=145617920 len=1024
read t=16199597912 offset=145617920 len=4096
read t=16252501912 offset=9780224 len=27648
read t=16304501912 offset=145433600 len=1024
read t=16350345912 offset=145433600 len=4096
read t=16400418912 offset=145553408 len=1024
read t=16449593912 offset=145553408 len=4096
read t=16500676912 offset=145624064 len=1024
read t=16549965912 offset=145624064 len=3072
read t=16601274912 offset=98388992 len=33792
read t=16655661912 offset=97934336 len=20480
read t=16701662912 offset=97953792 len=18432
read t=16753933912 offset=97657856 len=28672
read t=16802081912 offset=97685504 len=30720
read t=16854587912 offset=98205696 len=30720
read t=16901863912 offset=98235392 len=32768
read t=16953448912 offset=97870848 len=28672
read t=17005686912 offset=98008064 len=16384
read t=17051946912 offset=98023424 len=9216
read t=17101155912 offset=98023424 len=9216
read t=17156675912 offset=145431552 len=1024
read t=17199475912 offset=145431552 len=3072
read t=17250970912 offset=145646592 len=1024
read t=17299782912 offset=145646592 len=1024
read t=17349671912 offset=145425408 len=1024
read t=17400389912 offset=145425408 len=3072
read t=17450420912 offset=145542144 len=1024
read t=17500522912 offset=145542144 len=5120
read t=17550739912 offset=145422336 len=1024
read t=17599500912 offset=145422336 len=4096
read t=17651931912 offset=75107328 len=25600
read t=17716752912 offset=145448960 len=1024
read t=17750521912 offset=145448960 len=3072
read t=17800740912 offset=121007104 len=61440
read t=17857850912 offset=145433600 len=1024
read t=17900439912 offset=145433600 len=4096
read t=17950744912 offset=97971200 len=19456
read t=18003543912 offset=145553408 len=1024
read t=18050251912 offset=145553408 len=4096
read t=18100469912 offset=145429504 len=1024
read t=18150129912 offset=145429504 len=3072
read t=18200623912 offset=145550336 len=1024
read t=18250057912 offset=145550336 len=4096
read t=18300373912 offset=145427456 len=1024
read t=18350103912 offset=145427456 len=3072
read t=18400258912 offset=145646592 len=1024
read t=18449744912 offset=145646592 len=1024
read t=18500362912 offset=145546240 len=1024
read t=18550207912 offset=145546240 len=5120
read t=18600372912 offset=145624064 len=1024
read t=18650051912 offset=145624064 len=3072
read t=18702428912 offset=87794688 len=24576
read t=18766392912 offset=145425408 len=1024
read t=18800235912 offset=145425408 len=3072
read t=18852059912 offset=85493760 len=32768
read t=18932221912 offset=145433600 len=1024
read t=18949133912 offset=145433600 len=4096
read t=19000563912 offset=97989632 len=19456
read t=19052024912 offset=145553408 len=1024
read t=19100004912 offset=145553408 len=4096
read t=19151169912 offset=145422336 len=1024
read t=19199426912 offset=145422336 len=4096
read t=19250881912 offset=145542144 len=1024
read t=19299642912 offset=145542144 len=5120
read t=19349699912 offset=145390592 len=1024
read t=19399979912 offset=145390592 len=3072
read t=19449945912 offset=145646592 len=1024
read t=19499928912 offset=145646592 len=1024
read t=19550729912 offset=145507328 len=1024
read t=19599320912 offset=145507328 len=5120
read t=19650488912 offset=145617920 len=1024
read t=19700013912 offset=145617920 len=4096
read t=19751954912 offset=15259648 len=27648
read t=19830318912 offset=145570816 len=1024
read t=19849914912 offset=145570816 len=6144
read t=19900320912 offset=145448960 len=1024
read t=19949769912 offset=145448960 len=3072
read t=20000579912 offset=145616896 len=1024
read t=20050183912 offset=145616896 len=2048
read t=20100476912 offset=145381376 len=1024
read t=20149848912 offset=145381376 len=3072
read t=20200674912 offset=145611776 len=1024
read t=20249749912 offset=145611776 len=4096
read t=20300032912 offset=145386496 len=1024
read t=20349958912 offset=145386496 len=3072
read t=20400298912 offset=145646592 len=1024
read t=20450196912 offset=145646592 len=1024
read t=20500020912 offset=145499136 len=1024
read t=20550067912 offset=145499136 len=5120
read t=20600520912 offset=145383424 len=1024
read t=20650088912 offset=145383424 len=4096
read t=20701445912 offset=3382272 len=60416
read t=20756143912 offset=3441664 len=16384
read t=20819712912 offset=145503232 len=1024
read t=20850345912 offset=145503232 len=5120
read t=20911726912 offset=145433600 len=1024
read t=20949392912 offset=145433600 len=4096
read t=20999370912 offset=97856512 len=15360
read t=21056558912 offset=145440768 len=1024
read t=21100541912 offset=145440768 len=3072
read t=21151136912 offset=109290496 len=58368
read t=21202104912 offset=109347840 len=71680
read t=21261154912 offset=145381376 len=1024
read t=21300009912 offset=145381376 len=3072
read t=21352001912 offset=145556480 len=1024
read t=21399910912 offset=145556480 len=4096
read t=21450158912 offset=145559552 len=1024
read t=21499976912 offset=145559552 len=5120
read t=21553047912 offset=145448960 len=1024
read t=21600210912 offset=145448960 len=3072
read t=21650309912 offset=120494080 len=65536
read t=21706553912 offset=145499136 len=1024
read t=21750120912 offset=145499136 len=5120
read t=21800363912 offset=145646592 len=1024
read t=21849955912 offset=145646592 len=1024
read t=21899988912 offset=145617920 len=1024
read t=21949170912 offset=145617920 len=4096
read t=22001308912 offset=72704 len=39936
read t=22056316912 offset=120558592 len=64512
read t=22118058912 offset=0 len=73728
read t=22155503912 offset=145570816 len=1024
read t=22200139912 offset=145570816 len=6144
read t=22250719912 offset=145433600 len=1024
read t=22299876912 offset=145433600 len=4096
read t=22350325912 offset=145624064 len=1024
read t=22400008912 offset=145624064 len=3072
read t=22452933912 offset=98388992 len=33792
read t=22504282912 offset=145381376 len=1024
read t=22549889912 offset=145381376 len=3072
read t=22608574912 offset=121189376 len=65536
read t=22663436912 offset=121067520 len=61440
read t=22704441912 offset=121127936 len=62464
read t=22803735912 offset=145611776 len=1024
read t=22804304912 offset=145611776 len=4096
read t=22870525912 offset=145448960 len=1024
read t=22899689912 offset=145448960 len=3072
read t=22949923912 offset=119698432 len=57344
read t=23056665912 offset=145499136 len=1024
read t=23057430912 offset=145499136 len=5120
read t=23100189912 offset=145646592 len=1024
read t=23152793912 offset=145646592 len=1024
read t=23224440912 offset=145556480 len=1024
read t=23249903912 offset=145556480 len=4096
read t=23300426912 offset=145436672 len=1024
read t=23350223912 offset=145436672 len=3072
read t=23441874912 offset=98467840 len=33792
read t=23497155912 offset=98500608 len=23552
read t=23662446912 offset=98523136 len=19456
read t=23974898912 offset=145617920 len=1024
read t=24008004912 offset=145617920 len=4096
read t=24013359912 offset=145440768 len=1024
read t=24019662912 offset=145440768 len=3072
read t=24036491912 offset=0 len=73728
read t=24081142912 offset=111633408 len=69632
read t=24105872912 offset=145616896 len=1024
read t=24132409912 offset=145442816 len=1024
read t=24137402912 offset=111702016 len=75776
read t=24140993912 offset=145381376 len=1024
read t=24147772912 offset=145499136 len=1024
read t=24176786912 offset=145616896 len=2048
read t=24227406912 offset=145442816 len=4096
read t=24326483912 offset=145381376 len=3072
read t=24377139912 offset=145499136 len=5120
read t=24481094912 offset=115376128 len=40960
read t=24528025912 offset=145646592 len=1024
read t=24676982912 offset=145646592 len=1024
read t=24731002912 offset=145556480 len=1024
read t=24776966912 offset=145556480 len=4096
read t=24827927912 offset=145436672 len=1024
read t=24877224912 offset=145436672 len=3072
read t=24927269912 offset=145553408 len=1024
read t=24977098912 offset=145553408 len=4096
read t=25027828912 offset=145433600 len=1024
read t=25077031912 offset=145433600 len=4096
read t=25129706912 offset=145617920 len=1024
read t=25177777912 offset=145617920 len=4096
read t=25229553912 offset=145624064 len=1024
read t=25277024912 offset=145624064 len=3072
read t=25336168912 offset=145381376 len=1024
read t=25376960912 offset=145381376 len=3072
read t=25427884912 offset=145499136 len=1024
read t=25477119912 offset=145499136 len=5120
read t=25528533912 offset=145646592 len=1024
read t=25577121912 offset=145646592 len=1024
read t=25627963912 offset=145556480 len=1024
read t=25676826912 offset=145556480 len=4096
read t=25727626912 offset=145436672 len=1024
read t=25777016912 offset=145436672 len=3072
read t=25829552912 offset=145553408 len=1024
read t=25876354912 offset=145553408 len=4096
read t=25945749912 offset=145448960 len=1024
read t=25976218912 offset=145448960 len=3072
read t=26027782912 offset=119996416 len=60416
read t=26122025912 offset=145433600 len=1024
read t=26127000912 offset=145433600 len=4096
read t=26178313912 offset=145624064 len=1024
read t=26227511912 offset=145624064 len=3072
read t=26332322912 offset=145381376 len=1024
read t=26332747912 offset=145381376 len=3072
read t=26377261912 offset=145617920 len=1024
read t=26427106912 offset=145617920 len=4096
read t=26477882912 offset=145646592 len=1024
read t=26527215912 offset=145646592 len=1024
read t=26578012912 offset=145556480 len=1024
read t=26626997912 offset=145556480 len=4096
read t=26678315912 offset=145436672 len=1024
read t=26727202912 offset=145436672 len=3072
read t=26777701912 offset=145553408 len=1024
read t=26826391912 offset=145553408 len=4096
read t=26886226912 offset=98451456 len=17408
read t=26974479912 offset=145499136 len=1024
read t=26976419912 offset=145499136 len=5120
read t=27033479912 offset=145433600 len=1024
read t=27076247912 offset=145433600 len=4096
read t=27141651912 offset=98467840 len=33792
read t=27427282912 offset=72704 len=39936
read t=27528723912 offset=145611776 len=1024
read t=27529289912 offset=145611776 len=4096
read t=27529984912 offset=145494016 len=1024
read t=27530241912 offset=145494016 len=3072
read t=27581394912 offset=145606656 len=1024
read t=27630416912 offset=145606656 len=6144
read t=27680704912 offset=145484800 len=1024
read t=27731833912 offset=145484800 len=3072
read t=27781212912 offset=145646592 len=1024
read t=27831124912 offset=145646592 len=1024
read t=27881252912 offset=145601536 len=1024
read t=27931252912 offset=145601536 len=6144
read t=27980491912 offset=145626112 len=1024
read t=28030900912 offset=145626112 len=3072
read t=28081755912 offset=144211968 len=27648
read t=28142533912 offset=98451456 len=17408
read t=28232644912 offset=145553408 len=1024
read t=28233109912 offset=145553408 len=4096
read t=28280511912 offset=145556480 len=1024
read t=28331879912 offset=145556480 len=4096
read t=28380726912 offset=145433600 len=1024
read t=28430447912 offset=145433600 len=4096
read t=28492730912 offset=98467840 len=33792
read t=28976867912 offset=145436672 len=1024
read t=28977757912 offset=145436672 len=3072
read t=28990567912 offset=145499136 len=1024
read t=28991644912 offset=145499136 len=5120
read t=29028856912 offset=145503232 len=1024
read t=29078563912 offset=145503232 len=5120
read t=29128976912 offset=145386496 len=1024
read t=29178701912 offset=145386496 len=3072
read t=29229080912 offset=145646592 len=1024
read t=29279633912 offset=145646592 len=1024
read t=29391427912 offset=145383424 len=1024
read t=29392121912 offset=145383424 len=4096
read t=29428288912 offset=145617920 len=1024
read t=29457566912 offset=145553408 len=1024
read t=29479346912 offset=145617920 len=4096
read t=29528175912 offset=145553408 len=4096
read t=29587002912 offset=4390912 len=37888
read t=29630169912 offset=145433600 len=1024
read t=29728884912 offset=145433600 len=4096
read t=29765714912 offset=145570816 len=1024
read t=29779702912 offset=145624064 len=1024
read t=29828645912 offset=145570816 len=6144
read t=29878484912 offset=145624064 len=3072
read t=29930791912 offset=145503232 len=1024
read t=30028958912 offset=145503232 len=5120
read t=30063452912 offset=98388992 len=33792
read t=30080127912 offset=145611776 len=1024
read t=30119033912 offset=145542144 len=1024
read t=30179878912 offset=145611776 len=4096
read t=30221792912 offset=145507328 len=1024
read t=30228774912 offset=145542144 len=5120
read t=30280111912 offset=145467392 len=1024
read t=30327835912 offset=145507328 len=5120
read t=30332483912 offset=145499136 len=1024
read t=30379983912 offset=145399808 len=1024
read t=30380245912 offset=145422336 len=1024
read t=30391242912 offset=145436672 len=1024
read t=30428308912 offset=145467392 len=4096
read t=30479855912 offset=145390592 len=1024
read t=30529184912 offset=145499136 len=5120
read t=30579362912 offset=145399808 len=3072
read t=30629420912 offset=145422336 len=4096
read t=30679034912 offset=145436672 len=3072
read t=30729398912 offset=145646592 len=1024
read t=30779339912 offset=145390592 len=3072
read t=30829506912 offset=145381376 len=1024
read t=30978730912 offset=98632704 len=54272
read t=31028371912 offset=145646592 len=1024
read t=31129014912 offset=145381376 len=3072
read t=31185758912 offset=98685952 len=12288
read t=31229481912 offset=145583104 len=1024
read t=31230322912 offset=145507328 len=1024
read t=31231547912 offset=145542144 len=1024
read t=31232245912 offset=145399808 len=1024
read t=31280150912 offset=145499136 len=1024
read t=31339106912 offset=145567744 len=1024
read t=31378718912 offset=145583104 len=3072
read t=31428165912 offset=145507328 len=5120
read t=31479509912 offset=145542144 len=5120
read t=31528486912 offset=145399808 len=3072
read t=31578481912 offset=145499136 len=5120
read t=31629234912 offset=145567744 len=4096
read t=31682593912 offset=145503232 len=1024
read t=31729250912 offset=145390592 len=1024
read t=31780351912 offset=145422336 len=1024
read t=31829556912 offset=145519616 len=1024
read t=31879894912 offset=145570816 len=1024
read t=31973200912 offset=145556480 len=1024
read t=31978895912 offset=145503232 len=5120
read t=32028661912 offset=145390592 len=3072
read t=32079274912 offset=145422336 len=4096
read t=32129242912 offset=145519616 len=4096
read t=32179286912 offset=145570816 len=6144
read t=32228321912 offset=145556480 len=4096
read t=32280395912 offset=145386496 len=1024
read t=32328706912 offset=145646592 len=1024
read t=32429100912 offset=145399808 len=1024
read t=32480120912 offset=145433600 len=1024
read t=32533484912 offset=145499136 len=1024
read t=32578513912 offset=145386496 len=3072
read t=32629234912 offset=145646592 len=1024
read t=32679284912 offset=145399808 len=3072
read t=32729316912 offset=145433600 len=4096
read t=32779076912 offset=145499136 len=5120
read t=32879676912 offset=145390592 len=1024
read t=32880245912 offset=145422336 len=1024
read t=32881333912 offset=145503232 len=1024
read t=32930019912 offset=31942656 len=41984
read t=33010551912 offset=145556480 len=1024
read t=33029354912 offset=145381376 len=1024
read t=33076011912 offset=145570816 len=1024
read t=33078030912 offset=145390592 len=3072
read t=33129027912 offset=145422336 len=4096
read t=33178963912 offset=145503232 len=5120
read t=33234341912 offset=145399808 len=1024
read t=33278480912 offset=145556480 len=4096
read t=33328889912 offset=145381376 len=3072
read t=33379368912 offset=145570816 len=6144
read t=33428919912 offset=145617920 len=1024
read t=33480003912 offset=77642752 len=49152
read t=33480484912 offset=145624064 len=1024
read t=33533164912 offset=145386496 len=1024
read t=33578667912 offset=145399808 len=3072
read t=33628755912 offset=145436672 len=1024
read t=33679518912 offset=145646592 len=1024
read t=33729673912 offset=145448960 len=1024
read t=33779364912 offset=145617920 len=4096
read t=33833111912 offset=145422336 len=1024
read t=33878425912 offset=145624064 len=3072
read t=33928161912 offset=145386496 len=3072
read t=33979622912 offset=31983616 len=29696
read t=34029454912 offset=145436672 len=3072
read t=34079284912 offset=145646592 len=1024
read t=34128456912 offset=145448960 len=3072
read t=34180603912 offset=15234048 len=26624
read t=34229505912 offset=145422336 len=4096
read t=34280104912 offset=76570624 len=25600
read t=34382125912 offset=32012288 len=22528
read t=34478897912 offset=145381376 len=1024
read t=34483024912 offset=99351552 len=18432
read t=34530313912 offset=145570816 len=1024
read t=34584241912 offset=9702400 len=33792
read t=34629554912 offset=77690880 len=26624
read t=34683034912 offset=98824192 len=36864
read t=34731017912 offset=145399808 len=1024
read t=34778158912 offset=145381376 len=3072
read t=34879396912 offset=145570816 len=6144
read t=34932244912 offset=145567744 len=1024
read t=34938121912 offset=145556480 len=1024
read t=34941255912 offset=145499136 len=1024
read t=34981148912 offset=77716480 len=21504
read t=35079067912 offset=145399808 len=3072
read t=35129195912 offset=145617920 len=1024
read t=35180185912 offset=145448960 len=1024
read t=35228386912 offset=145567744 len=4096
read t=35278610912 offset=145556480 len=4096
read t=35328706912 offset=145499136 len=5120
read t=35380575912 offset=145422336 len=1024
read t=35428612912 offset=32033792 len=7168
read t=35479315912 offset=145617920 len=4096
read t=35529543912 offset=145448960 len=3072
read t=35579764912 offset=145440768 len=1024
read t=35622514912 offset=145503232 len=1024
read t=35628921912 offset=145436672 len=1024
read t=35729025912 offset=145422336 len=4096
read t=35730352912 offset=145570816 len=1024
read t=35780419912 offset=145399808 len=1024
read t=35831309912 offset=72704 len=39936
read t=35878904912 offset=145646592 len=1024
read t=35928687912 offset=145440768 len=3072
read t=35978496912 offset=145503232 len=5120
read t=36029445912 offset=145436672 len=3072
read t=36079762912 offset=77736960 len=5120
read t=36128263912 offset=145570816 len=6144
read t=36179533912 offset=145399808 len=3072
read t=36260954912 offset=145616896 len=1024
read t=36278294912 offset=145646592 len=1024
read t=36386451912 offset=145499136 len=1024
read t=36479914912 offset=145422336 len=1024
read t=36579605912 offset=32033792 len=7168
read t=36629275912 offset=145616896 len=2048
read t=36679072912 offset=145448960 len=1024
read t=36679106912 offset=145624064 len=1024
read t=36679109912 offset=145440768 len=1024
read t=36728595912 offset=145499136 len=5120
read t=36779304912 offset=145422336 len=4096
read t=36879727912 offset=145498112 len=1024
read t=36929205912 offset=145440768 len=3072
read t=36979342912 offset=145448960 len=3072
read t=37028578912 offset=145624064 len=3072
read t=37083276912 offset=145381376 len=1024
read t=37083319912 offset=145570816 len=1024
read t=37129253912 offset=77736960 len=5120
read t=37178481912 offset=145498112 len=2048
read t=37231032912 offset=145559552 len=1024
read t=37332796912 offset=99351552 len=18432
read t=37378999912 offset=145381376 len=3072
read t=37428748912 offset=145570816 len=6144
read t=37529179912 offset=145646592 len=1024
read t=37578460912 offset=145559552 len=5120
read t=37734132912 offset=145386496 len=1024
read t=37735540912 offset=145499136 len=1024
read t=37779467912 offset=145646592 len=1024
read t=37829219912 offset=145563648 len=1024
read t=37879596912 offset=145386496 len=3072
read t=37928159912 offset=145499136 len=5120
read t=37981021912 offset=145616896 len=1024
read t=38028618912 offset=145563648 len=5120
read t=38079851912 offset=8460288 len=32768
read t=38130418912 offset=145503232 len=1024
read t=38130459912 offset=145381376 len=1024
read t=38179245912 offset=145616896 len=2048
read t=38229813912 offset=145440768 len=1024
read t=38289531912 offset=8951808 len=10240
read t=38328663912 offset=145381376 len=3072
read t=38378885912 offset=145503232 len=5120
read t=38429099912 offset=145498112 len=1024
read t=38478790912 offset=145440768 len=3072
read t=38529929912 offset=8961024 len=7168
read t=38579519912 offset=145646592 len=1024
read t=38629835912 offset=145386496 len=1024
read t=38679398912 offset=145498112 len=2048
read t=38829162912 offset=145646592 len=1024
read t=38879520912 offset=145386496 len=3072
read t=38979556912 offset=145617920 len=1024
read t=38979947912 offset=145626112 len=1024
read t=38980754912 offset=145616896 len=1024
read t=39029586912 offset=8961024 len=7168
read t=39079077912 offset=145617920 len=4096
read t=39127954912 offset=145626112 len=3072
read t=39179322912 offset=145616896 len=2048
read t=39187180912 offset=145570816 len=1024
read t=39264661912 offset=8908800 len=44032
read t=39280457912 offset=0 len=73728
read t=39282867912 offset=7770112 len=39936
read t=39332854912 offset=105170944 len=29696
read t=39428661912 offset=145570816 len=6144
read t=39485696912 offset=8492032 len=65536
read t=39632865912 offset=145503232 len=1024
read t=39679830912 offset=145499136 len=1024
read t=39732108912 offset=8556544 len=63488
read t=39737459912 offset=145556480 len=1024
read t=39777985912 offset=145503232 len=5120
read t=39828633912 offset=145499136 len=5120
read t=39894434912 offset=8685568 len=66560
read t=39928703912 offset=145556480 len=4096
read t=39979387912 offset=145646592 len=1024
read t=40029264912 offset=145383424 len=1024
read t=40031298912 offset=145436672 len=1024
read t=40083012912 offset=145386496 len=1024
read t=40178851912 offset=145646592 len=1024
read t=40228949912 offset=145383424 len=4096
read t=40279179912 offset=145436672 len=3072
read t=40329963912 offset=145386496 len=3072
read t=40429019912 offset=145617920 len=1024
read t=40482145912 offset=145559552 len=1024
read t=40482186912 offset=145624064 len=1024
read t=40529373912 offset=8751104 len=70656
read t=40579321912 offset=145617920 len=4096
read t=40628539912 offset=145559552 len=5120
read t=40679621912 offset=145624064 len=3072
read t=40733118912 offset=8820736 len=57344
read t=40782578912 offset=3457024 len=32768
read t=40787038912 offset=9702400 len=33792
read t=40882413912 offset=99403776 len=31744
read t=40931711912 offset=8877056 len=32768
read t=40982324912 offset=99434496 len=25600
read t=41032659912 offset=145503232 len=1024
read t=41131327912 offset=145499136 len=1024
read t=41185749912 offset=145646592 len=1024
read t=41228497912 offset=145503232 len=5120
read t=41279143912 offset=145499136 len=5120
read t=41328807912 offset=145646592 len=1024
read t=41429586912 offset=145381376 len=1024
read t=41479018912 offset=145386496 len=1024
read t=41479454912 offset=145436672 len=1024
read t=41528425912 offset=145381376 len=3072
read t=41578770912 offset=145386496 len=3072
read t=41628562912 offset=145436672 len=3072
read t=41680751912 offset=145570816 len=1024
read t=41681155912 offset=145617920 len=1024
read t=41780021912 offset=145624064 len=1024
read t=41828615912 offset=145570816 len=6144
read t=41879433912 offset=145617920 len=4096
read t=41928656912 offset=145624064 len=3072
read t=41979338912 offset=145433600 len=1024
read t=42035219912 offset=72704 len=39936
read t=42035532912 offset=145503232 len=1024
read t=42080914912 offset=145559552 len=1024
read t=42129054912 offset=145433600 len=4096
read t=42192143912 offset=8619008 len=67584
read t=42228641912 offset=145503232 len=5120
read t=42279322912 offset=145559552 len=5120
read t=42329572912 offset=145646592 len=1024
read t=42480005912 offset=145436672 len=1024
read t=42528743912 offset=145646592 len=1024
read t=42579140912 offset=145436672 len=3072
read t=42629754912 offset=145499136 len=1024
read t=42630003912 offset=145386496 len=1024
read t=42728819912 offset=145499136 len=5120
read t=42779417912 offset=145386496 len=3072
read t=42829343912 offset=145553408 len=1024
read t=42829669912 offset=145381376 len=1024
read t=42879298912 offset=145617920 len=1024
read t=42928935912 offset=145553408 len=4096
read t=42979664912 offset=145381376 len=3072
read t=43029292912 offset=145617920 len=4096
read t=43080989912 offset=145433600 len=1024
read t=43181171912 offset=9702400 len=33792
read t=43189938912 offset=0 len=73728
read t=43228456912 offset=145433600 len=4096
read t=43281008912 offset=145503232 len=1024
read t=43337106912 offset=145646592 len=1024
read t=43428410912 offset=145503232 len=5120
read t=43478588912 offset=145646592 len=1024
read t=43587802912 offset=145624064 len=1024
read t=43602660912 offset=9645056 len=30720
read t=43634977912 offset=145624064 len=3072
read t=43687797912 offset=9674752 len=23552
read t=43691890912 offset=145570816 len=1024
read t=43730238912 offset=98388992 len=33792
read t=43819141912 offset=145616896 len=1024
read t=43828686912 offset=145570816 len=6144
read t=43891265912 offset=145499136 len=1024
read t=43928775912 offset=145616896 len=2048
read t=44028172912 offset=145499136 len=5120
read t=44079687912 offset=145498112 len=1024
read t=44130093912 offset=145381376 len=1024
read t=44130132912 offset=145386496 len=1024
read t=44179278912 offset=145498112 len=2048
read t=44229125912 offset=145381376 len=3072
read t=44279234912 offset=145386496 len=3072
read t=44428285912 offset=145617920 len=1024
read t=44478227912 offset=145617920 len=4096
read t=44532424912 offset=7809024 len=44032
read t=44592647912 offset=145567744 len=1024
read t=44629328912 offset=145567744 len=4096
read t=44708262912 offset=145646592 len=1024
read t=44728711912 offset=145646592 len=1024
read t=44780165912 offset=145570816 len=1024
read t=44828911912 offset=145570816 len=6144
read t=44879948912 offset=145438720 len=1024
read t=44928662912 offset=145438720 len=3072
read t=44981568912 offset=145559552 len=1024
read t=45028848912 offset=145559552 len=5120
read t=45080131912 offset=145624064 len=1024
read t=45128644912 offset=145624064 len=3072
read t=45180261912 offset=99459072 len=15360
read t=45284916912 offset=145499136 len=1024
read t=45285966912 offset=145499136 len=5120
read t=45329684912 offset=145381376 len=1024
read t=45379197912 offset=145381376 len=3072
read t=45429317912 offset=145386496 len=1024
read t=45478962912 offset=145386496 len=3072
read t=45817400912 offset=145616896 len=1024
read t=45819622912 offset=145616896 len=2048
read t=45833502912 offset=145646592 len=1024
read t=45834321912 offset=145646592 len=1024
read t=45870423912 offset=145383424 len=1024
read t=45919254912 offset=145383424 len=4096
read t=45970594912 offset=145498112 len=1024
read t=46018148912 offset=145556480 len=1024
read t=46019101912 offset=145498112 len=2048
read t=46068951912 offset=145556480 len=4096
read t=46120753912 offset=145611776 len=1024
read t=46170468912 offset=145570816 len=1024
read t=46219047912 offset=145611776 len=4096
read t=46269038912 offset=145570816 len=6144
read t=46319695912 offset=145458176 len=1024
read t=46369586912 offset=145438720 len=1024
read t=46419510912 offset=145458176 len=4096
read t=46469520912 offset=145438720 len=3072
read t=46521134912 offset=145577984 len=1024
read t=46569967912 offset=145646592 len=1024
read t=46618995912 offset=145577984 len=4096
read t=46668890912 offset=145646592 len=1024
read t=46719563912 offset=145456128 len=1024
read t=46769705912 offset=145559552 len=1024
read t=46819086912 offset=145456128 len=3072
read t=46869480912 offset=145559552 len=5120
read t=46920689912 offset=145626112 len=1024
read t=46971320912 offset=99570688 len=13312
read t=47019145912 offset=145626112 len=3072
read t=47070603912 offset=99582976 len=13312
read t=47121374912 offset=145616896 len=1024
read t=47172429912 offset=145503232 len=1024
read t=47219622912 offset=145616896 len=2048
read t=47269348912 offset=145503232 len=5120
read t=47319538912 offset=145383424 len=1024
read t=47380647912 offset=145499136 len=1024
read t=47419024912 offset=145383424 len=4096
read t=47469177912 offset=145499136 len=5120
read t=47569826912 offset=145381376 len=1024
read t=47569871912 offset=145646592 len=1024
read t=47619486912 offset=145381376 len=3072
read t=47669759912 offset=145646592 len=1024
read t=47770995912 offset=145498112 len=1024
read t=47772683912 offset=145556480 len=1024
read t=47819177912 offset=145498112 len=2048
read t=47869130912 offset=145556480 len=4096
read t=47924044912 offset=145494016 len=1024
read t=47969584912 offset=145433600 len=1024
read t=48019052912 offset=145494016 len=3072
read t=48069178912 offset=145433600 len=4096
read t=48120110912 offset=145611776 len=1024
read t=48172663912 offset=145553408 len=1024
read t=48219676912 offset=145611776 len=4096
read t=48269626912 offset=145553408 len=4096
read t=48320658912 offset=145616896 len=1024
read t=48371042912 offset=145624064 len=1024
read t=48419963912 offset=145616896 len=2048
read t=48468915912 offset=145624064 len=3072
read t=48519633912 offset=145383424 len=1024
read t=48574604912 offset=98451456 len=17408
read t=48619286912 offset=145383424 len=4096
read t=48676069912 offset=145646592 len=1024
read t=48769562912 offset=145646592 len=1024
read t=48823119912 offset=145498112 len=1024
read t=48828551912 offset=145499136 len=1024
read t=48869056912 offset=145498112 len=2048
read t=48919036912 offset=145499136 len=5120
read t=49020246912 offset=145381376 len=1024
read t=49071829912 offset=145381376 len=3072
read t=49120228912 offset=145559552 len=1024
read t=49121742912 offset=145556480 len=1024
read t=49169349912 offset=145559552 len=5120
read t=49219594912 offset=145556480 len=4096
read t=49270107912 offset=145438720 len=1024
read t=49320154912 offset=145436672 len=1024
read t=49369555912 offset=145438720 len=3072
read t=49419572912 offset=145436672 len=3072
read t=49472658912 offset=145624064 len=1024
read t=49519314912 offset=145646592 len=1024
read t=49568865912 offset=145624064 len=3072
read t=49619124912 offset=145646592 len=1024
read t=49670530912 offset=103042048 len=28672
read t=49721711912 offset=99403776 len=31744
read t=49836758912 offset=145567744 len=1024
read t=49846493912 offset=103069696 len=46080
read t=49869353912 offset=145567744 len=4096
read t=50011066912 offset=145553408 len=1024
read t=50019444912 offset=145553408 len=4096
read t=50154209912 offset=145448960 len=1024
read t=50166436912 offset=145448960 len=3072
read t=50169211912 offset=121453568 len=45056
read t=50370309912 offset=145616896 len=1024
read t=50381319912 offset=145616896 len=2048
read t=50664651912 offset=100929536 len=20480
read t=50673097912 offset=100948992 len=35840
read t=50682468912 offset=100641792 len=21504
read t=50687177912 offset=100662272 len=18432
read t=50700458912 offset=101183488 len=49152
read t=50768383912 offset=101231616 len=37888
read t=50818398912 offset=100165632 len=16384
read t=50865453912 offset=145499136 len=1024
read t=50867716912 offset=145438720 len=1024
read t=50916103912 offset=145499136 len=5120
read t=50964762912 offset=145433600 len=1024
read t=50965359912 offset=145438720 len=3072
read t=51016096912 offset=145383424 len=1024
read t=51066026912 offset=145433600 len=4096
read t=51116467912 offset=100180992 len=19456
read t=51146277912 offset=145570816 len=1024
read t=51166160912 offset=145383424 len=4096
read t=51215979912 offset=97759232 len=17408
read t=51268749912 offset=100983808 len=51200
read t=51280679912 offset=145556480 len=1024
read t=51315693912 offset=145570816 len=6144
read t=51367755912 offset=145646592 len=1024
read t=51416535912 offset=97775616 len=30720
read t=51467916912 offset=101033984 len=49152
read t=51515662912 offset=145556480 len=4096
read t=51557456912 offset=100115456 len=19456
read t=51566386912 offset=145503232 len=1024
read t=51615958912 offset=145646592 len=1024
read t=51693948912 offset=101632000 len=49152
read t=51720131912 offset=100626432 len=16384
read t=51721886912 offset=100507648 len=18432
read t=51766845912 offset=145436672 len=1024
read t=51817616912 offset=100133888 len=15360
read t=51866220912 offset=145503232 len=5120
read t=51968969912 offset=145438720 len=1024
read t=52115949912 offset=145436672 len=3072
read t=52202993912 offset=145542144 len=1024
read t=52216251912 offset=145386496 len=1024
read t=52265869912 offset=145438720 len=3072
read t=52316222912 offset=145624064 len=1024
read t=52366050912 offset=145542144 len=5120
read t=52415872912 offset=145386496 len=3072
read t=52466986912 offset=101680128 len=12288
read t=52467023912 offset=100525056 len=19456
read t=52467026912 offset=100097024 len=19456
read t=52515918912 offset=145624064 len=3072
read t=52566144912 offset=145399808 len=1024
read t=52566442912 offset=145388544 len=1024
read t=52616265912 offset=145646592 len=1024
read t=52681324912 offset=145390592 len=1024
read t=52721425912 offset=145438720 len=1024
read t=52819279912 offset=99434496 len=25600
read t=52866127912 offset=145399808 len=3072
read t=52915660912 offset=145388544 len=3072
read t=52965672912 offset=145646592 len=1024
read t=53015686912 offset=145390592 len=3072
read t=53065878912 offset=145438720 len=3072
read t=53150410912 offset=145499136 len=1024
read t=53266027912 offset=145386496 len=1024
read t=53267171912 offset=145515520 len=1024
read t=53267556912 offset=145503232 len=1024
read t=53316545912 offset=145507328 len=1024
read t=53367005912 offset=100610048 len=17408
read t=53367044912 offset=101680128 len=12288
read t=53367048912 offset=100469760 len=20480
read t=53367597912 offset=100561920 len=17408
read t=53415914912 offset=145499136 len=5120
read t=53465944912 offset=145386496 len=3072
read t=53515938912 offset=145515520 len=5120
read t=53566033912 offset=145503232 len=5120
read t=53615810912 offset=145507328 len=5120
read t=53667978912 offset=100489216 len=19456
read t=53719604912 offset=101268480 len=25600
read t=53817543912 offset=100578304 len=17408
read t=53919660912 offset=6844416 len=38912
read t=53966894912 offset=145399808 len=1024
read t=54016338912 offset=145388544 len=1024
read t=54066581912 offset=145390592 len=1024
read t=54119190912 offset=145438720 len=1024
read t=54275828912 offset=145386496 len=1024
read t=54315939912 offset=145399808 len=3072
read t=54365870912 offset=145388544 len=3072
read t=54415916912 offset=145390592 len=3072
read t=54465998912 offset=145438720 len=3072
read t=54516159912 offset=145386496 len=3072
read t=54566389912 offset=145646592 len=1024
read t=54716298912 offset=101397504 len=26624
read t=54716709912 offset=100543488 len=19456
read t=54717015912 offset=101293056 len=27648
read t=54717300912 offset=101082112 len=51200
read t=54766534912 offset=7382016 len=41984
read t=54815842912 offset=145646592 len=1024
read t=54867549912 offset=101423104 len=25600
read t=54969145912 offset=101488640 len=17408
read t=55018154912 offset=101132288 len=52224
read t=55069183912 offset=7422976 len=9216
read t=55116643912 offset=145515520 len=1024
read t=55116675912 offset=145617920 len=1024
read t=55116678912 offset=145399808 len=1024
read t=55173711912 offset=145433600 len=1024
read t=55217307912 offset=101505024 len=36864
read t=55288926912 offset=101447680 len=24576
read t=55317372912 offset=7422976 len=9216
read t=55365908912 offset=145399808 len=3072
read t=55416053912 offset=145515520 len=5120
read t=55465873912 offset=145617920 len=4096
read t=55516017912 offset=145433600 len=4096
read t=55617586912 offset=101471232 len=18432
read t=55669350912 offset=145567744 len=1024
read t=55820120912 offset=11417600 len=25600
read t=55820920912 offset=30643200 len=25600
read t=55821722912 offset=14393344 len=26624
read t=55866462912 offset=97715200 len=22528
read t=55965736912 offset=145567744 len=4096
read t=56018974912 offset=30927872 len=26624
read t=56029818912 offset=145559552 len=1024
read t=56168847912 offset=97736704 len=23552
read t=56172354912 offset=145507328 len=1024
read t=56242660912 offset=145386496 len=1024
read t=56277593912 offset=145515520 len=1024
read t=56315700912 offset=145559552 len=5120
read t=56374637912 offset=145542144 len=1024
read t=56415828912 offset=145507328 len=5120
read t=56465722912 offset=145386496 len=3072
read t=56516042912 offset=145515520 len=5120
read t=56570434912 offset=145553408 len=1024
read t=56616010912 offset=145542144 len=5120
read t=56666579912 offset=145390592 len=1024
read t=56716117912 offset=6882304 len=66560
read t=56766052912 offset=145399808 len=1024
read t=56815707912 offset=145553408 len=4096
read t=56866844912 offset=145395712 len=1024
read t=56866880912 offset=145388544 len=1024
read t=56915806912 offset=145390592 len=3072
read t=56969012912 offset=145386496 len=1024
read t=57015888912 offset=145399808 len=3072
read t=57115834912 offset=145388544 len=3072
read t=57165854912 offset=145395712 len=3072
read t=57169815912 offset=145555456 len=4096
read t=57216254912 offset=145646592 len=1024
read t=57239281912 offset=145542144 len=1024
read t=57265963912 offset=145386496 len=3072
read t=57452482912 offset=145438720 len=1024
read t=57466574912 offset=145641472 len=4096
read t=57516045912 offset=145646592 len=1024
read t=57566104912 offset=145542144 len=5120
read t=57616416912 offset=6947840 len=68608
read t=57666100912 offset=145438720 len=3072
read t=57716457912 offset=0 len=4096
read t=57767013912 offset=145390592 len=1024
read t=57767050912 offset=145511424 len=1024
read t=57767598912 offset=145503232 len=1024
read t=57767906912 offset=145399808 len=1024
read t=57816512912 offset=145388544 len=1024
read t=57876395912 offset=145386496 len=1024
read t=57916329912 offset=100148224 len=18432
read t=57966120912 offset=4096 len=4096
read t=58015645912 offset=145390592 len=3072
read t=58065705912 offset=145511424 len=5120
read t=58116175912 offset=145503232 len=5120
read t=58165950912 offset=145399808 len=3072
read t=58215873912 offset=145388544 len=3072
read t=58266051912 offset=145386496 len=3072
read t=58322985912 offset=145542144 len=1024
read t=58366112912 offset=145645568 len=4096
read t=58416325912 offset=145617920 len=1024
read t=58466486912 offset=145395712 len=1024
read t=58516180912 offset=145559552 len=1024
read t=58566321912 offset=145515520 len=1024
read t=58616077912 offset=145646592 len=1024
read t=58666274912 offset=7344128 len=38912
read t=58716128912 offset=145542144 len=5120
read t=58766435912 offset=145514496 len=4096
read t=58815917912 offset=145617920 len=4096
read t=58866012912 offset=145395712 len=3072
read t=58915979912 offset=145559552 len=5120
read t=58966086912 offset=145515520 len=5120
read t=59016098912 offset=145646592 len=1024
read t=59074747912 offset=7015424 len=69632
read t=59116576912 offset=145390592 len=1024
read t=59167699912 offset=145616896 len=4096
read t=59217217912 offset=14418944 len=27648
read t=59316187912 offset=145438720 len=1024
read t=59366636912 offset=145399808 len=1024
read t=59416450912 offset=145388544 len=1024
read t=59416992912 offset=145395712 len=1024
read t=59468939912 offset=145386496 len=1024
read t=59515807912 offset=145390592 len=3072
read t=59566329912 offset=145518592 len=4096
read t=59664643912 offset=145559552 len=1024
read t=59666208912 offset=145438720 len=3072
read t=59716130912 offset=145399808 len=3072
read t=59765879912 offset=145388544 len=3072
read t=59815837912 offset=145395712 len=3072
read t=59866014912 offset=145386496 len=3072
read t=59916151912 offset=145646592 len=1024
read t=59965943912 offset=145444864 len=4096
read t=60015899912 offset=145559552 len=5120
read t=60167758912 offset=145503232 len=1024
read t=60168207912 offset=145542144 len=1024
read t=60216504912 offset=145511424 len=1024
read t=60266718912 offset=7084032 len=67584
read t=60316202912 offset=145646592 len=1024
read t=60366161912 offset=145346560 len=4096
read t=60423357912 offset=145553408 len=1024
read t=60466020912 offset=145503232 len=5120
read t=60515900912 offset=145542144 len=5120
read t=60566197912 offset=145511424 len=5120
read t=60621340912 offset=7286784 len=58368
read t=60666750912 offset=145390592 len=1024
read t=60666788912 offset=145399808 len=1024
read t=60666792912 offset=145438720 len=1024
read t=60716940912 offset=145301504 len=4096
read t=60766363912 offset=145553408 len=4096
read t=60816381912 offset=145388544 len=1024
read t=60866423912 offset=145418240 len=1024
read t=60916314912 offset=145395712 len=1024
read t=61015906912 offset=145390592 len=3072
read t=61066135912 offset=145399808 len=3072
read t=61116165912 offset=145438720 len=3072
read t=61167286912 offset=145272832 len=4096
read t=61219530912 offset=145386496 len=1024
read t=61266196912 offset=145388544 len=3072
read t=61315780912 offset=145418240 len=3072
read t=61365834912 offset=145395712 len=3072
read t=61416701912 offset=145507328 len=1024
read t=61467262912 offset=30743552 len=41984
read t=61516093912 offset=145624064 len=1024
read t=61566695912 offset=145182720 len=4096
read t=61615921912 offset=145386496 len=3072
read t=61666037912 offset=145646592 len=1024
read t=61815639912 offset=145507328 len=5120
read t=61869097912 offset=145399808 len=1024
read t=61918392912 offset=145624064 len=3072
read t=61946804912 offset=145616896 len=1024
read t=61966708912 offset=145149952 len=4096
read t=62016753912 offset=7217152 len=70656
read t=62066273912 offset=145646592 len=1024
read t=62116817912 offset=145390592 len=1024
read t=62166253912 offset=145399808 len=3072
read t=62216946912 offset=99538944 len=32768
read t=62316220912 offset=145141760 len=4096
read t=62375851912 offset=7150592 len=67584
read t=62416076912 offset=145388544 len=1024
read t=62416466912 offset=145395712 len=1024
read t=62416743912 offset=145418240 len=1024
read t=62466013912 offset=145390592 len=3072
read t=62516267912 offset=30784512 len=23552
read t=62616216912 offset=145162240 len=4096
read t=62695695912 offset=98451456 len=17408
read t=62715781912 offset=145388544 len=3072
read t=62765732912 offset=145395712 len=3072
read t=62816080912 offset=145418240 len=3072
read t=62867339912 offset=145507328 len=1024
read t=62918104912 offset=30807040 len=22528
read t=62967537912 offset=144068608 len=4096
read t=63033013912 offset=145553408 len=1024
read t=63067450912 offset=12735488 len=35840
read t=63115981912 offset=145617920 len=1024
read t=63167499912 offset=145534976 len=1024
read t=63215959912 offset=145507328 len=5120
read t=63268698912 offset=145399808 len=1024
read t=63317374912 offset=16384 len=4096
read t=63366022912 offset=145553408 len=4096
read t=63420137912 offset=145388544 len=1024
read t=63466056912 offset=145617920 len=4096
read t=63515929912 offset=145534976 len=4096
read t=63566594912 offset=145390592 len=1024
read t=63616014912 offset=145399808 len=3072
read t=63666248912 offset=32768 len=4096
read t=63716195912 offset=145556480 len=1024
read t=63765789912 offset=145388544 len=3072
read t=63817296912 offset=26003456 len=28672
read t=63866971912 offset=145418240 len=1024
read t=63916063912 offset=145390592 len=3072
read t=63966520912 offset=30807040 len=22528
read t=64016135912 offset=65536 len=4096
read t=64066028912 offset=145556480 len=4096
read t=64116451912 offset=12770304 len=11264
read t=64177482912 offset=145559552 len=1024
read t=64216113912 offset=145418240 len=3072
read t=64266346912 offset=145646592 len=1024
read t=64366583912 offset=131072 len=4096
read t=64416276912 offset=145433600 len=1024
read t=64515557912 offset=145559552 len=5120
read t=64616266912 offset=145646592 len=1024
read t=64666088912 offset=262144 len=4096
read t=64716068912 offset=145433600 len=4096
read t=64770993912 offset=145553408 len=1024
read t=64816651912 offset=145534976 len=1024
read t=64866554912 offset=524288 len=4096
read t=64965934912 offset=145553408 len=4096
read t=65015873912 offset=145534976 len=4096
read t=65066651912 offset=1048576 len=4096
read t=65119008912 offset=145386496 len=1024
read t=65119048912 offset=145624064 len=1024
read t=65166361912 offset=145418240 len=1024
read t=65215915912 offset=2097152 len=4096
read t=65265920912 offset=145386496 len=3072
read t=65316063912 offset=145624064 len=3072
read t=65366297912 offset=145418240 len=3072
read t=65416751912 offset=4194304 len=4096
read t=65467133912 offset=145503232 len=1024
read t=65566982912 offset=145646592 len=1024
read t=65616193912 offset=12288 len=4096
read t=65665794912 offset=145503232 len=5120
read t=65715869912 offset=145646592 len=1024
read t=65765811912 offset=28672 len=4096
read t=65868657912 offset=145431552 len=1024
read t=65868690912 offset=145388544 len=1024
read t=65915764912 offset=61440 len=4096
read t=65965561912 offset=145388544 len=3072
read t=66015862912 offset=145431552 len=3072
read t=66068834912 offset=8192 len=4096
read t=66068874912 offset=20480 len=8192
read t=66068903912 offset=36864 len=24576
read t=66068906912 offset=69632 len=61440
read t=66068909912 offset=135168 len=126976
read t=66116279912 offset=145617920 len=1024
read t=66166695912 offset=145553408 len=1024
read t=66418130912 offset=266240 len=258048
read t=66465989912 offset=145617920 len=4096
read t=66515912912 offset=145553408 len=4096
read t=66569613912 offset=144965632 len=176128
read t=66569793912 offset=145145856 len=4096
read t=66569910912 offset=145154048 len=8192
read t=66570020912 offset=145166336 len=16384
read t=66570176912 offset=145186816 len=40960
read t=66617083912 offset=11639808 len=22528
read t=66666392912 offset=145624064 len=1024
read t=66917038912 offset=145227776 len=45056
read t=66917072912 offset=145276928 len=24576
read t=66917075912 offset=145305600 len=40960
read t=66917078912 offset=145350656 len=94208
read t=66917081912 offset=145448960 len=40960
read t=67010974912 offset=145534976 len=1024
read t=67015579912 offset=145624064 len=3072
read t=67315846912 offset=145534976 len=4096
read t=67367955912 offset=97870848 len=28672
read t=67416290912 offset=145418240 len=1024
read t=67476695912 offset=145559552 len=1024
read t=67476731912 offset=145386496 len=1024
read t=67515906912 offset=145418240 len=3072
read t=67566018912 offset=145386496 len=3072
read t=67615855912 offset=145559552 len=5120
read t=67666046912 offset=145646592 len=1024
read t=67715982912 offset=10358784 len=40960
read t=67815964912 offset=145646592 len=1024
read t=67869751912 offset=10398720 len=57344
read t=67916758912 offset=68319232 len=26624
read t=67968822912 offset=10455040 len=61440
read t=68068945912 offset=10515456 len=25600
read t=68118076912 offset=10540032 len=12288
read t=68127623912 offset=145438720 len=1024
read t=68167096912 offset=10551296 len=12288
read t=68215625912 offset=145438720 len=3072
read t=68266980912 offset=10562560 len=16384
read t=68317236912 offset=99502080 len=37888
read t=68367144912 offset=10577920 len=30720
read t=68468201912 offset=10607616 len=32768
read t=68519660912 offset=10639360 len=22528
read t=68531736912 offset=99473408 len=29696
read t=68567781912 offset=10660864 len=21504
read t=68670971912 offset=10681344 len=21504
read t=68717390912 offset=10701824 len=21504
read t=68767671912 offset=10722304 len=20480
read t=68816897912 offset=10741760 len=17408
read t=68868102912 offset=10758144 len=17408
read t=68917684912 offset=10774528 len=17408
read t=68967923912 offset=10790912 len=21504
read t=69017855912 offset=10811392 len=4096
read t=69066710912 offset=10811392 len=4096
read t=69142963912 offset=145616896 len=2048
read t=69171774912 offset=145381376 len=1024
read t=69334309912 offset=145390592 len=1024
read t=69334837912 offset=145381376 len=3072
read t=69335145912 offset=145390592 len=3072
read t=69338504912 offset=145515520 len=1024
read t=69366129912 offset=14445568 len=40960
read t=69381555912 offset=145624064 len=1024
read t=69415714912 offset=145515520 len=5120
read t=69469074912 offset=14485504 len=23552
read t=69515698912 offset=145624064 len=3072
read t=69566434912 offset=145397760 len=1024
read t=69642292912 offset=145503232 len=1024
read t=69667537912 offset=102684672 len=52224
read t=69715800912 offset=145397760 len=3072
read t=69765948912 offset=145503232 len=5120
read t=69828768912 offset=145499136 len=1024
read t=69866380912 offset=145646592 len=1024
read t=69916252912 offset=145386496 len=1024
read t=69965962912 offset=145499136 len=5120
read t=70015855912 offset=145646592 len=1024
read t=70065690912 offset=145386496 len=3072
read t=70166150912 offset=145617920 len=1024
read t=70217489912 offset=10072064 len=40960
read t=70217523912 offset=145383424 len=1024
read t=70265665912 offset=145617920 len=4096
read t=70318554912 offset=10112000 len=29696
read t=70365876912 offset=145383424 len=4096
read t=70417238912 offset=30332928 len=32768
read t=70467329912 offset=10140672 len=21504
read t=70516847912 offset=1400832 len=58368
read t=70586973912 offset=145559552 len=1024
read t=70617934912 offset=10161152 len=3072
read t=70715893912 offset=145559552 len=5120
read t=70766492912 offset=10161152 len=3072
read t=70820394912 offset=145553408 len=1024
read t=70915686912 offset=145553408 len=4096
read t=70959218912 offset=145542144 len=1024
read t=71006123912 offset=145438720 len=1024
read t=71015764912 offset=145542144 len=5120
read t=71066315912 offset=145438720 len=3072
read t=71116208912 offset=145390592 len=1024
read t=71166329912 offset=101540864 len=44032
read t=71215984912 offset=145390592 len=3072
read t=71267385912 offset=101583872 len=49152
read t=71315825912 offset=145646592 len=1024
read t=71415978912 offset=145646592 len=1024
read t=71466095912 offset=145507328 len=1024
read t=71515473912 offset=145507328 len=5120
read t=71566420912 offset=145617920 len=1024
read t=71615735912 offset=145617920 len=4096
read t=71667785912 offset=14938112 len=27648
read t=71722883912 offset=145570816 len=1024
read t=71774085912 offset=145570816 len=6144
read t=71810958912 offset=14418944 len=27648
read t=71882556912 offset=145448960 len=1024
read t=71915671912 offset=145448960 len=3072
read t=71966493912 offset=145626112 len=1024
read t=72015970912 offset=145626112 len=3072
read t=72080711912 offset=121562112 len=43008
read t=72131029912 offset=122182656 len=36864
read t=72162508912 offset=145499136 len=1024
read t=72215718912 offset=145499136 len=5120
read t=72266181912 offset=145381376 len=1024
read t=72315676912 offset=145381376 len=3072
read t=72365839912 offset=145646592 len=1024
read t=72415743912 offset=145646592 len=1024
read t=72468494912 offset=0 len=73728
read t=72526997912 offset=145383424 len=1024
read t=72566306912 offset=145383424 len=4096
read t=72616300912 offset=283648 len=50176
read t=72671794912 offset=839680 len=18432
read t=72719585912 offset=145567744 len=1024
read t=72766155912 offset=145567744 len=4096
read t=72816678912 offset=145442816 len=1024
read t=72866057912 offset=145442816 len=4096
read t=72917868912 offset=117419008 len=44032
read t=72970025912 offset=117462016 len=24576
read t=73022388912 offset=332800 len=49152
read t=73069377912 offset=380928 len=70656
read t=73121866912 offset=450560 len=72704
read t=73169539912 offset=522240 len=71680
read t=73219815912 offset=592896 len=71680
read t=73274087912 offset=736256 len=58368
read t=73319064912 offset=793600 len=47104
read t=73381637912 offset=663552 len=73728
read t=73450995912 offset=145617920 len=1024
read t=73466125912 offset=145617920 len=4096
read t=73538736912 offset=145570816 len=1024
read t=73566250912 offset=145570816 len=6144
read t=73628944912 offset=6136832 len=26624
end files=1106 reads=1336
