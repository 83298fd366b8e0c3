liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=235458560 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=72844129ca48a2b76a9fcb1a3eda735681eb596d80c0d9a4b4a353a7728511f3
events 301
dropped 0
boots 1
duration_ns 27424337937
file /usr/bin/dash inode=213 t=7157790346 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3328 t=7230983346 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3396 t=7254512346 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=8064 t=7254512346 kinds=block pages=0-470 ranks=3 count=14
file /usr/bin/touch inode=46976 t=7762071346 kinds=block pages=0-26 ranks=4 count=2
file /usr/lib/systemd/systemd inode=49209 t=7804585346 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=50944 t=7804585346 kinds=block pages=0-505 ranks=6 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=82432 t=8204356346 kinds=block pages=0-817 ranks=7 count=18
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=82639 t=9005214346 kinds=block pages=0-31 ranks=8 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=82650 t=9005214346 kinds=block pages=0-16 ranks=9 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=82657 t=9054477346 kinds=block pages=0-31 ranks=10 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=82668 t=9054477346 kinds=block pages=0-27 ranks=11 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=82678 t=9105004346 kinds=block pages=0-19 ranks=12 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=156544 t=9105004346 kinds=block pages=0-42 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=156558 t=9154511346 kinds=block pages=0-98 ranks=14 count=3
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=156586 t=9254343346 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=156591 t=9254343346 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=156616 t=9354627346 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=156622 t=9354627346 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=180224 t=9404521346 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=180308 t=9604618346 kinds=block pages=0-8 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=180313 t=9655137346 kinds=block pages=0-36 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=199936 t=9704615346 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=9
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=200228 t=10105177346 kinds=block pages=0-95,130-159,160-186 ranks=27,270,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=200278 t=10254379346 kinds=block pages=0-46 ranks=29 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=249472 t=10304930346 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=249531 t=10505752346 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=249536 t=10505752346 kinds=block pages=0-153 ranks=33 count=3
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=249577 t=10654894346 kinds=block pages=0-38 ranks=34 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=281500 t=10654894346 kinds=block pages=0-171 ranks=35 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=286464 t=10756022346 kinds=block pages=0-191,288-308 ranks=36,37 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=294144 t=10804549346 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=297295 t=10854668346 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=297472 t=10854668346 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=298990 t=10904570346 kinds=block pages=0-27 ranks=41 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=300338 t=10904570346 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=300395 t=10904570346 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=300399 t=10904570346 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=305497 t=10955143346 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=305502 t=10955143346 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=305506 t=10955143346 kinds=block pages=0-10 ranks=47 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=305512 t=11004773346 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=305516 t=11004773346 kinds=block pages=0-3 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=305520 t=11004773346 kinds=block pages=0-7 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=305525 t=11004773346 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=305529 t=11004773346 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=308608 t=11004773346 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=308612 t=11004773346 kinds=block pages=0-7 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=308617 t=11004773346 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=308622 t=11004773346 kinds=block pages=0-3 ranks=56 count=1
file /usr/lib/systemd/systemd-journald inode=313600 t=11054971346 kinds=block pages=0-41 ranks=57 count=2
file /usr/bin/mount inode=313613 t=11104685346 kinds=block pages=0-14 ranks=58 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=313703 t=11104685346 kinds=block pages=0-6 ranks=59 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=318848 t=11104685346 kinds=block pages=0-63,64-86 ranks=60,283 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=318893 t=11155416346 kinds=block pages=0-28 ranks=61 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=318934 t=11204060346 kinds=block pages=0-105 ranks=62 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=318967 t=11255347346 kinds=block pages=0-3 ranks=63 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=329344 t=11255347346 kinds=block pages=0-100 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=329371 t=11304875346 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=329375 t=11304875346 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=329379 t=11304875346 kinds=block pages=0-330 ranks=67 count=8
file /usr/lib/systemd/systemd-random-seed inode=360390 t=11653789346 kinds=block pages=0-5 ranks=68 count=1
file /usr/lib/systemd/systemd-sysctl inode=360394 t=11653789346 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=360398 t=11653789346 kinds=block pages=0-15 ranks=70 count=1
file /usr/bin/journalctl inode=362564 t=11705511346 kinds=block pages=0-18 ranks=71 count=1
file /usr/bin/systemd-tmpfiles inode=362572 t=11705511346 kinds=block pages=0-27 ranks=72 count=1
file /usr/lib/systemd/systemd-update-utmp inode=366742 t=11754593346 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=367104 t=11754593346 kinds=block pages=0-63,894-959,960-1151,1152-1310,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,285,75,286,76,77,78,79 count=14
file /usr/lib/udev/rules.d/50-udev-default.rules inode=416265 t=12354645346 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=416268 t=12354645346 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=416960 t=12354645346 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=417617 t=12354645346 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=417857 t=12354645346 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=418048 t=12354645346 kinds=block pages=0-330 ranks=85 count=9
file /usr/lib/systemd/systemd-user-sessions inode=418134 t=12754681346 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=446647 t=12754681346 kinds=block pages=0-21 ranks=87 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=446673 t=12754681346 kinds=block pages=0-6 ranks=88 count=1
file /usr/lib/udev/cdrom_id inode=446677 t=12754681346 kinds=block pages=0-19 ranks=89 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=446685 t=12803714346 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=446690 t=12803714346 kinds=block pages=0-16 ranks=91 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=452167 t=12803714346 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=452181 t=12803714346 kinds=block pages=0-46 ranks=93 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=452208 t=12855443346 kinds=block pages=0-13 ranks=94 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=452213 t=12855443346 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=455966 t=12855443346 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=455983 t=12855443346 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=455995 t=12855443346 kinds=block pages=0-95 ranks=98 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=456037 t=12904918346 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=461824 t=12953942346 kinds=block pages=0-580 ranks=100 count=7
file /usr/lib/udev/dmi_memory_id inode=461971 t=13254478346 kinds=block pages=0-18 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=461989 t=13254478346 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=462007 t=13304981346 kinds=block pages=0-97 ranks=103 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=462050 t=13354646346 kinds=block pages=0-16 ranks=104 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=462056 t=13405640346 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=462062 t=13405640346 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=499968 t=13405640346 kinds=block pages=0-308 ranks=107 count=7
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=500048 t=13755905346 kinds=block pages=0-49 ranks=108 count=1
file /usr/bin/readlink inode=500087 t=13755905346 kinds=block pages=0-12 ranks=109 count=2
file /usr/bin/cat inode=532096 t=13804847346 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=532102 t=13804847346 kinds=block pages=0-10 ranks=111 count=1
file /usr/share/man/nl/man1/dpkg-split.1.gz inode=712775 t=17254826346 kinds=block pages=0-1 ranks=112 count=1
file /usr/share/man/nl/man1/dpkg.1.gz inode=713056 t=17254826346 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/nl/man1/update-alternatives.1.gz inode=713060 t=17254826346 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/nl/man5/apt.conf.5.gz inode=713216 t=17254826346 kinds=block pages=0-4 ranks=115 count=1
file /usr/share/man/nl/man5/apt_preferences.5.gz inode=713306 t=17254826346 kinds=block pages=0-2 ranks=116 count=1
file /usr/share/man/nl/man5/sources.list.5.gz inode=713447 t=17254826346 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/nl/man8/adduser.8.gz inode=713613 t=17254826346 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/nl/man8/apt-cache.8.gz inode=713616 t=17254826346 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/nl/man8/apt-get.8.gz inode=713809 t=17254826346 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/nl/man8/apt-secure.8.gz inode=714078 t=17254826346 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/nl/man8/start-stop-daemon.8.gz inode=714471 t=17254826346 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/pl/man1/dpkg-split.1.gz inode=714671 t=17254826346 kinds=block pages=0-1 ranks=123 count=2
file /usr/share/man/pl/man5/apt_preferences.5.gz inode=714822 t=17306037346 kinds=block pages=0-2 ranks=124 count=1
file /usr/share/man/pl/man8/apt-cache.8.gz inode=714952 t=17306037346 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/pt/man1/dpkg-deb.1.gz inode=717043 t=17306037346 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/pt/man1/dpkg-maintscript-helper.1.gz inode=717181 t=17306037346 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/pt/man1/dpkg-query.1.gz inode=717184 t=17306037346 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=717254 t=17306037346 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=717534 t=17306037346 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=717538 t=17306037346 kinds=block pages=0-1 ranks=131 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=717820 t=17306037346 kinds=block pages=0-3 ranks=132 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=717908 t=17306037346 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=718058 t=17306037346 kinds=block pages=0-2 ranks=134 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=718241 t=17306037346 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=718244 t=17354175346 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=718415 t=17354175346 kinds=block pages=0-2 ranks=137 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=718683 t=17354175346 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=719286 t=17354175346 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=720301 t=17354175346 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=722498 t=17354175346 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=722649 t=17354175346 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=723192 t=17354175346 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=723323 t=17354175346 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=723328 t=17354175346 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=723396 t=17354175346 kinds=block pages=0-1 ranks=146 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=723676 t=17354175346 kinds=block pages=0-4 ranks=147 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=724002 t=17354175346 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=725086 t=17354175346 kinds=block pages=0-1 ranks=149 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=726708 t=17405901346 kinds=block pages=0-1 ranks=150 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=728647 t=17405901346 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=728806 t=17405901346 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=731139 t=17405901346 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=732668 t=17405901346 kinds=block pages=0-3 ranks=154 count=1
file /usr/share/perl5/Debconf/Config.pm inode=732672 t=17405901346 kinds=block pages=0-1 ranks=155 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=732982 t=17405901346 kinds=block pages=0-1 ranks=156 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=733431 t=17405901346 kinds=block pages=0-1 ranks=157 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=733626 t=17405901346 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=735836 t=17405901346 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=735942 t=17405901346 kinds=block pages=0-1 ranks=160 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=736093 t=17405901346 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/perl5/Debconf/Question.pm inode=736578 t=17405901346 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/perl5/Debconf/Template.pm inode=736585 t=17405901346 kinds=block pages=0-2 ranks=163 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=736645 t=17405901346 kinds=block pages=0-2 ranks=164 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=737152 t=17405901346 kinds=block pages=0-1 ranks=165 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=737217 t=17405901346 kinds=block pages=0-6 ranks=166 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=737222 t=17405901346 kinds=block pages=0-2 ranks=167 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=737226 t=17405901346 kinds=block pages=0-1 ranks=168 count=1
file /usr/share/zoneinfo/iso3166.tab inode=759531 t=17405901346 kinds=block pages=0-1 ranks=169 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=759534 t=17405901346 kinds=block pages=0-1 ranks=170 count=1
file /usr/share/zoneinfo/tzdata.zi inode=789484 t=17505376346 kinds=block pages=0-27 ranks=171 count=1
file /usr/share/zoneinfo/zone.tab inode=789494 t=17505376346 kinds=block pages=0-4 ranks=172 count=1
file /usr/share/zoneinfo/zone1970.tab inode=789498 t=17505376346 kinds=block pages=0-4 ranks=173 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=789620 t=17505376346 kinds=block pages=0-2 ranks=174 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=789722 t=17505376346 kinds=block pages=0-1 ranks=175 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=789881 t=17505376346 kinds=block pages=0-1 ranks=176 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=789987 t=17505376346 kinds=block pages=0-5 ranks=177 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=790139 t=17505376346 kinds=block pages=0-1 ranks=178 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=790218 t=17505376346 kinds=block pages=0-1 ranks=179 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=790342 t=17505376346 kinds=block pages=0-2 ranks=180 count=1
file /var/cache/debconf/config.dat inode=790379 t=17505376346 kinds=block pages=0-1 ranks=181 count=1
file /var/cache/debconf/templates.dat inode=790528 t=17554474346 kinds=block pages=0-183 ranks=182 count=2
file /var/cache/debconf/templates.dat-old inode=790577 t=17605901346 kinds=block pages=0-174 ranks=183 count=2
file /var/cache/ldconfig/aux-cache inode=790628 t=17654840346 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/available inode=790737 t=17706002346 kinds=block pages=0-19 ranks=185 count=1
file /var/lib/dpkg/info/adduser.list inode=790909 t=17706002346 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=791296 t=17706002346 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/apt.list inode=791557 t=17706002346 kinds=block pages=0-2 ranks=188 count=1
file /var/lib/dpkg/info/apt.md5sums inode=791561 t=17706002346 kinds=block pages=0-3 ranks=189 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=792370 t=17706002346 kinds=block pages=0-28 ranks=190 count=1
file /var/lib/dpkg/info/bash.list inode=792385 t=17706002346 kinds=block pages=0-1 ranks=191 count=1
file /var/lib/dpkg/info/bash.md5sums inode=792388 t=17706002346 kinds=block pages=0-1 ranks=192 count=1
file /var/lib/dpkg/info/coreutils.list inode=792528 t=17706002346 kinds=block pages=0-3 ranks=193 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=792532 t=17706002346 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/debconf.list inode=792921 t=17706002346 kinds=block pages=0-1 ranks=195 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=792924 t=17706002346 kinds=block pages=0-2 ranks=196 count=1
file /var/lib/dpkg/info/debconf.templates inode=792932 t=17754956346 kinds=block pages=0-35 ranks=197 count=1
file /var/lib/dpkg/info/debianutils.md5sums inode=793707 t=17754956346 kinds=block pages=0-1 ranks=198 count=1
file /var/lib/dpkg/info/dpkg.list inode=794179 t=17754956346 kinds=block pages=0-2 ranks=199 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=794183 t=17754956346 kinds=block pages=0-2 ranks=200 count=1
file /var/lib/dpkg/info/findutils.list inode=794742 t=17754956346 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=794745 t=17754956346 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/grep.list inode=794799 t=17754956346 kinds=block pages=0-1 ranks=203 count=1
file /var/lib/dpkg/info/grep.md5sums inode=794802 t=17754956346 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=795508 t=17754956346 kinds=block pages=0-1 ranks=205 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=795648 t=17754956346 kinds=block pages=0-30 ranks=206 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=796051 t=17754956346 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=796271 t=17754956346 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=796275 t=17754956346 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=796279 t=17754956346 kinds=block pages=0-2 ranks=210 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=796316 t=17754956346 kinds=block pages=0-3 ranks=211 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=796352 t=17805307346 kinds=block pages=0-37 ranks=212 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=796364 t=17805307346 kinds=block pages=0-22 ranks=213 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=796806 t=17805307346 kinds=block pages=0-1 ranks=214 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=796920 t=17805307346 kinds=block pages=0-4 ranks=215 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=796968 t=17805307346 kinds=block pages=0-6 ranks=216 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=797011 t=17805307346 kinds=block pages=0-3 ranks=217 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=797137 t=17805307346 kinds=block pages=0-1 ranks=218 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=797225 t=17805307346 kinds=block pages=0-1 ranks=219 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=797511 t=17805307346 kinds=block pages=0-16 ranks=220 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=797555 t=17805307346 kinds=block pages=0-1 ranks=221 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=797596 t=17805307346 kinds=block pages=0-3 ranks=222 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=798049 t=17805307346 kinds=block pages=0-1 ranks=223 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=798503 t=17805307346 kinds=block pages=0-1 ranks=224 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=798697 t=17805307346 kinds=block pages=0-3 ranks=225 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=798740 t=17854780346 kinds=block pages=0-5 ranks=226 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=798783 t=17854780346 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=798906 t=17854780346 kinds=block pages=0-1 ranks=228 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=798909 t=17854780346 kinds=block pages=0-1 ranks=229 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=799023 t=17854780346 kinds=block pages=0-6 ranks=230 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=799031 t=17854780346 kinds=block pages=0-2 ranks=231 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=799035 t=17854780346 kinds=block pages=0-1 ranks=232 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=799131 t=17854780346 kinds=block pages=0-8 ranks=233 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=799191 t=17854780346 kinds=block pages=0-1 ranks=234 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=799339 t=17854780346 kinds=block pages=0-8 ranks=235 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=799595 t=17854780346 kinds=block pages=0-2 ranks=236 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=799669 t=17854780346 kinds=block pages=0-4 ranks=237 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=799699 t=17854780346 kinds=block pages=0-2 ranks=238 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=799744 t=17854780346 kinds=block pages=0-1 ranks=239 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=799872 t=17905463346 kinds=block pages=0-60 ranks=240 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=799955 t=17905463346 kinds=block pages=0-101 ranks=241 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=800064 t=17905463346 kinds=block pages=0-6 ranks=242 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=800224 t=17905463346 kinds=block pages=0-3 ranks=243 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=800273 t=17905463346 kinds=block pages=0-1 ranks=244 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=800309 t=17905463346 kinds=block pages=0-5 ranks=245 count=1
file /var/lib/dpkg/info/login.list inode=800521 t=17905463346 kinds=block pages=0-2 ranks=246 count=1
file /var/lib/dpkg/info/login.md5sums inode=800525 t=17905463346 kinds=block pages=0-2 ranks=247 count=1
file /var/lib/dpkg/info/passwd.list inode=801109 t=17905463346 kinds=block pages=0-3 ranks=248 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=801113 t=17905463346 kinds=block pages=0-4 ranks=249 count=1
file /var/lib/dpkg/info/perl-base.list inode=801214 t=17956135346 kinds=block pages=0-10 ranks=250 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=801220 t=17956135346 kinds=block pages=0-13 ranks=251 count=2
file /var/lib/dpkg/info/sed.list inode=801262 t=17956135346 kinds=block pages=0-1 ranks=252 count=2
file /var/lib/dpkg/info/systemd.list inode=801466 t=17956135346 kinds=block pages=0-9 ranks=253 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=801471 t=17956135346 kinds=block pages=0-11 ranks=254 count=2
file /var/lib/dpkg/info/systemd.postinst inode=801477 t=17956135346 kinds=block pages=0-1 ranks=255 count=2
file /var/lib/dpkg/info/tar.list inode=801645 t=17956135346 kinds=block pages=0-1 ranks=256 count=2
file /var/lib/dpkg/info/tzdata.config inode=801813 t=17956135346 kinds=block pages=0-1 ranks=257 count=2
file /var/lib/dpkg/info/tzdata.list inode=801816 t=17956135346 kinds=block pages=0-12 ranks=258 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=801822 t=17956135346 kinds=block pages=0-15 ranks=259 count=2
file /var/lib/dpkg/info/tzdata.templates inode=802232 t=18005016346 kinds=block pages=0-69 ranks=260 count=2
file /var/lib/dpkg/info/udev.list inode=802256 t=18005016346 kinds=block pages=0-1 ranks=261 count=2
file /var/lib/dpkg/info/udev.md5sums inode=802259 t=18005016346 kinds=block pages=0-1 ranks=262 count=2
file /var/lib/dpkg/info/util-linux.list inode=802670 t=18005016346 kinds=block pages=0-2 ranks=263 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=802674 t=18005016346 kinds=block pages=0-4 ranks=264 count=2
file /var/lib/dpkg/status inode=802949 t=18055094346 kinds=block pages=0-21 ranks=265 count=3
file /var/lib/dpkg/status-old inode=802957 t=18055094346 kinds=block pages=0-21 ranks=266 count=2
file /var/lib/systemd/catalog/database inode=803043 t=18055094346 kinds=block pages=0-52 ranks=267 count=2
file /var/log/bootstrap.log inode=803283 t=18055094346 kinds=block pages=0-15 ranks=268 count=2
file /var/log/dpkg.log inode=803292 t=18055094346 kinds=block pages=0-12 ranks=269 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=594076 t=18937771346 kinds=block pages=0-30 ranks=271 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=594122 t=18937771346 kinds=block pages=0-1 ranks=272 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=594129 t=18937771346 kinds=block pages=0-6 ranks=273 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=594294 t=18937771346 kinds=block pages=0-13 ranks=274 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=594300 t=18937771346 kinds=block pages=0-4 ranks=275 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=594304 t=18937771346 kinds=block pages=0-2 ranks=276 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=594308 t=18937771346 kinds=block pages=0-1 ranks=277 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=594390 t=18937771346 kinds=block pages=0-1 ranks=278 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=594507 t=18937771346 kinds=block pages=0-1 ranks=279 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=594611 t=18937771346 kinds=block pages=0-5 ranks=280 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=594639 t=18937771346 kinds=block pages=0-2 ranks=281 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=594643 t=18937771346 kinds=block pages=0-20 ranks=282 count=1
file /usr/lib/lsb/init-functions inode=541541 t=20416680346 kinds=block pages=0-2 ranks=284 count=1
read t=7133606346 offset=0 len=4096
read t=7157790346 offset=4096 len=61440
read t=7230983346 offset=65536 len=131072
read t=7254512346 offset=196608 len=131072
read t=7304974346 offset=327680 len=131072
read t=7354687346 offset=458752 len=131072
read t=7404915346 offset=589824 len=131072
read t=7454579346 offset=720896 len=131072
read t=7503487346 offset=851968 len=131072
read t=7555304346 offset=983040 len=131072
read t=7604617346 offset=1114112 len=131072
read t=7655193346 offset=1245184 len=131072
read t=7704645346 offset=1376256 len=131072
read t=7762071346 offset=1507328 len=16384
read t=7804585346 offset=1523712 len=131072
read t=7855857346 offset=1654784 len=131072
read t=7904901346 offset=1785856 len=131072
read t=7954940346 offset=1916928 len=131072
read t=8004828346 offset=2048000 len=131072
read t=8055652346 offset=2179072 len=131072
read t=8104726346 offset=2310144 len=131072
read t=8154865346 offset=2441216 len=131072
read t=8204356346 offset=2572288 len=131072
read t=8254761346 offset=2703360 len=131072
read t=8304514346 offset=2834432 len=131072
read t=8354580346 offset=2965504 len=131072
read t=8404844346 offset=3096576 len=131072
read t=8459220346 offset=3227648 len=131072
read t=8505584346 offset=3358720 len=131072
read t=8554443346 offset=3489792 len=131072
read t=8604989346 offset=3620864 len=131072
read t=8654422346 offset=3751936 len=131072
read t=8705530346 offset=3883008 len=131072
read t=8753633346 offset=4014080 len=131072
read t=8805310346 offset=4145152 len=131072
read t=8854480346 offset=4276224 len=131072
read t=8904897346 offset=4407296 len=131072
read t=8955873346 offset=4538368 len=131072
read t=9005214346 offset=4669440 len=131072
read t=9054477346 offset=4800512 len=131072
read t=9105004346 offset=4931584 len=131072
read t=9154511346 offset=5062656 len=131072
read t=9204791346 offset=5193728 len=131072
read t=9254343346 offset=5324800 len=131072
read t=9306843346 offset=5455872 len=131072
read t=9354627346 offset=5586944 len=131072
read t=9404521346 offset=5718016 len=131072
read t=9454507346 offset=5849088 len=49152
read t=9504513346 offset=5898240 len=131072
read t=9555411346 offset=6029312 len=131072
read t=9604618346 offset=6160384 len=131072
read t=9655137346 offset=6291456 len=131072
read t=9704615346 offset=6422528 len=131072
read t=9755118346 offset=6553600 len=131072
read t=9804142346 offset=6684672 len=131072
read t=9854930346 offset=6815744 len=131072
read t=9904559346 offset=6946816 len=131072
read t=9960201346 offset=7077888 len=131072
read t=10005243346 offset=7208960 len=131072
read t=10054433346 offset=7340032 len=131072
read t=10105177346 offset=7471104 len=131072
read t=10154689346 offset=7602176 len=131072
read t=10209877346 offset=7733248 len=131072
read t=10254379346 offset=7864320 len=131072
read t=10304930346 offset=7995392 len=131072
read t=10354877346 offset=8126464 len=131072
read t=10405600346 offset=8257536 len=131072
read t=10454736346 offset=8388608 len=131072
read t=10505752346 offset=8519680 len=131072
read t=10554899346 offset=8650752 len=131072
read t=10605848346 offset=8781824 len=131072
read t=10654894346 offset=8912896 len=131072
read t=10703980346 offset=9043968 len=131072
read t=10756022346 offset=9175040 len=131072
read t=10804549346 offset=9306112 len=131072
read t=10854668346 offset=9437184 len=131072
read t=10904570346 offset=9568256 len=131072
read t=10955143346 offset=9699328 len=131072
read t=11004773346 offset=9830400 len=131072
read t=11054971346 offset=9961472 len=131072
read t=11104685346 offset=10092544 len=131072
read t=11155416346 offset=10223616 len=131072
read t=11204060346 offset=10354688 len=131072
read t=11255347346 offset=10485760 len=131072
read t=11304875346 offset=10616832 len=131072
read t=11355385346 offset=10747904 len=131072
read t=11405177346 offset=10878976 len=131072
read t=11454824346 offset=11010048 len=131072
read t=11507536346 offset=11141120 len=131072
read t=11554022346 offset=11272192 len=131072
read t=11605764346 offset=11403264 len=73728
read t=11653789346 offset=11476992 len=131072
read t=11705511346 offset=11608064 len=131072
read t=11754593346 offset=11739136 len=131072
read t=11805501346 offset=11870208 len=131072
read t=11854812346 offset=12001280 len=131072
read t=11905693346 offset=12132352 len=131072
read t=11954653346 offset=12263424 len=131072
read t=12004682346 offset=12394496 len=131072
read t=12054472346 offset=12525568 len=131072
read t=12105341346 offset=12656640 len=131072
read t=12154808346 offset=12787712 len=131072
read t=12204723346 offset=12918784 len=131072
read t=12255375346 offset=13049856 len=131072
read t=12304269346 offset=13180928 len=131072
read t=12354645346 offset=13312000 len=131072
read t=12404753346 offset=13443072 len=45056
read t=12455837346 offset=13488128 len=131072
read t=12504899346 offset=13619200 len=131072
read t=12555107346 offset=13750272 len=131072
read t=12605588346 offset=13881344 len=131072
read t=12655138346 offset=14012416 len=131072
read t=12703780346 offset=14143488 len=131072
read t=12754681346 offset=14274560 len=131072
read t=12803714346 offset=14405632 len=131072
read t=12855443346 offset=14536704 len=131072
read t=12904918346 offset=14667776 len=131072
read t=12953942346 offset=14798848 len=131072
read t=13005310346 offset=14929920 len=131072
read t=13054912346 offset=15060992 len=131072
read t=13105824346 offset=15192064 len=131072
read t=13154794346 offset=15323136 len=131072
read t=13205643346 offset=15454208 len=118784
read t=13254478346 offset=15572992 len=131072
read t=13304981346 offset=15704064 len=131072
read t=13354646346 offset=15835136 len=131072
read t=13405640346 offset=15966208 len=131072
read t=13454694346 offset=16097280 len=131072
read t=13504882346 offset=16228352 len=131072
read t=13554428346 offset=16359424 len=131072
read t=13605831346 offset=16490496 len=131072
read t=13656678346 offset=16621568 len=131072
read t=13704187346 offset=16752640 len=131072
read t=13755905346 offset=16883712 len=131072
read t=13804847346 offset=17014784 len=131072
read t=13855372346 offset=17145856 len=131072
read t=13904511346 offset=17276928 len=131072
read t=13954662346 offset=17408000 len=131072
read t=14004775346 offset=17539072 len=77824
read t=14055592346 offset=17616896 len=131072
read t=14104816346 offset=17747968 len=131072
read t=14154799346 offset=17879040 len=131072
read t=14204567346 offset=18010112 len=131072
read t=14254757346 offset=18141184 len=131072
read t=14304788346 offset=18272256 len=131072
read t=14355331346 offset=18403328 len=131072
read t=14404676346 offset=18534400 len=131072
read t=14454583346 offset=18665472 len=131072
read t=14504778346 offset=18796544 len=131072
read t=14554356346 offset=18927616 len=131072
read t=14605871346 offset=19058688 len=131072
read t=14654811346 offset=19189760 len=131072
read t=14705441346 offset=19320832 len=131072
read t=14754769346 offset=19451904 len=131072
read t=14805347346 offset=19582976 len=131072
read t=14853740346 offset=19714048 len=4096
read t=14904234346 offset=19718144 len=131072
read t=14954685346 offset=19849216 len=131072
read t=15005712346 offset=19980288 len=131072
read t=15054972346 offset=20111360 len=131072
read t=15105227346 offset=20242432 len=131072
read t=15154507346 offset=20373504 len=131072
read t=15205333346 offset=20504576 len=131072
read t=15256119346 offset=20635648 len=131072
read t=15304035346 offset=20766720 len=131072
read t=15354718346 offset=20897792 len=131072
read t=15404565346 offset=21028864 len=131072
read t=15455261346 offset=21159936 len=131072
read t=15504859346 offset=21291008 len=131072
read t=15555877346 offset=21422080 len=131072
read t=15605223346 offset=21553152 len=131072
read t=15654581346 offset=21684224 len=131072
read t=15704788346 offset=21815296 len=102400
read t=15755321346 offset=21917696 len=131072
read t=15804862346 offset=22048768 len=131072
read t=15855278346 offset=22179840 len=131072
read t=15904628346 offset=22310912 len=131072
read t=15953964346 offset=22441984 len=131072
read t=16005880346 offset=22573056 len=131072
read t=16054926346 offset=22704128 len=131072
read t=16105675346 offset=22835200 len=131072
read t=16154859346 offset=22966272 len=131072
read t=16205722346 offset=23097344 len=131072
read t=16254728346 offset=23228416 len=131072
read t=16304966346 offset=23359488 len=131072
read t=16354563346 offset=23490560 len=131072
read t=16404669346 offset=23621632 len=131072
read t=16454783346 offset=23752704 len=131072
read t=16504471346 offset=23883776 len=131072
read t=16554809346 offset=24014848 len=16384
read t=16604341346 offset=24031232 len=131072
read t=16655718346 offset=24162304 len=131072
read t=16704833346 offset=24293376 len=131072
read t=16755860346 offset=24424448 len=131072
read t=16804800346 offset=24555520 len=131072
read t=16855676346 offset=24686592 len=131072
read t=16904504346 offset=24817664 len=131072
read t=16955767346 offset=24948736 len=131072
read t=17004803346 offset=25079808 len=131072
read t=17055536346 offset=25210880 len=131072
read t=17105003346 offset=25341952 len=131072
read t=17155725346 offset=25473024 len=131072
read t=17204527346 offset=25604096 len=102400
read t=17254826346 offset=233361408 len=131072
read t=17306037346 offset=233492480 len=131072
read t=17354175346 offset=233623552 len=131072
read t=17405901346 offset=233754624 len=131072
read t=17454763346 offset=233885696 len=8192
read t=17505376346 offset=233893888 len=131072
read t=17554474346 offset=234024960 len=131072
read t=17605901346 offset=234156032 len=131072
read t=17654840346 offset=234287104 len=131072
read t=17706002346 offset=234418176 len=131072
read t=17754956346 offset=234549248 len=131072
read t=17805307346 offset=234680320 len=131072
read t=17854780346 offset=234811392 len=131072
read t=17905463346 offset=234942464 len=131072
read t=17956135346 offset=235073536 len=131072
read t=18005016346 offset=235204608 len=131072
read t=18055094346 offset=235335680 len=122880
read t=18886371346 offset=202260480 len=4096
read t=18886984346 offset=202264576 len=16384
read t=18887453346 offset=202280960 len=32768
read t=18887762346 offset=202313728 len=65536
read t=18937771346 offset=202379264 len=131072
read t=20415788346 offset=36827136 len=4096
read t=20416680346 offset=36831232 len=16384
read t=25156591346 offset=61440 len=4096
read t=25206358346 offset=192512 len=4096
read t=25256690346 offset=454656 len=4096
read t=25306753346 offset=182259712 len=4096
read t=25356598346 offset=978944 len=4096
read t=25406621346 offset=182263808 len=16384
read t=25461665346 offset=2027520 len=4096
read t=25506651346 offset=182280192 len=98304
read t=25557998346 offset=4124672 len=4096
read t=25606387346 offset=182378496 len=131072
read t=26006826346 offset=0 len=61440
read t=26057784346 offset=65536 len=126976
read t=26108072346 offset=196608 len=131072
read t=26164823346 offset=327680 len=126976
read t=26207264346 offset=235073536 len=131072
read t=26256941346 offset=235204608 len=131072
read t=26307433346 offset=235335680 len=122880
end files=271 reads=244
