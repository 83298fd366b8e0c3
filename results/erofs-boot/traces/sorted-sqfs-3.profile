liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145795336 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=cec8e64a3a7de649ea361d2e23a9562596aca324f279c9633f1618ba44519fe4
events 358
dropped 0
boots 1
duration_ns 26511763783
file /usr/lib/systemd/systemd inode=5910 t=7622279454 kinds=fragment-inferred,block pages=0-22 ranks=0 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7673353454 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=1,4,52,70,63,5 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8071118454 kinds=block pages=0-52 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8121215454 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=3,11,54,53,55,12 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8421395454 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=6,8,71,69,68,67,66,62,7 count=15
file /etc/ld.so.cache inode=100 t=8871628454 kinds=fragment-inferred,block pages=0-1 ranks=9 count=1
file /usr/bin/dash inode=306 t=8871628454 kinds=fragment-inferred,block pages=0-30 ranks=10 count=1
file /usr/bin/touch inode=536 t=9121735454 kinds=fragment-inferred,block pages=0-26 ranks=13 count=1
file /usr/sbin/switch_root inode=7455 t=9121735454 kinds=fragment-inferred,block pages=0-4 ranks=14 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9171583454 kinds=fragment-inferred,block pages=0-31 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9171583454 kinds=fragment-inferred,block pages=0-16 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9171583454 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9221843454 kinds=fragment-inferred,block pages=0-27 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9221843454 kinds=fragment-inferred,block pages=0-9 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9221843454 kinds=fragment-inferred,block pages=0-19 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9272452454 kinds=block pages=0-42 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9272452454 kinds=block pages=0-98 ranks=22 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9321423454 kinds=block pages=0-31,32-63,64-86 ranks=23,61,24 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9521143454 kinds=fragment-inferred,block pages=0 ranks=25 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9521143454 kinds=fragment-inferred,block pages=0 ranks=26 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9521143454 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=9521143454 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=9521143454 kinds=fragment-inferred,block pages=0-1 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=9521143454 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9521143454 kinds=fragment-inferred,block pages=0-7 ranks=31 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9521143454 kinds=fragment-inferred,block pages=0-11 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9521143454 kinds=fragment-inferred,block pages=0-8 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9571391454 kinds=block pages=0-50 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9571391454 kinds=block pages=0-159,160-223,224-287,288-325 ranks=35,60,233,36 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9821124454 kinds=block pages=0-36 ranks=37 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9871103454 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=38,59,64,216,65,58,39 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10121143454 kinds=block pages=0-127,128-159,160-186 ranks=40,57,41 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10371057454 kinds=block pages=0-46 ranks=42 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10421198454 kinds=block pages=0-127,128-191,192-222 ranks=43,56,44 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10671017454 kinds=block pages=0-95,96-127,128-153 ranks=45,49,46 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10921106454 kinds=block pages=0-38 ranks=47 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=10921106454 kinds=block pages=0-31,32-171 ranks=48,50 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=11071011454 kinds=block pages=0-63,64-287,288-308 ranks=51,75,215 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=14571446454 kinds=block pages=0-186 ranks=72 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=14671242454 kinds=fragment-inferred,block pages=0-26 ranks=73 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=14671242454 kinds=fragment-inferred,block pages=0-27 ranks=74 count=1
file /etc/hostname inode=90 t=14821491454 kinds=fragment-inferred,block pages=0 ranks=76 count=1
file /etc/machine-id inode=112 t=14821491454 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /etc/systemd/system.conf inode=213 t=14821491454 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=14821491454 kinds=fragment-inferred,block pages=0-8 ranks=79 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=14821491454 kinds=fragment-inferred,block pages=0-15 ranks=80 count=1
file /usr/lib/os-release inode=5577 t=14821491454 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=14821491454 kinds=fragment-inferred,block pages=0 ranks=82 count=1
file /usr/bin/kmod inode=384 t=14920888454 kinds=block pages=0-43 ranks=83 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14920888454 kinds=fragment-inferred,block pages=0-8 ranks=84 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14920888454 kinds=fragment-inferred,block pages=0-3 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14920888454 kinds=fragment-inferred,block pages=0-10 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14920888454 kinds=fragment-inferred,block pages=0-5 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14971048454 kinds=fragment-inferred,block pages=0-7 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14971048454 kinds=fragment-inferred,block pages=0-3 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14971048454 kinds=fragment-inferred,block pages=0-5 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14971048454 kinds=fragment-inferred,block pages=0-3 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14971048454 kinds=fragment-inferred,block pages=0-3 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=14971048454 kinds=fragment-inferred,block pages=0-7 ranks=93 count=1
file /etc/fstab inode=83 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=94 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=191 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=192 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=193 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=14971048454 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14971048454 kinds=fragment-inferred,block pages=0-3 ranks=212 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=14971048454 kinds=fragment-inferred,block pages=0-7 ranks=213 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=14971048454 kinds=block pages=0-41 ranks=214 count=1
file /usr/bin/mount inode=423 t=15564877454 kinds=fragment-inferred,block pages=0-14 ranks=217 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=15564877454 kinds=fragment-inferred,block pages=0 ranks=229 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=15564877454 kinds=fragment-inferred,block pages=0-6 ranks=230 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=15564877454 kinds=block pages=0-86 ranks=231 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=15564877454 kinds=fragment-inferred,block pages=0-28 ranks=232 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=16774731454 kinds=block pages=0-105 ranks=234 count=1
file /etc/modules inode=115 t=16774731454 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /etc/systemd/journald.conf inode=189 t=16774731454 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /etc/udev/udev.conf inode=223 t=16774731454 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=16774731454 kinds=fragment-inferred,block pages=0-3 ranks=238 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=16774731454 kinds=fragment-inferred,block pages=0-4 ranks=239 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=16774731454 kinds=fragment-inferred,block pages=0-5 ranks=240 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=16774731454 kinds=fragment-inferred,block pages=0-4 ranks=241 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=16774731454 kinds=fragment-inferred,block pages=0-5 ranks=242 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=17032620454 kinds=block pages=0-100 ranks=243 count=1
file /usr/bin/udevadm inode=546 t=17032620454 kinds=block pages=0-95,96-255,256-287,288-330 ranks=244,257,255,245 count=6
file /etc/group inode=85 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=246 count=1
file /etc/nsswitch.conf inode=120 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /etc/passwd inode=141 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /usr/bin/systemd-sysusers inode=520 t=17401512454 kinds=fragment-inferred,block pages=0-15 ranks=249 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=252 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=17401512454 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/bin/journalctl inode=382 t=17558492454 kinds=fragment-inferred,block pages=0-18 ranks=256 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=17886775454 kinds=fragment-inferred,block pages=0-27 ranks=258 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=17886775454 kinds=fragment-inferred,block pages=0-4 ranks=276 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=17886775454 kinds=fragment-inferred,block pages=0-3 ranks=277 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=17886775454 kinds=fragment-inferred,block pages=0-1 ranks=279 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=17886775454 kinds=fragment-inferred,block pages=0-1 ranks=280 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=17886775454 kinds=fragment-inferred,block pages=0-2 ranks=293 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=17886775454 kinds=fragment-inferred,block pages=0-1 ranks=310 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=17886775454 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=17886775454 kinds=fragment-inferred,block pages=0-1 ranks=318 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=17886775454 kinds=block pages=0-447,960-991,992-1087,1088-1215,1216-1439,1728-1791,1792-1919,1920-1951,1952-2143,2144-2175,2464-2559,2560-2623,2624-2655,2656-2751,2752-2911,2912-3007,3008-3039,3040-3135,3136-3178 ranks=319,338,327,334,337,359,363,358,326,364,320,322,353,328,335,366,365,367,354 count=27
file /usr/bin/systemctl inode=495 t=20344268454 kinds=block pages=0-63,64-191,192-255,256-287,288-330 ranks=321,340,362,355,323 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=20646503454 kinds=fragment-inferred,block pages=0-6 ranks=324 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=20646503454 kinds=fragment-inferred,block pages=0-21 ranks=325 count=1
file /etc/e2scrub.conf inode=81 t=21344600454 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/bin/cat inode=287 t=21344600454 kinds=fragment-inferred,block pages=0-10 ranks=330 count=1
file /usr/bin/readlink inode=454 t=21344600454 kinds=fragment-inferred,block pages=0-12 ranks=331 count=1
file /usr/sbin/e2scrub_all inode=7374 t=21344600454 kinds=fragment-inferred,block pages=0-1 ranks=332 count=1
file /usr/bin/bash inode=283 t=21394373454 kinds=block pages=0-31,32-95,96-159,160-191,192-287,288-308 ranks=333,336,507,512,508,339 count=8
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=22195210454 kinds=fragment-inferred,block pages=0-7 ranks=341 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=22195210454 kinds=fragment-inferred,block pages=0 ranks=342 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=22195210454 kinds=fragment-inferred,block pages=0 ranks=343 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=22195210454 kinds=fragment-inferred,block pages=0 ranks=344 count=1
file /usr/lib/udev/ata_id inode=6065 t=22195210454 kinds=fragment-inferred,block pages=0-16 ranks=345 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=22244277454 kinds=block pages=0-46 ranks=346 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=22244277454 kinds=fragment-inferred,block pages=0-13 ranks=347 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=22244277454 kinds=fragment-inferred,block pages=0-8 ranks=348 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=22244277454 kinds=fragment-inferred,block pages=0-12 ranks=349 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=22244277454 kinds=fragment-inferred,block pages=0-2 ranks=350 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=22244277454 kinds=fragment-inferred,block pages=0-3 ranks=351 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=22244277454 kinds=fragment-inferred,block pages=0 ranks=352 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=22697816454 kinds=block pages=0-95 ranks=356 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=22697816454 kinds=block pages=0-31,32-543,544-580 ranks=357,473,506 count=5
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=23044466454 kinds=block pages=0-49 ranks=360 count=2
file /usr/bin/sleep inode=486 t=23094221454 kinds=fragment-inferred,block pages=0-10 ranks=361 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=24144452454 kinds=fragment-inferred,block pages=0-18 ranks=368 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=24194052454 kinds=block pages=0-63 ranks=369 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=24251681454 kinds=fragment-inferred,block pages=0-11 ranks=370 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=24251681454 kinds=fragment-inferred,block pages=0-19 ranks=371 count=1
file /etc/adduser.conf inode=20 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=372 count=2
file /etc/alternatives/README inode=22 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=373 count=2
file /etc/apt/apt.conf.d/01autoremove inode=43 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=374 count=2
file /etc/apt/apt.conf.d/70debconf inode=44 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=375 count=2
file /etc/apt/sources.list inode=48 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=376 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=377 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=378 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=379 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=380 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=381 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=382 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=383 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=24293954454 kinds=fragment-inferred,block pages=0-2 ranks=384 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=385 count=2
file /etc/bash.bashrc inode=60 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=386 count=2
file /etc/bindresvport.blacklist inode=61 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=387 count=2
file /etc/cron.d/e2scrub_all inode=64 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=388 count=2
file /etc/cron.daily/apt-compat inode=66 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=389 count=2
file /etc/cron.daily/dpkg inode=67 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=390 count=2
file /etc/debconf.conf inode=68 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=391 count=2
file /etc/debian_version inode=69 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=392 count=2
file /etc/default/hwclock inode=71 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=393 count=2
file /etc/default/nss inode=72 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=394 count=2
file /etc/default/useradd inode=73 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=395 count=2
file /etc/deluser.conf inode=74 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=396 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=397 count=2
file /etc/dpkg/origins/debian inode=79 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=398 count=2
file /etc/gai.conf inode=84 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=399 count=2
file /etc/group- inode=86 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=400 count=2
file /etc/gshadow inode=87 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=401 count=2
file /etc/gshadow- inode=88 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=402 count=2
file /etc/host.conf inode=89 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=403 count=2
file /etc/init.d/hwclock.sh inode=92 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=404 count=2
file /etc/init.d/kmod inode=93 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=405 count=2
file /etc/init.d/udev inode=94 t=24293954454 kinds=fragment-inferred,block pages=0-1 ranks=406 count=2
file /etc/issue inode=95 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=407 count=2
file /etc/issue.net inode=96 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=408 count=2
file /etc/ld.so.conf inode=101 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=409 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=410 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=411 count=2
file /etc/libaudit.conf inode=105 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=412 count=2
file /etc/login.defs inode=107 t=24293954454 kinds=fragment-inferred,block pages=0-3 ranks=413 count=2
file /etc/logrotate.d/alternatives inode=109 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=414 count=2
file /etc/logrotate.d/apt inode=110 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=415 count=2
file /etc/logrotate.d/dpkg inode=111 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=416 count=2
file /etc/mke2fs.conf inode=113 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=417 count=2
file /etc/motd inode=118 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=418 count=2
file /etc/pam.conf inode=123 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=419 count=2
file /etc/pam.d/chfn inode=125 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=420 count=2
file /etc/pam.d/chpasswd inode=126 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=421 count=2
file /etc/pam.d/chsh inode=127 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=422 count=2
file /usr/share/base-files/motd inode=7478 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=423 count=2
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=424 count=2
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=425 count=2
file /etc/pam.d/common-account inode=128 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=426 count=1
file /etc/pam.d/common-auth inode=129 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=427 count=1
file /etc/pam.d/common-password inode=130 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=428 count=1
file /etc/pam.d/common-session inode=131 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=429 count=1
file /etc/pam.d/common-session-noninteractive inode=132 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=430 count=1
file /etc/pam.d/login inode=133 t=24293954454 kinds=fragment-inferred,block pages=0-1 ranks=431 count=1
file /etc/pam.d/newusers inode=134 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=432 count=1
file /etc/pam.d/other inode=135 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=433 count=1
file /etc/pam.d/passwd inode=136 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=434 count=1
file /etc/pam.d/runuser inode=137 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=435 count=1
file /etc/pam.d/runuser-l inode=138 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=436 count=1
file /etc/pam.d/su inode=139 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=437 count=1
file /etc/pam.d/su-l inode=140 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=438 count=1
file /etc/passwd- inode=142 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=439 count=1
file /etc/profile inode=143 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=440 count=1
file /etc/resolv.conf inode=160 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=441 count=1
file /etc/security/access.conf inode=163 t=24293954454 kinds=fragment-inferred,block pages=0-1 ranks=442 count=1
file /etc/security/faillock.conf inode=164 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=443 count=1
file /etc/security/group.conf inode=165 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=444 count=1
file /etc/security/limits.conf inode=166 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=445 count=1
file /etc/security/namespace.conf inode=168 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=446 count=1
file /etc/security/namespace.init inode=170 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=447 count=1
file /etc/security/pam_env.conf inode=172 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=448 count=1
file /etc/security/sepermit.conf inode=173 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=449 count=1
file /etc/security/time.conf inode=174 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=450 count=1
file /etc/selinux/semanage.conf inode=176 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=451 count=1
file /etc/shadow inode=177 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=452 count=1
file /etc/shadow- inode=178 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=453 count=1
file /etc/shells inode=179 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=454 count=1
file /etc/skel/.bash_logout inode=181 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=455 count=1
file /etc/skel/.bashrc inode=182 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=456 count=1
file /etc/skel/.profile inode=183 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=457 count=1
file /etc/systemd/logind.conf inode=190 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=458 count=1
file /etc/systemd/networkd.conf inode=192 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=459 count=1
file /etc/systemd/pstore.conf inode=193 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=460 count=1
file /etc/systemd/sleep.conf inode=194 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=461 count=1
file /etc/systemd/user.conf inode=215 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=462 count=1
file /etc/terminfo/README inode=217 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=463 count=1
file /etc/timezone inode=218 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=464 count=1
file /etc/update-motd.d/10-uname inode=225 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=465 count=1
file /etc/xattr.conf inode=226 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=466 count=1
file /root/.bashrc inode=238 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=467 count=1
file /root/.profile inode=239 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=468 count=1
file /usr/bin/[ inode=267 t=24293954454 kinds=fragment-inferred,block pages=0-16 ranks=469 count=1
file /usr/share/base-files/dot.bashrc inode=7474 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=470 count=1
file /usr/share/base-files/dot.profile inode=7475 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=471 count=1
file /usr/share/base-files/profile inode=7479 t=24293954454 kinds=fragment-inferred,block pages=0 ranks=472 count=1
file /usr/bin/addpart inode=268 t=24807687454 kinds=fragment-inferred,block pages=0-7 ranks=474 count=1
file /usr/bin/apt inode=269 t=24807687454 kinds=fragment-inferred,block pages=0-4 ranks=475 count=1
file /usr/bin/apt-cache inode=270 t=24844146454 kinds=fragment-inferred,block pages=0-21 ranks=476 count=1
file /usr/bin/apt-cdrom inode=271 t=24844146454 kinds=fragment-inferred,block pages=0-5 ranks=477 count=1
file /usr/bin/apt-config inode=272 t=24844146454 kinds=fragment-inferred,block pages=0-6 ranks=478 count=2
file /usr/bin/apt-get inode=273 t=24844146454 kinds=fragment-inferred,block pages=0-12 ranks=479 count=2
file /usr/bin/apt-key inode=274 t=24844146454 kinds=fragment-inferred,block pages=0-6 ranks=480 count=2
file /usr/bin/apt-mark inode=275 t=24844146454 kinds=fragment-inferred,block pages=0-14 ranks=481 count=1
file /usr/bin/arch inode=276 t=24844146454 kinds=fragment-inferred,block pages=0-10 ranks=482 count=1
file /usr/bin/b2sum inode=278 t=24844146454 kinds=fragment-inferred,block pages=0-14 ranks=483 count=1
file /usr/bin/base32 inode=279 t=24844146454 kinds=fragment-inferred,block pages=0-11 ranks=484 count=1
file /usr/bin/base64 inode=280 t=24895487454 kinds=fragment-inferred,block pages=0-11 ranks=485 count=1
file /usr/bin/basename inode=281 t=24895487454 kinds=fragment-inferred,block pages=0-10 ranks=486 count=1
file /usr/bin/basenc inode=282 t=24895487454 kinds=fragment-inferred,block pages=0-13 ranks=487 count=1
file /usr/bin/bashbug inode=284 t=24895487454 kinds=fragment-inferred,block pages=0-1 ranks=488 count=1
file /usr/bin/busctl inode=285 t=24895487454 kinds=fragment-inferred,block pages=0-22 ranks=489 count=1
file /usr/bin/chattr inode=289 t=24895487454 kinds=fragment-inferred,block pages=0-3 ranks=490 count=1
file /usr/bin/chcon inode=290 t=24895487454 kinds=fragment-inferred,block pages=0-16 ranks=491 count=1
file /usr/bin/chfn inode=291 t=24944690454 kinds=fragment-inferred,block pages=0-15 ranks=492 count=1
file /usr/bin/chgrp inode=292 t=24944690454 kinds=fragment-inferred,block pages=0-16 ranks=493 count=1
file /usr/bin/chmod inode=293 t=24944690454 kinds=fragment-inferred,block pages=0-15 ranks=494 count=2
file /usr/bin/choom inode=294 t=24944690454 kinds=fragment-inferred,block pages=0-13 ranks=495 count=2
file /usr/bin/chown inode=295 t=24944690454 kinds=fragment-inferred,block pages=0-17 ranks=496 count=1
file /usr/bin/chrt inode=296 t=25044497454 kinds=fragment-inferred,block pages=0-16 ranks=497 count=1
file /usr/bin/chsh inode=297 t=25044497454 kinds=fragment-inferred,block pages=0-12 ranks=498 count=1
file /usr/bin/cksum inode=298 t=25044497454 kinds=block pages=0-34 ranks=499 count=1
file /usr/bin/clear inode=299 t=25044497454 kinds=fragment-inferred,block pages=0-3 ranks=500 count=1
file /usr/bin/clear_console inode=300 t=25044497454 kinds=fragment-inferred,block pages=0-3 ranks=501 count=1
file /usr/bin/cmp inode=301 t=25044497454 kinds=fragment-inferred,block pages=0-12 ranks=502 count=1
file /usr/bin/comm inode=302 t=25044497454 kinds=fragment-inferred,block pages=0-11 ranks=503 count=1
file /usr/bin/cp inode=303 t=25099885454 kinds=block pages=0-36 ranks=504 count=1
file /usr/bin/csplit inode=304 t=25099885454 kinds=fragment-inferred,block pages=0-29 ranks=505 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=25738844454 kinds=block pages=0-97 ranks=509 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=25738844454 kinds=fragment-inferred,block pages=0-14 ranks=510 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=25738844454 kinds=fragment-inferred,block pages=0-16 ranks=511 count=1
read t=6906516454 offset=0 len=16384
read t=6954530454 offset=145793024 len=4096
read t=6971923454 offset=145772544 len=4096
read t=7022179454 offset=145641472 len=4096
read t=7071988454 offset=145645568 len=16384
read t=7144044454 offset=145760256 len=4096
read t=7171744454 offset=145764352 len=8192
read t=7221503454 offset=145776640 len=4096
read t=7270931454 offset=145637376 len=4096
read t=7326572454 offset=145752064 len=4096
read t=7371867454 offset=145756160 len=4096
read t=7422917454 offset=145592320 len=4096
read t=7548631454 offset=145747968 len=4096
read t=7552708454 offset=133320704 len=4096
read t=7571361454 offset=133324800 len=16384
read t=7622279454 offset=133341184 len=32768
read t=7673353454 offset=133373952 len=65536
read t=7721360454 offset=145633280 len=4096
read t=7771842454 offset=145694720 len=4096
read t=7821572454 offset=145698816 len=16384
read t=7871601454 offset=145588224 len=4096
read t=7923578454 offset=132366336 len=4096
read t=7971446454 offset=132370432 len=16384
read t=8021598454 offset=132386816 len=32768
read t=8071118454 offset=132419584 len=65536
read t=8121215454 offset=132485120 len=131072
read t=8171860454 offset=145739776 len=4096
read t=8223536454 offset=133439488 len=131072
read t=8271197454 offset=133963776 len=4096
read t=8321644454 offset=133967872 len=16384
read t=8372468454 offset=133984256 len=32768
read t=8421395454 offset=134017024 len=65536
read t=8471646454 offset=134082560 len=131072
read t=8521309454 offset=135286784 len=4096
read t=8571630454 offset=135290880 len=16384
read t=8622048454 offset=135307264 len=32768
read t=8671397454 offset=134213632 len=131072
read t=8721615454 offset=132308992 len=4096
read t=8772047454 offset=132313088 len=16384
read t=8823132454 offset=132329472 len=32768
read t=8871628454 offset=132362240 len=4096
read t=8933356454 offset=132616192 len=131072
read t=8971159454 offset=133251072 len=4096
read t=9022263454 offset=133255168 len=16384
read t=9074669454 offset=133271552 len=32768
read t=9121735454 offset=133304320 len=16384
read t=9171583454 offset=135340032 len=73728
read t=9221843454 offset=135413760 len=131072
read t=9272452454 offset=135544832 len=131072
read t=9321423454 offset=135675904 len=131072
read t=9385454454 offset=135852032 len=4096
read t=9421544454 offset=135856128 len=16384
read t=9471296454 offset=135872512 len=32768
read t=9521143454 offset=135905280 len=65536
read t=9571391454 offset=135970816 len=131072
read t=9621482454 offset=136101888 len=131072
read t=9671344454 offset=136450048 len=4096
read t=9721187454 offset=136454144 len=16384
read t=9771724454 offset=136470528 len=32768
read t=9821124454 offset=136503296 len=65536
read t=9871103454 offset=136568832 len=131072
read t=9921510454 offset=136699904 len=131072
read t=9971346454 offset=138293248 len=4096
read t=10021432454 offset=138297344 len=16384
read t=10071014454 offset=138313728 len=32768
read t=10121143454 offset=138346496 len=65536
read t=10171148454 offset=138412032 len=131072
read t=10222809454 offset=138567680 len=4096
read t=10271477454 offset=138571776 len=16384
read t=10321571454 offset=138588160 len=32768
read t=10371057454 offset=138620928 len=65536
read t=10421198454 offset=138686464 len=131072
read t=10471506454 offset=138817536 len=131072
read t=10521405454 offset=139096064 len=4096
read t=10571395454 offset=139100160 len=16384
read t=10621430454 offset=139116544 len=32768
read t=10671017454 offset=139149312 len=65536
read t=10721282454 offset=139214848 len=131072
read t=10771349454 offset=139350016 len=4096
read t=10821417454 offset=139354112 len=16384
read t=10871599454 offset=139370496 len=32768
read t=10921106454 offset=139403264 len=65536
read t=10971104454 offset=139345920 len=4096
read t=11021107454 offset=139468800 len=8192
read t=11071011454 offset=139476992 len=131072
read t=11123599454 offset=133570560 len=131072
read t=11171238454 offset=132767744 len=4096
read t=11221349454 offset=132771840 len=16384
read t=11271352454 offset=132788224 len=32768
read t=11321147454 offset=132820992 len=65536
read t=11371340454 offset=132886528 len=131072
read t=11421516454 offset=132747264 len=16384
read t=11471322454 offset=132763648 len=4096
read t=11527751454 offset=133017600 len=16384
read t=11571436454 offset=133033984 len=32768
read t=11621441454 offset=133066752 len=65536
read t=11670815454 offset=133132288 len=118784
read t=11736146454 offset=138948608 len=131072
read t=11771174454 offset=139079680 len=16384
read t=11821244454 offset=138543104 len=24576
read t=11870970454 offset=138227712 len=4096
read t=11921227454 offset=138231808 len=16384
read t=11971702454 offset=138248192 len=32768
read t=12021474454 offset=138280960 len=12288
read t=12077554454 offset=136830976 len=131072
read t=12121122454 offset=136232960 len=131072
read t=12171024454 offset=135806976 len=16384
read t=12221307454 offset=135823360 len=28672
read t=12280938454 offset=135254016 len=4096
read t=12321821454 offset=135258112 len=16384
read t=12371362454 offset=135274496 len=12288
read t=12436311454 offset=133926912 len=4096
read t=12471203454 offset=133931008 len=16384
read t=12521413454 offset=133947392 len=16384
read t=12601236454 offset=137437184 len=4096
read t=12621631454 offset=137441280 len=16384
read t=12671850454 offset=137457664 len=32768
read t=12721406454 offset=137490432 len=65536
read t=12771306454 offset=137555968 len=131072
read t=12821478454 offset=137687040 len=131072
read t=12871299454 offset=137994240 len=4096
read t=12921414454 offset=137998336 len=16384
read t=12971295454 offset=138014720 len=32768
read t=13021146454 offset=138047488 len=65536
read t=13071332454 offset=138113024 len=114688
read t=13121475454 offset=145526784 len=4096
read t=13174113454 offset=134631424 len=4096
read t=13221340454 offset=134635520 len=16384
read t=13271410454 offset=134651904 len=32768
read t=13321070454 offset=134684672 len=65536
read t=13371301454 offset=134750208 len=131072
read t=13421219454 offset=134881280 len=131072
read t=13477346454 offset=135012352 len=131072
read t=13525601454 offset=135143424 len=110592
read t=13575551454 offset=134565888 len=4096
read t=13621452454 offset=134569984 len=16384
read t=13671278454 offset=134586368 len=32768
read t=13721121454 offset=134619136 len=12288
read t=13776952454 offset=134508544 len=4096
read t=13821707454 offset=134512640 len=16384
read t=13871564454 offset=134529024 len=32768
read t=13921215454 offset=134561792 len=4096
read t=13985983454 offset=134377472 len=4096
read t=14021295454 offset=134381568 len=16384
read t=14071474454 offset=134397952 len=32768
read t=14121421454 offset=134430720 len=65536
read t=14170976454 offset=134496256 len=12288
read t=14237003454 offset=133701632 len=16384
read t=14271393454 offset=133718016 len=32768
read t=14321082454 offset=133750784 len=65536
read t=14371266454 offset=133816320 len=110592
read t=14465819454 offset=134344704 len=32768
read t=14504411454 offset=139747328 len=4096
read t=14521309454 offset=139751424 len=16384
read t=14571446454 offset=139767808 len=32768
read t=14621342454 offset=139800576 len=65536
read t=14671242454 offset=139866112 len=131072
read t=14721297454 offset=145743872 len=4096
read t=14789880454 offset=139608064 len=131072
read t=14821491454 offset=139997184 len=16384
read t=14871474454 offset=140013568 len=32768
read t=14920888454 offset=140046336 len=65536
read t=14971048454 offset=140111872 len=131072
read t=15021499454 offset=139739136 len=8192
read t=15078130454 offset=137867264 len=4096
read t=15121729454 offset=137871360 len=16384
read t=15171400454 offset=137887744 len=32768
read t=15221111454 offset=137920512 len=65536
read t=15270980454 offset=137986048 len=8192
read t=15505026454 offset=145580032 len=4096
read t=15564877454 offset=140242944 len=131072
read t=15929360454 offset=136364032 len=16384
read t=15930729454 offset=136380416 len=32768
read t=15967315454 offset=136413184 len=36864
read t=16037046454 offset=145780736 len=12288
read t=16088281454 offset=145575936 len=4096
read t=16179004454 offset=145686528 len=4096
read t=16179562454 offset=145690624 len=4096
read t=16774731454 offset=140374016 len=131072
read t=17032620454 offset=140505088 len=131072
read t=17159146454 offset=140636160 len=131072
read t=17399985454 offset=141045760 len=4096
read t=17400720454 offset=141049856 len=16384
read t=17401512454 offset=141066240 len=32768
read t=17489424454 offset=141000704 len=4096
read t=17490030454 offset=141004800 len=16384
read t=17501279454 offset=141021184 len=24576
read t=17558492454 offset=141099008 len=20480
read t=17601363454 offset=140767232 len=131072
read t=17653939454 offset=140898304 len=102400
read t=17712178454 offset=141119488 len=40960
read t=17886775454 offset=141160448 len=131072
read t=18332041454 offset=141291520 len=131072
read t=19539820454 offset=145715200 len=24576
read t=19540486454 offset=145596416 len=12288
read t=20193042454 offset=142540800 len=4096
read t=20193794454 offset=142544896 len=16384
read t=20194681454 offset=142561280 len=32768
read t=20196235454 offset=142594048 len=65536
read t=20243972454 offset=143302656 len=4096
read t=20294135454 offset=143306752 len=16384
read t=20344268454 offset=143323136 len=32768
read t=20402494454 offset=143355904 len=65536
read t=20444290454 offset=142659584 len=131072
read t=20494025454 offset=143843328 len=4096
read t=20544055454 offset=143847424 len=16384
read t=20594547454 offset=143863808 len=32768
read t=20646503454 offset=143896576 len=65536
read t=20694009454 offset=142254080 len=4096
read t=20744968454 offset=142258176 len=16384
read t=20794465454 offset=142274560 len=32768
read t=20847276454 offset=142307328 len=65536
read t=20893852454 offset=141729792 len=4096
read t=20944237454 offset=141733888 len=16384
read t=20995556454 offset=141750272 len=32768
read t=21044113454 offset=142794752 len=4096
read t=21094259454 offset=142798848 len=16384
read t=21144618454 offset=142815232 len=32768
read t=21194300454 offset=142848000 len=65536
read t=21244414454 offset=144842752 len=4096
read t=21294706454 offset=144846848 len=16384
read t=21344600454 offset=144863232 len=32768
read t=21394373454 offset=144896000 len=65536
read t=21444958454 offset=141783040 len=73728
read t=21495093454 offset=142913536 len=131072
read t=21544638454 offset=16384 len=32768
read t=21598702454 offset=144961536 len=131072
read t=21644526454 offset=141856768 len=131072
read t=21694549454 offset=145661952 len=24576
read t=21745565454 offset=141709312 len=4096
read t=21794676454 offset=141713408 len=16384
read t=21855523454 offset=145428480 len=4096
read t=21894492454 offset=145432576 len=16384
read t=21944316454 offset=145448960 len=32768
read t=21994391454 offset=143421440 len=131072
read t=22047205454 offset=143552512 len=131072
read t=22094759454 offset=143970304 len=4096
read t=22145148454 offset=143974400 len=16384
read t=22195210454 offset=143990784 len=32768
read t=22244277454 offset=144023552 len=65536
read t=22298498454 offset=142790656 len=4096
read t=22344090454 offset=143245312 len=4096
read t=22394228454 offset=143249408 len=16384
read t=22444134454 offset=143265792 len=32768
read t=22496548454 offset=143298560 len=4096
read t=22544183454 offset=143802368 len=4096
read t=22594527454 offset=143806464 len=16384
read t=22644316454 offset=143822848 len=20480
read t=22697816454 offset=144089088 len=131072
read t=22744067454 offset=142237696 len=4096
read t=22794308454 offset=142241792 len=12288
read t=22848343454 offset=145494016 len=4096
read t=22894842454 offset=142139392 len=4096
read t=22944045454 offset=142143488 len=16384
read t=22998459454 offset=142159872 len=32768
read t=23044466454 offset=145481728 len=12288
read t=23094221454 offset=145498112 len=28672
read t=23144304454 offset=145530880 len=24576
read t=23194246454 offset=143683584 len=118784
read t=23244224454 offset=142192640 len=45056
read t=23296783454 offset=142372864 len=24576
read t=23344186454 offset=145420288 len=4096
read t=23411351454 offset=145330176 len=4096
read t=23444591454 offset=145297408 len=4096
read t=23496378454 offset=145289216 len=4096
read t=23545015454 offset=143101952 len=4096
read t=23594573454 offset=143106048 len=16384
read t=23644354454 offset=143122432 len=32768
read t=23694287454 offset=143044608 len=57344
read t=23744524454 offset=143155200 len=20480
read t=23794101454 offset=145309696 len=4096
read t=23844769454 offset=143175680 len=69632
read t=23894388454 offset=145555456 len=20480
read t=23944099454 offset=145584128 len=4096
read t=23996249454 offset=145608704 len=24576
read t=24044213454 offset=144629760 len=4096
read t=24094624454 offset=144633856 len=16384
read t=24144452454 offset=144650240 len=32768
read t=24194052454 offset=144683008 len=65536
read t=24251681454 offset=143962112 len=8192
read t=24293954454 offset=49152 len=73728
read t=24350262454 offset=144220160 len=131072
read t=24394051454 offset=131072 len=4096
read t=24445964454 offset=144351232 len=131072
read t=24494374454 offset=262144 len=4096
read t=24548643454 offset=524288 len=4096
read t=24607058454 offset=144482304 len=131072
read t=24643927454 offset=1048576 len=4096
read t=24695409454 offset=2097152 len=4096
read t=24746230454 offset=4194304 len=4096
read t=24807687454 offset=122880 len=8192
read t=24844146454 offset=135168 len=126976
read t=24895487454 offset=266240 len=118784
read t=24944690454 offset=385024 len=131072
read t=24995686454 offset=516096 len=8192
read t=25044497454 offset=528384 len=118784
read t=25099885454 offset=647168 len=131072
read t=25144531454 offset=144613376 len=16384
read t=25194187454 offset=145092608 len=131072
read t=25245415454 offset=145227776 len=4096
read t=25294674454 offset=145231872 len=16384
read t=25344227454 offset=145248256 len=32768
read t=25393952454 offset=145281024 len=8192
read t=25444189454 offset=145293312 len=4096
read t=25493999454 offset=145301504 len=8192
read t=25544279454 offset=145313792 len=16384
read t=25594451454 offset=145334272 len=86016
read t=25644128454 offset=145424384 len=4096
read t=25738844454 offset=144748544 len=94208
read t=25994607454 offset=61440 len=4096
read t=26044608454 offset=192512 len=4096
read t=26095106454 offset=454656 len=4096
read t=26144347454 offset=978944 len=4096
read t=26195026454 offset=2027520 len=4096
read t=26244649454 offset=4124672 len=4096
read t=26294807454 offset=145223680 len=4096
end files=443 reads=316
