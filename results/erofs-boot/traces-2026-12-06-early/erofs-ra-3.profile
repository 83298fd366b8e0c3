liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 317
dropped 0
boots 1
duration_ns 56563372591
file /usr/bin/dash inode=213 t=16619113896 kinds=block pages=0-30 ranks=0 count=5
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=16746791896 kinds=block pages=0-52 ranks=1 count=5
file /etc/ld.so.cache inode=3652 t=16748525896 kinds=block pages=0-1 ranks=2 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=16748525896 kinds=block pages=0-470 ranks=3 count=16
file /usr/bin/touch inode=51584 t=17253869896 kinds=block pages=0-26 ranks=4 count=1
file /usr/lib/systemd/systemd inode=53945 t=17253869896 kinds=block pages=0-22 ranks=5 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=17347131896 kinds=block pages=0-505 ranks=6 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=17701904896 kinds=block pages=0-817 ranks=7 count=19
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=18549011896 kinds=block pages=0-31 ranks=8 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=18598525896 kinds=block pages=0-16 ranks=9 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=18598525896 kinds=block pages=0-31 ranks=10 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=18649103896 kinds=block pages=0-27 ranks=11 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=18649103896 kinds=block pages=0-19 ranks=12 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=18698237896 kinds=block pages=0-42 ranks=13 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=18757759896 kinds=block pages=0-98 ranks=14 count=3
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=18848696896 kinds=block pages=0-9 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=18848696896 kinds=block pages=0-86 ranks=16 count=3
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=18948676896 kinds=block pages=0-11 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=18948676896 kinds=block pages=0-50 ranks=18 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=18998653896 kinds=block pages=0-95,224-325 ranks=19,20 count=5
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=19364200896 kinds=block pages=0-8 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=19364200896 kinds=block pages=0-36 ranks=22 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=19364751896 kinds=block pages=0-255,544-607,800-927,1024-1155 ranks=23,24,25,26 count=12
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=19868550896 kinds=block pages=0-95,144-159,160-186 ranks=27,253,28 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=20061311896 kinds=block pages=0-46 ranks=29 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=20067192896 kinds=block pages=0-159,192-222 ranks=30,31 count=5
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=20262132896 kinds=block pages=0-7 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=20313875896 kinds=block pages=0-153 ranks=33 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=20463971896 kinds=block pages=0-38 ranks=34 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=20512425896 kinds=block pages=0-171 ranks=35 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=20562707896 kinds=block pages=0-191,192-239,288-308 ranks=36,259,37 count=6
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=20714667896 kinds=block pages=0-63 ranks=38 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=20765291896 kinds=block pages=0-1 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=20765291896 kinds=block pages=0-26 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=20765291896 kinds=block pages=0-27 ranks=41 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=20812558896 kinds=block pages=0-15 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=20812558896 kinds=block pages=0-8 ranks=43 count=1
file /usr/bin/kmod inode=340463 t=20812558896 kinds=block pages=0-43 ranks=44 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=20914399896 kinds=block pages=0-8 ranks=45 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=20914399896 kinds=block pages=0-3 ranks=46 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=20914399896 kinds=block pages=0-10 ranks=47 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=20914399896 kinds=block pages=0-5 ranks=48 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=20914399896 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=20914399896 kinds=block pages=0-3 ranks=50 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=20914399896 kinds=block pages=0-5 ranks=51 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=20914399896 kinds=block pages=0-3 ranks=52 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=20963440896 kinds=block pages=0-3 ranks=53 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=20963440896 kinds=block pages=0-3 ranks=54 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=20963440896 kinds=block pages=0-7 ranks=55 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=20963440896 kinds=block pages=0-7 ranks=56 count=1
file /usr/bin/mount inode=355584 t=21012104896 kinds=block pages=0-14 ranks=57 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=21012104896 kinds=block pages=0-6 ranks=58 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=21012104896 kinds=block pages=0-63,64-86 ranks=59,257 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=21062031896 kinds=block pages=0-28 ranks=60 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=21112391896 kinds=block pages=0-105 ranks=61 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=21223374896 kinds=block pages=0-3 ranks=62 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=21223374896 kinds=block pages=0-100 ranks=63 count=2
file /usr/lib/systemd/systemd-journald inode=371355 t=21263507896 kinds=block pages=0-41 ranks=64 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=21313960896 kinds=block pages=0-4 ranks=65 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=21313960896 kinds=block pages=0-4 ranks=66 count=1
file /usr/bin/udevadm inode=382592 t=21313960896 kinds=block pages=0-330 ranks=67 count=8
file /usr/lib/systemd/systemd-random-seed inode=408747 t=21664997896 kinds=block pages=0-5 ranks=68 count=2
file /usr/lib/systemd/systemd-sysctl inode=408751 t=21712447896 kinds=block pages=0-5 ranks=69 count=1
file /usr/bin/systemd-sysusers inode=408755 t=21712447896 kinds=block pages=0-15 ranks=70 count=1
file /usr/bin/journalctl inode=411045 t=21712447896 kinds=block pages=0-18 ranks=71 count=1
file /usr/bin/systemd-tmpfiles inode=411053 t=21712447896 kinds=block pages=0-27 ranks=72 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=21762536896 kinds=block pages=0-4 ranks=73 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=21762536896 kinds=block pages=0-63,960-1151,1728-1855,1888-2015,2464-2783,2944-3178 ranks=74,75,76,77,78,79 count=15
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=22462294896 kinds=block pages=0-1 ranks=80 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=22512810896 kinds=block pages=0-1 ranks=81 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=22512810896 kinds=block pages=0-2 ranks=82 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=22512810896 kinds=block pages=0-1 ranks=83 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=22512810896 kinds=block pages=0-1 ranks=84 count=1
file /usr/bin/systemctl inode=476416 t=22512810896 kinds=block pages=0-330 ranks=85 count=8
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=22863450896 kinds=block pages=0-3 ranks=86 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=22863450896 kinds=block pages=0-21 ranks=87 count=2
file /usr/lib/udev/cdrom_id inode=505937 t=22912485896 kinds=block pages=0-19 ranks=88 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=22912485896 kinds=block pages=0-6 ranks=89 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=22912485896 kinds=block pages=0-11 ranks=90 count=1
file /usr/lib/udev/ata_id inode=505973 t=22912485896 kinds=block pages=0-16 ranks=91 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=22966091896 kinds=block pages=0-7 ranks=92 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=22966091896 kinds=block pages=0-13 ranks=93 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=22966091896 kinds=block pages=0-46 ranks=94 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=23012902896 kinds=block pages=0-8 ranks=95 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=23012902896 kinds=block pages=0-12 ranks=96 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=23012902896 kinds=block pages=0-2 ranks=97 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=23012902896 kinds=block pages=0-95 ranks=98 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=23112788896 kinds=block pages=0-3 ranks=99 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=23112788896 kinds=block pages=0-580 ranks=100 count=10
file /usr/lib/udev/dmi_memory_id inode=524957 t=23564269896 kinds=block pages=0-18 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=23564269896 kinds=block pages=0-63 ranks=102 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=23612135896 kinds=block pages=0-97 ranks=103 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=23712130896 kinds=block pages=0-16 ranks=104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=23712130896 kinds=block pages=0-14 ranks=105 count=1
file /usr/sbin/e2scrub_all inode=525048 t=23762707896 kinds=block pages=0-1 ranks=106 count=1
file /usr/bin/bash inode=575872 t=23762707896 kinds=block pages=0-308 ranks=107 count=7
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=24062359896 kinds=block pages=0-49 ranks=108 count=3
file /usr/bin/readlink inode=575991 t=24217675896 kinds=block pages=0-12 ranks=109 count=1
file /usr/bin/cat inode=609024 t=24345684896 kinds=block pages=0-10 ranks=110 count=1
file /usr/bin/sleep inode=609030 t=24345684896 kinds=block pages=0-10 ranks=111 count=1
file /usr/share/man/pt/man1/dpkg-split.1.gz inode=794438 t=27612367896 kinds=block pages=1 ranks=112 count=1
file /usr/share/man/pt/man1/dpkg.1.gz inode=794718 t=27612367896 kinds=block pages=0-4 ranks=113 count=1
file /usr/share/man/pt/man1/update-alternatives.1.gz inode=794722 t=27612367896 kinds=block pages=0-1 ranks=114 count=1
file /usr/share/man/pt/man5/apt.conf.5.gz inode=795004 t=27612367896 kinds=block pages=0-3 ranks=115 count=1
file /usr/share/man/pt/man5/apt_preferences.5.gz inode=795092 t=27612367896 kinds=block pages=0-1 ranks=116 count=1
file /usr/share/man/pt/man5/sources.list.5.gz inode=795242 t=27612367896 kinds=block pages=0-2 ranks=117 count=1
file /usr/share/man/pt/man8/adduser.8.gz inode=795425 t=27612367896 kinds=block pages=0-1 ranks=118 count=1
file /usr/share/man/pt/man8/apt-cache.8.gz inode=795428 t=27612367896 kinds=block pages=0-1 ranks=119 count=1
file /usr/share/man/pt/man8/apt-get.8.gz inode=795599 t=27612367896 kinds=block pages=0-2 ranks=120 count=1
file /usr/share/man/pt/man8/apt-secure.8.gz inode=795867 t=27612367896 kinds=block pages=0-1 ranks=121 count=1
file /usr/share/man/pt/man8/start-stop-daemon.8.gz inode=796470 t=27612367896 kinds=block pages=0-1 ranks=122 count=1
file /usr/share/man/ru/man1/passwd.1.gz inode=797485 t=27612367896 kinds=block pages=0-1 ranks=123 count=1
file /usr/share/man/ru/man8/useradd.8.gz inode=799682 t=27612367896 kinds=block pages=0-1 ranks=124 count=1
file /usr/share/man/ru/man8/usermod.8.gz inode=799833 t=27666077896 kinds=block pages=0-1 ranks=125 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=800376 t=27666077896 kinds=block pages=0-1 ranks=126 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=800507 t=27666077896 kinds=block pages=0-1 ranks=127 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=800512 t=27666077896 kinds=block pages=0-1 ranks=128 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=800580 t=27666077896 kinds=block pages=0-1 ranks=129 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=800860 t=27666077896 kinds=block pages=0-4 ranks=130 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=801186 t=27666077896 kinds=block pages=0-1 ranks=131 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=802270 t=27666077896 kinds=block pages=0-1 ranks=132 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=803892 t=27666077896 kinds=block pages=0-1 ranks=133 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=805831 t=27666077896 kinds=block pages=0-1 ranks=134 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=805990 t=27666077896 kinds=block pages=0-1 ranks=135 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=808323 t=27666077896 kinds=block pages=0-1 ranks=136 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=809852 t=27666077896 kinds=block pages=0-3 ranks=137 count=1
file /usr/share/perl5/Debconf/Config.pm inode=809856 t=27666077896 kinds=block pages=0-1 ranks=138 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=810166 t=27666077896 kinds=block pages=0-1 ranks=139 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=810615 t=27666077896 kinds=block pages=0-1 ranks=140 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=810810 t=27712360896 kinds=block pages=0-1 ranks=141 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=813020 t=27712360896 kinds=block pages=0-1 ranks=142 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=813126 t=27712360896 kinds=block pages=0-1 ranks=143 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=813277 t=27712360896 kinds=block pages=0-1 ranks=144 count=1
file /usr/share/perl5/Debconf/Question.pm inode=813762 t=27712360896 kinds=block pages=0-1 ranks=145 count=1
file /usr/share/perl5/Debconf/Template.pm inode=813769 t=27712360896 kinds=block pages=0-2 ranks=146 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=813829 t=27712360896 kinds=block pages=0-2 ranks=147 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=814336 t=27712360896 kinds=block pages=0-1 ranks=148 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=814401 t=27712360896 kinds=block pages=0-6 ranks=149 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=814406 t=27712360896 kinds=block pages=0-2 ranks=150 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=814410 t=27712360896 kinds=block pages=0-1 ranks=151 count=1
file /usr/share/zoneinfo/iso3166.tab inode=836715 t=27712360896 kinds=block pages=0-1 ranks=152 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=836718 t=27712360896 kinds=block pages=0-1 ranks=153 count=1
file /usr/share/zoneinfo/tzdata.zi inode=866668 t=27712360896 kinds=block pages=0-27 ranks=154 count=1
file /usr/share/zoneinfo/zone.tab inode=866678 t=27712360896 kinds=block pages=0-4 ranks=155 count=1
file /usr/share/zoneinfo/zone1970.tab inode=866682 t=27712360896 kinds=block pages=0-4 ranks=156 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=866804 t=27712360896 kinds=block pages=0-2 ranks=157 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=866906 t=27712360896 kinds=block pages=0-1 ranks=158 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=867065 t=27762312896 kinds=block pages=0-1 ranks=159 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=867171 t=27762312896 kinds=block pages=0-5 ranks=160 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=867323 t=27762312896 kinds=block pages=0-1 ranks=161 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=867402 t=27762312896 kinds=block pages=0-1 ranks=162 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=867526 t=27762312896 kinds=block pages=0-2 ranks=163 count=1
file /var/cache/debconf/config.dat inode=867563 t=27762312896 kinds=block pages=0-1 ranks=164 count=1
file /var/cache/debconf/templates.dat inode=867712 t=27762312896 kinds=block pages=0-183 ranks=165 count=3
file /var/cache/debconf/templates.dat-old inode=867761 t=27865600896 kinds=block pages=0-174 ranks=166 count=3
file /var/cache/ldconfig/aux-cache inode=867812 t=27963103896 kinds=block pages=0-1 ranks=167 count=1
file /var/lib/dpkg/available inode=867921 t=27963103896 kinds=block pages=0-19 ranks=168 count=1
file /var/lib/dpkg/info/adduser.list inode=868093 t=27963103896 kinds=block pages=0-1 ranks=169 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=868480 t=27963103896 kinds=block pages=0-1 ranks=170 count=1
file /var/lib/dpkg/info/apt.list inode=868741 t=27963103896 kinds=block pages=0-2 ranks=171 count=1
file /var/lib/dpkg/info/apt.md5sums inode=868745 t=27963103896 kinds=block pages=0-3 ranks=172 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=869554 t=27963103896 kinds=block pages=0-28 ranks=173 count=1
file /var/lib/dpkg/info/bash.list inode=869569 t=27963103896 kinds=block pages=0-1 ranks=174 count=1
file /var/lib/dpkg/info/bash.md5sums inode=869572 t=27963103896 kinds=block pages=0-1 ranks=175 count=1
file /var/lib/dpkg/info/coreutils.list inode=869712 t=27963103896 kinds=block pages=0-3 ranks=176 count=1
file /var/lib/dpkg/info/coreutils.md5sums inode=869716 t=28012744896 kinds=block pages=0-3 ranks=177 count=1
file /var/lib/dpkg/info/debconf.list inode=870105 t=28012744896 kinds=block pages=0-1 ranks=178 count=1
file /var/lib/dpkg/info/debconf.md5sums inode=870108 t=28012744896 kinds=block pages=0-2 ranks=179 count=1
file /var/lib/dpkg/info/debconf.templates inode=870116 t=28012744896 kinds=block pages=0-35 ranks=180 count=1
file /var/lib/dpkg/info/debianutils.md5sums inode=870891 t=28012744896 kinds=block pages=0-1 ranks=181 count=1
file /var/lib/dpkg/info/dpkg.list inode=871363 t=28012744896 kinds=block pages=0-2 ranks=182 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=871367 t=28012744896 kinds=block pages=0-2 ranks=183 count=1
file /var/lib/dpkg/info/findutils.list inode=871926 t=28012744896 kinds=block pages=0-1 ranks=184 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=871929 t=28012744896 kinds=block pages=0-1 ranks=185 count=1
file /var/lib/dpkg/info/grep.list inode=871983 t=28012744896 kinds=block pages=0-1 ranks=186 count=1
file /var/lib/dpkg/info/grep.md5sums inode=871986 t=28012744896 kinds=block pages=0-1 ranks=187 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=872692 t=28012744896 kinds=block pages=0-1 ranks=188 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=872832 t=28084787896 kinds=block pages=0-30 ranks=189 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=873235 t=28084787896 kinds=block pages=0-1 ranks=190 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=873455 t=28084787896 kinds=block pages=0-3 ranks=191 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=873459 t=28084787896 kinds=block pages=0-5 ranks=192 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=873463 t=28084787896 kinds=block pages=0-2 ranks=193 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=873500 t=28084787896 kinds=block pages=0-3 ranks=194 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=873536 t=28084787896 kinds=block pages=0-37 ranks=195 count=1
file /var/lib/dpkg/info/libc6:amd64.templates inode=873548 t=28084787896 kinds=block pages=0-22 ranks=196 count=2
file /var/lib/dpkg/info/libcryptsetup12:amd64.symbols inode=873990 t=28112848896 kinds=block pages=0-1 ranks=197 count=1
file /var/lib/dpkg/info/libdevmapper1.02.1:amd64.symbols inode=874104 t=28112848896 kinds=block pages=0-4 ranks=198 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.symbols inode=874152 t=28112848896 kinds=block pages=0-6 ranks=199 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.symbols inode=874195 t=28112848896 kinds=block pages=0-3 ranks=200 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.symbols inode=874321 t=28112848896 kinds=block pages=0-1 ranks=201 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.symbols inode=874409 t=28112848896 kinds=block pages=0-1 ranks=202 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.symbols inode=874695 t=28112848896 kinds=block pages=0-16 ranks=203 count=1
file /var/lib/dpkg/info/libgpg-error0:amd64.symbols inode=874739 t=28112848896 kinds=block pages=0-1 ranks=204 count=1
file /var/lib/dpkg/info/libhogweed6:amd64.symbols inode=874780 t=28112848896 kinds=block pages=0-3 ranks=205 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.symbols inode=875233 t=28112848896 kinds=block pages=0-1 ranks=206 count=1
file /var/lib/dpkg/info/liblzma5:amd64.symbols inode=875687 t=28112848896 kinds=block pages=0-1 ranks=207 count=1
file /var/lib/dpkg/info/libmount1:amd64.symbols inode=875881 t=28112848896 kinds=block pages=0-3 ranks=208 count=1
file /var/lib/dpkg/info/libnettle8:amd64.symbols inode=875924 t=28112848896 kinds=block pages=0-5 ranks=209 count=1
file /var/lib/dpkg/info/libp11-kit0:amd64.symbols inode=875967 t=28112848896 kinds=block pages=0-1 ranks=210 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.list inode=876090 t=28112848896 kinds=block pages=0-1 ranks=211 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.md5sums inode=876093 t=28112848896 kinds=block pages=0-1 ranks=212 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.templates inode=876207 t=28112848896 kinds=block pages=0-6 ranks=213 count=1
file /var/lib/dpkg/info/libpam-runtime.list inode=876215 t=28112848896 kinds=block pages=0-2 ranks=214 count=1
file /var/lib/dpkg/info/libpam-runtime.md5sums inode=876219 t=28112848896 kinds=block pages=0-1 ranks=215 count=2
file /var/lib/dpkg/info/libpam-runtime.templates inode=876315 t=28162196896 kinds=block pages=0-8 ranks=216 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postinst inode=876375 t=28162196896 kinds=block pages=0-1 ranks=217 count=1
file /var/lib/dpkg/info/libpam0g:amd64.templates inode=876523 t=28162196896 kinds=block pages=0-8 ranks=218 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=28162196896 kinds=block pages=0-2 ranks=219 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=28162196896 kinds=block pages=0-4 ranks=220 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=28162196896 kinds=block pages=0-2 ranks=221 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=28162196896 kinds=block pages=0-1 ranks=222 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=28162196896 kinds=block pages=0-60 ranks=223 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=28162196896 kinds=block pages=0-101 ranks=224 count=2
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=28214295896 kinds=block pages=0-6 ranks=225 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=28214295896 kinds=block pages=0-3 ranks=226 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=28214295896 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=28214295896 kinds=block pages=0-5 ranks=228 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=28214295896 kinds=block pages=0-2 ranks=229 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=28214295896 kinds=block pages=0-2 ranks=230 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=28214295896 kinds=block pages=0-3 ranks=231 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=28214295896 kinds=block pages=0-4 ranks=232 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=28214295896 kinds=block pages=0-10 ranks=233 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=28214295896 kinds=block pages=0-13 ranks=234 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=28267265896 kinds=block pages=0-1 ranks=235 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=28267265896 kinds=block pages=0-9 ranks=236 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=28267265896 kinds=block pages=0-11 ranks=237 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=28267265896 kinds=block pages=0-1 ranks=238 count=2
file /var/lib/dpkg/info/tar.list inode=878829 t=28267265896 kinds=block pages=0-1 ranks=239 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=28267265896 kinds=block pages=0-1 ranks=240 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=28267265896 kinds=block pages=0-12 ranks=241 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=28267265896 kinds=block pages=0-15 ranks=242 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=28267265896 kinds=block pages=0-69 ranks=243 count=3
file /var/lib/dpkg/info/udev.list inode=879440 t=28313743896 kinds=block pages=0-1 ranks=244 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=28313743896 kinds=block pages=0-1 ranks=245 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=28313743896 kinds=block pages=0-2 ranks=246 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=28313743896 kinds=block pages=0-4 ranks=247 count=2
file /var/lib/dpkg/status inode=880133 t=28313743896 kinds=block pages=0-21 ranks=248 count=3
file /var/lib/dpkg/status-old inode=880141 t=28362335896 kinds=block pages=0-21 ranks=249 count=2
file /var/lib/systemd/catalog/database inode=880227 t=28362335896 kinds=block pages=0-52 ranks=250 count=3
file /var/log/bootstrap.log inode=880467 t=28362335896 kinds=block pages=0-15 ranks=251 count=2
file /var/log/dpkg.log inode=880476 t=28362335896 kinds=block pages=0-12 ranks=252 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=30259790896 kinds=block pages=0-30 ranks=254 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=30259790896 kinds=block pages=0-1 ranks=255 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=30259790896 kinds=block pages=0-6 ranks=256 count=1
file /usr/lib/lsb/init-functions inode=618725 t=34887035896 kinds=block pages=0-2 ranks=258 count=1
read t=16612391896 offset=0 len=4096
read t=16619113896 offset=4096 len=61440
read t=16746791896 offset=65536 len=131072
read t=16748525896 offset=196608 len=131072
read t=16758285896 offset=327680 len=131072
read t=16760987896 offset=458752 len=131072
read t=16806507896 offset=589824 len=131072
read t=16849200896 offset=720896 len=131072
read t=16902323896 offset=851968 len=118784
read t=16958895896 offset=970752 len=131072
read t=17023545896 offset=1101824 len=131072
read t=17060450896 offset=1232896 len=131072
read t=17144719896 offset=1363968 len=131072
read t=17211112896 offset=1495040 len=131072
read t=17253869896 offset=1626112 len=131072
read t=17347131896 offset=1757184 len=131072
read t=17379736896 offset=1888256 len=131072
read t=17387132896 offset=2019328 len=131072
read t=17400163896 offset=2150400 len=131072
read t=17460243896 offset=2281472 len=131072
read t=17508161896 offset=2412544 len=131072
read t=17554236896 offset=2543616 len=131072
read t=17599769896 offset=2674688 len=131072
read t=17657450896 offset=2805760 len=131072
read t=17701904896 offset=2936832 len=131072
read t=17752004896 offset=3067904 len=131072
read t=17805470896 offset=3198976 len=131072
read t=17855256896 offset=3330048 len=131072
read t=17901262896 offset=3461120 len=131072
read t=17948272896 offset=3592192 len=131072
read t=18020807896 offset=3723264 len=131072
read t=18072850896 offset=3854336 len=131072
read t=18107149896 offset=3985408 len=131072
read t=18152411896 offset=4116480 len=131072
read t=18202878896 offset=4247552 len=131072
read t=18248390896 offset=4378624 len=131072
read t=18303277896 offset=4509696 len=131072
read t=18351180896 offset=4640768 len=131072
read t=18398711896 offset=4771840 len=131072
read t=18448524896 offset=4902912 len=131072
read t=18497763896 offset=5033984 len=131072
read t=18549011896 offset=5165056 len=98304
read t=18598525896 offset=5263360 len=131072
read t=18649103896 offset=5394432 len=131072
read t=18698237896 offset=5525504 len=131072
read t=18757759896 offset=5656576 len=131072
read t=18798132896 offset=5787648 len=131072
read t=18848696896 offset=5918720 len=131072
read t=18898217896 offset=6049792 len=131072
read t=18948676896 offset=6180864 len=131072
read t=18998653896 offset=6311936 len=131072
read t=19060379896 offset=6443008 len=131072
read t=19098923896 offset=6574080 len=131072
read t=19358682896 offset=6705152 len=131072
read t=19364200896 offset=6836224 len=131072
read t=19364751896 offset=6967296 len=131072
read t=19365176896 offset=7098368 len=131072
read t=19410916896 offset=7229440 len=131072
read t=19460288896 offset=7360512 len=131072
read t=19510892896 offset=7491584 len=131072
read t=19559933896 offset=7622656 len=131072
read t=19629206896 offset=7753728 len=131072
read t=19660455896 offset=7884800 len=131072
read t=19712039896 offset=8015872 len=131072
read t=19760602896 offset=8146944 len=131072
read t=19811156896 offset=8278016 len=131072
read t=19868550896 offset=8409088 len=131072
read t=20060307896 offset=8540160 len=131072
read t=20061311896 offset=8671232 len=131072
read t=20061771896 offset=8802304 len=81920
read t=20067192896 offset=8884224 len=131072
read t=20112211896 offset=9015296 len=131072
read t=20162756896 offset=9146368 len=131072
read t=20212917896 offset=9277440 len=131072
read t=20262132896 offset=9408512 len=131072
read t=20313875896 offset=9539584 len=131072
read t=20387592896 offset=9670656 len=131072
read t=20463232896 offset=9801728 len=131072
read t=20463971896 offset=9932800 len=131072
read t=20512425896 offset=10063872 len=131072
read t=20562707896 offset=10194944 len=131072
read t=20614885896 offset=10326016 len=131072
read t=20665122896 offset=10457088 len=131072
read t=20714667896 offset=10588160 len=131072
read t=20765291896 offset=10719232 len=131072
read t=20812558896 offset=10850304 len=131072
read t=20865312896 offset=10981376 len=102400
read t=20914399896 offset=11083776 len=131072
read t=20963440896 offset=11214848 len=131072
read t=21012104896 offset=11345920 len=131072
read t=21062031896 offset=11476992 len=131072
read t=21112391896 offset=11608064 len=131072
read t=21161902896 offset=11739136 len=131072
read t=21223374896 offset=11870208 len=131072
read t=21263507896 offset=12001280 len=131072
read t=21313960896 offset=12132352 len=131072
read t=21362984896 offset=12263424 len=131072
read t=21411466896 offset=12394496 len=131072
read t=21462723896 offset=12525568 len=131072
read t=21512435896 offset=12656640 len=131072
read t=21562868896 offset=12787712 len=131072
read t=21611649896 offset=12918784 len=131072
read t=21664997896 offset=13049856 len=40960
read t=21712447896 offset=13090816 len=131072
read t=21762536896 offset=13221888 len=131072
read t=21815477896 offset=13352960 len=131072
read t=21862181896 offset=13484032 len=131072
read t=21912277896 offset=13615104 len=131072
read t=21962819896 offset=13746176 len=131072
read t=22012176896 offset=13877248 len=131072
read t=22075364896 offset=14008320 len=131072
read t=22112213896 offset=14139392 len=131072
read t=22162946896 offset=14270464 len=131072
read t=22212396896 offset=14401536 len=131072
read t=22262803896 offset=14532608 len=131072
read t=22311145896 offset=14663680 len=131072
read t=22368261896 offset=14794752 len=131072
read t=22412429896 offset=14925824 len=131072
read t=22462294896 offset=15056896 len=131072
read t=22512810896 offset=15187968 len=131072
read t=22563077896 offset=15319040 len=131072
read t=22612375896 offset=15450112 len=131072
read t=22661651896 offset=15581184 len=131072
read t=22714930896 offset=15712256 len=131072
read t=22766249896 offset=15843328 len=131072
read t=22812886896 offset=15974400 len=131072
read t=22863450896 offset=16105472 len=131072
read t=22912485896 offset=16236544 len=131072
read t=22966091896 offset=16367616 len=131072
read t=23012902896 offset=16498688 len=131072
read t=23062686896 offset=16629760 len=131072
read t=23112788896 offset=16760832 len=131072
read t=23162609896 offset=16891904 len=131072
read t=23211199896 offset=17022976 len=131072
read t=23266750896 offset=17154048 len=90112
read t=23318136896 offset=17244160 len=131072
read t=23362167896 offset=17375232 len=131072
read t=23412476896 offset=17506304 len=131072
read t=23462838896 offset=17637376 len=131072
read t=23512718896 offset=17768448 len=131072
read t=23564269896 offset=17899520 len=131072
read t=23612135896 offset=18030592 len=131072
read t=23662212896 offset=18161664 len=131072
read t=23712130896 offset=18292736 len=131072
read t=23762707896 offset=18423808 len=131072
read t=23812781896 offset=18554880 len=131072
read t=23874936896 offset=18685952 len=131072
read t=23912770896 offset=18817024 len=131072
read t=23962662896 offset=18948096 len=131072
read t=24012693896 offset=19079168 len=131072
read t=24062359896 offset=19210240 len=131072
read t=24212063896 offset=19341312 len=16384
read t=24217675896 offset=19357696 len=131072
read t=24345684896 offset=19488768 len=131072
read t=24348118896 offset=19619840 len=131072
read t=24350588896 offset=19750912 len=131072
read t=24362583896 offset=19881984 len=131072
read t=24411607896 offset=20013056 len=131072
read t=24474876896 offset=20144128 len=131072
read t=24512053896 offset=20275200 len=131072
read t=24562098896 offset=20406272 len=131072
read t=24611895896 offset=20537344 len=131072
read t=24662252896 offset=20668416 len=131072
read t=24715617896 offset=20799488 len=131072
read t=24761418896 offset=20930560 len=131072
read t=24811329896 offset=21061632 len=131072
read t=24863024896 offset=21192704 len=131072
read t=24914731896 offset=21323776 len=131072
read t=24962922896 offset=21454848 len=114688
read t=25012244896 offset=21569536 len=131072
read t=25063006896 offset=21700608 len=131072
read t=25112743896 offset=21831680 len=131072
read t=25162859896 offset=21962752 len=131072
read t=25212721896 offset=22093824 len=131072
read t=25267018896 offset=22224896 len=131072
read t=25312521896 offset=22355968 len=131072
read t=25366895896 offset=22487040 len=131072
read t=25412285896 offset=22618112 len=131072
read t=25461797896 offset=22749184 len=131072
read t=25531534896 offset=22880256 len=131072
read t=25594047896 offset=23011328 len=131072
read t=25620757896 offset=23142400 len=131072
read t=25671878896 offset=23273472 len=131072
read t=25715876896 offset=23404544 len=131072
read t=25766736896 offset=23535616 len=131072
read t=25844192896 offset=23666688 len=28672
read t=25874945896 offset=23695360 len=131072
read t=25912456896 offset=23826432 len=131072
read t=25966986896 offset=23957504 len=131072
read t=26012732896 offset=24088576 len=131072
read t=26062130896 offset=24219648 len=131072
read t=26112317896 offset=24350720 len=131072
read t=26161695896 offset=24481792 len=131072
read t=26220227896 offset=24612864 len=131072
read t=26263713896 offset=24743936 len=131072
read t=26311382896 offset=24875008 len=131072
read t=26363601896 offset=25006080 len=131072
read t=26412447896 offset=25137152 len=131072
read t=26463379896 offset=25268224 len=131072
read t=26512339896 offset=25399296 len=131072
read t=26563609896 offset=25530368 len=131072
read t=26611629896 offset=25661440 len=131072
read t=26666708896 offset=25792512 len=131072
read t=26711954896 offset=25923584 len=131072
read t=26761755896 offset=26054656 len=131072
read t=26815933896 offset=26185728 len=131072
read t=26863665896 offset=26316800 len=131072
read t=26914593896 offset=26447872 len=131072
read t=26981868896 offset=26578944 len=131072
read t=27012136896 offset=26710016 len=131072
read t=27062862896 offset=26841088 len=131072
read t=27114823896 offset=26972160 len=131072
read t=27168908896 offset=27103232 len=131072
read t=27214361896 offset=27234304 len=131072
read t=27276570896 offset=27365376 len=131072
read t=27312867896 offset=27496448 len=131072
read t=27362398896 offset=27627520 len=131072
read t=27412371896 offset=27758592 len=131072
read t=27461532896 offset=27889664 len=131072
read t=27513150896 offset=28020736 len=40960
read t=27562312896 offset=28061696 len=114688
read t=27612367896 offset=250437632 len=131072
read t=27666077896 offset=250568704 len=131072
read t=27712360896 offset=250699776 len=131072
read t=27762312896 offset=250830848 len=131072
read t=27812222896 offset=250961920 len=131072
read t=27865600896 offset=251092992 len=131072
read t=27912232896 offset=251224064 len=131072
read t=27963103896 offset=251355136 len=131072
read t=28012744896 offset=251486208 len=131072
read t=28084787896 offset=251617280 len=131072
read t=28112848896 offset=251748352 len=131072
read t=28162196896 offset=251879424 len=131072
read t=28214295896 offset=252010496 len=131072
read t=28267265896 offset=252141568 len=131072
read t=28313743896 offset=252272640 len=131072
read t=28362335896 offset=252403712 len=131072
read t=30255724896 offset=218050560 len=4096
read t=30258630896 offset=218054656 len=16384
read t=30259231896 offset=218071040 len=32768
read t=30259790896 offset=218103808 len=65536
read t=34885084896 offset=39849984 len=4096
read t=34887035896 offset=39854080 len=16384
read t=51892174896 offset=193662976 len=4096
read t=51898765896 offset=193667072 len=16384
read t=51899650896 offset=193683456 len=32768
read t=53056224896 offset=61440 len=4096
read t=53106557896 offset=192512 len=4096
read t=53156174896 offset=454656 len=4096
read t=53206317896 offset=978944 len=4096
read t=53259086896 offset=2027520 len=4096
read t=53308744896 offset=4124672 len=4096
read t=53707316896 offset=0 len=61440
read t=53788291896 offset=65536 len=126976
read t=53811891896 offset=196608 len=131072
read t=53859716896 offset=327680 len=126976
read t=53911949896 offset=252112896 len=131072
read t=53959790896 offset=252243968 len=131072
read t=54029747896 offset=252375040 len=131072
read t=54102386896 offset=252506112 len=28672
end files=245 reads=260
