liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=145764384 mkfs_time=1796522968 inode_count=12821 block_size=131072 compressor=zstd sha256=5f86403d4372e91a74856647f36de5b33e07ad89201256faecad29c803b975b5
events 360
dropped 0
boots 1
duration_ns 45333223522
file /usr/bin/addpart inode=268 t=14343463403 kinds=fragment-inferred,block pages=0-7 ranks=0 count=3
file /usr/bin/apt inode=269 t=14343463403 kinds=fragment-inferred,block pages=0-4 ranks=1 count=3
file /usr/lib/systemd/systemd inode=5910 t=15118724403 kinds=fragment-inferred,block pages=0-22 ranks=2 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=15168368403 kinds=block pages=0-63,64-127,128-223,224-383,384-447,448-505 ranks=3,6,54,72,65,7 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=15568219403 kinds=block pages=0-52 ranks=4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=15618217403 kinds=block pages=0-63,64-127,128-159,160-287,288-447,448-470 ranks=5,13,56,55,57,14 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=15968316403 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=8,10,73,71,70,69,68,64,9 count=15
file /etc/ld.so.cache inode=100 t=16418305403 kinds=fragment-inferred,block pages=0-1 ranks=11 count=1
file /usr/bin/dash inode=306 t=16418305403 kinds=fragment-inferred,block pages=0-30 ranks=12 count=1
file /usr/bin/touch inode=536 t=16668299403 kinds=fragment-inferred,block pages=0-26 ranks=15 count=1
file /usr/sbin/switch_root inode=7455 t=16668299403 kinds=fragment-inferred,block pages=0-4 ranks=16 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=16718493403 kinds=fragment-inferred,block pages=0-31 ranks=17 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=16718493403 kinds=fragment-inferred,block pages=0-16 ranks=18 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=16718493403 kinds=fragment-inferred,block pages=0-31 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=16768421403 kinds=fragment-inferred,block pages=0-27 ranks=20 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=16768421403 kinds=fragment-inferred,block pages=0-9 ranks=21 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=16768421403 kinds=fragment-inferred,block pages=0-19 ranks=22 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=16831879403 kinds=block pages=0-42 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=16831879403 kinds=block pages=0-98 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=16868238403 kinds=block pages=0-31,32-63,64-86 ranks=25,63,26 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=17068191403 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=17068191403 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=17068191403 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=5566 t=17068191403 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=5567 t=17068191403 kinds=fragment-inferred,block pages=0-1 ranks=31 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=5573 t=17068191403 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=17068191403 kinds=fragment-inferred,block pages=0-7 ranks=33 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=17068191403 kinds=fragment-inferred,block pages=0-11 ranks=34 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=17068191403 kinds=fragment-inferred,block pages=0-8 ranks=35 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=17118243403 kinds=block pages=0-50 ranks=36 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=17118243403 kinds=block pages=0-159,160-223,224-287,288-325 ranks=37,62,236,38 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=17368349403 kinds=block pages=0-36 ranks=39 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=17418233403 kinds=block pages=0-255,256-319,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=40,61,66,232,67,60,41 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=17683781403 kinds=block pages=0-127,128-159,160-186 ranks=42,59,43 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=17918173403 kinds=block pages=0-46 ranks=44 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=17968280403 kinds=block pages=0-127,128-191,192-222 ranks=45,58,46 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=18218168403 kinds=block pages=0-95,96-127,128-153 ranks=47,51,48 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=18468694403 kinds=block pages=0-38 ranks=49 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=5570 t=18468694403 kinds=block pages=0-31,32-171 ranks=50,52 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=5564 t=18618159403 kinds=block pages=0-63,64-287,288-308 ranks=53,77,231 count=3
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=5575 t=22178843403 kinds=block pages=0-186 ranks=74 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=22268292403 kinds=fragment-inferred,block pages=0-26 ranks=75 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=22268292403 kinds=fragment-inferred,block pages=0-27 ranks=76 count=1
file /etc/hostname inode=90 t=22418302403 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /etc/machine-id inode=112 t=22418302403 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /etc/systemd/system.conf inode=213 t=22418302403 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=22418302403 kinds=fragment-inferred,block pages=0-8 ranks=81 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=22418302403 kinds=fragment-inferred,block pages=0-15 ranks=82 count=1
file /usr/lib/os-release inode=5577 t=22418302403 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=22418302403 kinds=fragment-inferred,block pages=0 ranks=84 count=1
file /usr/bin/kmod inode=384 t=22554261403 kinds=block pages=0-43 ranks=85 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=22554261403 kinds=fragment-inferred,block pages=0-8 ranks=86 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=22554261403 kinds=fragment-inferred,block pages=0-3 ranks=87 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=22554261403 kinds=fragment-inferred,block pages=0-10 ranks=88 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=22554261403 kinds=fragment-inferred,block pages=0-5 ranks=89 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=22568066403 kinds=fragment-inferred,block pages=0-7 ranks=90 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=22568066403 kinds=fragment-inferred,block pages=0-3 ranks=91 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=22568066403 kinds=fragment-inferred,block pages=0-5 ranks=92 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=22568066403 kinds=fragment-inferred,block pages=0-3 ranks=93 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=22568066403 kinds=fragment-inferred,block pages=0-3 ranks=94 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=22568066403 kinds=fragment-inferred,block pages=0-3 ranks=95 count=1
file /etc/fstab inode=83 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=110 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=143 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=156 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=157 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=22568066403 kinds=fragment-inferred,block pages=0-7 ranks=191 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=22568066403 kinds=fragment-inferred,block pages=0-7 ranks=192 count=1
file /usr/bin/mount inode=423 t=22568066403 kinds=fragment-inferred,block pages=0-14 ranks=193 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=5571 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=22568066403 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=22568066403 kinds=fragment-inferred,block pages=0-6 ranks=229 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=22568066403 kinds=block pages=0-31,32-86 ranks=230,233 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=23434380403 kinds=fragment-inferred,block pages=0-28 ranks=234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=23434380403 kinds=block pages=0-105 ranks=235 count=1
file /etc/modules inode=115 t=26359426403 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /etc/systemd/journald.conf inode=189 t=26359426403 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /etc/udev/udev.conf inode=223 t=26359426403 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=26359426403 kinds=fragment-inferred,block pages=0-3 ranks=240 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=26359426403 kinds=fragment-inferred,block pages=0-4 ranks=241 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=26359426403 kinds=fragment-inferred,block pages=0-5 ranks=242 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=26359426403 kinds=fragment-inferred,block pages=0-4 ranks=243 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=26359426403 kinds=fragment-inferred,block pages=0-5 ranks=244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=26359426403 kinds=block pages=0-100 ranks=245 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=26627474403 kinds=block pages=0-41 ranks=246 count=1
file /usr/bin/udevadm inode=546 t=26627474403 kinds=block pages=0-31,32-255,256-287,288-330 ranks=247,260,258,248 count=7
file /etc/group inode=85 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /etc/nsswitch.conf inode=120 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /etc/passwd inode=141 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/bin/systemd-sysusers inode=520 t=27243562403 kinds=fragment-inferred,block pages=0-15 ranks=252 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=27243562403 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/bin/journalctl inode=382 t=27444860403 kinds=fragment-inferred,block pages=0-18 ranks=259 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=28893553403 kinds=fragment-inferred,block pages=0-27 ranks=261 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=28893553403 kinds=fragment-inferred,block pages=0-4 ranks=282 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=28893553403 kinds=fragment-inferred,block pages=0-3 ranks=283 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=28893553403 kinds=fragment-inferred,block pages=0-1 ranks=285 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=28893553403 kinds=fragment-inferred,block pages=0-1 ranks=286 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=28893553403 kinds=fragment-inferred,block pages=0-2 ranks=299 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=28893553403 kinds=fragment-inferred,block pages=0-1 ranks=316 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=28893553403 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=28893553403 kinds=fragment-inferred,block pages=0-1 ranks=324 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=28893553403 kinds=block pages=0-447,960-991,992-1087,1088-1279,1728-1919,1920-1951,1952-2143,2144-2303,2464-2623,2624-2655,2656-2751,2752-2911,2912-3071,3072-3135,3136-3178 ranks=325,399,382,336,348,340,331,383,330,338,332,334,350,404,349 count=25
file /usr/bin/systemctl inode=495 t=34548314403 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=326,333,335,339,337,327 count=7
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=34751451403 kinds=fragment-inferred,block pages=0-21 ranks=328 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=34751451403 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/bin/apt-cache inode=270 t=36707637403 kinds=fragment-inferred,block pages=0-21 ranks=341 count=2
file /usr/bin/apt-cdrom inode=271 t=36707637403 kinds=fragment-inferred,block pages=0-5 ranks=342 count=2
file /usr/bin/apt-config inode=272 t=36707637403 kinds=fragment-inferred,block pages=0-6 ranks=343 count=4
file /usr/bin/apt-get inode=273 t=36707637403 kinds=fragment-inferred,block pages=0-12 ranks=344 count=4
file /usr/bin/apt-key inode=274 t=36707637403 kinds=fragment-inferred,block pages=0-6 ranks=345 count=4
file /usr/bin/apt-mark inode=275 t=36707637403 kinds=fragment-inferred,block pages=0-14 ranks=346 count=2
file /usr/bin/arch inode=276 t=36707637403 kinds=fragment-inferred,block pages=0-10 ranks=347 count=2
file /usr/bin/b2sum inode=278 t=37550935403 kinds=fragment-inferred,block pages=0-14 ranks=351 count=2
file /usr/bin/base32 inode=279 t=37550935403 kinds=fragment-inferred,block pages=0-11 ranks=352 count=2
file /usr/bin/base64 inode=280 t=37550935403 kinds=fragment-inferred,block pages=0-11 ranks=353 count=2
file /usr/bin/basename inode=281 t=37550935403 kinds=fragment-inferred,block pages=0-10 ranks=354 count=2
file /usr/bin/basenc inode=282 t=37550935403 kinds=fragment-inferred,block pages=0-13 ranks=355 count=3
file /usr/bin/bashbug inode=284 t=37550935403 kinds=fragment-inferred,block pages=0-1 ranks=356 count=3
file /usr/bin/busctl inode=285 t=37550935403 kinds=fragment-inferred,block pages=0-22 ranks=357 count=3
file /usr/bin/chattr inode=289 t=37550935403 kinds=fragment-inferred,block pages=0-3 ranks=358 count=2
file /usr/bin/chcon inode=290 t=37550935403 kinds=fragment-inferred,block pages=0-16 ranks=359 count=2
file /usr/bin/chfn inode=291 t=37600246403 kinds=fragment-inferred,block pages=0-15 ranks=360 count=2
file /usr/bin/chgrp inode=292 t=37600246403 kinds=fragment-inferred,block pages=0-16 ranks=361 count=2
file /usr/bin/chmod inode=293 t=37600246403 kinds=fragment-inferred,block pages=0-15 ranks=362 count=3
file /usr/bin/choom inode=294 t=37600246403 kinds=fragment-inferred,block pages=0-13 ranks=363 count=3
file /usr/bin/chown inode=295 t=37648967403 kinds=fragment-inferred,block pages=0-17 ranks=364 count=2
file /usr/bin/chrt inode=296 t=37648967403 kinds=fragment-inferred,block pages=0-16 ranks=365 count=2
file /usr/bin/chsh inode=297 t=37648967403 kinds=fragment-inferred,block pages=0-12 ranks=366 count=2
file /usr/bin/cksum inode=298 t=37648967403 kinds=block pages=0-34 ranks=367 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=37700296403 kinds=fragment-inferred,block pages=0-6 ranks=368 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=37700296403 kinds=fragment-inferred,block pages=0-19 ranks=369 count=1
file /usr/bin/clear inode=299 t=37814869403 kinds=fragment-inferred,block pages=0-3 ranks=370 count=1
file /usr/bin/clear_console inode=300 t=37814869403 kinds=fragment-inferred,block pages=0-3 ranks=371 count=1
file /usr/bin/cmp inode=301 t=37814869403 kinds=fragment-inferred,block pages=0-12 ranks=372 count=1
file /usr/bin/comm inode=302 t=37814869403 kinds=fragment-inferred,block pages=0-11 ranks=373 count=1
file /usr/bin/cp inode=303 t=37814869403 kinds=block pages=0-36 ranks=374 count=1
file /usr/bin/csplit inode=304 t=37850822403 kinds=fragment-inferred,block pages=0-29 ranks=375 count=1
file /usr/bin/cut inode=305 t=37850822403 kinds=fragment-inferred,block pages=0-11 ranks=376 count=1
file /usr/bin/date inode=307 t=37850822403 kinds=fragment-inferred,block pages=0-29 ranks=377 count=1
file /usr/bin/dd inode=308 t=37850822403 kinds=fragment-inferred,block pages=0-21 ranks=378 count=1
file /usr/bin/deb-systemd-helper inode=309 t=37850822403 kinds=fragment-inferred,block pages=0-5 ranks=379 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=37850822403 kinds=fragment-inferred,block pages=0-1 ranks=380 count=1
file /usr/bin/debconf inode=311 t=37850822403 kinds=fragment-inferred,block pages=0 ranks=381 count=1
file /usr/bin/bash inode=283 t=38448784403 kinds=block pages=0-31,32-223,224-308 ranks=409,414,384 count=6
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=38548259403 kinds=block pages=0-49 ranks=385 count=3
file /usr/bin/sleep inode=486 t=38598196403 kinds=fragment-inferred,block pages=0-10 ranks=386 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=38899434403 kinds=block pages=0-95 ranks=387 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=1920 t=39000035403 kinds=fragment-inferred,block pages=0-11 ranks=388 count=1
file /usr/lib/udev/ata_id inode=6065 t=39000035403 kinds=fragment-inferred,block pages=0-16 ranks=389 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=817 t=39000035403 kinds=fragment-inferred,block pages=0-7 ranks=390 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=39000035403 kinds=fragment-inferred,block pages=0-13 ranks=391 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=39000035403 kinds=fragment-inferred,block pages=0-8 ranks=392 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=905 t=39000035403 kinds=block pages=0-46 ranks=393 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=39086779403 kinds=block pages=0-95,96-287,288-511,512-580 ranks=394,400,403,405 count=5
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=39236339403 kinds=fragment-inferred,block pages=0-12 ranks=395 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=39236339403 kinds=fragment-inferred,block pages=0-2 ranks=396 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=39236339403 kinds=fragment-inferred,block pages=0-3 ranks=397 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=39236339403 kinds=fragment-inferred,block pages=0 ranks=398 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=42062625403 kinds=fragment-inferred,block pages=0-18 ranks=401 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=42062625403 kinds=block pages=0-63 ranks=402 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=42709347403 kinds=block pages=0-97 ranks=406 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=42709347403 kinds=fragment-inferred,block pages=0-14 ranks=407 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=42709347403 kinds=fragment-inferred,block pages=0-16 ranks=408 count=1
file /etc/e2scrub.conf inode=81 t=44070472403 kinds=fragment-inferred,block pages=0 ranks=410 count=1
file /usr/bin/cat inode=287 t=44070472403 kinds=fragment-inferred,block pages=0-10 ranks=411 count=1
file /usr/bin/readlink inode=454 t=44070472403 kinds=fragment-inferred,block pages=0-12 ranks=412 count=1
file /usr/sbin/e2scrub_all inode=7374 t=44070472403 kinds=fragment-inferred,block pages=0-1 ranks=413 count=1
read t=14343463403 offset=0 len=16384
read t=14460803403 offset=145764352 len=4096
read t=14470873403 offset=145760256 len=4096
read t=14483119403 offset=145743872 len=4096
read t=14484156403 offset=145612800 len=4096
read t=14564553403 offset=145731584 len=4096
read t=14642644403 offset=145604608 len=4096
read t=14648185403 offset=145608704 len=4096
read t=14668033403 offset=145616896 len=8192
read t=14718249403 offset=145723392 len=4096
read t=14768561403 offset=145727488 len=4096
read t=14823249403 offset=145735680 len=8192
read t=14870662403 offset=145559552 len=4096
read t=14918527403 offset=145563648 len=16384
read t=15092413403 offset=145719296 len=4096
read t=15100216403 offset=133287936 len=4096
read t=15100890403 offset=133292032 len=16384
read t=15118724403 offset=133308416 len=32768
read t=15168368403 offset=133341184 len=65536
read t=15218230403 offset=145600512 len=4096
read t=15269180403 offset=145666048 len=4096
read t=15318556403 offset=145670144 len=16384
read t=15368675403 offset=145555456 len=4096
read t=15421044403 offset=132333568 len=4096
read t=15468771403 offset=132337664 len=16384
read t=15518267403 offset=132354048 len=32768
read t=15568219403 offset=132386816 len=65536
read t=15618217403 offset=132452352 len=131072
read t=15672280403 offset=145707008 len=4096
read t=15718198403 offset=145711104 len=8192
read t=15770231403 offset=133406720 len=131072
read t=15818441403 offset=133931008 len=4096
read t=15869617403 offset=133935104 len=16384
read t=15918645403 offset=133951488 len=32768
read t=15968316403 offset=133984256 len=65536
read t=16018390403 offset=134049792 len=131072
read t=16068351403 offset=135254016 len=4096
read t=16118461403 offset=135258112 len=16384
read t=16169266403 offset=135274496 len=32768
read t=16235782403 offset=134180864 len=131072
read t=16321831403 offset=132276224 len=4096
read t=16323097403 offset=132280320 len=16384
read t=16373162403 offset=132296704 len=32768
read t=16418305403 offset=132329472 len=4096
read t=16506004403 offset=132583424 len=131072
read t=16534965403 offset=133218304 len=4096
read t=16569572403 offset=133222400 len=16384
read t=16619421403 offset=133238784 len=32768
read t=16668299403 offset=133271552 len=16384
read t=16718493403 offset=135307264 len=73728
read t=16768421403 offset=135380992 len=131072
read t=16831879403 offset=135512064 len=131072
read t=16868238403 offset=135643136 len=131072
read t=17006776403 offset=135819264 len=4096
read t=17008939403 offset=135823360 len=16384
read t=17019261403 offset=135839744 len=32768
read t=17068191403 offset=135872512 len=65536
read t=17118243403 offset=135938048 len=131072
read t=17168263403 offset=136069120 len=131072
read t=17218391403 offset=136417280 len=4096
read t=17271994403 offset=136421376 len=16384
read t=17318583403 offset=136437760 len=32768
read t=17368349403 offset=136470528 len=65536
read t=17418233403 offset=136536064 len=131072
read t=17479955403 offset=136667136 len=131072
read t=17518179403 offset=138260480 len=4096
read t=17568264403 offset=138264576 len=16384
read t=17618395403 offset=138280960 len=32768
read t=17683781403 offset=138313728 len=65536
read t=17723774403 offset=138379264 len=131072
read t=17768315403 offset=138534912 len=4096
read t=17818316403 offset=138539008 len=16384
read t=17868397403 offset=138555392 len=32768
read t=17918173403 offset=138588160 len=65536
read t=17968280403 offset=138653696 len=131072
read t=18018472403 offset=138784768 len=131072
read t=18068247403 offset=139063296 len=4096
read t=18118325403 offset=139067392 len=16384
read t=18168523403 offset=139083776 len=32768
read t=18218168403 offset=139116544 len=65536
read t=18268237403 offset=139182080 len=131072
read t=18318317403 offset=139317248 len=4096
read t=18368359403 offset=139321344 len=16384
read t=18418533403 offset=139337728 len=32768
read t=18468694403 offset=139370496 len=65536
read t=18518037403 offset=139313152 len=4096
read t=18568166403 offset=139436032 len=8192
read t=18618159403 offset=139444224 len=131072
read t=18668510403 offset=133537792 len=131072
read t=18718306403 offset=132734976 len=4096
read t=18771918403 offset=132739072 len=16384
read t=18818529403 offset=132755456 len=32768
read t=18868295403 offset=132788224 len=65536
read t=18919796403 offset=132853760 len=131072
read t=18968325403 offset=132714496 len=16384
read t=19018421403 offset=132730880 len=4096
read t=19087189403 offset=132984832 len=16384
read t=19118773403 offset=133001216 len=32768
read t=19168690403 offset=133033984 len=65536
read t=19224592403 offset=133099520 len=118784
read t=19296514403 offset=138915840 len=131072
read t=19318473403 offset=139046912 len=16384
read t=19368302403 offset=138510336 len=24576
read t=19418195403 offset=138199040 len=4096
read t=19468422403 offset=138203136 len=16384
read t=19518815403 offset=138219520 len=32768
read t=19569483403 offset=138252288 len=8192
read t=19618326403 offset=136798208 len=131072
read t=19669018403 offset=136200192 len=131072
read t=19718370403 offset=135774208 len=16384
read t=19768749403 offset=135790592 len=28672
read t=19839439403 offset=135221248 len=4096
read t=19872097403 offset=135225344 len=16384
read t=19918629403 offset=135241728 len=12288
read t=19999717403 offset=133894144 len=4096
read t=20018444403 offset=133898240 len=16384
read t=20068363403 offset=133914624 len=16384
read t=20192045403 offset=137404416 len=4096
read t=20195838403 offset=137408512 len=16384
read t=20223142403 offset=137424896 len=32768
read t=20268259403 offset=137457664 len=65536
read t=20319741403 offset=137523200 len=131072
read t=20371916403 offset=137654272 len=131072
read t=20418259403 offset=137965568 len=4096
read t=20480060403 offset=137969664 len=16384
read t=20518448403 offset=137986048 len=32768
read t=20568276403 offset=138018816 len=65536
read t=20618230403 offset=138084352 len=114688
read t=20668262403 offset=145494016 len=4096
read t=20718602403 offset=145498112 len=16384
read t=20771122403 offset=134598656 len=4096
read t=20818553403 offset=134602752 len=16384
read t=20872271403 offset=134619136 len=32768
read t=20918222403 offset=134651904 len=65536
read t=20968376403 offset=134717440 len=131072
read t=21018295403 offset=134848512 len=131072
read t=21068684403 offset=134979584 len=131072
read t=21120744403 offset=135110656 len=110592
read t=21171893403 offset=134533120 len=4096
read t=21218759403 offset=134537216 len=16384
read t=21272012403 offset=134553600 len=32768
read t=21318236403 offset=134586368 len=12288
read t=21371852403 offset=134475776 len=4096
read t=21418567403 offset=134479872 len=16384
read t=21468515403 offset=134496256 len=32768
read t=21518248403 offset=134529024 len=4096
read t=21674936403 offset=134344704 len=4096
read t=21676963403 offset=134348800 len=16384
read t=21677410403 offset=134365184 len=32768
read t=21718101403 offset=134397952 len=65536
read t=21770683403 offset=134463488 len=12288
read t=21846240403 offset=133668864 len=16384
read t=21868513403 offset=133685248 len=32768
read t=21918198403 offset=133718016 len=65536
read t=21978871403 offset=133783552 len=110592
read t=22134281403 offset=134311936 len=32768
read t=22177927403 offset=139714560 len=4096
read t=22178377403 offset=139718656 len=16384
read t=22178843403 offset=139735040 len=32768
read t=22218138403 offset=139767808 len=65536
read t=22268292403 offset=139833344 len=131072
read t=22318179403 offset=145747968 len=12288
read t=22368180403 offset=139575296 len=131072
read t=22418302403 offset=139964416 len=16384
read t=22468874403 offset=139980800 len=32768
read t=22554261403 offset=140013568 len=65536
read t=22568066403 offset=140079104 len=131072
read t=22632115403 offset=139706368 len=8192
read t=22678597403 offset=137834496 len=4096
read t=22718507403 offset=137838592 len=16384
read t=22768784403 offset=137854976 len=32768
read t=22818043403 offset=137887744 len=65536
read t=22875526403 offset=137953280 len=12288
read t=23277032403 offset=145547264 len=4096
read t=23277552403 offset=145551360 len=4096
read t=23434380403 offset=140210176 len=131072
read t=24101391403 offset=136331264 len=16384
read t=24102020403 offset=136347648 len=32768
read t=24186781403 offset=136380416 len=36864
read t=24773196403 offset=145657856 len=4096
read t=24774974403 offset=145661952 len=4096
read t=26258267403 offset=145686528 len=20480
read t=26359426403 offset=140341248 len=131072
read t=26627474403 offset=140472320 len=131072
read t=27222838403 offset=141012992 len=4096
read t=27235507403 offset=141017088 len=16384
read t=27243562403 offset=141033472 len=32768
read t=27443353403 offset=140972032 len=4096
read t=27443888403 offset=140976128 len=16384
read t=27444358403 offset=140992512 len=20480
read t=27444860403 offset=141066240 len=24576
read t=27497808403 offset=140603392 len=16384
read t=27547396403 offset=140619776 len=32768
read t=27606922403 offset=140652544 len=81920
read t=27645330403 offset=140734464 len=131072
read t=27703113403 offset=140865536 len=106496
read t=27768401403 offset=141090816 len=36864
read t=28893553403 offset=141127680 len=131072
read t=30014302403 offset=141258752 len=131072
read t=32586007403 offset=145580032 len=20480
read t=34547301403 offset=143273984 len=4096
read t=34547840403 offset=143278080 len=16384
read t=34548314403 offset=143294464 len=32768
read t=34559475403 offset=143327232 len=65536
read t=34626153403 offset=143810560 len=4096
read t=34652277403 offset=143814656 len=16384
read t=34700502403 offset=143831040 len=32768
read t=34751451403 offset=143863808 len=65536
read t=34929583403 offset=142512128 len=4096
read t=34930082403 offset=142516224 len=16384
read t=34936252403 offset=142532608 len=32768
read t=34952973403 offset=142565376 len=65536
read t=35019769403 offset=142630912 len=131072
read t=35185053403 offset=16384 len=32768
read t=35185921403 offset=145633280 len=4096
read t=35189510403 offset=142225408 len=4096
read t=35200001403 offset=142229504 len=16384
read t=35252482403 offset=142245888 len=32768
read t=35299795403 offset=145637376 len=4096
read t=35349889403 offset=142278656 len=65536
read t=35404017403 offset=142766080 len=4096
read t=35452228403 offset=142770176 len=16384
read t=35500842403 offset=142786560 len=32768
read t=35556070403 offset=142819328 len=65536
read t=35599793403 offset=145465344 len=4096
read t=35650094403 offset=143392768 len=131072
read t=35700430403 offset=142884864 len=131072
read t=35751449403 offset=145420288 len=4096
read t=35800896403 offset=143523840 len=131072
read t=35852852403 offset=141746176 len=4096
read t=35903519403 offset=141750272 len=16384
read t=35949634403 offset=141766656 len=32768
read t=35998240403 offset=145391616 len=4096
read t=36052517403 offset=145301504 len=4096
read t=36105017403 offset=145268736 len=4096
read t=36153117403 offset=141799424 len=65536
read t=36198350403 offset=143773696 len=4096
read t=36249802403 offset=143777792 len=16384
read t=36300655403 offset=143794176 len=16384
read t=36353773403 offset=145260544 len=4096
read t=36415180403 offset=145281024 len=4096
read t=36469328403 offset=142761984 len=4096
read t=36501026403 offset=143654912 len=118784
read t=36552155403 offset=144187392 len=4096
read t=36600272403 offset=142209024 len=4096
read t=36652316403 offset=142213120 len=12288
read t=36707637403 offset=49152 len=73728
read t=36754105403 offset=142106624 len=4096
read t=36800384403 offset=142110720 len=16384
read t=36852490403 offset=142127104 len=32768
read t=36915667403 offset=142159872 len=49152
read t=36949082403 offset=131072 len=4096
read t=37000725403 offset=143212544 len=4096
read t=37052258403 offset=143216640 len=16384
read t=37098545403 offset=143233024 len=32768
read t=37149556403 offset=143265792 len=8192
read t=37198142403 offset=262144 len=4096
read t=37260097403 offset=524288 len=4096
read t=37301596403 offset=1048576 len=4096
read t=37361310403 offset=143015936 len=131072
read t=37401295403 offset=2097152 len=4096
read t=37455745403 offset=4194304 len=4096
read t=37506330403 offset=122880 len=8192
read t=37550935403 offset=135168 len=126976
read t=37600246403 offset=266240 len=118784
read t=37648967403 offset=385024 len=131072
read t=37700296403 offset=143929344 len=16384
read t=37761862403 offset=516096 len=8192
read t=37814869403 offset=528384 len=118784
read t=37850822403 offset=647168 len=131072
read t=37900750403 offset=141697024 len=4096
read t=37965587403 offset=141701120 len=16384
read t=37999193403 offset=141717504 len=28672
read t=38048923403 offset=142344192 len=77824
read t=38098274403 offset=145227776 len=4096
read t=38148390403 offset=145231872 len=16384
read t=38198385403 offset=145248256 len=12288
read t=38255714403 offset=145264640 len=4096
read t=38298158403 offset=145272832 len=8192
read t=38348218403 offset=145285120 len=16384
read t=38399142403 offset=145305600 len=40960
read t=38448784403 offset=145346560 len=45056
read t=38498184403 offset=145395712 len=24576
read t=38548259403 offset=145424384 len=40960
read t=38598196403 offset=145469440 len=24576
read t=38651780403 offset=145514496 len=32768
read t=38698292403 offset=145625088 len=8192
read t=38749079403 offset=145641472 len=16384
read t=38798257403 offset=144056320 len=4096
read t=38848403403 offset=144060416 len=16384
read t=38899434403 offset=144076800 len=32768
read t=38948249403 offset=144109568 len=65536
read t=39000035403 offset=143945728 len=98304
read t=39086779403 offset=144175104 len=12288
read t=39103436403 offset=144191488 len=114688
read t=39236339403 offset=144044032 len=12288
read t=39480100403 offset=141680640 len=4096
read t=39481391403 offset=141684736 len=12288
read t=41569587403 offset=0 len=2048
read t=41570094403 offset=63488 len=4096
read t=41570492403 offset=194560 len=4096
read t=41612821403 offset=456704 len=4096
read t=41658776403 offset=980992 len=4096
read t=41712820403 offset=2029568 len=4096
read t=41760160403 offset=144306176 len=131072
read t=41808352403 offset=4126720 len=4096
read t=41860204403 offset=144596992 len=4096
read t=41960997403 offset=144601088 len=16384
read t=42062625403 offset=144617472 len=98304
read t=42213041403 offset=144437248 len=131072
read t=42408723403 offset=143147008 len=16384
read t=42463598403 offset=2048 len=61440
read t=42516949403 offset=143163392 len=49152
read t=42560754403 offset=67584 len=126976
read t=42610979403 offset=144568320 len=28672
read t=42662650403 offset=198656 len=131072
read t=42709347403 offset=144715776 len=114688
read t=42781269403 offset=329728 len=126976
read t=42815481403 offset=145422336 len=131072
read t=43068323403 offset=145553408 len=131072
read t=43144078403 offset=145684480 len=83968
read t=44070472403 offset=144830464 len=81920
read t=44762527403 offset=144912384 len=131072
read t=44787412403 offset=145043456 len=131072
read t=44797139403 offset=145174528 len=53248
end files=349 reads=325
