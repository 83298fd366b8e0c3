liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 318
dropped 0
boots 1
duration_ns 39147700335
file /usr/bin/dash inode=213 t=9066590518 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=9147037518 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3652 t=9164850518 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=9164850518 kinds=block pages=0-470 ranks=3 count=16
file /usr/bin/touch inode=51584 t=9714777518 kinds=block pages=0-26 ranks=4 count=2
file /usr/lib/systemd/systemd inode=53945 t=9765515518 kinds=block pages=0-22 ranks=5 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=9814833518 kinds=block pages=0-505 ranks=6 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=10264883518 kinds=block pages=0-817 ranks=7 count=18
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=11064833518 kinds=block pages=0-31 ranks=8 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=11115143518 kinds=block pages=0-16 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=11115143518 kinds=block pages=0-31 ranks=10 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=11164692518 kinds=block pages=0-27 ranks=11 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=11215258518 kinds=block pages=0-19 ranks=12 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=11215258518 kinds=block pages=0-42 ranks=13 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=11264698518 kinds=block pages=0-98 ranks=14 count=4
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=11417911518 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=11417911518 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=11514887518 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=11514887518 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=11565526518 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=11766064518 kinds=block pages=0-8 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=11766064518 kinds=block pages=0-36 ranks=22 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=11814762518 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=12
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=12364920518 kinds=block pages=0-95,144-159,160-186 ranks=27,253,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=12467434518 kinds=block pages=0-46 ranks=29 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=12514832518 kinds=block pages=0-159,192-222 ranks=30,31 count=6
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=12765099518 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=12765099518 kinds=block pages=0-153 ranks=33 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=12920428518 kinds=block pages=0-38 ranks=34 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=12964633518 kinds=block pages=0-171 ranks=35 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=13064672518 kinds=block pages=0-191,192-239,288-308 ranks=36,259,37 count=5
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=13164653518 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=13215586518 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=13264689518 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=13264689518 kinds=block pages=0-27 ranks=41 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=13264689518 kinds=block pages=0-15 ranks=42 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=13314617518 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=340463 t=13314617518 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=13365419518 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=13365419518 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=13365419518 kinds=block pages=0-10 ranks=47 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=13365419518 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=13365419518 kinds=block pages=0-7 ranks=49 count=2
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=13414806518 kinds=block pages=0-3 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=13414806518 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=13414806518 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=13414806518 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=13414806518 kinds=block pages=0-3 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=13414806518 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=13414806518 kinds=block pages=0-7 ranks=56 count=1
file /usr/bin/mount inode=355584 t=13464997518 kinds=block pages=0-14 ranks=57 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=13464997518 kinds=block pages=0-6 ranks=58 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=13514642518 kinds=block pages=0-63,64-86 ranks=59,257 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=13565453518 kinds=block pages=0-28 ranks=60 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=13615783518 kinds=block pages=0-105 ranks=61 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=13665436518 kinds=block pages=0-3 ranks=62 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=13665436518 kinds=block pages=0-100 ranks=63 count=3
file /usr/lib/systemd/systemd-journald inode=371355 t=13765393518 kinds=block pages=0-41 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=13814854518 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=13814854518 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=382592 t=13814854518 kinds=block pages=0-330 ranks=67 count=7
file /usr/lib/systemd/systemd-random-seed inode=408747 t=14114695518 kinds=block pages=0-5 ranks=68 count=2
file /usr/lib/systemd/systemd-sysctl inode=408751 t=14165361518 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=408755 t=14165361518 kinds=block pages=0-15 ranks=70 count=1
file /usr/bin/journalctl inode=411045 t=14165361518 kinds=block pages=0-18 ranks=71 count=1
file /usr/bin/systemd-tmpfiles inode=411053 t=14165361518 kinds=block pages=0-27 ranks=72 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=14215593518 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=14215593518 kinds=block pages=0-63,960-1151,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,75,76,77,78,79 count=16
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=14964729518 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=14964729518 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=14964729518 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=15015331518 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=15015331518 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=476416 t=15015331518 kinds=block pages=0-330 ranks=85 count=8
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=15365405518 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=15365405518 kinds=block pages=0-21 ranks=87 count=1
file /usr/lib/udev/cdrom_id inode=505937 t=15365405518 kinds=block pages=0-19 ranks=88 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=15415093518 kinds=block pages=0-6 ranks=89 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=15415093518 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=505973 t=15415093518 kinds=block pages=0-16 ranks=91 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=15415093518 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=15415093518 kinds=block pages=0-13 ranks=93 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=15468046518 kinds=block pages=0-46 ranks=94 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=15468046518 kinds=block pages=0-8 ranks=95 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=15515113518 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=15515113518 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=15515113518 kinds=block pages=0-95 ranks=98 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=15566035518 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=15615030518 kinds=block pages=0-580 ranks=100 count=10
file /usr/lib/udev/dmi_memory_id inode=524957 t=16065027518 kinds=block pages=0-18 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=16065027518 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=16116248518 kinds=block pages=0-97 ranks=103 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=16216333518 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=16216333518 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=525048 t=16216333518 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=575872 t=16216333518 kinds=block pages=0-308 ranks=107 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=16566091518 kinds=block pages=0-49 ranks=108 count=2
file /usr/bin/readlink inode=575991 t=16615084518 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=609024 t=16665873518 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=609030 t=16665873518 kinds=block pages=0-10 ranks=111 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=794438 t=20114830518 kinds=block pages=1 ranks=112 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=794718 t=20114830518 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=794722 t=20114830518 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=795004 t=20114830518 kinds=block pages=0-3 ranks=115 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=795092 t=20114830518 kinds=block pages=0-1 ranks=116 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=795242 t=20114830518 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=795425 t=20114830518 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=795428 t=20114830518 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=795599 t=20114830518 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=795867 t=20114830518 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=796470 t=20114830518 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=797485 t=20114830518 kinds=block pages=0-1 ranks=123 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=799682 t=20114830518 kinds=block pages=0-1 ranks=124 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=799833 t=20165469518 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=800376 t=20165469518 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=800507 t=20165469518 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=800512 t=20165469518 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=800580 t=20165469518 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=800860 t=20165469518 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=801186 t=20165469518 kinds=block pages=0-1 ranks=131 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=802270 t=20165469518 kinds=block pages=0-1 ranks=132 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=803892 t=20165469518 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=805831 t=20165469518 kinds=block pages=0-1 ranks=134 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=805990 t=20165469518 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=808323 t=20165469518 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=809852 t=20165469518 kinds=block pages=0-3 ranks=137 count=1
file /usr/share/perl5/Debconf/Config.pm inode=809856 t=20165469518 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=810166 t=20165469518 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=810615 t=20165469518 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=810810 t=20214782518 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=813020 t=20214782518 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=813126 t=20214782518 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=813277 t=20214782518 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/perl5/Debconf/Question.pm inode=813762 t=20214782518 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/perl5/Debconf/Template.pm inode=813769 t=20214782518 kinds=block pages=0-2 ranks=146 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=813829 t=20214782518 kinds=block pages=0-2 ranks=147 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=814336 t=20214782518 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=814401 t=20214782518 kinds=block pages=0-6 ranks=149 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=814406 t=20214782518 kinds=block pages=0-2 ranks=150 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=814410 t=20214782518 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/zoneinfo/iso3166.tab inode=836715 t=20214782518 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=836718 t=20214782518 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/zoneinfo/tzdata.zi inode=866668 t=20214782518 kinds=block pages=0-27 ranks=154 count=1
file /usr/share/zoneinfo/zone.tab inode=866678 t=20214782518 kinds=block pages=0-4 ranks=155 count=1
file /usr/share/zoneinfo/zone1970.tab inode=866682 t=20214782518 kinds=block pages=0-4 ranks=156 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=866804 t=20214782518 kinds=block pages=0-2 ranks=157 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=866906 t=20214782518 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=867065 t=20265325518 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=867171 t=20265325518 kinds=block pages=0-5 ranks=160 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=867323 t=20265325518 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=867402 t=20265325518 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=867526 t=20265325518 kinds=block pages=0-2 ranks=163 count=1
file /var/cache/debconf/config.dat inode=867563 t=20265325518 kinds=block pages=0-1 ranks=164 count=1
file /var/cache/debconf/templates.dat inode=867712 t=20265325518 kinds=block pages=0-183 ranks=165 count=3
file /var/cache/debconf/templates.dat-old inode=867761 t=20365285518 kinds=block pages=0-174 ranks=166 count=3
file /var/cache/ldconfig/aux-cache inode=867812 t=20465146518 kinds=block pages=0-1 ranks=167 count=1
file /var/lib/dpkg/available inode=867921 t=20465146518 kinds=block pages=0-19 ranks=168 count=1
file /var/lib/dpkg/info/adduser.list inode=868093 t=20465146518 kinds=block pages=0-1 ranks=169 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=868480 t=20465146518 kinds=block pages=0-1 ranks=170 count=1
file /var/lib/dpkg/info/apt.list inode=868741 t=20465146518 kinds=block pages=0-2 ranks=171 count=1
file /var/lib/dpkg/info/apt.md5sums inode=868745 t=20465146518 kinds=block pages=0-3 ranks=172 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=869554 t=20465146518 kinds=block pages=0-28 ranks=173 count=1
file /var/lib/dpkg/info/bash.list inode=869569 t=20465146518 kinds=block pages=0-1 ranks=174 count=1
file /var/lib/dpkg/info/bash.md5sums inode=869572 t=20465146518 kinds=block pages=0-1 ranks=175 count=1
file /var/lib/dpkg/info/coreutils.list inode=869712 t=20465146518 kinds=block pages=0-3 ranks=176 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=869716 t=20514561518 kinds=block pages=0-3 ranks=177 count=1
file /var/lib/dpkg/info/debconf.list inode=870105 t=20514561518 kinds=block pages=0-1 ranks=178 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=870108 t=20514561518 kinds=block pages=0-2 ranks=179 count=1
file /var/lib/dpkg/info/debconf.templates inode=870116 t=20514561518 kinds=block pages=0-35 ranks=180 count=1
file /var/lib/dpkg/info/debianutils.md5sums inode=870891 t=20514561518 kinds=block pages=0-1 ranks=181 count=1
file /var/lib/dpkg/info/dpkg.list inode=871363 t=20514561518 kinds=block pages=0-2 ranks=182 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=871367 t=20514561518 kinds=block pages=0-2 ranks=183 count=1
file /var/lib/dpkg/info/findutils.list inode=871926 t=20514561518 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=871929 t=20514561518 kinds=block pages=0-1 ranks=185 count=1
file /var/lib/dpkg/info/grep.list inode=871983 t=20514561518 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/grep.md5sums inode=871986 t=20514561518 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=872692 t=20514561518 kinds=block pages=0-1 ranks=188 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=872832 t=20565171518 kinds=block pages=0-30 ranks=189 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=873235 t=20565171518 kinds=block pages=0-1 ranks=190 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=873455 t=20565171518 kinds=block pages=0-3 ranks=191 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=873459 t=20565171518 kinds=block pages=0-5 ranks=192 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=873463 t=20565171518 kinds=block pages=0-2 ranks=193 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=873500 t=20565171518 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=873536 t=20565171518 kinds=block pages=0-37 ranks=195 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=873548 t=20565171518 kinds=block pages=0-22 ranks=196 count=2
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=873990 t=20614705518 kinds=block pages=0-1 ranks=197 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=874104 t=20614705518 kinds=block pages=0-4 ranks=198 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=874152 t=20614705518 kinds=block pages=0-6 ranks=199 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=874195 t=20614705518 kinds=block pages=0-3 ranks=200 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=874321 t=20614705518 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=874409 t=20614705518 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=874695 t=20614705518 kinds=block pages=0-16 ranks=203 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=874739 t=20614705518 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=874780 t=20614705518 kinds=block pages=0-3 ranks=205 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=875233 t=20614705518 kinds=block pages=0-1 ranks=206 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=875687 t=20614705518 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=875881 t=20614705518 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=875924 t=20614705518 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=875967 t=20614705518 kinds=block pages=0-1 ranks=210 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=876090 t=20614705518 kinds=block pages=0-1 ranks=211 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=876093 t=20614705518 kinds=block pages=0-1 ranks=212 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=876207 t=20614705518 kinds=block pages=0-6 ranks=213 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=876215 t=20614705518 kinds=block pages=0-2 ranks=214 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=876219 t=20614705518 kinds=block pages=0-1 ranks=215 count=2
file /var/lib/dpkg/info/libpam-runtime.templates inode=876315 t=20665194518 kinds=block pages=0-8 ranks=216 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=876375 t=20665194518 kinds=block pages=0-1 ranks=217 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=876523 t=20665194518 kinds=block pages=0-8 ranks=218 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=20665194518 kinds=block pages=0-2 ranks=219 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=20665194518 kinds=block pages=0-4 ranks=220 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=20665194518 kinds=block pages=0-2 ranks=221 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=20665194518 kinds=block pages=0-1 ranks=222 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=20665194518 kinds=block pages=0-60 ranks=223 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=20665194518 kinds=block pages=0-101 ranks=224 count=2
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=20714718518 kinds=block pages=0-6 ranks=225 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=20714718518 kinds=block pages=0-3 ranks=226 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=20714718518 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=20714718518 kinds=block pages=0-5 ranks=228 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=20714718518 kinds=block pages=0-2 ranks=229 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=20714718518 kinds=block pages=0-2 ranks=230 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=20714718518 kinds=block pages=0-3 ranks=231 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=20714718518 kinds=block pages=0-4 ranks=232 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=20714718518 kinds=block pages=0-10 ranks=233 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=20714718518 kinds=block pages=0-13 ranks=234 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=20766496518 kinds=block pages=0-1 ranks=235 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=20766496518 kinds=block pages=0-9 ranks=236 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=20766496518 kinds=block pages=0-11 ranks=237 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=20766496518 kinds=block pages=0-1 ranks=238 count=2
file /var/lib/dpkg/info/tar.list inode=878829 t=20766496518 kinds=block pages=0-1 ranks=239 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=20766496518 kinds=block pages=0-1 ranks=240 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=20766496518 kinds=block pages=0-12 ranks=241 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=20766496518 kinds=block pages=0-15 ranks=242 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=20766496518 kinds=block pages=0-69 ranks=243 count=3
file /var/lib/dpkg/info/udev.list inode=879440 t=20814729518 kinds=block pages=0-1 ranks=244 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=20814729518 kinds=block pages=0-1 ranks=245 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=20814729518 kinds=block pages=0-2 ranks=246 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=20814729518 kinds=block pages=0-4 ranks=247 count=2
file /var/lib/dpkg/status inode=880133 t=20814729518 kinds=block pages=0-21 ranks=248 count=3
file /var/lib/dpkg/status-old inode=880141 t=20864837518 kinds=block pages=0-21 ranks=249 count=2
file /var/lib/systemd/catalog/database inode=880227 t=20864837518 kinds=block pages=0-52 ranks=250 count=3
file /var/log/bootstrap.log inode=880467 t=20864837518 kinds=block pages=0-15 ranks=251 count=2
file /var/log/dpkg.log inode=880476 t=20864837518 kinds=block pages=0-12 ranks=252 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=21716539518 kinds=block pages=0-30 ranks=254 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=21716539518 kinds=block pages=0-1 ranks=255 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=21716539518 kinds=block pages=0-6 ranks=256 count=1
file /usr/lib/lsb/init-functions inode=618725 t=24351838518 kinds=block pages=0-2 ranks=258 count=1
read t=9063781518 offset=0 len=4096
read t=9066590518 offset=4096 len=61440
read t=9147037518 offset=65536 len=131072
read t=9164850518 offset=196608 len=131072
read t=9214890518 offset=327680 len=131072
read t=9264643518 offset=458752 len=131072
read t=9315099518 offset=589824 len=131072
read t=9366025518 offset=720896 len=131072
read t=9414709518 offset=851968 len=131072
read t=9465496518 offset=983040 len=131072
read t=9514840518 offset=1114112 len=131072
read t=9565634518 offset=1245184 len=131072
read t=9614877518 offset=1376256 len=131072
read t=9665595518 offset=1507328 len=32768
read t=9714777518 offset=1540096 len=131072
read t=9765515518 offset=1671168 len=131072
read t=9814833518 offset=1802240 len=131072
read t=9865313518 offset=1933312 len=131072
read t=9914864518 offset=2064384 len=131072
read t=9965977518 offset=2195456 len=131072
read t=10014619518 offset=2326528 len=131072
read t=10065257518 offset=2457600 len=131072
read t=10114820518 offset=2588672 len=131072
read t=10165231518 offset=2719744 len=131072
read t=10214806518 offset=2850816 len=131072
read t=10264883518 offset=2981888 len=131072
read t=10314832518 offset=3112960 len=131072
read t=10365124518 offset=3244032 len=131072
read t=10415486518 offset=3375104 len=131072
read t=10464747518 offset=3506176 len=131072
read t=10514920518 offset=3637248 len=131072
read t=10564819518 offset=3768320 len=131072
read t=10615688518 offset=3899392 len=131072
read t=10664909518 offset=4030464 len=131072
read t=10715482518 offset=4161536 len=131072
read t=10764679518 offset=4292608 len=131072
read t=10815420518 offset=4423680 len=131072
read t=10864746518 offset=4554752 len=131072
read t=10915442518 offset=4685824 len=131072
read t=10964773518 offset=4816896 len=131072
read t=11015355518 offset=4947968 len=131072
read t=11064833518 offset=5079040 len=131072
read t=11115143518 offset=5210112 len=131072
read t=11164692518 offset=5341184 len=131072
read t=11215258518 offset=5472256 len=131072
read t=11264698518 offset=5603328 len=131072
read t=11314190518 offset=5734400 len=131072
read t=11364704518 offset=5865472 len=61440
read t=11417911518 offset=5926912 len=131072
read t=11464722518 offset=6057984 len=131072
read t=11514887518 offset=6189056 len=131072
read t=11565526518 offset=6320128 len=131072
read t=11614730518 offset=6451200 len=131072
read t=11665517518 offset=6582272 len=131072
read t=11714515518 offset=6713344 len=131072
read t=11766064518 offset=6844416 len=131072
read t=11814762518 offset=6975488 len=131072
read t=11865264518 offset=7106560 len=131072
read t=11914715518 offset=7237632 len=131072
read t=11965262518 offset=7368704 len=131072
read t=12015069518 offset=7499776 len=131072
read t=12065214518 offset=7630848 len=131072
read t=12114731518 offset=7761920 len=131072
read t=12165163518 offset=7892992 len=131072
read t=12214696518 offset=8024064 len=131072
read t=12265079518 offset=8155136 len=131072
read t=12314775518 offset=8286208 len=131072
read t=12364920518 offset=8417280 len=131072
read t=12414781518 offset=8548352 len=131072
read t=12467434518 offset=8679424 len=131072
read t=12514832518 offset=8810496 len=131072
read t=12564660518 offset=8941568 len=131072
read t=12616366518 offset=9072640 len=131072
read t=12665087518 offset=9203712 len=131072
read t=12715599518 offset=9334784 len=131072
read t=12765099518 offset=9465856 len=131072
read t=12815497518 offset=9596928 len=131072
read t=12864634518 offset=9728000 len=131072
read t=12920428518 offset=9859072 len=131072
read t=12964633518 offset=9990144 len=131072
read t=13016051518 offset=10121216 len=131072
read t=13064672518 offset=10252288 len=131072
read t=13115189518 offset=10383360 len=131072
read t=13164653518 offset=10514432 len=131072
read t=13215586518 offset=10645504 len=131072
read t=13264689518 offset=10776576 len=131072
read t=13314617518 offset=10907648 len=131072
read t=13365419518 offset=11038720 len=131072
read t=13414806518 offset=11169792 len=131072
read t=13464997518 offset=11300864 len=131072
read t=13514642518 offset=11431936 len=86016
read t=13565453518 offset=11517952 len=131072
read t=13615783518 offset=11649024 len=131072
read t=13665436518 offset=11780096 len=131072
read t=13714760518 offset=11911168 len=131072
read t=13765393518 offset=12042240 len=131072
read t=13814854518 offset=12173312 len=131072
read t=13865439518 offset=12304384 len=131072
read t=13914935518 offset=12435456 len=131072
read t=13965283518 offset=12566528 len=131072
read t=14014913518 offset=12697600 len=131072
read t=14065478518 offset=12828672 len=131072
read t=14114695518 offset=12959744 len=131072
read t=14165361518 offset=13090816 len=131072
read t=14215593518 offset=13221888 len=131072
read t=14264882518 offset=13352960 len=131072
read t=14314784518 offset=13484032 len=40960
read t=14365272518 offset=13524992 len=131072
read t=14414668518 offset=13656064 len=131072
read t=14464293518 offset=13787136 len=131072
read t=14515404518 offset=13918208 len=131072
read t=14568525518 offset=14049280 len=131072
read t=14615477518 offset=14180352 len=131072
read t=14664681518 offset=14311424 len=131072
read t=14715787518 offset=14442496 len=131072
read t=14764764518 offset=14573568 len=131072
read t=14815404518 offset=14704640 len=131072
read t=14864721518 offset=14835712 len=131072
read t=14915392518 offset=14966784 len=131072
read t=14964729518 offset=15097856 len=131072
read t=15015331518 offset=15228928 len=131072
read t=15064650518 offset=15360000 len=131072
read t=15115073518 offset=15491072 len=131072
read t=15164670518 offset=15622144 len=131072
read t=15219180518 offset=15753216 len=131072
read t=15265406518 offset=15884288 len=131072
read t=15314778518 offset=16015360 len=131072
read t=15365405518 offset=16146432 len=131072
read t=15415093518 offset=16277504 len=131072
read t=15468046518 offset=16408576 len=131072
read t=15515113518 offset=16539648 len=131072
read t=15566035518 offset=16670720 len=131072
read t=15615030518 offset=16801792 len=131072
read t=15666052518 offset=16932864 len=131072
read t=15715172518 offset=17063936 len=131072
read t=15765950518 offset=17195008 len=131072
read t=15815097518 offset=17326080 len=131072
read t=15865477518 offset=17457152 len=131072
read t=15916283518 offset=17588224 len=69632
read t=15964926518 offset=17657856 len=131072
read t=16016261518 offset=17788928 len=131072
read t=16065027518 offset=17920000 len=131072
read t=16116248518 offset=18051072 len=131072
read t=16164860518 offset=18182144 len=131072
read t=16216333518 offset=18313216 len=131072
read t=16265031518 offset=18444288 len=131072
read t=16315971518 offset=18575360 len=131072
read t=16365021518 offset=18706432 len=131072
read t=16416490518 offset=18837504 len=131072
read t=16466078518 offset=18968576 len=131072
read t=16514983518 offset=19099648 len=131072
read t=16566091518 offset=19230720 len=131072
read t=16615084518 offset=19361792 len=131072
read t=16665873518 offset=19492864 len=131072
read t=16715070518 offset=19623936 len=131072
read t=16765440518 offset=19755008 len=20480
read t=16814739518 offset=19775488 len=131072
read t=16865640518 offset=19906560 len=131072
read t=16914827518 offset=20037632 len=131072
read t=16964800518 offset=20168704 len=131072
read t=17017263518 offset=20299776 len=131072
read t=17064824518 offset=20430848 len=131072
read t=17115461518 offset=20561920 len=131072
read t=17164722518 offset=20692992 len=131072
read t=17215501518 offset=20824064 len=131072
read t=17265218518 offset=20955136 len=131072
read t=17315316518 offset=21086208 len=131072
read t=17364746518 offset=21217280 len=131072
read t=17415193518 offset=21348352 len=131072
read t=17464743518 offset=21479424 len=131072
read t=17521283518 offset=21610496 len=131072
read t=17564925518 offset=21741568 len=131072
read t=17614841518 offset=21872640 len=90112
read t=17665571518 offset=21962752 len=131072
read t=17715005518 offset=22093824 len=131072
read t=17765448518 offset=22224896 len=131072
read t=17815322518 offset=22355968 len=131072
read t=17865658518 offset=22487040 len=131072
read t=17914798518 offset=22618112 len=131072
read t=17965273518 offset=22749184 len=131072
read t=18014944518 offset=22880256 len=131072
read t=18065144518 offset=23011328 len=131072
read t=18114847518 offset=23142400 len=131072
read t=18164808518 offset=23273472 len=131072
read t=18215585518 offset=23404544 len=131072
read t=18264744518 offset=23535616 len=131072
read t=18319585518 offset=23666688 len=131072
read t=18365199518 offset=23797760 len=131072
read t=18415075518 offset=23928832 len=131072
read t=18464776518 offset=24059904 len=36864
read t=18515298518 offset=24096768 len=131072
read t=18564773518 offset=24227840 len=131072
read t=18615262518 offset=24358912 len=131072
read t=18664884518 offset=24489984 len=131072
read t=18720336518 offset=24621056 len=131072
read t=18765503518 offset=24752128 len=131072
read t=18814833518 offset=24883200 len=131072
read t=18865440518 offset=25014272 len=131072
read t=18914860518 offset=25145344 len=131072
read t=18965435518 offset=25276416 len=131072
read t=19014835518 offset=25407488 len=131072
read t=19065381518 offset=25538560 len=131072
read t=19114876518 offset=25669632 len=131072
read t=19172187518 offset=25800704 len=131072
read t=19214878518 offset=25931776 len=131072
read t=19264783518 offset=26062848 len=131072
read t=19315005518 offset=26193920 len=106496
read t=19368221518 offset=26300416 len=131072
read t=19419913518 offset=26431488 len=131072
read t=19464750518 offset=26562560 len=131072
read t=19515666518 offset=26693632 len=131072
read t=19564761518 offset=26824704 len=131072
read t=19617050518 offset=26955776 len=131072
read t=19664735518 offset=27086848 len=131072
read t=19715381518 offset=27217920 len=131072
read t=19764752518 offset=27348992 len=131072
read t=19815339518 offset=27480064 len=131072
read t=19866770518 offset=27611136 len=131072
read t=19917194518 offset=27742208 len=131072
read t=19964759518 offset=27873280 len=131072
read t=20014939518 offset=28004352 len=131072
read t=20065503518 offset=28135424 len=40960
read t=20114830518 offset=250437632 len=131072
read t=20165469518 offset=250568704 len=131072
read t=20214782518 offset=250699776 len=131072
read t=20265325518 offset=250830848 len=131072
read t=20314806518 offset=250961920 len=131072
read t=20365285518 offset=251092992 len=131072
read t=20416495518 offset=251224064 len=131072
read t=20465146518 offset=251355136 len=131072
read t=20514561518 offset=251486208 len=131072
read t=20565171518 offset=251617280 len=131072
read t=20614705518 offset=251748352 len=131072
read t=20665194518 offset=251879424 len=131072
read t=20714718518 offset=252010496 len=131072
read t=20766496518 offset=252141568 len=131072
read t=20814729518 offset=252272640 len=131072
read t=20864837518 offset=252403712 len=131072
read t=21714786518 offset=218050560 len=4096
read t=21715260518 offset=218054656 len=16384
read t=21716157518 offset=218071040 len=32768
read t=21716539518 offset=218103808 len=65536
read t=24351284518 offset=39849984 len=4096
read t=24351838518 offset=39854080 len=16384
read t=33664953518 offset=61440 len=4096
read t=33717038518 offset=192512 len=4096
read t=33766104518 offset=454656 len=4096
read t=33817806518 offset=978944 len=4096
read t=33862994518 offset=2027520 len=4096
read t=33912836518 offset=4124672 len=4096
read t=34316719518 offset=0 len=61440
read t=34365825518 offset=65536 len=126976
read t=34441729518 offset=196608 len=131072
read t=34520972518 offset=327680 len=126976
read t=34522552518 offset=252112896 len=131072
read t=34603772518 offset=252243968 len=131072
read t=34613917518 offset=252375040 len=131072
read t=34669613518 offset=252506112 len=28672
read t=35082628518 offset=193662976 len=4096
read t=35084786518 offset=193667072 len=16384
read t=35087016518 offset=193683456 len=32768
end files=245 reads=261
