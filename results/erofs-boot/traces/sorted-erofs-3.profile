liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 538
dropped 0
boots 1
duration_ns 32014797523
file /usr/bin/dash inode=213 t=6847318344 kinds=block pages=0-12,13-30 ranks=0,209 count=3
file /usr/lib/systemd/systemd inode=49209 t=7172892344 kinds=block pages=0-15,16-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=7419424344 kinds=block pages=0-31,32-52 ranks=2,5 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=7518770344 kinds=block pages=0-101,102-149,150-191,192-277,278-299,300-329,330-383,384-479,480-505 ranks=4,10,93,89,92,91,90,71,8 count=18
file /etc/ld.so.cache inode=3396 t=7668767344 kinds=block pages=0-1 ranks=6 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=7717786344 kinds=block pages=0-57,58-89,90-95,96-118,119-139,140-159,160-244,245-261,262-351,352-361,362-383,384-447,448-470 ranks=7,16,88,79,72,53,52,56,55,160,73,57,17 count=32
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=7919373344 kinds=block pages=0-6,7-39,40-154,155-196,197-239,240-255,256-326,327-356,357-383,384-463,464-511,512-554,555-575,576-703,704-767,768-799,800-817 ranks=9,11,15,70,85,129,87,84,83,80,82,101,130,81,86,69,12 count=38
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=8169096344 kinds=block pages=0-31 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=8219528344 kinds=block pages=0-6,7-16 ranks=14,19 count=3
file /usr/bin/touch inode=46976 t=8668700344 kinds=block pages=0-26 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=8868729344 kinds=block pages=0-31 ranks=20 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=8918864344 kinds=block pages=0-27 ranks=21 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=9028160344 kinds=block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=9028160344 kinds=block pages=0-42 ranks=23 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=9121114344 kinds=block pages=0-63,64-79,80-98 ranks=24,28,25 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=9418607344 kinds=block pages=0-9 ranks=26 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=9418607344 kinds=block pages=0-21,22-63,64-68,69-86 ranks=27,29,68,30 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=9669135344 kinds=block pages=0-11 ranks=31 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=9718784344 kinds=block pages=0-50 ranks=32 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=9768637344 kinds=block pages=0-31,32-95,224-256,257-293,304-325 ranks=33,66,67,132,34 count=10
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=10018712344 kinds=block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=10018712344 kinds=block pages=0-36 ranks=36 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=10068464344 kinds=block pages=0-111,112-206,207-255,544-587,588-607,800-827,828-869,870-927,1024-1032,1033-1135,1136-1155 ranks=37,58,64,65,74,75,78,76,77,63,38 count=16
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=10269070344 kinds=block pages=0-31,32-95,130-159,160-165,166-186 ranks=39,61,116,62,40 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=10568039344 kinds=block pages=0-46 ranks=41 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=10618509344 kinds=block pages=0-76,77-127,128-159,192-194,195-202,203-222 ranks=42,46,59,60,133,43 count=8
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=10868710344 kinds=block pages=0-7 ranks=44 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=10868710344 kinds=block pages=0-62,63-111,112-127,128-153 ranks=45,49,134,47 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=11118372344 kinds=block pages=0-31,32-38 ranks=48,50 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=11319733344 kinds=block pages=0-15,16-171 ranks=51,54 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=16720706344 kinds=block pages=0-95,96-143,144-191,288-308 ranks=94,225,189,115 count=8
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=16869738344 kinds=block pages=0-63 ranks=95 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=16968537344 kinds=block pages=0-1 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=17039127344 kinds=block pages=0-26 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=17039127344 kinds=block pages=0-27 ranks=98 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=17039127344 kinds=block pages=0-15 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=17039127344 kinds=block pages=0-8 ranks=100 count=1
file /usr/bin/kmod inode=300399 t=17117883344 kinds=block pages=0-43 ranks=102 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=17117883344 kinds=block pages=0-8 ranks=103 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=17220598344 kinds=block pages=0-3 ranks=104 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=17220598344 kinds=block pages=0-10 ranks=105 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=17220598344 kinds=block pages=0-5 ranks=106 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=17220598344 kinds=block pages=0-3 ranks=107 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=17220598344 kinds=block pages=0-7 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=17220598344 kinds=block pages=0-5 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=17220598344 kinds=block pages=0-3 ranks=110 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=17220598344 kinds=block pages=0-3 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=17220598344 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=17220598344 kinds=block pages=0-7 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=17220598344 kinds=block pages=0-3 ranks=114 count=1
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=17568567344 kinds=block pages=0-30 ranks=117 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=17568567344 kinds=block pages=0-1 ranks=118 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=17568567344 kinds=block pages=0-6 ranks=119 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=17568567344 kinds=block pages=0-13 ranks=120 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=17568567344 kinds=block pages=0-4 ranks=121 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=17568567344 kinds=block pages=0-2 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=17568567344 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=17568567344 kinds=block pages=0-1 ranks=124 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=17568567344 kinds=block pages=0-1 ranks=125 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=17568567344 kinds=block pages=0-5 ranks=126 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=17568567344 kinds=block pages=0-2 ranks=127 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=17568567344 kinds=block pages=0-20 ranks=128 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=18025422344 kinds=block pages=0-8,9-41 ranks=131,135 count=2
file /usr/bin/mount inode=313613 t=18510042344 kinds=block pages=0-14 ranks=136 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=19790800344 kinds=block pages=0-6 ranks=137 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=19791951344 kinds=block pages=0-63,64-86 ranks=138,141 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=19829853344 kinds=block pages=0-28 ranks=139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=19829853344 kinds=block pages=0-31,32-105 ranks=140,143 count=2
file /usr/lib/lsb/init-functions inode=541541 t=19931543344 kinds=block pages=0-2 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=19978699344 kinds=block pages=0-3 ranks=144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=20027974344 kinds=block pages=0-100 ranks=145 count=3
file /usr/lib/systemd/systemd-modules-load inode=329371 t=20158317344 kinds=block pages=0-4 ranks=146 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=20158317344 kinds=block pages=0-4 ranks=147 count=1
file /usr/bin/udevadm inode=329379 t=20158317344 kinds=block pages=0-85,86-268,269-303,304-330 ranks=148,156,152,149 count=10
file /usr/lib/systemd/systemd-random-seed inode=360390 t=20411996344 kinds=block pages=0-5 ranks=150 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=20411996344 kinds=block pages=0-5 ranks=151 count=1
file /usr/bin/systemd-sysusers inode=360398 t=20580466344 kinds=block pages=0-15 ranks=153 count=2
file /usr/bin/journalctl inode=362564 t=20687472344 kinds=block pages=0-18 ranks=154 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=20687472344 kinds=block pages=0-7,8-27 ranks=155,157 count=2
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=21078140344 kinds=block pages=0-4 ranks=158 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=21078140344 kinds=block pages=0-31,32-63,894-959,960-1071,1072-1103,1104-1151,1152-1310,1728-1791,1792-1855,1888-1919,1920-1951,1952-2015,2464-2479,2480-2598,2599-2646,2647-2662,2663-2685,2686-2783,2944-3039,3040-3071,3072-3087,3088-3151,3152-3178 ranks=159,161,207,162,206,187,208,188,202,203,197,179,180,175,193,228,192,183,184,216,233,231,194 count=39
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=22863159344 kinds=block pages=0-1 ranks=163 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=22863159344 kinds=block pages=0-1 ranks=164 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=22873117344 kinds=block pages=0-2 ranks=165 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=22873117344 kinds=block pages=0-1 ranks=166 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=22882451344 kinds=block pages=0-1 ranks=167 count=1
file /usr/bin/systemctl inode=418048 t=22882451344 kinds=block pages=0-68,69-110,111-149,150-191,192-196,197-223,224-255,256-311,312-330 ranks=168,174,176,181,198,190,185,177,169 count=17
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=23214042344 kinds=block pages=0-3 ranks=170 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=23214042344 kinds=block pages=0-21 ranks=171 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=23214687344 kinds=block pages=0-6 ranks=172 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=23214687344 kinds=block pages=0-11,12-15,16-19 ranks=173,178,237 count=3
file /var/log/dpkg.log inode=803292 t=24264940344 kinds=block pages=0-12 ranks=182 count=1
file /usr/sbin/e2scrub_all inode=462062 t=24767948344 kinds=block pages=0-1 ranks=186 count=1
file /usr/bin/bash inode=499968 t=25472464344 kinds=block pages=0-31,32-111,112-153,154-185,186-223,224-287,288-308 ranks=191,199,226,230,235,227,195 count=15
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=26214670344 kinds=block pages=0-38,39-49 ranks=196,218 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=26814603344 kinds=block pages=0-7 ranks=200 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=26865046344 kinds=block pages=0-15,16-46 ranks=201,210 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=27015724344 kinds=block pages=0-2 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=27214764344 kinds=block pages=0-15,16-95 ranks=205,213 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=27715934344 kinds=block pages=0-13 ranks=211 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=27715934344 kinds=block pages=0-8 ranks=212 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=27813981344 kinds=block pages=0-3 ranks=214 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=27865317344 kinds=block pages=0-38,39-92,93-233,234-319,320-580 ranks=215,222,234,236,239 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=28064735344 kinds=block pages=0-12 ranks=217 count=1
file /usr/bin/readlink inode=500087 t=28164641344 kinds=block pages=0-12 ranks=219 count=2
file /usr/bin/cat inode=532096 t=28214297344 kinds=block pages=0-10 ranks=220 count=1
file /usr/bin/sleep inode=532102 t=28214297344 kinds=block pages=0-10 ranks=221 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=28364211344 kinds=block pages=0-11 ranks=223 count=1
file /usr/lib/udev/ata_id inode=446690 t=28416015344 kinds=block pages=0-12,13-16 ranks=224,238 count=2
file /usr/lib/udev/dmi_memory_id inode=461971 t=29365096344 kinds=block pages=0-18 ranks=229 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=29964398344 kinds=block pages=0-47,48-63 ranks=232,240 count=2
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=30618585344 kinds=block pages=0-1 ranks=241 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=30714795344 kinds=block pages=0-8 ranks=242 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=30714795344 kinds=block pages=0-2 ranks=243 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=30714795344 kinds=block pages=0-4 ranks=244 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=30714795344 kinds=block pages=0-2 ranks=245 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=30714795344 kinds=block pages=0-1 ranks=246 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=30814371344 kinds=block pages=0-60 ranks=247 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=30914993344 kinds=block pages=0-101 ranks=248 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=30914993344 kinds=block pages=0-6 ranks=249 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=30914993344 kinds=block pages=0-3 ranks=250 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=30914993344 kinds=block pages=0-1 ranks=251 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=30914993344 kinds=block pages=0-5 ranks=252 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=30914993344 kinds=block pages=0-2 ranks=253 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=30914993344 kinds=block pages=0-2 ranks=254 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=30914993344 kinds=block pages=0-3 ranks=255 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=30914993344 kinds=block pages=0-4 ranks=256 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=30914993344 kinds=block pages=0-10 ranks=257 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=30965914344 kinds=block pages=0-13 ranks=258 count=1
file /var/lib/dpkg/info/sed.list inode=801262 t=30965914344 kinds=block pages=0-1 ranks=259 count=1
file /var/lib/dpkg/info/systemd.list inode=801466 t=30965914344 kinds=block pages=0-9 ranks=260 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=31014800344 kinds=block pages=0-11 ranks=261 count=1
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=31014800344 kinds=block pages=0-1 ranks=262 count=1
file /var/lib/dpkg/info/tar.list inode=801645 t=31014800344 kinds=block pages=0-1 ranks=263 count=1
file /var/lib/dpkg/info/tzdata.config inode=801813 t=31014800344 kinds=block pages=0-1 ranks=264 count=1
file /var/lib/dpkg/info/tzdata.list inode=801816 t=31064323344 kinds=block pages=0-12 ranks=265 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=31064323344 kinds=block pages=0-15 ranks=266 count=1
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=31165039344 kinds=block pages=0-69 ranks=267 count=1
file /var/lib/dpkg/info/udev.list inode=802256 t=31165039344 kinds=block pages=0-1 ranks=268 count=1
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=31165039344 kinds=block pages=0-1 ranks=269 count=1
file /var/lib/dpkg/info/util-linux.list inode=802670 t=31165039344 kinds=block pages=0-2 ranks=270 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=31165039344 kinds=block pages=0-4 ranks=271 count=1
file /var/lib/dpkg/status inode=802949 t=31214707344 kinds=block pages=0-21 ranks=272 count=1
file /var/lib/dpkg/status-old inode=802957 t=31266225344 kinds=block pages=0-21 ranks=273 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=31314695344 kinds=block pages=0-79,80-97 ranks=274,277 count=2
file /var/lib/systemd/catalog/database inode=803043 t=31414932344 kinds=block pages=0-52 ranks=275 count=1
file /var/log/bootstrap.log inode=803283 t=31414932344 kinds=block pages=0-15 ranks=276 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=31560070344 kinds=block pages=0-16 ranks=278 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=31560070344 kinds=block pages=0-14 ranks=279 count=1
read t=6799133344 offset=0 len=16384
read t=6847318344 offset=16384 len=32768
read t=6904409344 offset=17203200 len=4096
read t=6920615344 offset=1503232 len=4096
read t=6970174344 offset=19718144 len=4096
read t=7043895344 offset=17080320 len=4096
read t=7143795344 offset=17199104 len=4096
read t=7144631344 offset=1572864 len=4096
read t=7172892344 offset=1576960 len=16384
read t=7218992344 offset=1593344 len=32768
read t=7268551344 offset=19693568 len=4096
read t=7319097344 offset=102400 len=4096
read t=7369028344 offset=106496 len=16384
read t=7419424344 offset=122880 len=32768
read t=7468378344 offset=155648 len=65536
read t=7518770344 offset=1626112 len=73728
read t=7568334344 offset=1699840 len=131072
read t=7618571344 offset=221184 len=16384
read t=7668767344 offset=237568 len=32768
read t=7717786344 offset=270336 len=65536
read t=7768504344 offset=335872 len=81920
read t=7818463344 offset=2617344 len=4096
read t=7868687344 offset=2621440 len=16384
read t=7919373344 offset=2637824 len=32768
read t=7968638344 offset=1830912 len=131072
read t=8018668344 offset=2670592 len=73728
read t=8068545344 offset=4673536 len=4096
read t=8118682344 offset=4677632 len=16384
read t=8169096344 offset=4694016 len=32768
read t=8219528344 offset=4726784 len=65536
read t=8268574344 offset=2744320 len=16384
read t=8319878344 offset=2760704 len=32768
read t=8368495344 offset=2793472 len=65536
read t=8418526344 offset=2859008 len=131072
read t=8468723344 offset=417792 len=114688
read t=8518800344 offset=1466368 len=4096
read t=8569566344 offset=1470464 len=16384
read t=8619656344 offset=1486848 len=16384
read t=8668700344 offset=1507328 len=65536
read t=8718888344 offset=18989056 len=4096
read t=8773724344 offset=18984960 len=4096
read t=8824408344 offset=4792320 len=16384
read t=8868729344 offset=4808704 len=32768
read t=8918864344 offset=4841472 len=65536
read t=8968773344 offset=18952192 len=4096
read t=9028160344 offset=4907008 len=131072
read t=9068431344 offset=18976768 len=4096
read t=9121114344 offset=5038080 len=131072
read t=9168412344 offset=18944000 len=4096
read t=9226582344 offset=5169152 len=131072
read t=9268724344 offset=5341184 len=4096
read t=9318533344 offset=5345280 len=16384
read t=9368948344 offset=5361664 len=32768
read t=9418607344 offset=5394432 len=65536
read t=9468516344 offset=5300224 len=40960
read t=9518864344 offset=5459968 len=131072
read t=9570465344 offset=5595136 len=4096
read t=9619025344 offset=5599232 len=16384
read t=9669135344 offset=5615616 len=32768
read t=9718784344 offset=5648384 len=65536
read t=9768637344 offset=5713920 len=131072
read t=9821651344 offset=18968576 len=4096
read t=9870793344 offset=6234112 len=4096
read t=9918544344 offset=6238208 len=16384
read t=9969295344 offset=6254592 len=32768
read t=10018712344 offset=6287360 len=65536
read t=10068464344 offset=6352896 len=131072
read t=10118401344 offset=6483968 len=131072
read t=10168717344 offset=7528448 len=4096
read t=10219189344 offset=7532544 len=16384
read t=10269070344 offset=7548928 len=32768
read t=10318991344 offset=7581696 len=65536
read t=10369636344 offset=19009536 len=4096
read t=10422106344 offset=7806976 len=4096
read t=10469096344 offset=7811072 len=16384
read t=10519009344 offset=7827456 len=32768
read t=10568039344 offset=7860224 len=65536
read t=10618509344 offset=7925760 len=131072
read t=10671212344 offset=8056832 len=131072
read t=10718726344 offset=8474624 len=4096
read t=10768963344 offset=8478720 len=16384
read t=10819048344 offset=8495104 len=32768
read t=10868710344 offset=8527872 len=65536
read t=10918731344 offset=8593408 len=131072
read t=10968777344 offset=8187904 len=131072
read t=11018571344 offset=8871936 len=4096
read t=11068458344 offset=8876032 len=16384
read t=11118372344 offset=8892416 len=32768
read t=11168338344 offset=8925184 len=65536
read t=11218500344 offset=8724480 len=131072
read t=11268699344 offset=8990720 len=16384
read t=11319733344 offset=9007104 len=32768
read t=11368360344 offset=712704 len=4096
read t=11418675344 offset=716800 len=16384
read t=11468735344 offset=733184 len=32768
read t=11518377344 offset=765952 len=65536
read t=11568397344 offset=831488 len=131072
read t=11618740344 offset=651264 len=4096
read t=11668999344 offset=655360 len=16384
read t=11718390344 offset=671744 len=32768
read t=11768624344 offset=704512 len=8192
read t=11820861344 offset=9039872 len=131072
read t=11868428344 offset=1003520 len=4096
read t=11918524344 offset=1007616 len=16384
read t=11969018344 offset=1024000 len=32768
read t=12018734344 offset=1056768 len=65536
read t=12068760344 offset=1122304 len=131072
read t=12118956344 offset=962560 len=40960
read t=12168659344 offset=1306624 len=4096
read t=12219290344 offset=1310720 len=16384
read t=12268868344 offset=1327104 len=32768
read t=12318766344 offset=1359872 len=65536
read t=12368655344 offset=1425408 len=40960
read t=12418453344 offset=6615040 len=131072
read t=12469778344 offset=8318976 len=131072
read t=12518930344 offset=7647232 len=131072
read t=12568483344 offset=7778304 len=28672
read t=12618395344 offset=7413760 len=4096
read t=12668578344 offset=7417856 len=16384
read t=12719106344 offset=7434240 len=32768
read t=12768812344 offset=7467008 len=61440
read t=12818900344 offset=6746112 len=131072
read t=12869540344 offset=6877184 len=131072
read t=12918511344 offset=5844992 len=16384
read t=12968144344 offset=5861376 len=32768
read t=13018799344 offset=5894144 len=65536
read t=13068746344 offset=5959680 len=131072
read t=13119010344 offset=5591040 len=4096
read t=13168395344 offset=4620288 len=4096
read t=13218530344 offset=4624384 len=16384
read t=13268549344 offset=4640768 len=32768
read t=13322857344 offset=2990080 len=131072
read t=13368397344 offset=2547712 len=4096
read t=13418630344 offset=2551808 len=16384
read t=13469057344 offset=2568192 len=32768
read t=13518392344 offset=2600960 len=16384
read t=13585714344 offset=593920 len=4096
read t=13619254344 offset=598016 len=16384
read t=13668365344 offset=614400 len=32768
read t=13718785344 offset=647168 len=4096
read t=13782658344 offset=1265664 len=4096
read t=13818981344 offset=1269760 len=16384
read t=13868850344 offset=1286144 len=20480
read t=13920990344 offset=7008256 len=131072
read t=13968560344 offset=7258112 len=4096
read t=14018787344 offset=7262208 len=16384
read t=14068880344 offset=7278592 len=32768
read t=14118555344 offset=7311360 len=65536
read t=14168361344 offset=7376896 len=36864
read t=14218424344 offset=7139328 len=118784
read t=14268293344 offset=536576 len=4096
read t=14318591344 offset=540672 len=16384
read t=14368621344 offset=557056 len=32768
read t=14418387344 offset=589824 len=4096
read t=14472221344 offset=17178624 len=4096
read t=14530678344 offset=3670016 len=4096
read t=14568562344 offset=3674112 len=16384
read t=14618821344 offset=3690496 len=32768
read t=14668400344 offset=3723264 len=65536
read t=14718502344 offset=3788800 len=131072
read t=14769472344 offset=4235264 len=4096
read t=14818694344 offset=4239360 len=16384
read t=14868615344 offset=4255744 len=32768
read t=14918380344 offset=4288512 len=65536
read t=14968448344 offset=4354048 len=131072
read t=15018593344 offset=3919872 len=131072
read t=15068485344 offset=3584000 len=4096
read t=15119300344 offset=3588096 len=16384
read t=15169105344 offset=3604480 len=32768
read t=15218664344 offset=3637248 len=32768
read t=15272372344 offset=3497984 len=4096
read t=15319120344 offset=3502080 len=16384
read t=15368865344 offset=3518464 len=32768
read t=15418839344 offset=3551232 len=32768
read t=15478696344 offset=3121152 len=131072
read t=15518611344 offset=4485120 len=131072
read t=15568686344 offset=4616192 len=4096
read t=15618662344 offset=3289088 len=4096
read t=15669075344 offset=3293184 len=16384
read t=15718367344 offset=3309568 len=32768
read t=15768629344 offset=3342336 len=65536
read t=15818616344 offset=3407872 len=90112
read t=15868394344 offset=532480 len=4096
read t=15922791344 offset=2084864 len=4096
read t=15968984344 offset=2088960 len=16384
read t=16019137344 offset=2105344 len=32768
read t=16068453344 offset=2138112 len=65536
read t=16118333344 offset=2203648 len=131072
read t=16168470344 offset=2445312 len=4096
read t=16218518344 offset=2449408 len=16384
read t=16268610344 offset=2465792 len=32768
read t=16318424344 offset=2498560 len=49152
read t=16368458344 offset=2396160 len=4096
read t=16418565344 offset=2400256 len=16384
read t=16468658344 offset=2416640 len=28672
read t=16521327344 offset=2334720 len=61440
read t=16568296344 offset=1961984 len=122880
read t=16627766344 offset=17133568 len=4096
read t=16670577344 offset=19697664 len=4096
read t=16720706344 offset=9170944 len=98304
read t=16768511344 offset=9269248 len=32768
read t=16818615344 offset=9412608 len=4096
read t=16869738344 offset=9416704 len=16384
read t=16919189344 offset=9433088 len=32768
read t=16968537344 offset=9465856 len=65536
read t=17039127344 offset=9531392 len=131072
read t=17089073344 offset=4050944 len=131072
read t=17117883344 offset=9662464 len=131072
read t=17167886344 offset=19730432 len=4096
read t=17220598344 offset=9793536 len=131072
read t=17268630344 offset=9392128 len=4096
read t=17318189344 offset=9396224 len=16384
read t=17372481344 offset=202260480 len=4096
read t=17419347344 offset=202264576 len=16384
read t=17469693344 offset=202280960 len=32768
read t=17518465344 offset=202313728 len=65536
read t=17568567344 offset=202379264 len=131072
read t=17618371344 offset=3252224 len=36864
read t=17675077344 offset=4182016 len=16384
read t=17719232344 offset=4198400 len=32768
read t=17768055344 offset=4231168 len=4096
read t=17860497344 offset=17108992 len=4096
read t=17918156344 offset=17129472 len=4096
read t=17931065344 offset=18636800 len=4096
read t=18025422344 offset=9924608 len=131072
read t=18354895344 offset=6090752 len=16384
read t=18359103344 offset=6107136 len=32768
read t=18360035344 offset=6139904 len=65536
read t=18382269344 offset=8450048 len=24576
read t=18405937344 offset=8855552 len=16384
read t=18485703344 offset=17125376 len=4096
read t=18510042344 offset=10055680 len=131072
read t=18556622344 offset=18649088 len=4096
read t=18609252344 offset=18653184 len=16384
read t=18663296344 offset=18698240 len=4096
read t=18713124344 offset=17154048 len=4096
read t=18793384344 offset=17195008 len=4096
read t=18810733344 offset=18640896 len=4096
read t=18860012344 offset=18644992 len=4096
read t=18912994344 offset=18669568 len=28672
read t=18956566344 offset=18702336 len=28672
read t=19020056344 offset=14467072 len=4096
read t=19072483344 offset=18731008 len=131072
read t=19676367344 offset=10539008 len=4096
read t=19776925344 offset=20688896 len=4096
read t=19790800344 offset=10186752 len=16384
read t=19791951344 offset=10203136 len=32768
read t=19807090344 offset=10235904 len=65536
read t=19829853344 offset=10301440 len=131072
read t=19878397344 offset=36827136 len=4096
read t=19931543344 offset=36831232 len=16384
read t=19978699344 offset=10432512 len=106496
read t=20027974344 offset=10543104 len=20480
read t=20077924344 offset=10563584 len=131072
read t=20158317344 offset=10694656 len=131072
read t=20183632344 offset=10825728 len=131072
read t=20228096344 offset=17334272 len=4096
read t=20410594344 offset=11513856 len=4096
read t=20411318344 offset=11517952 len=16384
read t=20411996344 offset=11534336 len=32768
read t=20477811344 offset=11460608 len=4096
read t=20478539344 offset=11464704 len=16384
read t=20528447344 offset=11481088 len=32768
read t=20580466344 offset=11567104 len=12288
read t=20628051344 offset=11735040 len=4096
read t=20687472344 offset=11579392 len=98304
read t=20728095344 offset=25702400 len=4096
read t=20783506344 offset=10956800 len=131072
read t=20828995344 offset=11087872 len=131072
read t=20878902344 offset=11218944 len=131072
read t=20943794344 offset=25296896 len=4096
read t=20987488344 offset=11350016 len=110592
read t=21028720344 offset=11677696 len=57344
read t=21078140344 offset=11739136 len=69632
read t=21128049344 offset=25694208 len=4096
read t=21179506344 offset=17190912 len=4096
read t=21295654344 offset=1253376 len=12288
read t=21494560344 offset=11808768 len=131072
read t=21872758344 offset=17100800 len=4096
read t=21874671344 offset=17313792 len=4096
read t=22238926344 offset=25698304 len=4096
read t=22246916344 offset=19959808 len=4096
read t=22248171344 offset=20496384 len=4096
read t=22252722344 offset=20512768 len=4096
read t=22294462344 offset=25288704 len=4096
read t=22341029344 offset=17207296 len=20480
read t=22793699344 offset=13312000 len=4096
read t=22858442344 offset=13320192 len=4096
read t=22863159344 offset=13324288 len=16384
read t=22873117344 offset=13340672 len=32768
read t=22882451344 offset=13373440 len=65536
read t=22909326344 offset=13316096 len=4096
read t=22970293344 offset=13438976 len=131072
read t=23082673344 offset=15998976 len=4096
read t=23212713344 offset=14262272 len=4096
read t=23213516344 offset=14266368 len=16384
read t=23214042344 offset=14282752 len=32768
read t=23214687344 offset=14315520 len=65536
read t=23364601344 offset=13570048 len=131072
read t=23380558344 offset=12296192 len=4096
read t=23381260344 offset=12300288 len=16384
read t=23414354344 offset=12316672 len=32768
read t=23464643344 offset=12349440 len=65536
read t=23515505344 offset=12414976 len=131072
read t=23564122344 offset=13701120 len=131072
read t=23614248344 offset=235339776 len=4096
read t=23664543344 offset=14143488 len=4096
read t=23714186344 offset=14147584 len=16384
read t=23764385344 offset=14163968 len=32768
read t=23814270344 offset=14196736 len=65536
read t=23867543344 offset=14381056 len=12288
read t=23913928344 offset=12214272 len=4096
read t=23965066344 offset=12218368 len=16384
read t=24014246344 offset=12234752 len=32768
read t=24065715344 offset=12267520 len=28672
read t=24114489344 offset=235450368 len=4096
read t=24165392344 offset=13832192 len=131072
read t=24214792344 offset=14782464 len=4096
read t=24264940344 offset=235454464 len=4096
read t=24315514344 offset=12767232 len=4096
read t=24364813344 offset=12771328 len=16384
read t=24415165344 offset=12787712 len=32768
read t=24464815344 offset=12820480 len=65536
read t=24514523344 offset=12886016 len=131072
read t=24564825344 offset=14057472 len=4096
read t=24614852344 offset=14061568 len=16384
read t=24665243344 offset=14077952 len=32768
read t=24714369344 offset=14110720 len=32768
read t=24767948344 offset=15994880 len=4096
read t=24814809344 offset=235323392 len=4096
read t=24867982344 offset=11972608 len=4096
read t=24914560344 offset=11976704 len=16384
read t=24964927344 offset=11993088 len=32768
read t=25014420344 offset=12025856 len=65536
read t=25064560344 offset=9334784 len=4096
read t=25114582344 offset=9338880 len=16384
read t=25164187344 offset=9355264 len=32768
read t=25214507344 offset=9388032 len=4096
read t=25263959344 offset=13971456 len=4096
read t=25315191344 offset=13975552 len=16384
read t=25365130344 offset=13991936 len=32768
read t=25414725344 offset=14024704 len=32768
read t=25472464344 offset=16003072 len=12288
read t=25515498344 offset=16015360 len=24576
read t=25564744344 offset=16039936 len=49152
read t=25614896344 offset=235425792 len=4096
read t=25665596344 offset=12709888 len=4096
read t=25715590344 offset=12713984 len=16384
read t=25764777344 offset=12730368 len=32768
read t=25814576344 offset=12763136 len=4096
read t=25880259344 offset=12546048 len=131072
read t=25914055344 offset=13250560 len=4096
read t=25964620344 offset=13254656 len=16384
read t=26014718344 offset=13271040 len=32768
read t=26064742344 offset=13303808 len=8192
read t=26128460344 offset=16850944 len=4096
read t=26164703344 offset=16855040 len=16384
read t=26214670344 offset=16871424 len=32768
read t=26264731344 offset=16904192 len=65536
read t=26314923344 offset=235327488 len=4096
read t=26366087344 offset=12185600 len=4096
read t=26414689344 offset=12189696 len=16384
read t=26465154344 offset=12206080 len=8192
read t=26519952344 offset=14589952 len=4096
read t=26567904344 offset=13963264 len=8192
read t=26618603344 offset=16089088 len=106496
read t=26664751344 offset=16195584 len=131072
read t=26714785344 offset=235253760 len=4096
read t=26765341344 offset=14471168 len=4096
read t=26814603344 offset=14475264 len=16384
read t=26865046344 offset=14491648 len=32768
read t=26918148344 offset=12091392 len=94208
read t=26964505344 offset=17276928 len=4096
read t=27015724344 offset=14614528 len=4096
read t=27076420344 offset=19001344 len=4096
read t=27114550344 offset=235155456 len=4096
read t=27169380344 offset=14618624 len=4096
read t=27214764344 offset=14622720 len=16384
read t=27265057344 offset=14639104 len=32768
read t=27314532344 offset=11939840 len=32768
read t=27372537344 offset=182259712 len=4096
read t=27415264344 offset=182263808 len=16384
read t=27465742344 offset=182280192 len=32768
read t=27515120344 offset=182312960 len=65536
read t=27564978344 offset=182378496 len=131072
read t=27618907344 offset=49152 len=53248
read t=27664208344 offset=235110400 len=4096
read t=27715934344 offset=14524416 len=65536
read t=27764959344 offset=14594048 len=4096
read t=27813981344 offset=14671872 len=110592
read t=27865317344 offset=14786560 len=90112
read t=27914899344 offset=235081728 len=4096
read t=27965575344 offset=13017088 len=16384
read t=28015046344 offset=13033472 len=32768
read t=28064735344 offset=14598144 len=16384
read t=28114577344 offset=16969728 len=16384
read t=28164641344 offset=16986112 len=32768
read t=28214297344 offset=17018880 len=61440
read t=28264099344 offset=14876672 len=131072
read t=28314004344 offset=14401536 len=4096
read t=28364211344 offset=14405632 len=16384
read t=28416015344 offset=14422016 len=32768
read t=28464106344 offset=234991616 len=4096
read t=28533767344 offset=17084416 len=16384
read t=28564742344 offset=17104896 len=4096
read t=28614295344 offset=17113088 len=12288
read t=28667672344 offset=17137664 len=16384
read t=28714006344 offset=17158144 len=8192
read t=28763993344 offset=234958848 len=4096
read t=28814865344 offset=9302016 len=16384
read t=28864145344 offset=9318400 len=16384
read t=28925758344 offset=234950656 len=4096
read t=28965295344 offset=16326656 len=131072
read t=29014584344 offset=16687104 len=4096
read t=29065320344 offset=16691200 len=16384
read t=29114748344 offset=16707584 len=32768
read t=29165063344 offset=16740352 len=110592
read t=29216240344 offset=12677120 len=16384
read t=29265312344 offset=12693504 len=16384
read t=29321301344 offset=15634432 len=4096
read t=29365096344 offset=15638528 len=16384
read t=29415127344 offset=15654912 len=32768
read t=29464777344 offset=18169856 len=4096
read t=29516348344 offset=234971136 len=4096
read t=29565993344 offset=16457728 len=16384
read t=29615049344 offset=16474112 len=32768
read t=29664611344 offset=16506880 len=65536
read t=29714160344 offset=13099008 len=4096
read t=29764785344 offset=13103104 len=16384
read t=29822076344 offset=13119488 len=32768
read t=29863964344 offset=13152256 len=65536
read t=29914573344 offset=13217792 len=32768
read t=29964398344 offset=15687680 len=73728
read t=30014836344 offset=18165760 len=4096
read t=30069359344 offset=233877504 len=4096
read t=30117031344 offset=13066240 len=32768
read t=30165762344 offset=15007744 len=131072
read t=30214296344 offset=16572416 len=114688
read t=30266177344 offset=15138816 len=131072
read t=30314494344 offset=14393344 len=8192
read t=30364475344 offset=14454784 len=12288
read t=30414857344 offset=15269888 len=131072
read t=30464906344 offset=15400960 len=131072
read t=30518770344 offset=15532032 len=102400
read t=30564103344 offset=15761408 len=32768
read t=30618585344 offset=234881024 len=4096
read t=30667912344 offset=234885120 len=16384
read t=30714795344 offset=234901504 len=49152
read t=30765230344 offset=234954752 len=4096
read t=30814371344 offset=234962944 len=8192
read t=30864329344 offset=234975232 len=16384
read t=30914993344 offset=234995712 len=86016
read t=30965914344 offset=235085824 len=24576
read t=31014800344 offset=235114496 len=40960
read t=31064323344 offset=235159552 len=94208
read t=31118592344 offset=235257856 len=4096
read t=31165039344 offset=235261952 len=61440
read t=31214707344 offset=235331584 len=8192
read t=31266225344 offset=235343872 len=49152
read t=31314695344 offset=15794176 len=131072
read t=31365031344 offset=235393024 len=32768
read t=31414932344 offset=235429888 len=20480
read t=31560070344 offset=15925248 len=69632
read t=31764123344 offset=61440 len=4096
read t=31814348344 offset=17166336 len=12288
read t=31864582344 offset=192512 len=4096
read t=31913852344 offset=17182720 len=8192
read t=31964131344 offset=17227776 len=49152
read t=32013815344 offset=454656 len=4096
end files=149 reads=469
