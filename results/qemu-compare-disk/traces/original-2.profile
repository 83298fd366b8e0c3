liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145647172 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0409e77563576e774d6dcc13be3b6c7b696370f4d6896413714eb2d56a3733c
events 1418
dropped 0
boots 1
duration_ns 74183839820
file /usr/lib/systemd/systemd inode=5910 t=7126899399 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/systemd/systemd-ac-power inode=5911 t=7126899399 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7675319399 kinds=block pages=0-52 count=3
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8176331399 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8278991399 kinds=block pages=0-817 count=26
file /etc/adduser.conf inode=20 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/alternatives/README inode=22 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/01autoremove inode=43 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/70debconf inode=44 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/sources.list inode=48 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=8577000399 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/bash.bashrc inode=60 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/bindresvport.blacklist inode=61 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.d/e2scrub_all inode=64 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/apt-compat inode=66 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/dpkg inode=67 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/debconf.conf inode=68 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/debian_version inode=69 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/hwclock inode=71 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/nss inode=72 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/useradd inode=73 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/deluser.conf inode=74 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/dpkg.cfg inode=76 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/origins/debian inode=79 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/e2scrub.conf inode=81 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/fstab inode=83 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/gai.conf inode=84 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/group inode=85 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/group- inode=86 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow inode=87 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow- inode=88 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/host.conf inode=89 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/hostname inode=90 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/hwclock.sh inode=92 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/kmod inode=93 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/udev inode=94 t=8577000399 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/issue inode=95 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/issue.net inode=96 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.cache inode=100 t=8577000399 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/ld.so.conf inode=101 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/libc.conf inode=103 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/libaudit.conf inode=105 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/login.defs inode=107 t=8577000399 kinds=fragment-inferred,block pages=0-3 count=22
file /etc/logrotate.d/alternatives inode=109 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/apt inode=110 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/dpkg inode=111 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/machine-id inode=112 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/mke2fs.conf inode=113 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/modules inode=115 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/motd inode=118 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/nsswitch.conf inode=120 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.conf inode=123 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chfn inode=125 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chpasswd inode=126 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chsh inode=127 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/base-files/motd inode=7478 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=8577000399 kinds=fragment-inferred,block pages=0 count=22
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8627997399 kinds=block pages=0-470 count=16
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9176934399 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9229948399 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=9229948399 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=9229948399 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=9229948399 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9379158399 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9436651399 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9484292399 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=9484292399 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9529460399 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9628281399 kinds=block pages=0-98 count=5
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=9827686399 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=9827686399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9827686399 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=9827686399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9879577399 kinds=block pages=0-86 count=3
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9977975399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9977975399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=9977975399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=9977975399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=9977975399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=10030428399 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10127783399 kinds=block pages=0-95,224-325 count=8
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=10327107399 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=10327107399 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10378377399 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10477039399 kinds=block pages=0-255,544-607,800-927,1024-1155 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10778513399 kinds=block pages=0-95,160-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10878884399 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10977365399 kinds=block pages=0-159,192-222 count=6
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11081240399 kinds=block pages=0-153 count=5
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11278121399 kinds=block pages=0-38 count=2
file /usr/lib/lsb/init-functions inode=644 t=15526211399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=650 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=15526211399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=15526211399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=15526211399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=15526211399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=15526211399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=15875016399 kinds=fragment-inferred,block pages=0-11 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/os-release inode=5577 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/pam.d/systemd-user inode=5579 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=15875016399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=15875016399 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=15875016399 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=15875016399 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=15875016399 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=15875016399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.dep inode=5569 t=15931961399 kinds=block pages=128 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=15931961399 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16027176399 kinds=block pages=0-191,288-308 count=8
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=16128426399 kinds=block pages=0-63 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=16227488399 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=16227488399 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=16227488399 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=16227488399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=16227488399 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=16925256399 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=17975707399 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=17975707399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=18125940399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=18125940399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=18125940399 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=18125940399 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=19024837399 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=19024837399 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=19024837399 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=19024837399 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=19024837399 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/kmod inode=384 t=19974913399 kinds=block pages=0-43 count=3
file /etc/pam.d/common-account inode=128 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-auth inode=129 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-password inode=130 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session inode=131 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session-noninteractive inode=132 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/login inode=133 t=21275355399 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/pam.d/newusers inode=134 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/other inode=135 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/passwd inode=136 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser inode=137 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser-l inode=138 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su inode=139 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su-l inode=140 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd inode=141 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd- inode=142 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/profile inode=143 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/resolv.conf inode=160 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/access.conf inode=163 t=21275355399 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/security/faillock.conf inode=164 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/group.conf inode=165 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/limits.conf inode=166 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.conf inode=168 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.init inode=170 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/pam_env.conf inode=172 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/sepermit.conf inode=173 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/time.conf inode=174 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/selinux/semanage.conf inode=176 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow inode=177 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow- inode=178 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/shells inode=179 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bash_logout inode=181 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bashrc inode=182 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.profile inode=183 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/journald.conf inode=189 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/logind.conf inode=190 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/networkd.conf inode=192 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/pstore.conf inode=193 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/sleep.conf inode=194 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system/liveopt-marker.service inode=199 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system.conf inode=213 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/user.conf inode=215 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/terminfo/README inode=217 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/timezone inode=218 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/udev/udev.conf inode=223 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/update-motd.d/10-uname inode=225 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /etc/xattr.conf inode=226 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /root/.bashrc inode=238 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /root/.profile inode=239 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /usr/bin/[ inode=267 t=21275355399 kinds=fragment-inferred,block pages=0-16 count=10
file /usr/share/base-files/dot.bashrc inode=7474 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/dot.profile inode=7475 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/profile inode=7479 t=21275355399 kinds=fragment-inferred,block pages=0 count=10
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-set.target inode=5872 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-sync.target inode=5873 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/timers.target inode=5874 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/umount.target inode=5878 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user.slice inode=5883 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service inode=5884 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=22719969399 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=22719969399 kinds=fragment-inferred,block pages=0-8 count=8
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=22719969399 kinds=fragment-inferred,block pages=0-3 count=8
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=22719969399 kinds=fragment-inferred,block pages=0-10 count=8
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=22719969399 kinds=fragment-inferred,block pages=0-5 count=8
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=22748955399 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=22748955399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=22748955399 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=22748955399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=22748955399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=22748955399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=22893147399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=22893147399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=22893147399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=26061758399 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/resolv.conf inode=5614 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/basic.target inode=5621 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/console-getty.service inode=5625 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.service inode=5647 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.target inode=5648 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/exit.target inode=5649 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/final.target inode=5651 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.service inode=5653 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-static.service inode=5656 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty.target inode=5657 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty@.service inode=5660 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/graphical.target inode=5661 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/halt.target inode=5664 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hibernate.target inode=5665 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd.target inode=5682 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kexec.target inode=5687 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs.target inode=5691 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/machine.slice inode=5693 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/multi-user.target inode=5695 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-online.target inode=5702 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-pre.target inode=5703 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network.target inode=5704 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/paths.target inode=5708 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/poweroff.target inode=5709 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/printer.target inode=5710 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/quotaon.service inode=5714 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service inode=5715 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/reboot.target inode=5720 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.service inode=5725 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.target inode=5726 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/shutdown.target inode=5743 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sleep.target inode=5745 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/slices.target inode=5746 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/smartcard.target inode=5747 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sockets.target inode=5748 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sound.target inode=5756 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend.target inode=5758 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/swap.target inode=5759 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sysinit.target inode=5764 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/syslog.socket inode=5795 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update.target inode=5799 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/smartcard.target inode=5969 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/sound.target inode=5971 t=26061758399 kinds=fragment-inferred,block pages=0 count=6
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=27180353399 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=422 t=28518811399 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=423 t=28518811399 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=29944707399 kinds=block pages=0-41 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=31845492399 kinds=block pages=0-100 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32395423399 kinds=block pages=0-105 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=32544991399 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=33045577399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=33045577399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=33045577399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=33045577399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=33045577399 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=33045577399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=33045577399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/apt/methods/store inode=603 t=33198303399 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/apt/solvers/dump inode=607 t=33198303399 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/dpkg/methods/apt/install inode=613 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/dpkg/methods/apt/names inode=614 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/dpkg/methods/apt/setup inode=615 t=33198303399 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/dpkg/methods/apt/update inode=616 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/init/init-d-script inode=620 t=33198303399 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/init/vars.sh inode=621 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/kernel/install.conf inode=623 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=33198303399 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=33198303399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=35197934399 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-random-seed inode=5936 t=35197934399 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=35197934399 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd-reply-password inode=5938 t=35197934399 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/systemd-rfkill inode=5939 t=35197934399 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/systemd-localed inode=5925 t=35248034399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=35248034399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=35248034399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=35248034399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=36596012399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=36596012399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=36596012399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=36596012399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=36596012399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/udevadm inode=546 t=36693987399 kinds=block pages=0-330 count=12
file /usr/bin/journalctl inode=382 t=37702229399 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=383 t=37702229399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/systemd-stdio-bridge inode=518 t=37950714399 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/bin/systemd-sysext inode=519 t=37950714399 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/systemd-sysusers inode=520 t=37950714399 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/lib/systemd/systemd-sysctl inode=5944 t=39448238399 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=39448238399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=39448238399 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-timedated inode=5948 t=39448238399 kinds=fragment-inferred,block pages=0-10 count=4
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=39448238399 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=39448238399 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=40546018399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=40546018399 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=40546018399 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=40546018399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user/app.slice inode=5957 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/background.slice inode=5958 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/basic.target inode=5959 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/default.target inode=5961 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/exit.target inode=5962 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/paths.target inode=5965 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/printer.target inode=5966 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/session.slice inode=5967 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/shutdown.target inode=5968 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/sockets.target inode=5970 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/timers.target inode=5976 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=40546018399 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=40546018399 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/basic.conf inode=5985 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=40546018399 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=43649357399 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=44147261399 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/terminfo/E/Eterm inode=5990 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/a/ansi inode=5993 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25 inode=5995 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cygwin inode=5997 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/d/dumb inode=5999 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/h/hurd inode=6001 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/l/linux inode=6003 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach inode=6005 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-bold inode=6006 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-color inode=6007 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/p/pcansi inode=6011 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt inode=6013 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen inode=6019 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color inode=6020 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-bce inode=6022 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-s inode=6023 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-w inode=6024 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/sun inode=6026 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux inode=6028 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt100 inode=6031 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt102 inode=6032 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt220 inode=6033 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt52 inode=6034 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm inode=6039 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-color inode=6041 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=44745955399 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=46519085399 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=41
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=49371225399 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/udev/mtd_probe inode=6104 t=49371225399 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=49371225399 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=49371225399 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=49371225399 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=49371225399 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=49546815399 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=49546815399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=49546815399 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6147 t=49546815399 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6148 t=49546815399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/systemctl inode=495 t=53177521399 kinds=block pages=0-330 count=12
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=55623981399 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=55623981399 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=55623981399 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=55623981399 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=55623981399 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=55624855399 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/battery.ko inode=816 t=55624855399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=55624855399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=58226457399 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=58226457399 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=58226457399 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=58226457399 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=58226498399 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=58226498399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=58226498399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=58226498399 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=58226498399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=58226502399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=58226502399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=58226502399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=58226502399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=58226502399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=58226502399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=61024419399 kinds=block pages=0-46 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=62024428399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=62024428399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=62024428399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=62024428399 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=63324922399 kinds=block pages=0-95 count=4
file /usr/lib/udev/dmi_memory_id inode=6067 t=63874628399 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/bin/addpart inode=268 t=65325666399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=65325666399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=65325673399 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=65325673399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=65325673399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=65325673399 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=65325673399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=65325673399 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=65325673399 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=65325673399 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=65325673399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=65736134399 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=65736134399 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/bash inode=283 t=65736134399 kinds=block pages=0-308 count=11
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=65927232399 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=65927232399 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=65927232399 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=65927232399 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=65927232399 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=65927232399 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=65927232399 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=65927232399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=65927232399 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=65927232399 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=65927232399 kinds=block pages=0-60 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=65927232399 kinds=block pages=0-101 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=65927232399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=65927232399 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=65927232399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=65927232399 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=65927232399 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=65927232399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=65927232399 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=65927232399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=65927232399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=65927232399 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=65927232399 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=65927232399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=12698 t=65927271399 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=65927271399 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=12704 t=65927271399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=65927271399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=12710 t=65928357399 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=65928357399 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=65928357399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=12719 t=65928357399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=12721 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=12722 t=65928357399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=12723 t=65928357399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=65928361399 kinds=block pages=0-69 count=2
file /var/lib/dpkg/info/tzdata.list inode=12724 t=66324947399 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=66324947399 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=66324947399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=66324947399 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=12734 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=12735 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=12736 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=12737 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=12738 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=66324947399 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=66324947399 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=66324947399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=66324989399 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/systemd/catalog/database inode=12783 t=66324993399 kinds=block pages=0-52 count=1
file /var/lib/dpkg/status-old inode=12764 t=66324995399 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=66324995399 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=66324995399 kinds=fragment-inferred,block pages=0-16 count=7
file /var/log/dpkg.log inode=12809 t=66324995399 kinds=fragment-inferred,block pages=0-12 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=66923957399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_piix.ko inode=831 t=66923957399 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=66972927399 kinds=block pages=0-580 count=20
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=67723698399 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=68523943399 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/udev/ata_id inode=6065 t=68752663399 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=69024190399 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6068 t=69024190399 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=69024190399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=69024190399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=69024190399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=69024190399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=69024190399 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=69024190399 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=69524974399 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=69524974399 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=69623426399 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=70174037399 kinds=block pages=0-97 count=5
file /usr/bin/dash inode=306 t=70274070399 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=71124585399 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=71124585399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=71124585399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/e2scrub inode=7373 t=71626657399 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7374 t=71626657399 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7375 t=71626657399 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7376 t=71626657399 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7377 t=71626657399 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7378 t=71626657399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7379 t=71626657399 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=72075544399 kinds=block pages=0-49 count=2
file /usr/sbin/agetty inode=7343 t=73433119399 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7344 t=73433119399 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7345 t=73433119399 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/pwd inode=452 t=73986410399 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=454 t=73986410399 kinds=fragment-inferred,block pages=0-12 count=1
read t=4708980399 offset=0 len=4096
read t=4718065399 offset=4096 len=4096
read t=4718984399 offset=12288 len=4096
read t=5371992399 offset=0 len=1024
read t=5374858399 offset=145646592 len=1024
read t=5375509399 offset=145646592 len=1024
read t=5376141399 offset=145628160 len=1024
read t=5425185399 offset=145498112 len=1024
read t=5474585399 offset=145498112 len=2048
read t=5529918399 offset=145646592 len=1024
read t=5573888399 offset=145646592 len=1024
read t=5667725399 offset=145616896 len=1024
read t=5673983399 offset=145616896 len=2048
read t=5725560399 offset=145383424 len=1024
read t=5774058399 offset=145383424 len=4096
read t=5826605399 offset=145494016 len=1024
read t=5873521399 offset=145494016 len=3072
read t=5925172399 offset=145611776 len=1024
read t=5975329399 offset=145611776 len=4096
read t=6025188399 offset=145448960 len=1024
read t=6074367399 offset=145448960 len=3072
read t=6124919399 offset=145570816 len=1024
read t=6174652399 offset=145570816 len=6144
read t=6230357399 offset=145499136 len=1024
read t=6274300399 offset=145499136 len=5120
read t=6359632399 offset=145381376 len=1024
read t=6373628399 offset=145381376 len=3072
read t=6425124399 offset=145646592 len=1024
read t=6473884399 offset=145646592 len=1024
read t=6534464399 offset=145616896 len=1024
read t=6574267399 offset=145616896 len=2048
read t=6624385399 offset=145383424 len=1024
read t=6673863399 offset=145383424 len=4096
read t=6761710399 offset=145436672 len=1024
read t=6772966399 offset=145436672 len=3072
read t=6824378399 offset=145556480 len=1024
read t=6873879399 offset=145556480 len=4096
read t=6924423399 offset=145624064 len=1024
read t=6973840399 offset=145624064 len=3072
read t=7026225399 offset=145570816 len=1024
read t=7074359399 offset=145570816 len=6144
read t=7126899399 offset=98541568 len=33792
read t=7177537399 offset=145611776 len=1024
read t=7223530399 offset=145611776 len=4096
read t=7274291399 offset=145448960 len=1024
read t=7323983399 offset=145448960 len=3072
read t=7373997399 offset=145646592 len=1024
read t=7424111399 offset=145646592 len=1024
read t=7474300399 offset=145567744 len=1024
read t=7523691399 offset=145567744 len=4096
read t=7573814399 offset=145440768 len=1024
read t=7624021399 offset=145440768 len=3072
read t=7675319399 offset=105643008 len=74752
read t=7729323399 offset=105716736 len=26624
read t=7786062399 offset=145616896 len=1024
read t=7824281399 offset=145616896 len=2048
read t=7874433399 offset=145381376 len=1024
read t=7924324399 offset=145381376 len=3072
read t=7974799399 offset=145499136 len=1024
read t=8023071399 offset=145499136 len=5120
read t=8076159399 offset=145570816 len=1024
read t=8124018399 offset=145570816 len=6144
read t=8176331399 offset=119597056 len=34816
read t=8231740399 offset=120210432 len=9216
read t=8278991399 offset=120218624 len=54272
read t=8333464399 offset=121531392 len=10240
read t=8396264399 offset=120271872 len=33792
read t=8425905399 offset=120304640 len=22528
read t=8479657399 offset=145617920 len=1024
read t=8524017399 offset=145617920 len=4096
read t=8577000399 offset=0 len=73728
read t=8627997399 offset=107049984 len=54272
read t=8682955399 offset=107832320 len=25600
read t=8730677399 offset=107103232 len=63488
read t=8778767399 offset=145442816 len=1024
read t=8824150399 offset=145442816 len=4096
read t=8873779399 offset=145646592 len=1024
read t=8923687399 offset=145646592 len=1024
read t=8975508399 offset=145567744 len=1024
read t=9024119399 offset=145567744 len=4096
read t=9074064399 offset=145626112 len=1024
read t=9124031399 offset=145626112 len=3072
read t=9176934399 offset=116075520 len=45056
read t=9229948399 offset=115435520 len=34816
read t=9278370399 offset=145440768 len=1024
read t=9323505399 offset=145440768 len=3072
read t=9379158399 offset=107005952 len=45056
read t=9436651399 offset=114067456 len=47104
read t=9484292399 offset=106809344 len=47104
read t=9529460399 offset=115504128 len=58368
read t=9582590399 offset=115561472 len=17408
read t=9628281399 offset=114113536 len=49152
read t=9680863399 offset=114224128 len=52224
read t=9727163399 offset=114275328 len=3072
read t=9775149399 offset=114275328 len=3072
read t=9827686399 offset=105742336 len=56320
read t=9879577399 offset=106862592 len=54272
read t=9929516399 offset=106978304 len=28672
read t=9977975399 offset=110878720 len=33792
read t=10030428399 offset=107906048 len=47104
read t=10080577399 offset=107952128 len=33792
read t=10127783399 offset=111331328 len=47104
read t=10179137399 offset=111776768 len=43008
read t=10226628399 offset=111818752 len=10240
read t=10275025399 offset=111818752 len=10240
read t=10327107399 offset=113432576 len=39936
read t=10378377399 offset=113471488 len=58368
read t=10430349399 offset=113528832 len=6144
read t=10477039399 offset=107984896 len=59392
read t=10529758399 offset=109714432 len=14336
read t=10575360399 offset=109727744 len=3072
read t=10625429399 offset=109727744 len=3072
read t=10676417399 offset=108043264 len=34816
read t=10726010399 offset=108077056 len=18432
read t=10778513399 offset=118269952 len=54272
read t=10830137399 offset=118531072 len=39936
read t=10878884399 offset=113533952 len=63488
read t=10927841399 offset=113596416 len=31744
read t=10977365399 offset=113627136 len=51200
read t=11027438399 offset=114020352 len=48128
read t=11081240399 offset=115205120 len=68608
read t=11128717399 offset=115416064 len=20480
read t=11177423399 offset=115272704 len=51200
read t=11227493399 offset=115322880 len=54272
read t=11278121399 offset=113039360 len=57344
read t=11330880399 offset=113095680 len=9216
read t=11383182399 offset=145448960 len=1024
read t=11425223399 offset=145448960 len=3072
read t=11473552399 offset=119630848 len=20480
read t=11525617399 offset=119650304 len=49152
read t=11577512399 offset=107350016 len=46080
read t=11625859399 offset=107395072 len=66560
read t=11679307399 offset=107283456 len=67584
read t=11731127399 offset=107531264 len=59392
read t=11776090399 offset=107589632 len=68608
read t=11827195399 offset=107742208 len=45056
read t=11877237399 offset=107786240 len=47104
read t=11930694399 offset=113677312 len=59392
read t=11975144399 offset=113735680 len=56320
read t=12026285399 offset=113790976 len=55296
read t=12076981399 offset=113845248 len=89088
read t=12128553399 offset=118323200 len=58368
read t=12177096399 offset=118380544 len=39936
read t=12228287399 offset=109652992 len=33792
read t=12276006399 offset=109685760 len=17408
read t=12327631399 offset=108094464 len=19456
read t=12376721399 offset=108112896 len=19456
read t=12427122399 offset=109702144 len=13312
read t=12478436399 offset=108131328 len=18432
read t=12527593399 offset=108148736 len=41984
read t=12577134399 offset=108189696 len=62464
read t=12640719399 offset=111377408 len=66560
read t=12677249399 offset=111442944 len=39936
read t=12729126399 offset=106915840 len=63488
read t=12780413399 offset=114161664 len=63488
read t=12832191399 offset=121497600 len=34816
read t=12878609399 offset=120326144 len=43008
read t=12926941399 offset=120368128 len=63488
read t=12985189399 offset=120171520 len=32768
read t=13025169399 offset=120203264 len=7168
read t=13074966399 offset=120209408 len=2048
read t=13136344399 offset=107657216 len=49152
read t=13178435399 offset=107460608 len=71680
read t=13238752399 offset=107165696 len=63488
read t=13278376399 offset=107705344 len=37888
read t=13328609399 offset=108858368 len=62464
read t=13376025399 offset=108919808 len=60416
read t=13428273399 offset=109418496 len=68608
read t=13476631399 offset=109486080 len=43008
read t=13529010399 offset=145616896 len=1024
read t=13574026399 offset=145616896 len=2048
read t=13624785399 offset=107228160 len=56320
read t=13681476399 offset=145499136 len=1024
read t=13723328399 offset=145499136 len=5120
read t=13774612399 offset=145381376 len=1024
read t=13824327399 offset=145381376 len=3072
read t=13877467399 offset=120877056 len=66560
read t=13927160399 offset=120942592 len=65536
read t=13978371399 offset=121253888 len=53248
read t=14026437399 offset=121306112 len=35840
read t=14078382399 offset=121340928 len=39936
read t=14126249399 offset=121379840 len=26624
read t=14177133399 offset=120811520 len=66560
read t=14229225399 offset=120752128 len=60416
read t=14283211399 offset=121405440 len=49152
read t=14332334399 offset=120622080 len=67584
read t=14376535399 offset=120688640 len=64512
read t=14436784399 offset=119874560 len=62464
read t=14477903399 offset=119936000 len=61440
read t=14527219399 offset=120099840 len=31744
read t=14574607399 offset=120130560 len=41984
read t=14627715399 offset=120055808 len=45056
read t=14699714399 offset=119754752 len=63488
read t=14726930399 offset=119817216 len=58368
read t=14779545399 offset=120430592 len=64512
read t=14827188399 offset=145570816 len=1024
read t=14874018399 offset=145570816 len=6144
read t=14925955399 offset=145383424 len=1024
read t=14973770399 offset=145383424 len=4096
read t=15024259399 offset=145646592 len=1024
read t=15073994399 offset=145646592 len=1024
read t=15132765399 offset=145611776 len=1024
read t=15173993399 offset=145611776 len=4096
read t=15224322399 offset=145386496 len=1024
read t=15274070399 offset=145386496 len=3072
read t=15325027399 offset=145503232 len=1024
read t=15373176399 offset=145503232 len=5120
read t=15424786399 offset=145617920 len=1024
read t=15474104399 offset=145617920 len=4096
read t=15526211399 offset=9780224 len=27648
read t=15578214399 offset=145433600 len=1024
read t=15624324399 offset=145433600 len=4096
read t=15674954399 offset=145553408 len=1024
read t=15725094399 offset=145553408 len=4096
read t=15774985399 offset=145624064 len=1024
read t=15824198399 offset=145624064 len=3072
read t=15875016399 offset=98388992 len=33792
read t=15931961399 offset=97934336 len=20480
read t=15975162399 offset=97953792 len=18432
read t=16027176399 offset=97657856 len=28672
read t=16075841399 offset=97685504 len=30720
read t=16128426399 offset=98205696 len=30720
read t=16175542399 offset=98235392 len=32768
read t=16227488399 offset=97870848 len=28672
read t=16280180399 offset=98008064 len=16384
read t=16325173399 offset=98023424 len=9216
read t=16374133399 offset=98023424 len=9216
read t=16427935399 offset=145431552 len=1024
read t=16474081399 offset=145431552 len=3072
read t=16524216399 offset=145646592 len=1024
read t=16574184399 offset=145646592 len=1024
read t=16624770399 offset=145425408 len=1024
read t=16674130399 offset=145425408 len=3072
read t=16723989399 offset=145542144 len=1024
read t=16774140399 offset=145542144 len=5120
read t=16824420399 offset=145422336 len=1024
read t=16874045399 offset=145422336 len=4096
read t=16925256399 offset=75107328 len=25600
read t=16987228399 offset=145448960 len=1024
read t=17024000399 offset=145448960 len=3072
read t=17074370399 offset=121007104 len=61440
read t=17128859399 offset=145433600 len=1024
read t=17173957399 offset=145433600 len=4096
read t=17223741399 offset=97971200 len=19456
read t=17276673399 offset=145553408 len=1024
read t=17324189399 offset=145553408 len=4096
read t=17374294399 offset=145429504 len=1024
read t=17423978399 offset=145429504 len=3072
read t=17474708399 offset=145550336 len=1024
read t=17523139399 offset=145550336 len=4096
read t=17574332399 offset=145427456 len=1024
read t=17623600399 offset=145427456 len=3072
read t=17674276399 offset=145646592 len=1024
read t=17723703399 offset=145646592 len=1024
read t=17774409399 offset=145546240 len=1024
read t=17824152399 offset=145546240 len=5120
read t=17874445399 offset=145624064 len=1024
read t=17923978399 offset=145624064 len=3072
read t=17975707399 offset=87794688 len=24576
read t=18035468399 offset=145425408 len=1024
read t=18074263399 offset=145425408 len=3072
read t=18125940399 offset=85493760 len=32768
read t=18203842399 offset=145433600 len=1024
read t=18223524399 offset=145433600 len=4096
read t=18274455399 offset=97989632 len=19456
read t=18325591399 offset=145553408 len=1024
read t=18373887399 offset=145553408 len=4096
read t=18423953399 offset=145422336 len=1024
read t=18473715399 offset=145422336 len=4096
read t=18524874399 offset=145542144 len=1024
read t=18573389399 offset=145542144 len=5120
read t=18624488399 offset=145390592 len=1024
read t=18674055399 offset=145390592 len=3072
read t=18723490399 offset=145646592 len=1024
read t=18774003399 offset=145646592 len=1024
read t=18823999399 offset=145507328 len=1024
read t=18874133399 offset=145507328 len=5120
read t=18924667399 offset=145617920 len=1024
read t=18974060399 offset=145617920 len=4096
read t=19024837399 offset=15259648 len=27648
read t=19104154399 offset=145570816 len=1024
read t=19124369399 offset=145570816 len=6144
read t=19174343399 offset=145448960 len=1024
read t=19223827399 offset=145448960 len=3072
read t=19274523399 offset=145616896 len=1024
read t=19324327399 offset=145616896 len=2048
read t=19374505399 offset=145381376 len=1024
read t=19424070399 offset=145381376 len=3072
read t=19474654399 offset=145611776 len=1024
read t=19524320399 offset=145611776 len=4096
read t=19574549399 offset=145386496 len=1024
read t=19623966399 offset=145386496 len=3072
read t=19674297399 offset=145646592 len=1024
read t=19723703399 offset=145646592 len=1024
read t=19774403399 offset=145499136 len=1024
read t=19823776399 offset=145499136 len=5120
read t=19873691399 offset=145383424 len=1024
read t=19923780399 offset=145383424 len=4096
read t=19974913399 offset=3382272 len=60416
read t=20027833399 offset=3441664 len=16384
read t=20088477399 offset=145503232 len=1024
read t=20123960399 offset=145503232 len=5120
read t=20180224399 offset=145433600 len=1024
read t=20224031399 offset=145433600 len=4096
read t=20274304399 offset=97856512 len=15360
read t=20329499399 offset=145440768 len=1024
read t=20373409399 offset=145440768 len=3072
read t=20424784399 offset=109290496 len=58368
read t=20475492399 offset=109347840 len=71680
read t=20533650399 offset=145381376 len=1024
read t=20574299399 offset=145381376 len=3072
read t=20625921399 offset=145556480 len=1024
read t=20674161399 offset=145556480 len=4096
read t=20724546399 offset=145559552 len=1024
read t=20774054399 offset=145559552 len=5120
read t=20826492399 offset=145448960 len=1024
read t=20877250399 offset=145448960 len=3072
read t=20924501399 offset=120494080 len=65536
read t=20981363399 offset=145499136 len=1024
read t=21024227399 offset=145499136 len=5120
read t=21073887399 offset=145646592 len=1024
read t=21123160399 offset=145646592 len=1024
read t=21173928399 offset=145617920 len=1024
read t=21223333399 offset=145617920 len=4096
read t=21275355399 offset=72704 len=39936
read t=21329581399 offset=120558592 len=64512
read t=21395189399 offset=0 len=73728
read t=21428744399 offset=145570816 len=1024
read t=21474070399 offset=145570816 len=6144
read t=21523311399 offset=145433600 len=1024
read t=21573793399 offset=145433600 len=4096
read t=21624513399 offset=145624064 len=1024
read t=21674151399 offset=145624064 len=3072
read t=21727093399 offset=98388992 len=33792
read t=21777888399 offset=145381376 len=1024
read t=21823458399 offset=145381376 len=3072
read t=21882404399 offset=121189376 len=65536
read t=21929569399 offset=121067520 len=61440
read t=21975961399 offset=121127936 len=62464
read t=22065565399 offset=145611776 len=1024
read t=22073491399 offset=145611776 len=4096
read t=22142017399 offset=145448960 len=1024
read t=22174301399 offset=145448960 len=3072
read t=22224805399 offset=119698432 len=57344
read t=22318592399 offset=145499136 len=1024
read t=22323450399 offset=145499136 len=5120
read t=22374568399 offset=145646592 len=1024
read t=22424208399 offset=145646592 len=1024
read t=22486498399 offset=145556480 len=1024
read t=22523791399 offset=145556480 len=4096
read t=22574369399 offset=145436672 len=1024
read t=22623841399 offset=145436672 len=3072
read t=22719969399 offset=98467840 len=33792
read t=22748955399 offset=98500608 len=23552
read t=22893147399 offset=98523136 len=19456
read t=23126206399 offset=145617920 len=1024
read t=23127710399 offset=145440768 len=1024
read t=23130218399 offset=145617920 len=4096
read t=23135250399 offset=0 len=73728
read t=23138224399 offset=145440768 len=3072
read t=23226577399 offset=145616896 len=1024
read t=23227549399 offset=111633408 len=69632
read t=23249605399 offset=145381376 len=1024
read t=23278458399 offset=145616896 len=2048
read t=23332092399 offset=145442816 len=1024
read t=23343208399 offset=111702016 len=75776
read t=23378449399 offset=145381376 len=3072
read t=23478529399 offset=145442816 len=4096
read t=23579298399 offset=145499136 len=1024
read t=23628493399 offset=115376128 len=40960
read t=23678274399 offset=145499136 len=5120
read t=23778866399 offset=145646592 len=1024
read t=23827843399 offset=145646592 len=1024
read t=23881868399 offset=145556480 len=1024
read t=23928298399 offset=145556480 len=4096
read t=23978552399 offset=145436672 len=1024
read t=24028465399 offset=145436672 len=3072
read t=24078638399 offset=145553408 len=1024
read t=24127934399 offset=145553408 len=4096
read t=24178531399 offset=145433600 len=1024
read t=24228216399 offset=145433600 len=4096
read t=24281082399 offset=145617920 len=1024
read t=24328096399 offset=145617920 len=4096
read t=24380891399 offset=145624064 len=1024
read t=24428345399 offset=145624064 len=3072
read t=24488106399 offset=145381376 len=1024
read t=24528309399 offset=145381376 len=3072
read t=24578766399 offset=145499136 len=1024
read t=24627986399 offset=145499136 len=5120
read t=24678933399 offset=145646592 len=1024
read t=24728148399 offset=145646592 len=1024
read t=24779569399 offset=145556480 len=1024
read t=24828267399 offset=145556480 len=4096
read t=24878561399 offset=145436672 len=1024
read t=24927927399 offset=145436672 len=3072
read t=24980707399 offset=145553408 len=1024
read t=25028234399 offset=145553408 len=4096
read t=25098635399 offset=145448960 len=1024
read t=25127801399 offset=145448960 len=3072
read t=25178179399 offset=119996416 len=60416
read t=25260245399 offset=145433600 len=1024
read t=25278175399 offset=145433600 len=4096
read t=25330252399 offset=145624064 len=1024
read t=25378238399 offset=145624064 len=3072
read t=25462112399 offset=145381376 len=1024
read t=25478335399 offset=145381376 len=3072
read t=25528685399 offset=145617920 len=1024
read t=25578063399 offset=145617920 len=4096
read t=25629561399 offset=145646592 len=1024
read t=25678168399 offset=145646592 len=1024
read t=25729232399 offset=145556480 len=1024
read t=25778083399 offset=145556480 len=4096
read t=25828424399 offset=145436672 len=1024
read t=25878219399 offset=145436672 len=3072
read t=25929279399 offset=145553408 len=1024
read t=25978263399 offset=145553408 len=4096
read t=26061758399 offset=98451456 len=17408
read t=26146270399 offset=145499136 len=1024
read t=26146856399 offset=145499136 len=5120
read t=26183681399 offset=145433600 len=1024
read t=26228569399 offset=145433600 len=4096
read t=26291066399 offset=98467840 len=33792
read t=26538399399 offset=72704 len=39936
read t=26627669399 offset=145611776 len=1024
read t=26629436399 offset=145611776 len=4096
read t=26630731399 offset=145494016 len=1024
read t=26631134399 offset=145494016 len=3072
read t=26680132399 offset=145606656 len=1024
read t=26729283399 offset=145606656 len=6144
read t=26779613399 offset=145484800 len=1024
read t=26829307399 offset=145484800 len=3072
read t=26879480399 offset=145646592 len=1024
read t=26928885399 offset=145646592 len=1024
read t=26979156399 offset=145601536 len=1024
read t=27028821399 offset=145601536 len=6144
read t=27079045399 offset=145626112 len=1024
read t=27128636399 offset=145626112 len=3072
read t=27180353399 offset=144211968 len=27648
read t=27247336399 offset=98451456 len=17408
read t=27330962399 offset=145553408 len=1024
read t=27331397399 offset=145553408 len=4096
read t=27379551399 offset=145556480 len=1024
read t=27428839399 offset=145556480 len=4096
read t=27479176399 offset=145433600 len=1024
read t=27529146399 offset=145433600 len=4096
read t=27592889399 offset=98467840 len=33792
read t=27941887399 offset=145436672 len=1024
read t=27942543399 offset=145436672 len=3072
read t=27949965399 offset=145499136 len=1024
read t=27950295399 offset=145499136 len=5120
read t=27994526399 offset=145503232 len=1024
read t=28043364399 offset=145503232 len=5120
read t=28094746399 offset=145386496 len=1024
read t=28143474399 offset=145386496 len=3072
read t=28193859399 offset=145646592 len=1024
read t=28243289399 offset=145646592 len=1024
read t=28373154399 offset=145383424 len=1024
read t=28379302399 offset=145383424 len=4096
read t=28393791399 offset=145617920 len=1024
read t=28444081399 offset=145617920 len=4096
read t=28465698399 offset=145553408 len=1024
read t=28518811399 offset=4390912 len=37888
read t=28544244399 offset=145553408 len=4096
read t=28644257399 offset=145433600 len=1024
read t=28698966399 offset=145433600 len=4096
read t=28705368399 offset=145570816 len=1024
read t=28743771399 offset=145624064 len=1024
read t=28794326399 offset=145570816 len=6144
read t=28844602399 offset=145624064 len=3072
read t=28895036399 offset=145503232 len=1024
read t=28997176399 offset=145503232 len=5120
read t=29041668399 offset=98388992 len=33792
read t=29044666399 offset=145611776 len=1024
read t=29132447399 offset=145542144 len=1024
read t=29143919399 offset=145611776 len=4096
read t=29193948399 offset=145542144 len=5120
read t=29214087399 offset=145507328 len=1024
read t=29244048399 offset=145467392 len=1024
read t=29294421399 offset=145422336 len=1024
read t=29294736399 offset=145399808 len=1024
read t=29313531399 offset=145499136 len=1024
read t=29344034399 offset=145507328 len=5120
read t=29378055399 offset=145436672 len=1024
read t=29394227399 offset=145467392 len=4096
read t=29444236399 offset=145422336 len=4096
read t=29494375399 offset=145399808 len=3072
read t=29543419399 offset=145499136 len=5120
read t=29595038399 offset=145390592 len=1024
read t=29643532399 offset=145436672 len=3072
read t=29694528399 offset=145646592 len=1024
read t=29845194399 offset=145381376 len=1024
read t=29893325399 offset=145390592 len=3072
read t=29944707399 offset=98632704 len=54272
read t=29994341399 offset=145646592 len=1024
read t=30043615399 offset=145381376 len=3072
read t=30152760399 offset=98685952 len=12288
read t=30194692399 offset=145507328 len=1024
read t=30195093399 offset=145519616 len=1024
read t=30195294399 offset=145422336 len=1024
read t=30195956399 offset=145583104 len=1024
read t=30244269399 offset=145499136 len=1024
read t=30304193399 offset=145567744 len=1024
read t=30343855399 offset=145507328 len=5120
read t=30394266399 offset=145519616 len=4096
read t=30443346399 offset=145422336 len=4096
read t=30494310399 offset=145583104 len=3072
read t=30544311399 offset=145499136 len=5120
read t=30594170399 offset=145567744 len=4096
read t=30644485399 offset=145390592 len=1024
read t=30694848399 offset=145399808 len=1024
read t=30744113399 offset=145542144 len=1024
read t=30795850399 offset=145503232 len=1024
read t=30844984399 offset=145570816 len=1024
read t=30944049399 offset=145390592 len=3072
read t=30967762399 offset=145556480 len=1024
read t=30994028399 offset=145399808 len=3072
read t=31044515399 offset=145542144 len=5120
read t=31093185399 offset=145503232 len=5120
read t=31143339399 offset=145570816 len=6144
read t=31193619399 offset=145646592 len=1024
read t=31245362399 offset=145556480 len=4096
read t=31344930399 offset=145422336 len=1024
read t=31395008399 offset=145386496 len=1024
read t=31443669399 offset=145433600 len=1024
read t=31494087399 offset=145646592 len=1024
read t=31546042399 offset=145499136 len=1024
read t=31593465399 offset=145422336 len=4096
read t=31644502399 offset=145386496 len=3072
read t=31694364399 offset=145433600 len=4096
read t=31743761399 offset=145390592 len=1024
read t=31743797399 offset=145399808 len=1024
read t=31793480399 offset=145499136 len=5120
read t=31845492399 offset=77642752 len=49152
read t=31845950399 offset=145624064 len=1024
read t=31893883399 offset=145503232 len=1024
read t=31943460399 offset=145646592 len=1024
read t=31994384399 offset=145390592 len=3072
read t=32043217399 offset=145399808 len=3072
read t=32094660399 offset=145381376 len=1024
read t=32149056399 offset=145422336 len=1024
read t=32194524399 offset=145624064 len=3072
read t=32243305399 offset=145503232 len=5120
read t=32294482399 offset=145646592 len=1024
read t=32343751399 offset=145617920 len=1024
read t=32395423399 offset=31942656 len=41984
read t=32444297399 offset=145381376 len=3072
read t=32494452399 offset=145422336 len=4096
read t=32544991399 offset=76570624 len=25600
read t=32594252399 offset=145386496 len=1024
read t=32644162399 offset=145433600 len=1024
read t=32694243399 offset=145617920 len=4096
read t=32748988399 offset=145399808 len=1024
read t=32844532399 offset=77690880 len=26624
read t=32943587399 offset=145386496 len=3072
read t=32994232399 offset=145433600 len=4096
read t=33045577399 offset=15234048 len=26624
read t=33045642399 offset=72704 len=39936
read t=33094476399 offset=145399808 len=3072
read t=33145975399 offset=77716480 len=21504
read t=33198303399 offset=9702400 len=33792
read t=33275971399 offset=145556480 len=1024
read t=33354109399 offset=145570816 len=1024
read t=33382898399 offset=145616896 len=1024
read t=33393671399 offset=31983616 len=29696
read t=33446865399 offset=77736960 len=5120
read t=33497559399 offset=145567744 len=1024
read t=33543559399 offset=145556480 len=4096
read t=33593634399 offset=145570816 len=6144
read t=33643329399 offset=145616896 len=2048
read t=33697085399 offset=32012288 len=22528
read t=33744481399 offset=145422336 len=1024
read t=33794202399 offset=145567744 len=4096
read t=33845164399 offset=145436672 len=1024
read t=33894256399 offset=145448960 len=1024
read t=33943391399 offset=145498112 len=1024
read t=33996463399 offset=145399808 len=1024
read t=34043603399 offset=145422336 len=4096
read t=34095071399 offset=145440768 len=1024
read t=34143555399 offset=145436672 len=3072
read t=34193376399 offset=145448960 len=3072
read t=34244300399 offset=145498112 len=2048
read t=34293258399 offset=145399808 len=3072
read t=34345006399 offset=77736960 len=5120
read t=34394556399 offset=145440768 len=3072
read t=34444092399 offset=145646592 len=1024
read t=34594312399 offset=32033792 len=7168
read t=34743771399 offset=145646592 len=1024
read t=34795081399 offset=32033792 len=7168
read t=34843959399 offset=145624064 len=1024
read t=34846307399 offset=145559552 len=1024
read t=34846327399 offset=145616896 len=1024
read t=34846332399 offset=145570816 len=1024
read t=34846335399 offset=145436672 len=1024
read t=34947258399 offset=145624064 len=3072
read t=34994222399 offset=145436672 len=3072
read t=35044608399 offset=145559552 len=5120
read t=35094567399 offset=145570816 len=6144
read t=35143473399 offset=145616896 len=2048
read t=35197934399 offset=99351552 len=18432
read t=35248034399 offset=98824192 len=36864
read t=35294804399 offset=145563648 len=1024
read t=35344833399 offset=145448960 len=1024
read t=35395685399 offset=145498112 len=1024
read t=35395723399 offset=145499136 len=1024
read t=35511231399 offset=145567744 len=1024
read t=35543384399 offset=145563648 len=5120
read t=35594235399 offset=145448960 len=3072
read t=35644664399 offset=145498112 len=2048
read t=35644703399 offset=145499136 len=5120
read t=35694480399 offset=145567744 len=4096
read t=35744058399 offset=145440768 len=1024
read t=35793755399 offset=145646592 len=1024
read t=35895235399 offset=145570816 len=1024
read t=35979745399 offset=145503232 len=1024
read t=35993998399 offset=145440768 len=3072
read t=36042944399 offset=145646592 len=1024
read t=36094105399 offset=145570816 len=6144
read t=36143744399 offset=145503232 len=5120
read t=36246691399 offset=145626112 len=1024
read t=36300531399 offset=145386496 len=1024
read t=36353053399 offset=145381376 len=1024
read t=36369018399 offset=145556480 len=1024
read t=36394033399 offset=145626112 len=3072
read t=36419208399 offset=145499136 len=1024
read t=36443729399 offset=145386496 len=3072
read t=36493993399 offset=145381376 len=3072
read t=36543492399 offset=145556480 len=4096
read t=36596012399 offset=105170944 len=29696
read t=36643404399 offset=145499136 len=5120
read t=36693987399 offset=8460288 len=32768
read t=36794123399 offset=145436672 len=1024
read t=36851242399 offset=145646592 len=1024
read t=36895638399 offset=145570816 len=1024
read t=36895685399 offset=145383424 len=1024
read t=36951129399 offset=8951808 len=10240
read t=36994335399 offset=145436672 len=3072
read t=37042965399 offset=145646592 len=1024
read t=37094775399 offset=145383424 len=4096
read t=37143683399 offset=145570816 len=6144
read t=37194642399 offset=8961024 len=7168
read t=37294312399 offset=145617920 len=1024
read t=37294582399 offset=145624064 len=1024
read t=37413441399 offset=145503232 len=1024
read t=37445131399 offset=145386496 len=1024
read t=37494101399 offset=145617920 len=4096
read t=37544261399 offset=145624064 len=3072
read t=37594169399 offset=145503232 len=5120
read t=37644000399 offset=145386496 len=3072
read t=37698095399 offset=0 len=73728
read t=37699762399 offset=9702400 len=33792
read t=37702229399 offset=3457024 len=32768
read t=37843978399 offset=8961024 len=7168
read t=37898655399 offset=99351552 len=18432
read t=37950714399 offset=7770112 len=39936
read t=37995643399 offset=145556480 len=1024
read t=37998355399 offset=9702400 len=33792
read t=38091496399 offset=8908800 len=44032
read t=38153144399 offset=145616896 len=1024
read t=38183665399 offset=145499136 len=1024
read t=38192878399 offset=145556480 len=4096
read t=38247532399 offset=145646592 len=1024
read t=38299040399 offset=8492032 len=65536
read t=38344437399 offset=145616896 len=2048
read t=38393191399 offset=145499136 len=5120
read t=38444390399 offset=145436672 len=1024
read t=38493660399 offset=145646592 len=1024
read t=38546586399 offset=8556544 len=63488
read t=38594415399 offset=145498112 len=1024
read t=38646535399 offset=145570816 len=1024
read t=38694360399 offset=145436672 len=3072
read t=38743501399 offset=145617920 len=1024
read t=38803112399 offset=145386496 len=1024
read t=38843601399 offset=145498112 len=2048
read t=38894477399 offset=145570816 len=6144
read t=38944945399 offset=145624064 len=1024
read t=38994593399 offset=145617920 len=4096
read t=39044435399 offset=145386496 len=3072
read t=39095054399 offset=145616896 len=1024
read t=39148608399 offset=145559552 len=1024
read t=39193699399 offset=145624064 len=3072
read t=39248251399 offset=145503232 len=1024
read t=39294206399 offset=8685568 len=66560
read t=39344411399 offset=145616896 len=2048
read t=39394278399 offset=145559552 len=5120
read t=39448238399 offset=99403776 len=31744
read t=39493519399 offset=145503232 len=5120
read t=39547509399 offset=8751104 len=70656
read t=39594803399 offset=145646592 len=1024
read t=39646671399 offset=145436672 len=1024
read t=39763183399 offset=145499136 len=1024
read t=39798788399 offset=8820736 len=57344
read t=39844659399 offset=145646592 len=1024
read t=39893767399 offset=145436672 len=3072
read t=39943365399 offset=145499136 len=5120
read t=39996936399 offset=8877056 len=32768
read t=40044051399 offset=145498112 len=1024
read t=40044347399 offset=145386496 len=1024
read t=40094629399 offset=145624064 len=1024
read t=40144009399 offset=145381376 len=1024
read t=40243761399 offset=145498112 len=2048
read t=40294264399 offset=145386496 len=3072
read t=40343322399 offset=145624064 len=3072
read t=40394040399 offset=145381376 len=3072
read t=40445435399 offset=145616896 len=1024
read t=40494695399 offset=145617920 len=1024
read t=40546018399 offset=99434496 len=25600
read t=40594035399 offset=145646592 len=1024
read t=40644561399 offset=145616896 len=2048
read t=40693646399 offset=145617920 len=4096
read t=40751222399 offset=145559552 len=1024
read t=40793731399 offset=145646592 len=1024
read t=40897108399 offset=145503232 len=1024
read t=40943925399 offset=145559552 len=5120
read t=40995687399 offset=145570816 len=1024
read t=40996284399 offset=145499136 len=1024
read t=41043665399 offset=145503232 len=5120
read t=41094879399 offset=145436672 len=1024
read t=41142996399 offset=145570816 len=6144
read t=41193842399 offset=145499136 len=5120
read t=41244518399 offset=145386496 len=1024
read t=41293995399 offset=145436672 len=3072
read t=41343652399 offset=145433600 len=1024
read t=41394855399 offset=145381376 len=1024
read t=41444028399 offset=145386496 len=3072
read t=41494325399 offset=145646592 len=1024
read t=41545213399 offset=145433600 len=4096
read t=41593664399 offset=145381376 len=3072
read t=41693066399 offset=145646592 len=1024
read t=41843405399 offset=145624064 len=1024
read t=41847354399 offset=145503232 len=1024
read t=41849161399 offset=145617920 len=1024
read t=41850141399 offset=145499136 len=1024
read t=41894251399 offset=145624064 len=3072
read t=41943554399 offset=145503232 len=5120
read t=41994309399 offset=145617920 len=4096
read t=42045803399 offset=145499136 len=5120
read t=42097177399 offset=145559552 len=1024
read t=42143950399 offset=145386496 len=1024
read t=42198651399 offset=72704 len=39936
read t=42245258399 offset=145553408 len=1024
read t=42293539399 offset=145559552 len=5120
read t=42344355399 offset=145386496 len=3072
read t=42443390399 offset=145553408 len=4096
read t=42494987399 offset=145436672 len=1024
read t=42543975399 offset=145646592 len=1024
read t=42544551399 offset=8619008 len=67584
read t=42595201399 offset=145433600 len=1024
read t=42644389399 offset=145436672 len=3072
read t=42694258399 offset=145646592 len=1024
read t=42794234399 offset=145433600 len=4096
read t=42895752399 offset=9702400 len=33792
read t=42896192399 offset=145624064 len=1024
read t=42997267399 offset=145503232 len=1024
read t=43043672399 offset=145624064 len=3072
read t=43094017399 offset=145503232 len=5120
read t=43147367399 offset=98388992 len=33792
read t=43148767399 offset=145499136 len=1024
read t=43194428399 offset=145617920 len=1024
read t=43294213399 offset=145499136 len=5120
read t=43344253399 offset=145617920 len=4096
read t=43394278399 offset=145381376 len=1024
read t=43451725399 offset=145386496 len=1024
read t=43493763399 offset=145381376 len=3072
read t=43543096399 offset=145386496 len=3072
read t=43614686399 offset=0 len=73728
read t=43649357399 offset=9645056 len=30720
read t=43750631399 offset=9674752 len=23552
read t=43804881399 offset=145570816 len=1024
read t=43840585399 offset=145616896 len=1024
read t=43843685399 offset=145570816 len=6144
read t=43893506399 offset=145616896 len=2048
read t=43951261399 offset=145646592 len=1024
read t=43994480399 offset=145498112 len=1024
read t=44044403399 offset=145646592 len=1024
read t=44094249399 offset=145498112 len=2048
read t=44147261399 offset=7809024 len=44032
read t=44258457399 offset=145567744 len=1024
read t=44294011399 offset=145567744 len=4096
read t=44386860399 offset=145499136 len=1024
read t=44393667399 offset=145499136 len=5120
read t=44445043399 offset=145438720 len=1024
read t=44494293399 offset=145438720 len=3072
read t=44547432399 offset=145559552 len=1024
read t=44594236399 offset=145559552 len=5120
read t=44645360399 offset=145624064 len=1024
read t=44693288399 offset=145624064 len=3072
read t=44745955399 offset=99459072 len=15360
read t=44860877399 offset=145381376 len=1024
read t=44861403399 offset=145381376 len=3072
read t=44894774399 offset=145570816 len=1024
read t=44944363399 offset=145570816 len=6144
read t=44994565399 offset=145386496 len=1024
read t=45043094399 offset=145386496 len=3072
read t=45094505399 offset=145646592 len=1024
read t=45144212399 offset=145646592 len=1024
read t=45463926399 offset=145616896 len=1024
read t=45466606399 offset=145616896 len=2048
read t=45476584399 offset=145499136 len=1024
read t=45482757399 offset=145499136 len=5120
read t=45518300399 offset=145383424 len=1024
read t=45566340399 offset=145383424 len=4096
read t=45617683399 offset=145498112 len=1024
read t=45666035399 offset=145498112 len=2048
read t=45717389399 offset=145611776 len=1024
read t=45741936399 offset=145556480 len=1024
read t=45765298399 offset=145611776 len=4096
read t=45816395399 offset=145556480 len=4096
read t=45866954399 offset=145458176 len=1024
read t=45917574399 offset=145570816 len=1024
read t=45966421399 offset=145458176 len=4096
read t=46016375399 offset=145570816 len=6144
read t=46066057399 offset=145646592 len=1024
read t=46116951399 offset=145438720 len=1024
read t=46166399399 offset=145646592 len=1024
read t=46216349399 offset=145438720 len=3072
read t=46267241399 offset=145577984 len=1024
read t=46317141399 offset=145559552 len=1024
read t=46366100399 offset=145577984 len=4096
read t=46416424399 offset=145559552 len=5120
read t=46466897399 offset=145456128 len=1024
read t=46519085399 offset=99570688 len=13312
read t=46566369399 offset=145456128 len=3072
read t=46618301399 offset=99582976 len=13312
read t=46667559399 offset=145626112 len=1024
read t=46720104399 offset=145503232 len=1024
read t=46765434399 offset=145626112 len=3072
read t=46816463399 offset=145503232 len=5120
read t=46867416399 offset=145616896 len=1024
read t=46931731399 offset=145499136 len=1024
read t=46966413399 offset=145616896 len=2048
read t=47015191399 offset=145499136 len=5120
read t=47065881399 offset=145383424 len=1024
read t=47115848399 offset=145381376 len=1024
read t=47165396399 offset=145383424 len=4096
read t=47216512399 offset=145381376 len=3072
read t=47266135399 offset=145646592 len=1024
read t=47366283399 offset=145646592 len=1024
read t=47420287399 offset=145556480 len=1024
read t=47420324399 offset=145498112 len=1024
read t=47465385399 offset=145498112 len=2048
read t=47516456399 offset=145556480 len=4096
read t=47572151399 offset=145494016 len=1024
read t=47615777399 offset=145433600 len=1024
read t=47665447399 offset=145494016 len=3072
read t=47715326399 offset=145433600 len=4096
read t=47766998399 offset=145611776 len=1024
read t=47819998399 offset=145553408 len=1024
read t=47866472399 offset=145611776 len=4096
read t=47915493399 offset=145553408 len=4096
read t=47967234399 offset=145616896 len=1024
read t=48018289399 offset=145624064 len=1024
read t=48065523399 offset=145616896 len=2048
read t=48118601399 offset=145624064 len=3072
read t=48165712399 offset=145383424 len=1024
read t=48221449399 offset=98451456 len=17408
read t=48265484399 offset=145383424 len=4096
read t=48321459399 offset=145646592 len=1024
read t=48415570399 offset=145646592 len=1024
read t=48475976399 offset=145498112 len=1024
read t=48479388399 offset=145499136 len=1024
read t=48515511399 offset=145498112 len=2048
read t=48566352399 offset=145499136 len=5120
read t=48667969399 offset=145381376 len=1024
read t=48718705399 offset=145381376 len=3072
read t=48763834399 offset=145556480 len=1024
read t=48767962399 offset=145559552 len=1024
read t=48816015399 offset=145556480 len=4096
read t=48866039399 offset=145559552 len=5120
read t=48917126399 offset=145436672 len=1024
read t=48965614399 offset=145438720 len=1024
read t=49015994399 offset=145436672 len=3072
read t=49066088399 offset=145438720 len=3072
read t=49116197399 offset=145624064 len=1024
read t=49166335399 offset=145646592 len=1024
read t=49215419399 offset=145624064 len=3072
read t=49266090399 offset=145646592 len=1024
read t=49319607399 offset=99403776 len=31744
read t=49371225399 offset=103042048 len=28672
read t=49426882399 offset=145567744 len=1024
read t=49515545399 offset=145567744 len=4096
read t=49546815399 offset=103069696 len=46080
read t=49718186399 offset=145448960 len=1024
read t=49721520399 offset=145553408 len=1024
read t=49722468399 offset=145553408 len=4096
read t=49722636399 offset=145448960 len=3072
read t=49815818399 offset=121453568 len=45056
read t=49968881399 offset=145616896 len=1024
read t=49970259399 offset=145616896 len=2048
read t=50120964399 offset=100929536 len=20480
read t=50137680399 offset=100948992 len=35840
read t=50148804399 offset=100641792 len=21504
read t=50151364399 offset=100662272 len=18432
read t=50152632399 offset=101183488 len=49152
read t=50224708399 offset=101231616 len=37888
read t=50275826399 offset=100165632 len=16384
read t=50323854399 offset=100180992 len=19456
read t=50327291399 offset=145433600 len=1024
read t=50376327399 offset=100983808 len=51200
read t=50422734399 offset=145433600 len=4096
read t=50475442399 offset=101033984 len=49152
read t=50512780399 offset=145499136 len=1024
read t=50522940399 offset=97759232 len=17408
read t=50576649399 offset=145438720 len=1024
read t=50622770399 offset=145499136 len=5120
read t=50675207399 offset=97775616 len=30720
read t=50722570399 offset=145438720 len=3072
read t=50774341399 offset=145383424 len=1024
read t=50873095399 offset=100507648 len=18432
read t=50873287399 offset=101632000 len=49152
read t=50873391399 offset=100626432 len=16384
read t=50922370399 offset=145570816 len=1024
read t=50922510399 offset=145383424 len=4096
read t=50974657399 offset=100525056 len=19456
read t=51024179399 offset=101680128 len=12288
read t=51032604399 offset=145556480 len=1024
read t=51084729399 offset=100115456 len=19456
read t=51122513399 offset=145570816 len=6144
read t=51173140399 offset=145646592 len=1024
read t=51225357399 offset=100610048 len=17408
read t=51226578399 offset=100561920 len=17408
read t=51227642399 offset=100469760 len=20480
read t=51274307399 offset=101680128 len=12288
read t=51322221399 offset=145556480 len=4096
read t=51374690399 offset=100133888 len=15360
read t=51424964399 offset=145503232 len=1024
read t=51473383399 offset=145646592 len=1024
read t=51526378399 offset=101268480 len=25600
read t=51575139399 offset=100578304 len=17408
read t=51624951399 offset=100489216 len=19456
read t=51685246399 offset=145542144 len=1024
read t=51722924399 offset=145436672 len=1024
read t=51822306399 offset=145503232 len=5120
read t=51828286399 offset=100097024 len=19456
read t=51926917399 offset=145438720 len=1024
read t=52073152399 offset=145542144 len=5120
read t=52122739399 offset=145436672 len=3072
read t=52172893399 offset=145386496 len=1024
read t=52272972399 offset=145438720 len=3072
read t=52324010399 offset=145399808 len=1024
read t=52324048399 offset=145388544 len=1024
read t=52324320399 offset=145390592 len=1024
read t=52373201399 offset=145646592 len=1024
read t=52422671399 offset=145386496 len=3072
read t=52473957399 offset=101082112 len=51200
read t=52473996399 offset=101397504 len=26624
read t=52473999399 offset=100543488 len=19456
read t=52474001399 offset=101293056 len=27648
read t=52474004399 offset=101488640 len=17408
read t=52522784399 offset=145388544 len=3072
read t=52572784399 offset=145399808 len=3072
read t=52622786399 offset=145390592 len=3072
read t=52672848399 offset=145646592 len=1024
read t=52824695399 offset=101132288 len=52224
read t=52924333399 offset=101423104 len=25600
read t=52974578399 offset=101505024 len=36864
read t=53173017399 offset=145624064 len=1024
read t=53174081399 offset=145503232 len=1024
read t=53177521399 offset=6844416 len=38912
read t=53178493399 offset=145515520 len=1024
read t=53179239399 offset=145507328 len=1024
read t=53227979399 offset=145438720 len=1024
read t=53234154399 offset=145433600 len=1024
read t=53372954399 offset=145624064 len=3072
read t=53422421399 offset=145503232 len=5120
read t=53481260399 offset=145386496 len=1024
read t=53522646399 offset=145515520 len=5120
read t=53572699399 offset=145507328 len=5120
read t=53622664399 offset=145438720 len=3072
read t=53672798399 offset=145433600 len=4096
read t=53726478399 offset=99434496 len=25600
read t=53773371399 offset=145388544 len=1024
read t=53822713399 offset=145386496 len=3072
read t=53873828399 offset=145399808 len=1024
read t=53923512399 offset=145390592 len=1024
read t=53973498399 offset=101447680 len=24576
read t=54023524399 offset=97715200 len=22528
read t=54112883399 offset=145499136 len=1024
read t=54122300399 offset=145388544 len=3072
read t=54173319399 offset=7382016 len=41984
read t=54222737399 offset=145399808 len=3072
read t=54273109399 offset=145390592 len=3072
read t=54324132399 offset=101471232 len=18432
read t=54375731399 offset=97736704 len=23552
read t=54423259399 offset=145499136 len=5120
read t=54473647399 offset=145646592 len=1024
read t=54525631399 offset=7422976 len=9216
read t=54731158399 offset=145542144 len=1024
read t=54735671399 offset=145559552 len=1024
read t=54822850399 offset=145646592 len=1024
read t=54873656399 offset=145386496 len=1024
read t=54922759399 offset=145542144 len=5120
read t=54973266399 offset=145559552 len=5120
read t=55023576399 offset=145388544 len=1024
read t=55023620399 offset=145617920 len=1024
read t=55023625399 offset=145399808 len=1024
read t=55073002399 offset=145386496 len=3072
read t=55123178399 offset=145395712 len=1024
read t=55180274399 offset=145553408 len=1024
read t=55222506399 offset=145388544 len=3072
read t=55272390399 offset=145399808 len=3072
read t=55322519399 offset=145617920 len=4096
read t=55373211399 offset=7422976 len=9216
read t=55422651399 offset=145395712 len=3072
read t=55472953399 offset=145553408 len=4096
read t=55523038399 offset=145646592 len=1024
read t=55573832399 offset=145515520 len=1024
read t=55623981399 offset=14393344 len=26624
read t=55624855399 offset=11417600 len=25600
read t=55677672399 offset=145567744 len=1024
read t=55823406399 offset=145646592 len=1024
read t=55836550399 offset=145555456 len=4096
read t=55875823399 offset=145515520 len=5120
read t=55945936399 offset=145542144 len=1024
read t=55980087399 offset=145507328 len=1024
read t=56022690399 offset=145567744 len=4096
read t=56073100399 offset=145388544 len=1024
read t=56073133399 offset=145395712 len=1024
read t=56123074399 offset=145641472 len=4096
read t=56172932399 offset=145399808 len=1024
read t=56174878399 offset=145438720 len=1024
read t=56222784399 offset=145542144 len=5120
read t=56272625399 offset=145507328 len=5120
read t=56344041399 offset=145386496 len=1024
read t=56372548399 offset=145388544 len=3072
read t=56422543399 offset=145395712 len=3072
read t=56473200399 offset=0 len=4096
read t=56522554399 offset=145399808 len=3072
read t=56572568399 offset=145438720 len=3072
read t=56673133399 offset=145390592 len=1024
read t=56723207399 offset=145386496 len=3072
read t=56773465399 offset=145503232 len=1024
read t=56773497399 offset=145646592 len=1024
read t=56823505399 offset=145511424 len=1024
read t=56873165399 offset=4096 len=4096
read t=56972993399 offset=100148224 len=18432
read t=57022754399 offset=145390592 len=3072
read t=57073196399 offset=6882304 len=66560
read t=57122563399 offset=145503232 len=5120
read t=57172722399 offset=145646592 len=1024
read t=57222534399 offset=145511424 len=5120
read t=57272941399 offset=145645568 len=4096
read t=57327213399 offset=145542144 len=1024
read t=57424628399 offset=6947840 len=68608
read t=57473207399 offset=145388544 len=1024
read t=57522822399 offset=145399808 len=1024
read t=57523207399 offset=145617920 len=1024
read t=57573166399 offset=145395712 len=1024
read t=57623066399 offset=145514496 len=4096
read t=57672815399 offset=145542144 len=5120
read t=57733242399 offset=145386496 len=1024
read t=57772702399 offset=145388544 len=3072
read t=57822539399 offset=145399808 len=3072
read t=57872705399 offset=145617920 len=4096
read t=57922720399 offset=145395712 len=3072
read t=57973673399 offset=145616896 len=4096
read t=58023177399 offset=145390592 len=1024
read t=58072545399 offset=145386496 len=3072
read t=58123676399 offset=145646592 len=1024
read t=58123717399 offset=145503232 len=1024
read t=58226457399 offset=14418944 len=27648
read t=58226498399 offset=30643200 len=25600
read t=58226502399 offset=30927872 len=26624
read t=58323385399 offset=145518592 len=4096
read t=58372957399 offset=145390592 len=3072
read t=58423229399 offset=7344128 len=38912
read t=58473044399 offset=145503232 len=5120
read t=58522643399 offset=145646592 len=1024
read t=58628500399 offset=145559552 len=1024
read t=58692422399 offset=145515520 len=1024
read t=58723264399 offset=145444864 len=4096
read t=58833356399 offset=7015424 len=69632
read t=58873539399 offset=145388544 len=1024
read t=58923478399 offset=145507328 len=1024
read t=58923521399 offset=145395712 len=1024
read t=58972512399 offset=145559552 len=5120
read t=59022611399 offset=145515520 len=5120
read t=59072687399 offset=145346560 len=4096
read t=59125469399 offset=145386496 len=1024
read t=59173231399 offset=145388544 len=3072
read t=59222444399 offset=145395712 len=3072
read t=59272587399 offset=145507328 len=5120
read t=59331527399 offset=145553408 len=1024
read t=59374119399 offset=145399808 len=1024
read t=59423469399 offset=145301504 len=4096
read t=59472989399 offset=145386496 len=3072
read t=59523095399 offset=145646592 len=1024
read t=59524307399 offset=145542144 len=1024
read t=59574062399 offset=145511424 len=1024
read t=59623337399 offset=145390592 len=1024
read t=59673022399 offset=145553408 len=4096
read t=59722497399 offset=145399808 len=3072
read t=59773602399 offset=145272832 len=4096
read t=59823390399 offset=7084032 len=67584
read t=59872738399 offset=145646592 len=1024
read t=59922448399 offset=145542144 len=5120
read t=59972914399 offset=145511424 len=5120
read t=60023091399 offset=145390592 len=3072
read t=60173008399 offset=145182720 len=4096
read t=60229244399 offset=7286784 len=58368
read t=60250554399 offset=145559552 len=1024
read t=60272769399 offset=145388544 len=1024
read t=60273389399 offset=145515520 len=1024
read t=60323506399 offset=145418240 len=1024
read t=60372972399 offset=145395712 len=1024
read t=60423015399 offset=145646592 len=1024
read t=60473195399 offset=145149952 len=4096
read t=60526886399 offset=145386496 len=1024
read t=60572719399 offset=145559552 len=5120
read t=60622811399 offset=145388544 len=3072
read t=60673045399 offset=145515520 len=5120
read t=60722707399 offset=145418240 len=3072
read t=60772914399 offset=145395712 len=3072
read t=60822946399 offset=145646592 len=1024
read t=60873786399 offset=145141760 len=4096
read t=60922413399 offset=145386496 len=3072
read t=60973359399 offset=145438720 len=1024
read t=61024419399 offset=12735488 len=35840
read t=61073366399 offset=145399808 len=1024
read t=61222866399 offset=145390592 len=1024
read t=61223648399 offset=145534976 len=1024
read t=61224086399 offset=145617920 len=1024
read t=61273570399 offset=145162240 len=4096
read t=61323249399 offset=7217152 len=70656
read t=61373004399 offset=145438720 len=3072
read t=61425796399 offset=145388544 len=1024
read t=61473211399 offset=145399808 len=3072
read t=61522613399 offset=145390592 len=3072
read t=61572607399 offset=145534976 len=4096
read t=61622366399 offset=145617920 len=4096
read t=61673283399 offset=144068608 len=4096
read t=61736786399 offset=7150592 len=67584
read t=61773258399 offset=145646592 len=1024
read t=61822499399 offset=145388544 len=3072
read t=61918233399 offset=145616896 len=1024
read t=61923207399 offset=145507328 len=1024
read t=61973047399 offset=145418240 len=1024
read t=62024428399 offset=26003456 len=28672
read t=62074358399 offset=16384 len=4096
read t=62168479399 offset=98451456 len=17408
read t=62172710399 offset=145646592 len=1024
read t=62223835399 offset=12770304 len=11264
read t=62322965399 offset=145507328 len=5120
read t=62372978399 offset=145418240 len=3072
read t=62440879399 offset=145559552 len=1024
read t=62473093399 offset=32768 len=4096
read t=62541735399 offset=145553408 len=1024
read t=62573154399 offset=145438720 len=1024
read t=62573850399 offset=145399808 len=1024
read t=62673251399 offset=145390592 len=1024
read t=62723580399 offset=145646592 len=1024
read t=62773737399 offset=145559552 len=5120
read t=62823550399 offset=65536 len=4096
read t=62873183399 offset=145553408 len=4096
read t=62923072399 offset=145438720 len=3072
read t=62973705399 offset=145399808 len=3072
read t=63023187399 offset=145390592 len=3072
read t=63072946399 offset=145646592 len=1024
read t=63174525399 offset=131072 len=4096
read t=63223947399 offset=145556480 len=1024
read t=63273327399 offset=145624064 len=1024
read t=63324922399 offset=30743552 len=41984
read t=63422594399 offset=145418240 len=1024
read t=63424105399 offset=145553408 len=1024
read t=63473349399 offset=262144 len=4096
read t=63523232399 offset=145556480 len=4096
read t=63572830399 offset=145624064 len=3072
read t=63628203399 offset=30784512 len=23552
read t=63673227399 offset=145418240 len=3072
read t=63722704399 offset=145553408 len=4096
read t=63773233399 offset=524288 len=4096
read t=63823412399 offset=145433600 len=1024
read t=63874628399 offset=99538944 len=32768
read t=63925318399 offset=145399808 len=1024
read t=63974446399 offset=145534976 len=1024
read t=64022894399 offset=145386496 len=1024
read t=64073636399 offset=1048576 len=4096
read t=64123204399 offset=145433600 len=4096
read t=64222604399 offset=145399808 len=3072
read t=64272673399 offset=145534976 len=4096
read t=64322719399 offset=145386496 len=3072
read t=64373372399 offset=2097152 len=4096
read t=64423002399 offset=145646592 len=1024
read t=64473282399 offset=30807040 len=22528
read t=64623116399 offset=4194304 len=4096
read t=64672745399 offset=145646592 len=1024
read t=64725280399 offset=30807040 len=22528
read t=64773696399 offset=12288 len=4096
read t=64827266399 offset=145503232 len=1024
read t=64827327399 offset=145418240 len=1024
read t=64827618399 offset=145553408 len=1024
read t=64923051399 offset=28672 len=4096
read t=64973212399 offset=145418240 len=3072
read t=65023108399 offset=145503232 len=5120
read t=65073336399 offset=145553408 len=4096
read t=65122512399 offset=61440 len=4096
read t=65173291399 offset=145624064 len=1024
read t=65274243399 offset=145433600 len=1024
read t=65274283399 offset=145431552 len=1024
read t=65325607399 offset=8192 len=4096
read t=65325657399 offset=20480 len=8192
read t=65325662399 offset=36864 len=24576
read t=65325666399 offset=69632 len=61440
read t=65325673399 offset=135168 len=126976
read t=65373057399 offset=145624064 len=3072
read t=65422354399 offset=145431552 len=3072
read t=65473145399 offset=145433600 len=4096
read t=65736134399 offset=266240 len=258048
read t=65768458399 offset=145559552 len=1024
read t=65775372399 offset=145388544 len=1024
read t=65823399399 offset=145646592 len=1024
read t=65927232399 offset=144965632 len=176128
read t=65927271399 offset=145145856 len=4096
read t=65928341399 offset=145154048 len=8192
read t=65928357399 offset=145166336 len=16384
read t=65928361399 offset=145186816 len=40960
read t=65973163399 offset=145559552 len=5120
read t=66022838399 offset=145388544 len=3072
read t=66072775399 offset=145646592 len=1024
read t=66324947399 offset=145227776 len=45056
read t=66324989399 offset=145276928 len=24576
read t=66324993399 offset=145305600 len=40960
read t=66324995399 offset=145350656 len=94208
read t=66324999399 offset=145448960 len=40960
read t=66476025399 offset=97870848 len=28672
read t=66477015399 offset=145617920 len=1024
read t=66798291399 offset=145386496 len=1024
read t=66823313399 offset=145617920 len=4096
read t=66872706399 offset=145386496 len=3072
read t=66923957399 offset=11639808 len=22528
read t=66972927399 offset=10358784 len=40960
read t=67074790399 offset=145616896 len=2048
read t=67087201399 offset=10398720 len=57344
read t=67097260399 offset=145534976 len=1024
read t=67174451399 offset=10455040 len=61440
read t=67223103399 offset=145534976 len=4096
read t=67275344399 offset=10515456 len=25600
read t=67324088399 offset=145418240 len=1024
read t=67376625399 offset=10540032 len=12288
read t=67422510399 offset=145418240 len=3072
read t=67474467399 offset=10551296 len=12288
read t=67523045399 offset=145624064 len=1024
read t=67574718399 offset=10562560 len=16384
read t=67622590399 offset=145624064 len=3072
read t=67674233399 offset=10577920 len=30720
read t=67723698399 offset=68319232 len=26624
read t=67775205399 offset=10607616 len=32768
read t=67876753399 offset=10639360 len=22528
read t=67924540399 offset=10660864 len=21504
read t=67961958399 offset=145559552 len=1024
read t=67976851399 offset=10681344 len=21504
read t=68022978399 offset=145559552 len=5120
read t=68073496399 offset=10701824 len=21504
read t=68123603399 offset=145438720 len=1024
read t=68174751399 offset=10722304 len=20480
read t=68222576399 offset=145438720 len=3072
read t=68274039399 offset=10741760 len=17408
read t=68322721399 offset=145646592 len=1024
read t=68375019399 offset=10758144 len=17408
read t=68422777399 offset=145646592 len=1024
read t=68474950399 offset=10774528 len=17408
read t=68523943399 offset=99502080 len=37888
read t=68575067399 offset=10790912 len=21504
read t=68674011399 offset=10811392 len=4096
read t=68726129399 offset=145381376 len=1024
read t=68726630399 offset=10811392 len=4096
read t=68752663399 offset=99473408 len=29696
read t=68891548399 offset=145381376 len=3072
read t=68932955399 offset=145515520 len=1024
read t=68984022399 offset=145515520 len=5120
read t=69004726399 offset=145553408 len=1024
read t=69023060399 offset=145397760 len=1024
read t=69024190399 offset=102684672 len=52224
read t=69072519399 offset=145553408 len=4096
read t=69122871399 offset=145397760 len=3072
read t=69176218399 offset=145499136 len=1024
read t=69273416399 offset=145617920 len=1024
read t=69322703399 offset=145499136 len=5120
read t=69334669399 offset=145390592 len=1024
read t=69372694399 offset=145617920 len=4096
read t=69423108399 offset=145386496 len=1024
read t=69472740399 offset=145390592 len=3072
read t=69524974399 offset=30332928 len=32768
read t=69573032399 offset=145386496 len=3072
read t=69623426399 offset=14445568 len=40960
read t=69723308399 offset=145646592 len=1024
read t=69777139399 offset=14485504 len=23552
read t=69800556399 offset=145438720 len=1024
read t=69822767399 offset=145646592 len=1024
read t=69903446399 offset=145503232 len=1024
read t=69922987399 offset=145438720 len=3072
read t=69973447399 offset=145383424 len=1024
read t=70022960399 offset=145503232 len=5120
read t=70073058399 offset=101540864 len=44032
read t=70122937399 offset=145383424 len=4096
read t=70174037399 offset=10072064 len=40960
read t=70224184399 offset=101583872 len=49152
read t=70274070399 offset=1400832 len=58368
read t=70325455399 offset=10112000 len=29696
read t=70474762399 offset=145616896 len=1024
read t=70475164399 offset=10140672 len=21504
read t=70575492399 offset=10161152 len=3072
read t=70622048399 offset=145616896 len=2048
read t=70623130399 offset=10161152 len=3072
read t=70851821399 offset=145542144 len=1024
read t=70854712399 offset=145542144 len=5120
read t=70856069399 offset=145507328 len=1024
read t=70872776399 offset=145507328 len=5120
read t=70923418399 offset=145390592 len=1024
read t=70973126399 offset=145390592 len=3072
read t=71022646399 offset=145617920 len=1024
read t=71072416399 offset=145617920 len=4096
read t=71124585399 offset=14938112 len=27648
read t=71179938399 offset=145570816 len=1024
read t=71219812399 offset=145646592 len=1024
read t=71272862399 offset=145646592 len=1024
read t=71323633399 offset=14418944 len=27648
read t=71378026399 offset=145570816 len=6144
read t=71422981399 offset=145448960 len=1024
read t=71473650399 offset=145448960 len=3072
read t=71523319399 offset=145626112 len=1024
read t=71573214399 offset=145626112 len=3072
read t=71626657399 offset=122182656 len=36864
read t=71676788399 offset=145383424 len=1024
read t=71723212399 offset=145383424 len=4096
read t=71773671399 offset=283648 len=50176
read t=71831730399 offset=839680 len=18432
read t=71878353399 offset=145567744 len=1024
read t=71923139399 offset=145567744 len=4096
read t=71974123399 offset=145442816 len=1024
read t=72022607399 offset=145442816 len=4096
read t=72075544399 offset=117419008 len=44032
read t=72128116399 offset=117462016 len=24576
read t=72179825399 offset=332800 len=49152
read t=72226240399 offset=380928 len=70656
read t=72288215399 offset=450560 len=72704
read t=72325011399 offset=522240 len=71680
read t=72375756399 offset=592896 len=71680
read t=72430413399 offset=736256 len=58368
read t=72475720399 offset=793600 len=47104
read t=72539618399 offset=663552 len=73728
read t=72618770399 offset=145499136 len=1024
read t=72622726399 offset=145499136 len=5120
read t=72673671399 offset=145381376 len=1024
read t=72723485399 offset=145381376 len=3072
read t=72773347399 offset=145617920 len=1024
read t=72804567399 offset=145559552 len=1024
read t=72839745399 offset=145570816 len=1024
read t=72873010399 offset=145559552 len=5120
read t=72922691399 offset=145570816 len=6144
read t=72980101399 offset=145553408 len=1024
read t=73023378399 offset=145448960 len=1024
read t=73072914399 offset=145553408 len=4096
read t=73123102399 offset=145448960 len=3072
read t=73224600399 offset=145646592 len=1024
read t=73272803399 offset=145646592 len=1024
read t=73322984399 offset=145626112 len=1024
read t=73372767399 offset=145626112 len=3072
read t=73433119399 offset=121562112 len=43008
read t=73487953399 offset=145617920 len=4096
read t=73549567399 offset=145499136 len=1024
read t=73572819399 offset=145499136 len=5120
read t=73623197399 offset=145381376 len=1024
read t=73672717399 offset=145381376 len=3072
read t=73722551399 offset=145617920 len=1024
read t=73772556399 offset=145617920 len=4096
read t=73827630399 offset=0 len=73728
read t=73909247399 offset=145383424 len=1024
read t=73922296399 offset=145383424 len=4096
read t=73986410399 offset=6136832 len=26624
end files=1106 reads=1369
