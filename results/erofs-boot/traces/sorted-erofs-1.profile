liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 542
dropped 0
boots 1
duration_ns 35072468291
file /usr/bin/dash inode=213 t=8595759124 kinds=block pages=0-12,13-30 ranks=0,207 count=3
file /usr/lib/systemd/systemd inode=49209 t=8920592124 kinds=block pages=0-15,16-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=9166801124 kinds=block pages=0-31,32-52 ranks=2,5 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=9266558124 kinds=block pages=0-101,102-149,150-191,192-277,278-299,300-329,330-383,384-479,480-505 ranks=4,10,93,89,92,91,90,71,8 count=18
file /etc/ld.so.cache inode=3396 t=9416199124 kinds=block pages=0-1 ranks=6 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=9465618124 kinds=block pages=0-57,58-89,90-95,96-118,119-139,140-159,160-244,245-261,262-351,352-361,362-383,384-447,448-470 ranks=7,16,88,79,72,53,52,56,55,162,73,57,17 count=33
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=9666114124 kinds=block pages=0-6,7-39,40-154,155-196,197-239,240-255,256-326,327-356,357-383,384-463,464-511,512-554,555-575,576-703,704-767,768-799,800-817 ranks=9,11,15,70,85,129,87,84,83,80,82,101,130,81,86,69,12 count=38
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=9916249124 kinds=block pages=0-31 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=9965813124 kinds=block pages=0-6,7-16 ranks=14,19 count=3
file /usr/bin/touch inode=46976 t=10417014124 kinds=block pages=0-26 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=10616046124 kinds=block pages=0-31 ranks=20 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=10664744124 kinds=block pages=0-27 ranks=21 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=10777611124 kinds=block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=10777611124 kinds=block pages=0-42 ranks=23 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=10868647124 kinds=block pages=0-63,64-79,80-98 ranks=24,28,25 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=11166318124 kinds=block pages=0-9 ranks=26 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=11166318124 kinds=block pages=0-21,22-63,64-68,69-86 ranks=27,29,68,30 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=11416113124 kinds=block pages=0-11 ranks=31 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=11466860124 kinds=block pages=0-50 ranks=32 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=11515046124 kinds=block pages=0-31,32-95,224-256,257-293,304-325 ranks=33,66,67,132,34 count=10
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=11765762124 kinds=block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=11765762124 kinds=block pages=0-36 ranks=36 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=11815768124 kinds=block pages=0-111,112-206,207-255,544-587,588-607,800-827,828-869,870-927,1024-1032,1033-1135,1136-1155 ranks=37,58,64,65,74,75,78,76,77,63,38 count=16
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=12016489124 kinds=block pages=0-31,32-95,130-159,160-165,166-186 ranks=39,61,116,62,40 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=12314717124 kinds=block pages=0-46 ranks=41 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=12365625124 kinds=block pages=0-76,77-127,128-159,192-194,195-202,203-222 ranks=42,46,59,60,133,43 count=8
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=12614704124 kinds=block pages=0-7 ranks=44 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=12614704124 kinds=block pages=0-62,63-111,112-127,128-153 ranks=45,49,134,47 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=12866190124 kinds=block pages=0-31,32-38 ranks=48,50 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=13066709124 kinds=block pages=0-15,16-171 ranks=51,54 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=18467781124 kinds=block pages=0-95,96-143,144-191,288-308 ranks=94,226,177,115 count=8
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=18617000124 kinds=block pages=0-63 ranks=95 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=18714946124 kinds=block pages=0-1 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=18777140124 kinds=block pages=0-26 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=18777140124 kinds=block pages=0-27 ranks=98 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=18777140124 kinds=block pages=0-15 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=18777140124 kinds=block pages=0-8 ranks=100 count=1
file /usr/bin/kmod inode=300399 t=18865738124 kinds=block pages=0-43 ranks=102 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=18865738124 kinds=block pages=0-8 ranks=103 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=18968099124 kinds=block pages=0-3 ranks=104 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=18968099124 kinds=block pages=0-10 ranks=105 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=18968099124 kinds=block pages=0-5 ranks=106 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=18968099124 kinds=block pages=0-3 ranks=107 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=18968099124 kinds=block pages=0-7 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=18968099124 kinds=block pages=0-5 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=18968099124 kinds=block pages=0-3 ranks=110 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=18968099124 kinds=block pages=0-3 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=18968099124 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=18968099124 kinds=block pages=0-7 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=18968099124 kinds=block pages=0-3 ranks=114 count=1
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=19315658124 kinds=block pages=0-30 ranks=117 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=19315658124 kinds=block pages=0-1 ranks=118 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=19315658124 kinds=block pages=0-6 ranks=119 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=19315658124 kinds=block pages=0-13 ranks=120 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=19315658124 kinds=block pages=0-4 ranks=121 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=19315658124 kinds=block pages=0-2 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=19315658124 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=19315658124 kinds=block pages=0-1 ranks=124 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=19315658124 kinds=block pages=0-1 ranks=125 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=19315658124 kinds=block pages=0-5 ranks=126 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=19315658124 kinds=block pages=0-2 ranks=127 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=19315658124 kinds=block pages=0-20 ranks=128 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=19753935124 kinds=block pages=0-8,9-41 ranks=131,135 count=2
file /usr/bin/mount inode=313613 t=20270148124 kinds=block pages=0-14 ranks=136 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=21496753124 kinds=block pages=0-6 ranks=137 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=21497348124 kinds=block pages=0-63,64-86 ranks=138,141 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=21527153124 kinds=block pages=0-28 ranks=139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=21527153124 kinds=block pages=0-31,32-105 ranks=140,143 count=2
file /usr/lib/lsb/init-functions inode=541541 t=21625679124 kinds=block pages=0-2 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=21690418124 kinds=block pages=0-3 ranks=144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=21726055124 kinds=block pages=0-100 ranks=145 count=3
file /usr/lib/systemd/systemd-modules-load inode=329371 t=21833453124 kinds=block pages=0-4 ranks=146 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=21833453124 kinds=block pages=0-4 ranks=147 count=1
file /usr/bin/udevadm inode=329379 t=21833453124 kinds=block pages=0-85,86-207,208-268,269-303,304-330 ranks=148,154,158,152,149 count=12
file /usr/lib/systemd/systemd-random-seed inode=360390 t=22094655124 kinds=block pages=0-5 ranks=150 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=22094655124 kinds=block pages=0-5 ranks=151 count=1
file /usr/bin/systemd-sysusers inode=360398 t=22286368124 kinds=block pages=0-6,7-15 ranks=153,155 count=2
file /usr/bin/journalctl inode=362564 t=22526929124 kinds=block pages=0-18 ranks=156 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=22526929124 kinds=block pages=0-7,8-27 ranks=157,159 count=2
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=22826951124 kinds=block pages=0-4 ranks=160 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=22826951124 kinds=block pages=0-31,32-63,894-959,960-1071,1072-1103,1104-1151,1152-1310,1728-1791,1792-1855,1888-1919,1920-1951,1952-2015,2464-2479,2480-2598,2599-2646,2647-2662,2663-2685,2686-2783,2944-3039,3040-3071,3072-3087,3088-3151,3152-3178 ranks=161,163,205,164,195,178,206,179,192,193,189,172,173,171,182,227,188,174,175,219,236,232,181 count=39
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=25337685124 kinds=block pages=0-1 ranks=165 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=25337685124 kinds=block pages=0-1 ranks=166 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=25394576124 kinds=block pages=0-2 ranks=167 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=25394576124 kinds=block pages=0-1 ranks=168 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=25591991124 kinds=block pages=0-1 ranks=169 count=1
file /usr/bin/systemctl inode=418048 t=25591991124 kinds=block pages=0-68,69-110,111-149,150-191,192-196,197-223,224-255,256-311,312-330 ranks=170,191,194,214,228,221,220,202,184 count=17
file /var/log/dpkg.log inode=803292 t=26710797124 kinds=block pages=0-12 ranks=176 count=1
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=27310959124 kinds=block pages=0-3 ranks=180 count=1
file /usr/sbin/e2scrub_all inode=462062 t=27660654124 kinds=block pages=0-1 ranks=183 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=27860843124 kinds=block pages=0-21 ranks=185 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=27860843124 kinds=block pages=0-6 ranks=186 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=27860843124 kinds=block pages=0-11,12-15,16-19 ranks=187,203,238 count=3
file /usr/bin/bash inode=499968 t=28312496124 kinds=block pages=0-31,32-111,112-153,154-185,186-223,224-287,288-308 ranks=190,204,230,234,275,231,196 count=16
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=28862461124 kinds=block pages=0-38,39-49 ranks=197,222 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=29060889124 kinds=block pages=0-7 ranks=198 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=29111719124 kinds=block pages=0-15,16-46 ranks=199,208 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=29160391124 kinds=block pages=0-2 ranks=200 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=29310871124 kinds=block pages=0-15,16-95 ranks=201,211 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=30110658124 kinds=block pages=0-13 ranks=209 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=30110658124 kinds=block pages=0-8 ranks=210 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=30210810124 kinds=block pages=0-3 ranks=212 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=30260647124 kinds=block pages=0-38,39-92,93-233,234-580 ranks=213,218,235,237 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=30411125124 kinds=block pages=0-11 ranks=215 count=1
file /usr/lib/udev/ata_id inode=446690 t=30461351124 kinds=block pages=0-12,13-16 ranks=216,239 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=30616203124 kinds=block pages=0-12 ranks=217 count=1
file /usr/bin/readlink inode=500087 t=31311152124 kinds=block pages=0-12 ranks=223 count=2
file /usr/bin/cat inode=532096 t=31360375124 kinds=block pages=0-10 ranks=224 count=1
file /usr/bin/sleep inode=532102 t=31360375124 kinds=block pages=0-10 ranks=225 count=1
file /usr/lib/udev/dmi_memory_id inode=461971 t=32060144124 kinds=block pages=0-18 ranks=229 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=32811086124 kinds=block pages=0-47,48-63 ranks=233,240 count=2
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=33590318124 kinds=block pages=0-1 ranks=241 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=33660154124 kinds=block pages=0-8 ranks=242 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=33660154124 kinds=block pages=0-2 ranks=243 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=33660154124 kinds=block pages=0-4 ranks=244 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=33660154124 kinds=block pages=0-2 ranks=245 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=33660154124 kinds=block pages=0-1 ranks=246 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=33810879124 kinds=block pages=0-60 ranks=247 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=33911468124 kinds=block pages=0-101 ranks=248 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=33911468124 kinds=block pages=0-6 ranks=249 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=33911468124 kinds=block pages=0-3 ranks=250 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=33911468124 kinds=block pages=0-1 ranks=251 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=33911468124 kinds=block pages=0-5 ranks=252 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=33911468124 kinds=block pages=0-2 ranks=253 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=33911468124 kinds=block pages=0-2 ranks=254 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=33911468124 kinds=block pages=0-3 ranks=255 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=33911468124 kinds=block pages=0-4 ranks=256 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=33911468124 kinds=block pages=0-10 ranks=257 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=33960753124 kinds=block pages=0-13 ranks=258 count=1
file /var/lib/dpkg/info/sed.list inode=801262 t=33960753124 kinds=block pages=0-1 ranks=259 count=1
file /var/lib/dpkg/info/systemd.list inode=801466 t=33960753124 kinds=block pages=0-9 ranks=260 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=34010743124 kinds=block pages=0-11 ranks=261 count=1
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=34010743124 kinds=block pages=0-1 ranks=262 count=1
file /var/lib/dpkg/info/tar.list inode=801645 t=34010743124 kinds=block pages=0-1 ranks=263 count=1
file /var/lib/dpkg/info/tzdata.config inode=801813 t=34010743124 kinds=block pages=0-1 ranks=264 count=1
file /var/lib/dpkg/info/tzdata.list inode=801816 t=34059756124 kinds=block pages=0-12 ranks=265 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=34059756124 kinds=block pages=0-15 ranks=266 count=1
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=34110775124 kinds=block pages=0-69 ranks=267 count=1
file /var/lib/dpkg/info/udev.list inode=802256 t=34110775124 kinds=block pages=0-1 ranks=268 count=1
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=34110775124 kinds=block pages=0-1 ranks=269 count=1
file /var/lib/dpkg/info/util-linux.list inode=802670 t=34110775124 kinds=block pages=0-2 ranks=270 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=34110775124 kinds=block pages=0-4 ranks=271 count=1
file /var/lib/dpkg/status inode=802949 t=34160713124 kinds=block pages=0-21 ranks=272 count=1
file /var/lib/dpkg/status-old inode=802957 t=34210780124 kinds=block pages=0-21 ranks=273 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=34260827124 kinds=block pages=0-79,80-97 ranks=274,278 count=2
file /var/lib/systemd/catalog/database inode=803043 t=34419343124 kinds=block pages=0-52 ranks=276 count=1
file /var/log/bootstrap.log inode=803283 t=34419343124 kinds=block pages=0-15 ranks=277 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=34496779124 kinds=block pages=0-16 ranks=279 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=34496779124 kinds=block pages=0-14 ranks=280 count=1
read t=8550625124 offset=0 len=16384
read t=8595759124 offset=16384 len=32768
read t=8636471124 offset=17203200 len=4096
read t=8667766124 offset=1503232 len=4096
read t=8717110124 offset=19718144 len=4096
read t=8782488124 offset=17080320 len=4096
read t=8865963124 offset=17199104 len=4096
read t=8867426124 offset=1572864 len=4096
read t=8920592124 offset=1576960 len=16384
read t=8966996124 offset=1593344 len=32768
read t=9016064124 offset=19693568 len=4096
read t=9066044124 offset=102400 len=4096
read t=9116719124 offset=106496 len=16384
read t=9166801124 offset=122880 len=32768
read t=9214703124 offset=155648 len=65536
read t=9266558124 offset=1626112 len=73728
read t=9314921124 offset=1699840 len=131072
read t=9365802124 offset=221184 len=16384
read t=9416199124 offset=237568 len=32768
read t=9465618124 offset=270336 len=65536
read t=9514690124 offset=335872 len=81920
read t=9565566124 offset=2617344 len=4096
read t=9615928124 offset=2621440 len=16384
read t=9666114124 offset=2637824 len=32768
read t=9715869124 offset=1830912 len=131072
read t=9765980124 offset=2670592 len=73728
read t=9815591124 offset=4673536 len=4096
read t=9865906124 offset=4677632 len=16384
read t=9916249124 offset=4694016 len=32768
read t=9965813124 offset=4726784 len=65536
read t=10014815124 offset=2744320 len=16384
read t=10066837124 offset=2760704 len=32768
read t=10115797124 offset=2793472 len=65536
read t=10165807124 offset=2859008 len=131072
read t=10215892124 offset=417792 len=114688
read t=10264671124 offset=1466368 len=4096
read t=10315594124 offset=1470464 len=16384
read t=10366436124 offset=1486848 len=16384
read t=10417014124 offset=1507328 len=65536
read t=10466113124 offset=18989056 len=4096
read t=10518997124 offset=18984960 len=4096
read t=10569913124 offset=4792320 len=16384
read t=10616046124 offset=4808704 len=32768
read t=10664744124 offset=4841472 len=65536
read t=10714734124 offset=18952192 len=4096
read t=10777611124 offset=4907008 len=131072
read t=10815747124 offset=18976768 len=4096
read t=10868647124 offset=5038080 len=131072
read t=10915683124 offset=18944000 len=4096
read t=10972102124 offset=5169152 len=131072
read t=11017710124 offset=5341184 len=4096
read t=11066261124 offset=5345280 len=16384
read t=11115929124 offset=5361664 len=32768
read t=11166318124 offset=5394432 len=65536
read t=11215742124 offset=5300224 len=40960
read t=11267288124 offset=5459968 len=131072
read t=11316096124 offset=5595136 len=4096
read t=11365943124 offset=5599232 len=16384
read t=11416113124 offset=5615616 len=32768
read t=11466860124 offset=5648384 len=65536
read t=11515046124 offset=5713920 len=131072
read t=11567543124 offset=18968576 len=4096
read t=11617089124 offset=6234112 len=4096
read t=11664819124 offset=6238208 len=16384
read t=11717348124 offset=6254592 len=32768
read t=11765762124 offset=6287360 len=65536
read t=11815768124 offset=6352896 len=131072
read t=11865720124 offset=6483968 len=131072
read t=11915730124 offset=7528448 len=4096
read t=11965939124 offset=7532544 len=16384
read t=12016489124 offset=7548928 len=32768
read t=12064707124 offset=7581696 len=65536
read t=12115949124 offset=19009536 len=4096
read t=12168063124 offset=7806976 len=4096
read t=12216933124 offset=7811072 len=16384
read t=12265978124 offset=7827456 len=32768
read t=12314717124 offset=7860224 len=65536
read t=12365625124 offset=7925760 len=131072
read t=12418083124 offset=8056832 len=131072
read t=12465973124 offset=8474624 len=4096
read t=12516706124 offset=8478720 len=16384
read t=12565922124 offset=8495104 len=32768
read t=12614704124 offset=8527872 len=65536
read t=12664938124 offset=8593408 len=131072
read t=12715770124 offset=8187904 len=131072
read t=12765992124 offset=8871936 len=4096
read t=12815502124 offset=8876032 len=16384
read t=12866190124 offset=8892416 len=32768
read t=12915067124 offset=8925184 len=65536
read t=12966086124 offset=8724480 len=131072
read t=13015723124 offset=8990720 len=16384
read t=13066709124 offset=9007104 len=32768
read t=13114969124 offset=712704 len=4096
read t=13165182124 offset=716800 len=16384
read t=13215092124 offset=733184 len=32768
read t=13265802124 offset=765952 len=65536
read t=13315125124 offset=831488 len=131072
read t=13365361124 offset=651264 len=4096
read t=13415023124 offset=655360 len=16384
read t=13465212124 offset=671744 len=32768
read t=13516219124 offset=704512 len=8192
read t=13569127124 offset=9039872 len=131072
read t=13614777124 offset=1003520 len=4096
read t=13665657124 offset=1007616 len=16384
read t=13716025124 offset=1024000 len=32768
read t=13766061124 offset=1056768 len=65536
read t=13815747124 offset=1122304 len=131072
read t=13865964124 offset=962560 len=40960
read t=13914840124 offset=1306624 len=4096
read t=13966652124 offset=1310720 len=16384
read t=14014934124 offset=1327104 len=32768
read t=14065640124 offset=1359872 len=65536
read t=14116100124 offset=1425408 len=40960
read t=14164756124 offset=6615040 len=131072
read t=14216185124 offset=8318976 len=131072
read t=14265937124 offset=7647232 len=131072
read t=14317084124 offset=7778304 len=28672
read t=14365796124 offset=7413760 len=4096
read t=14415034124 offset=7417856 len=16384
read t=14464931124 offset=7434240 len=32768
read t=14514991124 offset=7467008 len=61440
read t=14565768124 offset=6746112 len=131072
read t=14615793124 offset=6877184 len=131072
read t=14666828124 offset=5844992 len=16384
read t=14716168124 offset=5861376 len=32768
read t=14764944124 offset=5894144 len=65536
read t=14814786124 offset=5959680 len=131072
read t=14864771124 offset=5591040 len=4096
read t=14915627124 offset=4620288 len=4096
read t=14965897124 offset=4624384 len=16384
read t=15015395124 offset=4640768 len=32768
read t=15069605124 offset=2990080 len=131072
read t=15117950124 offset=2547712 len=4096
read t=15165204124 offset=2551808 len=16384
read t=15216222124 offset=2568192 len=32768
read t=15264770124 offset=2600960 len=16384
read t=15334174124 offset=593920 len=4096
read t=15367020124 offset=598016 len=16384
read t=15415480124 offset=614400 len=32768
read t=15465067124 offset=647168 len=4096
read t=15532718124 offset=1265664 len=4096
read t=15566149124 offset=1269760 len=16384
read t=15615054124 offset=1286144 len=20480
read t=15667551124 offset=7008256 len=131072
read t=15715135124 offset=7258112 len=4096
read t=15765003124 offset=7262208 len=16384
read t=15815222124 offset=7278592 len=32768
read t=15864744124 offset=7311360 len=65536
read t=15915729124 offset=7376896 len=36864
read t=15966199124 offset=7139328 len=118784
read t=16015676124 offset=536576 len=4096
read t=16065935124 offset=540672 len=16384
read t=16115927124 offset=557056 len=32768
read t=16166870124 offset=589824 len=4096
read t=16220480124 offset=17178624 len=4096
read t=16268631124 offset=3670016 len=4096
read t=16315248124 offset=3674112 len=16384
read t=16364951124 offset=3690496 len=32768
read t=16416419124 offset=3723264 len=65536
read t=16465592124 offset=3788800 len=131072
read t=16515724124 offset=4235264 len=4096
read t=16564981124 offset=4239360 len=16384
read t=16615030124 offset=4255744 len=32768
read t=16665961124 offset=4288512 len=65536
read t=16715686124 offset=4354048 len=131072
read t=16764811124 offset=3919872 len=131072
read t=16815307124 offset=3584000 len=4096
read t=16864893124 offset=3588096 len=16384
read t=16916164124 offset=3604480 len=32768
read t=16964677124 offset=3637248 len=32768
read t=17016665124 offset=3497984 len=4096
read t=17065842124 offset=3502080 len=16384
read t=17115917124 offset=3518464 len=32768
read t=17165760124 offset=3551232 len=32768
read t=17221901124 offset=3121152 len=131072
read t=17265233124 offset=4485120 len=131072
read t=17315699124 offset=4616192 len=4096
read t=17365652124 offset=3289088 len=4096
read t=17416219124 offset=3293184 len=16384
read t=17465017124 offset=3309568 len=32768
read t=17515279124 offset=3342336 len=65536
read t=17564972124 offset=3407872 len=90112
read t=17615049124 offset=532480 len=4096
read t=17672233124 offset=2084864 len=4096
read t=17716313124 offset=2088960 len=16384
read t=17764992124 offset=2105344 len=32768
read t=17814771124 offset=2138112 len=65536
read t=17864844124 offset=2203648 len=131072
read t=17915170124 offset=2445312 len=4096
read t=17964970124 offset=2449408 len=16384
read t=18016238124 offset=2465792 len=32768
read t=18065673124 offset=2498560 len=49152
read t=18115750124 offset=2396160 len=4096
read t=18165378124 offset=2400256 len=16384
read t=18215490124 offset=2416640 len=28672
read t=18269619124 offset=2334720 len=61440
read t=18314821124 offset=1961984 len=122880
read t=18381893124 offset=17133568 len=4096
read t=18418601124 offset=19697664 len=4096
read t=18467781124 offset=9170944 len=98304
read t=18515028124 offset=9269248 len=32768
read t=18564782124 offset=9412608 len=4096
read t=18617000124 offset=9416704 len=16384
read t=18666005124 offset=9433088 len=32768
read t=18714946124 offset=9465856 len=65536
read t=18777140124 offset=9531392 len=131072
read t=18833708124 offset=4050944 len=131072
read t=18865738124 offset=9662464 len=131072
read t=18914846124 offset=19730432 len=4096
read t=18968099124 offset=9793536 len=131072
read t=19015628124 offset=9392128 len=4096
read t=19065756124 offset=9396224 len=16384
read t=19120333124 offset=202260480 len=4096
read t=19165999124 offset=202264576 len=16384
read t=19216034124 offset=202280960 len=32768
read t=19265729124 offset=202313728 len=65536
read t=19315658124 offset=202379264 len=131072
read t=19365664124 offset=3252224 len=36864
read t=19422644124 offset=4182016 len=16384
read t=19464929124 offset=4198400 len=32768
read t=19515857124 offset=4231168 len=4096
read t=19608533124 offset=17108992 len=4096
read t=19662918124 offset=17129472 len=4096
read t=19678026124 offset=18636800 len=4096
read t=19753935124 offset=9924608 len=131072
read t=20113643124 offset=6090752 len=16384
read t=20114880124 offset=6107136 len=32768
read t=20115961124 offset=6139904 len=65536
read t=20134403124 offset=8450048 len=24576
read t=20170978124 offset=8855552 len=16384
read t=20218123124 offset=17125376 len=4096
read t=20270148124 offset=10055680 len=131072
read t=20314845124 offset=18649088 len=4096
read t=20368126124 offset=18653184 len=16384
read t=20422734124 offset=18698240 len=4096
read t=20471301124 offset=17154048 len=4096
read t=20545982124 offset=17195008 len=4096
read t=20567297124 offset=18640896 len=4096
read t=20616666124 offset=18644992 len=4096
read t=20671506124 offset=18669568 len=28672
read t=20714708124 offset=18702336 len=28672
read t=20777775124 offset=14467072 len=4096
read t=20816688124 offset=18731008 len=131072
read t=21393952124 offset=10539008 len=4096
read t=21474533124 offset=20688896 len=4096
read t=21496753124 offset=10186752 len=16384
read t=21497348124 offset=10203136 len=32768
read t=21515624124 offset=10235904 len=65536
read t=21527153124 offset=10301440 len=131072
read t=21576045124 offset=36827136 len=4096
read t=21625679124 offset=36831232 len=16384
read t=21690418124 offset=10432512 len=106496
read t=21726055124 offset=10543104 len=20480
read t=21775815124 offset=10563584 len=131072
read t=21833453124 offset=10694656 len=131072
read t=21881179124 offset=10825728 len=131072
read t=21925666124 offset=17334272 len=4096
read t=22093322124 offset=11513856 len=4096
read t=22093911124 offset=11517952 len=16384
read t=22094655124 offset=11534336 len=32768
read t=22166635124 offset=11460608 len=4096
read t=22175738124 offset=11464704 len=16384
read t=22225764124 offset=11481088 len=32768
read t=22286368124 offset=11567104 len=12288
read t=22326430124 offset=10956800 len=131072
read t=22379168124 offset=11087872 len=131072
read t=22425960124 offset=11218944 len=131072
read t=22477295124 offset=11735040 len=4096
read t=22526929124 offset=11579392 len=98304
read t=22576251124 offset=11350016 len=16384
read t=22626421124 offset=11366400 len=32768
read t=22676437124 offset=11399168 len=61440
read t=22725804124 offset=25702400 len=4096
read t=22777607124 offset=11677696 len=57344
read t=22826951124 offset=11739136 len=69632
read t=22875779124 offset=17190912 len=4096
read t=22926877124 offset=25296896 len=4096
read t=22982984124 offset=25694208 len=4096
read t=23088927124 offset=1253376 len=12288
read t=23407610124 offset=11808768 len=131072
read t=24005822124 offset=17100800 len=4096
read t=24017630124 offset=17313792 len=4096
read t=25289153124 offset=13312000 len=4096
read t=25328879124 offset=13320192 len=4096
read t=25337685124 offset=13324288 len=16384
read t=25349373124 offset=25698304 len=4096
read t=25355583124 offset=19959808 len=4096
read t=25394576124 offset=13340672 len=32768
read t=25440631124 offset=20496384 len=4096
read t=25491542124 offset=20512768 len=4096
read t=25545736124 offset=25288704 len=4096
read t=25591991124 offset=13373440 len=65536
read t=25640777124 offset=17207296 len=20480
read t=25713460124 offset=13316096 len=4096
read t=25768443124 offset=13438976 len=131072
read t=26059091124 offset=12296192 len=4096
read t=26059697124 offset=12300288 len=16384
read t=26060182124 offset=12316672 len=32768
read t=26060748124 offset=12349440 len=65536
read t=26114298124 offset=12414976 len=131072
read t=26160557124 offset=12214272 len=4096
read t=26210905124 offset=12218368 len=16384
read t=26260139124 offset=12234752 len=32768
read t=26312427124 offset=12267520 len=28672
read t=26359856124 offset=235339776 len=4096
read t=26411698124 offset=235450368 len=4096
read t=26460421124 offset=12767232 len=4096
read t=26510956124 offset=12771328 len=16384
read t=26560216124 offset=12787712 len=32768
read t=26611180124 offset=12820480 len=65536
read t=26662398124 offset=12886016 len=131072
read t=26710797124 offset=235454464 len=4096
read t=26761345124 offset=15998976 len=4096
read t=26813842124 offset=9334784 len=4096
read t=26862424124 offset=9338880 len=16384
read t=26910780124 offset=9355264 len=32768
read t=26960597124 offset=9388032 len=4096
read t=27013931124 offset=235323392 len=4096
read t=27062216124 offset=11972608 len=4096
read t=27110914124 offset=11976704 len=16384
read t=27160621124 offset=11993088 len=32768
read t=27210689124 offset=12025856 len=65536
read t=27260865124 offset=14782464 len=4096
read t=27310959124 offset=14286848 len=4096
read t=27369272124 offset=13250560 len=4096
read t=27410302124 offset=13254656 len=16384
read t=27460677124 offset=13271040 len=32768
read t=27510455124 offset=13303808 len=8192
read t=27570147124 offset=235425792 len=4096
read t=27612969124 offset=12546048 len=131072
read t=27660654124 offset=15994880 len=4096
read t=27710842124 offset=14262272 len=4096
read t=27762077124 offset=14266368 len=16384
read t=27810962124 offset=14282752 len=4096
read t=27860843124 offset=14290944 len=90112
read t=27911818124 offset=235327488 len=4096
read t=27961529124 offset=12709888 len=4096
read t=28011568124 offset=12713984 len=16384
read t=28060938124 offset=12730368 len=32768
read t=28111620124 offset=12763136 len=4096
read t=28170855124 offset=12185600 len=4096
read t=28210746124 offset=12189696 len=16384
read t=28260691124 offset=12206080 len=8192
read t=28312496124 offset=16003072 len=12288
read t=28360882124 offset=16015360 len=24576
read t=28410881124 offset=16039936 len=49152
read t=28459872124 offset=13570048 len=131072
read t=28510633124 offset=235253760 len=4096
read t=28566042124 offset=14589952 len=4096
read t=28614746124 offset=12091392 len=94208
read t=28660840124 offset=13701120 len=131072
read t=28710605124 offset=11939840 len=32768
read t=28767319124 offset=16850944 len=4096
read t=28810859124 offset=16855040 len=16384
read t=28862461124 offset=16871424 len=32768
read t=28911598124 offset=16904192 len=65536
read t=28960676124 offset=235155456 len=4096
read t=29011330124 offset=14471168 len=4096
read t=29060889124 offset=14475264 len=16384
read t=29111719124 offset=14491648 len=32768
read t=29160391124 offset=14614528 len=4096
read t=29214605124 offset=17276928 len=4096
read t=29260539124 offset=14618624 len=4096
read t=29310871124 offset=14622720 len=16384
read t=29360801124 offset=14639104 len=32768
read t=29410591124 offset=14143488 len=4096
read t=29460782124 offset=14147584 len=16384
read t=29510761124 offset=14163968 len=32768
read t=29560613124 offset=14196736 len=65536
read t=29610789124 offset=14381056 len=12288
read t=29660794124 offset=16089088 len=106496
read t=29710682124 offset=16195584 len=131072
read t=29760812124 offset=235110400 len=4096
read t=29811584124 offset=182259712 len=4096
read t=29860930124 offset=182263808 len=16384
read t=29910850124 offset=182280192 len=32768
read t=29960540124 offset=182312960 len=65536
read t=30010998124 offset=182378496 len=131072
read t=30060039124 offset=49152 len=53248
read t=30110658124 offset=14524416 len=65536
read t=30161064124 offset=14594048 len=4096
read t=30210810124 offset=14671872 len=110592
read t=30260647124 offset=14786560 len=90112
read t=30310802124 offset=13832192 len=131072
read t=30360828124 offset=14401536 len=4096
read t=30411125124 offset=14405632 len=16384
read t=30461351124 offset=14422016 len=32768
read t=30510795124 offset=19001344 len=4096
read t=30560923124 offset=235081728 len=4096
read t=30616203124 offset=14598144 len=16384
read t=30663842124 offset=14876672 len=131072
read t=30712079124 offset=13017088 len=16384
read t=30760575124 offset=13033472 len=32768
read t=30810756124 offset=14057472 len=4096
read t=30860874124 offset=14061568 len=16384
read t=30911075124 offset=14077952 len=32768
read t=30960646124 offset=14110720 len=32768
read t=31019213124 offset=234991616 len=4096
read t=31080893124 offset=13971456 len=4096
read t=31114947124 offset=13975552 len=16384
read t=31160253124 offset=13991936 len=32768
read t=31210942124 offset=14024704 len=32768
read t=31262376124 offset=16969728 len=16384
read t=31311152124 offset=16986112 len=32768
read t=31360375124 offset=17018880 len=61440
read t=31414045124 offset=234958848 len=4096
read t=31461394124 offset=9302016 len=16384
read t=31510777124 offset=9318400 len=16384
read t=31560987124 offset=17084416 len=16384
read t=31614867124 offset=17104896 len=4096
read t=31661153124 offset=17113088 len=12288
read t=31710586124 offset=17137664 len=16384
read t=31760993124 offset=17158144 len=8192
read t=31810992124 offset=234950656 len=4096
read t=31861079124 offset=12677120 len=16384
read t=31911052124 offset=12693504 len=16384
read t=31963518124 offset=13963264 len=8192
read t=32013067124 offset=15634432 len=4096
read t=32060144124 offset=15638528 len=16384
read t=32110657124 offset=15654912 len=32768
read t=32160735124 offset=18169856 len=4096
read t=32212621124 offset=16326656 len=131072
read t=32260744124 offset=16687104 len=4096
read t=32310877124 offset=16691200 len=16384
read t=32360871124 offset=16707584 len=32768
read t=32410635124 offset=16740352 len=65536
read t=32461248124 offset=16805888 len=45056
read t=32511026124 offset=234971136 len=4096
read t=32563717124 offset=13099008 len=4096
read t=32611001124 offset=13103104 len=16384
read t=32660937124 offset=13119488 len=32768
read t=32710662124 offset=13152256 len=65536
read t=32760664124 offset=13217792 len=32768
read t=32811086124 offset=15687680 len=73728
read t=32860793124 offset=18165760 len=4096
read t=32913776124 offset=16457728 len=16384
read t=32961020124 offset=16474112 len=32768
read t=33010681124 offset=16506880 len=65536
read t=33060716124 offset=233877504 len=4096
read t=33116480124 offset=15007744 len=131072
read t=33160778124 offset=13066240 len=32768
read t=33223093124 offset=15138816 len=131072
read t=33260677124 offset=15269888 len=131072
read t=33311762124 offset=15400960 len=131072
read t=33363533124 offset=15532032 len=102400
read t=33411635124 offset=14393344 len=8192
read t=33461189124 offset=14454784 len=12288
read t=33510995124 offset=15761408 len=32768
read t=33590318124 offset=234881024 len=4096
read t=33610930124 offset=234885120 len=16384
read t=33660154124 offset=234901504 len=32768
read t=33710857124 offset=234934272 len=16384
read t=33760215124 offset=234954752 len=4096
read t=33810879124 offset=234962944 len=8192
read t=33860272124 offset=234975232 len=16384
read t=33911468124 offset=234995712 len=86016
read t=33960753124 offset=235085824 len=24576
read t=34010743124 offset=235114496 len=40960
read t=34059756124 offset=235159552 len=94208
read t=34110775124 offset=235257856 len=65536
read t=34160713124 offset=235331584 len=8192
read t=34210780124 offset=235343872 len=49152
read t=34260827124 offset=15794176 len=131072
read t=34310723124 offset=16572416 len=114688
read t=34364875124 offset=235393024 len=32768
read t=34419343124 offset=235429888 len=20480
read t=34496779124 offset=15925248 len=69632
read t=34760410124 offset=61440 len=4096
read t=34811030124 offset=192512 len=4096
read t=34861684124 offset=17166336 len=12288
read t=34911456124 offset=454656 len=4096
read t=34960689124 offset=17182720 len=8192
read t=35011058124 offset=17227776 len=49152
read t=35059935124 offset=978944 len=4096
end files=149 reads=474
