liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145795336 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=cec8e64a3a7de649ea361d2e23a9562596aca324f279c9633f1618ba44519fe4
events 355
dropped 0
boots 1
duration_ns 28209268846
file /usr/lib/systemd/systemd inode=5910 t=7832688302 kinds=fragment-inferred,block pages=0-22 ranks=0 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7882716302 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=1,4,52,70,63,5 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8282452302 kinds=block pages=0-52 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8332298302 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=3,11,54,53,55,12 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8632487302 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=6,8,71,69,68,67,66,62,7 count=15
file /etc/ld.so.cache inode=100 t=9082419302 kinds=fragment-inferred,block pages=0-1 ranks=9 count=1
file /usr/bin/dash inode=306 t=9082419302 kinds=fragment-inferred,block pages=0-30 ranks=10 count=1
file /usr/bin/touch inode=536 t=9331938302 kinds=fragment-inferred,block pages=0-26 ranks=13 count=1
file /usr/sbin/switch_root inode=7455 t=9331938302 kinds=fragment-inferred,block pages=0-4 ranks=14 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9382039302 kinds=fragment-inferred,block pages=0-31 ranks=15 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9382039302 kinds=fragment-inferred,block pages=0-16 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9382039302 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9432136302 kinds=fragment-inferred,block pages=0-27 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9432136302 kinds=fragment-inferred,block pages=0-9 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9432136302 kinds=fragment-inferred,block pages=0-19 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9491692302 kinds=block pages=0-42 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9491692302 kinds=block pages=0-98 ranks=22 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9532374302 kinds=block pages=0-31,32-63,64-86 ranks=23,61,24 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9731835302 kinds=fragment-inferred,block pages=0 ranks=25 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9731835302 kinds=fragment-inferred,block pages=0 ranks=26 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9731835302 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=9731835302 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=9731835302 kinds=fragment-inferred,block pages=0-1 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=9731835302 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9731835302 kinds=fragment-inferred,block pages=0-7 ranks=31 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9731835302 kinds=fragment-inferred,block pages=0-11 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9731835302 kinds=fragment-inferred,block pages=0-8 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9781836302 kinds=block pages=0-50 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9781836302 kinds=block pages=0-159,160-223,224-287,288-325 ranks=35,60,233,36 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10032161302 kinds=block pages=0-36 ranks=37 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10082474302 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=38,59,64,216,65,58,39 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10332251302 kinds=block pages=0-127,128-159,160-186 ranks=40,57,41 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10582391302 kinds=block pages=0-46 ranks=42 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10632452302 kinds=block pages=0-127,128-191,192-222 ranks=43,56,44 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10882160302 kinds=block pages=0-95,96-127,128-153 ranks=45,49,46 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11132474302 kinds=block pages=0-38 ranks=47 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=11132474302 kinds=block pages=0-31,32-171 ranks=48,50 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=11281837302 kinds=block pages=0-63,64-287,288-308 ranks=51,75,215 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=14782584302 kinds=block pages=0-186 ranks=72 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=14882229302 kinds=fragment-inferred,block pages=0-26 ranks=73 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=14882229302 kinds=fragment-inferred,block pages=0-27 ranks=74 count=1
file /etc/hostname inode=90 t=15032478302 kinds=fragment-inferred,block pages=0 ranks=76 count=1
file /etc/machine-id inode=112 t=15032478302 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /etc/systemd/system.conf inode=213 t=15032478302 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=15032478302 kinds=fragment-inferred,block pages=0-8 ranks=79 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=15032478302 kinds=fragment-inferred,block pages=0-15 ranks=80 count=1
file /usr/lib/os-release inode=5577 t=15032478302 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=15032478302 kinds=fragment-inferred,block pages=0 ranks=82 count=1
file /usr/bin/kmod inode=384 t=15132444302 kinds=block pages=0-43 ranks=83 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=15132444302 kinds=fragment-inferred,block pages=0-8 ranks=84 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=15132444302 kinds=fragment-inferred,block pages=0-3 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=15132444302 kinds=fragment-inferred,block pages=0-10 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=15132444302 kinds=fragment-inferred,block pages=0-5 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=15181984302 kinds=fragment-inferred,block pages=0-7 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=15181984302 kinds=fragment-inferred,block pages=0-3 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=15181984302 kinds=fragment-inferred,block pages=0-5 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=15181984302 kinds=fragment-inferred,block pages=0-3 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=15181984302 kinds=fragment-inferred,block pages=0-3 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=15181984302 kinds=fragment-inferred,block pages=0-7 ranks=93 count=1
file /etc/fstab inode=83 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=94 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=191 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=192 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=193 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=15181984302 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=15181984302 kinds=fragment-inferred,block pages=0-3 ranks=212 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=15181984302 kinds=fragment-inferred,block pages=0-7 ranks=213 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15181984302 kinds=block pages=0-41 ranks=214 count=1
file /usr/bin/mount inode=423 t=15784096302 kinds=fragment-inferred,block pages=0-14 ranks=217 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=15784096302 kinds=fragment-inferred,block pages=0 ranks=229 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=15784096302 kinds=fragment-inferred,block pages=0-6 ranks=230 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=15784096302 kinds=block pages=0-86 ranks=231 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=15784096302 kinds=fragment-inferred,block pages=0-28 ranks=232 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=17386723302 kinds=block pages=0-105 ranks=234 count=1
file /etc/modules inode=115 t=17386723302 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /etc/systemd/journald.conf inode=189 t=17386723302 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /etc/udev/udev.conf inode=223 t=17386723302 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=17386723302 kinds=fragment-inferred,block pages=0-3 ranks=238 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=17386723302 kinds=fragment-inferred,block pages=0-4 ranks=239 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=17386723302 kinds=fragment-inferred,block pages=0-5 ranks=240 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=17386723302 kinds=fragment-inferred,block pages=0-4 ranks=241 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=17386723302 kinds=fragment-inferred,block pages=0-5 ranks=242 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=17723377302 kinds=block pages=0-100 ranks=243 count=1
file /usr/bin/udevadm inode=546 t=17723377302 kinds=block pages=0-95,96-255,256-287,288-330 ranks=244,257,255,245 count=6
file /etc/group inode=85 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=246 count=1
file /etc/nsswitch.conf inode=120 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /etc/passwd inode=141 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /usr/bin/systemd-sysusers inode=520 t=18273501302 kinds=fragment-inferred,block pages=0-15 ranks=249 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=252 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=18273501302 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/bin/journalctl inode=382 t=18429156302 kinds=fragment-inferred,block pages=0-18 ranks=256 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=18894631302 kinds=fragment-inferred,block pages=0-27 ranks=258 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=18894631302 kinds=fragment-inferred,block pages=0-4 ranks=276 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=18894631302 kinds=fragment-inferred,block pages=0-3 ranks=277 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=18894631302 kinds=fragment-inferred,block pages=0-1 ranks=279 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=18894631302 kinds=fragment-inferred,block pages=0-1 ranks=280 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=18894631302 kinds=fragment-inferred,block pages=0-2 ranks=293 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=18894631302 kinds=fragment-inferred,block pages=0-1 ranks=310 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=18894631302 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=18894631302 kinds=fragment-inferred,block pages=0-1 ranks=318 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=18894631302 kinds=block pages=0-447,960-991,992-1087,1088-1439,1728-1919,1920-1951,1952-2143,2144-2239,2464-2623,2624-2655,2656-2751,2752-2911,2912-3007,3008-3039,3040-3071,3072-3135,3136-3178 ranks=319,348,328,331,352,351,325,353,324,347,326,329,458,457,459,461,333 count=27
file /usr/bin/systemctl inode=495 t=21476400302 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=320,327,330,334,332,321 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=21679734302 kinds=fragment-inferred,block pages=0-6 ranks=322 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=21679734302 kinds=fragment-inferred,block pages=0-21 ranks=323 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=23527045302 kinds=fragment-inferred,block pages=0-7 ranks=335 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=23527045302 kinds=fragment-inferred,block pages=0 ranks=336 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=23527045302 kinds=fragment-inferred,block pages=0 ranks=337 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=23527045302 kinds=fragment-inferred,block pages=0 ranks=338 count=1
file /usr/lib/udev/ata_id inode=6065 t=23527045302 kinds=fragment-inferred,block pages=0-16 ranks=339 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=23576955302 kinds=block pages=0-46 ranks=340 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=23576955302 kinds=fragment-inferred,block pages=0-13 ranks=341 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=23576955302 kinds=fragment-inferred,block pages=0-8 ranks=342 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=23576955302 kinds=fragment-inferred,block pages=0-12 ranks=343 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=23576955302 kinds=fragment-inferred,block pages=0-2 ranks=344 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=23576955302 kinds=fragment-inferred,block pages=0-3 ranks=345 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=23576955302 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=23777905302 kinds=block pages=0-95 ranks=349 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=23777905302 kinds=block pages=0-31,32-95,96-319,320-543,544-580 ranks=350,460,462,465,503 count=5
file /etc/adduser.conf inode=20 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=354 count=4
file /etc/alternatives/README inode=22 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=355 count=4
file /etc/apt/apt.conf.d/01autoremove inode=43 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=356 count=4
file /etc/apt/apt.conf.d/70debconf inode=44 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=357 count=4
file /etc/apt/sources.list inode=48 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=358 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=359 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=360 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=361 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=362 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=363 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=364 count=4
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=365 count=4
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=24387029302 kinds=fragment-inferred,block pages=0-2 ranks=366 count=4
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=367 count=4
file /etc/bash.bashrc inode=60 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=368 count=4
file /etc/bindresvport.blacklist inode=61 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=369 count=4
file /etc/cron.d/e2scrub_all inode=64 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=370 count=4
file /etc/cron.daily/apt-compat inode=66 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=371 count=4
file /etc/cron.daily/dpkg inode=67 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=372 count=4
file /etc/debconf.conf inode=68 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=373 count=4
file /etc/debian_version inode=69 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=374 count=4
file /etc/default/hwclock inode=71 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=375 count=4
file /etc/default/nss inode=72 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=376 count=4
file /etc/default/useradd inode=73 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=377 count=4
file /etc/deluser.conf inode=74 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=378 count=4
file /etc/dpkg/dpkg.cfg inode=76 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=379 count=4
file /etc/dpkg/origins/debian inode=79 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=380 count=4
file /etc/gai.conf inode=84 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=381 count=4
file /etc/group- inode=86 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=382 count=4
file /etc/gshadow inode=87 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=383 count=4
file /etc/gshadow- inode=88 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=384 count=4
file /etc/host.conf inode=89 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=385 count=4
file /etc/init.d/hwclock.sh inode=92 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=386 count=4
file /etc/init.d/kmod inode=93 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=387 count=4
file /etc/init.d/udev inode=94 t=24387029302 kinds=fragment-inferred,block pages=0-1 ranks=388 count=4
file /etc/issue inode=95 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=389 count=4
file /etc/issue.net inode=96 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=390 count=4
file /etc/ld.so.conf inode=101 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=391 count=4
file /etc/ld.so.conf.d/libc.conf inode=103 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=392 count=4
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=393 count=4
file /etc/libaudit.conf inode=105 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=394 count=4
file /etc/login.defs inode=107 t=24387029302 kinds=fragment-inferred,block pages=0-3 ranks=395 count=4
file /etc/logrotate.d/alternatives inode=109 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=396 count=4
file /etc/logrotate.d/apt inode=110 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=397 count=4
file /etc/logrotate.d/dpkg inode=111 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=398 count=4
file /etc/mke2fs.conf inode=113 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=399 count=4
file /etc/motd inode=118 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=400 count=4
file /etc/pam.conf inode=123 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=401 count=4
file /etc/pam.d/chfn inode=125 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=402 count=4
file /etc/pam.d/chpasswd inode=126 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=403 count=4
file /etc/pam.d/chsh inode=127 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=404 count=4
file /usr/share/base-files/motd inode=7478 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=405 count=4
file /usr/share/doc/adduser/examples/adduser.conf inode=7667 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=406 count=4
file /usr/share/doc/adduser/examples/deluser.conf inode=7679 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=407 count=4
file /etc/pam.d/common-account inode=128 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=408 count=2
file /etc/pam.d/common-auth inode=129 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=409 count=2
file /etc/pam.d/common-password inode=130 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=410 count=2
file /etc/pam.d/common-session inode=131 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=411 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=412 count=2
file /etc/pam.d/login inode=133 t=24387029302 kinds=fragment-inferred,block pages=0-1 ranks=413 count=2
file /etc/pam.d/newusers inode=134 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=414 count=2
file /etc/pam.d/other inode=135 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=415 count=2
file /etc/pam.d/passwd inode=136 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=416 count=2
file /etc/pam.d/runuser inode=137 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=417 count=2
file /etc/pam.d/runuser-l inode=138 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=418 count=2
file /etc/pam.d/su inode=139 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=419 count=2
file /etc/pam.d/su-l inode=140 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=420 count=2
file /etc/passwd- inode=142 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=421 count=2
file /etc/profile inode=143 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=422 count=2
file /etc/resolv.conf inode=160 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=423 count=2
file /etc/security/access.conf inode=163 t=24387029302 kinds=fragment-inferred,block pages=0-1 ranks=424 count=2
file /etc/security/faillock.conf inode=164 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=425 count=2
file /etc/security/group.conf inode=165 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=426 count=2
file /etc/security/limits.conf inode=166 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=427 count=2
file /etc/security/namespace.conf inode=168 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=428 count=2
file /etc/security/namespace.init inode=170 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=429 count=2
file /etc/security/pam_env.conf inode=172 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=430 count=2
file /etc/security/sepermit.conf inode=173 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=431 count=2
file /etc/security/time.conf inode=174 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=432 count=2
file /etc/selinux/semanage.conf inode=176 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=433 count=2
file /etc/shadow inode=177 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=434 count=2
file /etc/shadow- inode=178 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=435 count=2
file /etc/shells inode=179 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=436 count=2
file /etc/skel/.bash_logout inode=181 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=437 count=2
file /etc/skel/.bashrc inode=182 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=438 count=2
file /etc/skel/.profile inode=183 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=439 count=2
file /etc/systemd/logind.conf inode=190 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=440 count=2
file /etc/systemd/networkd.conf inode=192 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=441 count=2
file /etc/systemd/pstore.conf inode=193 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=442 count=2
file /etc/systemd/sleep.conf inode=194 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=443 count=2
file /etc/systemd/user.conf inode=215 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=444 count=2
file /etc/terminfo/README inode=217 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=445 count=2
file /etc/timezone inode=218 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=446 count=2
file /etc/update-motd.d/10-uname inode=225 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=447 count=2
file /etc/xattr.conf inode=226 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=448 count=2
file /root/.bashrc inode=238 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=449 count=2
file /root/.profile inode=239 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=450 count=2
file /usr/bin/[ inode=267 t=24387029302 kinds=fragment-inferred,block pages=0-16 ranks=451 count=2
file /usr/share/base-files/dot.bashrc inode=7474 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=452 count=2
file /usr/share/base-files/dot.profile inode=7475 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=453 count=2
file /usr/share/base-files/profile inode=7479 t=24387029302 kinds=fragment-inferred,block pages=0 ranks=454 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=24427321302 kinds=fragment-inferred,block pages=0-11 ranks=455 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=24427321302 kinds=fragment-inferred,block pages=0-19 ranks=456 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=25177385302 kinds=fragment-inferred,block pages=0-18 ranks=463 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=25227760302 kinds=block pages=0-63 ranks=464 count=1
file /etc/e2scrub.conf inode=81 t=25478404302 kinds=fragment-inferred,block pages=0 ranks=466 count=1
file /usr/bin/cat inode=287 t=25478404302 kinds=fragment-inferred,block pages=0-10 ranks=467 count=1
file /usr/bin/readlink inode=454 t=25478404302 kinds=fragment-inferred,block pages=0-12 ranks=468 count=1
file /usr/sbin/e2scrub_all inode=7374 t=25478404302 kinds=fragment-inferred,block pages=0-1 ranks=469 count=1
file /usr/bin/bash inode=283 t=25478404302 kinds=block pages=0-31,32-95,96-191,192-308 ranks=470,507,511,504 count=7
file /usr/bin/addpart inode=268 t=25637985302 kinds=fragment-inferred,block pages=0-7 ranks=471 count=2
file /usr/bin/apt inode=269 t=25637985302 kinds=fragment-inferred,block pages=0-4 ranks=472 count=2
file /usr/bin/apt-cache inode=270 t=25677131302 kinds=fragment-inferred,block pages=0-21 ranks=473 count=2
file /usr/bin/apt-cdrom inode=271 t=25677131302 kinds=fragment-inferred,block pages=0-5 ranks=474 count=2
file /usr/bin/apt-config inode=272 t=25677131302 kinds=fragment-inferred,block pages=0-6 ranks=475 count=4
file /usr/bin/apt-get inode=273 t=25677131302 kinds=fragment-inferred,block pages=0-12 ranks=476 count=4
file /usr/bin/apt-key inode=274 t=25677131302 kinds=fragment-inferred,block pages=0-6 ranks=477 count=4
file /usr/bin/apt-mark inode=275 t=25677131302 kinds=fragment-inferred,block pages=0-14 ranks=478 count=2
file /usr/bin/arch inode=276 t=25677131302 kinds=fragment-inferred,block pages=0-10 ranks=479 count=2
file /usr/bin/b2sum inode=278 t=25677131302 kinds=fragment-inferred,block pages=0-14 ranks=480 count=2
file /usr/bin/base32 inode=279 t=25677131302 kinds=fragment-inferred,block pages=0-11 ranks=481 count=2
file /usr/bin/base64 inode=280 t=25727159302 kinds=fragment-inferred,block pages=0-11 ranks=482 count=2
file /usr/bin/basename inode=281 t=25727159302 kinds=fragment-inferred,block pages=0-10 ranks=483 count=2
file /usr/bin/basenc inode=282 t=25727159302 kinds=fragment-inferred,block pages=0-13 ranks=484 count=2
file /usr/bin/bashbug inode=284 t=25727159302 kinds=fragment-inferred,block pages=0-1 ranks=485 count=2
file /usr/bin/busctl inode=285 t=25727159302 kinds=fragment-inferred,block pages=0-22 ranks=486 count=3
file /usr/bin/chattr inode=289 t=25727159302 kinds=fragment-inferred,block pages=0-3 ranks=487 count=2
file /usr/bin/chcon inode=290 t=25727159302 kinds=fragment-inferred,block pages=0-16 ranks=488 count=2
file /usr/bin/chfn inode=291 t=25778668302 kinds=fragment-inferred,block pages=0-15 ranks=489 count=2
file /usr/bin/chgrp inode=292 t=25778668302 kinds=fragment-inferred,block pages=0-16 ranks=490 count=2
file /usr/bin/chmod inode=293 t=25778668302 kinds=fragment-inferred,block pages=0-15 ranks=491 count=3
file /usr/bin/choom inode=294 t=25778668302 kinds=fragment-inferred,block pages=0-13 ranks=492 count=3
file /usr/bin/chown inode=295 t=25778668302 kinds=fragment-inferred,block pages=0-17 ranks=493 count=1
file /usr/bin/chrt inode=296 t=25877006302 kinds=fragment-inferred,block pages=0-16 ranks=494 count=1
file /usr/bin/chsh inode=297 t=25877006302 kinds=fragment-inferred,block pages=0-12 ranks=495 count=1
file /usr/bin/cksum inode=298 t=25877006302 kinds=block pages=0-34 ranks=496 count=1
file /usr/bin/clear inode=299 t=25877006302 kinds=fragment-inferred,block pages=0-3 ranks=497 count=1
file /usr/bin/clear_console inode=300 t=25877006302 kinds=fragment-inferred,block pages=0-3 ranks=498 count=1
file /usr/bin/cmp inode=301 t=25877006302 kinds=fragment-inferred,block pages=0-12 ranks=499 count=1
file /usr/bin/comm inode=302 t=25877006302 kinds=fragment-inferred,block pages=0-11 ranks=500 count=1
file /usr/bin/cp inode=303 t=25927011302 kinds=block pages=0-36 ranks=501 count=1
file /usr/bin/csplit inode=304 t=25927011302 kinds=fragment-inferred,block pages=0-29 ranks=502 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=26477112302 kinds=block pages=0-49 ranks=505 count=2
file /usr/bin/sleep inode=486 t=26526886302 kinds=fragment-inferred,block pages=0-10 ranks=506 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26782521302 kinds=block pages=0-97 ranks=508 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=26782521302 kinds=fragment-inferred,block pages=0-14 ranks=509 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=26782521302 kinds=fragment-inferred,block pages=0-16 ranks=510 count=1
read t=7116676302 offset=0 len=16384
read t=7161125302 offset=145793024 len=4096
read t=7183561302 offset=145772544 len=4096
read t=7232419302 offset=145641472 len=4096
read t=7282490302 offset=145645568 len=16384
read t=7351096302 offset=145760256 len=4096
read t=7383033302 offset=145764352 len=8192
read t=7432733302 offset=145776640 len=4096
read t=7483072302 offset=145637376 len=4096
read t=7535105302 offset=145752064 len=4096
read t=7582152302 offset=145756160 len=4096
read t=7634036302 offset=145592320 len=4096
read t=7764272302 offset=145747968 len=4096
read t=7770119302 offset=133320704 len=4096
read t=7782061302 offset=133324800 len=16384
read t=7832688302 offset=133341184 len=32768
read t=7882716302 offset=133373952 len=65536
read t=7932285302 offset=145633280 len=4096
read t=7983348302 offset=145694720 len=4096
read t=8032115302 offset=145698816 len=16384
read t=8082309302 offset=145588224 len=4096
read t=8135987302 offset=132366336 len=4096
read t=8182716302 offset=132370432 len=16384
read t=8233176302 offset=132386816 len=32768
read t=8282452302 offset=132419584 len=65536
read t=8332298302 offset=132485120 len=131072
read t=8382314302 offset=145739776 len=4096
read t=8435201302 offset=133439488 len=131072
read t=8482316302 offset=133963776 len=4096
read t=8533263302 offset=133967872 len=16384
read t=8584439302 offset=133984256 len=32768
read t=8632487302 offset=134017024 len=65536
read t=8682227302 offset=134082560 len=131072
read t=8732248302 offset=135286784 len=4096
read t=8782551302 offset=135290880 len=16384
read t=8832536302 offset=135307264 len=32768
read t=8882665302 offset=134213632 len=131072
read t=8931843302 offset=132308992 len=4096
read t=8983517302 offset=132313088 len=16384
read t=9034016302 offset=132329472 len=32768
read t=9082419302 offset=132362240 len=4096
read t=9139677302 offset=132616192 len=131072
read t=9182516302 offset=133251072 len=4096
read t=9232779302 offset=133255168 len=16384
read t=9284232302 offset=133271552 len=32768
read t=9331938302 offset=133304320 len=16384
read t=9382039302 offset=135340032 len=73728
read t=9432136302 offset=135413760 len=131072
read t=9491692302 offset=135544832 len=131072
read t=9532374302 offset=135675904 len=131072
read t=9599165302 offset=135852032 len=4096
read t=9632304302 offset=135856128 len=16384
read t=9682546302 offset=135872512 len=32768
read t=9731835302 offset=135905280 len=65536
read t=9781836302 offset=135970816 len=131072
read t=9832212302 offset=136101888 len=131072
read t=9882077302 offset=136450048 len=4096
read t=9932361302 offset=136454144 len=16384
read t=9982615302 offset=136470528 len=32768
read t=10032161302 offset=136503296 len=65536
read t=10082474302 offset=136568832 len=131072
read t=10132353302 offset=136699904 len=131072
read t=10182307302 offset=138293248 len=4096
read t=10232420302 offset=138297344 len=16384
read t=10282361302 offset=138313728 len=32768
read t=10332251302 offset=138346496 len=65536
read t=10382301302 offset=138412032 len=131072
read t=10432316302 offset=138567680 len=4096
read t=10482414302 offset=138571776 len=16384
read t=10532624302 offset=138588160 len=32768
read t=10582391302 offset=138620928 len=65536
read t=10632452302 offset=138686464 len=131072
read t=10682257302 offset=138817536 len=131072
read t=10732218302 offset=139096064 len=4096
read t=10782386302 offset=139100160 len=16384
read t=10833388302 offset=139116544 len=32768
read t=10882160302 offset=139149312 len=65536
read t=10932373302 offset=139214848 len=131072
read t=10982336302 offset=139350016 len=4096
read t=11032125302 offset=139354112 len=16384
read t=11082482302 offset=139370496 len=32768
read t=11132474302 offset=139403264 len=65536
read t=11181897302 offset=139345920 len=4096
read t=11233463302 offset=139468800 len=8192
read t=11281837302 offset=139476992 len=131072
read t=11332337302 offset=133570560 len=131072
read t=11382314302 offset=132767744 len=4096
read t=11431987302 offset=132771840 len=16384
read t=11482636302 offset=132788224 len=32768
read t=11532242302 offset=132820992 len=65536
read t=11582401302 offset=132886528 len=131072
read t=11632309302 offset=132747264 len=16384
read t=11682611302 offset=132763648 len=4096
read t=11742619302 offset=133017600 len=16384
read t=11782645302 offset=133033984 len=32768
read t=11832322302 offset=133066752 len=65536
read t=11882328302 offset=133132288 len=118784
read t=11948560302 offset=138948608 len=131072
read t=11982876302 offset=139079680 len=16384
read t=12032275302 offset=138543104 len=24576
read t=12082391302 offset=138227712 len=4096
read t=12132503302 offset=138231808 len=16384
read t=12182587302 offset=138248192 len=32768
read t=12231948302 offset=138280960 len=12288
read t=12286234302 offset=136830976 len=131072
read t=12331972302 offset=136232960 len=131072
read t=12382234302 offset=135806976 len=16384
read t=12432494302 offset=135823360 len=28672
read t=12496479302 offset=135254016 len=4096
read t=12532590302 offset=135258112 len=16384
read t=12582449302 offset=135274496 len=12288
read t=12646022302 offset=133926912 len=4096
read t=12682021302 offset=133931008 len=16384
read t=12732353302 offset=133947392 len=16384
read t=12817100302 offset=137437184 len=4096
read t=12832837302 offset=137441280 len=16384
read t=12882803302 offset=137457664 len=32768
read t=12932192302 offset=137490432 len=65536
read t=12982654302 offset=137555968 len=131072
read t=13032377302 offset=137687040 len=131072
read t=13082371302 offset=137994240 len=4096
read t=13131982302 offset=137998336 len=16384
read t=13182790302 offset=138014720 len=32768
read t=13232234302 offset=138047488 len=65536
read t=13282218302 offset=138113024 len=114688
read t=13332424302 offset=145526784 len=4096
read t=13387052302 offset=134631424 len=4096
read t=13432545302 offset=134635520 len=16384
read t=13482643302 offset=134651904 len=32768
read t=13532233302 offset=134684672 len=65536
read t=13582317302 offset=134750208 len=131072
read t=13632279302 offset=134881280 len=131072
read t=13683517302 offset=135012352 len=131072
read t=13736275302 offset=135143424 len=110592
read t=13786667302 offset=134565888 len=4096
read t=13832623302 offset=134569984 len=16384
read t=13882685302 offset=134586368 len=32768
read t=13932214302 offset=134619136 len=12288
read t=13985756302 offset=134508544 len=4096
read t=14032569302 offset=134512640 len=16384
read t=14083316302 offset=134529024 len=32768
read t=14132166302 offset=134561792 len=4096
read t=14196778302 offset=134377472 len=4096
read t=14232576302 offset=134381568 len=16384
read t=14282647302 offset=134397952 len=32768
read t=14335469302 offset=134430720 len=65536
read t=14382597302 offset=134496256 len=12288
read t=14445943302 offset=133701632 len=16384
read t=14482408302 offset=133718016 len=32768
read t=14532183302 offset=133750784 len=65536
read t=14582030302 offset=133816320 len=110592
read t=14693124302 offset=134344704 len=32768
read t=14743814302 offset=139747328 len=4096
read t=14744486302 offset=139751424 len=16384
read t=14782584302 offset=139767808 len=32768
read t=14832202302 offset=139800576 len=65536
read t=14882229302 offset=139866112 len=131072
read t=14931979302 offset=145743872 len=4096
read t=15013033302 offset=139608064 len=131072
read t=15032478302 offset=139997184 len=16384
read t=15082519302 offset=140013568 len=32768
read t=15132444302 offset=140046336 len=65536
read t=15181984302 offset=140111872 len=131072
read t=15231939302 offset=139739136 len=8192
read t=15291324302 offset=137867264 len=4096
read t=15332106302 offset=137871360 len=16384
read t=15382139302 offset=137887744 len=32768
read t=15431919302 offset=137920512 len=65536
read t=15481892302 offset=137986048 len=8192
read t=15719124302 offset=145580032 len=4096
read t=15784096302 offset=140242944 len=131072
read t=16157395302 offset=136364032 len=16384
read t=16162133302 offset=136380416 len=32768
read t=16197477302 offset=136413184 len=36864
read t=16396266302 offset=145780736 len=12288
read t=16461664302 offset=145575936 len=4096
read t=16566246302 offset=145686528 len=4096
read t=16566889302 offset=145690624 len=4096
read t=17386723302 offset=140374016 len=131072
read t=17723377302 offset=140505088 len=131072
read t=17912319302 offset=140636160 len=131072
read t=18270758302 offset=141045760 len=4096
read t=18272516302 offset=141049856 len=16384
read t=18273501302 offset=141066240 len=32768
read t=18360648302 offset=141000704 len=4096
read t=18361378302 offset=141004800 len=16384
read t=18373004302 offset=141021184 len=24576
read t=18429156302 offset=141099008 len=20480
read t=18471668302 offset=140767232 len=131072
read t=18531018302 offset=140898304 len=102400
read t=18582221302 offset=141119488 len=40960
read t=18894631302 offset=141160448 len=131072
read t=19371431302 offset=141291520 len=131072
read t=20723164302 offset=145715200 len=24576
read t=20724042302 offset=145596416 len=12288
read t=21475117302 offset=143302656 len=4096
read t=21475864302 offset=143306752 len=16384
read t=21476400302 offset=143323136 len=32768
read t=21477068302 offset=143355904 len=65536
read t=21526575302 offset=143843328 len=4096
read t=21577595302 offset=143847424 len=16384
read t=21626853302 offset=143863808 len=32768
read t=21679734302 offset=143896576 len=65536
read t=21726814302 offset=142540800 len=4096
read t=21777097302 offset=142544896 len=16384
read t=21826797302 offset=142561280 len=32768
read t=21879224302 offset=142594048 len=65536
read t=21932333302 offset=142659584 len=131072
read t=21976646302 offset=142254080 len=4096
read t=22026579302 offset=142258176 len=16384
read t=22077198302 offset=142274560 len=32768
read t=22128077302 offset=142307328 len=65536
read t=22176586302 offset=16384 len=32768
read t=22226525302 offset=142794752 len=4096
read t=22277851302 offset=142798848 len=16384
read t=22331564302 offset=142815232 len=32768
read t=22378775302 offset=142848000 len=65536
read t=22426970302 offset=145661952 len=24576
read t=22481635302 offset=143421440 len=131072
read t=22527381302 offset=141729792 len=4096
read t=22576594302 offset=141733888 len=16384
read t=22627570302 offset=141750272 len=32768
read t=22678325302 offset=142913536 len=131072
read t=22728413302 offset=143552512 len=131072
read t=22777196302 offset=141783040 len=73728
read t=22831048302 offset=141856768 len=131072
read t=22877304302 offset=143802368 len=4096
read t=22927541302 offset=143806464 len=16384
read t=22977836302 offset=143822848 len=20480
read t=23035948302 offset=145494016 len=4096
read t=23094934302 offset=145448960 len=4096
read t=23132566302 offset=143245312 len=4096
read t=23176686302 offset=143249408 len=16384
read t=23226886302 offset=143265792 len=32768
read t=23282875302 offset=143298560 len=4096
read t=23326985302 offset=143683584 len=118784
read t=23376638302 offset=145420288 len=4096
read t=23427617302 offset=143970304 len=4096
read t=23477390302 offset=143974400 len=16384
read t=23527045302 offset=143990784 len=32768
read t=23576955302 offset=144023552 len=65536
read t=23629132302 offset=142790656 len=4096
read t=23676697302 offset=141709312 len=4096
read t=23728303302 offset=141713408 len=16384
read t=23777905302 offset=144089088 len=131072
read t=23826555302 offset=145330176 len=4096
read t=23877072302 offset=142237696 len=4096
read t=23927541302 offset=142241792 len=12288
read t=24002048302 offset=145297408 len=4096
read t=24027272302 offset=142139392 len=4096
read t=24076635302 offset=142143488 len=16384
read t=24128425302 offset=142159872 len=32768
read t=24176418302 offset=145289216 len=4096
read t=24236918302 offset=142192640 len=45056
read t=24289066302 offset=142372864 len=49152
read t=24326930302 offset=145309696 len=4096
read t=24387029302 offset=49152 len=73728
read t=24427321302 offset=143962112 len=8192
read t=24476439302 offset=145530880 len=16384
read t=24527344302 offset=143101952 len=4096
read t=24577467302 offset=143106048 len=16384
read t=24626812302 offset=143122432 len=32768
read t=24676925302 offset=143044608 len=57344
read t=24727108302 offset=143155200 len=20480
read t=24777298302 offset=131072 len=4096
read t=24828616302 offset=144220160 len=131072
read t=24876578302 offset=143175680 len=69632
read t=24927148302 offset=262144 len=4096
read t=24978027302 offset=144351232 len=131072
read t=25027528302 offset=524288 len=4096
read t=25077753302 offset=144629760 len=4096
read t=25133831302 offset=144633856 len=16384
read t=25177385302 offset=144650240 len=32768
read t=25227760302 offset=144683008 len=65536
read t=25277101302 offset=1048576 len=4096
read t=25337284302 offset=144482304 len=131072
read t=25379952302 offset=144842752 len=4096
read t=25426585302 offset=144846848 len=16384
read t=25478404302 offset=144863232 len=98304
read t=25526751302 offset=2097152 len=4096
read t=25585811302 offset=4194304 len=4096
read t=25637985302 offset=122880 len=8192
read t=25677131302 offset=135168 len=126976
read t=25727159302 offset=266240 len=118784
read t=25778668302 offset=385024 len=131072
read t=25826972302 offset=516096 len=8192
read t=25877006302 offset=528384 len=118784
read t=25927011302 offset=647168 len=131072
read t=25976517302 offset=144613376 len=16384
read t=26026485302 offset=145227776 len=4096
read t=26077465302 offset=145231872 len=16384
read t=26127997302 offset=145248256 len=32768
read t=26176785302 offset=145281024 len=8192
read t=26226870302 offset=145293312 len=4096
read t=26277164302 offset=145301504 len=8192
read t=26331782302 offset=145313792 len=16384
read t=26376989302 offset=145334272 len=86016
read t=26427716302 offset=145424384 len=24576
read t=26477112302 offset=145453056 len=40960
read t=26526886302 offset=145498112 len=28672
read t=26576898302 offset=145547264 len=28672
read t=26627103302 offset=145584128 len=4096
read t=26676900302 offset=145608704 len=24576
read t=26733106302 offset=144961536 len=131072
read t=26782521302 offset=144748544 len=94208
read t=27265065302 offset=61440 len=4096
read t=27314476302 offset=192512 len=4096
read t=27365040302 offset=454656 len=4096
read t=27415271302 offset=978944 len=4096
read t=27465991302 offset=2027520 len=4096
read t=27516469302 offset=4124672 len=4096
read t=27765040302 offset=145092608 len=131072
read t=27864772302 offset=145223680 len=4096
read t=28018079302 offset=0 len=61440
read t=28065185302 offset=65536 len=126976
read t=28115939302 offset=196608 len=131072
read t=28164398302 offset=327680 len=126976
end files=443 reads=317
