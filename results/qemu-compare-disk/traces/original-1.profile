liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145647172 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0409e77563576e774d6dcc13be3b6c7b696370f4d6896413714eb2d56a3733c
events 1414
dropped 0
boots 1
duration_ns 73058233486
file /usr/lib/systemd/systemd inode=5910 t=7282322777 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/systemd/systemd-ac-power inode=5911 t=7282322777 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7831366777 kinds=block pages=0-52 count=3
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8331905777 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8434492777 kinds=block pages=0-817 count=26
file /etc/adduser.conf inode=20 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/alternatives/README inode=22 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/01autoremove inode=43 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/apt.conf.d/70debconf inode=44 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/sources.list inode=48 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=8732181777 kinds=fragment-inferred,block pages=0-2 count=22
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/bash.bashrc inode=60 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/bindresvport.blacklist inode=61 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.d/e2scrub_all inode=64 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/apt-compat inode=66 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/cron.daily/dpkg inode=67 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/debconf.conf inode=68 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/debian_version inode=69 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/hwclock inode=71 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/nss inode=72 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/default/useradd inode=73 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/deluser.conf inode=74 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/dpkg.cfg inode=76 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/dpkg/origins/debian inode=79 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/e2scrub.conf inode=81 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/fstab inode=83 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/gai.conf inode=84 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/group inode=85 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/group- inode=86 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow inode=87 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/gshadow- inode=88 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/host.conf inode=89 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/hostname inode=90 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/hwclock.sh inode=92 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/kmod inode=93 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/init.d/udev inode=94 t=8732181777 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/issue inode=95 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/issue.net inode=96 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.cache inode=100 t=8732181777 kinds=fragment-inferred,block pages=0-1 count=22
file /etc/ld.so.conf inode=101 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/libc.conf inode=103 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/libaudit.conf inode=105 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/login.defs inode=107 t=8732181777 kinds=fragment-inferred,block pages=0-3 count=22
file /etc/logrotate.d/alternatives inode=109 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/apt inode=110 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/logrotate.d/dpkg inode=111 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/machine-id inode=112 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/mke2fs.conf inode=113 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/modules inode=115 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/motd inode=118 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/nsswitch.conf inode=120 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.conf inode=123 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chfn inode=125 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chpasswd inode=126 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /etc/pam.d/chsh inode=127 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/base-files/motd inode=7478 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=8732181777 kinds=fragment-inferred,block pages=0 count=22
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8784171777 kinds=block pages=0-470 count=16
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9332181777 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9385098777 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6510 t=9385098777 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6512 t=9385098777 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6513 t=9385098777 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9534109777 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9587584777 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9635174777 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=9635174777 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9683243777 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9781710777 kinds=block pages=0-98 count=5
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=9982167777 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=9982167777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9982167777 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=9982167777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=10034261777 kinds=block pages=0-86 count=3
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=10133167777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=10133167777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6447 t=10133167777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6455 t=10133167777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6457 t=10133167777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=10183092777 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10282454777 kinds=block pages=0-95,224-325 count=8
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=10481545777 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6484 t=10481545777 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10533880777 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10631611777 kinds=block pages=0-255,544-607,800-927,1024-1155 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10931489777 kinds=block pages=0-95,160-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=11033449777 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11131370777 kinds=block pages=0-159,192-222 count=6
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11235377777 kinds=block pages=0-153 count=5
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11432098777 kinds=block pages=0-38 count=2
file /usr/lib/lsb/init-functions inode=644 t=15680360777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=646 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=647 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=650 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=651 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=15680360777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=662 t=15680360777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=664 t=15680360777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=665 t=15680360777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=666 t=15680360777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=16030404777 kinds=fragment-inferred,block pages=0-11 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/os-release inode=5577 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/pam.d/systemd-user inode=5579 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=16030404777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=16030404777 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=16030404777 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=16030404777 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=16030404777 kinds=fragment-inferred,block pages=0-1 count=4
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=16030404777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.dep inode=5569 t=16085526777 kinds=block pages=128 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=16085526777 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16181764777 kinds=block pages=0-191,288-308 count=8
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=16282666777 kinds=block pages=0-63 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=16381914777 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=16381914777 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=16381914777 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=16381914777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=16381914777 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=17080453777 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=18132312777 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=18132312777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=4767 t=18281545777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=4768 t=18281545777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=18281545777 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=18281545777 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1184 t=19185907777 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1185 t=19185907777 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=19185907777 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1188 t=19185907777 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1189 t=19185907777 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/kmod inode=384 t=20130571777 kinds=block pages=0-43 count=3
file /etc/pam.d/common-account inode=128 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-auth inode=129 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-password inode=130 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session inode=131 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/common-session-noninteractive inode=132 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/login inode=133 t=21430912777 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/pam.d/newusers inode=134 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/other inode=135 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/passwd inode=136 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser inode=137 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/runuser-l inode=138 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su inode=139 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/pam.d/su-l inode=140 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd inode=141 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/passwd- inode=142 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/profile inode=143 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/resolv.conf inode=160 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/access.conf inode=163 t=21430912777 kinds=fragment-inferred,block pages=0-1 count=10
file /etc/security/faillock.conf inode=164 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/group.conf inode=165 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/limits.conf inode=166 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.conf inode=168 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/namespace.init inode=170 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/pam_env.conf inode=172 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/sepermit.conf inode=173 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/security/time.conf inode=174 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/selinux/semanage.conf inode=176 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow inode=177 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/shadow- inode=178 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/shells inode=179 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bash_logout inode=181 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.bashrc inode=182 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/skel/.profile inode=183 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/journald.conf inode=189 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/logind.conf inode=190 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/networkd.conf inode=192 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/pstore.conf inode=193 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/sleep.conf inode=194 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system/liveopt-marker.service inode=199 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/system.conf inode=213 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/systemd/user.conf inode=215 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/terminfo/README inode=217 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/timezone inode=218 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/udev/udev.conf inode=223 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/update-motd.d/10-uname inode=225 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /etc/xattr.conf inode=226 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /root/.bashrc inode=238 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /root/.profile inode=239 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /usr/bin/[ inode=267 t=21430912777 kinds=fragment-inferred,block pages=0-16 count=10
file /usr/share/base-files/dot.bashrc inode=7474 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/dot.profile inode=7475 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /usr/share/base-files/profile inode=7479 t=21430912777 kinds=fragment-inferred,block pages=0 count=10
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-set.target inode=5872 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/time-sync.target inode=5873 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/timers.target inode=5874 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/umount.target inode=5878 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user.slice inode=5883 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service inode=5884 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=22866226777 kinds=fragment-inferred,block pages=0 count=8
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=22866226777 kinds=fragment-inferred,block pages=0-8 count=8
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=22866226777 kinds=fragment-inferred,block pages=0-3 count=8
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=22866226777 kinds=fragment-inferred,block pages=0-10 count=8
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=22866226777 kinds=fragment-inferred,block pages=0-5 count=8
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=22889160777 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=22889160777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=22889160777 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=22889160777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=22889160777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=22889160777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=23082154777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=23082154777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=23082154777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=26114872777 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/resolv.conf inode=5614 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/basic.target inode=5621 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/console-getty.service inode=5625 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.service inode=5647 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/emergency.target inode=5648 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/exit.target inode=5649 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/final.target inode=5651 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.service inode=5653 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty-static.service inode=5656 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty.target inode=5657 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/getty@.service inode=5660 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/graphical.target inode=5661 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/halt.target inode=5664 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hibernate.target inode=5665 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/initrd.target inode=5682 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kexec.target inode=5687 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/local-fs.target inode=5691 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/machine.slice inode=5693 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/multi-user.target inode=5695 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-online.target inode=5702 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network-pre.target inode=5703 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/network.target inode=5704 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/paths.target inode=5708 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/poweroff.target inode=5709 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/printer.target inode=5710 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/quotaon.service inode=5714 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service inode=5715 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/reboot.target inode=5720 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.service inode=5725 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rescue.target inode=5726 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/shutdown.target inode=5743 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sleep.target inode=5745 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/slices.target inode=5746 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/smartcard.target inode=5747 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sockets.target inode=5748 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sound.target inode=5756 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/suspend.target inode=5758 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/swap.target inode=5759 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/sysinit.target inode=5764 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/syslog.socket inode=5795 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/system-update.target inode=5799 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/smartcard.target inode=5969 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/user/sound.target inode=5971 t=26114872777 kinds=fragment-inferred,block pages=0 count=6
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=27178590777 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=422 t=28547802777 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=423 t=28547802777 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=29885889777 kinds=block pages=0-41 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32237515777 kinds=block pages=0-105 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=32287323777 kinds=block pages=0-100 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/edd.ko inode=1175 t=32836458777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1177 t=32836458777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=32836458777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1179 t=32836458777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1181 t=32836458777 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1182 t=32836458777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1183 t=32836458777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=32987069777 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=35138967777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=5927 t=35138967777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=5928 t=35138967777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=35138967777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-quotacheck inode=5935 t=35141043777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=35141043777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=35141043777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=5938 t=35141043777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=5939 t=35141043777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/apt/methods/store inode=603 t=35288849777 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/apt/solvers/dump inode=607 t=35288849777 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/dpkg/methods/apt/desc.apt inode=612 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/install inode=613 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/names inode=614 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/dpkg/methods/apt/setup inode=615 t=35288849777 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/dpkg/methods/apt/update inode=616 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/init/init-d-script inode=620 t=35288849777 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/init/vars.sh inode=621 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.conf inode=623 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/50-depmod.install inode=625 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/85-initrd.install inode=626 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/kernel/install.d/90-loaderentry.install inode=627 t=35288849777 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=35288849777 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/udevadm inode=546 t=36136919777 kinds=block pages=0-330 count=12
file /usr/bin/systemd-stdio-bridge inode=518 t=38787633777 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/bin/systemd-sysext inode=519 t=38787633777 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/systemd-sysusers inode=520 t=38787633777 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6406 t=38836865777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6407 t=38836865777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6408 t=38836865777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6409 t=38836865777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=38836865777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/journalctl inode=382 t=40341764777 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=383 t=40341764777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=40389194777 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-sysv-install inode=5946 t=40389194777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/systemd-time-wait-sync inode=5947 t=40389194777 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-timedated inode=5948 t=40389194777 kinds=fragment-inferred,block pages=0-10 count=4
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=40389194777 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-runtime-dir inode=5951 t=40389194777 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=40543859777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-veritysetup inode=5953 t=40543859777 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-volatile-root inode=5954 t=40543859777 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=5955 t=40543859777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user/app.slice inode=5957 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/background.slice inode=5958 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/basic.target inode=5959 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/bluetooth.target inode=5960 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/default.target inode=5961 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/exit.target inode=5962 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session-pre.target inode=5963 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/graphical-session.target inode=5964 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/paths.target inode=5965 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/printer.target inode=5966 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/session.slice inode=5967 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/shutdown.target inode=5968 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/sockets.target inode=5970 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-exit.service inode=5972 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=5973 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=5974 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=5975 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/timers.target inode=5976 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=5977 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=5979 t=40543859777 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=5981 t=40543859777 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/user-preset/90-systemd.preset inode=5983 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/basic.conf inode=5985 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=40543859777 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=43211789777 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=43838428777 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/terminfo/E/Eterm inode=5990 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/a/ansi inode=5993 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25 inode=5995 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cons25-debian inode=5996 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/c/cygwin inode=5997 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/d/dumb inode=5999 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/h/hurd inode=6001 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/l/linux inode=6003 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach inode=6005 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-bold inode=6006 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-color inode=6007 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu inode=6008 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/m/mach-gnu-color inode=6009 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/p/pcansi inode=6011 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt inode=6013 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-basic inode=6014 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode inode=6016 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6017 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen inode=6019 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color inode=6020 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-256color-bce inode=6021 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-bce inode=6022 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-s inode=6023 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen-w inode=6024 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/screen.xterm-256color inode=6025 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/s/sun inode=6026 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux inode=6028 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/t/tmux-256color inode=6029 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt100 inode=6031 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt102 inode=6032 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt220 inode=6033 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/v/vt52 inode=6034 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25 inode=6036 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/w/wsvt25m inode=6037 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm inode=6039 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-256color inode=6040 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-color inode=6041 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-mono inode=6043 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r5 inode=6044 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-r6 inode=6045 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-vt220 inode=6046 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/terminfo/x/xterm-xfree86 inode=6047 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=44387501777 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=45945514777 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=41
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6103 t=48845686777 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/lib/udev/mtd_probe inode=6104 t=48845686777 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=48845686777 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=48845686777 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=48845686777 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=48845686777 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=48998270777 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=48998270777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=48998270777 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6147 t=48998270777 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6148 t=48998270777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/systemctl inode=495 t=53244171777 kinds=block pages=0-330 count=12
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/apei/einj.ko inode=815 t=55443805777 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/battery.ko inode=816 t=55443805777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=55443805777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=55444183777 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1081 t=55444183777 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1082 t=55444183777 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1083 t=55444183777 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1084 t=55444183777 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2003 t=57495390777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/parkbd.ko inode=2004 t=57495390777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/pcips2.ko inode=2005 t=57495390777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=57495390777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serport.ko inode=2007 t=57495390777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/sparse-keymap.ko inode=2008 t=57495390777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/cm109.ko inode=1979 t=57495437777 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=1980 t=57495437777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=1981 t=57495437777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=57495437777 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/powermate.ko inode=1983 t=57495437777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1085 t=59192666777 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1086 t=59192666777 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=59192666777 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=59192666777 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=59943244777 kinds=block pages=0-46 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1544 t=61494038777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1545 t=61494038777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1546 t=61494038777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=61494038777 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=63093062777 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=63543504777 kinds=block pages=0-95 count=4
file /usr/bin/addpart inode=268 t=65193244777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=65193244777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=65193426777 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=65193426777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=65193426777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=65193426777 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=65193426777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=65193426777 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=65193426777 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=65193426777 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=65193426777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=65595967777 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=65595967777 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/bash inode=283 t=65595967777 kinds=block pages=0-308 count=11
file /var/lib/dpkg/info/libext2fs2:amd64.md5sums inode=12463 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.shlibs inode=12464 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=12465 t=65744736777 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.list inode=12467 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.md5sums inode=12468 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.shlibs inode=12469 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=12470 t=65744736777 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libffi8:amd64.list inode=12472 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.md5sums inode=12473 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.shlibs inode=12474 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libffi8:amd64.symbols inode=12475 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.list inode=12477 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.md5sums inode=12478 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.shlibs inode=12479 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=12480 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.list inode=12482 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.md5sums inode=12483 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.postinst inode=12484 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.shlibs inode=12485 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=12486 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libgmp10:amd64.list inode=12488 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.md5sums inode=12489 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.shlibs inode=12490 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.list inode=12492 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.md5sums inode=12493 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.shlibs inode=12494 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=12495 t=65744736777 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.list inode=12497 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.md5sums inode=12498 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.shlibs inode=12499 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=12500 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.list inode=12502 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.md5sums inode=12503 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.shlibs inode=12504 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=12505 t=65744736777 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.triggers inode=12506 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.list inode=12507 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.md5sums inode=12508 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.shlibs inode=12509 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.symbols inode=12510 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libidn2-0:amd64.triggers inode=12511 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.list inode=12512 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.md5sums inode=12513 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.shlibs inode=12514 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.symbols inode=12515 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.list inode=12517 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.md5sums inode=12518 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.shlibs inode=12519 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=12520 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libkmod2:amd64.list inode=12522 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.md5sums inode=12523 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.shlibs inode=12524 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.symbols inode=12525 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkmod2:amd64.triggers inode=12526 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.list inode=12527 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.md5sums inode=12528 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.shlibs inode=12529 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.symbols inode=12530 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblz4-1:amd64.triggers inode=12531 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.list inode=12532 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.md5sums inode=12533 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.shlibs inode=12534 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=12535 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libmd0:amd64.list inode=12537 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.md5sums inode=12538 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.shlibs inode=12539 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.symbols inode=12540 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmd0:amd64.triggers inode=12541 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.list inode=12542 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.md5sums inode=12543 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.shlibs inode=12544 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=12545 t=65744736777 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libnettle8:amd64.list inode=12547 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.md5sums inode=12548 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.shlibs inode=12549 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=12550 t=65744736777 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libnettle8:amd64.triggers inode=12551 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.list inode=12552 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.md5sums inode=12553 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.shlibs inode=12554 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=12555 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.triggers inode=12556 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.list inode=12557 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules-bin.md5sums inode=12558 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.conffiles inode=12559 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=12560 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=12561 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postinst inode=12562 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=12563 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.preinst inode=12564 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=12576 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.triggers inode=12585 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=12565 t=65744736777 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libpam-runtime.conffiles inode=12566 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=12567 t=65744736777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=12568 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam-runtime.postinst inode=12569 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.postrm inode=12570 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.prerm inode=12571 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=12572 t=65744736777 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpam0g:amd64.list inode=12573 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.md5sums inode=12574 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=12575 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libpam0g:amd64.shlibs inode=12577 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.symbols inode=12578 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=12579 t=65744736777 kinds=fragment-inferred,block pages=0-8 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.list inode=12581 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums inode=12582 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs inode=12583 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpcre2-8-0:amd64.symbols inode=12584 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.list inode=12586 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.md5sums inode=12587 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.shlibs inode=12588 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=12622 t=65744736777 kinds=block pages=0-60 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=12628 t=65744736777 kinds=block pages=0-101 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.symbols inode=12589 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.list inode=12591 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.md5sums inode=12592 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.shlibs inode=12593 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=12594 t=65744736777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsemanage-common.conffiles inode=12596 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.list inode=12597 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage-common.md5sums inode=12598 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.list inode=12599 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.md5sums inode=12600 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.shlibs inode=12601 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=12602 t=65744736777 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/libsepol2:amd64.list inode=12604 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.md5sums inode=12605 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.shlibs inode=12606 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=12607 t=65744736777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.list inode=12609 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.md5sums inode=12610 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.shlibs inode=12611 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=12612 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libss2:amd64.list inode=12614 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.md5sums inode=12615 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.shlibs inode=12616 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.symbols inode=12617 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.list inode=12619 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.md5sums inode=12620 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.shlibs inode=12621 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.list inode=12624 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.md5sums inode=12625 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.prerm inode=12626 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.shlibs inode=12627 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.list inode=12630 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd-shared:amd64.md5sums inode=12631 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.list inode=12632 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.md5sums inode=12633 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.shlibs inode=12634 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=12635 t=65744736777 kinds=fragment-inferred,block pages=0-6 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.list inode=12637 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.md5sums inode=12638 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.shlibs inode=12639 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.symbols inode=12640 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.list inode=12642 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.md5sums inode=12643 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.shlibs inode=12644 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=12645 t=65744736777 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=12647 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=12648 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=12649 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=12650 t=65744736777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=12652 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=12653 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=12654 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=12655 t=65744736777 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=12657 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=12658 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=12659 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=12660 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=12662 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=12663 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=12664 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=12665 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=12666 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=12667 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=12668 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=12669 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=12671 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=12672 t=65744736777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=12673 t=65744736777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=12674 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=12675 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=12676 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=12677 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=12678 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=12679 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=12680 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=12681 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=12682 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=12683 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=12684 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=12685 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=12686 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=12687 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=12688 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=12689 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=12690 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=12691 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=12692 t=65744736777 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=12693 t=65744736777 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=12694 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=12695 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=12696 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=12697 t=65744736777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=12698 t=65744776777 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=12699 t=65744776777 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=12700 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=12701 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=12702 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=12703 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=12704 t=65744776777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=12705 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=12706 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=12707 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=12708 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=12709 t=65744776777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=12710 t=65744782777 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=12711 t=65744782777 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=12712 t=65744782777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=12713 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=12714 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=12715 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=12716 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=12717 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=12718 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=12719 t=65744782777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=12720 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=12721 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=12722 t=65744782777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=12723 t=65744782777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=65744785777 kinds=block pages=0-69 count=2
file /var/lib/dpkg/info/tzdata.list inode=12724 t=66143762777 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=12725 t=66143762777 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=12726 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=12727 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=12728 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=12729 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=12731 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=12732 t=66143762777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=12733 t=66143762777 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=12734 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=12735 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=12736 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=12737 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=12738 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=12739 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=12740 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=12741 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=12742 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=66143762777 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=66143762777 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=66143762777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=66144147777 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/systemd/catalog/database inode=12783 t=66144406777 kinds=block pages=0-52 count=1
file /var/lib/dpkg/status-old inode=12764 t=66144718777 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=66144718777 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=66144718777 kinds=fragment-inferred,block pages=0-16 count=5
file /var/log/dpkg.log inode=12809 t=66144718777 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=66243587777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_piix.ko inode=831 t=66243587777 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=67041994777 kinds=block pages=0-580 count=20
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=67292978777 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=68093301777 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/udev/ata_id inode=6065 t=68299613777 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=68867964777 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6068 t=68867964777 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=68867964777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6075 t=68867964777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6076 t=68867964777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6077 t=68867964777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6079 t=68867964777 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6080 t=68867964777 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=69392470777 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=1881 t=69793318777 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=69793318777 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/dash inode=306 t=69893244777 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=69992932777 kinds=block pages=0-97 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=71093349777 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1146 t=71093349777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/i3000_edac.ko inode=1147 t=71093349777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/e2scrub inode=7373 t=71396396777 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7374 t=71396396777 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7375 t=71396396777 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7376 t=71396396777 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7377 t=71396396777 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7378 t=71396396777 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7379 t=71396396777 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=71844405777 kinds=block pages=0-49 count=2
file /usr/bin/pwd inode=452 t=72907829777 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=454 t=72907829777 kinds=fragment-inferred,block pages=0-12 count=1
read t=4908718777 offset=0 len=4096
read t=4918131777 offset=4096 len=4096
read t=4918682777 offset=12288 len=4096
read t=5527266777 offset=0 len=1024
read t=5528898777 offset=145646592 len=1024
read t=5529235777 offset=145646592 len=1024
read t=5529768777 offset=145628160 len=1024
read t=5579648777 offset=145498112 len=1024
read t=5629440777 offset=145498112 len=2048
read t=5694512777 offset=145646592 len=1024
read t=5729216777 offset=145646592 len=1024
read t=5816822777 offset=145616896 len=1024
read t=5828356777 offset=145616896 len=2048
read t=5881010777 offset=145383424 len=1024
read t=5929167777 offset=145383424 len=4096
read t=5981897777 offset=145494016 len=1024
read t=6029234777 offset=145494016 len=3072
read t=6080412777 offset=145611776 len=1024
read t=6129770777 offset=145611776 len=4096
read t=6179885777 offset=145448960 len=1024
read t=6229323777 offset=145448960 len=3072
read t=6280020777 offset=145570816 len=1024
read t=6329537777 offset=145570816 len=6144
read t=6384464777 offset=145499136 len=1024
read t=6429220777 offset=145499136 len=5120
read t=6505508777 offset=145381376 len=1024
read t=6529358777 offset=145381376 len=3072
read t=6580498777 offset=145646592 len=1024
read t=6629248777 offset=145646592 len=1024
read t=6688618777 offset=145616896 len=1024
read t=6729251777 offset=145616896 len=2048
read t=6779494777 offset=145383424 len=1024
read t=6829273777 offset=145383424 len=4096
read t=6929118777 offset=145436672 len=1024
read t=6929497777 offset=145436672 len=3072
read t=6980092777 offset=145556480 len=1024
read t=7029159777 offset=145556480 len=4096
read t=7080119777 offset=145624064 len=1024
read t=7129118777 offset=145624064 len=3072
read t=7180680777 offset=145570816 len=1024
read t=7229226777 offset=145570816 len=6144
read t=7282322777 offset=98541568 len=33792
read t=7333618777 offset=145611776 len=1024
read t=7379493777 offset=145611776 len=4096
read t=7429583777 offset=145448960 len=1024
read t=7479090777 offset=145448960 len=3072
read t=7534006777 offset=145646592 len=1024
read t=7579035777 offset=145646592 len=1024
read t=7629961777 offset=145567744 len=1024
read t=7679128777 offset=145567744 len=4096
read t=7729618777 offset=145440768 len=1024
read t=7779199777 offset=145440768 len=3072
read t=7831366777 offset=105643008 len=74752
read t=7887394777 offset=105716736 len=26624
read t=7945698777 offset=145616896 len=1024
read t=7979097777 offset=145616896 len=2048
read t=8029522777 offset=145381376 len=1024
read t=8079227777 offset=145381376 len=3072
read t=8129956777 offset=145499136 len=1024
read t=8179252777 offset=145499136 len=5120
read t=8232007777 offset=145570816 len=1024
read t=8279148777 offset=145570816 len=6144
read t=8331905777 offset=119597056 len=34816
read t=8387468777 offset=120210432 len=9216
read t=8434492777 offset=120218624 len=54272
read t=8487394777 offset=121531392 len=10240
read t=8548355777 offset=120271872 len=33792
read t=8581605777 offset=120304640 len=22528
read t=8635625777 offset=145617920 len=1024
read t=8679318777 offset=145617920 len=4096
read t=8732181777 offset=0 len=73728
read t=8784171777 offset=107049984 len=54272
read t=8837332777 offset=107832320 len=25600
read t=8885110777 offset=107103232 len=63488
read t=8940553777 offset=145442816 len=1024
read t=8979137777 offset=145442816 len=4096
read t=9029676777 offset=145646592 len=1024
read t=9079092777 offset=145646592 len=1024
read t=9129565777 offset=145567744 len=1024
read t=9179187777 offset=145567744 len=4096
read t=9229887777 offset=145626112 len=1024
read t=9278493777 offset=145626112 len=3072
read t=9332181777 offset=116075520 len=45056
read t=9385098777 offset=115435520 len=34816
read t=9433676777 offset=145440768 len=1024
read t=9479144777 offset=145440768 len=3072
read t=9534109777 offset=107005952 len=45056
read t=9587584777 offset=114067456 len=47104
read t=9635174777 offset=106809344 len=47104
read t=9683243777 offset=115504128 len=58368
read t=9735432777 offset=115561472 len=17408
read t=9781710777 offset=114113536 len=49152
read t=9834987777 offset=114224128 len=52224
read t=9880789777 offset=114275328 len=3072
read t=9930109777 offset=114275328 len=3072
read t=9982167777 offset=105742336 len=56320
read t=10034261777 offset=106862592 len=54272
read t=10082702777 offset=106978304 len=28672
read t=10133167777 offset=110878720 len=33792
read t=10183092777 offset=107906048 len=47104
read t=10234112777 offset=107952128 len=33792
read t=10282454777 offset=111331328 len=47104
read t=10333745777 offset=111776768 len=43008
read t=10381069777 offset=111818752 len=10240
read t=10428741777 offset=111818752 len=10240
read t=10481545777 offset=113432576 len=39936
read t=10533880777 offset=113471488 len=58368
read t=10582969777 offset=113528832 len=6144
read t=10631611777 offset=107984896 len=59392
read t=10682172777 offset=109714432 len=14336
read t=10729920777 offset=109727744 len=3072
read t=10779345777 offset=109727744 len=3072
read t=10831842777 offset=108043264 len=34816
read t=10881266777 offset=108077056 len=18432
read t=10931489777 offset=118269952 len=54272
read t=10988310777 offset=118531072 len=39936
read t=11033449777 offset=113533952 len=63488
read t=11082683777 offset=113596416 len=31744
read t=11131370777 offset=113627136 len=51200
read t=11182370777 offset=114020352 len=48128
read t=11235377777 offset=115205120 len=68608
read t=11283896777 offset=115416064 len=20480
read t=11331231777 offset=115272704 len=51200
read t=11380724777 offset=115322880 len=54272
read t=11432098777 offset=113039360 len=57344
read t=11482245777 offset=113095680 len=9216
read t=11535374777 offset=145448960 len=1024
read t=11579279777 offset=145448960 len=3072
read t=11629376777 offset=119630848 len=20480
read t=11680432777 offset=119650304 len=49152
read t=11737799777 offset=107350016 len=46080
read t=11780470777 offset=107395072 len=66560
read t=11831658777 offset=107283456 len=67584
read t=11883292777 offset=107531264 len=59392
read t=11930565777 offset=107589632 len=68608
read t=11981510777 offset=107742208 len=45056
read t=12030586777 offset=107786240 len=47104
read t=12083507777 offset=113677312 len=59392
read t=12130964777 offset=113735680 len=56320
read t=12181804777 offset=113790976 len=55296
read t=12230558777 offset=113845248 len=89088
read t=12282371777 offset=118323200 len=58368
read t=12331970777 offset=118380544 len=39936
read t=12382230777 offset=109652992 len=33792
read t=12430421777 offset=109685760 len=17408
read t=12480561777 offset=108094464 len=19456
read t=12530365777 offset=108112896 len=19456
read t=12587022777 offset=109702144 len=13312
read t=12632035777 offset=108131328 len=18432
read t=12681071777 offset=108148736 len=41984
read t=12731658777 offset=108189696 len=62464
read t=12794252777 offset=111377408 len=66560
read t=12830698777 offset=111442944 len=39936
read t=12882139777 offset=106915840 len=63488
read t=12933160777 offset=114161664 len=63488
read t=12983976777 offset=121497600 len=34816
read t=13031679777 offset=120326144 len=43008
read t=13080890777 offset=120368128 len=63488
read t=13139024777 offset=120171520 len=32768
read t=13180369777 offset=120203264 len=7168
read t=13230286777 offset=120209408 len=2048
read t=13285225777 offset=107657216 len=49152
read t=13331393777 offset=107460608 len=71680
read t=13387188777 offset=107165696 len=63488
read t=13431493777 offset=107705344 len=37888
read t=13482132777 offset=108858368 len=62464
read t=13530788777 offset=108919808 len=60416
read t=13581764777 offset=109418496 len=68608
read t=13630468777 offset=109486080 len=43008
read t=13682843777 offset=145616896 len=1024
read t=13728888777 offset=145616896 len=2048
read t=13780045777 offset=107228160 len=56320
read t=13833730777 offset=145499136 len=1024
read t=13879118777 offset=145499136 len=5120
read t=13929253777 offset=145381376 len=1024
read t=13979124777 offset=145381376 len=3072
read t=14037003777 offset=120877056 len=66560
read t=14080919777 offset=120942592 len=65536
read t=14132455777 offset=121253888 len=53248
read t=14181212777 offset=121306112 len=35840
read t=14233787777 offset=121340928 len=39936
read t=14281124777 offset=121379840 len=26624
read t=14332168777 offset=120811520 len=66560
read t=14382469777 offset=120752128 len=60416
read t=14440581777 offset=121405440 len=49152
read t=14487675777 offset=120622080 len=67584
read t=14531494777 offset=120688640 len=64512
read t=14592108777 offset=119874560 len=62464
read t=14631200777 offset=119936000 len=61440
read t=14682913777 offset=120099840 len=31744
read t=14730726777 offset=120130560 len=41984
read t=14782729777 offset=120055808 len=45056
read t=14860127777 offset=119754752 len=63488
read t=14882999777 offset=119817216 len=58368
read t=14938487777 offset=120430592 len=64512
read t=14981778777 offset=145570816 len=1024
read t=15029275777 offset=145570816 len=6144
read t=15081093777 offset=145383424 len=1024
read t=15128873777 offset=145383424 len=4096
read t=15179369777 offset=145646592 len=1024
read t=15229205777 offset=145646592 len=1024
read t=15291091777 offset=145611776 len=1024
read t=15330435777 offset=145611776 len=4096
read t=15380078777 offset=145386496 len=1024
read t=15429036777 offset=145386496 len=3072
read t=15479999777 offset=145503232 len=1024
read t=15528893777 offset=145503232 len=5120
read t=15580311777 offset=145617920 len=1024
read t=15629286777 offset=145617920 len=4096
read t=15680360777 offset=9780224 len=27648
read t=15733216777 offset=145433600 len=1024
read t=15779048777 offset=145433600 len=4096
read t=15829900777 offset=145553408 len=1024
read t=15879203777 offset=145553408 len=4096
read t=15929614777 offset=145624064 len=1024
read t=15979219777 offset=145624064 len=3072
read t=16030404777 offset=98388992 len=33792
read t=16085526777 offset=97934336 len=20480
read t=16130076777 offset=97953792 len=18432
read t=16181764777 offset=97657856 len=28672
read t=16231256777 offset=97685504 len=30720
read t=16282666777 offset=98205696 len=30720
read t=16330426777 offset=98235392 len=32768
read t=16381914777 offset=97870848 len=28672
read t=16435771777 offset=98008064 len=16384
read t=16479941777 offset=98023424 len=9216
read t=16529450777 offset=98023424 len=9216
read t=16582308777 offset=145431552 len=1024
read t=16629402777 offset=145431552 len=3072
read t=16679549777 offset=145646592 len=1024
read t=16729284777 offset=145646592 len=1024
read t=16779699777 offset=145425408 len=1024
read t=16829114777 offset=145425408 len=3072
read t=16879822777 offset=145542144 len=1024
read t=16929231777 offset=145542144 len=5120
read t=16979792777 offset=145422336 len=1024
read t=17029065777 offset=145422336 len=4096
read t=17080453777 offset=75107328 len=25600
read t=17141233777 offset=145448960 len=1024
read t=17179448777 offset=145448960 len=3072
read t=17229946777 offset=121007104 len=61440
read t=17284839777 offset=145433600 len=1024
read t=17329490777 offset=145433600 len=4096
read t=17379407777 offset=97971200 len=19456
read t=17430924777 offset=145553408 len=1024
read t=17479008777 offset=145553408 len=4096
read t=17529623777 offset=145429504 len=1024
read t=17579136777 offset=145429504 len=3072
read t=17629898777 offset=145550336 len=1024
read t=17679482777 offset=145550336 len=4096
read t=17729599777 offset=145427456 len=1024
read t=17779093777 offset=145427456 len=3072
read t=17829635777 offset=145646592 len=1024
read t=17879319777 offset=145646592 len=1024
read t=17933166777 offset=145546240 len=1024
read t=17979218777 offset=145546240 len=5120
read t=18029574777 offset=145624064 len=1024
read t=18080877777 offset=145624064 len=3072
read t=18132312777 offset=87794688 len=24576
read t=18194567777 offset=145425408 len=1024
read t=18229664777 offset=145425408 len=3072
read t=18281545777 offset=85493760 len=32768
read t=18349197777 offset=145433600 len=1024
read t=18379358777 offset=145433600 len=4096
read t=18429821777 offset=97989632 len=19456
read t=18481434777 offset=145553408 len=1024
read t=18529351777 offset=145553408 len=4096
read t=18579777777 offset=145422336 len=1024
read t=18629125777 offset=145422336 len=4096
read t=18679845777 offset=145542144 len=1024
read t=18729328777 offset=145542144 len=5120
read t=18779490777 offset=145390592 len=1024
read t=18829185777 offset=145390592 len=3072
read t=18879455777 offset=145646592 len=1024
read t=18929087777 offset=145646592 len=1024
read t=18979380777 offset=145507328 len=1024
read t=19029161777 offset=145507328 len=5120
read t=19079798777 offset=145617920 len=1024
read t=19129038777 offset=145617920 len=4096
read t=19185907777 offset=15259648 len=27648
read t=19248787777 offset=145570816 len=1024
read t=19279154777 offset=145570816 len=6144
read t=19329383777 offset=145448960 len=1024
read t=19378984777 offset=145448960 len=3072
read t=19429706777 offset=145616896 len=1024
read t=19479266777 offset=145616896 len=2048
read t=19529615777 offset=145381376 len=1024
read t=19579128777 offset=145381376 len=3072
read t=19629668777 offset=145611776 len=1024
read t=19679033777 offset=145611776 len=4096
read t=19729272777 offset=145386496 len=1024
read t=19779293777 offset=145386496 len=3072
read t=19829323777 offset=145646592 len=1024
read t=19878954777 offset=145646592 len=1024
read t=19929783777 offset=145499136 len=1024
read t=19979127777 offset=145499136 len=5120
read t=20028679777 offset=145383424 len=1024
read t=20079063777 offset=145383424 len=4096
read t=20130571777 offset=3382272 len=60416
read t=20184451777 offset=3441664 len=16384
read t=20251387777 offset=145503232 len=1024
read t=20279099777 offset=145503232 len=5120
read t=20335459777 offset=145433600 len=1024
read t=20379013777 offset=145433600 len=4096
read t=20429697777 offset=97856512 len=15360
read t=20483671777 offset=145440768 len=1024
read t=20529201777 offset=145440768 len=3072
read t=20579484777 offset=109290496 len=58368
read t=20630476777 offset=109347840 len=71680
read t=20688631777 offset=145381376 len=1024
read t=20729041777 offset=145381376 len=3072
read t=20780824777 offset=145556480 len=1024
read t=20829167777 offset=145556480 len=4096
read t=20879357777 offset=145559552 len=1024
read t=20929020777 offset=145559552 len=5120
read t=20981238777 offset=145448960 len=1024
read t=21029292777 offset=145448960 len=3072
read t=21079450777 offset=120494080 len=65536
read t=21136207777 offset=145499136 len=1024
read t=21179379777 offset=145499136 len=5120
read t=21229405777 offset=145646592 len=1024
read t=21279091777 offset=145646592 len=1024
read t=21329329777 offset=145617920 len=1024
read t=21379188777 offset=145617920 len=4096
read t=21430912777 offset=72704 len=39936
read t=21484875777 offset=120558592 len=64512
read t=21543421777 offset=0 len=73728
read t=21584786777 offset=145570816 len=1024
read t=21629349777 offset=145570816 len=6144
read t=21679450777 offset=145433600 len=1024
read t=21729048777 offset=145433600 len=4096
read t=21779540777 offset=145624064 len=1024
read t=21829336777 offset=145624064 len=3072
read t=21881363777 offset=98388992 len=33792
read t=21933869777 offset=145381376 len=1024
read t=21979337777 offset=145381376 len=3072
read t=22038349777 offset=121189376 len=65536
read t=22084330777 offset=121067520 len=61440
read t=22132234777 offset=121127936 len=62464
read t=22227971777 offset=145611776 len=1024
read t=22228424777 offset=145611776 len=4096
read t=22305790777 offset=145448960 len=1024
read t=22329577777 offset=145448960 len=3072
read t=22379631777 offset=119698432 len=57344
read t=22484359777 offset=145499136 len=1024
read t=22485039777 offset=145499136 len=5120
read t=22529804777 offset=145646592 len=1024
read t=22579105777 offset=145646592 len=1024
read t=22652266777 offset=145556480 len=1024
read t=22679269777 offset=145556480 len=4096
read t=22729834777 offset=145436672 len=1024
read t=22779230777 offset=145436672 len=3072
read t=22866226777 offset=98467840 len=33792
read t=22889160777 offset=98500608 len=23552
read t=23082154777 offset=98523136 len=19456
read t=23203191777 offset=145440768 len=1024
read t=23210348777 offset=145617920 len=1024
read t=23243454777 offset=145617920 len=4096
read t=23253504777 offset=0 len=73728
read t=23253688777 offset=145440768 len=3072
read t=23303251777 offset=145616896 len=1024
read t=23304336777 offset=111633408 len=69632
read t=23319392777 offset=145381376 len=1024
read t=23355492777 offset=145616896 len=2048
read t=23411512777 offset=145442816 len=1024
read t=23411642777 offset=111702016 len=75776
read t=23455629777 offset=145381376 len=3072
read t=23604600777 offset=145442816 len=4096
read t=23656753777 offset=145499136 len=1024
read t=23706327777 offset=115376128 len=40960
read t=23756050777 offset=145499136 len=5120
read t=23855661777 offset=145646592 len=1024
read t=23905278777 offset=145646592 len=1024
read t=23957873777 offset=145556480 len=1024
read t=24005396777 offset=145556480 len=4096
read t=24055521777 offset=145436672 len=1024
read t=24105289777 offset=145436672 len=3072
read t=24156022777 offset=145553408 len=1024
read t=24205273777 offset=145553408 len=4096
read t=24255152777 offset=145433600 len=1024
read t=24305060777 offset=145433600 len=4096
read t=24358105777 offset=145617920 len=1024
read t=24405468777 offset=145617920 len=4096
read t=24457929777 offset=145624064 len=1024
read t=24509319777 offset=145624064 len=3072
read t=24563849777 offset=145381376 len=1024
read t=24605422777 offset=145381376 len=3072
read t=24656331777 offset=145499136 len=1024
read t=24705120777 offset=145499136 len=5120
read t=24756277777 offset=145646592 len=1024
read t=24805447777 offset=145646592 len=1024
read t=24856557777 offset=145556480 len=1024
read t=24905262777 offset=145556480 len=4096
read t=24955795777 offset=145436672 len=1024
read t=25005448777 offset=145436672 len=3072
read t=25057491777 offset=145553408 len=1024
read t=25105259777 offset=145553408 len=4096
read t=25168673777 offset=145448960 len=1024
read t=25205418777 offset=145448960 len=3072
read t=25255657777 offset=119996416 len=60416
read t=25341672777 offset=145433600 len=1024
read t=25354747777 offset=145433600 len=4096
read t=25406332777 offset=145624064 len=1024
read t=25455070777 offset=145624064 len=3072
read t=25549767777 offset=145381376 len=1024
read t=25555229777 offset=145381376 len=3072
read t=25606213777 offset=145617920 len=1024
read t=25655924777 offset=145617920 len=4096
read t=25706339777 offset=145646592 len=1024
read t=25755202777 offset=145646592 len=1024
read t=25807897777 offset=145556480 len=1024
read t=25855179777 offset=145556480 len=4096
read t=25905906777 offset=145436672 len=1024
read t=25955176777 offset=145436672 len=3072
read t=26005960777 offset=145553408 len=1024
read t=26055192777 offset=145553408 len=4096
read t=26114872777 offset=98451456 len=17408
read t=26205920777 offset=145499136 len=1024
read t=26206437777 offset=145499136 len=5120
read t=26258772777 offset=145433600 len=1024
read t=26304455777 offset=145433600 len=4096
read t=26364508777 offset=98467840 len=33792
read t=26552230777 offset=72704 len=39936
read t=26625362777 offset=145611776 len=1024
read t=26625790777 offset=145611776 len=4096
read t=26626349777 offset=145494016 len=1024
read t=26626526777 offset=145494016 len=3072
read t=26678215777 offset=145606656 len=1024
read t=26727485777 offset=145606656 len=6144
read t=26777520777 offset=145484800 len=1024
read t=26827141777 offset=145484800 len=3072
read t=26877823777 offset=145646592 len=1024
read t=26927150777 offset=145646592 len=1024
read t=26977524777 offset=145601536 len=1024
read t=27027259777 offset=145601536 len=6144
read t=27078045777 offset=145626112 len=1024
read t=27127088777 offset=145626112 len=3072
read t=27178590777 offset=144211968 len=27648
read t=27236494777 offset=98451456 len=17408
read t=27336817777 offset=145553408 len=1024
read t=27337188777 offset=145553408 len=4096
read t=27377654777 offset=145556480 len=1024
read t=27427478777 offset=145556480 len=4096
read t=27477483777 offset=145433600 len=1024
read t=27527094777 offset=145433600 len=4096
read t=27590149777 offset=98467840 len=33792
read t=27934303777 offset=145436672 len=1024
read t=27935059777 offset=145436672 len=3072
read t=27947153777 offset=145499136 len=1024
read t=27947640777 offset=145499136 len=5120
read t=27986687777 offset=145503232 len=1024
read t=28036225777 offset=145503232 len=5120
read t=28086555777 offset=145386496 len=1024
read t=28136390777 offset=145386496 len=3072
read t=28186651777 offset=145646592 len=1024
read t=28235861777 offset=145646592 len=1024
read t=28348026777 offset=145383424 len=1024
read t=28351336777 offset=145383424 len=4096
read t=28386057777 offset=145617920 len=1024
read t=28404016777 offset=145553408 len=1024
read t=28436619777 offset=145617920 len=4096
read t=28486511777 offset=145553408 len=4096
read t=28547802777 offset=4390912 len=37888
read t=28587430777 offset=145433600 len=1024
read t=28680758777 offset=145570816 len=1024
read t=28685588777 offset=145433600 len=4096
read t=28736748777 offset=145570816 len=6144
read t=28787140777 offset=145624064 len=1024
read t=28838158777 offset=145503232 len=1024
read t=28886438777 offset=145624064 len=3072
read t=28936536777 offset=145503232 len=5120
read t=29036298777 offset=145611776 len=1024
read t=29063794777 offset=98388992 len=33792
read t=29085929777 offset=145611776 len=4096
read t=29123221777 offset=145542144 len=1024
read t=29186377777 offset=145467392 len=1024
read t=29204636777 offset=145507328 len=1024
read t=29235674777 offset=145542144 len=5120
read t=29285673777 offset=145467392 len=4096
read t=29288926777 offset=145499136 len=1024
read t=29336805777 offset=145507328 len=5120
read t=29346213777 offset=145436672 len=1024
read t=29386687777 offset=145422336 len=1024
read t=29387204777 offset=145399808 len=1024
read t=29436719777 offset=145646592 len=1024
read t=29486246777 offset=145499136 len=5120
read t=29536849777 offset=145390592 len=1024
read t=29586677777 offset=145436672 len=3072
read t=29636444777 offset=145422336 len=4096
read t=29686247777 offset=145399808 len=3072
read t=29736234777 offset=145646592 len=1024
read t=29787413777 offset=145381376 len=1024
read t=29836660777 offset=145390592 len=3072
read t=29885889777 offset=98632704 len=54272
read t=30036210777 offset=145467392 len=1024
read t=30036916777 offset=145542144 len=1024
read t=30037166777 offset=145519616 len=1024
read t=30086566777 offset=145381376 len=3072
read t=30137257777 offset=145507328 len=1024
read t=30191870777 offset=145436672 len=1024
read t=30236337777 offset=145467392 len=4096
read t=30286254777 offset=145542144 len=5120
read t=30335429777 offset=145519616 len=4096
read t=30387246777 offset=145499136 len=1024
read t=30435918777 offset=145507328 len=5120
read t=30486447777 offset=145436672 len=3072
read t=30537328777 offset=145583104 len=1024
read t=30586958777 offset=145422336 len=1024
read t=30636463777 offset=145399808 len=1024
read t=30686388777 offset=145499136 len=5120
read t=30736761777 offset=145390592 len=1024
read t=30786476777 offset=98685952 len=12288
read t=30836476777 offset=145583104 len=3072
read t=30886272777 offset=145422336 len=4096
read t=30936099777 offset=145399808 len=3072
read t=30987203777 offset=145570816 len=1024
read t=31036025777 offset=145390592 len=3072
read t=31092934777 offset=145567744 len=1024
read t=31137149777 offset=145503232 len=1024
read t=31186485777 offset=145646592 len=1024
read t=31286314777 offset=145570816 len=6144
read t=31386248777 offset=145567744 len=4096
read t=31436145777 offset=145503232 len=5120
read t=31486524777 offset=145646592 len=1024
read t=31536608777 offset=145433600 len=1024
read t=31620605777 offset=145499136 len=1024
read t=31637959777 offset=145386496 len=1024
read t=31686930777 offset=145422336 len=1024
read t=31686967777 offset=145390592 len=1024
read t=31686970777 offset=145399808 len=1024
read t=31736451777 offset=145433600 len=4096
read t=31786158777 offset=145499136 len=5120
read t=31836249777 offset=145386496 len=3072
read t=31886355777 offset=145390592 len=3072
read t=31935323777 offset=145399808 len=3072
read t=31986332777 offset=145422336 len=4096
read t=32061773777 offset=145556480 len=1024
read t=32105124777 offset=145570816 len=1024
read t=32135888777 offset=145646592 len=1024
read t=32185699777 offset=145617920 len=1024
read t=32237515777 offset=31942656 len=41984
read t=32287323777 offset=77642752 len=49152
read t=32287354777 offset=145624064 len=1024
read t=32336481777 offset=145556480 len=4096
read t=32386124777 offset=145570816 len=6144
read t=32436276777 offset=145646592 len=1024
read t=32486301777 offset=145617920 len=4096
read t=32540219777 offset=31983616 len=29696
read t=32589260777 offset=77690880 len=26624
read t=32636342777 offset=145624064 len=3072
read t=32687773777 offset=145436672 len=1024
read t=32689701777 offset=145499136 len=1024
read t=32736841777 offset=145448960 len=1024
read t=32786235777 offset=145386496 len=1024
read t=32836458777 offset=15234048 len=26624
read t=32887674777 offset=145399808 len=1024
read t=32937342777 offset=145422336 len=1024
read t=32987069777 offset=76570624 len=25600
read t=33036356777 offset=145436672 len=3072
read t=33086219777 offset=145499136 len=5120
read t=33136366777 offset=145448960 len=3072
read t=33186311777 offset=145386496 len=3072
read t=33285455777 offset=145399808 len=3072
read t=33336222777 offset=145422336 len=4096
read t=33436943777 offset=145646592 len=1024
read t=33486714777 offset=145381376 len=1024
read t=33587179777 offset=145503232 len=1024
read t=33636659777 offset=32012288 len=22528
read t=33686541777 offset=77716480 len=21504
read t=33736214777 offset=145646592 len=1024
read t=33786499777 offset=145381376 len=3072
read t=33836371777 offset=145503232 len=5120
read t=33888497777 offset=32033792 len=7168
read t=33937656777 offset=77736960 len=5120
read t=33985649777 offset=145436672 len=1024
read t=33987332777 offset=145570816 len=1024
read t=34036399777 offset=145617920 len=1024
read t=34086990777 offset=145386496 len=1024
read t=34137462777 offset=145399808 len=1024
read t=34187230777 offset=145422336 len=1024
read t=34236371777 offset=145436672 len=3072
read t=34286493777 offset=145570816 len=6144
read t=34336527777 offset=145617920 len=4096
read t=34386473777 offset=145386496 len=3072
read t=34436204777 offset=145399808 len=3072
read t=34486274777 offset=145422336 len=4096
read t=34536655777 offset=145624064 len=1024
read t=34587252777 offset=145448960 len=1024
read t=34637999777 offset=72704 len=39936
read t=34686655777 offset=145646592 len=1024
read t=34736735777 offset=32033792 len=7168
read t=34786553777 offset=77736960 len=5120
read t=34836261777 offset=145624064 len=3072
read t=34886271777 offset=145448960 len=3072
read t=34956010777 offset=145616896 len=1024
read t=34986865777 offset=145646592 len=1024
read t=35138967777 offset=98824192 len=36864
read t=35141043777 offset=99351552 len=18432
read t=35236338777 offset=145616896 len=2048
read t=35288849777 offset=9702400 len=33792
read t=35290431777 offset=145570816 len=1024
read t=35343966777 offset=145567744 len=1024
read t=35436097777 offset=145498112 len=1024
read t=35437027777 offset=145499136 len=1024
read t=35536601777 offset=145570816 len=6144
read t=35585459777 offset=145567744 len=4096
read t=35636589777 offset=145498112 len=2048
read t=35686465777 offset=145499136 len=5120
read t=35739280777 offset=145386496 len=1024
read t=35787404777 offset=145440768 len=1024
read t=35820114777 offset=145503232 len=1024
read t=35836471777 offset=145646592 len=1024
read t=35935557777 offset=145386496 len=3072
read t=35969371777 offset=145556480 len=1024
read t=35985524777 offset=145440768 len=3072
read t=35993495777 offset=145570816 len=1024
read t=36036320777 offset=145503232 len=5120
read t=36086517777 offset=145646592 len=1024
read t=36136919777 offset=8460288 len=32768
read t=36186452777 offset=145556480 len=4096
read t=36286249777 offset=145570816 len=6144
read t=36342019777 offset=145381376 len=1024
read t=36387317777 offset=145498112 len=1024
read t=36387350777 offset=145559552 len=1024
read t=36441985777 offset=145386496 len=1024
read t=36487651777 offset=145436672 len=1024
read t=36555783777 offset=145499136 len=1024
read t=36586426777 offset=145381376 len=3072
read t=36636632777 offset=145498112 len=2048
read t=36686657777 offset=145559552 len=5120
read t=36736558777 offset=145386496 len=3072
read t=36786479777 offset=145436672 len=3072
read t=36836621777 offset=145499136 len=5120
read t=36887080777 offset=145646592 len=1024
read t=36937135777 offset=145616896 len=1024
read t=36987423777 offset=145563648 len=1024
read t=37037032777 offset=8951808 len=10240
read t=37137163777 offset=145503232 len=1024
read t=37187070777 offset=145646592 len=1024
read t=37236659777 offset=145616896 len=2048
read t=37286772777 offset=145563648 len=5120
read t=37337792777 offset=8961024 len=7168
read t=37386212777 offset=145503232 len=5120
read t=37436753777 offset=145624064 len=1024
read t=37437308777 offset=145381376 len=1024
read t=37486492777 offset=145498112 len=1024
read t=37536732777 offset=145440768 len=1024
read t=37587796777 offset=145386496 len=1024
read t=37686143777 offset=145624064 len=3072
read t=37736253777 offset=145381376 len=3072
read t=37786143777 offset=145498112 len=2048
read t=37836473777 offset=145440768 len=3072
read t=37886668777 offset=145386496 len=3072
read t=37986325777 offset=145499136 len=1024
read t=37988922777 offset=145616896 len=1024
read t=38036588777 offset=145646592 len=1024
read t=38136753777 offset=8961024 len=7168
read t=38186401777 offset=145499136 len=5120
read t=38236686777 offset=145616896 len=2048
read t=38286387777 offset=145646592 len=1024
read t=38358594777 offset=8908800 len=44032
read t=38491564777 offset=145617920 len=1024
read t=38491966777 offset=145626112 len=1024
read t=38495302777 offset=145381376 len=1024
read t=38541568777 offset=8492032 len=65536
read t=38585443777 offset=145617920 len=4096
read t=38635977777 offset=145626112 len=3072
read t=38685661777 offset=145381376 len=3072
read t=38737377777 offset=8556544 len=63488
read t=38787633777 offset=7770112 len=39936
read t=38836865777 offset=105170944 len=29696
read t=38886371777 offset=0 len=73728
read t=38888815777 offset=145570816 len=1024
read t=38943006777 offset=8685568 len=66560
read t=39037919777 offset=145503232 len=1024
read t=39135465777 offset=145570816 len=6144
read t=39168808777 offset=145556480 len=1024
read t=39188200777 offset=145386496 len=1024
read t=39235410777 offset=145503232 len=5120
read t=39286204777 offset=145499136 len=1024
read t=39286417777 offset=145436672 len=1024
read t=39335683777 offset=145556480 len=4096
read t=39385397777 offset=145386496 len=3072
read t=39485531777 offset=145499136 len=5120
read t=39536338777 offset=145436672 len=3072
read t=39636713777 offset=8751104 len=70656
read t=39636751777 offset=145646592 len=1024
read t=39687020777 offset=145383424 len=1024
read t=39789287777 offset=8820736 len=57344
read t=39836417777 offset=145646592 len=1024
read t=39886057777 offset=145383424 len=4096
read t=39939855777 offset=8877056 len=32768
read t=39987791777 offset=145617920 len=1024
read t=39987824777 offset=145624064 len=1024
read t=39989903777 offset=145559552 len=1024
read t=40089616777 offset=145381376 len=1024
read t=40136321777 offset=145617920 len=4096
read t=40186416777 offset=145624064 len=3072
read t=40236561777 offset=145559552 len=5120
read t=40286216777 offset=145381376 len=3072
read t=40339771777 offset=9702400 len=33792
read t=40341764777 offset=3457024 len=32768
read t=40389194777 offset=99403776 len=31744
read t=40543819777 offset=145503232 len=1024
read t=40543859777 offset=99434496 len=25600
read t=40591449777 offset=72704 len=39936
read t=40676504777 offset=145499136 len=1024
read t=40690108777 offset=145436672 len=1024
read t=40736447777 offset=145503232 len=5120
read t=40800146777 offset=145386496 len=1024
read t=40836740777 offset=145499136 len=5120
read t=40886452777 offset=145436672 len=3072
read t=40986614777 offset=145386496 len=3072
read t=41036977777 offset=145646592 len=1024
read t=41136746777 offset=8619008 len=67584
read t=41186384777 offset=145646592 len=1024
read t=41286409777 offset=145570816 len=1024
read t=41286866777 offset=145617920 len=1024
read t=41287007777 offset=145624064 len=1024
read t=41335584777 offset=145570816 len=6144
read t=41385636777 offset=145617920 len=4096
read t=41435595777 offset=145624064 len=3072
read t=41485947777 offset=145433600 len=1024
read t=41537407777 offset=9702400 len=33792
read t=41587515777 offset=145559552 len=1024
read t=41636358777 offset=145433600 len=4096
read t=41690020777 offset=145503232 len=1024
read t=41736510777 offset=145559552 len=5120
read t=41788446777 offset=145499136 len=1024
read t=41836154777 offset=145503232 len=5120
read t=41887270777 offset=145436672 len=1024
read t=41936625777 offset=145499136 len=5120
read t=41986475777 offset=145386496 len=1024
read t=42036472777 offset=145436672 len=3072
read t=42088251777 offset=145553408 len=1024
read t=42136810777 offset=145386496 len=3072
read t=42186653777 offset=145646592 len=1024
read t=42236225777 offset=145553408 len=4096
read t=42336355777 offset=145646592 len=1024
read t=42436307777 offset=145624064 len=1024
read t=42436618777 offset=145617920 len=1024
read t=42436813777 offset=145433600 len=1024
read t=42486407777 offset=145624064 len=3072
read t=42536233777 offset=145617920 len=4096
read t=42586495777 offset=145433600 len=4096
read t=42640952777 offset=145381376 len=1024
read t=42689175777 offset=145503232 len=1024
read t=42738161777 offset=98388992 len=33792
read t=42786513777 offset=145381376 len=3072
read t=42836164777 offset=145503232 len=5120
read t=42888836777 offset=145499136 len=1024
read t=42986633777 offset=145386496 len=1024
read t=43036576777 offset=145499136 len=5120
read t=43086208777 offset=145386496 len=3072
read t=43144394777 offset=0 len=73728
read t=43211789777 offset=9645056 len=30720
read t=43304657777 offset=9674752 len=23552
read t=43324862777 offset=145570816 len=1024
read t=43360917777 offset=145616896 len=1024
read t=43386341777 offset=145570816 len=6144
read t=43436285777 offset=145616896 len=2048
read t=43510999777 offset=145646592 len=1024
read t=43536041777 offset=145498112 len=1024
read t=43585537777 offset=145646592 len=1024
read t=43636309777 offset=145498112 len=2048
read t=43686596777 offset=145617920 len=1024
read t=43786890777 offset=145617920 len=4096
read t=43838428777 offset=7809024 len=44032
read t=43895034777 offset=145567744 len=1024
read t=43935640777 offset=145567744 len=4096
read t=44030460777 offset=145381376 len=1024
read t=44035335777 offset=145381376 len=3072
read t=44087161777 offset=145438720 len=1024
read t=44136367777 offset=145438720 len=3072
read t=44189332777 offset=145559552 len=1024
read t=44236383777 offset=145559552 len=5120
read t=44288225777 offset=145624064 len=1024
read t=44336233777 offset=145624064 len=3072
read t=44387501777 offset=99459072 len=15360
read t=44484947777 offset=145499136 len=1024
read t=44486385777 offset=145499136 len=5120
read t=44536210777 offset=145646592 len=1024
read t=44586273777 offset=145646592 len=1024
read t=44637636777 offset=145570816 len=1024
read t=44686338777 offset=145570816 len=6144
read t=44736020777 offset=145386496 len=1024
read t=44786233777 offset=145386496 len=3072
read t=45040353777 offset=145616896 len=1024
read t=45040898777 offset=145616896 len=2048
read t=45049814777 offset=145381376 len=1024
read t=45050402777 offset=145381376 len=3072
read t=45093257777 offset=145383424 len=1024
read t=45141666777 offset=145383424 len=4096
read t=45192907777 offset=145498112 len=1024
read t=45206372777 offset=145556480 len=1024
read t=45242364777 offset=145498112 len=2048
read t=45292486777 offset=145556480 len=4096
read t=45344830777 offset=145611776 len=1024
read t=45393684777 offset=145438720 len=1024
read t=45442539777 offset=145611776 len=4096
read t=45492555777 offset=145438720 len=3072
read t=45543169777 offset=145458176 len=1024
read t=45592886777 offset=145646592 len=1024
read t=45642535777 offset=145458176 len=4096
read t=45691639777 offset=145646592 len=1024
read t=45793739777 offset=145577984 len=1024
read t=45793774777 offset=145559552 len=1024
read t=45842421777 offset=145559552 len=5120
read t=45892493777 offset=145577984 len=4096
read t=45945514777 offset=99570688 len=13312
read t=45993129777 offset=145456128 len=1024
read t=46044744777 offset=99582976 len=13312
read t=46092489777 offset=145456128 len=3072
read t=46145869777 offset=145503232 len=1024
read t=46193391777 offset=145626112 len=1024
read t=46242168777 offset=145503232 len=5120
read t=46292477777 offset=145626112 len=3072
read t=46356761777 offset=145499136 len=1024
read t=46393912777 offset=145616896 len=1024
read t=46442528777 offset=145499136 len=5120
read t=46492531777 offset=145616896 len=2048
read t=46543333777 offset=145381376 len=1024
read t=46592778777 offset=145383424 len=1024
read t=46642517777 offset=145381376 len=3072
read t=46692516777 offset=145383424 len=4096
read t=46742763777 offset=145646592 len=1024
read t=46842567777 offset=145646592 len=1024
read t=46895278777 offset=145498112 len=1024
read t=46896979777 offset=145556480 len=1024
read t=46941892777 offset=145498112 len=2048
read t=46992601777 offset=145556480 len=4096
read t=47048647777 offset=145494016 len=1024
read t=47093050777 offset=145433600 len=1024
read t=47142638777 offset=145494016 len=3072
read t=47192326777 offset=145433600 len=4096
read t=47243284777 offset=145611776 len=1024
read t=47294328777 offset=145553408 len=1024
read t=47342244777 offset=145611776 len=4096
read t=47392279777 offset=145553408 len=4096
read t=47443392777 offset=145616896 len=1024
read t=47494724777 offset=145624064 len=1024
read t=47542577777 offset=145616896 len=2048
read t=47592133777 offset=145624064 len=3072
read t=47642562777 offset=145383424 len=1024
read t=47696267777 offset=98451456 len=17408
read t=47742445777 offset=145383424 len=4096
read t=47798244777 offset=145646592 len=1024
read t=47892371777 offset=145646592 len=1024
read t=47947806777 offset=145498112 len=1024
read t=47949156777 offset=145499136 len=1024
read t=47992141777 offset=145498112 len=2048
read t=48042570777 offset=145499136 len=5120
read t=48143225777 offset=145381376 len=1024
read t=48191805777 offset=145381376 len=3072
read t=48225250777 offset=145556480 len=1024
read t=48243935777 offset=145559552 len=1024
read t=48292446777 offset=145556480 len=4096
read t=48342557777 offset=145559552 len=5120
read t=48393039777 offset=145436672 len=1024
read t=48443054777 offset=145438720 len=1024
read t=48492252777 offset=145436672 len=3072
read t=48542368777 offset=145438720 len=3072
read t=48592467777 offset=145624064 len=1024
read t=48644127777 offset=145646592 len=1024
read t=48692536777 offset=145624064 len=3072
read t=48742208777 offset=145646592 len=1024
read t=48794757777 offset=99403776 len=31744
read t=48845686777 offset=103042048 len=28672
read t=48898329777 offset=145567744 len=1024
read t=48991883777 offset=145567744 len=4096
read t=48998270777 offset=103069696 len=46080
read t=49098411777 offset=145448960 len=1024
read t=49119587777 offset=145553408 len=1024
read t=49142176777 offset=145448960 len=3072
read t=49192368777 offset=145553408 len=4096
read t=49242704777 offset=121453568 len=45056
read t=49481502777 offset=145616896 len=1024
read t=49483298777 offset=145616896 len=2048
read t=49553303777 offset=100929536 len=20480
read t=49564890777 offset=100948992 len=35840
read t=49573656777 offset=100641792 len=21504
read t=49592460777 offset=100662272 len=18432
read t=49593563777 offset=101183488 len=49152
read t=49693396777 offset=101231616 len=37888
read t=49744193777 offset=100165632 len=16384
read t=49748853777 offset=145433600 len=1024
read t=49792743777 offset=100180992 len=19456
read t=49841661777 offset=145433600 len=4096
read t=49893850777 offset=100983808 len=51200
read t=49941892777 offset=97759232 len=17408
read t=49992981777 offset=101033984 len=49152
read t=50042620777 offset=97775616 len=30720
read t=50074482777 offset=145499136 len=1024
read t=50094585777 offset=145438720 len=1024
read t=50191773777 offset=145499136 len=5120
read t=50241550777 offset=145438720 len=3072
read t=50299757777 offset=145383424 len=1024
read t=50322600777 offset=145570816 len=1024
read t=50342117777 offset=100507648 len=18432
read t=50342148777 offset=101632000 len=49152
read t=50342151777 offset=100115456 len=19456
read t=50342154777 offset=100626432 len=16384
read t=50355600777 offset=145556480 len=1024
read t=50392025777 offset=145383424 len=4096
read t=50442347777 offset=145570816 len=6144
read t=50493407777 offset=100133888 len=15360
read t=50543850777 offset=100525056 len=19456
read t=50643899777 offset=101680128 len=12288
read t=50692307777 offset=145556480 len=4096
read t=50742579777 offset=145646592 len=1024
read t=50793304777 offset=145503232 len=1024
read t=50854340777 offset=145542144 len=1024
read t=50869207777 offset=100097024 len=19456
read t=50894123777 offset=100610048 len=17408
read t=50895431777 offset=100561920 len=17408
read t=50896235777 offset=100469760 len=20480
read t=50943226777 offset=101680128 len=12288
read t=50992663777 offset=145436672 len=1024
read t=51042286777 offset=145646592 len=1024
read t=51092293777 offset=145503232 len=5120
read t=51142350777 offset=145542144 len=5120
read t=51244259777 offset=101268480 len=25600
read t=51293578777 offset=100578304 len=17408
read t=51343324777 offset=100489216 len=19456
read t=51442481777 offset=145436672 len=3072
read t=51542443777 offset=145386496 len=1024
read t=51592215777 offset=145399808 len=1024
read t=51592642777 offset=145390592 len=1024
read t=51592925777 offset=145388544 len=1024
read t=51645791777 offset=145438720 len=1024
read t=51792008777 offset=145646592 len=1024
read t=51841717777 offset=145386496 len=3072
read t=51891447777 offset=145399808 len=3072
read t=51942950777 offset=145390592 len=3072
read t=51991753777 offset=145388544 len=3072
read t=52041496777 offset=145438720 len=3072
read t=52091780777 offset=145646592 len=1024
read t=52343037777 offset=101082112 len=51200
read t=52343075777 offset=100543488 len=19456
read t=52343079777 offset=101397504 len=26624
read t=52343083777 offset=101293056 len=27648
read t=52392001777 offset=145624064 len=1024
read t=52392892777 offset=145503232 len=1024
read t=52393388777 offset=145507328 len=1024
read t=52393790777 offset=145399808 len=1024
read t=52394028777 offset=145386496 len=1024
read t=52493899777 offset=101132288 len=52224
read t=52543671777 offset=101488640 len=17408
read t=52592486777 offset=101423104 len=25600
read t=52641832777 offset=145624064 len=3072
read t=52691664777 offset=145503232 len=5120
read t=52741436777 offset=145507328 len=5120
read t=52791484777 offset=145399808 len=3072
read t=52841638777 offset=145386496 len=3072
read t=52894904777 offset=101447680 len=24576
read t=52946811777 offset=145433600 len=1024
read t=52947223777 offset=145438720 len=1024
read t=53044371777 offset=99434496 len=25600
read t=53092027777 offset=145388544 len=1024
read t=53141996777 offset=145390592 len=1024
read t=53192379777 offset=145515520 len=1024
read t=53244171777 offset=6844416 len=38912
read t=53341580777 offset=145433600 len=4096
read t=53391363777 offset=145438720 len=3072
read t=53473209777 offset=145499136 len=1024
read t=53491432777 offset=145388544 len=3072
read t=53541318777 offset=145390592 len=3072
read t=53591431777 offset=145515520 len=5120
read t=53646350777 offset=7382016 len=41984
read t=53691781777 offset=97715200 len=22528
read t=53741819777 offset=101505024 len=36864
read t=53741850777 offset=101471232 len=18432
read t=53791653777 offset=145499136 len=5120
read t=53842010777 offset=145646592 len=1024
read t=53942122777 offset=145399808 len=1024
read t=53994166777 offset=145386496 len=1024
read t=54044376777 offset=145433600 len=1024
read t=54241717777 offset=145646592 len=1024
read t=54291454777 offset=145399808 len=3072
read t=54341408777 offset=145386496 len=3072
read t=54391800777 offset=145433600 len=4096
read t=54441944777 offset=145388544 len=1024
read t=54441979777 offset=145390592 len=1024
read t=54492843777 offset=145515520 len=1024
read t=54542187777 offset=7422976 len=9216
read t=54592412777 offset=97736704 len=23552
read t=54641735777 offset=145388544 len=3072
read t=54691887777 offset=145390592 len=3072
read t=54742187777 offset=145515520 len=5120
read t=54792815777 offset=7422976 len=9216
read t=54846679777 offset=145559552 len=1024
read t=54849473777 offset=145542144 len=1024
read t=54891822777 offset=145617920 len=1024
read t=54992523777 offset=145399808 len=1024
read t=55046054777 offset=145567744 len=1024
read t=55091503777 offset=145559552 len=5120
read t=55141960777 offset=145542144 len=5120
read t=55191450777 offset=145617920 len=4096
read t=55241742777 offset=145399808 len=3072
read t=55291662777 offset=145567744 len=4096
read t=55347200777 offset=145553408 len=1024
read t=55393316777 offset=145388544 len=1024
read t=55393382777 offset=145395712 len=1024
read t=55443805777 offset=11417600 len=25600
read t=55444183777 offset=14393344 len=26624
read t=55492299777 offset=145646592 len=1024
read t=55559011777 offset=145386496 len=1024
read t=55592297777 offset=145553408 len=4096
read t=55642211777 offset=145388544 len=3072
read t=55691861777 offset=145395712 len=3072
read t=55841662777 offset=145646592 len=1024
read t=55841951777 offset=145507328 len=1024
read t=55892240777 offset=145386496 len=3072
read t=56007649777 offset=145555456 len=4096
read t=56053237777 offset=145542144 len=1024
read t=56091894777 offset=145399808 len=1024
read t=56092445777 offset=145511424 len=1024
read t=56092678777 offset=145388544 len=1024
read t=56142024777 offset=145507328 len=5120
read t=56173329777 offset=145438720 len=1024
read t=56192033777 offset=6882304 len=66560
read t=56242329777 offset=145641472 len=4096
read t=56291379777 offset=145542144 len=5120
read t=56341393777 offset=145399808 len=3072
read t=56392371777 offset=145511424 len=5120
read t=56441996777 offset=145388544 len=3072
read t=56491914777 offset=145390592 len=1024
read t=56541598777 offset=145438720 len=3072
read t=56593352777 offset=145386496 len=1024
read t=56642615777 offset=0 len=4096
read t=56742092777 offset=145617920 len=1024
read t=56792291777 offset=145395712 len=1024
read t=56843067777 offset=145503232 len=1024
read t=56843107777 offset=145646592 len=1024
read t=56891611777 offset=145390592 len=3072
read t=56941873777 offset=100148224 len=18432
read t=56991575777 offset=145386496 len=3072
read t=57042495777 offset=4096 len=4096
read t=57092183777 offset=145617920 len=4096
read t=57141654777 offset=145395712 len=3072
read t=57192354777 offset=145503232 len=5120
read t=57241730777 offset=145646592 len=1024
read t=57349123777 offset=145542144 len=1024
read t=57392579777 offset=6947840 len=68608
read t=57442151777 offset=145645568 len=4096
read t=57495390777 offset=30927872 len=26624
read t=57495437777 offset=30643200 len=25600
read t=57592779777 offset=145388544 len=1024
read t=57642462777 offset=145390592 len=1024
read t=57642501777 offset=145511424 len=1024
read t=57692379777 offset=145542144 len=5120
read t=57753178777 offset=145386496 len=1024
read t=57792533777 offset=145514496 len=4096
read t=57857878777 offset=145559552 len=1024
read t=57909978777 offset=145515520 len=1024
read t=57941796777 offset=145388544 len=3072
read t=57991676777 offset=145390592 len=3072
read t=58041544777 offset=145511424 len=5120
read t=58142122777 offset=145386496 len=3072
read t=58192888777 offset=145616896 len=4096
read t=58241955777 offset=145559552 len=5120
read t=58292173777 offset=145515520 len=5120
read t=58342503777 offset=145646592 len=1024
read t=58342539777 offset=145503232 len=1024
read t=58392691777 offset=145617920 len=1024
read t=58442430777 offset=145395712 len=1024
read t=58492026777 offset=7344128 len=38912
read t=58541953777 offset=145518592 len=4096
read t=58598239777 offset=145553408 len=1024
read t=58642238777 offset=145399808 len=1024
read t=58691760777 offset=145503232 len=5120
read t=58741566777 offset=145646592 len=1024
read t=58791581777 offset=145617920 len=4096
read t=58841632777 offset=145395712 len=3072
read t=58896963777 offset=145386496 len=1024
read t=58941801777 offset=145444864 len=4096
read t=58992084777 offset=145553408 len=4096
read t=59041660777 offset=145399808 len=3072
read t=59092447777 offset=145388544 len=1024
read t=59141879777 offset=145390592 len=1024
read t=59192666777 offset=14418944 len=27648
read t=59241678777 offset=145646592 len=1024
read t=59291847777 offset=145386496 len=3072
read t=59342270777 offset=145346560 len=4096
read t=59454173777 offset=145559552 len=1024
read t=59491939777 offset=145388544 len=3072
read t=59541900777 offset=145390592 len=3072
read t=59641637777 offset=145646592 len=1024
read t=59692186777 offset=7015424 len=69632
read t=59742304777 offset=145301504 len=4096
read t=59792042777 offset=145559552 len=5120
read t=59842845777 offset=145542144 len=1024
read t=59892662777 offset=145507328 len=1024
read t=59943202777 offset=145395712 len=1024
read t=59943240777 offset=145399808 len=1024
read t=59943244777 offset=12735488 len=35840
read t=59994477777 offset=145386496 len=1024
read t=60042113777 offset=145272832 len=4096
read t=60092762777 offset=145438720 len=1024
read t=60141696777 offset=145542144 len=5120
read t=60192225777 offset=145507328 len=5120
read t=60245659777 offset=145388544 len=1024
read t=60292188777 offset=145395712 len=3072
read t=60341723777 offset=145399808 len=3072
read t=60391909777 offset=145386496 len=3072
read t=60442397777 offset=145182720 len=4096
read t=60492623777 offset=145438720 len=3072
read t=60542283777 offset=145418240 len=1024
read t=60592643777 offset=145390592 len=1024
read t=60641452777 offset=145388544 len=3072
read t=60692720777 offset=145617920 len=1024
read t=60742494777 offset=145515520 len=1024
read t=60791890777 offset=7084032 len=67584
read t=60842216777 offset=145149952 len=4096
read t=60891842777 offset=145646592 len=1024
read t=60941580777 offset=145418240 len=3072
read t=60991866777 offset=145390592 len=3072
read t=61042126777 offset=12770304 len=11264
read t=61092016777 offset=145617920 len=4096
read t=61141468777 offset=145515520 len=5120
read t=61196248777 offset=145386496 len=1024
read t=61242446777 offset=145141760 len=4096
read t=61292134777 offset=145646592 len=1024
read t=61468998777 offset=145559552 len=1024
read t=61494038777 offset=26003456 len=28672
read t=61531200777 offset=145616896 len=1024
read t=61543053777 offset=145399808 len=1024
read t=61592411777 offset=145386496 len=3072
read t=61643244777 offset=145162240 len=4096
read t=61692303777 offset=145438720 len=1024
read t=61692655777 offset=145390592 len=1024
read t=61692867777 offset=145418240 len=1024
read t=61742606777 offset=145559552 len=5120
read t=61891946777 offset=145399808 len=3072
read t=61942261777 offset=7286784 len=58368
read t=61992284777 offset=144068608 len=4096
read t=62041922777 offset=145438720 len=3072
read t=62091986777 offset=145390592 len=3072
read t=62141727777 offset=145418240 len=3072
read t=62197204777 offset=145553408 len=1024
read t=62242058777 offset=145646592 len=1024
read t=62296718777 offset=145386496 len=1024
read t=62343220777 offset=16384 len=4096
read t=62392348777 offset=145624064 len=1024
read t=62442595777 offset=145507328 len=1024
read t=62492366777 offset=145534976 len=1024
read t=62541756777 offset=145553408 len=4096
read t=62592026777 offset=145646592 len=1024
read t=62641527777 offset=145386496 len=3072
read t=62691683777 offset=32768 len=4096
read t=62741802777 offset=145624064 len=3072
read t=62791853777 offset=145507328 len=5120
read t=62842149777 offset=145534976 len=4096
read t=62941831777 offset=145399808 len=1024
read t=62992461777 offset=7217152 len=70656
read t=63041807777 offset=65536 len=4096
read t=63093062777 offset=99538944 len=32768
read t=63142470777 offset=145390592 len=1024
read t=63192329777 offset=145418240 len=1024
read t=63241801777 offset=145399808 len=3072
read t=63307598777 offset=7150592 len=67584
read t=63342183777 offset=131072 len=4096
read t=63441936777 offset=145390592 len=3072
read t=63492163777 offset=145418240 len=3072
read t=63543504777 offset=30743552 len=41984
read t=63642126777 offset=262144 len=4096
read t=63643444777 offset=98451456 len=17408
read t=63692444777 offset=145646592 len=1024
read t=63796795777 offset=30784512 len=23552
read t=63842555777 offset=524288 len=4096
read t=63909150777 offset=145553408 len=1024
read t=63942110777 offset=145646592 len=1024
read t=63994350777 offset=30807040 len=22528
read t=64043294777 offset=1048576 len=4096
read t=64092172777 offset=145553408 len=4096
read t=64143146777 offset=145624064 len=1024
read t=64194368777 offset=30807040 len=22528
read t=64242747777 offset=2097152 len=4096
read t=64292148777 offset=145386496 len=1024
read t=64292445777 offset=145556480 len=1024
read t=64341760777 offset=145624064 len=3072
read t=64441640777 offset=4194304 len=4096
read t=64492173777 offset=145386496 len=3072
read t=64544328777 offset=145556480 len=4096
read t=64594477777 offset=145503232 len=1024
read t=64642376777 offset=12288 len=4096
read t=64742521777 offset=145433600 len=1024
read t=64791851777 offset=145503232 len=5120
read t=64841933777 offset=28672 len=4096
read t=64891954777 offset=145433600 len=4096
read t=64944272777 offset=145431552 len=1024
read t=64944310777 offset=145388544 len=1024
read t=64992199777 offset=61440 len=4096
read t=65042040777 offset=145646592 len=1024
read t=65091677777 offset=145388544 len=3072
read t=65141778777 offset=145431552 len=3072
read t=65192481777 offset=8192 len=4096
read t=65192762777 offset=20480 len=8192
read t=65193109777 offset=36864 len=24576
read t=65193244777 offset=69632 len=61440
read t=65193426777 offset=135168 len=126976
read t=65242030777 offset=145646592 len=1024
read t=65281912777 offset=145559552 len=1024
read t=65595967777 offset=266240 len=258048
read t=65644148777 offset=145553408 len=1024
read t=65644779777 offset=145617920 len=1024
read t=65691995777 offset=145559552 len=5120
read t=65744736777 offset=144965632 len=176128
read t=65744776777 offset=145145856 len=4096
read t=65744779777 offset=145154048 len=8192
read t=65744782777 offset=145166336 len=16384
read t=65744785777 offset=145186816 len=40960
read t=65791896777 offset=145553408 len=4096
read t=65841786777 offset=145617920 len=4096
read t=66143762777 offset=145227776 len=45056
read t=66144147777 offset=145276928 len=24576
read t=66144406777 offset=145305600 len=40960
read t=66144718777 offset=145350656 len=94208
read t=66144897777 offset=145448960 len=40960
read t=66194653777 offset=145624064 len=1024
read t=66194694777 offset=145433600 len=1024
read t=66243587777 offset=11639808 len=22528
read t=66541830777 offset=145433600 len=4096
read t=66591972777 offset=145624064 len=3072
read t=66721300777 offset=145534976 len=1024
read t=66748883777 offset=97870848 len=28672
read t=66792009777 offset=145534976 len=4096
read t=66862578777 offset=145386496 len=1024
read t=66892489777 offset=145418240 len=1024
read t=66941736777 offset=145386496 len=3072
read t=66991876777 offset=145418240 len=3072
read t=67041994777 offset=10358784 len=40960
read t=67092185777 offset=145646592 len=1024
read t=67147111777 offset=10398720 len=57344
read t=67191991777 offset=145646592 len=1024
read t=67243975777 offset=10455040 len=61440
read t=67292978777 offset=68319232 len=26624
read t=67344621777 offset=10515456 len=25600
read t=67447291777 offset=10540032 len=12288
read t=67492926777 offset=10551296 len=12288
read t=67514493777 offset=145559552 len=1024
read t=67542303777 offset=10562560 len=16384
read t=67594297777 offset=145559552 len=5120
read t=67642718777 offset=10577920 len=30720
read t=67691898777 offset=145438720 len=1024
read t=67743147777 offset=10607616 len=32768
read t=67791669777 offset=145438720 len=3072
read t=67843383777 offset=10639360 len=22528
read t=67891787777 offset=145624064 len=1024
read t=67943631777 offset=10660864 len=21504
read t=67991894777 offset=145624064 len=3072
read t=68045397777 offset=10681344 len=21504
read t=68093301777 offset=99502080 len=37888
read t=68143531777 offset=10701824 len=21504
read t=68243170777 offset=10722304 len=20480
read t=68295829777 offset=10741760 len=17408
read t=68299613777 offset=99473408 len=29696
read t=68342911777 offset=10758144 len=17408
read t=68443920777 offset=145616896 len=2048
read t=68444417777 offset=10774528 len=17408
read t=68544044777 offset=10790912 len=21504
read t=68591441777 offset=145381376 len=1024
read t=68593135777 offset=10811392 len=4096
read t=68692979777 offset=10811392 len=4096
read t=68765034777 offset=145381376 len=3072
read t=68805369777 offset=145515520 len=1024
read t=68841513777 offset=145515520 len=5120
read t=68844489777 offset=145553408 len=1024
read t=68867964777 offset=102684672 len=52224
read t=68892033777 offset=145397760 len=1024
read t=68941662777 offset=145553408 len=4096
read t=68993765777 offset=145499136 len=1024
read t=69041699777 offset=145397760 len=3072
read t=69073070777 offset=145390592 len=1024
read t=69141675777 offset=145499136 len=5120
read t=69192126777 offset=145646592 len=1024
read t=69241740777 offset=145390592 len=3072
read t=69292297777 offset=145386496 len=1024
read t=69342028777 offset=145646592 len=1024
read t=69392470777 offset=14445568 len=40960
read t=69441926777 offset=145386496 len=3072
read t=69492371777 offset=145617920 len=1024
read t=69546183777 offset=14485504 len=23552
read t=69593109777 offset=145383424 len=1024
read t=69641944777 offset=145617920 len=4096
read t=69724079777 offset=145503232 len=1024
read t=69741666777 offset=145383424 len=4096
read t=69793318777 offset=30332928 len=32768
read t=69841874777 offset=145503232 len=5120
read t=69893244777 offset=1400832 len=58368
read t=69992932777 offset=10072064 len=40960
read t=70022519777 offset=145438720 len=1024
read t=70094466777 offset=10112000 len=29696
read t=70141822777 offset=145438720 len=3072
read t=70193919777 offset=10140672 len=21504
read t=70242543777 offset=101540864 len=44032
read t=70293230777 offset=10161152 len=3072
read t=70344206777 offset=101583872 len=49152
read t=70392526777 offset=10161152 len=3072
read t=70497590777 offset=145570816 len=1024
read t=70543431777 offset=145570816 len=6144
read t=70572344777 offset=145542144 len=1024
read t=70641706777 offset=145542144 len=5120
read t=70692275777 offset=145390592 len=1024
read t=70741945777 offset=145390592 len=3072
read t=70792212777 offset=145646592 len=1024
read t=70842184777 offset=145646592 len=1024
read t=70892423777 offset=145507328 len=1024
read t=70941584777 offset=145507328 len=5120
read t=70992116777 offset=145617920 len=1024
read t=71041496777 offset=145617920 len=4096
read t=71093349777 offset=14938112 len=27648
read t=71146945777 offset=145448960 len=1024
read t=71185659777 offset=14418944 len=27648
read t=71247796777 offset=145448960 len=3072
read t=71292114777 offset=145626112 len=1024
read t=71342315777 offset=145626112 len=3072
read t=71396396777 offset=122182656 len=36864
read t=71445749777 offset=145383424 len=1024
read t=71492497777 offset=145383424 len=4096
read t=71542768777 offset=283648 len=50176
read t=71599873777 offset=839680 len=18432
read t=71647334777 offset=145567744 len=1024
read t=71692517777 offset=145567744 len=4096
read t=71741810777 offset=145442816 len=1024
read t=71792158777 offset=145442816 len=4096
read t=71844405777 offset=117419008 len=44032
read t=71895627777 offset=117462016 len=24576
read t=71948228777 offset=332800 len=49152
read t=71994452777 offset=380928 len=70656
read t=72048767777 offset=450560 len=72704
read t=72094091777 offset=522240 len=71680
read t=72145616777 offset=592896 len=71680
read t=72199017777 offset=736256 len=58368
read t=72244606777 offset=793600 len=47104
read t=72309377777 offset=663552 len=73728
read t=72369377777 offset=145499136 len=1024
read t=72391787777 offset=145499136 len=5120
read t=72442582777 offset=145381376 len=1024
read t=72492219777 offset=145381376 len=3072
read t=72541552777 offset=145646592 len=1024
read t=72592250777 offset=145646592 len=1024
read t=72644784777 offset=0 len=73728
read t=72704723777 offset=145570816 len=1024
read t=72742205777 offset=145570816 len=6144
read t=72792885777 offset=145617920 len=1024
read t=72842091777 offset=145617920 len=4096
read t=72907829777 offset=6136832 len=26624
read t=73001725777 offset=145559552 len=1024
read t=73007394777 offset=145559552 len=5120
read t=73044905777 offset=145553408 len=1024
read t=73047380777 offset=145448960 len=1024
end files=1103 reads=1352
