liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 319
dropped 0
boots 1
duration_ns 33086720849
file /usr/bin/dash inode=213 t=11669249149 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=11721204149 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3652 t=11741026149 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=11741026149 kinds=block pages=0-470 ranks=3 count=16
file /usr/bin/touch inode=51584 t=12340140149 kinds=block pages=0-26 ranks=4 count=1
file /usr/lib/systemd/systemd inode=53945 t=12340140149 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=12399741149 kinds=block pages=0-505 ranks=6 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=12845092149 kinds=block pages=0-817 ranks=7 count=18
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=13691082149 kinds=block pages=0-31 ranks=8 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=13691082149 kinds=block pages=0-16 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=13691082149 kinds=block pages=0-31 ranks=10 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=13740406149 kinds=block pages=0-27 ranks=11 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=13791036149 kinds=block pages=0-19 ranks=12 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=13791036149 kinds=block pages=0-42 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=13841111149 kinds=block pages=0-98 ranks=14 count=4
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=13991355149 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=13991355149 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=14095050149 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=14095050149 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=14139936149 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=14340644149 kinds=block pages=0-8 ranks=21 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=14391228149 kinds=block pages=0-36 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=14391228149 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=12
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=14940481149 kinds=block pages=0-95,144-159,160-186 ranks=27,253,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=15041417149 kinds=block pages=0-46 ranks=29 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=15140515149 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=15347285149 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=15347285149 kinds=block pages=0-153 ranks=33 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=15490719149 kinds=block pages=0-38 ranks=34 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=15539988149 kinds=block pages=0-171 ranks=35 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=15640058149 kinds=block pages=0-191,192-239,288-308 ranks=36,259,37 count=6
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=15795022149 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=15840271149 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=15840271149 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=15840271149 kinds=block pages=0-27 ranks=41 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=15891415149 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=15891415149 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=340463 t=15891415149 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=15944103149 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=15944103149 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=15944103149 kinds=block pages=0-10 ranks=47 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=15990006149 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=15990006149 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=15990006149 kinds=block pages=0-3 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=15990006149 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=15990006149 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=15990006149 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=15990006149 kinds=block pages=0-3 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=15990006149 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=15990006149 kinds=block pages=0-7 ranks=56 count=1
file /usr/bin/mount inode=355584 t=16040357149 kinds=block pages=0-14 ranks=57 count=2
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=16090369149 kinds=block pages=0-6 ranks=58 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=16090369149 kinds=block pages=0-63,64-86 ranks=59,257 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=16140454149 kinds=block pages=0-28 ranks=60 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=16191086149 kinds=block pages=0-105 ranks=61 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=16291136149 kinds=block pages=0-3 ranks=62 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=16291136149 kinds=block pages=0-100 ranks=63 count=2
file /usr/lib/systemd/systemd-journald inode=371355 t=16341331149 kinds=block pages=0-41 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=16390045149 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=16390045149 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=382592 t=16390045149 kinds=block pages=0-330 ranks=67 count=8
file /usr/lib/systemd/systemd-random-seed inode=408747 t=16740048149 kinds=block pages=0-5 ranks=68 count=1
file /usr/lib/systemd/systemd-sysctl inode=408751 t=16740048149 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=408755 t=16740048149 kinds=block pages=0-15 ranks=70 count=1
file /usr/bin/journalctl inode=411045 t=16740048149 kinds=block pages=0-18 ranks=71 count=2
file /usr/bin/systemd-tmpfiles inode=411053 t=16791642149 kinds=block pages=0-27 ranks=72 count=1
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=16791642149 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=16844882149 kinds=block pages=0-63,960-1151,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,75,76,77,78,79 count=15
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=17540909149 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=17540909149 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=17593769149 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=17593769149 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=17593769149 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=476416 t=17593769149 kinds=block pages=0-330 ranks=85 count=8
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=17939978149 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=17939978149 kinds=block pages=0-21 ranks=87 count=2
file /usr/lib/udev/cdrom_id inode=505937 t=17990991149 kinds=block pages=0-19 ranks=88 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=17990991149 kinds=block pages=0-6 ranks=89 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=17990991149 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=505973 t=17990991149 kinds=block pages=0-16 ranks=91 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=18043543149 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=18043543149 kinds=block pages=0-13 ranks=93 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=18043543149 kinds=block pages=0-46 ranks=94 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=18091621149 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=18091621149 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=18091621149 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=18091621149 kinds=block pages=0-95 ranks=98 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=18191477149 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=18191477149 kinds=block pages=0-580 ranks=100 count=10
file /usr/lib/udev/dmi_memory_id inode=524957 t=18640742149 kinds=block pages=0-18 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=18690144149 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=18740625149 kinds=block pages=0-97 ranks=103 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=18790166149 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=18790166149 kinds=block pages=0-14 ranks=105 count=2
file /usr/sbin/e2scrub_all inode=525048 t=18841887149 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=575872 t=18841887149 kinds=block pages=0-308 ranks=107 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=19190226149 kinds=block pages=0-49 ranks=108 count=1
file /usr/bin/readlink inode=575991 t=19240061149 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=609024 t=19240061149 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=609030 t=19240061149 kinds=block pages=0-10 ranks=111 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=794438 t=22690099149 kinds=block pages=1 ranks=112 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=794718 t=22690099149 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=794722 t=22690099149 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=795004 t=22690099149 kinds=block pages=0-3 ranks=115 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=795092 t=22690099149 kinds=block pages=0-1 ranks=116 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=795242 t=22690099149 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=795425 t=22690099149 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=795428 t=22690099149 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=795599 t=22690099149 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=795867 t=22690099149 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=796470 t=22690099149 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=797485 t=22690099149 kinds=block pages=0-1 ranks=123 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=799682 t=22690099149 kinds=block pages=0-1 ranks=124 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=799833 t=22744185149 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=800376 t=22744185149 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=800507 t=22744185149 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=800512 t=22744185149 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=800580 t=22744185149 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=800860 t=22744185149 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=801186 t=22744185149 kinds=block pages=0-1 ranks=131 count=2
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=802270 t=22790300149 kinds=block pages=0-1 ranks=132 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=803892 t=22790300149 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=805831 t=22790300149 kinds=block pages=0-1 ranks=134 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=805990 t=22790300149 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=808323 t=22790300149 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=809852 t=22790300149 kinds=block pages=0-3 ranks=137 count=1
file /usr/share/perl5/Debconf/Config.pm inode=809856 t=22790300149 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=810166 t=22790300149 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=810615 t=22790300149 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=810810 t=22790300149 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=813020 t=22790300149 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=813126 t=22790300149 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=813277 t=22790300149 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/perl5/Debconf/Question.pm inode=813762 t=22790300149 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/perl5/Debconf/Template.pm inode=813769 t=22790300149 kinds=block pages=0-2 ranks=146 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=813829 t=22790300149 kinds=block pages=0-2 ranks=147 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=814336 t=22790300149 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=814401 t=22790300149 kinds=block pages=0-6 ranks=149 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=814406 t=22790300149 kinds=block pages=0-2 ranks=150 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=814410 t=22790300149 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/zoneinfo/iso3166.tab inode=836715 t=22790300149 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=836718 t=22790300149 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/zoneinfo/tzdata.zi inode=866668 t=22840779149 kinds=block pages=0-27 ranks=154 count=1
file /usr/share/zoneinfo/zone.tab inode=866678 t=22840779149 kinds=block pages=0-4 ranks=155 count=1
file /usr/share/zoneinfo/zone1970.tab inode=866682 t=22840779149 kinds=block pages=0-4 ranks=156 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=866804 t=22840779149 kinds=block pages=0-2 ranks=157 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=866906 t=22840779149 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=867065 t=22840779149 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=867171 t=22840779149 kinds=block pages=0-5 ranks=160 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=867323 t=22840779149 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=867402 t=22840779149 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=867526 t=22840779149 kinds=block pages=0-2 ranks=163 count=1
file /var/cache/debconf/config.dat inode=867563 t=22840779149 kinds=block pages=0-1 ranks=164 count=1
file /var/cache/debconf/templates.dat inode=867712 t=22840779149 kinds=block pages=0-183 ranks=165 count=3
file /var/cache/debconf/templates.dat-old inode=867761 t=22940563149 kinds=block pages=0-174 ranks=166 count=3
file /var/cache/ldconfig/aux-cache inode=867812 t=23040720149 kinds=block pages=0-1 ranks=167 count=1
file /var/lib/dpkg/available inode=867921 t=23090139149 kinds=block pages=0-19 ranks=168 count=1
file /var/lib/dpkg/info/adduser.list inode=868093 t=23090139149 kinds=block pages=0-1 ranks=169 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=868480 t=23090139149 kinds=block pages=0-1 ranks=170 count=1
file /var/lib/dpkg/info/apt.list inode=868741 t=23090139149 kinds=block pages=0-2 ranks=171 count=1
file /var/lib/dpkg/info/apt.md5sums inode=868745 t=23090139149 kinds=block pages=0-3 ranks=172 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=869554 t=23090139149 kinds=block pages=0-28 ranks=173 count=1
file /var/lib/dpkg/info/bash.list inode=869569 t=23090139149 kinds=block pages=0-1 ranks=174 count=1
file /var/lib/dpkg/info/bash.md5sums inode=869572 t=23090139149 kinds=block pages=0-1 ranks=175 count=1
file /var/lib/dpkg/info/coreutils.list inode=869712 t=23090139149 kinds=block pages=0-3 ranks=176 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=869716 t=23090139149 kinds=block pages=0-3 ranks=177 count=1
file /var/lib/dpkg/info/debconf.list inode=870105 t=23090139149 kinds=block pages=0-1 ranks=178 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=870108 t=23090139149 kinds=block pages=0-2 ranks=179 count=1
file /var/lib/dpkg/info/debconf.templates inode=870116 t=23090139149 kinds=block pages=0-35 ranks=180 count=2
file /var/lib/dpkg/info/debianutils.md5sums inode=870891 t=23141455149 kinds=block pages=0-1 ranks=181 count=1
file /var/lib/dpkg/info/dpkg.list inode=871363 t=23141455149 kinds=block pages=0-2 ranks=182 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=871367 t=23141455149 kinds=block pages=0-2 ranks=183 count=1
file /var/lib/dpkg/info/findutils.list inode=871926 t=23141455149 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=871929 t=23141455149 kinds=block pages=0-1 ranks=185 count=1
file /var/lib/dpkg/info/grep.list inode=871983 t=23141455149 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/grep.md5sums inode=871986 t=23141455149 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=872692 t=23141455149 kinds=block pages=0-1 ranks=188 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=872832 t=23141455149 kinds=block pages=0-30 ranks=189 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=873235 t=23141455149 kinds=block pages=0-1 ranks=190 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=873455 t=23141455149 kinds=block pages=0-3 ranks=191 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=873459 t=23141455149 kinds=block pages=0-5 ranks=192 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=873463 t=23141455149 kinds=block pages=0-2 ranks=193 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=873500 t=23141455149 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=873536 t=23191069149 kinds=block pages=0-37 ranks=195 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=873548 t=23191069149 kinds=block pages=0-22 ranks=196 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=873990 t=23191069149 kinds=block pages=0-1 ranks=197 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=874104 t=23191069149 kinds=block pages=0-4 ranks=198 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=874152 t=23191069149 kinds=block pages=0-6 ranks=199 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=874195 t=23191069149 kinds=block pages=0-3 ranks=200 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=874321 t=23191069149 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=874409 t=23191069149 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=874695 t=23191069149 kinds=block pages=0-16 ranks=203 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=874739 t=23240483149 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=874780 t=23240483149 kinds=block pages=0-3 ranks=205 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=875233 t=23240483149 kinds=block pages=0-1 ranks=206 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=875687 t=23240483149 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=875881 t=23240483149 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=875924 t=23240483149 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=875967 t=23240483149 kinds=block pages=0-1 ranks=210 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=876090 t=23240483149 kinds=block pages=0-1 ranks=211 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=876093 t=23240483149 kinds=block pages=0-1 ranks=212 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=876207 t=23240483149 kinds=block pages=0-6 ranks=213 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=876215 t=23240483149 kinds=block pages=0-2 ranks=214 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=876219 t=23240483149 kinds=block pages=0-1 ranks=215 count=1
file /var/lib/dpkg/info/libpam-runtime.templates inode=876315 t=23240483149 kinds=block pages=0-8 ranks=216 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=876375 t=23240483149 kinds=block pages=0-1 ranks=217 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=876523 t=23240483149 kinds=block pages=0-8 ranks=218 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=23240483149 kinds=block pages=0-2 ranks=219 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=23240483149 kinds=block pages=0-4 ranks=220 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=23240483149 kinds=block pages=0-2 ranks=221 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=23240483149 kinds=block pages=0-1 ranks=222 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=23290139149 kinds=block pages=0-60 ranks=223 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=23290139149 kinds=block pages=0-101 ranks=224 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=23290139149 kinds=block pages=0-6 ranks=225 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=23290139149 kinds=block pages=0-3 ranks=226 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=23290139149 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=23340836149 kinds=block pages=0-5 ranks=228 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=23340836149 kinds=block pages=0-2 ranks=229 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=23340836149 kinds=block pages=0-2 ranks=230 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=23340836149 kinds=block pages=0-3 ranks=231 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=23340836149 kinds=block pages=0-4 ranks=232 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=23340836149 kinds=block pages=0-10 ranks=233 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=23340836149 kinds=block pages=0-13 ranks=234 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=23340836149 kinds=block pages=0-1 ranks=235 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=23340836149 kinds=block pages=0-9 ranks=236 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=23340836149 kinds=block pages=0-11 ranks=237 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=23340836149 kinds=block pages=0-1 ranks=238 count=2
file /var/lib/dpkg/info/tar.list inode=878829 t=23340836149 kinds=block pages=0-1 ranks=239 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=23340836149 kinds=block pages=0-1 ranks=240 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=23340836149 kinds=block pages=0-12 ranks=241 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=23391813149 kinds=block pages=0-15 ranks=242 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=23391813149 kinds=block pages=0-69 ranks=243 count=2
file /var/lib/dpkg/info/udev.list inode=879440 t=23391813149 kinds=block pages=0-1 ranks=244 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=23442387149 kinds=block pages=0-1 ranks=245 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=23442387149 kinds=block pages=0-2 ranks=246 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=23442387149 kinds=block pages=0-4 ranks=247 count=2
file /var/lib/dpkg/status inode=880133 t=23442387149 kinds=block pages=0-21 ranks=248 count=3
file /var/lib/dpkg/status-old inode=880141 t=23442387149 kinds=block pages=0-21 ranks=249 count=2
file /var/lib/systemd/catalog/database inode=880227 t=23442387149 kinds=block pages=0-52 ranks=250 count=4
file /var/log/bootstrap.log inode=880467 t=23491106149 kinds=block pages=0-15 ranks=251 count=2
file /var/log/dpkg.log inode=880476 t=23491106149 kinds=block pages=0-12 ranks=252 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=24194514149 kinds=block pages=0-30 ranks=254 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=24194514149 kinds=block pages=0-1 ranks=255 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=24194514149 kinds=block pages=0-6 ranks=256 count=1
file /usr/lib/lsb/init-functions inode=618725 t=25900800149 kinds=block pages=0-2 ranks=258 count=1
read t=11662142149 offset=0 len=4096
read t=11669249149 offset=4096 len=61440
read t=11721204149 offset=65536 len=131072
read t=11741026149 offset=196608 len=131072
read t=11790221149 offset=327680 len=131072
read t=11840941149 offset=458752 len=131072
read t=11889991149 offset=589824 len=131072
read t=11946048149 offset=720896 len=131072
read t=11991092149 offset=851968 len=131072
read t=12052074149 offset=983040 len=131072
read t=12091950149 offset=1114112 len=131072
read t=12140735149 offset=1245184 len=131072
read t=12190466149 offset=1376256 len=131072
read t=12240050149 offset=1507328 len=16384
read t=12295103149 offset=1523712 len=131072
read t=12340140149 offset=1654784 len=131072
read t=12399741149 offset=1785856 len=131072
read t=12441009149 offset=1916928 len=131072
read t=12494994149 offset=2048000 len=131072
read t=12544502149 offset=2179072 len=131072
read t=12590133149 offset=2310144 len=131072
read t=12641084149 offset=2441216 len=131072
read t=12689819149 offset=2572288 len=131072
read t=12741215149 offset=2703360 len=131072
read t=12789998149 offset=2834432 len=131072
read t=12845092149 offset=2965504 len=131072
read t=12895187149 offset=3096576 len=131072
read t=12940054149 offset=3227648 len=131072
read t=13002725149 offset=3358720 len=131072
read t=13041555149 offset=3489792 len=131072
read t=13091562149 offset=3620864 len=131072
read t=13140518149 offset=3751936 len=131072
read t=13191483149 offset=3883008 len=131072
read t=13240105149 offset=4014080 len=131072
read t=13291762149 offset=4145152 len=131072
read t=13340034149 offset=4276224 len=131072
read t=13392097149 offset=4407296 len=131072
read t=13440793149 offset=4538368 len=131072
read t=13491440149 offset=4669440 len=131072
read t=13540910149 offset=4800512 len=131072
read t=13590211149 offset=4931584 len=131072
read t=13640539149 offset=5062656 len=131072
read t=13691082149 offset=5193728 len=131072
read t=13740406149 offset=5324800 len=131072
read t=13791036149 offset=5455872 len=131072
read t=13841111149 offset=5586944 len=131072
read t=13890306149 offset=5718016 len=131072
read t=13941193149 offset=5849088 len=49152
read t=13991355149 offset=5898240 len=131072
read t=14048886149 offset=6029312 len=131072
read t=14095050149 offset=6160384 len=131072
read t=14139936149 offset=6291456 len=131072
read t=14195136149 offset=6422528 len=131072
read t=14239960149 offset=6553600 len=131072
read t=14290376149 offset=6684672 len=131072
read t=14340644149 offset=6815744 len=131072
read t=14391228149 offset=6946816 len=131072
read t=14439975149 offset=7077888 len=131072
read t=14491240149 offset=7208960 len=131072
read t=14541430149 offset=7340032 len=131072
read t=14590146149 offset=7471104 len=131072
read t=14645797149 offset=7602176 len=131072
read t=14689954149 offset=7733248 len=131072
read t=14740531149 offset=7864320 len=131072
read t=14790194149 offset=7995392 len=131072
read t=14840812149 offset=8126464 len=131072
read t=14891437149 offset=8257536 len=131072
read t=14940481149 offset=8388608 len=131072
read t=14989954149 offset=8519680 len=131072
read t=15041417149 offset=8650752 len=131072
read t=15095172149 offset=8781824 len=131072
read t=15140515149 offset=8912896 len=131072
read t=15191172149 offset=9043968 len=131072
read t=15239788149 offset=9175040 len=131072
read t=15296260149 offset=9306112 len=131072
read t=15347285149 offset=9437184 len=131072
read t=15394984149 offset=9568256 len=131072
read t=15441001149 offset=9699328 len=131072
read t=15490719149 offset=9830400 len=131072
read t=15539988149 offset=9961472 len=131072
read t=15591482149 offset=10092544 len=131072
read t=15640058149 offset=10223616 len=131072
read t=15690453149 offset=10354688 len=131072
read t=15740963149 offset=10485760 len=131072
read t=15795022149 offset=10616832 len=131072
read t=15840271149 offset=10747904 len=131072
read t=15891415149 offset=10878976 len=131072
read t=15944103149 offset=11010048 len=131072
read t=15990006149 offset=11141120 len=131072
read t=16040357149 offset=11272192 len=131072
read t=16090369149 offset=11403264 len=73728
read t=16140454149 offset=11476992 len=131072
read t=16191086149 offset=11608064 len=131072
read t=16248115149 offset=11739136 len=131072
read t=16291136149 offset=11870208 len=131072
read t=16341331149 offset=12001280 len=131072
read t=16390045149 offset=12132352 len=131072
read t=16444125149 offset=12263424 len=131072
read t=16490345149 offset=12394496 len=131072
read t=16543384149 offset=12525568 len=131072
read t=16596208149 offset=12656640 len=131072
read t=16640035149 offset=12787712 len=131072
read t=16690905149 offset=12918784 len=131072
read t=16740048149 offset=13049856 len=131072
read t=16791642149 offset=13180928 len=131072
read t=16844882149 offset=13312000 len=131072
read t=16890757149 offset=13443072 len=45056
read t=16940943149 offset=13488128 len=131072
read t=16991353149 offset=13619200 len=131072
read t=17041087149 offset=13750272 len=131072
read t=17104254149 offset=13881344 len=131072
read t=17140248149 offset=14012416 len=131072
read t=17193457149 offset=14143488 len=131072
read t=17242693149 offset=14274560 len=131072
read t=17292335149 offset=14405632 len=131072
read t=17340666149 offset=14536704 len=131072
read t=17390218149 offset=14667776 len=131072
read t=17440634149 offset=14798848 len=131072
read t=17490838149 offset=14929920 len=131072
read t=17540909149 offset=15060992 len=131072
read t=17593769149 offset=15192064 len=131072
read t=17640835149 offset=15323136 len=131072
read t=17693501149 offset=15454208 len=118784
read t=17748392149 offset=15572992 len=131072
read t=17791075149 offset=15704064 len=131072
read t=17840705149 offset=15835136 len=131072
read t=17899643149 offset=15966208 len=131072
read t=17939978149 offset=16097280 len=131072
read t=17990991149 offset=16228352 len=131072
read t=18043543149 offset=16359424 len=131072
read t=18091621149 offset=16490496 len=131072
read t=18140552149 offset=16621568 len=131072
read t=18191477149 offset=16752640 len=131072
read t=18240110149 offset=16883712 len=131072
read t=18290536149 offset=17014784 len=131072
read t=18340971149 offset=17145856 len=131072
read t=18391231149 offset=17276928 len=131072
read t=18440257149 offset=17408000 len=131072
read t=18490222149 offset=17539072 len=77824
read t=18540612149 offset=17616896 len=131072
read t=18591226149 offset=17747968 len=131072
read t=18640742149 offset=17879040 len=131072
read t=18690144149 offset=18010112 len=131072
read t=18740625149 offset=18141184 len=131072
read t=18790166149 offset=18272256 len=131072
read t=18841887149 offset=18403328 len=131072
read t=18890742149 offset=18534400 len=131072
read t=18941209149 offset=18665472 len=131072
read t=18990145149 offset=18796544 len=131072
read t=19040822149 offset=18927616 len=131072
read t=19091468149 offset=19058688 len=131072
read t=19141577149 offset=19189760 len=131072
read t=19190226149 offset=19320832 len=131072
read t=19240061149 offset=19451904 len=131072
read t=19290703149 offset=19582976 len=131072
read t=19340467149 offset=19714048 len=4096
read t=19390968149 offset=19718144 len=131072
read t=19440024149 offset=19849216 len=131072
read t=19492114149 offset=19980288 len=131072
read t=19545528149 offset=20111360 len=131072
read t=19591848149 offset=20242432 len=131072
read t=19640637149 offset=20373504 len=131072
read t=19691521149 offset=20504576 len=131072
read t=19743343149 offset=20635648 len=131072
read t=19790732149 offset=20766720 len=131072
read t=19839971149 offset=20897792 len=131072
read t=19891059149 offset=21028864 len=131072
read t=19940084149 offset=21159936 len=131072
read t=19996982149 offset=21291008 len=131072
read t=20040740149 offset=21422080 len=131072
read t=20089998149 offset=21553152 len=131072
read t=20143325149 offset=21684224 len=131072
read t=20190005149 offset=21815296 len=102400
read t=20240660149 offset=21917696 len=131072
read t=20291731149 offset=22048768 len=131072
read t=20346531149 offset=22179840 len=131072
read t=20390436149 offset=22310912 len=131072
read t=20445776149 offset=22441984 len=131072
read t=20491274149 offset=22573056 len=131072
read t=20541296149 offset=22704128 len=131072
read t=20592878149 offset=22835200 len=131072
read t=20641313149 offset=22966272 len=131072
read t=20691148149 offset=23097344 len=131072
read t=20743415149 offset=23228416 len=131072
read t=20790840149 offset=23359488 len=131072
read t=20839934149 offset=23490560 len=131072
read t=20892251149 offset=23621632 len=131072
read t=20940902149 offset=23752704 len=131072
read t=20989998149 offset=23883776 len=131072
read t=21040295149 offset=24014848 len=16384
read t=21091521149 offset=24031232 len=131072
read t=21143475149 offset=24162304 len=131072
read t=21190379149 offset=24293376 len=131072
read t=21240878149 offset=24424448 len=131072
read t=21291402149 offset=24555520 len=131072
read t=21340784149 offset=24686592 len=131072
read t=21394803149 offset=24817664 len=131072
read t=21443050149 offset=24948736 len=131072
read t=21490469149 offset=25079808 len=131072
read t=21540639149 offset=25210880 len=131072
read t=21590775149 offset=25341952 len=131072
read t=21641317149 offset=25473024 len=131072
read t=21695083149 offset=25604096 len=131072
read t=21741325149 offset=25735168 len=131072
read t=21790002149 offset=25866240 len=131072
read t=21840044149 offset=25997312 len=131072
read t=21890712149 offset=26128384 len=122880
read t=21943452149 offset=26251264 len=131072
read t=21991063149 offset=26382336 len=131072
read t=22040098149 offset=26513408 len=131072
read t=22092044149 offset=26644480 len=131072
read t=22140058149 offset=26775552 len=131072
read t=22190938149 offset=26906624 len=131072
read t=22240993149 offset=27037696 len=131072
read t=22290823149 offset=27168768 len=131072
read t=22343076149 offset=27299840 len=131072
read t=22391622149 offset=27430912 len=131072
read t=22440943149 offset=27561984 len=131072
read t=22491469149 offset=27693056 len=131072
read t=22540092149 offset=27824128 len=131072
read t=22592428149 offset=27955200 len=131072
read t=22640696149 offset=28086272 len=90112
read t=22690099149 offset=250437632 len=131072
read t=22744185149 offset=250568704 len=65536
read t=22790300149 offset=250634240 len=131072
read t=22840779149 offset=250765312 len=131072
read t=22891255149 offset=250896384 len=131072
read t=22940563149 offset=251027456 len=131072
read t=22991422149 offset=251158528 len=131072
read t=23040720149 offset=251289600 len=131072
read t=23090139149 offset=251420672 len=131072
read t=23141455149 offset=251551744 len=131072
read t=23191069149 offset=251682816 len=131072
read t=23240483149 offset=251813888 len=131072
read t=23290139149 offset=251944960 len=131072
read t=23340836149 offset=252076032 len=131072
read t=23391813149 offset=252207104 len=131072
read t=23442387149 offset=252338176 len=131072
read t=23491106149 offset=252469248 len=65536
read t=24188282149 offset=218050560 len=4096
read t=24188783149 offset=218054656 len=16384
read t=24190924149 offset=218071040 len=32768
read t=24194514149 offset=218103808 len=65536
read t=25899901149 offset=39849984 len=4096
read t=25900800149 offset=39854080 len=16384
read t=30947100149 offset=61440 len=4096
read t=30997156149 offset=192512 len=4096
read t=31047125149 offset=454656 len=4096
read t=31096950149 offset=978944 len=4096
read t=31147183149 offset=2027520 len=4096
read t=31197086149 offset=4124672 len=4096
read t=31597235149 offset=193662976 len=4096
read t=31647477149 offset=0 len=61440
read t=31700528149 offset=193667072 len=16384
read t=31749080149 offset=65536 len=126976
read t=31798240149 offset=193683456 len=32768
read t=31848410149 offset=196608 len=131072
read t=31902805149 offset=327680 len=126976
read t=31948541149 offset=252112896 len=131072
read t=31997897149 offset=252243968 len=131072
read t=32048093149 offset=252375040 len=131072
read t=32097626149 offset=252506112 len=28672
end files=245 reads=262
