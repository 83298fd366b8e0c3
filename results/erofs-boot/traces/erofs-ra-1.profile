liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 300
dropped 0
boots 1
duration_ns 34655164165
file /usr/bin/dash inode=213 t=8256781901 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=8316487901 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3396 t=8317863901 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=8317863901 kinds=block pages=0-470 ranks=3 count=14
file /usr/bin/touch inode=46976 t=8771819901 kinds=block pages=0-26 ranks=4 count=1
file /usr/lib/systemd/systemd inode=49209 t=8771819901 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=8821935901 kinds=block pages=0-505 ranks=6 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=9222241901 kinds=block pages=0-817 ranks=7 count=18
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=10027472901 kinds=block pages=0-31 ranks=8 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=10027472901 kinds=block pages=0-16 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=10071785901 kinds=block pages=0-31 ranks=10 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=10121740901 kinds=block pages=0-27 ranks=11 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=10121740901 kinds=block pages=0-19 ranks=12 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=10172507901 kinds=block pages=0-42 ranks=13 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=10221732901 kinds=block pages=0-98 ranks=14 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=10321716901 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=10321716901 kinds=block pages=0-86 ranks=16 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=10372747901 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=10421709901 kinds=block pages=0-50 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=10471368901 kinds=block pages=0-95,224-325 ranks=19,20 count=4
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=10621684901 kinds=block pages=0-8 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=10621684901 kinds=block pages=0-36 ranks=22 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=10675917901 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=10
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=11122265901 kinds=block pages=0-95,130-159,160-186 ranks=27,270,28 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=11271813901 kinds=block pages=0-46 ranks=29 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=11321698901 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=11521722901 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=11521722901 kinds=block pages=0-153 ranks=33 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=11671779901 kinds=block pages=0-38 ranks=34 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=11671779901 kinds=block pages=0-171 ranks=35 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=11771790901 kinds=block pages=0-191,288-308 ranks=36,37 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=11871890901 kinds=block pages=0-63 ranks=38 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=11871890901 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=11871890901 kinds=block pages=0-26 ranks=40 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=11922499901 kinds=block pages=0-27 ranks=41 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=11922499901 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=11922499901 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=300399 t=11922499901 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=11971752901 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=11971752901 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=12034904901 kinds=block pages=0-10 ranks=47 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=12034904901 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=12034904901 kinds=block pages=0-3 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=12034904901 kinds=block pages=0-7 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=12034904901 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=12034904901 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=12034904901 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=12034904901 kinds=block pages=0-7 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=12034904901 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=12034904901 kinds=block pages=0-3 ranks=56 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=12071817901 kinds=block pages=0-41 ranks=57 count=2
file /usr/bin/mount inode=313613 t=12122246901 kinds=block pages=0-14 ranks=58 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=12122246901 kinds=block pages=0-6 ranks=59 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=12172172901 kinds=block pages=0-63,64-86 ranks=60,283 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=12172172901 kinds=block pages=0-28 ranks=61 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=12230457901 kinds=block pages=0-105 ranks=62 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=12321796901 kinds=block pages=0-3 ranks=63 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=12321796901 kinds=block pages=0-100 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=329371 t=12372583901 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=12372583901 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=329379 t=12372583901 kinds=block pages=0-330 ranks=67 count=7
file /usr/lib/systemd/systemd-random-seed inode=360390 t=12673353901 kinds=block pages=0-5 ranks=68 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=12673353901 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=360398 t=12673353901 kinds=block pages=0-15 ranks=70 count=2
file /usr/bin/journalctl inode=362564 t=12721890901 kinds=block pages=0-18 ranks=71 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=12721890901 kinds=block pages=0-27 ranks=72 count=2
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=12771925901 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=12771925901 kinds=block pages=0-63,894-959,960-1151,1152-1310,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,285,75,286,76,77,78,79 count=15
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=13371511901 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=13371511901 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=13421911901 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=13421911901 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=13421911901 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=418048 t=13421911901 kinds=block pages=0-330 ranks=85 count=8
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=13771807901 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=13771807901 kinds=block pages=0-21 ranks=87 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=13771807901 kinds=block pages=0-6 ranks=88 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=13771807901 kinds=block pages=0-19 ranks=89 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=13822370901 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=446690 t=13822370901 kinds=block pages=0-16 ranks=91 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=13822370901 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=13871752901 kinds=block pages=0-46 ranks=93 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=13871752901 kinds=block pages=0-13 ranks=94 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=13871752901 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=13871752901 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=13871752901 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=13928942901 kinds=block pages=0-95 ranks=98 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=13972029901 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=13972029901 kinds=block pages=0-580 ranks=100 count=7
file /usr/lib/udev/dmi_memory_id inode=461971 t=14272627901 kinds=block pages=0-18 ranks=101 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=14321987901 kinds=block pages=0-63 ranks=102 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=14321987901 kinds=block pages=0-97 ranks=103 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=14421800901 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=14421800901 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=462062 t=14421800901 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=499968 t=14421800901 kinds=block pages=0-308 ranks=107 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=14771792901 kinds=block pages=0-49 ranks=108 count=2
file /usr/bin/readlink inode=500087 t=14825365901 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=532096 t=14825365901 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=532102 t=14825365901 kinds=block pages=0-10 ranks=111 count=2
file /usr/share/man/nl/man1/dpkg-split.1.gz inode=712775 t=18222373901 kinds=block pages=0-1 ranks=112 count=1
file /usr/share/man/nl/man1/dpkg.1.gz inode=713056 t=18222373901 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/nl/man1/update-alternatives.1.gz inode=713060 t=18222373901 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/nl/man5/apt.conf.5.gz inode=713216 t=18222373901 kinds=block pages=0-4 ranks=115 count=1
file /usr/share/man/nl/man5/apt_preferences.5.gz inode=713306 t=18222373901 kinds=block pages=0-2 ranks=116 count=1
file /usr/share/man/nl/man5/sources.list.5.gz inode=713447 t=18222373901 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/nl/man8/adduser.8.gz inode=713613 t=18222373901 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/nl/man8/apt-cache.8.gz inode=713616 t=18222373901 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/nl/man8/apt-get.8.gz inode=713809 t=18222373901 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/nl/man8/apt-secure.8.gz inode=714078 t=18222373901 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/nl/man8/start-stop-daemon.8.gz inode=714471 t=18222373901 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/pl/man1/dpkg-split.1.gz inode=714671 t=18222373901 kinds=block pages=0-1 ranks=123 count=2
file /usr/share/man/pl/man5/apt_preferences.5.gz inode=714822 t=18271851901 kinds=block pages=0-2 ranks=124 count=1
file /usr/share/man/pl/man8/apt-cache.8.gz inode=714952 t=18271851901 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/pt/man1/dpkg-deb.1.gz inode=717043 t=18271851901 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/pt/man1/dpkg-maintscript-helper.1.gz inode=717181 t=18271851901 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/pt/man1/dpkg-query.1.gz inode=717184 t=18271851901 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=717254 t=18271851901 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=717534 t=18271851901 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=717538 t=18271851901 kinds=block pages=0-1 ranks=131 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=717820 t=18271851901 kinds=block pages=0-3 ranks=132 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=717908 t=18271851901 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=718058 t=18271851901 kinds=block pages=0-2 ranks=134 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=718241 t=18271851901 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=718244 t=18322361901 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=718415 t=18322361901 kinds=block pages=0-2 ranks=137 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=718683 t=18322361901 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=719286 t=18322361901 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=720301 t=18322361901 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=722498 t=18322361901 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=722649 t=18322361901 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=723192 t=18322361901 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=723323 t=18322361901 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=723328 t=18322361901 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=723396 t=18322361901 kinds=block pages=0-1 ranks=146 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=723676 t=18322361901 kinds=block pages=0-4 ranks=147 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=724002 t=18322361901 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=725086 t=18322361901 kinds=block pages=0-1 ranks=149 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=726708 t=18371847901 kinds=block pages=0-1 ranks=150 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=728647 t=18371847901 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=728806 t=18371847901 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=731139 t=18371847901 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=732668 t=18371847901 kinds=block pages=0-3 ranks=154 count=1
file /usr/share/perl5/Debconf/Config.pm inode=732672 t=18371847901 kinds=block pages=0-1 ranks=155 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=732982 t=18371847901 kinds=block pages=0-1 ranks=156 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=733431 t=18371847901 kinds=block pages=0-1 ranks=157 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=733626 t=18371847901 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=735836 t=18371847901 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=735942 t=18371847901 kinds=block pages=0-1 ranks=160 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=736093 t=18371847901 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/perl5/Debconf/Question.pm inode=736578 t=18371847901 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/perl5/Debconf/Template.pm inode=736585 t=18371847901 kinds=block pages=0-2 ranks=163 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=736645 t=18371847901 kinds=block pages=0-2 ranks=164 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=737152 t=18371847901 kinds=block pages=0-1 ranks=165 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=737217 t=18371847901 kinds=block pages=0-6 ranks=166 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=737222 t=18371847901 kinds=block pages=0-2 ranks=167 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=737226 t=18371847901 kinds=block pages=0-1 ranks=168 count=1
file /usr/share/zoneinfo/iso3166.tab inode=759531 t=18371847901 kinds=block pages=0-1 ranks=169 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=759534 t=18371847901 kinds=block pages=0-1 ranks=170 count=1
file /usr/share/zoneinfo/tzdata.zi inode=789484 t=18424726901 kinds=block pages=0-27 ranks=171 count=1
file /usr/share/zoneinfo/zone.tab inode=789494 t=18424726901 kinds=block pages=0-4 ranks=172 count=1
file /usr/share/zoneinfo/zone1970.tab inode=789498 t=18424726901 kinds=block pages=0-4 ranks=173 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=789620 t=18424726901 kinds=block pages=0-2 ranks=174 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=789722 t=18424726901 kinds=block pages=0-1 ranks=175 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=789881 t=18424726901 kinds=block pages=0-1 ranks=176 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=789987 t=18424726901 kinds=block pages=0-5 ranks=177 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=790139 t=18424726901 kinds=block pages=0-1 ranks=178 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=790218 t=18424726901 kinds=block pages=0-1 ranks=179 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=790342 t=18424726901 kinds=block pages=0-2 ranks=180 count=1
file /var/cache/debconf/config.dat inode=790379 t=18424726901 kinds=block pages=0-1 ranks=181 count=1
file /var/cache/debconf/templates.dat inode=790528 t=18472718901 kinds=block pages=0-183 ranks=182 count=2
file /var/cache/debconf/templates.dat-old inode=790577 t=18521774901 kinds=block pages=0-174 ranks=183 count=2
file /var/cache/ldconfig/aux-cache inode=790628 t=18585436901 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/available inode=790737 t=18621711901 kinds=block pages=0-19 ranks=185 count=1
file /var/lib/dpkg/info/adduser.list inode=790909 t=18621711901 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=791296 t=18621711901 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/apt.list inode=791557 t=18621711901 kinds=block pages=0-2 ranks=188 count=1
file /var/lib/dpkg/info/apt.md5sums inode=791561 t=18621711901 kinds=block pages=0-3 ranks=189 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=792370 t=18621711901 kinds=block pages=0-28 ranks=190 count=1
file /var/lib/dpkg/info/bash.list inode=792385 t=18621711901 kinds=block pages=0-1 ranks=191 count=1
file /var/lib/dpkg/info/bash.md5sums inode=792388 t=18621711901 kinds=block pages=0-1 ranks=192 count=1
file /var/lib/dpkg/info/coreutils.list inode=792528 t=18621711901 kinds=block pages=0-3 ranks=193 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=792532 t=18621711901 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/debconf.list inode=792921 t=18621711901 kinds=block pages=0-1 ranks=195 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=792924 t=18621711901 kinds=block pages=0-2 ranks=196 count=1
file /var/lib/dpkg/info/debconf.templates inode=792932 t=18671541901 kinds=block pages=0-35 ranks=197 count=1
file /var/lib/dpkg/info/debianutils.md5sums inode=793707 t=18671541901 kinds=block pages=0-1 ranks=198 count=1
file /var/lib/dpkg/info/dpkg.list inode=794179 t=18671541901 kinds=block pages=0-2 ranks=199 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=794183 t=18671541901 kinds=block pages=0-2 ranks=200 count=1
file /var/lib/dpkg/info/findutils.list inode=794742 t=18671541901 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=794745 t=18671541901 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/grep.list inode=794799 t=18671541901 kinds=block pages=0-1 ranks=203 count=1
file /var/lib/dpkg/info/grep.md5sums inode=794802 t=18671541901 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=795508 t=18671541901 kinds=block pages=0-1 ranks=205 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=795648 t=18671541901 kinds=block pages=0-30 ranks=206 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=796051 t=18671541901 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=796271 t=18671541901 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=796275 t=18671541901 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=796279 t=18671541901 kinds=block pages=0-2 ranks=210 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=796316 t=18671541901 kinds=block pages=0-3 ranks=211 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=796352 t=18721804901 kinds=block pages=0-37 ranks=212 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=796364 t=18721804901 kinds=block pages=0-22 ranks=213 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=796806 t=18721804901 kinds=block pages=0-1 ranks=214 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=796920 t=18721804901 kinds=block pages=0-4 ranks=215 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=796968 t=18721804901 kinds=block pages=0-6 ranks=216 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=797011 t=18721804901 kinds=block pages=0-3 ranks=217 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=797137 t=18721804901 kinds=block pages=0-1 ranks=218 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=797225 t=18721804901 kinds=block pages=0-1 ranks=219 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=797511 t=18721804901 kinds=block pages=0-16 ranks=220 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=797555 t=18721804901 kinds=block pages=0-1 ranks=221 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=797596 t=18721804901 kinds=block pages=0-3 ranks=222 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=798049 t=18721804901 kinds=block pages=0-1 ranks=223 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=798503 t=18776536901 kinds=block pages=0-1 ranks=224 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=798697 t=18776536901 kinds=block pages=0-3 ranks=225 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=798740 t=18776536901 kinds=block pages=0-5 ranks=226 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=798783 t=18776536901 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=798906 t=18776536901 kinds=block pages=0-1 ranks=228 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=798909 t=18776536901 kinds=block pages=0-1 ranks=229 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=799023 t=18776536901 kinds=block pages=0-6 ranks=230 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=799031 t=18776536901 kinds=block pages=0-2 ranks=231 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=799035 t=18776536901 kinds=block pages=0-1 ranks=232 count=2
file /var/lib/dpkg/info/libpam-runtime.templates inode=799131 t=18821853901 kinds=block pages=0-8 ranks=233 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=18821853901 kinds=block pages=0-1 ranks=234 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=18821853901 kinds=block pages=0-8 ranks=235 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=18821853901 kinds=block pages=0-2 ranks=236 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=18821853901 kinds=block pages=0-4 ranks=237 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=18821853901 kinds=block pages=0-2 ranks=238 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=18821853901 kinds=block pages=0-1 ranks=239 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=18821853901 kinds=block pages=0-60 ranks=240 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=18872168901 kinds=block pages=0-101 ranks=241 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=18872168901 kinds=block pages=0-6 ranks=242 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=18872168901 kinds=block pages=0-3 ranks=243 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=18872168901 kinds=block pages=0-1 ranks=244 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=18872168901 kinds=block pages=0-5 ranks=245 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=18872168901 kinds=block pages=0-2 ranks=246 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=18872168901 kinds=block pages=0-2 ranks=247 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=18872168901 kinds=block pages=0-3 ranks=248 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=18872168901 kinds=block pages=0-4 ranks=249 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=18872168901 kinds=block pages=0-10 ranks=250 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=18872168901 kinds=block pages=0-13 ranks=251 count=2
file /var/lib/dpkg/info/sed.list inode=801262 t=18872168901 kinds=block pages=0-1 ranks=252 count=2
file /var/lib/dpkg/info/systemd.list inode=801466 t=18872168901 kinds=block pages=0-9 ranks=253 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=18922618901 kinds=block pages=0-11 ranks=254 count=2
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=18922618901 kinds=block pages=0-1 ranks=255 count=2
file /var/lib/dpkg/info/tar.list inode=801645 t=18922618901 kinds=block pages=0-1 ranks=256 count=2
file /var/lib/dpkg/info/tzdata.config inode=801813 t=18922618901 kinds=block pages=0-1 ranks=257 count=2
file /var/lib/dpkg/info/tzdata.list inode=801816 t=18922618901 kinds=block pages=0-12 ranks=258 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=18922618901 kinds=block pages=0-15 ranks=259 count=2
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=18971880901 kinds=block pages=0-69 ranks=260 count=2
file /var/lib/dpkg/info/udev.list inode=802256 t=18971880901 kinds=block pages=0-1 ranks=261 count=2
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=18971880901 kinds=block pages=0-1 ranks=262 count=2
file /var/lib/dpkg/info/util-linux.list inode=802670 t=18971880901 kinds=block pages=0-2 ranks=263 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=18971880901 kinds=block pages=0-4 ranks=264 count=2
file /var/lib/dpkg/status inode=802949 t=18971880901 kinds=block pages=0-21 ranks=265 count=3
file /var/lib/dpkg/status-old inode=802957 t=18971880901 kinds=block pages=0-21 ranks=266 count=2
file /var/lib/systemd/catalog/database inode=803043 t=19021857901 kinds=block pages=0-52 ranks=267 count=2
file /var/log/bootstrap.log inode=803283 t=19021857901 kinds=block pages=0-15 ranks=268 count=2
file /var/log/dpkg.log inode=803292 t=19021857901 kinds=block pages=0-12 ranks=269 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=20022731901 kinds=block pages=0-30 ranks=271 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=20022731901 kinds=block pages=0-1 ranks=272 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=20022731901 kinds=block pages=0-6 ranks=273 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=20022731901 kinds=block pages=0-13 ranks=274 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=20022731901 kinds=block pages=0-4 ranks=275 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=20022731901 kinds=block pages=0-2 ranks=276 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=20022731901 kinds=block pages=0-1 ranks=277 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=20022731901 kinds=block pages=0-1 ranks=278 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=20022731901 kinds=block pages=0-1 ranks=279 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=20022731901 kinds=block pages=0-5 ranks=280 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=20022731901 kinds=block pages=0-2 ranks=281 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=20022731901 kinds=block pages=0-20 ranks=282 count=1
file /usr/lib/lsb/init-functions inode=541541 t=22481669901 kinds=block pages=0-2 ranks=284 count=1
read t=8241688901 offset=0 len=4096
read t=8256781901 offset=4096 len=61440
read t=8316487901 offset=65536 len=131072
read t=8317863901 offset=196608 len=131072
read t=8325987901 offset=327680 len=131072
read t=8371948901 offset=458752 len=131072
read t=8421868901 offset=589824 len=131072
read t=8479875901 offset=720896 len=131072
read t=8523713901 offset=851968 len=131072
read t=8573835901 offset=983040 len=131072
read t=8622667901 offset=1114112 len=131072
read t=8671811901 offset=1245184 len=131072
read t=8732519901 offset=1376256 len=131072
read t=8771819901 offset=1507328 len=131072
read t=8821935901 offset=1638400 len=131072
read t=8875976901 offset=1769472 len=90112
read t=8921882901 offset=1859584 len=131072
read t=8972515901 offset=1990656 len=131072
read t=9021787901 offset=2121728 len=131072
read t=9072554901 offset=2252800 len=131072
read t=9121767901 offset=2383872 len=131072
read t=9172562901 offset=2514944 len=131072
read t=9222241901 offset=2646016 len=131072
read t=9272285901 offset=2777088 len=131072
read t=9324004901 offset=2908160 len=131072
read t=9370895901 offset=3039232 len=131072
read t=9421740901 offset=3170304 len=77824
read t=9476932901 offset=3248128 len=131072
read t=9522500901 offset=3379200 len=131072
read t=9573217901 offset=3510272 len=131072
read t=9626624901 offset=3641344 len=131072
read t=9671744901 offset=3772416 len=131072
read t=9722443901 offset=3903488 len=131072
read t=9771714901 offset=4034560 len=131072
read t=9822242901 offset=4165632 len=131072
read t=9875993901 offset=4296704 len=131072
read t=9922301901 offset=4427776 len=131072
read t=9971721901 offset=4558848 len=131072
read t=10027472901 offset=4689920 len=131072
read t=10071785901 offset=4820992 len=45056
read t=10121740901 offset=4866048 len=131072
read t=10172507901 offset=4997120 len=131072
read t=10221732901 offset=5128192 len=131072
read t=10272446901 offset=5259264 len=131072
read t=10321716901 offset=5390336 len=131072
read t=10372747901 offset=5521408 len=131072
read t=10421709901 offset=5652480 len=131072
read t=10471368901 offset=5783552 len=131072
read t=10521693901 offset=5914624 len=131072
read t=10575109901 offset=6045696 len=131072
read t=10621684901 offset=6176768 len=131072
read t=10675917901 offset=6307840 len=131072
read t=10721964901 offset=6438912 len=131072
read t=10771759901 offset=6569984 len=98304
read t=10822468901 offset=6668288 len=131072
read t=10874506901 offset=6799360 len=131072
read t=10922433901 offset=6930432 len=131072
read t=10970695901 offset=7061504 len=131072
read t=11022649901 offset=7192576 len=131072
read t=11071743901 offset=7323648 len=131072
read t=11122265901 offset=7454720 len=131072
read t=11172320901 offset=7585792 len=131072
read t=11237737901 offset=7716864 len=131072
read t=11271813901 offset=7847936 len=131072
read t=11321698901 offset=7979008 len=131072
read t=11372458901 offset=8110080 len=131072
read t=11423914901 offset=8241152 len=131072
read t=11471471901 offset=8372224 len=131072
read t=11521722901 offset=8503296 len=131072
read t=11572302901 offset=8634368 len=131072
read t=11622438901 offset=8765440 len=131072
read t=11671779901 offset=8896512 len=131072
read t=11722467901 offset=9027584 len=131072
read t=11771790901 offset=9158656 len=131072
read t=11822475901 offset=9289728 len=131072
read t=11871890901 offset=9420800 len=131072
read t=11922499901 offset=9551872 len=131072
read t=11971752901 offset=9682944 len=131072
read t=12034904901 offset=9814016 len=131072
read t=12071817901 offset=9945088 len=131072
read t=12122246901 offset=10076160 len=131072
read t=12172172901 offset=10207232 len=131072
read t=12230457901 offset=10338304 len=61440
read t=12272505901 offset=10399744 len=131072
read t=12321796901 offset=10530816 len=131072
read t=12372583901 offset=10661888 len=131072
read t=12422132901 offset=10792960 len=131072
read t=12471530901 offset=10924032 len=131072
read t=12521833901 offset=11055104 len=131072
read t=12571450901 offset=11186176 len=131072
read t=12621776901 offset=11317248 len=131072
read t=12673353901 offset=11448320 len=131072
read t=12721890901 offset=11579392 len=131072
read t=12771925901 offset=11710464 len=131072
read t=12822489901 offset=11841536 len=131072
read t=12871791901 offset=11972608 len=131072
read t=12922450901 offset=12103680 len=131072
read t=12972289901 offset=12234752 len=131072
read t=13023061901 offset=12365824 len=53248
read t=13072386901 offset=12419072 len=131072
read t=13124855901 offset=12550144 len=131072
read t=13173240901 offset=12681216 len=131072
read t=13224152901 offset=12812288 len=131072
read t=13275284901 offset=12943360 len=131072
read t=13322419901 offset=13074432 len=131072
read t=13371511901 offset=13205504 len=131072
read t=13421911901 offset=13336576 len=131072
read t=13477279901 offset=13467648 len=131072
read t=13522778901 offset=13598720 len=131072
read t=13571869901 offset=13729792 len=131072
read t=13622558901 offset=13860864 len=131072
read t=13671871901 offset=13991936 len=131072
read t=13722414901 offset=14123008 len=131072
read t=13771807901 offset=14254080 len=131072
read t=13822370901 offset=14385152 len=106496
read t=13871752901 offset=14491648 len=131072
read t=13928942901 offset=14622720 len=131072
read t=13972029901 offset=14753792 len=131072
read t=14021821901 offset=14884864 len=131072
read t=14072765901 offset=15015936 len=131072
read t=14121797901 offset=15147008 len=131072
read t=14172526901 offset=15278080 len=131072
read t=14221898901 offset=15409152 len=131072
read t=14272627901 offset=15540224 len=131072
read t=14321987901 offset=15671296 len=131072
read t=14376875901 offset=15802368 len=131072
read t=14421800901 offset=15933440 len=131072
read t=14471852901 offset=16064512 len=131072
read t=14522435901 offset=16195584 len=131072
read t=14571752901 offset=16326656 len=131072
read t=14622467901 offset=16457728 len=90112
read t=14671725901 offset=16547840 len=131072
read t=14722423901 offset=16678912 len=131072
read t=14771792901 offset=16809984 len=131072
read t=14825365901 offset=16941056 len=131072
read t=14872652901 offset=17072128 len=131072
read t=14921937901 offset=17203200 len=131072
read t=14973345901 offset=17334272 len=131072
read t=15022135901 offset=17465344 len=131072
read t=15075787901 offset=17596416 len=131072
read t=15121971901 offset=17727488 len=131072
read t=15171521901 offset=17858560 len=131072
read t=15221759901 offset=17989632 len=131072
read t=15272571901 offset=18120704 len=131072
read t=15324352901 offset=18251776 len=131072
read t=15376197901 offset=18382848 len=131072
read t=15422488901 offset=18513920 len=131072
read t=15471798901 offset=18644992 len=131072
read t=15522481901 offset=18776064 len=131072
read t=15571847901 offset=18907136 len=131072
read t=15622497901 offset=19038208 len=131072
read t=15675216901 offset=19169280 len=131072
read t=15727605901 offset=19300352 len=131072
read t=15772847901 offset=19431424 len=131072
read t=15822137901 offset=19562496 len=131072
read t=15873122901 offset=19693568 len=131072
read t=15921788901 offset=19824640 len=131072
read t=15971861901 offset=19955712 len=131072
read t=16022904901 offset=20086784 len=131072
read t=16072136901 offset=20217856 len=131072
read t=16123054901 offset=20348928 len=131072
read t=16171926901 offset=20480000 len=131072
read t=16222815901 offset=20611072 len=122880
read t=16272065901 offset=20733952 len=131072
read t=16327231901 offset=20865024 len=131072
read t=16372526901 offset=20996096 len=131072
read t=16428730901 offset=21127168 len=131072
read t=16472610901 offset=21258240 len=131072
read t=16521919901 offset=21389312 len=131072
read t=16572612901 offset=21520384 len=131072
read t=16621801901 offset=21651456 len=131072
read t=16672234901 offset=21782528 len=131072
read t=16724323901 offset=21913600 len=131072
read t=16780758901 offset=22044672 len=131072
read t=16821951901 offset=22175744 len=131072
read t=16872095901 offset=22306816 len=131072
read t=16923074901 offset=22437888 len=131072
read t=16972052901 offset=22568960 len=131072
read t=17022023901 offset=22700032 len=131072
read t=17076036901 offset=22831104 len=12288
read t=17121480901 offset=22843392 len=131072
read t=17171800901 offset=22974464 len=131072
read t=17222240901 offset=23105536 len=131072
read t=17271788901 offset=23236608 len=131072
read t=17322139901 offset=23367680 len=131072
read t=17371887901 offset=23498752 len=131072
read t=17425228901 offset=23629824 len=131072
read t=17472647901 offset=23760896 len=131072
read t=17523998901 offset=23891968 len=131072
read t=17572878901 offset=24023040 len=131072
read t=17624142901 offset=24154112 len=131072
read t=17671791901 offset=24285184 len=131072
read t=17724113901 offset=24416256 len=131072
read t=17771489901 offset=24547328 len=131072
read t=17821772901 offset=24678400 len=131072
read t=17872071901 offset=24809472 len=131072
read t=17922482901 offset=24940544 len=131072
read t=17971759901 offset=25071616 len=131072
read t=18022549901 offset=25202688 len=131072
read t=18071822901 offset=25333760 len=131072
read t=18127660901 offset=25464832 len=131072
read t=18171816901 offset=25595904 len=110592
read t=18222373901 offset=233361408 len=131072
read t=18271851901 offset=233492480 len=131072
read t=18322361901 offset=233623552 len=131072
read t=18371847901 offset=233754624 len=131072
read t=18424726901 offset=233885696 len=131072
read t=18472718901 offset=234016768 len=131072
read t=18521774901 offset=234147840 len=131072
read t=18585436901 offset=234278912 len=131072
read t=18621711901 offset=234409984 len=131072
read t=18671541901 offset=234541056 len=131072
read t=18721804901 offset=234672128 len=131072
read t=18776536901 offset=234803200 len=53248
read t=18821853901 offset=234856448 len=131072
read t=18872168901 offset=234987520 len=131072
read t=18922618901 offset=235118592 len=131072
read t=18971880901 offset=235249664 len=131072
read t=19021857901 offset=235380736 len=77824
read t=19971551901 offset=202260480 len=4096
read t=19972081901 offset=202264576 len=16384
read t=19972530901 offset=202280960 len=32768
read t=19972822901 offset=202313728 len=65536
read t=20022731901 offset=202379264 len=131072
read t=22475061901 offset=36827136 len=4096
read t=22481669901 offset=36831232 len=16384
read t=31166938901 offset=61440 len=4096
read t=31216461901 offset=192512 len=4096
read t=31264594901 offset=454656 len=4096
read t=31312868901 offset=978944 len=4096
read t=31365399901 offset=2027520 len=4096
read t=31416635901 offset=4124672 len=4096
read t=31816087901 offset=182259712 len=4096
read t=31863075901 offset=0 len=61440
read t=31913443901 offset=182263808 len=16384
read t=31963612901 offset=65536 len=126976
read t=32013652901 offset=182280192 len=98304
read t=32067989901 offset=196608 len=131072
read t=32113325901 offset=182378496 len=131072
read t=32162774901 offset=327680 len=126976
read t=32217239901 offset=235073536 len=131072
read t=32263193901 offset=235204608 len=131072
read t=32439914901 offset=235335680 len=122880
end files=271 reads=243
