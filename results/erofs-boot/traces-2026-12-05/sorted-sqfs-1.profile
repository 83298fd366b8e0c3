liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145766177 mkfs_time=1796448897 inode_count=12821 block_size=131072 compressor=zstd sha256=8405da41f30749273a97e0b23c70dac532e48cf1192703853759a7f05f2777eb
events 353
dropped 0
boots 1
duration_ns 60352310187
file /usr/bin/addpart inode=268 t=31941166544 kinds=fragment-inferred,block pages=0-7 ranks=0 count=2
file /usr/bin/apt inode=269 t=31941166544 kinds=fragment-inferred,block pages=0-4 ranks=1 count=2
file /usr/lib/systemd/systemd inode=5910 t=32710310544 kinds=fragment-inferred,block pages=0-22 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=32751216544 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=3,6,53,71,64,7 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=33097526544 kinds=block pages=0-52 ranks=4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=33148234544 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=5,13,55,54,56,14 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=33505046544 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=8,10,72,70,69,68,67,63,9 count=15
file /etc/ld.so.cache inode=100 t=33955554544 kinds=fragment-inferred,block pages=0-1 ranks=11 count=1
file /usr/bin/dash inode=306 t=33955554544 kinds=fragment-inferred,block pages=0-30 ranks=12 count=1
file /usr/bin/touch inode=536 t=34217105544 kinds=fragment-inferred,block pages=0-26 ranks=15 count=1
file /usr/sbin/switch_root inode=7455 t=34217105544 kinds=fragment-inferred,block pages=0-4 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=34261078544 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=34261078544 kinds=fragment-inferred,block pages=0-16 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=34261078544 kinds=fragment-inferred,block pages=0-31 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=34304687544 kinds=fragment-inferred,block pages=0-27 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=34304687544 kinds=fragment-inferred,block pages=0-9 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=34304687544 kinds=fragment-inferred,block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=34349115544 kinds=block pages=0-42 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=34349115544 kinds=block pages=0-98 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=34413082544 kinds=block pages=0-31,32-63,64-86 ranks=25,62,26 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=34601075544 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=34601075544 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=34601075544 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=34601075544 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=34601075544 kinds=fragment-inferred,block pages=0-1 ranks=31 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=34601075544 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=34601075544 kinds=fragment-inferred,block pages=0-7 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=34601075544 kinds=fragment-inferred,block pages=0-11 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=34601075544 kinds=fragment-inferred,block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=34663291544 kinds=block pages=0-50 ranks=36 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=34663291544 kinds=block pages=0-159,160-223,224-287,288-325 ranks=37,61,230,38 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=34901067544 kinds=block pages=0-36 ranks=39 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=34947222544 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=40,60,65,226,66,59,41 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=35201862544 kinds=block pages=0-127,128-159,160-186 ranks=42,58,43 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=35449418544 kinds=block pages=0-46 ranks=44 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=35501222544 kinds=block pages=0-127,128-191,192-222 ranks=45,57,46 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=35747525544 kinds=block pages=0-95,96-127,128-153 ranks=47,49,48 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=36047349544 kinds=block pages=0-38 ranks=50 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=36047349544 kinds=block pages=0-171 ranks=51 count=2
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=36097534544 kinds=block pages=0-63,64-287,288-308 ranks=52,76,225 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=39581662544 kinds=block pages=0-186 ranks=73 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=39665604544 kinds=fragment-inferred,block pages=0-26 ranks=74 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=39665604544 kinds=fragment-inferred,block pages=0-27 ranks=75 count=1
file /etc/hostname inode=90 t=39815517544 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /etc/machine-id inode=112 t=39815517544 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /etc/systemd/system.conf inode=213 t=39815517544 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=39815517544 kinds=fragment-inferred,block pages=0-8 ranks=80 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=39815517544 kinds=fragment-inferred,block pages=0-15 ranks=81 count=1
file /usr/lib/os-release inode=5577 t=39815517544 kinds=fragment-inferred,block pages=0 ranks=82 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=39815517544 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /usr/bin/kmod inode=384 t=40232221544 kinds=block pages=0-43 ranks=84 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=40232221544 kinds=fragment-inferred,block pages=0-8 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=40232221544 kinds=fragment-inferred,block pages=0-3 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=40232221544 kinds=fragment-inferred,block pages=0-10 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=40232221544 kinds=fragment-inferred,block pages=0-5 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=40233029544 kinds=fragment-inferred,block pages=0-7 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=40233029544 kinds=fragment-inferred,block pages=0-3 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=40233029544 kinds=fragment-inferred,block pages=0-5 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=40233029544 kinds=fragment-inferred,block pages=0-3 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=40233029544 kinds=fragment-inferred,block pages=0-3 ranks=93 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=40233029544 kinds=fragment-inferred,block pages=0-3 ranks=94 count=1
file /etc/fstab inode=83 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=40233029544 kinds=fragment-inferred,block pages=0-7 ranks=191 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=40233029544 kinds=fragment-inferred,block pages=0-7 ranks=192 count=1
file /usr/bin/mount inode=423 t=40233029544 kinds=fragment-inferred,block pages=0-14 ranks=193 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=40233029544 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=40233029544 kinds=fragment-inferred,block pages=0-6 ranks=224 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=41308643544 kinds=block pages=0-41 ranks=227 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=41308643544 kinds=block pages=0-86 ranks=228 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=41308643544 kinds=fragment-inferred,block pages=0-28 ranks=229 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=44108684544 kinds=block pages=0-105 ranks=231 count=3
file /etc/modules inode=115 t=44119601544 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /etc/systemd/journald.conf inode=189 t=44119601544 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /etc/udev/udev.conf inode=223 t=44119601544 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=44119601544 kinds=fragment-inferred,block pages=0-3 ranks=235 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=44119601544 kinds=fragment-inferred,block pages=0-4 ranks=236 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=44119601544 kinds=fragment-inferred,block pages=0-5 ranks=237 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=44119601544 kinds=fragment-inferred,block pages=0-4 ranks=238 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=44119601544 kinds=fragment-inferred,block pages=0-5 ranks=239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=44132091544 kinds=block pages=0-100 ranks=240 count=1
file /usr/bin/udevadm inode=546 t=44132091544 kinds=block pages=0-95,96-255,256-287,288-330 ranks=241,253,252,242 count=6
file /etc/group inode=85 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=243 count=1
file /etc/nsswitch.conf inode=120 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=244 count=1
file /etc/passwd inode=141 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=245 count=1
file /usr/bin/systemd-sysusers inode=520 t=44611792544 kinds=fragment-inferred,block pages=0-15 ranks=246 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=44611792544 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=44892006544 kinds=fragment-inferred,block pages=0-27 ranks=254 count=1
file /usr/bin/journalctl inode=382 t=45295404544 kinds=fragment-inferred,block pages=0-18 ranks=255 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=45295404544 kinds=fragment-inferred,block pages=0-4 ranks=258 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=45295404544 kinds=fragment-inferred,block pages=0-1 ranks=275 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=45295404544 kinds=fragment-inferred,block pages=0-1 ranks=276 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=45295404544 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=45295404544 kinds=block pages=0-447,960-991,992-1087,1088-1151,1152-1471,1728-1791,1792-1823,1824-1887,1888-1919,1920-1951,1952-2143,2144-2335,2464-2559,2560-2623,2624-2655,2656-2911,2912-3007,3008-3039,3040-3135,3136-3178 ranks=287,336,329,328,330,352,354,356,355,335,325,357,322,324,331,327,359,358,360,337 count=31
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=49701930544 kinds=fragment-inferred,block pages=0-3 ranks=288 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=49701930544 kinds=fragment-inferred,block pages=0-2 ranks=291 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=49701930544 kinds=fragment-inferred,block pages=0-1 ranks=308 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=49701930544 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=49701930544 kinds=fragment-inferred,block pages=0-1 ranks=316 count=1
file /usr/bin/systemctl inode=495 t=49717340544 kinds=block pages=0-63,64-159,160-255,256-287,288-330 ranks=317,321,326,323,318 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=51943298544 kinds=fragment-inferred,block pages=0-6 ranks=319 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=51943298544 kinds=fragment-inferred,block pages=0-21 ranks=320 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=54405496544 kinds=fragment-inferred,block pages=0-11 ranks=332 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=54405496544 kinds=fragment-inferred,block pages=0 ranks=333 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=54405496544 kinds=fragment-inferred,block pages=0-19 ranks=334 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=54956875544 kinds=fragment-inferred,block pages=0-7 ranks=338 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=54956875544 kinds=fragment-inferred,block pages=0 ranks=339 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=54956875544 kinds=fragment-inferred,block pages=0 ranks=340 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=54956875544 kinds=fragment-inferred,block pages=0 ranks=341 count=1
file /usr/lib/udev/ata_id inode=6065 t=54956875544 kinds=fragment-inferred,block pages=0-16 ranks=342 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=54956875544 kinds=block pages=0-46 ranks=343 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=54956875544 kinds=fragment-inferred,block pages=0-13 ranks=344 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=54956875544 kinds=fragment-inferred,block pages=0-8 ranks=345 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=55001680544 kinds=fragment-inferred,block pages=0-12 ranks=346 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=55001680544 kinds=fragment-inferred,block pages=0-2 ranks=347 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=55001680544 kinds=fragment-inferred,block pages=0-3 ranks=348 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=55001680544 kinds=fragment-inferred,block pages=0 ranks=349 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=55001680544 kinds=block pages=0-95 ranks=350 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=55001680544 kinds=fragment-inferred,block pages=0-18 ranks=351 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=55288991544 kinds=block pages=0-63,64-580 ranks=353,400 count=4
file /usr/bin/apt-cache inode=270 t=56090167544 kinds=fragment-inferred,block pages=0-21 ranks=361 count=2
file /usr/bin/apt-cdrom inode=271 t=56090167544 kinds=fragment-inferred,block pages=0-5 ranks=362 count=2
file /usr/bin/apt-config inode=272 t=56090167544 kinds=fragment-inferred,block pages=0-6 ranks=363 count=4
file /usr/bin/apt-get inode=273 t=56090167544 kinds=fragment-inferred,block pages=0-12 ranks=364 count=4
file /usr/bin/apt-key inode=274 t=56090167544 kinds=fragment-inferred,block pages=0-6 ranks=365 count=4
file /usr/bin/apt-mark inode=275 t=56090167544 kinds=fragment-inferred,block pages=0-14 ranks=366 count=2
file /usr/bin/arch inode=276 t=56090167544 kinds=fragment-inferred,block pages=0-10 ranks=367 count=2
file /usr/bin/b2sum inode=278 t=56565910544 kinds=fragment-inferred,block pages=0-14 ranks=368 count=2
file /usr/bin/base32 inode=279 t=56565910544 kinds=fragment-inferred,block pages=0-11 ranks=369 count=2
file /usr/bin/base64 inode=280 t=56565910544 kinds=fragment-inferred,block pages=0-11 ranks=370 count=2
file /usr/bin/basename inode=281 t=56565910544 kinds=fragment-inferred,block pages=0-10 ranks=371 count=2
file /usr/bin/basenc inode=282 t=56565910544 kinds=fragment-inferred,block pages=0-13 ranks=372 count=3
file /usr/bin/bashbug inode=284 t=56565910544 kinds=fragment-inferred,block pages=0-1 ranks=373 count=3
file /usr/bin/busctl inode=285 t=56565910544 kinds=fragment-inferred,block pages=0-22 ranks=374 count=3
file /usr/bin/chattr inode=289 t=56565910544 kinds=fragment-inferred,block pages=0-3 ranks=375 count=2
file /usr/bin/chcon inode=290 t=56565910544 kinds=fragment-inferred,block pages=0-16 ranks=376 count=2
file /usr/bin/chfn inode=291 t=56574271544 kinds=fragment-inferred,block pages=0-15 ranks=377 count=2
file /usr/bin/chgrp inode=292 t=56574271544 kinds=fragment-inferred,block pages=0-16 ranks=378 count=2
file /usr/bin/chmod inode=293 t=56574271544 kinds=fragment-inferred,block pages=0-15 ranks=379 count=3
file /usr/bin/choom inode=294 t=56574271544 kinds=fragment-inferred,block pages=0-13 ranks=380 count=3
file /usr/bin/chown inode=295 t=56585457544 kinds=fragment-inferred,block pages=0-17 ranks=381 count=2
file /usr/bin/chrt inode=296 t=56585457544 kinds=fragment-inferred,block pages=0-16 ranks=382 count=2
file /usr/bin/chsh inode=297 t=56585457544 kinds=fragment-inferred,block pages=0-12 ranks=383 count=2
file /usr/bin/cksum inode=298 t=56585457544 kinds=block pages=0-34 ranks=384 count=3
file /usr/bin/clear inode=299 t=56693703544 kinds=fragment-inferred,block pages=0-3 ranks=385 count=1
file /usr/bin/clear_console inode=300 t=56693703544 kinds=fragment-inferred,block pages=0-3 ranks=386 count=1
file /usr/bin/cmp inode=301 t=56693703544 kinds=fragment-inferred,block pages=0-12 ranks=387 count=1
file /usr/bin/comm inode=302 t=56693703544 kinds=fragment-inferred,block pages=0-11 ranks=388 count=1
file /usr/bin/cp inode=303 t=56693703544 kinds=block pages=0-36 ranks=389 count=1
file /usr/bin/csplit inode=304 t=56750512544 kinds=fragment-inferred,block pages=0-29 ranks=390 count=1
file /usr/bin/cut inode=305 t=56750512544 kinds=fragment-inferred,block pages=0-11 ranks=391 count=1
file /usr/bin/date inode=307 t=56750512544 kinds=fragment-inferred,block pages=0-29 ranks=392 count=1
file /usr/bin/dd inode=308 t=56750512544 kinds=fragment-inferred,block pages=0-21 ranks=393 count=1
file /usr/bin/deb-systemd-helper inode=309 t=56750512544 kinds=fragment-inferred,block pages=0-5 ranks=394 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=56750512544 kinds=fragment-inferred,block pages=0-1 ranks=395 count=1
file /usr/bin/debconf inode=311 t=56750512544 kinds=fragment-inferred,block pages=0 ranks=396 count=1
file /usr/bin/bash inode=283 t=57179583544 kinds=block pages=0-63,64-223,224-308 ranks=405,410,397 count=5
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=57286964544 kinds=block pages=0-49 ranks=398 count=3
file /usr/bin/sleep inode=486 t=57330053544 kinds=fragment-inferred,block pages=0-10 ranks=399 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=58165357544 kinds=block pages=0-63 ranks=401 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=58404277544 kinds=block pages=0-97 ranks=402 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=58404277544 kinds=fragment-inferred,block pages=0-14 ranks=403 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=58404277544 kinds=fragment-inferred,block pages=0-16 ranks=404 count=1
file /etc/e2scrub.conf inode=81 t=59632051544 kinds=fragment-inferred,block pages=0 ranks=406 count=1
file /usr/bin/cat inode=287 t=59632051544 kinds=fragment-inferred,block pages=0-10 ranks=407 count=1
file /usr/bin/readlink inode=454 t=59632051544 kinds=fragment-inferred,block pages=0-12 ranks=408 count=1
file /usr/sbin/e2scrub_all inode=7374 t=59632051544 kinds=fragment-inferred,block pages=0-1 ranks=409 count=1
read t=31941166544 offset=0 len=16384
read t=31991641544 offset=145764352 len=4096
read t=31998667544 offset=145743872 len=4096
read t=32051295544 offset=145612800 len=4096
read t=32128009544 offset=145731584 len=4096
read t=32149551544 offset=145735680 len=8192
read t=32203155544 offset=145747968 len=4096
read t=32287510544 offset=145608704 len=4096
read t=32304663544 offset=145723392 len=4096
read t=32347551544 offset=145727488 len=4096
read t=32398368544 offset=145559552 len=4096
read t=32447689544 offset=145563648 len=16384
read t=32506035544 offset=145616896 len=16384
read t=32633311544 offset=145719296 len=4096
read t=32637962544 offset=133287936 len=4096
read t=32648312544 offset=133292032 len=16384
read t=32710310544 offset=133308416 len=32768
read t=32751216544 offset=133341184 len=65536
read t=32801181544 offset=145604608 len=4096
read t=32860262544 offset=145666048 len=4096
read t=32909344544 offset=145670144 len=16384
read t=32955646544 offset=132337664 len=4096
read t=33009862544 offset=132341760 len=16384
read t=33049914544 offset=132358144 len=32768
read t=33097526544 offset=132390912 len=65536
read t=33148234544 offset=132456448 len=131072
read t=33284979544 offset=145707008 len=4096
read t=33285835544 offset=145711104 len=8192
read t=33311138544 offset=133406720 len=131072
read t=33353135544 offset=133931008 len=4096
read t=33401026544 offset=133935104 len=16384
read t=33457663544 offset=133951488 len=32768
read t=33505046544 offset=133984256 len=65536
read t=33548953544 offset=134049792 len=131072
read t=33606303544 offset=135254016 len=4096
read t=33657204544 offset=135258112 len=16384
read t=33705510544 offset=135274496 len=32768
read t=33761253544 offset=134180864 len=131072
read t=33799140544 offset=132276224 len=4096
read t=33866284544 offset=132280320 len=16384
read t=33901453544 offset=132296704 len=32768
read t=33955554544 offset=132329472 len=8192
read t=34022301544 offset=132587520 len=131072
read t=34049550544 offset=133218304 len=4096
read t=34104744544 offset=133222400 len=16384
read t=34154258544 offset=133238784 len=32768
read t=34217105544 offset=133271552 len=16384
read t=34261078544 offset=135307264 len=73728
read t=34304687544 offset=135380992 len=131072
read t=34349115544 offset=135512064 len=131072
read t=34413082544 offset=135643136 len=131072
read t=34466222544 offset=135819264 len=4096
read t=34501079544 offset=135823360 len=16384
read t=34561296544 offset=135839744 len=32768
read t=34601075544 offset=135872512 len=65536
read t=34663291544 offset=135938048 len=131072
read t=34697241544 offset=136069120 len=131072
read t=34747243544 offset=136417280 len=4096
read t=34801134544 offset=136421376 len=16384
read t=34847442544 offset=136437760 len=32768
read t=34901067544 offset=136470528 len=65536
read t=34947222544 offset=136536064 len=131072
read t=34997284544 offset=136667136 len=131072
read t=35047285544 offset=138260480 len=4096
read t=35097467544 offset=138264576 len=16384
read t=35147400544 offset=138280960 len=32768
read t=35201862544 offset=138313728 len=65536
read t=35256965544 offset=138379264 len=131072
read t=35301240544 offset=138534912 len=4096
read t=35349309544 offset=138539008 len=16384
read t=35397909544 offset=138555392 len=32768
read t=35449418544 offset=138588160 len=65536
read t=35501222544 offset=138653696 len=131072
read t=35552833544 offset=138784768 len=131072
read t=35597465544 offset=139063296 len=4096
read t=35647670544 offset=139067392 len=16384
read t=35697970544 offset=139083776 len=32768
read t=35747525544 offset=139116544 len=65536
read t=35797523544 offset=139182080 len=131072
read t=35847510544 offset=139321344 len=4096
read t=35897635544 offset=139325440 len=16384
read t=35947675544 offset=139341824 len=32768
read t=35997459544 offset=139313152 len=8192
read t=36047349544 offset=139374592 len=69632
read t=36097534544 offset=139444224 len=131072
read t=36152968544 offset=133537792 len=131072
read t=36197790544 offset=132734976 len=4096
read t=36247939544 offset=132739072 len=16384
read t=36298121544 offset=132755456 len=32768
read t=36349209544 offset=132788224 len=65536
read t=36540118544 offset=132853760 len=131072
read t=36549889544 offset=132718592 len=16384
read t=36576638544 offset=132984832 len=16384
read t=36648253544 offset=133001216 len=32768
read t=36653577544 offset=133033984 len=65536
read t=36669108544 offset=133099520 len=118784
read t=36716345544 offset=138915840 len=131072
read t=36757281544 offset=139046912 len=16384
read t=36833241544 offset=138510336 len=24576
read t=36853147544 offset=138199040 len=4096
read t=36917975544 offset=138203136 len=16384
read t=36954063544 offset=138219520 len=32768
read t=36999821544 offset=138252288 len=8192
read t=37057372544 offset=136798208 len=131072
read t=37114692544 offset=136200192 len=131072
read t=37153789544 offset=135774208 len=16384
read t=37197989544 offset=135790592 len=28672
read t=37266652544 offset=135221248 len=4096
read t=37297932544 offset=135225344 len=16384
read t=37348499544 offset=135241728 len=12288
read t=37413375544 offset=133894144 len=4096
read t=37447716544 offset=133898240 len=16384
read t=37498254544 offset=133914624 len=16384
read t=37593920544 offset=137404416 len=4096
read t=37597814544 offset=137408512 len=16384
read t=37648124544 offset=137424896 len=32768
read t=37698489544 offset=137457664 len=65536
read t=37747891544 offset=137523200 len=131072
read t=37797800544 offset=137654272 len=131072
read t=37847933544 offset=137965568 len=4096
read t=37899869544 offset=137969664 len=16384
read t=37948369544 offset=137986048 len=32768
read t=37997894544 offset=138018816 len=65536
read t=38047818544 offset=138084352 len=114688
read t=38125546544 offset=145498112 len=4096
read t=38188029544 offset=134598656 len=4096
read t=38241607544 offset=134602752 len=16384
read t=38247550544 offset=134619136 len=32768
read t=38297789544 offset=134651904 len=65536
read t=38347548544 offset=134717440 len=131072
read t=38397690544 offset=134848512 len=131072
read t=38462115544 offset=134979584 len=131072
read t=38518001544 offset=135110656 len=110592
read t=38565314544 offset=134533120 len=4096
read t=38601579544 offset=134537216 len=16384
read t=38649826544 offset=134553600 len=32768
read t=38697790544 offset=134586368 len=12288
read t=38769361544 offset=134475776 len=4096
read t=38797455544 offset=134479872 len=16384
read t=38853773544 offset=134496256 len=32768
read t=38901473544 offset=134529024 len=4096
read t=39114119544 offset=134344704 len=4096
read t=39114578544 offset=134348800 len=16384
read t=39115007544 offset=134365184 len=32768
read t=39115299544 offset=134397952 len=65536
read t=39165509544 offset=134463488 len=12288
read t=39254906544 offset=133668864 len=16384
read t=39271701544 offset=133685248 len=32768
read t=39321896544 offset=133718016 len=65536
read t=39371547544 offset=133783552 len=110592
read t=39496274544 offset=134311936 len=32768
read t=39575330544 offset=139714560 len=4096
read t=39577117544 offset=139718656 len=16384
read t=39581662544 offset=139735040 len=32768
read t=39615467544 offset=139767808 len=65536
read t=39665604544 offset=139833344 len=131072
read t=39715490544 offset=145752064 len=12288
read t=39769460544 offset=139575296 len=131072
read t=39815517544 offset=139964416 len=16384
read t=39865578544 offset=139980800 len=32768
read t=40232221544 offset=140013568 len=65536
read t=40233029544 offset=140079104 len=131072
read t=40333900544 offset=139706368 len=8192
read t=40348928544 offset=137834496 len=4096
read t=40349857544 offset=137838592 len=16384
read t=40350465544 offset=137854976 len=32768
read t=40385452544 offset=137887744 len=65536
read t=40435623544 offset=137953280 len=12288
read t=41239234544 offset=145551360 len=4096
read t=41308643544 offset=140210176 len=131072
read t=41678217544 offset=136331264 len=16384
read t=41678874544 offset=136347648 len=32768
read t=41716761544 offset=136380416 len=36864
read t=42459283544 offset=145547264 len=4096
read t=42755159544 offset=145657856 len=4096
read t=42758291544 offset=145661952 len=4096
read t=44108684544 offset=140341248 len=16384
read t=44113744544 offset=140357632 len=32768
read t=44119601544 offset=140390400 len=65536
read t=44132091544 offset=140455936 len=131072
read t=44264828544 offset=140587008 len=131072
read t=44583631544 offset=141012992 len=4096
read t=44609502544 offset=141017088 len=16384
read t=44611792544 offset=141033472 len=32768
read t=44714725544 offset=140972032 len=4096
read t=44715213544 offset=140976128 len=16384
read t=44715755544 offset=140992512 len=20480
read t=44737832544 offset=141066240 len=24576
read t=44784428544 offset=140718080 len=131072
read t=44838545544 offset=140849152 len=122880
read t=44892006544 offset=141090816 len=20480
read t=45295404544 offset=141111296 len=131072
read t=47040014544 offset=141242368 len=131072
read t=48031081544 offset=145686528 len=20480
read t=48045760544 offset=145580032 len=24576
read t=49547018544 offset=143261696 len=4096
read t=49701930544 offset=143265792 len=16384
read t=49717340544 offset=143282176 len=32768
read t=51609093544 offset=143314944 len=65536
read t=51856704544 offset=143810560 len=4096
read t=51906585544 offset=143814656 len=16384
read t=51927464544 offset=143831040 len=32768
read t=51943298544 offset=143863808 len=65536
read t=52948538544 offset=143380480 len=131072
read t=52953346544 offset=143511552 len=131072
read t=52965289544 offset=142495744 len=4096
read t=52974999544 offset=142499840 len=16384
read t=53006868544 offset=142516224 len=32768
read t=53058907544 offset=142548992 len=65536
read t=53100877544 offset=143773696 len=4096
read t=53153459544 offset=143777792 len=16384
read t=53199888544 offset=143794176 len=16384
read t=53250385544 offset=142614528 len=131072
read t=53299489544 offset=142209024 len=4096
read t=53351463544 offset=142213120 len=16384
read t=53399926544 offset=142229504 len=32768
read t=53462272544 offset=142262272 len=65536
read t=53499929544 offset=143642624 len=131072
read t=53583682544 offset=16384 len=32768
read t=53599759544 offset=142749696 len=4096
read t=53666158544 offset=142753792 len=16384
read t=53700056544 offset=142770176 len=32768
read t=53771148544 offset=142802944 len=65536
read t=53812056544 offset=142868480 len=131072
read t=53849490544 offset=145633280 len=24576
read t=53905931544 offset=141733888 len=4096
read t=53969437544 offset=141737984 len=16384
read t=54001147544 offset=141754368 len=32768
read t=54050980544 offset=141684736 len=4096
read t=54099880544 offset=141688832 len=16384
read t=54153579544 offset=141705216 len=28672
read t=54206762544 offset=141787136 len=73728
read t=54250057544 offset=141860864 len=106496
read t=54301306544 offset=142745600 len=4096
read t=54354940544 offset=145465344 len=4096
read t=54405496544 offset=143929344 len=16384
read t=54467144544 offset=143945728 len=32768
read t=54507350544 offset=142192640 len=4096
read t=54551443544 offset=142196736 len=12288
read t=54644340544 offset=141664256 len=4096
read t=54668612544 offset=141668352 len=16384
read t=54709983544 offset=143200256 len=4096
read t=54757553544 offset=143204352 len=16384
read t=54819718544 offset=143220736 len=32768
read t=54857347544 offset=143253504 len=8192
read t=54917251544 offset=145420288 len=4096
read t=54956875544 offset=143978496 len=73728
read t=55001680544 offset=144052224 len=131072
read t=55062982544 offset=142094336 len=4096
read t=55109747544 offset=142098432 len=16384
read t=55178002544 offset=142114816 len=32768
read t=55209141544 offset=145391616 len=4096
read t=55288991544 offset=144183296 len=131072
read t=55304250544 offset=142147584 len=16384
read t=55355681544 offset=142176256 len=4096
read t=55405607544 offset=142180352 len=12288
read t=55542244544 offset=142163968 len=12288
read t=55565848544 offset=145301504 len=4096
read t=55597711544 offset=142327808 len=86016
read t=55599930544 offset=142413824 len=12288
read t=55653356544 offset=145268736 len=4096
read t=55727654544 offset=145260544 len=4096
read t=55777533544 offset=145281024 len=4096
read t=55809892544 offset=143056896 len=4096
read t=55861803544 offset=143060992 len=16384
read t=55906162544 offset=143077376 len=32768
read t=55976732544 offset=142999552 len=57344
read t=56055806544 offset=143110144 len=90112
read t=56090167544 offset=49152 len=73728
read t=56140386544 offset=131072 len=4096
read t=56260082544 offset=262144 len=4096
read t=56377707544 offset=524288 len=4096
read t=56380149544 offset=1048576 len=4096
read t=56396311544 offset=2097152 len=4096
read t=56491366544 offset=4194304 len=4096
read t=56525354544 offset=122880 len=8192
read t=56565910544 offset=135168 len=126976
read t=56574271544 offset=266240 len=118784
read t=56585457544 offset=385024 len=131072
read t=56642109544 offset=516096 len=8192
read t=56693703544 offset=528384 len=118784
read t=56750512544 offset=647168 len=131072
read t=56816276544 offset=145530880 len=4096
read t=56841895544 offset=145227776 len=4096
read t=56885582544 offset=145231872 len=16384
read t=56939357544 offset=145248256 len=12288
read t=56983210544 offset=145264640 len=4096
read t=57033736544 offset=145272832 len=8192
read t=57085462544 offset=145285120 len=16384
read t=57167048544 offset=145305600 len=40960
read t=57179583544 offset=145346560 len=45056
read t=57234805544 offset=145395712 len=24576
read t=57286964544 offset=145424384 len=40960
read t=57330053544 offset=145469440 len=28672
read t=57379668544 offset=145502208 len=28672
read t=57429936544 offset=145534976 len=12288
read t=57485774544 offset=145555456 len=4096
read t=57651858544 offset=144314368 len=131072
read t=58078299544 offset=144445440 len=131072
read t=58165357544 offset=144576512 len=131072
read t=58404277544 offset=144707584 len=131072
read t=58657043544 offset=61440 len=4096
read t=58709882544 offset=192512 len=4096
read t=58756776544 offset=454656 len=4096
read t=58811639544 offset=978944 len=4096
read t=58856713544 offset=2027520 len=4096
read t=58925908544 offset=4124672 len=4096
read t=59410985544 offset=0 len=61440
read t=59446743544 offset=65536 len=126976
read t=59472212544 offset=196608 len=131072
read t=59495890544 offset=327680 len=126976
read t=59521175544 offset=145420288 len=131072
read t=59606849544 offset=145551360 len=131072
read t=59632051544 offset=144838656 len=131072
read t=59662428544 offset=145682432 len=86016
read t=60140395544 offset=144969728 len=131072
read t=60163237544 offset=145100800 len=126976
end files=345 reads=317
