liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=964eb607936198fc599d4ad96ecc6493385d186bcfaa19732a3c6509a65834c5
events 314
dropped 0
boots 1
duration_ns 54566900776
file /usr/bin/dash inode=213 t=27707015665 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=27789130665 kinds=block pages=0-52 ranks=1 count=6
file /etc/ld.so.cache inode=3652 t=27863019665 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=27863019665 kinds=block pages=0-470 ranks=3 count=15
file /usr/bin/touch inode=51584 t=28346164665 kinds=block pages=0-26 ranks=4 count=2
file /usr/lib/systemd/systemd inode=53945 t=28377865665 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=28377865665 kinds=block pages=0-505 ranks=6 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=28830060665 kinds=block pages=0-817 ranks=7 count=19
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=31097319665 kinds=block pages=0-31 ranks=8 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=31170165665 kinds=block pages=0-16 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=31170165665 kinds=block pages=0-31 ranks=10 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=32065270665 kinds=block pages=0-27 ranks=11 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=32065270665 kinds=block pages=0-19 ranks=12 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=32078314665 kinds=block pages=0-42 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=32125278665 kinds=block pages=0-98 ranks=14 count=3
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=32131360665 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=32131360665 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=32220130665 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=32220130665 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=32275401665 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=32471416665 kinds=block pages=0-8 ranks=21 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=32521309665 kinds=block pages=0-36 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=32521309665 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=12
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=33066503665 kinds=block pages=0-95,144-159,160-186 ranks=27,119,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=33166457665 kinds=block pages=0-46 ranks=29 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=33266401665 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=33489973665 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=33489973665 kinds=block pages=0-153 ranks=33 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=33621254665 kinds=block pages=0-38 ranks=34 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=33673988665 kinds=block pages=0-171 ranks=35 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=33767376665 kinds=block pages=0-191,192-239,288-308 ranks=36,168,37 count=6
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=33916531665 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=33969364665 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=33969364665 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=33969364665 kinds=block pages=0-27 ranks=41 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=34017406665 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=34017406665 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=340463 t=34017406665 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=34066595665 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=34066595665 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=34066595665 kinds=block pages=0-10 ranks=47 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=34117805665 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=34117805665 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=34117805665 kinds=block pages=0-3 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=34117805665 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=34117805665 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=34117805665 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=34117805665 kinds=block pages=0-3 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=34117805665 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=34117805665 kinds=block pages=0-7 ranks=56 count=1
file /usr/lib/systemd/systemd-journald inode=355396 t=34166941665 kinds=block pages=0-41 ranks=57 count=2
file /usr/bin/mount inode=355409 t=34217411665 kinds=block pages=0-14 ranks=58 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=360120 t=34269302665 kinds=block pages=0-6 ranks=59 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=361088 t=34269302665 kinds=block pages=0-63,64-86 ranks=60,137 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=361133 t=34317366665 kinds=block pages=0-28 ranks=61 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=361174 t=34317366665 kinds=block pages=0-105 ranks=62 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=361207 t=34423399665 kinds=block pages=0-3 ranks=63 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=374656 t=34423399665 kinds=block pages=0-100 ranks=64 count=3
file /usr/lib/systemd/systemd-modules-load inode=374683 t=34517441665 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=374687 t=34517441665 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=374691 t=34517441665 kinds=block pages=0-330 ranks=67 count=7
file /usr/lib/systemd/systemd-random-seed inode=408518 t=35306246665 kinds=block pages=0-5 ranks=68 count=1
file /usr/lib/systemd/systemd-sysctl inode=408522 t=35306246665 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=408526 t=35306246665 kinds=block pages=0-15 ranks=70 count=2
file /usr/bin/systemd-tmpfiles inode=410789 t=35313628665 kinds=block pages=0-27 ranks=71 count=1
file /usr/bin/journalctl inode=410799 t=35313628665 kinds=block pages=0-18 ranks=72 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415254 t=35316888665 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=415744 t=35316888665 kinds=block pages=0-63,960-1151,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,75,76,77,78,79 count=15
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474112 t=35957483665 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474115 t=35957483665 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=474951 t=35957483665 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475729 t=36010149665 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=475969 t=36010149665 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=476160 t=36010149665 kinds=block pages=0-330 ranks=85 count=8
file /usr/lib/systemd/systemd-user-sessions inode=476246 t=36372006665 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505527 t=36372006665 kinds=block pages=0-21 ranks=87 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505553 t=36372006665 kinds=block pages=0-6 ranks=88 count=1
file /usr/lib/udev/cdrom_id inode=505557 t=36372006665 kinds=block pages=0-19 ranks=89 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505565 t=36408249665 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=510145 t=36408249665 kinds=block pages=0-16 ranks=91 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511646 t=36408249665 kinds=block pages=0-7 ranks=92 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511660 t=36461181665 kinds=block pages=0-46 ranks=93 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511687 t=36461181665 kinds=block pages=0-13 ranks=94 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511692 t=36508317665 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511732 t=36508317665 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=517772 t=36508317665 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=517784 t=36508317665 kinds=block pages=0-95 ranks=98 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=517826 t=36608070665 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/udev/dmi_memory_id inode=517829 t=36608070665 kinds=block pages=0-18 ranks=100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=526080 t=36608070665 kinds=block pages=0-580 ranks=101 count=10
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=526237 t=37310131665 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=526255 t=37322032665 kinds=block pages=0-97 ranks=103 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=526298 t=37702771665 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=526304 t=37702771665 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=526310 t=37702771665 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=575616 t=37702771665 kinds=block pages=0-308 ranks=107 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575696 t=37904522665 kinds=block pages=0-49 ranks=108 count=2
file /usr/bin/readlink inode=575735 t=37965234665 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=608768 t=37965234665 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=608774 t=37965234665 kinds=block pages=0-10 ranks=111 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=611072 t=38378642665 kinds=block pages=0-2 ranks=112 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=611076 t=38378642665 kinds=block pages=0-2 ranks=113 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=611097 t=38378642665 kinds=block pages=0-2 ranks=114 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=611101 t=38378642665 kinds=block pages=0-2 ranks=115 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=612845 t=38378642665 kinds=block pages=0-2 ranks=116 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=612849 t=38378642665 kinds=block pages=0-2 ranks=117 count=1
file /etc/init.d/udev inode=614595 t=38378642665 kinds=block pages=0-1 ranks=118 count=1
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=6597916 t=39480454665 kinds=block pages=0-30 ranks=120 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=6597962 t=39480454665 kinds=block pages=0-1 ranks=121 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=6597969 t=39480454665 kinds=block pages=0-6 ranks=122 count=1
file /usr/lib/systemd/systemd-ac-power inode=5856486 t=40911076665 kinds=block pages=0-3 ranks=123 count=1
file /usr/lib/systemd/systemd-backlight inode=5856490 t=40911076665 kinds=block pages=0-7 ranks=124 count=1
file /usr/lib/systemd/systemd-binfmt inode=5856495 t=40911076665 kinds=block pages=0-4 ranks=125 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=5856499 t=40911076665 kinds=block pages=0-3 ranks=126 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=5856503 t=40911076665 kinds=block pages=0-3 ranks=127 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=5857920 t=40961768665 kinds=block pages=0-17 ranks=128 count=1
file /usr/lib/systemd/systemd-fsck inode=5857927 t=40961768665 kinds=block pages=0-5 ranks=129 count=1
file /usr/lib/systemd/systemd-fsckd inode=5857931 t=40961768665 kinds=block pages=0-6 ranks=130 count=1
file /usr/lib/systemd/systemd-growfs inode=5857936 t=40961768665 kinds=block pages=0-5 ranks=131 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=5857940 t=40961768665 kinds=block pages=0-3 ranks=132 count=1
file /usr/lib/systemd/systemd-hostnamed inode=5857944 t=40961768665 kinds=block pages=0-10 ranks=133 count=1
file /usr/lib/systemd/systemd-initctl inode=5857950 t=40961768665 kinds=block pages=0-5 ranks=134 count=1
file /usr/lib/systemd/systemd-integritysetup inode=5857954 t=40961768665 kinds=block pages=0-5 ranks=135 count=1
file /usr/lib/systemd/systemd-localed inode=5857958 t=40961768665 kinds=block pages=0-11 ranks=136 count=1
file /usr/lib/lsb/init-functions inode=983141 t=43087935665 kinds=block pages=0-2 ranks=138 count=1
file /var/log/dpkg.log inode=7891036 t=48970141665 kinds=block pages=0-12 ranks=139 count=2
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=7869907 t=50063061665 kinds=block pages=64-101 ranks=140 count=2
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=7873472 t=50064320665 kinds=block pages=0-6 ranks=141 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=7873888 t=50064320665 kinds=block pages=0-3 ranks=142 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=7874065 t=50064713665 kinds=block pages=0-1 ranks=143 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=7874101 t=50064713665 kinds=block pages=0-5 ranks=144 count=1
file /var/lib/dpkg/info/login.list inode=7874697 t=50064713665 kinds=block pages=0-2 ranks=145 count=1
file /var/lib/dpkg/info/login.md5sums inode=7874701 t=50064713665 kinds=block pages=0-2 ranks=146 count=1
file /var/lib/dpkg/info/passwd.list inode=7875669 t=50064713665 kinds=block pages=0-3 ranks=147 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=7875673 t=50123460665 kinds=block pages=0-4 ranks=148 count=1
file /var/lib/dpkg/info/perl-base.list inode=7876286 t=50183504665 kinds=block pages=0-10 ranks=149 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=7876292 t=50265336665 kinds=block pages=0-13 ranks=150 count=1
file /var/lib/dpkg/info/sed.list inode=7876334 t=50265336665 kinds=block pages=0-1 ranks=151 count=1
file /var/lib/dpkg/info/systemd.list inode=7877690 t=50265336665 kinds=block pages=0-9 ranks=152 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=7877695 t=50265336665 kinds=block pages=0-11 ranks=153 count=2
file /var/lib/dpkg/info/systemd.postinst inode=7877701 t=50265336665 kinds=block pages=0-1 ranks=154 count=2
file /var/lib/dpkg/info/tar.list inode=7879149 t=50265336665 kinds=block pages=0-1 ranks=155 count=2
file /var/lib/dpkg/info/tzdata.config inode=7879445 t=50265336665 kinds=block pages=0-1 ranks=156 count=2
file /var/lib/dpkg/info/tzdata.list inode=7879448 t=50265336665 kinds=block pages=0-12 ranks=157 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=7879454 t=50364731665 kinds=block pages=0-15 ranks=158 count=2
file /var/lib/dpkg/info/tzdata.templates inode=7881528 t=50364731665 kinds=block pages=0-69 ranks=159 count=4
file /var/lib/dpkg/info/udev.list inode=7881552 t=50443226665 kinds=block pages=0-1 ranks=160 count=2
file /var/lib/dpkg/info/udev.md5sums inode=7881555 t=50443226665 kinds=block pages=0-1 ranks=161 count=2
file /var/lib/dpkg/info/util-linux.list inode=7885166 t=50443226665 kinds=block pages=0-2 ranks=162 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=7885170 t=50464640665 kinds=block pages=0-4 ranks=163 count=2
file /var/lib/dpkg/status inode=7885957 t=50538248665 kinds=block pages=0-21 ranks=164 count=3
file /var/lib/dpkg/status-old inode=7885965 t=50577232665 kinds=block pages=0-21 ranks=165 count=2
file /var/lib/systemd/catalog/database inode=7886051 t=50627651665 kinds=block pages=0-52 ranks=166 count=3
file /var/log/bootstrap.log inode=7891027 t=50714160665 kinds=block pages=0-15 ranks=167 count=2
read t=27703295665 offset=0 len=4096
read t=27707015665 offset=4096 len=61440
read t=27789130665 offset=65536 len=65536
read t=27860290665 offset=131072 len=131072
read t=27863019665 offset=262144 len=131072
read t=27863567665 offset=393216 len=131072
read t=27909307665 offset=524288 len=131072
read t=27991941665 offset=655360 len=131072
read t=28010138665 offset=786432 len=131072
read t=28058418665 offset=917504 len=131072
read t=28110338665 offset=1048576 len=131072
read t=28159156665 offset=1179648 len=131072
read t=28234197665 offset=1310720 len=131072
read t=28283486665 offset=1441792 len=131072
read t=28346164665 offset=1572864 len=131072
read t=28377865665 offset=1703936 len=131072
read t=28410895665 offset=1835008 len=131072
read t=28478030665 offset=1966080 len=131072
read t=28509423665 offset=2097152 len=131072
read t=28581299665 offset=2228224 len=131072
read t=28609649665 offset=2359296 len=131072
read t=28677648665 offset=2490368 len=131072
read t=28748010665 offset=2621440 len=131072
read t=28781430665 offset=2752512 len=131072
read t=28830060665 offset=2883584 len=131072
read t=28868027665 offset=3014656 len=131072
read t=28915421665 offset=3145728 len=131072
read t=28961471665 offset=3276800 len=131072
read t=29017586665 offset=3407872 len=131072
read t=29059245665 offset=3538944 len=131072
read t=29113356665 offset=3670016 len=131072
read t=29159176665 offset=3801088 len=131072
read t=29215903665 offset=3932160 len=131072
read t=29266053665 offset=4063232 len=131072
read t=29308475665 offset=4194304 len=131072
read t=29359157665 offset=4325376 len=131072
read t=29408579665 offset=4456448 len=131072
read t=29459082665 offset=4587520 len=131072
read t=29509318665 offset=4718592 len=131072
read t=29559395665 offset=4849664 len=131072
read t=29610595665 offset=4980736 len=131072
read t=31097319665 offset=5111808 len=131072
read t=31170165665 offset=5242880 len=131072
read t=32065270665 offset=5373952 len=131072
read t=32078314665 offset=5505024 len=131072
read t=32125278665 offset=5636096 len=131072
read t=32126228665 offset=5767168 len=131072
read t=32131360665 offset=5898240 len=131072
read t=32181298665 offset=6029312 len=131072
read t=32220130665 offset=6160384 len=131072
read t=32275401665 offset=6291456 len=131072
read t=32317080665 offset=6422528 len=131072
read t=32371545665 offset=6553600 len=131072
read t=32424994665 offset=6684672 len=131072
read t=32471416665 offset=6815744 len=131072
read t=32521309665 offset=6946816 len=131072
read t=32567967665 offset=7077888 len=131072
read t=32616469665 offset=7208960 len=131072
read t=32668240665 offset=7340032 len=131072
read t=32716397665 offset=7471104 len=131072
read t=32767522665 offset=7602176 len=131072
read t=32816385665 offset=7733248 len=131072
read t=32872354665 offset=7864320 len=131072
read t=32916414665 offset=7995392 len=131072
read t=32966579665 offset=8126464 len=131072
read t=33017406665 offset=8257536 len=131072
read t=33066503665 offset=8388608 len=131072
read t=33117217665 offset=8519680 len=131072
read t=33166457665 offset=8650752 len=131072
read t=33217146665 offset=8781824 len=131072
read t=33266401665 offset=8912896 len=131072
read t=33317229665 offset=9043968 len=131072
read t=33366513665 offset=9175040 len=131072
read t=33431962665 offset=9306112 len=131072
read t=33489973665 offset=9437184 len=131072
read t=33539558665 offset=9568256 len=131072
read t=33570043665 offset=9699328 len=131072
read t=33621254665 offset=9830400 len=131072
read t=33673988665 offset=9961472 len=131072
read t=33721404665 offset=10092544 len=131072
read t=33767376665 offset=10223616 len=131072
read t=33819586665 offset=10354688 len=131072
read t=33874090665 offset=10485760 len=131072
read t=33916531665 offset=10616832 len=131072
read t=33969364665 offset=10747904 len=131072
read t=34017406665 offset=10878976 len=131072
read t=34066595665 offset=11010048 len=131072
read t=34117805665 offset=11141120 len=131072
read t=34166941665 offset=11272192 len=131072
read t=34217411665 offset=11403264 len=131072
read t=34269302665 offset=11534336 len=131072
read t=34317366665 offset=11665408 len=131072
read t=34366477665 offset=11796480 len=131072
read t=34423399665 offset=11927552 len=131072
read t=34466474665 offset=12058624 len=131072
read t=34517441665 offset=12189696 len=131072
read t=34569422665 offset=12320768 len=131072
read t=34625914665 offset=12451840 len=131072
read t=34685364665 offset=12582912 len=131072
read t=34716444665 offset=12713984 len=131072
read t=34769982665 offset=12845056 len=131072
read t=35306246665 offset=12976128 len=131072
read t=35313628665 offset=13107200 len=131072
read t=35316888665 offset=13238272 len=131072
read t=35321569665 offset=13369344 len=131072
read t=35357927665 offset=13500416 len=131072
read t=35407408665 offset=13631488 len=131072
read t=35462497665 offset=13762560 len=131072
read t=35507465665 offset=13893632 len=131072
read t=35574453665 offset=14024704 len=131072
read t=35608033665 offset=14155776 len=131072
read t=35657324665 offset=14286848 len=131072
read t=35708064665 offset=14417920 len=131072
read t=35757287665 offset=14548992 len=131072
read t=35808246665 offset=14680064 len=131072
read t=35865468665 offset=14811136 len=131072
read t=35908338665 offset=14942208 len=131072
read t=35957483665 offset=15073280 len=131072
read t=36010149665 offset=15204352 len=131072
read t=36061396665 offset=15335424 len=131072
read t=36116368665 offset=15466496 len=131072
read t=36157426665 offset=15597568 len=131072
read t=36250439665 offset=15728640 len=131072
read t=36257221665 offset=15859712 len=131072
read t=36311364665 offset=15990784 len=131072
read t=36372006665 offset=16121856 len=131072
read t=36408249665 offset=16252928 len=131072
read t=36461181665 offset=16384000 len=131072
read t=36508317665 offset=16515072 len=131072
read t=36557351665 offset=16646144 len=131072
read t=36608070665 offset=16777216 len=131072
read t=36657427665 offset=16908288 len=131072
read t=36708265665 offset=17039360 len=131072
read t=36757372665 offset=17170432 len=131072
read t=36807961665 offset=17301504 len=131072
read t=36857470665 offset=17432576 len=131072
read t=36913551665 offset=17563648 len=131072
read t=36958175665 offset=17694720 len=131072
read t=37290624665 offset=17825792 len=131072
read t=37310131665 offset=17956864 len=131072
read t=37322032665 offset=18087936 len=131072
read t=37322706665 offset=18219008 len=131072
read t=37702771665 offset=18350080 len=131072
read t=37706094665 offset=18481152 len=131072
read t=37706948665 offset=18612224 len=131072
read t=37707855665 offset=18743296 len=131072
read t=37757966665 offset=18874368 len=131072
read t=37813669665 offset=19005440 len=131072
read t=37855077665 offset=19136512 len=131072
read t=37904522665 offset=19267584 len=131072
read t=37965234665 offset=19398656 len=131072
read t=38009353665 offset=19529728 len=12288
read t=38291294665 offset=19759104 len=4096
read t=38299054665 offset=215535616 len=4096
read t=38378642665 offset=19542016 len=131072
read t=38430197665 offset=19755008 len=4096
read t=38439081665 offset=214212608 len=4096
read t=38509774665 offset=207400960 len=4096
read t=38514247665 offset=206831616 len=4096
read t=38520335665 offset=198295552 len=4096
read t=38563298665 offset=204075008 len=4096
read t=38597301665 offset=197570560 len=4096
read t=38690427665 offset=203440128 len=4096
read t=38713761665 offset=211132416 len=4096
read t=38909674665 offset=19734528 len=4096
read t=39142022665 offset=19681280 len=4096
read t=39149490665 offset=214290432 len=4096
read t=39407193665 offset=216788992 len=4096
read t=39478851665 offset=211357696 len=4096
read t=39479406665 offset=211361792 len=16384
read t=39479902665 offset=211378176 len=32768
read t=39480454665 offset=211410944 len=65536
read t=39697633665 offset=187330560 len=4096
read t=40285794665 offset=187342848 len=4096
read t=40288576665 offset=187346944 len=16384
read t=40301328665 offset=187400192 len=4096
read t=40307921665 offset=19705856 len=4096
read t=40395597665 offset=19750912 len=4096
read t=40405355665 offset=187334656 len=4096
read t=40443220665 offset=187338752 len=4096
read t=40490442665 offset=187379712 len=4096
read t=40891979665 offset=187387904 len=12288
read t=40901688665 offset=187363328 len=16384
read t=40904616665 offset=187383808 len=4096
read t=40911076665 offset=187404288 len=77824
read t=40961768665 offset=187482112 len=131072
read t=40993280665 offset=187613184 len=12288
read t=42654923665 offset=188563456 len=4096
read t=42766760665 offset=227639296 len=4096
read t=43087404665 offset=31465472 len=4096
read t=43087935665 offset=31469568 len=16384
read t=43963085665 offset=31490048 len=4096
read t=44605132665 offset=252510208 len=4096
read t=44986539665 offset=250449920 len=4096
read t=44989228665 offset=252350464 len=4096
read t=45140070665 offset=19746816 len=4096
read t=45973883665 offset=31014912 len=4096
read t=47601094665 offset=252506112 len=4096
read t=47610785665 offset=218230784 len=4096
read t=47613714665 offset=225300480 len=4096
read t=47615467665 offset=225779712 len=4096
read t=47731797665 offset=250433536 len=4096
read t=47737604665 offset=19763200 len=20480
read t=48939729665 offset=252444672 len=4096
read t=48969216665 offset=252526592 len=4096
read t=48970141665 offset=252530688 len=4096
read t=48970760665 offset=252399616 len=4096
read t=48995972665 offset=252502016 len=4096
read t=49047724665 offset=252403712 len=4096
read t=49096923665 offset=252329984 len=4096
read t=49149540665 offset=252231680 len=4096
read t=49191725665 offset=252186624 len=4096
read t=49241321665 offset=252157952 len=4096
read t=49293387665 offset=252067840 len=4096
read t=49356938665 offset=252035072 len=4096
read t=49393452665 offset=252026880 len=4096
read t=49442077665 offset=252047360 len=4096
read t=49492058665 offset=133787648 len=4096
read t=49542296665 offset=250953728 len=4096
read t=49592915665 offset=132431872 len=4096
read t=50062511665 offset=251920384 len=4096
read t=50063061665 offset=251924480 len=16384
read t=50064320665 offset=251940864 len=32768
read t=50064713665 offset=251973632 len=53248
read t=50123460665 offset=252030976 len=4096
read t=50183504665 offset=252039168 len=8192
read t=50246976665 offset=252051456 len=16384
read t=50265336665 offset=252071936 len=86016
read t=50335254665 offset=252162048 len=24576
read t=50364731665 offset=252190720 len=40960
read t=50443226665 offset=252235776 len=94208
read t=50464640665 offset=252334080 len=16384
read t=50538248665 offset=252354560 len=45056
read t=50577232665 offset=252407808 len=24576
read t=50627651665 offset=252432384 len=12288
read t=50664272665 offset=252448768 len=53248
read t=50714160665 offset=252514304 len=12288
read t=50765179665 offset=186572800 len=4096
read t=50814356665 offset=186576896 len=16384
read t=50865061665 offset=186593280 len=32768
read t=51265396665 offset=28110848 len=4096
read t=51292566665 offset=61440 len=4096
read t=51335808665 offset=192512 len=4096
read t=51389651665 offset=454656 len=4096
read t=51453767665 offset=978944 len=4096
read t=51489860665 offset=2027520 len=4096
read t=51611536665 offset=4124672 len=4096
read t=51932995665 offset=0 len=61440
read t=51983072665 offset=65536 len=126976
read t=52033781665 offset=196608 len=131072
read t=52083878665 offset=327680 len=126976
read t=52133872665 offset=252112896 len=131072
read t=52183365665 offset=252243968 len=131072
read t=52233977665 offset=252375040 len=131072
read t=52283349665 offset=252506112 len=28672
read t=54309591665 offset=208490496 len=4096
end files=154 reads=256
