liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 548
dropped 0
boots 1
duration_ns 32917345900
file /usr/bin/dash inode=213 t=6873189855 kinds=block pages=0-12,13-30 ranks=0,210 count=2
file /usr/lib/systemd/systemd inode=49209 t=7164300855 kinds=block pages=0-15,16-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=7411003855 kinds=block pages=0-31,32-52 ranks=2,5 count=4
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=7509751855 kinds=block pages=0-101,102-149,150-191,192-277,278-299,300-329,330-383,384-479,480-505 ranks=4,10,93,89,92,91,90,71,8 count=18
file /etc/ld.so.cache inode=3396 t=7660291855 kinds=block pages=0-1 ranks=6 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=7709802855 kinds=block pages=0-57,58-89,90-95,96-118,119-139,140-159,160-244,245-261,262-351,352-361,362-383,384-447,448-470 ranks=7,16,88,79,72,53,52,56,55,162,73,57,17 count=31
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=7910369855 kinds=block pages=0-6,7-39,40-154,155-196,197-239,240-255,256-326,327-356,357-383,384-463,464-511,512-554,555-575,576-703,704-767,768-799,800-817 ranks=9,11,15,70,85,129,87,84,83,80,82,101,130,81,86,69,12 count=38
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=8160625855 kinds=block pages=0-31 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=8209853855 kinds=block pages=0-6,7-16 ranks=14,19 count=3
file /usr/bin/touch inode=46976 t=8659901855 kinds=block pages=0-26 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=8859964855 kinds=block pages=0-31 ranks=20 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=8909677855 kinds=block pages=0-27 ranks=21 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=9021202855 kinds=block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=9021202855 kinds=block pages=0-42 ranks=23 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=9115322855 kinds=block pages=0-63,64-79,80-98 ranks=24,28,25 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=9409499855 kinds=block pages=0-9 ranks=26 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=9409499855 kinds=block pages=0-21,22-63,64-68,69-86 ranks=27,29,68,30 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=9660148855 kinds=block pages=0-11 ranks=31 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=9710361855 kinds=block pages=0-50 ranks=32 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=9759853855 kinds=block pages=0-31,32-95,224-256,257-293,304-325 ranks=33,66,67,132,34 count=10
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=10009898855 kinds=block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=10009898855 kinds=block pages=0-36 ranks=36 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=10059577855 kinds=block pages=0-111,112-206,207-255,544-587,588-607,800-827,828-869,870-927,1024-1032,1033-1135,1136-1155 ranks=37,58,64,65,74,75,78,76,77,63,38 count=16
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=10260079855 kinds=block pages=0-31,32-95,130-159,160-165,166-186 ranks=39,61,116,62,40 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=10559394855 kinds=block pages=0-46 ranks=41 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=10609691855 kinds=block pages=0-76,77-127,128-159,192-194,195-202,203-222 ranks=42,46,59,60,133,43 count=8
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=10859680855 kinds=block pages=0-7 ranks=44 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=10859680855 kinds=block pages=0-62,63-111,112-127,128-153 ranks=45,49,134,47 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=11109643855 kinds=block pages=0-31,32-38 ranks=48,50 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=11310183855 kinds=block pages=0-15,16-171 ranks=51,54 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=16712855855 kinds=block pages=0-95,96-143,144-191,288-308 ranks=94,226,189,115 count=8
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=16861960855 kinds=block pages=0-63 ranks=95 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=16959763855 kinds=block pages=0-1 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=17031056855 kinds=block pages=0-26 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=17031056855 kinds=block pages=0-27 ranks=98 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=17031056855 kinds=block pages=0-15 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=17031056855 kinds=block pages=0-8 ranks=100 count=1
file /usr/bin/kmod inode=300399 t=17110407855 kinds=block pages=0-43 ranks=102 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=17110407855 kinds=block pages=0-8 ranks=103 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=17213746855 kinds=block pages=0-3 ranks=104 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=17213746855 kinds=block pages=0-10 ranks=105 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=17213746855 kinds=block pages=0-5 ranks=106 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=17213746855 kinds=block pages=0-3 ranks=107 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=17213746855 kinds=block pages=0-7 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=17213746855 kinds=block pages=0-5 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=17213746855 kinds=block pages=0-3 ranks=110 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=17213746855 kinds=block pages=0-3 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=17213746855 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=17213746855 kinds=block pages=0-7 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=17213746855 kinds=block pages=0-3 ranks=114 count=1
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=17559831855 kinds=block pages=0-30 ranks=117 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=17559831855 kinds=block pages=0-1 ranks=118 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=17559831855 kinds=block pages=0-6 ranks=119 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=17559831855 kinds=block pages=0-13 ranks=120 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=17559831855 kinds=block pages=0-4 ranks=121 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=17559831855 kinds=block pages=0-2 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=17559831855 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=17559831855 kinds=block pages=0-1 ranks=124 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=17559831855 kinds=block pages=0-1 ranks=125 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=17559831855 kinds=block pages=0-5 ranks=126 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=17559831855 kinds=block pages=0-2 ranks=127 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=17559831855 kinds=block pages=0-20 ranks=128 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=18009786855 kinds=block pages=0-8,9-41 ranks=131,135 count=2
file /usr/bin/mount inode=313613 t=18521943855 kinds=block pages=0-14 ranks=136 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=19797722855 kinds=block pages=0-6 ranks=137 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=19798327855 kinds=block pages=0-63,64-86 ranks=138,141 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=19846287855 kinds=block pages=0-28 ranks=139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=19846287855 kinds=block pages=0-31,32-105 ranks=140,143 count=2
file /usr/lib/lsb/init-functions inode=541541 t=19946224855 kinds=block pages=0-2 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=19995815855 kinds=block pages=0-3 ranks=144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=20044832855 kinds=block pages=0-100 ranks=145 count=3
file /usr/lib/systemd/systemd-modules-load inode=329371 t=20192801855 kinds=block pages=0-4 ranks=146 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=20192801855 kinds=block pages=0-4 ranks=147 count=1
file /usr/bin/udevadm inode=329379 t=20192801855 kinds=block pages=0-85,86-207,208-268,269-303,304-330 ranks=148,154,158,152,149 count=12
file /usr/lib/systemd/systemd-random-seed inode=360390 t=20520315855 kinds=block pages=0-5 ranks=150 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=20520315855 kinds=block pages=0-5 ranks=151 count=1
file /usr/bin/systemd-sysusers inode=360398 t=20678317855 kinds=block pages=0-6,7-15 ranks=153,155 count=2
file /usr/bin/journalctl inode=362564 t=20870836855 kinds=block pages=0-18 ranks=156 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=20870836855 kinds=block pages=0-7,8-27 ranks=157,159 count=2
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=21170126855 kinds=block pages=0-4 ranks=160 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=21170126855 kinds=block pages=0-31,32-63,894-959,960-1071,1072-1103,1104-1151,1152-1310,1728-1791,1792-1855,1888-1919,1920-1951,1952-2015,2464-2479,2480-2598,2599-2646,2647-2662,2663-2685,2686-2783,2944-3039,3040-3071,3072-3087,3088-3151,3152-3178 ranks=161,163,208,164,207,187,209,188,201,202,198,178,179,176,192,230,193,183,184,217,236,232,194 count=39
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=23331668855 kinds=block pages=0-1 ranks=165 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=23434117855 kinds=block pages=0-1 ranks=166 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=23503149855 kinds=block pages=0-2 ranks=167 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=23533533855 kinds=block pages=0-1 ranks=168 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=23533533855 kinds=block pages=0-1 ranks=169 count=1
file /usr/bin/systemctl inode=418048 t=23533533855 kinds=block pages=0-47,48-132,133-169,170-196,197-223,224-255,256-311,312-330 ranks=170,177,195,199,190,185,180,171 count=21
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=24005941855 kinds=block pages=0-3 ranks=172 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=24005941855 kinds=block pages=0-21 ranks=173 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=24006215855 kinds=block pages=0-6 ranks=174 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=24006215855 kinds=block pages=0-11,12-15,16-19 ranks=175,181,237 count=3
file /var/log/dpkg.log inode=803292 t=25007229855 kinds=block pages=0-12 ranks=182 count=1
file /usr/sbin/e2scrub_all inode=462062 t=25508798855 kinds=block pages=0-1 ranks=186 count=1
file /usr/bin/bash inode=499968 t=26211349855 kinds=block pages=0-31,32-111,112-153,154-185,186-223,224-287,288-308 ranks=191,200,227,229,234,228,196 count=16
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=27106686855 kinds=block pages=0-38,39-49 ranks=197,219 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=27855815855 kinds=block pages=0-7 ranks=203 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=27911656855 kinds=block pages=0-15,16-46 ranks=204,211 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=28007669855 kinds=block pages=0-2 ranks=205 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=28205997855 kinds=block pages=0-15,16-95 ranks=206,214 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=28656342855 kinds=block pages=0-13 ranks=212 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=28656342855 kinds=block pages=0-8 ranks=213 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=28859472855 kinds=block pages=0-3 ranks=215 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=28906403855 kinds=block pages=0-38,39-92,93-233,234-580 ranks=216,223,235,239 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=29056496855 kinds=block pages=0-12 ranks=218 count=1
file /usr/bin/readlink inode=500087 t=29156598855 kinds=block pages=0-12 ranks=220 count=2
file /usr/bin/cat inode=532096 t=29206595855 kinds=block pages=0-10 ranks=221 count=1
file /usr/bin/sleep inode=532102 t=29206595855 kinds=block pages=0-10 ranks=222 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=29406118855 kinds=block pages=0-11 ranks=224 count=1
file /usr/lib/udev/ata_id inode=446690 t=29458440855 kinds=block pages=0-12,13-16 ranks=225,238 count=2
file /usr/lib/udev/dmi_memory_id inode=461971 t=30656625855 kinds=block pages=0-18 ranks=231 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=31106524855 kinds=block pages=0-47,48-63 ranks=233,240 count=2
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=31705757855 kinds=block pages=0-1 ranks=241 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=31806350855 kinds=block pages=0-8 ranks=242 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=31806350855 kinds=block pages=0-2 ranks=243 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=31806350855 kinds=block pages=0-4 ranks=244 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=31806350855 kinds=block pages=0-2 ranks=245 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=31806350855 kinds=block pages=0-1 ranks=246 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=31906519855 kinds=block pages=0-60 ranks=247 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=32006676855 kinds=block pages=0-101 ranks=248 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=32006676855 kinds=block pages=0-6 ranks=249 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=32006676855 kinds=block pages=0-3 ranks=250 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=32006676855 kinds=block pages=0-1 ranks=251 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=32006676855 kinds=block pages=0-5 ranks=252 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=32006676855 kinds=block pages=0-2 ranks=253 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=32006676855 kinds=block pages=0-2 ranks=254 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=32006676855 kinds=block pages=0-3 ranks=255 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=32006676855 kinds=block pages=0-4 ranks=256 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=32006676855 kinds=block pages=0-10 ranks=257 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=32056890855 kinds=block pages=0-13 ranks=258 count=1
file /var/lib/dpkg/info/sed.list inode=801262 t=32056890855 kinds=block pages=0-1 ranks=259 count=1
file /var/lib/dpkg/info/systemd.list inode=801466 t=32056890855 kinds=block pages=0-9 ranks=260 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=32156650855 kinds=block pages=0-11 ranks=261 count=1
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=32156650855 kinds=block pages=0-1 ranks=262 count=1
file /var/lib/dpkg/info/tar.list inode=801645 t=32156650855 kinds=block pages=0-1 ranks=263 count=1
file /var/lib/dpkg/info/tzdata.config inode=801813 t=32156650855 kinds=block pages=0-1 ranks=264 count=1
file /var/lib/dpkg/info/tzdata.list inode=801816 t=32205952855 kinds=block pages=0-12 ranks=265 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=32205952855 kinds=block pages=0-15 ranks=266 count=1
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=32307516855 kinds=block pages=0-69 ranks=267 count=1
file /var/lib/dpkg/info/udev.list inode=802256 t=32307516855 kinds=block pages=0-1 ranks=268 count=1
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=32307516855 kinds=block pages=0-1 ranks=269 count=1
file /var/lib/dpkg/info/util-linux.list inode=802670 t=32307516855 kinds=block pages=0-2 ranks=270 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=32307516855 kinds=block pages=0-4 ranks=271 count=1
file /var/lib/dpkg/status inode=802949 t=32356739855 kinds=block pages=0-21 ranks=272 count=1
file /var/lib/dpkg/status-old inode=802957 t=32406557855 kinds=block pages=0-21 ranks=273 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=32456812855 kinds=block pages=0-79,80-97 ranks=274,277 count=2
file /var/lib/systemd/catalog/database inode=803043 t=32556672855 kinds=block pages=0-52 ranks=275 count=1
file /var/log/bootstrap.log inode=803283 t=32556672855 kinds=block pages=0-15 ranks=276 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=32760051855 kinds=block pages=0-16 ranks=278 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=32760051855 kinds=block pages=0-14 ranks=279 count=1
read t=6828298855 offset=0 len=16384
read t=6873189855 offset=16384 len=32768
read t=6916094855 offset=17203200 len=4096
read t=6918511855 offset=1503232 len=4096
read t=6960791855 offset=19718144 len=4096
read t=7032823855 offset=17080320 len=4096
read t=7112608855 offset=17199104 len=4096
read t=7113608855 offset=1572864 len=4096
read t=7164300855 offset=1576960 len=16384
read t=7211699855 offset=1593344 len=32768
read t=7259494855 offset=19693568 len=4096
read t=7310184855 offset=102400 len=4096
read t=7360570855 offset=106496 len=16384
read t=7411003855 offset=122880 len=32768
read t=7459594855 offset=155648 len=65536
read t=7509751855 offset=1626112 len=73728
read t=7559542855 offset=1699840 len=131072
read t=7609573855 offset=221184 len=16384
read t=7660291855 offset=237568 len=32768
read t=7709802855 offset=270336 len=65536
read t=7759643855 offset=335872 len=81920
read t=7809535855 offset=2617344 len=4096
read t=7859711855 offset=2621440 len=16384
read t=7910369855 offset=2637824 len=32768
read t=7959499855 offset=1830912 len=131072
read t=8010057855 offset=2670592 len=73728
read t=8059633855 offset=4673536 len=4096
read t=8110107855 offset=4677632 len=16384
read t=8160625855 offset=4694016 len=32768
read t=8209853855 offset=4726784 len=65536
read t=8259992855 offset=2744320 len=16384
read t=8310992855 offset=2760704 len=32768
read t=8359894855 offset=2793472 len=65536
read t=8409882855 offset=2859008 len=131072
read t=8460055855 offset=417792 len=114688
read t=8509684855 offset=1466368 len=4096
read t=8560522855 offset=1470464 len=16384
read t=8610951855 offset=1486848 len=16384
read t=8659901855 offset=1507328 len=65536
read t=8710063855 offset=18989056 len=4096
read t=8765917855 offset=18984960 len=4096
read t=8816549855 offset=4792320 len=16384
read t=8859964855 offset=4808704 len=32768
read t=8909677855 offset=4841472 len=65536
read t=8959536855 offset=18952192 len=4096
read t=9021202855 offset=4907008 len=131072
read t=9059583855 offset=18976768 len=4096
read t=9115322855 offset=5038080 len=131072
read t=9159831855 offset=18944000 len=4096
read t=9224835855 offset=5169152 len=131072
read t=9259653855 offset=5341184 len=4096
read t=9309914855 offset=5345280 len=16384
read t=9359875855 offset=5361664 len=32768
read t=9409499855 offset=5394432 len=65536
read t=9459444855 offset=5300224 len=40960
read t=9509474855 offset=5459968 len=131072
read t=9559703855 offset=5595136 len=4096
read t=9609658855 offset=5599232 len=16384
read t=9660148855 offset=5615616 len=32768
read t=9710361855 offset=5648384 len=65536
read t=9759853855 offset=5713920 len=131072
read t=9812819855 offset=18968576 len=4096
read t=9864040855 offset=6234112 len=4096
read t=9910082855 offset=6238208 len=16384
read t=9960074855 offset=6254592 len=32768
read t=10009898855 offset=6287360 len=65536
read t=10059577855 offset=6352896 len=131072
read t=10109622855 offset=6483968 len=131072
read t=10159861855 offset=7528448 len=4096
read t=10210199855 offset=7532544 len=16384
read t=10260079855 offset=7548928 len=32768
read t=10309430855 offset=7581696 len=65536
read t=10359644855 offset=19009536 len=4096
read t=10411882855 offset=7806976 len=4096
read t=10459553855 offset=7811072 len=16384
read t=10510234855 offset=7827456 len=32768
read t=10559394855 offset=7860224 len=65536
read t=10609691855 offset=7925760 len=131072
read t=10661858855 offset=8056832 len=131072
read t=10709449855 offset=8474624 len=4096
read t=10759915855 offset=8478720 len=16384
read t=10810177855 offset=8495104 len=32768
read t=10859680855 offset=8527872 len=65536
read t=10909786855 offset=8593408 len=131072
read t=10959856855 offset=8187904 len=131072
read t=11009790855 offset=8871936 len=4096
read t=11059955855 offset=8876032 len=16384
read t=11109643855 offset=8892416 len=32768
read t=11159524855 offset=8925184 len=65536
read t=11209555855 offset=8724480 len=131072
read t=11259765855 offset=8990720 len=16384
read t=11310183855 offset=9007104 len=32768
read t=11359746855 offset=712704 len=4096
read t=11410077855 offset=716800 len=16384
read t=11459840855 offset=733184 len=32768
read t=11509429855 offset=765952 len=65536
read t=11559566855 offset=831488 len=131072
read t=11609510855 offset=651264 len=4096
read t=11659857855 offset=655360 len=16384
read t=11709611855 offset=671744 len=32768
read t=11759335855 offset=704512 len=8192
read t=11813720855 offset=9039872 len=131072
read t=11859437855 offset=1003520 len=4096
read t=11909712855 offset=1007616 len=16384
read t=11960027855 offset=1024000 len=32768
read t=12009556855 offset=1056768 len=65536
read t=12059558855 offset=1122304 len=131072
read t=12109829855 offset=962560 len=40960
read t=12159677855 offset=1306624 len=4096
read t=12209828855 offset=1310720 len=16384
read t=12260099855 offset=1327104 len=32768
read t=12309421855 offset=1359872 len=65536
read t=12359862855 offset=1425408 len=40960
read t=12409467855 offset=6615040 len=131072
read t=12459744855 offset=8318976 len=131072
read t=12509682855 offset=7647232 len=131072
read t=12559285855 offset=7778304 len=28672
read t=12609418855 offset=7413760 len=4096
read t=12659536855 offset=7417856 len=16384
read t=12709793855 offset=7434240 len=32768
read t=12759828855 offset=7467008 len=61440
read t=12810076855 offset=6746112 len=131072
read t=12861032855 offset=6877184 len=131072
read t=12909866855 offset=5844992 len=16384
read t=12960423855 offset=5861376 len=32768
read t=13009700855 offset=5894144 len=65536
read t=13059690855 offset=5959680 len=131072
read t=13109741855 offset=5591040 len=4096
read t=13159653855 offset=4620288 len=4096
read t=13209948855 offset=4624384 len=16384
read t=13259922855 offset=4640768 len=32768
read t=13314178855 offset=2990080 len=131072
read t=13359751855 offset=2547712 len=4096
read t=13410057855 offset=2551808 len=16384
read t=13459929855 offset=2568192 len=32768
read t=13509643855 offset=2600960 len=16384
read t=13577320855 offset=593920 len=4096
read t=13610113855 offset=598016 len=16384
read t=13659769855 offset=614400 len=32768
read t=13709821855 offset=647168 len=4096
read t=13772418855 offset=1265664 len=4096
read t=13810067855 offset=1269760 len=16384
read t=13859976855 offset=1286144 len=20480
read t=13915582855 offset=7008256 len=131072
read t=13959750855 offset=7258112 len=4096
read t=14009673855 offset=7262208 len=16384
read t=14059615855 offset=7278592 len=32768
read t=14109735855 offset=7311360 len=65536
read t=14159743855 offset=7376896 len=36864
read t=14209930855 offset=7139328 len=118784
read t=14259770855 offset=536576 len=4096
read t=14310114855 offset=540672 len=16384
read t=14359840855 offset=557056 len=32768
read t=14409898855 offset=589824 len=4096
read t=14464439855 offset=17178624 len=4096
read t=14525158855 offset=3670016 len=4096
read t=14560103855 offset=3674112 len=16384
read t=14610542855 offset=3690496 len=32768
read t=14659463855 offset=3723264 len=65536
read t=14709858855 offset=3788800 len=131072
read t=14759627855 offset=4235264 len=4096
read t=14810271855 offset=4239360 len=16384
read t=14859973855 offset=4255744 len=32768
read t=14909751855 offset=4288512 len=65536
read t=14959675855 offset=4354048 len=131072
read t=15009796855 offset=3919872 len=131072
read t=15059776855 offset=3584000 len=4096
read t=15109951855 offset=3588096 len=16384
read t=15159908855 offset=3604480 len=32768
read t=15209705855 offset=3637248 len=32768
read t=15262685855 offset=3497984 len=4096
read t=15310090855 offset=3502080 len=16384
read t=15359916855 offset=3518464 len=32768
read t=15409432855 offset=3551232 len=32768
read t=15467590855 offset=3121152 len=131072
read t=15509465855 offset=4485120 len=131072
read t=15559390855 offset=4616192 len=4096
read t=15609718855 offset=3289088 len=4096
read t=15659939855 offset=3293184 len=16384
read t=15710234855 offset=3309568 len=32768
read t=15759557855 offset=3342336 len=65536
read t=15809789855 offset=3407872 len=90112
read t=15859850855 offset=532480 len=4096
read t=15917654855 offset=2084864 len=4096
read t=15960143855 offset=2088960 len=16384
read t=16010326855 offset=2105344 len=32768
read t=16059711855 offset=2138112 len=65536
read t=16109757855 offset=2203648 len=131072
read t=16159738855 offset=2445312 len=4096
read t=16210335855 offset=2449408 len=16384
read t=16259558855 offset=2465792 len=32768
read t=16309446855 offset=2498560 len=49152
read t=16359408855 offset=2396160 len=4096
read t=16409750855 offset=2400256 len=16384
read t=16460086855 offset=2416640 len=28672
read t=16514504855 offset=2334720 len=61440
read t=16559445855 offset=1961984 len=122880
read t=16625525855 offset=17133568 len=4096
read t=16663100855 offset=19697664 len=4096
read t=16712855855 offset=9170944 len=98304
read t=16760254855 offset=9269248 len=32768
read t=16809780855 offset=9412608 len=4096
read t=16861960855 offset=9416704 len=16384
read t=16910318855 offset=9433088 len=32768
read t=16959763855 offset=9465856 len=65536
read t=17031056855 offset=9531392 len=131072
read t=17081016855 offset=4050944 len=131072
read t=17110407855 offset=9662464 len=131072
read t=17184826855 offset=19730432 len=4096
read t=17213746855 offset=9793536 len=131072
read t=17292640855 offset=9392128 len=4096
read t=17310486855 offset=9396224 len=16384
read t=17368440855 offset=202260480 len=4096
read t=17410831855 offset=202264576 len=16384
read t=17460235855 offset=202280960 len=32768
read t=17509893855 offset=202313728 len=65536
read t=17559831855 offset=202379264 len=131072
read t=17610345855 offset=3252224 len=36864
read t=17670202855 offset=4182016 len=16384
read t=17710175855 offset=4198400 len=32768
read t=17759685855 offset=4231168 len=4096
read t=17876965855 offset=17108992 len=4096
read t=17943779855 offset=17129472 len=4096
read t=17961513855 offset=18636800 len=4096
read t=18009786855 offset=9924608 len=131072
read t=18336548855 offset=6090752 len=16384
read t=18338409855 offset=6107136 len=32768
read t=18339440855 offset=6139904 len=65536
read t=18377334855 offset=8450048 len=24576
read t=18388096855 offset=8855552 len=16384
read t=18513844855 offset=17125376 len=4096
read t=18521943855 offset=10055680 len=131072
read t=18537886855 offset=18649088 len=4096
read t=18589871855 offset=18653184 len=16384
read t=18644730855 offset=18698240 len=4096
read t=18693302855 offset=17154048 len=4096
read t=18795713855 offset=17195008 len=4096
read t=18799231855 offset=18640896 len=4096
read t=18841073855 offset=18644992 len=4096
read t=18898514855 offset=18669568 len=28672
read t=18937512855 offset=18702336 len=28672
read t=19001656855 offset=14467072 len=4096
read t=19041172855 offset=18731008 len=131072
read t=19715220855 offset=10539008 len=4096
read t=19793260855 offset=20688896 len=4096
read t=19797722855 offset=10186752 len=16384
read t=19798327855 offset=10203136 len=32768
read t=19803004855 offset=10235904 len=65536
read t=19846287855 offset=10301440 len=131072
read t=19895028855 offset=36827136 len=4096
read t=19946224855 offset=36831232 len=16384
read t=19995815855 offset=10432512 len=106496
read t=20044832855 offset=10543104 len=20480
read t=20105504855 offset=10563584 len=131072
read t=20192801855 offset=10694656 len=131072
read t=20205223855 offset=10825728 len=131072
read t=20279904855 offset=17334272 len=4096
read t=20518692855 offset=11513856 len=4096
read t=20519610855 offset=11517952 len=16384
read t=20520315855 offset=11534336 len=32768
read t=20599529855 offset=11460608 len=4096
read t=20600030855 offset=11464704 len=16384
read t=20620073855 offset=11481088 len=32768
read t=20678317855 offset=11567104 len=12288
read t=20720301855 offset=10956800 len=131072
read t=20774325855 offset=11087872 len=131072
read t=20820468855 offset=11218944 len=131072
read t=20870836855 offset=11579392 len=98304
read t=20920897855 offset=11350016 len=16384
read t=20970099855 offset=11366400 len=32768
read t=21030138855 offset=11399168 len=61440
read t=21070351855 offset=11735040 len=4096
read t=21127772855 offset=11677696 len=57344
read t=21170126855 offset=11739136 len=69632
read t=21220310855 offset=17190912 len=4096
read t=21271526855 offset=25702400 len=4096
read t=21324222855 offset=25296896 len=4096
read t=21382851855 offset=25694208 len=4096
read t=21430008855 offset=1253376 len=12288
read t=21630231855 offset=11808768 len=131072
read t=22003925855 offset=17100800 len=4096
read t=22010981855 offset=17313792 len=4096
read t=23129742855 offset=13312000 len=4096
read t=23140781855 offset=25698304 len=4096
read t=23142123855 offset=19959808 len=4096
read t=23142874855 offset=20496384 len=4096
read t=23183979855 offset=20512768 len=4096
read t=23235401855 offset=13320192 len=4096
read t=23283496855 offset=25288704 len=4096
read t=23331668855 offset=13324288 len=4096
read t=23382587855 offset=17207296 len=20480
read t=23434117855 offset=13328384 len=12288
read t=23503149855 offset=13340672 len=24576
read t=23533533855 offset=13365248 len=49152
read t=23581013855 offset=13316096 len=4096
read t=23646822855 offset=13414400 len=98304
read t=23866841855 offset=15998976 len=4096
read t=24004879855 offset=14262272 len=4096
read t=24005456855 offset=14266368 len=16384
read t=24005941855 offset=14282752 len=32768
read t=24006215855 offset=14315520 len=65536
read t=24108430855 offset=12296192 len=4096
read t=24108841855 offset=12300288 len=16384
read t=24156384855 offset=12316672 len=32768
read t=24206473855 offset=12349440 len=65536
read t=24257162855 offset=12414976 len=131072
read t=24307075855 offset=13512704 len=131072
read t=24356068855 offset=235339776 len=4096
read t=24408368855 offset=13643776 len=131072
read t=24455886855 offset=12214272 len=4096
read t=24506084855 offset=12218368 len=16384
read t=24556158855 offset=12234752 len=32768
read t=24606456855 offset=12267520 len=28672
read t=24657841855 offset=14143488 len=4096
read t=24707036855 offset=14147584 len=16384
read t=24756333855 offset=14163968 len=32768
read t=24810036855 offset=14196736 len=65536
read t=24859478855 offset=14381056 len=12288
read t=24906443855 offset=235450368 len=4096
read t=24959421855 offset=14782464 len=4096
read t=25007229855 offset=235454464 len=4096
read t=25057195855 offset=12767232 len=4096
read t=25105904855 offset=12771328 len=16384
read t=25156491855 offset=12787712 len=32768
read t=25206373855 offset=12820480 len=65536
read t=25256456855 offset=12886016 len=131072
read t=25306742855 offset=14057472 len=4096
read t=25356628855 offset=14061568 len=16384
read t=25406810855 offset=14077952 len=32768
read t=25456443855 offset=14110720 len=32768
read t=25508798855 offset=15994880 len=4096
read t=25556487855 offset=235323392 len=4096
read t=25607739855 offset=11972608 len=4096
read t=25656501855 offset=11976704 len=16384
read t=25706648855 offset=11993088 len=32768
read t=25756283855 offset=12025856 len=65536
read t=25806656855 offset=9334784 len=4096
read t=25856277855 offset=9338880 len=16384
read t=25907202855 offset=9355264 len=32768
read t=25956665855 offset=9388032 len=4096
read t=26009261855 offset=13971456 len=4096
read t=26056234855 offset=13975552 len=16384
read t=26108643855 offset=13991936 len=32768
read t=26156543855 offset=14024704 len=32768
read t=26211349855 offset=16003072 len=12288
read t=26256808855 offset=16015360 len=24576
read t=26306577855 offset=16039936 len=49152
read t=26356983855 offset=235425792 len=4096
read t=26414275855 offset=12546048 len=131072
read t=26457584855 offset=12709888 len=4096
read t=26507164855 offset=12713984 len=16384
read t=26556651855 offset=12730368 len=32768
read t=26606471855 offset=12763136 len=4096
read t=26665170855 offset=13250560 len=4096
read t=26709992855 offset=13254656 len=16384
read t=26757157855 offset=13271040 len=32768
read t=26806691855 offset=13303808 len=8192
read t=26865946855 offset=13774848 len=16384
read t=26907036855 offset=13791232 len=32768
read t=26956345855 offset=13824000 len=65536
read t=27006478855 offset=16850944 len=4096
read t=27056628855 offset=16855040 len=16384
read t=27106686855 offset=16871424 len=32768
read t=27156318855 offset=16904192 len=65536
read t=27206463855 offset=12185600 len=4096
read t=27256714855 offset=12189696 len=16384
read t=27306506855 offset=12206080 len=8192
read t=27358348855 offset=235327488 len=4096
read t=27414317855 offset=14589952 len=4096
read t=27458573855 offset=13889536 len=16384
read t=27506896855 offset=13905920 len=32768
read t=27556578855 offset=13938688 len=32768
read t=27609516855 offset=16089088 len=106496
read t=27656711855 offset=16195584 len=131072
read t=27706830855 offset=12091392 len=94208
read t=27756415855 offset=235253760 len=4096
read t=27816065855 offset=14471168 len=4096
read t=27855815855 offset=14475264 len=16384
read t=27911656855 offset=14491648 len=32768
read t=27956268855 offset=17276928 len=4096
read t=28007669855 offset=14614528 len=4096
read t=28070890855 offset=19001344 len=4096
read t=28106092855 offset=235155456 len=4096
read t=28156608855 offset=14618624 len=4096
read t=28205997855 offset=14622720 len=16384
read t=28256450855 offset=14639104 len=32768
read t=28306387855 offset=11939840 len=32768
read t=28359963855 offset=182259712 len=4096
read t=28406719855 offset=182263808 len=16384
read t=28456579855 offset=182280192 len=32768
read t=28506377855 offset=182312960 len=65536
read t=28556351855 offset=182378496 len=131072
read t=28606270855 offset=49152 len=53248
read t=28656342855 offset=14524416 len=65536
read t=28706113855 offset=14594048 len=4096
read t=28756155855 offset=235110400 len=4096
read t=28806567855 offset=14671872 len=73728
read t=28859472855 offset=14745600 len=36864
read t=28906403855 offset=14786560 len=90112
read t=28956323855 offset=13017088 len=16384
read t=29015505855 offset=13033472 len=32768
read t=29056496855 offset=14598144 len=16384
read t=29105748855 offset=16969728 len=16384
read t=29156598855 offset=16986112 len=32768
read t=29206595855 offset=17018880 len=61440
read t=29256387855 offset=235081728 len=4096
read t=29311371855 offset=14876672 len=131072
read t=29355997855 offset=14401536 len=4096
read t=29406118855 offset=14405632 len=16384
read t=29458440855 offset=14422016 len=32768
read t=29506009855 offset=17084416 len=16384
read t=29557013855 offset=17104896 len=4096
read t=29605992855 offset=17113088 len=12288
read t=29656785855 offset=17137664 len=16384
read t=29705954855 offset=17158144 len=8192
read t=29756497855 offset=234991616 len=4096
read t=29813957855 offset=9302016 len=16384
read t=29856364855 offset=9318400 len=16384
read t=29906725855 offset=16326656 len=131072
read t=29956317855 offset=16687104 len=4096
read t=30006347855 offset=16691200 len=16384
read t=30056991855 offset=16707584 len=32768
read t=30106367855 offset=16740352 len=65536
read t=30156381855 offset=16805888 len=45056
read t=30213060855 offset=234958848 len=4096
read t=30261199855 offset=18169856 len=4096
read t=30307843855 offset=16457728 len=16384
read t=30356740855 offset=16474112 len=32768
read t=30406442855 offset=16506880 len=65536
read t=30456581855 offset=234950656 len=4096
read t=30507368855 offset=12677120 len=16384
read t=30556753855 offset=12693504 len=16384
read t=30611902855 offset=15634432 len=4096
read t=30656625855 offset=15638528 len=16384
read t=30709367855 offset=15654912 len=32768
read t=30756401855 offset=18165760 len=4096
read t=30809838855 offset=234971136 len=4096
read t=30857377855 offset=13099008 len=4096
read t=30907058855 offset=13103104 len=16384
read t=30956970855 offset=13119488 len=32768
read t=31006688855 offset=13152256 len=65536
read t=31056645855 offset=13217792 len=32768
read t=31106524855 offset=15687680 len=73728
read t=31156441855 offset=16572416 len=114688
read t=31207910855 offset=233877504 len=4096
read t=31257709855 offset=15007744 len=131072
read t=31306622855 offset=13066240 len=32768
read t=31360129855 offset=14393344 len=8192
read t=31407371855 offset=14454784 len=12288
read t=31456069855 offset=15138816 len=131072
read t=31510370855 offset=15269888 len=131072
read t=31556994855 offset=15400960 len=131072
read t=31606452855 offset=15532032 len=102400
read t=31687390855 offset=15761408 len=32768
read t=31705757855 offset=234881024 len=4096
read t=31757318855 offset=234885120 len=16384
read t=31806350855 offset=234901504 len=49152
read t=31856303855 offset=234954752 len=4096
read t=31906519855 offset=234962944 len=8192
read t=31956464855 offset=234975232 len=16384
read t=32006676855 offset=234995712 len=86016
read t=32056890855 offset=235085824 len=24576
read t=32106685855 offset=235114496 len=16384
read t=32156650855 offset=235130880 len=24576
read t=32205952855 offset=235159552 len=94208
read t=32258768855 offset=235257856 len=4096
read t=32307516855 offset=235261952 len=61440
read t=32356739855 offset=235331584 len=8192
read t=32406557855 offset=235343872 len=49152
read t=32456812855 offset=15794176 len=131072
read t=32506478855 offset=235393024 len=32768
read t=32556672855 offset=235429888 len=20480
read t=32606459855 offset=17166336 len=12288
read t=32656740855 offset=17182720 len=8192
read t=32711983855 offset=17227776 len=49152
read t=32760051855 offset=15925248 len=69632
end files=149 reads=476
