liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 301
dropped 0
boots 1
duration_ns 26386582695
file /usr/bin/dash inode=213 t=7033820269 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=7107845269 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3396 t=7130475269 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=7130475269 kinds=block pages=0-470 ranks=3 count=14
file /usr/bin/touch inode=46976 t=7638044269 kinds=block pages=0-26 ranks=4 count=2
file /usr/lib/systemd/systemd inode=49209 t=7680354269 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=7680354269 kinds=block pages=0-505 ranks=6 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=8080315269 kinds=block pages=0-817 ranks=7 count=18
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=8880765269 kinds=block pages=0-31 ranks=8 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=8880765269 kinds=block pages=0-16 ranks=9 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=8930333269 kinds=block pages=0-31 ranks=10 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=8930333269 kinds=block pages=0-27 ranks=11 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=8980749269 kinds=block pages=0-19 ranks=12 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=8980749269 kinds=block pages=0-42 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=9030683269 kinds=block pages=0-98 ranks=14 count=3
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=9130569269 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=9130569269 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=9231034269 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=9231034269 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=9280608269 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=9480582269 kinds=block pages=0-8 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=9532037269 kinds=block pages=0-36 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=9532037269 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=10
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=9980294269 kinds=block pages=0-95,130-159,160-186 ranks=27,270,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=10080550269 kinds=block pages=0-46 ranks=29 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=10181263269 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=10381271269 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=10381271269 kinds=block pages=0-153 ranks=33 count=3
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=10530566269 kinds=block pages=0-38 ranks=34 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=10530566269 kinds=block pages=0-171 ranks=35 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=10630444269 kinds=block pages=0-191,288-308 ranks=36,37 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=10680778269 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=10730358269 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=10730358269 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=10781154269 kinds=block pages=0-27 ranks=41 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=10781154269 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=10781154269 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=300399 t=10781154269 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=10830948269 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=10830948269 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=10830948269 kinds=block pages=0-10 ranks=47 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=10830948269 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=10888624269 kinds=block pages=0-3 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=10888624269 kinds=block pages=0-7 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=10888624269 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=10888624269 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=10888624269 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=10888624269 kinds=block pages=0-7 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=10888624269 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=10888624269 kinds=block pages=0-3 ranks=56 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=10930526269 kinds=block pages=0-41 ranks=57 count=2
file /usr/bin/mount inode=313613 t=10982218269 kinds=block pages=0-14 ranks=58 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=10982218269 kinds=block pages=0-6 ranks=59 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=10982218269 kinds=block pages=0-63,64-86 ranks=60,283 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=11030609269 kinds=block pages=0-28 ranks=61 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=11080602269 kinds=block pages=0-105 ranks=62 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=11131314269 kinds=block pages=0-3 ranks=63 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=11131314269 kinds=block pages=0-100 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=329371 t=11180638269 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=11180638269 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=329379 t=11180638269 kinds=block pages=0-330 ranks=67 count=8
file /usr/lib/systemd/systemd-random-seed inode=360390 t=11531627269 kinds=block pages=0-5 ranks=68 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=11531627269 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=360398 t=11531627269 kinds=block pages=0-15 ranks=70 count=1
file /usr/bin/journalctl inode=362564 t=11580311269 kinds=block pages=0-18 ranks=71 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=11580311269 kinds=block pages=0-27 ranks=72 count=1
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=11580311269 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=11631267269 kinds=block pages=0-63,894-959,960-1151,1152-1310,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,285,75,286,76,77,78,79 count=14
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=12230148269 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=12230148269 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=12230148269 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=12230148269 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=12230148269 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=418048 t=12230148269 kinds=block pages=0-330 ranks=85 count=9
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=12630548269 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=12630548269 kinds=block pages=0-21 ranks=87 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=12630548269 kinds=block pages=0-6 ranks=88 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=12630548269 kinds=block pages=0-19 ranks=89 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=12680985269 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=446690 t=12680985269 kinds=block pages=0-16 ranks=91 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=12680985269 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=12680985269 kinds=block pages=0-46 ranks=93 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=12730287269 kinds=block pages=0-13 ranks=94 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=12730287269 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=12730287269 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=12730287269 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=12730287269 kinds=block pages=0-95 ranks=98 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=12780724269 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=12780724269 kinds=block pages=0-580 ranks=100 count=8
file /usr/lib/udev/dmi_memory_id inode=461971 t=13131209269 kinds=block pages=0-18 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=13131209269 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=13180259269 kinds=block pages=0-97 ranks=103 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=13231695269 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=13280386269 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=462062 t=13280386269 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=499968 t=13280386269 kinds=block pages=0-308 ranks=107 count=7
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=13631417269 kinds=block pages=0-49 ranks=108 count=1
file /usr/bin/readlink inode=500087 t=13631417269 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=532096 t=13681634269 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=532102 t=13681634269 kinds=block pages=0-10 ranks=111 count=1
file /usr/share/man/nl/man1/dpkg-split.1.gz inode=712775 t=17130417269 kinds=block pages=0-1 ranks=112 count=1
file /usr/share/man/nl/man1/dpkg.1.gz inode=713056 t=17130417269 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/nl/man1/update-alternatives.1.gz inode=713060 t=17130417269 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/nl/man5/apt.conf.5.gz inode=713216 t=17130417269 kinds=block pages=0-4 ranks=115 count=1
file /usr/share/man/nl/man5/apt_preferences.5.gz inode=713306 t=17130417269 kinds=block pages=0-2 ranks=116 count=1
file /usr/share/man/nl/man5/sources.list.5.gz inode=713447 t=17130417269 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/nl/man8/adduser.8.gz inode=713613 t=17130417269 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/nl/man8/apt-cache.8.gz inode=713616 t=17130417269 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/nl/man8/apt-get.8.gz inode=713809 t=17130417269 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/nl/man8/apt-secure.8.gz inode=714078 t=17130417269 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/nl/man8/start-stop-daemon.8.gz inode=714471 t=17130417269 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/pl/man1/dpkg-split.1.gz inode=714671 t=17130417269 kinds=block pages=0-1 ranks=123 count=2
file /usr/share/man/pl/man5/apt_preferences.5.gz inode=714822 t=17181624269 kinds=block pages=0-2 ranks=124 count=1
file /usr/share/man/pl/man8/apt-cache.8.gz inode=714952 t=17181624269 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/pt/man1/dpkg-deb.1.gz inode=717043 t=17181624269 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/pt/man1/dpkg-maintscript-helper.1.gz inode=717181 t=17181624269 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/pt/man1/dpkg-query.1.gz inode=717184 t=17181624269 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=717254 t=17181624269 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=717534 t=17181624269 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=717538 t=17181624269 kinds=block pages=0-1 ranks=131 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=717820 t=17181624269 kinds=block pages=0-3 ranks=132 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=717908 t=17181624269 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=718058 t=17181624269 kinds=block pages=0-2 ranks=134 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=718241 t=17181624269 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=718244 t=17230372269 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=718415 t=17230372269 kinds=block pages=0-2 ranks=137 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=718683 t=17230372269 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=719286 t=17230372269 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=720301 t=17230372269 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=722498 t=17230372269 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=722649 t=17230372269 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=723192 t=17230372269 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=723323 t=17230372269 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=723328 t=17230372269 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=723396 t=17230372269 kinds=block pages=0-1 ranks=146 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=723676 t=17230372269 kinds=block pages=0-4 ranks=147 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=724002 t=17230372269 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=725086 t=17230372269 kinds=block pages=0-1 ranks=149 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=726708 t=17280261269 kinds=block pages=0-1 ranks=150 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=728647 t=17280261269 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=728806 t=17280261269 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=731139 t=17280261269 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=732668 t=17280261269 kinds=block pages=0-3 ranks=154 count=1
file /usr/share/perl5/Debconf/Config.pm inode=732672 t=17280261269 kinds=block pages=0-1 ranks=155 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=732982 t=17280261269 kinds=block pages=0-1 ranks=156 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=733431 t=17280261269 kinds=block pages=0-1 ranks=157 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=733626 t=17280261269 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=735836 t=17280261269 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=735942 t=17280261269 kinds=block pages=0-1 ranks=160 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=736093 t=17280261269 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/perl5/Debconf/Question.pm inode=736578 t=17280261269 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/perl5/Debconf/Template.pm inode=736585 t=17280261269 kinds=block pages=0-2 ranks=163 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=736645 t=17280261269 kinds=block pages=0-2 ranks=164 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=737152 t=17280261269 kinds=block pages=0-1 ranks=165 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=737217 t=17280261269 kinds=block pages=0-6 ranks=166 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=737222 t=17280261269 kinds=block pages=0-2 ranks=167 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=737226 t=17280261269 kinds=block pages=0-1 ranks=168 count=1
file /usr/share/zoneinfo/iso3166.tab inode=759531 t=17280261269 kinds=block pages=0-1 ranks=169 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=759534 t=17280261269 kinds=block pages=0-1 ranks=170 count=1
file /usr/share/zoneinfo/tzdata.zi inode=789484 t=17330631269 kinds=block pages=0-27 ranks=171 count=1
file /usr/share/zoneinfo/zone.tab inode=789494 t=17380731269 kinds=block pages=0-4 ranks=172 count=1
file /usr/share/zoneinfo/zone1970.tab inode=789498 t=17380731269 kinds=block pages=0-4 ranks=173 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=789620 t=17380731269 kinds=block pages=0-2 ranks=174 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=789722 t=17380731269 kinds=block pages=0-1 ranks=175 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=789881 t=17380731269 kinds=block pages=0-1 ranks=176 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=789987 t=17380731269 kinds=block pages=0-5 ranks=177 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=790139 t=17380731269 kinds=block pages=0-1 ranks=178 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=790218 t=17380731269 kinds=block pages=0-1 ranks=179 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=790342 t=17380731269 kinds=block pages=0-2 ranks=180 count=1
file /var/cache/debconf/config.dat inode=790379 t=17380731269 kinds=block pages=0-1 ranks=181 count=1
file /var/cache/debconf/templates.dat inode=790528 t=17380731269 kinds=block pages=0-183 ranks=182 count=3
file /var/cache/debconf/templates.dat-old inode=790577 t=17480283269 kinds=block pages=0-174 ranks=183 count=2
file /var/cache/ldconfig/aux-cache inode=790628 t=17536061269 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/available inode=790737 t=17580273269 kinds=block pages=0-19 ranks=185 count=1
file /var/lib/dpkg/info/adduser.list inode=790909 t=17580273269 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=791296 t=17580273269 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/apt.list inode=791557 t=17580273269 kinds=block pages=0-2 ranks=188 count=1
file /var/lib/dpkg/info/apt.md5sums inode=791561 t=17580273269 kinds=block pages=0-3 ranks=189 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=792370 t=17580273269 kinds=block pages=0-28 ranks=190 count=1
file /var/lib/dpkg/info/bash.list inode=792385 t=17580273269 kinds=block pages=0-1 ranks=191 count=1
file /var/lib/dpkg/info/bash.md5sums inode=792388 t=17580273269 kinds=block pages=0-1 ranks=192 count=1
file /var/lib/dpkg/info/coreutils.list inode=792528 t=17580273269 kinds=block pages=0-3 ranks=193 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=792532 t=17580273269 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/debconf.list inode=792921 t=17580273269 kinds=block pages=0-1 ranks=195 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=792924 t=17580273269 kinds=block pages=0-2 ranks=196 count=1
file /var/lib/dpkg/info/debconf.templates inode=792932 t=17631116269 kinds=block pages=0-35 ranks=197 count=1
file /var/lib/dpkg/info/debianutils.md5sums inode=793707 t=17631116269 kinds=block pages=0-1 ranks=198 count=1
file /var/lib/dpkg/info/dpkg.list inode=794179 t=17631116269 kinds=block pages=0-2 ranks=199 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=794183 t=17631116269 kinds=block pages=0-2 ranks=200 count=1
file /var/lib/dpkg/info/findutils.list inode=794742 t=17631116269 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=794745 t=17631116269 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/grep.list inode=794799 t=17631116269 kinds=block pages=0-1 ranks=203 count=1
file /var/lib/dpkg/info/grep.md5sums inode=794802 t=17631116269 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=795508 t=17631116269 kinds=block pages=0-1 ranks=205 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=795648 t=17631116269 kinds=block pages=0-30 ranks=206 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=796051 t=17631116269 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=796271 t=17631116269 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=796275 t=17631116269 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=796279 t=17631116269 kinds=block pages=0-2 ranks=210 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=796316 t=17631116269 kinds=block pages=0-3 ranks=211 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=796352 t=17680342269 kinds=block pages=0-37 ranks=212 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=796364 t=17680342269 kinds=block pages=0-22 ranks=213 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=796806 t=17680342269 kinds=block pages=0-1 ranks=214 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=796920 t=17680342269 kinds=block pages=0-4 ranks=215 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=796968 t=17680342269 kinds=block pages=0-6 ranks=216 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=797011 t=17680342269 kinds=block pages=0-3 ranks=217 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=797137 t=17680342269 kinds=block pages=0-1 ranks=218 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=797225 t=17680342269 kinds=block pages=0-1 ranks=219 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=797511 t=17680342269 kinds=block pages=0-16 ranks=220 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=797555 t=17680342269 kinds=block pages=0-1 ranks=221 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=797596 t=17680342269 kinds=block pages=0-3 ranks=222 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=798049 t=17680342269 kinds=block pages=0-1 ranks=223 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=798503 t=17680342269 kinds=block pages=0-1 ranks=224 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=798697 t=17680342269 kinds=block pages=0-3 ranks=225 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=798740 t=17680342269 kinds=block pages=0-5 ranks=226 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=798783 t=17680342269 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=798906 t=17730962269 kinds=block pages=0-1 ranks=228 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=798909 t=17730962269 kinds=block pages=0-1 ranks=229 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=799023 t=17730962269 kinds=block pages=0-6 ranks=230 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=799031 t=17730962269 kinds=block pages=0-2 ranks=231 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=799035 t=17730962269 kinds=block pages=0-1 ranks=232 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=799131 t=17730962269 kinds=block pages=0-8 ranks=233 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=17730962269 kinds=block pages=0-1 ranks=234 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=17730962269 kinds=block pages=0-8 ranks=235 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=17730962269 kinds=block pages=0-2 ranks=236 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=17730962269 kinds=block pages=0-4 ranks=237 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=17730962269 kinds=block pages=0-2 ranks=238 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=17730962269 kinds=block pages=0-1 ranks=239 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=17780253269 kinds=block pages=0-60 ranks=240 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=17780253269 kinds=block pages=0-101 ranks=241 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=17780253269 kinds=block pages=0-6 ranks=242 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=17780253269 kinds=block pages=0-3 ranks=243 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=17780253269 kinds=block pages=0-1 ranks=244 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=17780253269 kinds=block pages=0-5 ranks=245 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=17780253269 kinds=block pages=0-2 ranks=246 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=17780253269 kinds=block pages=0-2 ranks=247 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=17780253269 kinds=block pages=0-3 ranks=248 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=17780253269 kinds=block pages=0-4 ranks=249 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=17780253269 kinds=block pages=0-10 ranks=250 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=17830894269 kinds=block pages=0-13 ranks=251 count=2
file /var/lib/dpkg/info/sed.list inode=801262 t=17830894269 kinds=block pages=0-1 ranks=252 count=2
file /var/lib/dpkg/info/systemd.list inode=801466 t=17830894269 kinds=block pages=0-9 ranks=253 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=17830894269 kinds=block pages=0-11 ranks=254 count=2
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=17830894269 kinds=block pages=0-1 ranks=255 count=2
file /var/lib/dpkg/info/tar.list inode=801645 t=17830894269 kinds=block pages=0-1 ranks=256 count=2
file /var/lib/dpkg/info/tzdata.config inode=801813 t=17830894269 kinds=block pages=0-1 ranks=257 count=2
file /var/lib/dpkg/info/tzdata.list inode=801816 t=17830894269 kinds=block pages=0-12 ranks=258 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=17830894269 kinds=block pages=0-15 ranks=259 count=2
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=17880221269 kinds=block pages=0-69 ranks=260 count=2
file /var/lib/dpkg/info/udev.list inode=802256 t=17880221269 kinds=block pages=0-1 ranks=261 count=2
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=17880221269 kinds=block pages=0-1 ranks=262 count=2
file /var/lib/dpkg/info/util-linux.list inode=802670 t=17880221269 kinds=block pages=0-2 ranks=263 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=17880221269 kinds=block pages=0-4 ranks=264 count=2
file /var/lib/dpkg/status inode=802949 t=17880221269 kinds=block pages=0-21 ranks=265 count=3
file /var/lib/dpkg/status-old inode=802957 t=17931120269 kinds=block pages=0-21 ranks=266 count=2
file /var/lib/systemd/catalog/database inode=803043 t=17931120269 kinds=block pages=0-52 ranks=267 count=2
file /var/log/bootstrap.log inode=803283 t=17931120269 kinds=block pages=0-15 ranks=268 count=2
file /var/log/dpkg.log inode=803292 t=17931120269 kinds=block pages=0-12 ranks=269 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=18608233269 kinds=block pages=0-30 ranks=271 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=18608233269 kinds=block pages=0-1 ranks=272 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=18608233269 kinds=block pages=0-6 ranks=273 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=18608233269 kinds=block pages=0-13 ranks=274 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=18608233269 kinds=block pages=0-4 ranks=275 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=18608233269 kinds=block pages=0-2 ranks=276 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=18608233269 kinds=block pages=0-1 ranks=277 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=18608233269 kinds=block pages=0-1 ranks=278 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=18608233269 kinds=block pages=0-1 ranks=279 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=18608233269 kinds=block pages=0-5 ranks=280 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=18608233269 kinds=block pages=0-2 ranks=281 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=18608233269 kinds=block pages=0-20 ranks=282 count=1
file /usr/lib/lsb/init-functions inode=541541 t=20223687269 kinds=block pages=0-2 ranks=284 count=1
read t=7028611269 offset=0 len=4096
read t=7033820269 offset=4096 len=61440
read t=7107845269 offset=65536 len=131072
read t=7130475269 offset=196608 len=131072
read t=7180595269 offset=327680 len=131072
read t=7230327269 offset=458752 len=131072
read t=7280673269 offset=589824 len=131072
read t=7331679269 offset=720896 len=131072
read t=7380352269 offset=851968 len=131072
read t=7430867269 offset=983040 len=131072
read t=7480390269 offset=1114112 len=131072
read t=7531763269 offset=1245184 len=131072
read t=7580360269 offset=1376256 len=131072
read t=7638044269 offset=1507328 len=20480
read t=7680354269 offset=1527808 len=131072
read t=7731114269 offset=1658880 len=131072
read t=7780336269 offset=1789952 len=131072
read t=7830957269 offset=1921024 len=131072
read t=7880435269 offset=2052096 len=131072
read t=7932009269 offset=2183168 len=131072
read t=7980363269 offset=2314240 len=131072
read t=8031584269 offset=2445312 len=131072
read t=8080315269 offset=2576384 len=131072
read t=8131377269 offset=2707456 len=131072
read t=8180332269 offset=2838528 len=131072
read t=8231321269 offset=2969600 len=131072
read t=8280985269 offset=3100672 len=131072
read t=8330202269 offset=3231744 len=131072
read t=8381240269 offset=3362816 len=131072
read t=8430272269 offset=3493888 len=131072
read t=8481247269 offset=3624960 len=131072
read t=8530394269 offset=3756032 len=131072
read t=8581067269 offset=3887104 len=131072
read t=8630217269 offset=4018176 len=131072
read t=8681343269 offset=4149248 len=131072
read t=8730519269 offset=4280320 len=131072
read t=8780831269 offset=4411392 len=131072
read t=8830612269 offset=4542464 len=131072
read t=8880765269 offset=4673536 len=131072
read t=8930333269 offset=4804608 len=131072
read t=8980749269 offset=4935680 len=131072
read t=9030683269 offset=5066752 len=131072
read t=9080660269 offset=5197824 len=131072
read t=9130569269 offset=5328896 len=131072
read t=9181030269 offset=5459968 len=131072
read t=9231034269 offset=5591040 len=131072
read t=9280608269 offset=5722112 len=131072
read t=9331108269 offset=5853184 len=49152
read t=9380297269 offset=5902336 len=131072
read t=9431828269 offset=6033408 len=131072
read t=9480582269 offset=6164480 len=131072
read t=9532037269 offset=6295552 len=131072
read t=9580431269 offset=6426624 len=131072
read t=9631762269 offset=6557696 len=131072
read t=9680523269 offset=6688768 len=131072
read t=9731258269 offset=6819840 len=131072
read t=9780385269 offset=6950912 len=131072
read t=9831511269 offset=7081984 len=131072
read t=9880488269 offset=7213056 len=131072
read t=9931588269 offset=7344128 len=131072
read t=9980294269 offset=7475200 len=131072
read t=10031289269 offset=7606272 len=131072
read t=10080550269 offset=7737344 len=131072
read t=10131011269 offset=7868416 len=131072
read t=10181263269 offset=7999488 len=131072
read t=10230463269 offset=8130560 len=131072
read t=10281280269 offset=8261632 len=131072
read t=10330505269 offset=8392704 len=131072
read t=10381271269 offset=8523776 len=131072
read t=10430432269 offset=8654848 len=131072
read t=10481653269 offset=8785920 len=131072
read t=10530566269 offset=8916992 len=131072
read t=10581397269 offset=9048064 len=131072
read t=10630444269 offset=9179136 len=131072
read t=10680778269 offset=9310208 len=131072
read t=10730358269 offset=9441280 len=131072
read t=10781154269 offset=9572352 len=131072
read t=10830948269 offset=9703424 len=131072
read t=10888624269 offset=9834496 len=131072
read t=10930526269 offset=9965568 len=131072
read t=10982218269 offset=10096640 len=131072
read t=11030609269 offset=10227712 len=131072
read t=11080602269 offset=10358784 len=131072
read t=11131314269 offset=10489856 len=131072
read t=11180638269 offset=10620928 len=131072
read t=11231039269 offset=10752000 len=131072
read t=11280367269 offset=10883072 len=131072
read t=11331263269 offset=11014144 len=131072
read t=11380142269 offset=11145216 len=131072
read t=11430387269 offset=11276288 len=131072
read t=11480289269 offset=11407360 len=77824
read t=11531627269 offset=11485184 len=131072
read t=11580311269 offset=11616256 len=131072
read t=11631267269 offset=11747328 len=131072
read t=11680320269 offset=11878400 len=131072
read t=11731399269 offset=12009472 len=131072
read t=11780303269 offset=12140544 len=131072
read t=11831635269 offset=12271616 len=131072
read t=11880445269 offset=12402688 len=131072
read t=11931508269 offset=12533760 len=131072
read t=11980327269 offset=12664832 len=131072
read t=12037036269 offset=12795904 len=131072
read t=12080719269 offset=12926976 len=131072
read t=12130183269 offset=13058048 len=131072
read t=12180781269 offset=13189120 len=131072
read t=12230148269 offset=13320192 len=131072
read t=12280740269 offset=13451264 len=45056
read t=12330542269 offset=13496320 len=131072
read t=12381242269 offset=13627392 len=131072
read t=12430381269 offset=13758464 len=131072
read t=12481077269 offset=13889536 len=131072
read t=12530456269 offset=14020608 len=131072
read t=12581025269 offset=14151680 len=131072
read t=12630548269 offset=14282752 len=131072
read t=12680985269 offset=14413824 len=131072
read t=12730287269 offset=14544896 len=131072
read t=12780724269 offset=14675968 len=131072
read t=12830446269 offset=14807040 len=131072
read t=12881296269 offset=14938112 len=131072
read t=12931137269 offset=15069184 len=131072
read t=12980289269 offset=15200256 len=131072
read t=13030618269 offset=15331328 len=131072
read t=13080762269 offset=15462400 len=122880
read t=13131209269 offset=15585280 len=131072
read t=13180259269 offset=15716352 len=131072
read t=13231695269 offset=15847424 len=131072
read t=13280386269 offset=15978496 len=131072
read t=13331112269 offset=16109568 len=131072
read t=13380316269 offset=16240640 len=131072
read t=13430975269 offset=16371712 len=131072
read t=13480633269 offset=16502784 len=131072
read t=13532361269 offset=16633856 len=131072
read t=13580323269 offset=16764928 len=131072
read t=13631417269 offset=16896000 len=131072
read t=13681634269 offset=17027072 len=131072
read t=13731314269 offset=17158144 len=131072
read t=13780172269 offset=17289216 len=131072
read t=13831565269 offset=17420288 len=131072
read t=13881285269 offset=17551360 len=73728
read t=13930332269 offset=17625088 len=131072
read t=13981406269 offset=17756160 len=131072
read t=14030336269 offset=17887232 len=131072
read t=14081187269 offset=18018304 len=131072
read t=14130348269 offset=18149376 len=131072
read t=14181209269 offset=18280448 len=131072
read t=14230394269 offset=18411520 len=131072
read t=14281496269 offset=18542592 len=131072
read t=14330745269 offset=18673664 len=131072
read t=14381009269 offset=18804736 len=131072
read t=14430341269 offset=18935808 len=131072
read t=14480716269 offset=19066880 len=131072
read t=14530569269 offset=19197952 len=131072
read t=14580805269 offset=19329024 len=131072
read t=14630160269 offset=19460096 len=131072
read t=14680556269 offset=19591168 len=131072
read t=14730221269 offset=19722240 len=8192
read t=14780055269 offset=19730432 len=131072
read t=14831901269 offset=19861504 len=131072
read t=14880281269 offset=19992576 len=131072
read t=14932075269 offset=20123648 len=131072
read t=14980324269 offset=20254720 len=131072
read t=15031880269 offset=20385792 len=131072
read t=15080762269 offset=20516864 len=131072
read t=15131922269 offset=20647936 len=131072
read t=15180728269 offset=20779008 len=131072
read t=15232377269 offset=20910080 len=131072
read t=15280384269 offset=21041152 len=131072
read t=15332172269 offset=21172224 len=131072
read t=15380783269 offset=21303296 len=131072
read t=15432423269 offset=21434368 len=131072
read t=15481720269 offset=21565440 len=131072
read t=15530643269 offset=21696512 len=131072
read t=15581510269 offset=21827584 len=98304
read t=15630829269 offset=21925888 len=131072
read t=15681871269 offset=22056960 len=131072
read t=15730763269 offset=22188032 len=131072
read t=15781500269 offset=22319104 len=131072
read t=15830866269 offset=22450176 len=131072
read t=15881563269 offset=22581248 len=131072
read t=15931032269 offset=22712320 len=131072
read t=15983068269 offset=22843392 len=131072
read t=16032327269 offset=22974464 len=131072
read t=16080743269 offset=23105536 len=131072
read t=16132147269 offset=23236608 len=131072
read t=16180841269 offset=23367680 len=131072
read t=16232028269 offset=23498752 len=131072
read t=16280904269 offset=23629824 len=131072
read t=16332078269 offset=23760896 len=131072
read t=16381038269 offset=23891968 len=131072
read t=16432404269 offset=24023040 len=20480
read t=16480620269 offset=24043520 len=131072
read t=16531846269 offset=24174592 len=131072
read t=16581181269 offset=24305664 len=131072
read t=16630302269 offset=24436736 len=131072
read t=16681303269 offset=24567808 len=131072
read t=16730272269 offset=24698880 len=131072
read t=16781116269 offset=24829952 len=131072
read t=16830391269 offset=24961024 len=131072
read t=16881201269 offset=25092096 len=131072
read t=16930287269 offset=25223168 len=131072
read t=16980877269 offset=25354240 len=131072
read t=17030313269 offset=25485312 len=131072
read t=17081147269 offset=25616384 len=90112
read t=17130417269 offset=233361408 len=131072
read t=17181624269 offset=233492480 len=131072
read t=17230372269 offset=233623552 len=131072
read t=17280261269 offset=233754624 len=131072
read t=17330631269 offset=233885696 len=16384
read t=17380731269 offset=233902080 len=131072
read t=17430504269 offset=234033152 len=131072
read t=17480283269 offset=234164224 len=131072
read t=17536061269 offset=234295296 len=131072
read t=17580273269 offset=234426368 len=131072
read t=17631116269 offset=234557440 len=131072
read t=17680342269 offset=234688512 len=131072
read t=17730962269 offset=234819584 len=131072
read t=17780253269 offset=234950656 len=131072
read t=17830894269 offset=235081728 len=131072
read t=17880221269 offset=235212800 len=131072
read t=17931120269 offset=235343872 len=114688
read t=18556622269 offset=202260480 len=4096
read t=18557374269 offset=202264576 len=16384
read t=18557761269 offset=202280960 len=32768
read t=18557998269 offset=202313728 len=65536
read t=18608233269 offset=202379264 len=131072
read t=20223051269 offset=36827136 len=4096
read t=20223687269 offset=36831232 len=16384
read t=24697669269 offset=182259712 len=4096
read t=24746897269 offset=61440 len=4096
read t=24797615269 offset=182263808 len=16384
read t=24847430269 offset=192512 len=4096
read t=24897676269 offset=182280192 len=98304
read t=24949406269 offset=454656 len=4096
read t=24999811269 offset=182378496 len=131072
read t=25046933269 offset=978944 len=4096
read t=25097685269 offset=2027520 len=4096
read t=25146837269 offset=4124672 len=4096
read t=25546750269 offset=0 len=61440
read t=25597912269 offset=65536 len=126976
read t=25648200269 offset=196608 len=131072
read t=25697891269 offset=327680 len=126976
read t=25747942269 offset=235073536 len=131072
read t=25801644269 offset=235204608 len=131072
read t=25847922269 offset=235335680 len=122880
end files=271 reads=244
