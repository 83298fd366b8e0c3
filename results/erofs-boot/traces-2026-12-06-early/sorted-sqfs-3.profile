liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145764384 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=5f86403d4372e91a74856647f36de5b33e07ad89201256faecad29c803b975b5
events 363
dropped 0
boots 1
duration_ns 44276464143
file /usr/bin/addpart inode=268 t=14988589319 kinds=fragment-inferred,block pages=0-7 ranks=0 count=3
file /usr/bin/apt inode=269 t=14988589319 kinds=fragment-inferred,block pages=0-4 ranks=1 count=3
file /usr/lib/systemd/systemd inode=5910 t=15931104319 kinds=fragment-inferred,block pages=0-22 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=15969075319 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=3,6,54,72,65,7 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=16375497319 kinds=block pages=0-52 ranks=4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=16451417319 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=5,13,56,55,57,14 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=16790489319 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=8,10,73,71,70,69,68,64,9 count=15
file /etc/ld.so.cache inode=100 t=17490241319 kinds=fragment-inferred,block pages=0-1 ranks=11 count=1
file /usr/bin/dash inode=306 t=17490241319 kinds=fragment-inferred,block pages=0-30 ranks=12 count=1
file /usr/bin/touch inode=536 t=17592075319 kinds=fragment-inferred,block pages=0-26 ranks=15 count=1
file /usr/sbin/switch_root inode=7455 t=17592075319 kinds=fragment-inferred,block pages=0-4 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=17678730319 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=17678730319 kinds=fragment-inferred,block pages=0-16 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=17678730319 kinds=fragment-inferred,block pages=0-31 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=17692346319 kinds=fragment-inferred,block pages=0-27 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=17692346319 kinds=fragment-inferred,block pages=0-9 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=17692346319 kinds=fragment-inferred,block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=17741983319 kinds=block pages=0-42 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=17741983319 kinds=block pages=0-98 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=17792054319 kinds=block pages=0-31,32-63,64-86 ranks=25,63,26 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=17991755319 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=17991755319 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=17991755319 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=17991755319 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=17991755319 kinds=fragment-inferred,block pages=0-1 ranks=31 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=17991755319 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=17991755319 kinds=fragment-inferred,block pages=0-7 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=17991755319 kinds=fragment-inferred,block pages=0-11 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=17991755319 kinds=fragment-inferred,block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=18041901319 kinds=block pages=0-50 ranks=36 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=18041901319 kinds=block pages=0-159,160-223,224-287,288-325 ranks=37,62,236,38 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=18298593319 kinds=block pages=0-36 ranks=39 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=18341881319 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=40,61,66,232,67,60,41 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=18591924319 kinds=block pages=0-127,128-159,160-186 ranks=42,59,43 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=18841907319 kinds=block pages=0-46 ranks=44 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=18892187319 kinds=block pages=0-127,128-191,192-222 ranks=45,58,46 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=19141778319 kinds=block pages=0-95,96-127,128-153 ranks=47,51,48 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=19391921319 kinds=block pages=0-38 ranks=49 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=19391921319 kinds=block pages=0-31,32-171 ranks=50,52 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=19546564319 kinds=block pages=0-63,64-287,288-308 ranks=53,77,231 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=23161339319 kinds=block pages=0-186 ranks=74 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=23231777319 kinds=fragment-inferred,block pages=0-26 ranks=75 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=23231777319 kinds=fragment-inferred,block pages=0-27 ranks=76 count=1
file /etc/hostname inode=90 t=23377879319 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /etc/machine-id inode=112 t=23377879319 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /etc/systemd/system.conf inode=213 t=23377879319 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=23377879319 kinds=fragment-inferred,block pages=0-8 ranks=81 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=23377879319 kinds=fragment-inferred,block pages=0-15 ranks=82 count=1
file /usr/lib/os-release inode=5577 t=23377879319 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=23377879319 kinds=fragment-inferred,block pages=0 ranks=84 count=1
file /usr/bin/kmod inode=384 t=23531787319 kinds=block pages=0-43 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=23531787319 kinds=fragment-inferred,block pages=0-8 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=23531787319 kinds=fragment-inferred,block pages=0-3 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=23531787319 kinds=fragment-inferred,block pages=0-10 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=23531787319 kinds=fragment-inferred,block pages=0-5 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=23546248319 kinds=fragment-inferred,block pages=0-7 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=23546248319 kinds=fragment-inferred,block pages=0-3 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=23546248319 kinds=fragment-inferred,block pages=0-5 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=23546248319 kinds=fragment-inferred,block pages=0-3 ranks=93 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=23546248319 kinds=fragment-inferred,block pages=0-3 ranks=94 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=23546248319 kinds=fragment-inferred,block pages=0-3 ranks=95 count=1
file /etc/fstab inode=83 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=23546248319 kinds=fragment-inferred,block pages=0-7 ranks=191 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=23546248319 kinds=fragment-inferred,block pages=0-7 ranks=192 count=1
file /usr/bin/mount inode=423 t=23546248319 kinds=fragment-inferred,block pages=0-14 ranks=193 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=23546248319 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=23546248319 kinds=fragment-inferred,block pages=0-6 ranks=229 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=23546248319 kinds=block pages=0-31,32-86 ranks=230,233 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=24819465319 kinds=fragment-inferred,block pages=0-28 ranks=234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=24819465319 kinds=block pages=0-105 ranks=235 count=1
file /etc/modules inode=115 t=28380434319 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /etc/systemd/journald.conf inode=189 t=28380434319 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /etc/udev/udev.conf inode=223 t=28380434319 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=28380434319 kinds=fragment-inferred,block pages=0-3 ranks=240 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=28380434319 kinds=fragment-inferred,block pages=0-4 ranks=241 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=28380434319 kinds=fragment-inferred,block pages=0-5 ranks=242 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=28380434319 kinds=fragment-inferred,block pages=0-4 ranks=243 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=28380434319 kinds=fragment-inferred,block pages=0-5 ranks=244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=28380434319 kinds=block pages=0-100 ranks=245 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=29063145319 kinds=block pages=0-41 ranks=246 count=1
file /usr/bin/udevadm inode=546 t=29063145319 kinds=block pages=0-31,32-255,256-287,288-330 ranks=247,260,258,248 count=7
file /etc/group inode=85 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /etc/nsswitch.conf inode=120 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /etc/passwd inode=141 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/bin/systemd-sysusers inode=520 t=29784600319 kinds=fragment-inferred,block pages=0-15 ranks=252 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=29784600319 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/bin/journalctl inode=382 t=30004599319 kinds=fragment-inferred,block pages=0-18 ranks=259 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=31082568319 kinds=fragment-inferred,block pages=0-27 ranks=261 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=31082568319 kinds=fragment-inferred,block pages=0-4 ranks=282 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=31082568319 kinds=fragment-inferred,block pages=0-3 ranks=283 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=31082568319 kinds=fragment-inferred,block pages=0-1 ranks=285 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=31082568319 kinds=fragment-inferred,block pages=0-1 ranks=286 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=31082568319 kinds=fragment-inferred,block pages=0-2 ranks=299 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=31082568319 kinds=fragment-inferred,block pages=0-1 ranks=316 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=31082568319 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=31082568319 kinds=fragment-inferred,block pages=0-1 ranks=324 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=31082568319 kinds=block pages=0-447,960-991,992-1183,1184-1439,1728-1919,1920-1951,1952-2015,2016-2175,2176-2303,2464-2655,2656-2751,2752-2911,2944-3007,3008-3135,3136-3178 ranks=325,347,332,338,353,352,331,333,355,330,334,336,369,363,354 count=25
file /usr/bin/systemctl inode=495 t=35960446319 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=326,335,337,349,348,327 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=36158439319 kinds=fragment-inferred,block pages=0-21 ranks=328 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=36158439319 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=37704543319 kinds=fragment-inferred,block pages=0-7 ranks=339 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=37704543319 kinds=fragment-inferred,block pages=0-13 ranks=340 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=37704543319 kinds=fragment-inferred,block pages=0-8 ranks=341 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=37762307319 kinds=block pages=0-46 ranks=342 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=37762307319 kinds=fragment-inferred,block pages=0-12 ranks=343 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=37762307319 kinds=fragment-inferred,block pages=0-2 ranks=344 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=37762307319 kinds=fragment-inferred,block pages=0-3 ranks=345 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=37762307319 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=38304849319 kinds=block pages=0-95 ranks=350 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=38304849319 kinds=block pages=0-31,32-351,352-580 ranks=351,372,409 count=4
file /usr/bin/apt-cache inode=270 t=39007990319 kinds=fragment-inferred,block pages=0-21 ranks=356 count=2
file /usr/bin/apt-cdrom inode=271 t=39007990319 kinds=fragment-inferred,block pages=0-5 ranks=357 count=2
file /usr/bin/apt-config inode=272 t=39007990319 kinds=fragment-inferred,block pages=0-6 ranks=358 count=4
file /usr/bin/apt-get inode=273 t=39007990319 kinds=fragment-inferred,block pages=0-12 ranks=359 count=4
file /usr/bin/apt-key inode=274 t=39007990319 kinds=fragment-inferred,block pages=0-6 ranks=360 count=4
file /usr/bin/apt-mark inode=275 t=39007990319 kinds=fragment-inferred,block pages=0-14 ranks=361 count=2
file /usr/bin/arch inode=276 t=39007990319 kinds=fragment-inferred,block pages=0-10 ranks=362 count=2
file /etc/e2scrub.conf inode=81 t=39404792319 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /usr/bin/cat inode=287 t=39404792319 kinds=fragment-inferred,block pages=0-10 ranks=365 count=1
file /usr/bin/readlink inode=454 t=39404792319 kinds=fragment-inferred,block pages=0-12 ranks=366 count=1
file /usr/sbin/e2scrub_all inode=7374 t=39404792319 kinds=fragment-inferred,block pages=0-1 ranks=367 count=1
file /usr/bin/bash inode=283 t=39455344319 kinds=block pages=0-31,32-95,96-223,224-308 ranks=368,410,414,406 count=6
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=39704920319 kinds=fragment-inferred,block pages=0-6 ranks=370 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=39704920319 kinds=fragment-inferred,block pages=0-19 ranks=371 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=40153810319 kinds=fragment-inferred,block pages=0-11 ranks=373 count=1
file /usr/lib/udev/ata_id inode=6065 t=40153810319 kinds=fragment-inferred,block pages=0-16 ranks=374 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=40314301319 kinds=fragment-inferred,block pages=0-18 ranks=375 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=40359395319 kinds=block pages=0-63 ranks=376 count=1
file /usr/bin/b2sum inode=278 t=40454109319 kinds=fragment-inferred,block pages=0-14 ranks=377 count=2
file /usr/bin/base32 inode=279 t=40454109319 kinds=fragment-inferred,block pages=0-11 ranks=378 count=2
file /usr/bin/base64 inode=280 t=40454109319 kinds=fragment-inferred,block pages=0-11 ranks=379 count=2
file /usr/bin/basename inode=281 t=40454109319 kinds=fragment-inferred,block pages=0-10 ranks=380 count=2
file /usr/bin/basenc inode=282 t=40454109319 kinds=fragment-inferred,block pages=0-13 ranks=381 count=3
file /usr/bin/bashbug inode=284 t=40454109319 kinds=fragment-inferred,block pages=0-1 ranks=382 count=3
file /usr/bin/busctl inode=285 t=40454109319 kinds=fragment-inferred,block pages=0-22 ranks=383 count=3
file /usr/bin/chattr inode=289 t=40454109319 kinds=fragment-inferred,block pages=0-3 ranks=384 count=2
file /usr/bin/chcon inode=290 t=40454109319 kinds=fragment-inferred,block pages=0-16 ranks=385 count=2
file /usr/bin/chfn inode=291 t=40506119319 kinds=fragment-inferred,block pages=0-15 ranks=386 count=2
file /usr/bin/chgrp inode=292 t=40506119319 kinds=fragment-inferred,block pages=0-16 ranks=387 count=2
file /usr/bin/chmod inode=293 t=40506119319 kinds=fragment-inferred,block pages=0-15 ranks=388 count=3
file /usr/bin/choom inode=294 t=40506119319 kinds=fragment-inferred,block pages=0-13 ranks=389 count=3
file /usr/bin/chown inode=295 t=40557065319 kinds=fragment-inferred,block pages=0-17 ranks=390 count=2
file /usr/bin/chrt inode=296 t=40557065319 kinds=fragment-inferred,block pages=0-16 ranks=391 count=2
file /usr/bin/chsh inode=297 t=40557065319 kinds=fragment-inferred,block pages=0-12 ranks=392 count=2
file /usr/bin/cksum inode=298 t=40557065319 kinds=block pages=0-34 ranks=393 count=3
file /usr/bin/clear inode=299 t=40656071319 kinds=fragment-inferred,block pages=0-3 ranks=394 count=1
file /usr/bin/clear_console inode=300 t=40656071319 kinds=fragment-inferred,block pages=0-3 ranks=395 count=1
file /usr/bin/cmp inode=301 t=40656071319 kinds=fragment-inferred,block pages=0-12 ranks=396 count=1
file /usr/bin/comm inode=302 t=40656071319 kinds=fragment-inferred,block pages=0-11 ranks=397 count=1
file /usr/bin/cp inode=303 t=40656071319 kinds=block pages=0-36 ranks=398 count=1
file /usr/bin/csplit inode=304 t=40707073319 kinds=fragment-inferred,block pages=0-29 ranks=399 count=1
file /usr/bin/cut inode=305 t=40707073319 kinds=fragment-inferred,block pages=0-11 ranks=400 count=1
file /usr/bin/date inode=307 t=40707073319 kinds=fragment-inferred,block pages=0-29 ranks=401 count=1
file /usr/bin/dd inode=308 t=40707073319 kinds=fragment-inferred,block pages=0-21 ranks=402 count=1
file /usr/bin/deb-systemd-helper inode=309 t=40707073319 kinds=fragment-inferred,block pages=0-5 ranks=403 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=40707073319 kinds=fragment-inferred,block pages=0-1 ranks=404 count=1
file /usr/bin/debconf inode=311 t=40707073319 kinds=fragment-inferred,block pages=0 ranks=405 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=41206218319 kinds=block pages=0-49 ranks=407 count=3
file /usr/bin/sleep inode=486 t=41255322319 kinds=fragment-inferred,block pages=0-10 ranks=408 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=41523078319 kinds=block pages=0-97 ranks=411 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=43362196319 kinds=fragment-inferred,block pages=0-14 ranks=412 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=43362196319 kinds=fragment-inferred,block pages=0-16 ranks=413 count=1
read t=14988589319 offset=0 len=16384
read t=15048665319 offset=145764352 len=4096
read t=15056167319 offset=145760256 len=4096
read t=15109486319 offset=145743872 len=4096
read t=15157007319 offset=145612800 len=4096
read t=15228899319 offset=145731584 len=4096
read t=15436795319 offset=145604608 len=4096
read t=15476167319 offset=145608704 len=4096
read t=15476885319 offset=145616896 len=8192
read t=15488846319 offset=145723392 len=4096
read t=15489666319 offset=145727488 len=4096
read t=15540236319 offset=145735680 len=8192
read t=15588139319 offset=145559552 len=4096
read t=15639808319 offset=145563648 len=16384
read t=15917584319 offset=145719296 len=4096
read t=15924828319 offset=133287936 len=4096
read t=15928358319 offset=133292032 len=16384
read t=15931104319 offset=133308416 len=32768
read t=15969075319 offset=133341184 len=65536
read t=16055524319 offset=145600512 len=4096
read t=16072037319 offset=145666048 len=4096
read t=16166800319 offset=145670144 len=16384
read t=16172684319 offset=145555456 len=4096
read t=16227694319 offset=132333568 len=4096
read t=16269357319 offset=132337664 len=16384
read t=16319268319 offset=132354048 len=32768
read t=16375497319 offset=132386816 len=65536
read t=16451417319 offset=132452352 len=131072
read t=16499512319 offset=145707008 len=4096
read t=16568065319 offset=145711104 len=8192
read t=16570611319 offset=133406720 len=131072
read t=16619816319 offset=133931008 len=4096
read t=16670222319 offset=133935104 len=16384
read t=16723299319 offset=133951488 len=32768
read t=16790489319 offset=133984256 len=65536
read t=16819001319 offset=134049792 len=131072
read t=16870586319 offset=135254016 len=4096
read t=16919463319 offset=135258112 len=16384
read t=16973439319 offset=135274496 len=32768
read t=17048552319 offset=134180864 len=131072
read t=17070595319 offset=132276224 len=4096
read t=17151266319 offset=132280320 len=16384
read t=17169919319 offset=132296704 len=32768
read t=17490241319 offset=132329472 len=4096
read t=17504793319 offset=132583424 len=131072
read t=17526588319 offset=133218304 len=4096
read t=17529671319 offset=133222400 len=16384
read t=17543373319 offset=133238784 len=32768
read t=17592075319 offset=133271552 len=16384
read t=17678730319 offset=135307264 len=73728
read t=17692346319 offset=135380992 len=131072
read t=17741983319 offset=135512064 len=131072
read t=17792054319 offset=135643136 len=131072
read t=17964082319 offset=135819264 len=4096
read t=17966704319 offset=135823360 len=16384
read t=17967244319 offset=135839744 len=32768
read t=17991755319 offset=135872512 len=65536
read t=18041901319 offset=135938048 len=131072
read t=18106640319 offset=136069120 len=131072
read t=18194780319 offset=136417280 len=4096
read t=18195244319 offset=136421376 len=16384
read t=18242236319 offset=136437760 len=32768
read t=18298593319 offset=136470528 len=65536
read t=18341881319 offset=136536064 len=131072
read t=18391999319 offset=136667136 len=131072
read t=18441968319 offset=138260480 len=4096
read t=18492136319 offset=138264576 len=16384
read t=18542390319 offset=138280960 len=32768
read t=18591924319 offset=138313728 len=65536
read t=18641827319 offset=138379264 len=131072
read t=18691955319 offset=138534912 len=4096
read t=18741993319 offset=138539008 len=16384
read t=18793196319 offset=138555392 len=32768
read t=18841907319 offset=138588160 len=65536
read t=18892187319 offset=138653696 len=131072
read t=18941972319 offset=138784768 len=131072
read t=18991830319 offset=139063296 len=4096
read t=19041966319 offset=139067392 len=16384
read t=19092199319 offset=139083776 len=32768
read t=19141778319 offset=139116544 len=65536
read t=19195469319 offset=139182080 len=131072
read t=19241812319 offset=139317248 len=4096
read t=19292191319 offset=139321344 len=16384
read t=19346797319 offset=139337728 len=32768
read t=19391921319 offset=139370496 len=65536
read t=19452749319 offset=139313152 len=4096
read t=19491924319 offset=139436032 len=8192
read t=19546564319 offset=139444224 len=131072
read t=19592092319 offset=133537792 len=131072
read t=19646693319 offset=132734976 len=4096
read t=19692133319 offset=132739072 len=16384
read t=19742163319 offset=132755456 len=32768
read t=19791909319 offset=132788224 len=65536
read t=19841762319 offset=132853760 len=131072
read t=19891949319 offset=132714496 len=16384
read t=19941976319 offset=132730880 len=4096
read t=20006735319 offset=132984832 len=16384
read t=20042145319 offset=133001216 len=32768
read t=20091936319 offset=133033984 len=65536
read t=20145714319 offset=133099520 len=118784
read t=20208968319 offset=138915840 len=131072
read t=20241469319 offset=139046912 len=16384
read t=20291902319 offset=138510336 len=24576
read t=20341853319 offset=138199040 len=4096
read t=20392754319 offset=138203136 len=16384
read t=20442304319 offset=138219520 len=32768
read t=20491835319 offset=138252288 len=8192
read t=20541435319 offset=136798208 len=131072
read t=20777050319 offset=136200192 len=131072
read t=20793355319 offset=135774208 len=16384
read t=20793750319 offset=135790592 len=28672
read t=20802149319 offset=135221248 len=4096
read t=20828000319 offset=135225344 len=16384
read t=20877966319 offset=135241728 len=12288
read t=20988855319 offset=133894144 len=4096
read t=20989357319 offset=133898240 len=16384
read t=21027994319 offset=133914624 len=16384
read t=21152652319 offset=137404416 len=4096
read t=21156690319 offset=137408512 len=16384
read t=21178160319 offset=137424896 len=32768
read t=21228232319 offset=137457664 len=65536
read t=21281675319 offset=137523200 len=131072
read t=21327999319 offset=137654272 len=131072
read t=21377842319 offset=137965568 len=4096
read t=21428029319 offset=137969664 len=16384
read t=21487924319 offset=137986048 len=32768
read t=21527863319 offset=138018816 len=65536
read t=21577850319 offset=138084352 len=114688
read t=21627845319 offset=145494016 len=4096
read t=21678219319 offset=145498112 len=16384
read t=21751197319 offset=134598656 len=4096
read t=21777971319 offset=134602752 len=16384
read t=21846985319 offset=134619136 len=32768
read t=21877865319 offset=134651904 len=65536
read t=21946608319 offset=134717440 len=131072
read t=21980190319 offset=134848512 len=131072
read t=22047409319 offset=134979584 len=131072
read t=22083185319 offset=135110656 len=110592
read t=22156394319 offset=134533120 len=4096
read t=22177825319 offset=134537216 len=16384
read t=22228088319 offset=134553600 len=32768
read t=22277884319 offset=134586368 len=12288
read t=22332464319 offset=134475776 len=4096
read t=22378659319 offset=134479872 len=16384
read t=22430675319 offset=134496256 len=32768
read t=22477940319 offset=134529024 len=4096
read t=22562713319 offset=134344704 len=4096
read t=22578396319 offset=134348800 len=16384
read t=22628193319 offset=134365184 len=32768
read t=22678116319 offset=134397952 len=65536
read t=22730101319 offset=134463488 len=12288
read t=22808853319 offset=133668864 len=16384
read t=22829162319 offset=133685248 len=32768
read t=22877869319 offset=133718016 len=65536
read t=22927908319 offset=133783552 len=110592
read t=23066047319 offset=134311936 len=32768
read t=23158107319 offset=139714560 len=4096
read t=23160738319 offset=139718656 len=16384
read t=23161339319 offset=139735040 len=32768
read t=23178135319 offset=139767808 len=65536
read t=23231777319 offset=139833344 len=131072
read t=23277876319 offset=145747968 len=12288
read t=23331213319 offset=139575296 len=131072
read t=23377879319 offset=139964416 len=16384
read t=23428466319 offset=139980800 len=32768
read t=23531787319 offset=140013568 len=65536
read t=23546248319 offset=140079104 len=131072
read t=23587481319 offset=139706368 len=8192
read t=23659143319 offset=137834496 len=4096
read t=23678051319 offset=137838592 len=16384
read t=23728048319 offset=137854976 len=32768
read t=23777886319 offset=137887744 len=65536
read t=23827838319 offset=137953280 len=12288
read t=24678036319 offset=145547264 len=4096
read t=24680228319 offset=145551360 len=4096
read t=24819465319 offset=140210176 len=131072
read t=25767062319 offset=136331264 len=16384
read t=25780510319 offset=136347648 len=32768
read t=25859026319 offset=136380416 len=36864
read t=26515468319 offset=145657856 len=4096
read t=26517630319 offset=145661952 len=4096
read t=28286732319 offset=145686528 len=20480
read t=28380434319 offset=140341248 len=131072
read t=29063145319 offset=140472320 len=131072
read t=29734513319 offset=141012992 len=4096
read t=29768480319 offset=141017088 len=16384
read t=29784600319 offset=141033472 len=32768
read t=29938680319 offset=140972032 len=4096
read t=29983311319 offset=140976128 len=16384
read t=29991322319 offset=140992512 len=20480
read t=30004599319 offset=141066240 len=24576
read t=30028498319 offset=140603392 len=16384
read t=30044064319 offset=140619776 len=32768
read t=30104166319 offset=140652544 len=81920
read t=30144075319 offset=140734464 len=131072
read t=30208422319 offset=140865536 len=106496
read t=30276351319 offset=141090816 len=36864
read t=31082568319 offset=141127680 len=131072
read t=32301548319 offset=141258752 len=131072
read t=34389003319 offset=145580032 len=20480
read t=35954442319 offset=143273984 len=4096
read t=35959826319 offset=143278080 len=16384
read t=35960446319 offset=143294464 len=32768
read t=35960728319 offset=143327232 len=65536
read t=36005766319 offset=143810560 len=4096
read t=36056054319 offset=143814656 len=16384
read t=36106037319 offset=143831040 len=32768
read t=36158439319 offset=143863808 len=65536
read t=36205784319 offset=142512128 len=4096
read t=36259324319 offset=142516224 len=16384
read t=36306096319 offset=142532608 len=32768
read t=36356580319 offset=142565376 len=73728
read t=36411132319 offset=142639104 len=131072
read t=36456006319 offset=16384 len=32768
read t=36852264319 offset=145633280 len=4096
read t=36853896319 offset=142225408 len=4096
read t=36864869319 offset=142229504 len=16384
read t=36871978319 offset=142245888 len=32768
read t=36904470319 offset=145637376 len=4096
read t=36955934319 offset=141697024 len=4096
read t=37008592319 offset=141701120 len=16384
read t=37061013319 offset=141717504 len=32768
read t=37104078319 offset=141750272 len=65536
read t=37154035319 offset=142278656 len=73728
read t=37203842319 offset=142770176 len=16384
read t=37254943319 offset=142786560 len=32768
read t=37304030319 offset=142819328 len=65536
read t=37362687319 offset=143392768 len=131072
read t=37432025319 offset=142884864 len=131072
read t=37463143319 offset=145465344 len=4096
read t=37532975319 offset=143523840 len=131072
read t=37553959319 offset=141815808 len=131072
read t=37606799319 offset=143970304 len=4096
read t=37654199319 offset=143974400 len=16384
read t=37704543319 offset=143990784 len=32768
read t=37762307319 offset=144023552 len=65536
read t=37804250319 offset=145420288 len=4096
read t=37872977319 offset=141680640 len=4096
read t=37904686319 offset=141684736 len=12288
read t=37960165319 offset=143773696 len=4096
read t=38003554319 offset=143777792 len=16384
read t=38054105319 offset=143794176 len=16384
read t=38115676319 offset=145391616 len=4096
read t=38159639319 offset=145301504 len=4096
read t=38221784319 offset=143654912 len=118784
read t=38272764319 offset=145268736 len=4096
read t=38304849319 offset=144089088 len=131072
read t=38354927319 offset=142209024 len=4096
read t=38407154319 offset=142213120 len=12288
read t=38470123319 offset=145260544 len=4096
read t=38515856319 offset=142106624 len=4096
read t=38559884319 offset=142110720 len=16384
read t=38605100319 offset=142127104 len=32768
read t=38654158319 offset=142159872 len=49152
read t=38704801319 offset=145281024 len=4096
read t=38789085319 offset=143212544 len=4096
read t=38808876319 offset=143216640 len=16384
read t=38854568319 offset=143233024 len=32768
read t=38913876319 offset=143265792 len=8192
read t=38954366319 offset=142352384 len=69632
read t=39007990319 offset=49152 len=73728
read t=39054847319 offset=143069184 len=4096
read t=39104030319 offset=143073280 len=16384
read t=39154477319 offset=143089664 len=32768
read t=39246691319 offset=143122432 len=73728
read t=39313754319 offset=143196160 len=16384
read t=39345233319 offset=144809984 len=4096
read t=39356008319 offset=144814080 len=16384
read t=39404792319 offset=144830464 len=32768
read t=39455344319 offset=144863232 len=65536
read t=39505787319 offset=143028224 len=4096
read t=39555001319 offset=143032320 len=16384
read t=39606142319 offset=143048704 len=20480
read t=39656546319 offset=131072 len=4096
read t=39704920319 offset=143929344 len=16384
read t=39774325319 offset=262144 len=4096
read t=39826316319 offset=524288 len=4096
read t=39878490319 offset=1048576 len=4096
read t=39905567319 offset=2097152 len=4096
read t=39963045319 offset=4194304 len=4096
read t=40007530319 offset=145514496 len=32768
read t=40054536319 offset=144220160 len=131072
read t=40108726319 offset=144351232 len=131072
read t=40153810319 offset=143945728 len=24576
read t=40206242319 offset=144596992 len=4096
read t=40256325319 offset=144601088 len=16384
read t=40314301319 offset=144617472 len=32768
read t=40359395319 offset=144650240 len=65536
read t=40407533319 offset=122880 len=8192
read t=40454109319 offset=135168 len=126976
read t=40506119319 offset=266240 len=118784
read t=40557065319 offset=385024 len=131072
read t=40606026319 offset=516096 len=8192
read t=40656071319 offset=528384 len=118784
read t=40707073319 offset=647168 len=131072
read t=40754574319 offset=145227776 len=4096
read t=40806059319 offset=145231872 len=16384
read t=40859729319 offset=145248256 len=12288
read t=40903752319 offset=145264640 len=4096
read t=40954157319 offset=145272832 len=8192
read t=41003493319 offset=145285120 len=16384
read t=41063141319 offset=145305600 len=40960
read t=41103896319 offset=145346560 len=45056
read t=41159012319 offset=145395712 len=24576
read t=41206218319 offset=145424384 len=40960
read t=41255322319 offset=145469440 len=24576
read t=41311204319 offset=145625088 len=8192
read t=41357298319 offset=145641472 len=16384
read t=41418145319 offset=144482304 len=114688
read t=41454584319 offset=144928768 len=131072
read t=41523078319 offset=144715776 len=28672
read t=42319494319 offset=0 len=2048
read t=42360866319 offset=63488 len=4096
read t=42415426319 offset=194560 len=4096
read t=42457455319 offset=456704 len=4096
read t=42507790319 offset=980992 len=4096
read t=42558323319 offset=2029568 len=4096
read t=42611837319 offset=4126720 len=4096
read t=43008048319 offset=2048 len=61440
read t=43059822319 offset=67584 len=126976
read t=43109574319 offset=198656 len=131072
read t=43160786319 offset=329728 len=126976
read t=43226894319 offset=145422336 len=131072
read t=43260973319 offset=145553408 len=131072
read t=43322614319 offset=145684480 len=83968
read t=43362196319 offset=144744448 len=65536
read t=43836303319 offset=145059840 len=131072
read t=43853300319 offset=145190912 len=36864
end files=349 reads=328
