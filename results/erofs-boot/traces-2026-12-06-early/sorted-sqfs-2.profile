liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145764384 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=5f86403d4372e91a74856647f36de5b33e07ad89201256faecad29c803b975b5
events 365
dropped 0
boots 1
duration_ns 44286680588
file /usr/bin/addpart inode=268 t=13046849234 kinds=fragment-inferred,block pages=0-7 ranks=0 count=3
file /usr/bin/apt inode=269 t=13046849234 kinds=fragment-inferred,block pages=0-4 ranks=1 count=3
file /usr/lib/systemd/systemd inode=5910 t=13818198234 kinds=fragment-inferred,block pages=0-22 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=13868108234 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=3,6,54,72,65,7 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=14267390234 kinds=block pages=0-52 ranks=4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=14317472234 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=5,13,56,55,57,14 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=14667493234 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=8,10,73,71,70,69,68,64,9 count=15
file /etc/ld.so.cache inode=100 t=15117650234 kinds=fragment-inferred,block pages=0-1 ranks=11 count=1
file /usr/bin/dash inode=306 t=15117650234 kinds=fragment-inferred,block pages=0-30 ranks=12 count=1
file /usr/bin/touch inode=536 t=15367785234 kinds=fragment-inferred,block pages=0-26 ranks=15 count=1
file /usr/sbin/switch_root inode=7455 t=15367785234 kinds=fragment-inferred,block pages=0-4 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=15418012234 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=15418012234 kinds=fragment-inferred,block pages=0-16 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=15418012234 kinds=fragment-inferred,block pages=0-31 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=15467597234 kinds=fragment-inferred,block pages=0-27 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=15467597234 kinds=fragment-inferred,block pages=0-9 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=15467597234 kinds=fragment-inferred,block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=15517502234 kinds=block pages=0-42 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=15517502234 kinds=block pages=0-98 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=15573293234 kinds=block pages=0-31,32-63,64-86 ranks=25,63,26 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=15767466234 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=15767466234 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=15767466234 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=15767466234 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=15767466234 kinds=fragment-inferred,block pages=0-1 ranks=31 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=15767466234 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=15767466234 kinds=fragment-inferred,block pages=0-7 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=15767466234 kinds=fragment-inferred,block pages=0-11 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=15767466234 kinds=fragment-inferred,block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=15817419234 kinds=block pages=0-50 ranks=36 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=15817419234 kinds=block pages=0-159,160-223,224-287,288-325 ranks=37,62,236,38 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=16067391234 kinds=block pages=0-36 ranks=39 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=16117395234 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=40,61,66,232,67,60,41 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=16367380234 kinds=block pages=0-127,128-159,160-186 ranks=42,59,43 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=16617510234 kinds=block pages=0-46 ranks=44 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=16671176234 kinds=block pages=0-127,128-191,192-222 ranks=45,58,46 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=16917395234 kinds=block pages=0-95,96-127,128-153 ranks=47,51,48 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=17167420234 kinds=block pages=0-38 ranks=49 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=17167420234 kinds=block pages=0-31,32-171 ranks=50,52 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=17319360234 kinds=block pages=0-63,64-287,288-308 ranks=53,77,231 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=20867505234 kinds=block pages=0-186 ranks=74 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=20967375234 kinds=fragment-inferred,block pages=0-26 ranks=75 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=20967375234 kinds=fragment-inferred,block pages=0-27 ranks=76 count=1
file /etc/hostname inode=90 t=21117446234 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /etc/machine-id inode=112 t=21117446234 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /etc/systemd/system.conf inode=213 t=21117446234 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=21117446234 kinds=fragment-inferred,block pages=0-8 ranks=81 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=21117446234 kinds=fragment-inferred,block pages=0-15 ranks=82 count=1
file /usr/lib/os-release inode=5577 t=21117446234 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=21117446234 kinds=fragment-inferred,block pages=0 ranks=84 count=1
file /usr/bin/kmod inode=384 t=21217423234 kinds=block pages=0-43 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=21217423234 kinds=fragment-inferred,block pages=0-8 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=21217423234 kinds=fragment-inferred,block pages=0-3 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=21217423234 kinds=fragment-inferred,block pages=0-10 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=21217423234 kinds=fragment-inferred,block pages=0-5 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=21267335234 kinds=fragment-inferred,block pages=0-7 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=21267335234 kinds=fragment-inferred,block pages=0-3 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=21267335234 kinds=fragment-inferred,block pages=0-5 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=21267335234 kinds=fragment-inferred,block pages=0-3 ranks=93 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=21267335234 kinds=fragment-inferred,block pages=0-3 ranks=94 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=21267335234 kinds=fragment-inferred,block pages=0-3 ranks=95 count=1
file /etc/fstab inode=83 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=21267335234 kinds=fragment-inferred,block pages=0-7 ranks=191 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=21267335234 kinds=fragment-inferred,block pages=0-7 ranks=192 count=1
file /usr/bin/mount inode=423 t=21267335234 kinds=fragment-inferred,block pages=0-14 ranks=193 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=21267335234 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=21267335234 kinds=fragment-inferred,block pages=0-6 ranks=229 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=21267335234 kinds=block pages=0-31,32-86 ranks=230,233 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=22240369234 kinds=fragment-inferred,block pages=0-28 ranks=234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=22240369234 kinds=block pages=0-105 ranks=235 count=1
file /etc/modules inode=115 t=25269108234 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /etc/systemd/journald.conf inode=189 t=25269108234 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /etc/udev/udev.conf inode=223 t=25269108234 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=25269108234 kinds=fragment-inferred,block pages=0-3 ranks=240 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=25269108234 kinds=fragment-inferred,block pages=0-4 ranks=241 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=25269108234 kinds=fragment-inferred,block pages=0-5 ranks=242 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=25269108234 kinds=fragment-inferred,block pages=0-4 ranks=243 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=25269108234 kinds=fragment-inferred,block pages=0-5 ranks=244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=25269108234 kinds=block pages=0-100 ranks=245 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=25670800234 kinds=block pages=0-41 ranks=246 count=1
file /usr/bin/udevadm inode=546 t=25670800234 kinds=block pages=0-31,32-95,96-255,256-287,288-330 ranks=247,258,261,259,248 count=6
file /etc/group inode=85 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /etc/nsswitch.conf inode=120 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /etc/passwd inode=141 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/bin/systemd-sysusers inode=520 t=26130521234 kinds=fragment-inferred,block pages=0-15 ranks=252 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=26130521234 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/bin/journalctl inode=382 t=26353440234 kinds=fragment-inferred,block pages=0-18 ranks=260 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=27451582234 kinds=fragment-inferred,block pages=0-27 ranks=262 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=27451582234 kinds=fragment-inferred,block pages=0-4 ranks=283 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=27451582234 kinds=fragment-inferred,block pages=0-3 ranks=284 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=27451582234 kinds=fragment-inferred,block pages=0-1 ranks=286 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=27451582234 kinds=fragment-inferred,block pages=0-1 ranks=287 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=27451582234 kinds=fragment-inferred,block pages=0-2 ranks=300 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=27451582234 kinds=fragment-inferred,block pages=0-1 ranks=317 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=27451582234 kinds=fragment-inferred,block pages=0 ranks=324 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=27451582234 kinds=fragment-inferred,block pages=0-1 ranks=325 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=27451582234 kinds=block pages=0-447,960-991,992-1087,1088-1279,1728-1919,1920-1951,1952-2015,2016-2175,2176-2303,2464-2623,2624-2655,2656-2751,2752-2911,2912-3007,3008-3039,3040-3071,3072-3135,3136-3178 ranks=326,357,352,339,351,349,332,334,353,331,341,336,338,355,354,356,358,350 count=27
file /usr/bin/systemctl inode=495 t=34732145234 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=327,333,335,340,337,328 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=34928802234 kinds=fragment-inferred,block pages=0-21 ranks=329 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=34928802234 kinds=fragment-inferred,block pages=0 ranks=330 count=1
file /usr/bin/apt-cache inode=270 t=36809568234 kinds=fragment-inferred,block pages=0-21 ranks=342 count=2
file /usr/bin/apt-cdrom inode=271 t=36809568234 kinds=fragment-inferred,block pages=0-5 ranks=343 count=2
file /usr/bin/apt-config inode=272 t=36809568234 kinds=fragment-inferred,block pages=0-6 ranks=344 count=4
file /usr/bin/apt-get inode=273 t=36809568234 kinds=fragment-inferred,block pages=0-12 ranks=345 count=4
file /usr/bin/apt-key inode=274 t=36809568234 kinds=fragment-inferred,block pages=0-6 ranks=346 count=4
file /usr/bin/apt-mark inode=275 t=36809568234 kinds=fragment-inferred,block pages=0-14 ranks=347 count=2
file /usr/bin/arch inode=276 t=36809568234 kinds=fragment-inferred,block pages=0-10 ranks=348 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=38273342234 kinds=fragment-inferred,block pages=0-6 ranks=359 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=38273342234 kinds=fragment-inferred,block pages=0-19 ranks=360 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=38361155234 kinds=fragment-inferred,block pages=0-12 ranks=361 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=38361155234 kinds=fragment-inferred,block pages=0-2 ranks=362 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=38361155234 kinds=fragment-inferred,block pages=0-3 ranks=363 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=38361155234 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=38561504234 kinds=fragment-inferred,block pages=0-7 ranks=365 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=38561504234 kinds=fragment-inferred,block pages=0-13 ranks=366 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=38561504234 kinds=fragment-inferred,block pages=0-8 ranks=367 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=38616760234 kinds=block pages=0-46 ranks=368 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=38663772234 kinds=fragment-inferred,block pages=0-11 ranks=369 count=1
file /usr/lib/udev/ata_id inode=6065 t=38663772234 kinds=fragment-inferred,block pages=0-16 ranks=370 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=38711052234 kinds=block pages=0-95 ranks=371 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=38711052234 kinds=block pages=0-63,64-580 ranks=372,407 count=5
file /usr/bin/b2sum inode=278 t=38870937234 kinds=fragment-inferred,block pages=0-14 ranks=373 count=2
file /usr/bin/base32 inode=279 t=38870937234 kinds=fragment-inferred,block pages=0-11 ranks=374 count=2
file /usr/bin/base64 inode=280 t=38870937234 kinds=fragment-inferred,block pages=0-11 ranks=375 count=2
file /usr/bin/basename inode=281 t=38870937234 kinds=fragment-inferred,block pages=0-10 ranks=376 count=2
file /usr/bin/basenc inode=282 t=38870937234 kinds=fragment-inferred,block pages=0-13 ranks=377 count=3
file /usr/bin/bashbug inode=284 t=38870937234 kinds=fragment-inferred,block pages=0-1 ranks=378 count=3
file /usr/bin/busctl inode=285 t=38870937234 kinds=fragment-inferred,block pages=0-22 ranks=379 count=3
file /usr/bin/chattr inode=289 t=38911435234 kinds=fragment-inferred,block pages=0-3 ranks=380 count=2
file /usr/bin/chcon inode=290 t=38911435234 kinds=fragment-inferred,block pages=0-16 ranks=381 count=2
file /usr/bin/chfn inode=291 t=38961337234 kinds=fragment-inferred,block pages=0-15 ranks=382 count=2
file /usr/bin/chgrp inode=292 t=38961337234 kinds=fragment-inferred,block pages=0-16 ranks=383 count=2
file /usr/bin/chmod inode=293 t=38961337234 kinds=fragment-inferred,block pages=0-15 ranks=384 count=3
file /usr/bin/choom inode=294 t=38961337234 kinds=fragment-inferred,block pages=0-13 ranks=385 count=3
file /usr/bin/chown inode=295 t=39011498234 kinds=fragment-inferred,block pages=0-17 ranks=386 count=2
file /usr/bin/chrt inode=296 t=39011498234 kinds=fragment-inferred,block pages=0-16 ranks=387 count=2
file /usr/bin/chsh inode=297 t=39011498234 kinds=fragment-inferred,block pages=0-12 ranks=388 count=2
file /usr/bin/cksum inode=298 t=39011498234 kinds=block pages=0-34 ranks=389 count=3
file /usr/bin/clear inode=299 t=39110402234 kinds=fragment-inferred,block pages=0-3 ranks=390 count=1
file /usr/bin/clear_console inode=300 t=39110402234 kinds=fragment-inferred,block pages=0-3 ranks=391 count=1
file /usr/bin/cmp inode=301 t=39110402234 kinds=fragment-inferred,block pages=0-12 ranks=392 count=1
file /usr/bin/comm inode=302 t=39110402234 kinds=fragment-inferred,block pages=0-11 ranks=393 count=1
file /usr/bin/cp inode=303 t=39110402234 kinds=block pages=0-36 ranks=394 count=1
file /usr/bin/csplit inode=304 t=39161430234 kinds=fragment-inferred,block pages=0-29 ranks=395 count=1
file /usr/bin/cut inode=305 t=39161430234 kinds=fragment-inferred,block pages=0-11 ranks=396 count=1
file /usr/bin/date inode=307 t=39161430234 kinds=fragment-inferred,block pages=0-29 ranks=397 count=1
file /usr/bin/dd inode=308 t=39161430234 kinds=fragment-inferred,block pages=0-21 ranks=398 count=1
file /usr/bin/deb-systemd-helper inode=309 t=39161430234 kinds=fragment-inferred,block pages=0-5 ranks=399 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=39161430234 kinds=fragment-inferred,block pages=0-1 ranks=400 count=1
file /usr/bin/debconf inode=311 t=39161430234 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /usr/bin/bash inode=283 t=39561406234 kinds=block pages=0-31,32-223,224-308 ranks=411,416,402 count=6
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=39661416234 kinds=block pages=0-49 ranks=403 count=3
file /usr/bin/sleep inode=486 t=39712755234 kinds=fragment-inferred,block pages=0-10 ranks=404 count=2
file /usr/lib/udev/dmi_memory_id inode=6067 t=40515256234 kinds=fragment-inferred,block pages=0-18 ranks=405 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=40516205234 kinds=block pages=0-63 ranks=406 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=41315664234 kinds=block pages=0-97 ranks=408 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=41315664234 kinds=fragment-inferred,block pages=0-14 ranks=409 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=41315664234 kinds=fragment-inferred,block pages=0-16 ranks=410 count=1
file /etc/e2scrub.conf inode=81 t=43288966234 kinds=fragment-inferred,block pages=0 ranks=412 count=1
file /usr/bin/cat inode=287 t=43288966234 kinds=fragment-inferred,block pages=0-10 ranks=413 count=1
file /usr/bin/readlink inode=454 t=43288966234 kinds=fragment-inferred,block pages=0-12 ranks=414 count=1
file /usr/sbin/e2scrub_all inode=7374 t=43288966234 kinds=fragment-inferred,block pages=0-1 ranks=415 count=1
read t=13046849234 offset=0 len=16384
read t=13101469234 offset=145764352 len=4096
read t=13106961234 offset=145760256 len=4096
read t=13123406234 offset=145743872 len=4096
read t=13168937234 offset=145612800 len=4096
read t=13254234234 offset=145731584 len=4096
read t=13313672234 offset=145604608 len=4096
read t=13317959234 offset=145608704 len=4096
read t=13370656234 offset=145616896 len=8192
read t=13417453234 offset=145723392 len=4096
read t=13469244234 offset=145727488 len=4096
read t=13517356234 offset=145735680 len=8192
read t=13570552234 offset=145559552 len=4096
read t=13617749234 offset=145563648 len=16384
read t=13773591234 offset=145719296 len=4096
read t=13781802234 offset=133287936 len=4096
read t=13782412234 offset=133292032 len=16384
read t=13818198234 offset=133308416 len=32768
read t=13868108234 offset=133341184 len=65536
read t=13917475234 offset=145600512 len=4096
read t=13968376234 offset=145666048 len=4096
read t=14017777234 offset=145670144 len=16384
read t=14069560234 offset=145555456 len=4096
read t=14123259234 offset=132333568 len=4096
read t=14170808234 offset=132337664 len=16384
read t=14217647234 offset=132354048 len=32768
read t=14267390234 offset=132386816 len=65536
read t=14317472234 offset=132452352 len=131072
read t=14372677234 offset=145707008 len=4096
read t=14417757234 offset=145711104 len=8192
read t=14471741234 offset=133406720 len=131072
read t=14517683234 offset=133931008 len=4096
read t=14572935234 offset=133935104 len=16384
read t=14621249234 offset=133951488 len=32768
read t=14667493234 offset=133984256 len=65536
read t=14717414234 offset=134049792 len=131072
read t=14767494234 offset=135254016 len=4096
read t=14817596234 offset=135258112 len=16384
read t=14867615234 offset=135274496 len=32768
read t=14917958234 offset=134180864 len=131072
read t=14967341234 offset=132276224 len=4096
read t=15018144234 offset=132280320 len=16384
read t=15068566234 offset=132296704 len=32768
read t=15117650234 offset=132329472 len=4096
read t=15175057234 offset=132583424 len=131072
read t=15217476234 offset=133218304 len=4096
read t=15268452234 offset=133222400 len=16384
read t=15320304234 offset=133238784 len=32768
read t=15367785234 offset=133271552 len=16384
read t=15418012234 offset=135307264 len=73728
read t=15467597234 offset=135380992 len=131072
read t=15517502234 offset=135512064 len=131072
read t=15573293234 offset=135643136 len=131072
read t=15644970234 offset=135819264 len=4096
read t=15670897234 offset=135823360 len=16384
read t=15717774234 offset=135839744 len=32768
read t=15767466234 offset=135872512 len=65536
read t=15817419234 offset=135938048 len=131072
read t=15867576234 offset=136069120 len=131072
read t=15917565234 offset=136417280 len=4096
read t=15967512234 offset=136421376 len=16384
read t=16017881234 offset=136437760 len=32768
read t=16067391234 offset=136470528 len=65536
read t=16117395234 offset=136536064 len=131072
read t=16167606234 offset=136667136 len=131072
read t=16217485234 offset=138260480 len=4096
read t=16267648234 offset=138264576 len=16384
read t=16317654234 offset=138280960 len=32768
read t=16367380234 offset=138313728 len=65536
read t=16417381234 offset=138379264 len=131072
read t=16467422234 offset=138534912 len=4096
read t=16517528234 offset=138539008 len=16384
read t=16567582234 offset=138555392 len=32768
read t=16617510234 offset=138588160 len=65536
read t=16671176234 offset=138653696 len=131072
read t=16717565234 offset=138784768 len=131072
read t=16767560234 offset=139063296 len=4096
read t=16817689234 offset=139067392 len=16384
read t=16867686234 offset=139083776 len=32768
read t=16917395234 offset=139116544 len=65536
read t=16967503234 offset=139182080 len=131072
read t=17017455234 offset=139317248 len=4096
read t=17067565234 offset=139321344 len=16384
read t=17117801234 offset=139337728 len=32768
read t=17167420234 offset=139370496 len=65536
read t=17217398234 offset=139313152 len=4096
read t=17270983234 offset=139436032 len=8192
read t=17319360234 offset=139444224 len=131072
read t=17367457234 offset=133537792 len=131072
read t=17417507234 offset=132734976 len=4096
read t=17467562234 offset=132739072 len=16384
read t=17517744234 offset=132755456 len=32768
read t=17567326234 offset=132788224 len=65536
read t=17617387234 offset=132853760 len=131072
read t=17667410234 offset=132714496 len=16384
read t=17717699234 offset=132730880 len=4096
read t=17776797234 offset=132984832 len=16384
read t=17817826234 offset=133001216 len=32768
read t=17867763234 offset=133033984 len=65536
read t=17921352234 offset=133099520 len=118784
read t=17984584234 offset=138915840 len=131072
read t=18022626234 offset=139046912 len=16384
read t=18067441234 offset=138510336 len=24576
read t=18122561234 offset=138199040 len=4096
read t=18167586234 offset=138203136 len=16384
read t=18217699234 offset=138219520 len=32768
read t=18267324234 offset=138252288 len=8192
read t=18317427234 offset=136798208 len=131072
read t=18367457234 offset=136200192 len=131072
read t=18417655234 offset=135774208 len=16384
read t=18467539234 offset=135790592 len=28672
read t=18539625234 offset=135221248 len=4096
read t=18567573234 offset=135225344 len=16384
read t=18617732234 offset=135241728 len=12288
read t=18698628234 offset=133894144 len=4096
read t=18717588234 offset=133898240 len=16384
read t=18769149234 offset=133914624 len=16384
read t=18896992234 offset=137404416 len=4096
read t=18901013234 offset=137408512 len=16384
read t=18917749234 offset=137424896 len=32768
read t=18968960234 offset=137457664 len=65536
read t=19017427234 offset=137523200 len=131072
read t=19068989234 offset=137654272 len=131072
read t=19120985234 offset=137965568 len=4096
read t=19167684234 offset=137969664 len=16384
read t=19218008234 offset=137986048 len=32768
read t=19267371234 offset=138018816 len=65536
read t=19317544234 offset=138084352 len=114688
read t=19367506234 offset=145494016 len=4096
read t=19418057234 offset=145498112 len=16384
read t=19471352234 offset=134598656 len=4096
read t=19517653234 offset=134602752 len=16384
read t=19567575234 offset=134619136 len=32768
read t=19617394234 offset=134651904 len=65536
read t=19667467234 offset=134717440 len=131072
read t=19717416234 offset=134848512 len=131072
read t=19777143234 offset=134979584 len=131072
read t=19819802234 offset=135110656 len=110592
read t=19869869234 offset=134533120 len=4096
read t=19917650234 offset=134537216 len=16384
read t=19967643234 offset=134553600 len=32768
read t=20017414234 offset=134586368 len=12288
read t=20071277234 offset=134475776 len=4096
read t=20117600234 offset=134479872 len=16384
read t=20167603234 offset=134496256 len=32768
read t=20217312234 offset=134529024 len=4096
read t=20282787234 offset=134344704 len=4096
read t=20317585234 offset=134348800 len=16384
read t=20367612234 offset=134365184 len=32768
read t=20417418234 offset=134397952 len=65536
read t=20467312234 offset=134463488 len=12288
read t=20552826234 offset=133668864 len=16384
read t=20567657234 offset=133685248 len=32768
read t=20617654234 offset=133718016 len=65536
read t=20682697234 offset=133783552 len=110592
read t=20808974234 offset=134311936 len=32768
read t=20862485234 offset=139714560 len=4096
read t=20863144234 offset=139718656 len=16384
read t=20867505234 offset=139735040 len=32768
read t=20917337234 offset=139767808 len=65536
read t=20967375234 offset=139833344 len=131072
read t=21017495234 offset=145747968 len=12288
read t=21067533234 offset=139575296 len=131072
read t=21117446234 offset=139964416 len=16384
read t=21167742234 offset=139980800 len=32768
read t=21217423234 offset=140013568 len=65536
read t=21267335234 offset=140079104 len=131072
read t=21317456234 offset=139706368 len=8192
read t=21376883234 offset=137834496 len=4096
read t=21417573234 offset=137838592 len=16384
read t=21468107234 offset=137854976 len=32768
read t=21517392234 offset=137887744 len=65536
read t=21567383234 offset=137953280 len=12288
read t=22021489234 offset=145547264 len=4096
read t=22031050234 offset=145551360 len=4096
read t=22240369234 offset=140210176 len=131072
read t=23015903234 offset=136331264 len=16384
read t=23018919234 offset=136347648 len=32768
read t=23103343234 offset=136380416 len=36864
read t=23728083234 offset=145657856 len=4096
read t=23728642234 offset=145661952 len=4096
read t=25114848234 offset=145686528 len=20480
read t=25269108234 offset=140341248 len=131072
read t=25670800234 offset=140472320 len=131072
read t=26129543234 offset=141012992 len=4096
read t=26130056234 offset=141017088 len=16384
read t=26130521234 offset=141033472 len=32768
read t=26213524234 offset=140603392 len=131072
read t=26227029234 offset=140972032 len=4096
read t=26231078234 offset=140976128 len=16384
read t=26283194234 offset=140992512 len=20480
read t=26353440234 offset=141066240 len=24576
read t=26383020234 offset=140734464 len=131072
read t=26455453234 offset=140865536 len=106496
read t=26505144234 offset=141090816 len=36864
read t=27451582234 offset=141127680 len=131072
read t=29384328234 offset=141258752 len=131072
read t=32568800234 offset=145580032 len=20480
read t=34723073234 offset=143273984 len=4096
read t=34731069234 offset=143278080 len=16384
read t=34732145234 offset=143294464 len=32768
read t=34732647234 offset=143327232 len=65536
read t=34774516234 offset=143810560 len=4096
read t=34825195234 offset=143814656 len=16384
read t=34881685234 offset=143831040 len=32768
read t=34928802234 offset=143863808 len=65536
read t=35141205234 offset=142512128 len=4096
read t=35146971234 offset=142516224 len=16384
read t=35147721234 offset=142532608 len=32768
read t=35149866234 offset=142565376 len=65536
read t=35195440234 offset=142630912 len=131072
read t=35242776234 offset=142225408 len=4096
read t=35292754234 offset=142229504 len=16384
read t=35343258234 offset=142245888 len=32768
read t=35393098234 offset=143392768 len=131072
read t=35443447234 offset=142278656 len=73728
read t=35494256234 offset=16384 len=32768
read t=35546725234 offset=143523840 len=131072
read t=35600895234 offset=142766080 len=4096
read t=35643044234 offset=142770176 len=16384
read t=35693989234 offset=142786560 len=32768
read t=35749259234 offset=142819328 len=65536
read t=35797970234 offset=145633280 len=4096
read t=35843865234 offset=143773696 len=4096
read t=35894103234 offset=143777792 len=16384
read t=35943644234 offset=143794176 len=16384
read t=36008397234 offset=142884864 len=131072
read t=36044332234 offset=145637376 len=4096
read t=36094810234 offset=141746176 len=4096
read t=36145860234 offset=141750272 len=16384
read t=36194883234 offset=141766656 len=32768
read t=36242519234 offset=145465344 len=4096
read t=36304643234 offset=145420288 len=4096
read t=36429152234 offset=145391616 len=4096
read t=36558617234 offset=141799424 len=65536
read t=36586825234 offset=143654912 len=118784
read t=36590884234 offset=145301504 len=4096
read t=36632721234 offset=145268736 len=4096
read t=36640939234 offset=145260544 len=4096
read t=36667212234 offset=145281024 len=4096
read t=36711504234 offset=144187392 len=4096
read t=36764087234 offset=142761984 len=4096
read t=36809568234 offset=49152 len=73728
read t=36860695234 offset=142209024 len=4096
read t=36909678234 offset=142213120 len=12288
read t=36967570234 offset=143212544 len=4096
read t=37010745234 offset=143216640 len=16384
read t=37060961234 offset=143233024 len=32768
read t=37116930234 offset=143265792 len=8192
read t=37160357234 offset=142106624 len=4096
read t=37209830234 offset=142110720 len=16384
read t=37260722234 offset=142127104 len=32768
read t=37310407234 offset=142159872 len=49152
read t=37362597234 offset=141697024 len=4096
read t=37413977234 offset=141701120 len=16384
read t=37460547234 offset=141717504 len=28672
read t=37513044234 offset=131072 len=4096
read t=37566870234 offset=142352384 len=69632
read t=37611019234 offset=262144 len=4096
read t=37689092234 offset=524288 len=4096
read t=37711336234 offset=143069184 len=4096
read t=37760726234 offset=143073280 len=16384
read t=37810658234 offset=143089664 len=32768
read t=37860465234 offset=143015936 len=53248
read t=37910481234 offset=143122432 len=24576
read t=37960357234 offset=1048576 len=4096
read t=38011061234 offset=141680640 len=4096
read t=38060576234 offset=141684736 len=12288
read t=38115107234 offset=143147008 len=65536
read t=38166343234 offset=2097152 len=4096
read t=38213483234 offset=4194304 len=4096
read t=38273342234 offset=143929344 len=16384
read t=38313752234 offset=144039936 len=4096
read t=38361155234 offset=144044032 len=16384
read t=38430687234 offset=144060416 len=32768
read t=38461261234 offset=143970304 len=4096
read t=38513475234 offset=143974400 len=16384
read t=38561504234 offset=143990784 len=32768
read t=38616760234 offset=144023552 len=16384
read t=38663772234 offset=143945728 len=24576
read t=38711052234 offset=144093184 len=94208
read t=38778966234 offset=144191488 len=106496
read t=38810533234 offset=122880 len=8192
read t=38870937234 offset=135168 len=118784
read t=38911435234 offset=253952 len=8192
read t=38961337234 offset=266240 len=118784
read t=39011498234 offset=385024 len=131072
read t=39061825234 offset=516096 len=8192
read t=39110402234 offset=528384 len=118784
read t=39161430234 offset=647168 len=131072
read t=39214317234 offset=145227776 len=4096
read t=39262412234 offset=145231872 len=16384
read t=39309618234 offset=145248256 len=12288
read t=39361353234 offset=145264640 len=4096
read t=39477540234 offset=145272832 len=8192
read t=39486222234 offset=145285120 len=16384
read t=39513407234 offset=145305600 len=40960
read t=39561406234 offset=145346560 len=45056
read t=39611089234 offset=145395712 len=24576
read t=39661416234 offset=145424384 len=40960
read t=39712755234 offset=145469440 len=24576
read t=39761436234 offset=145514496 len=32768
read t=39810948234 offset=145625088 len=8192
read t=39861665234 offset=145641472 len=16384
read t=40511428234 offset=144596992 len=4096
read t=40514793234 offset=144601088 len=16384
read t=40515256234 offset=144617472 len=32768
read t=40516205234 offset=144650240 len=65536
read t=40565177234 offset=144297984 len=131072
read t=40647231234 offset=144429056 len=131072
read t=41002562234 offset=144560128 len=36864
read t=41315664234 offset=144715776 len=106496
read t=42099153234 offset=0 len=2048
read t=42117109234 offset=63488 len=4096
read t=42143222234 offset=194560 len=4096
read t=42193328234 offset=456704 len=4096
read t=42243133234 offset=980992 len=4096
read t=42293378234 offset=2029568 len=4096
read t=42343172234 offset=4126720 len=4096
read t=42743410234 offset=2048 len=61440
read t=42793646234 offset=67584 len=126976
read t=42844894234 offset=198656 len=131072
read t=42896371234 offset=329728 len=126976
read t=42944458234 offset=145422336 len=131072
read t=42993873234 offset=145553408 len=131072
read t=43046675234 offset=145684480 len=83968
read t=43288966234 offset=144822272 len=90112
read t=43845358234 offset=144912384 len=131072
read t=43851435234 offset=145043456 len=131072
read t=43865734234 offset=145174528 len=53248
end files=349 reads=330
