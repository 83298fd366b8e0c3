liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145701659 mkfs_time=1795310319 inode_count=12821 block_size=131072 compressor=zstd sha256=e00a9ddb14fc039d2cc7782e36ee3b49e4c15c700957341e74fbfa827e4f2856
events 369
dropped 0
boots 1
duration_ns 28881120231
file /usr/lib/systemd/systemd inode=5910 t=7732686813 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7782424813 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7782424813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8182080813 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=8232152813 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=8232152813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=8232152813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=8232152813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libJISX0213.so inode=6417 t=8232152813 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8381585813 kinds=block pages=0-505 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8633129813 kinds=block pages=0-817 count=16
file /etc/ld.so.cache inode=100 t=9031201813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=9031201813 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=9031201813 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=9031201813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=9031201813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=9132133813 kinds=block pages=0-470 count=17
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9431367813 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9431367813 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9431367813 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9482146813 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9632221813 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9632221813 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9682207813 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9732042813 kinds=block pages=0-86 count=2
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9932672813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9932672813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9932672813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9932672813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9932672813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9932672813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9932672813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9932672813 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9932672813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=9982043813 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=9982043813 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10032036813 kinds=block pages=0-325 count=5
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10281153813 kinds=block pages=0-36 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10331014813 kinds=block pages=0-1155 count=19
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10582178813 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10831912813 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10881218813 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11131764813 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11382245813 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=11382245813 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=11532483813 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=15031500813 kinds=block pages=0-186 count=3
file /usr/bin/kmod inode=384 t=15182206813 kinds=block pages=0-43 count=1
file /etc/hostname inode=90 t=15182206813 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=15182206813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=15182206813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=15182206813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=15182206813 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=15182206813 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=15182206813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=15182206813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=15182206813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=15182206813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=15182206813 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=15182206813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=15182206813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=15182206813 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=15182206813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=15182206813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=15182206813 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=15414050813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=15414050813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=15414050813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15414050813 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15414050813 kinds=block pages=0-330 count=7
file /usr/bin/mount inode=423 t=17113978813 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=17113978813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=17113978813 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=17114500813 kinds=block pages=0-105 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=17570755813 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=17777315813 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=17778410813 kinds=block pages=0-100 count=2
file /etc/modules inode=115 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=17876808813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=17876808813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=17876808813 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=17876808813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=17876808813 kinds=fragment-inferred,block pages=0-5 count=1
file /etc/group inode=85 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=17876808813 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=17876808813 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=17876808813 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=17973494813 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/systemd/README.logs inode=8182 t=17973494813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=17973494813 kinds=block pages=0-159,960-1471,1728-2303,2464-3178 count=29
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=21383429813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=21383429813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=21383429813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=21383429813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=21383429813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=21383429813 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=21383429813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=21383429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=21383429813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=21384470813 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=21384470813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=21384470813 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/systemctl inode=495 t=21997033813 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=24897863813 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=24952795813 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=24952795813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=24952795813 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=24952795813 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=25246875813 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=25246875813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=25246875813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=25246875813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=25297345813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=25297345813 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=25396581813 kinds=block pages=0-580 count=4
file /usr/bin/chmod inode=293 t=25546792813 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=25597220813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=25597220813 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=25647375813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=25647375813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=25647375813 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=25647375813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=25647375813 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=25647375813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=25647375813 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=25647375813 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=25647375813 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=25797494813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=25797494813 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=25846707813 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=25846707813 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=25846707813 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=25846707813 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=25846707813 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=25846707813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=25846707813 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=25998290813 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=25998290813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=25998290813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/faillock.conf inode=164 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=165 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=166 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=168 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=170 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=172 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=173 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=174 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=176 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=177 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=178 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=179 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=181 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=182 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=183 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=190 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=192 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=193 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=194 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=215 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=217 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=218 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=225 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=226 t=26197150813 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=267 t=26197150813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/addpart inode=268 t=26197150813 kinds=fragment-inferred,block pages=0-7 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=26247015813 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=26247015813 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=26247015813 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=26247015813 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/01autoremove inode=43 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/70debconf inode=44 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/sources.list inode=48 t=26247015813 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=26247015813 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/e2scrub.conf inode=81 t=26447429813 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=26447429813 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=26447429813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=26447429813 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/systemd/catalog/database inode=12783 t=26501107813 kinds=block pages=0-52 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=26501107813 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=26501107813 kinds=fragment-inferred,block pages=0-16 count=1
file /var/log/dpkg.log inode=12809 t=26501107813 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/status-old inode=12764 t=26501107813 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26546692813 kinds=block pages=0-97 count=2
file /usr/lib/udev/dmi_memory_id inode=6067 t=26647317813 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=26698282813 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=26698282813 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/bash inode=283 t=26698282813 kinds=block pages=0-308 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=27185307813 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=28225173813 kinds=block pages=0-49 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=28324552813 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=28324552813 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=28324552813 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=28324552813 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5598 t=29124135813 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5599 t=29124135813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=29124135813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=29124135813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=5912 t=29124135813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=29124135813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=29124135813 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5590 t=29124135813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5591 t=29124135813 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5592 t=29124135813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5593 t=29124135813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5594 t=29124135813 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5595 t=29124135813 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5596 t=29124135813 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5597 t=29124135813 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols inode=5574 t=29174089813 kinds=block pages=0-63 count=1
file /usr/bin/umount inode=547 t=30300615813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=548 t=30300615813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tty inode=543 t=30301298813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=544 t=30301298813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/uclampset inode=545 t=30301298813 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/tset inode=541 t=30301298813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=542 t=30301298813 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=539 t=30301298813 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=540 t=30301298813 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=30963966813 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=30963966813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=30963966813 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=30963966813 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-networkd inode=5931 t=30964311813 kinds=block pages=0-31 count=1
read t=6768426813 offset=0 len=16384
read t=6786651813 offset=145698816 len=4096
read t=6833934813 offset=145678336 len=4096
read t=6883409813 offset=145547264 len=4096
read t=6983463813 offset=145670144 len=4096
read t=6986431813 offset=145526784 len=4096
read t=7034874813 offset=145661952 len=4096
read t=7082053813 offset=145666048 len=4096
read t=7131143813 offset=145674240 len=4096
read t=7181174813 offset=145539072 len=4096
read t=7232282813 offset=145620992 len=4096
read t=7281895813 offset=145625088 len=16384
read t=7338355813 offset=145551360 len=16384
read t=7460690813 offset=145534976 len=4096
read t=7462856813 offset=145608704 len=4096
read t=7483010813 offset=145612800 len=8192
read t=7534004813 offset=145436672 len=4096
read t=7582614813 offset=145440768 len=16384
read t=7636555813 offset=2871296 len=4096
read t=7681589813 offset=2875392 len=16384
read t=7732686813 offset=2891776 len=32768
read t=7782424813 offset=2924544 len=65536
read t=7832079813 offset=145641472 len=20480
read t=7882164813 offset=145682432 len=16384
read t=7931924813 offset=145477632 len=4096
read t=7982777813 offset=145481728 len=16384
read t=8033035813 offset=45793280 len=4096
read t=8082442813 offset=45797376 len=16384
read t=8132296813 offset=45813760 len=32768
read t=8182080813 offset=45846528 len=65536
read t=8232152813 offset=45912064 len=131072
read t=8282671813 offset=925696 len=4096
read t=8331334813 offset=929792 len=16384
read t=8381585813 offset=946176 len=32768
read t=8432006813 offset=978944 len=65536
read t=8482194813 offset=1540096 len=4096
read t=8532766813 offset=1544192 len=16384
read t=8584029813 offset=1560576 len=32768
read t=8633129813 offset=1593344 len=65536
read t=8681369813 offset=1658880 len=131072
read t=8732261813 offset=2863104 len=4096
read t=8781332813 offset=2867200 len=4096
read t=8848628813 offset=1789952 len=131072
read t=8881105813 offset=806912 len=4096
read t=8931795813 offset=811008 len=16384
read t=8982664813 offset=827392 len=32768
read t=9031201813 offset=860160 len=65536
read t=9080975813 offset=1044480 len=12288
read t=9132133813 offset=16384 len=98304
read t=9190135813 offset=114688 len=131072
read t=9232508813 offset=782336 len=4096
read t=9282466813 offset=786432 len=16384
read t=9332487813 offset=802816 len=4096
read t=9387341813 offset=245760 len=131072
read t=9431367813 offset=2990080 len=131072
read t=9482146813 offset=3121152 len=131072
read t=9532152813 offset=3444736 len=4096
read t=9582471813 offset=3448832 len=16384
read t=9632221813 offset=3465216 len=32768
read t=9682207813 offset=3497984 len=65536
read t=9732042813 offset=3252224 len=131072
read t=9782274813 offset=3383296 len=61440
read t=9835664813 offset=7491584 len=4096
read t=9881385813 offset=7495680 len=16384
read t=9932672813 offset=7512064 len=32768
read t=9982043813 offset=7544832 len=65536
read t=10032036813 offset=3563520 len=131072
read t=10081096813 offset=3694592 len=131072
read t=10131894813 offset=4014080 len=4096
read t=10181315813 offset=4018176 len=16384
read t=10232159813 offset=4034560 len=32768
read t=10281153813 offset=4067328 len=65536
read t=10331014813 offset=4132864 len=131072
read t=10381385813 offset=4263936 len=131072
read t=10431205813 offset=5857280 len=4096
read t=10482664813 offset=5861376 len=16384
read t=10532337813 offset=5877760 len=32768
read t=10582178813 offset=5910528 len=65536
read t=10631193813 offset=5976064 len=131072
read t=10682098813 offset=6131712 len=4096
read t=10732982813 offset=6135808 len=16384
read t=10782552813 offset=6152192 len=32768
read t=10831912813 offset=6184960 len=65536
read t=10881218813 offset=6250496 len=131072
read t=10932164813 offset=6381568 len=131072
read t=10981122813 offset=6660096 len=4096
read t=11031284813 offset=6664192 len=16384
read t=11081557813 offset=6680576 len=32768
read t=11131764813 offset=6713344 len=65536
read t=11182234813 offset=6778880 len=131072
read t=11232203813 offset=6914048 len=4096
read t=11282504813 offset=6918144 len=16384
read t=11332361813 offset=6934528 len=32768
read t=11382245813 offset=6967296 len=65536
read t=11431064813 offset=6909952 len=4096
read t=11482084813 offset=7032832 len=8192
read t=11532483813 offset=7041024 len=131072
read t=11582139813 offset=1056768 len=131072
read t=11630973813 offset=376832 len=16384
read t=11683160813 offset=393216 len=32768
read t=11731163813 offset=425984 len=65536
read t=11781250813 offset=491520 len=16384
read t=11832521813 offset=507904 len=131072
read t=11886249813 offset=638976 len=131072
read t=11936053813 offset=770048 len=12288
read t=11989066813 offset=6512640 len=131072
read t=12031132813 offset=6643712 len=16384
read t=12084801813 offset=6107136 len=24576
read t=12131094813 offset=5791744 len=4096
read t=12181639813 offset=5795840 len=16384
read t=12232484813 offset=5812224 len=32768
read t=12281301813 offset=5844992 len=12288
read t=12341618813 offset=4395008 len=131072
read t=12383678813 offset=3825664 len=131072
read t=12431560813 offset=2826240 len=4096
read t=12481395813 offset=2830336 len=16384
read t=12531654813 offset=2846720 len=16384
read t=12602181813 offset=1503232 len=4096
read t=12631480813 offset=1507328 len=16384
read t=12681469813 offset=1523712 len=16384
read t=12784095813 offset=5001216 len=4096
read t=12784978813 offset=5005312 len=16384
read t=12832297813 offset=5021696 len=32768
read t=12881308813 offset=5054464 len=65536
read t=12931293813 offset=5120000 len=131072
read t=12981296813 offset=5251072 len=131072
read t=13031124813 offset=5558272 len=4096
read t=13081365813 offset=5562368 len=16384
read t=13140099813 offset=5578752 len=32768
read t=13182041813 offset=5611520 len=65536
read t=13232690813 offset=5677056 len=114688
read t=13282130813 offset=2207744 len=4096
read t=13332252813 offset=2211840 len=16384
read t=13382497813 offset=2228224 len=32768
read t=13431994813 offset=2260992 len=65536
read t=13482028813 offset=2326528 len=131072
read t=13531114813 offset=2457600 len=131072
read t=13582804813 offset=2588672 len=131072
read t=13634918813 offset=2719744 len=106496
read t=13684635813 offset=2142208 len=4096
read t=13731397813 offset=2146304 len=16384
read t=13781626813 offset=2162688 len=32768
read t=13831147813 offset=2195456 len=12288
read t=13887103813 offset=2080768 len=4096
read t=13931458813 offset=2084864 len=16384
read t=13982538813 offset=2101248 len=32768
read t=14031972813 offset=2134016 len=8192
read t=14102572813 offset=1953792 len=4096
read t=14132223813 offset=1957888 len=16384
read t=14182817813 offset=1974272 len=32768
read t=14232102813 offset=2007040 len=65536
read t=14282101813 offset=2072576 len=8192
read t=14342565813 offset=1204224 len=4096
read t=14382418813 offset=1208320 len=16384
read t=14432359813 offset=1224704 len=32768
read t=14482174813 offset=1257472 len=65536
read t=14531893813 offset=1323008 len=131072
read t=14582024813 offset=1454080 len=49152
read t=14669036813 offset=1187840 len=16384
read t=14687022813 offset=1921024 len=32768
read t=14730919813 offset=145530880 len=4096
read t=14782104813 offset=145543168 len=4096
read t=14830982813 offset=145567744 len=32768
read t=14882416813 offset=145604608 len=4096
read t=14950990813 offset=7311360 len=4096
read t=14982437813 offset=7315456 len=16384
read t=15031500813 offset=7331840 len=32768
read t=15081084813 offset=7364608 len=65536
read t=15131056813 offset=7430144 len=61440
read t=15182206813 offset=7610368 len=131072
read t=15231081813 offset=7172096 len=131072
read t=15281084813 offset=145600512 len=4096
read t=15414050813 offset=7741440 len=131072
read t=15453319813 offset=7303168 len=8192
read t=15459200813 offset=5431296 len=4096
read t=15482346813 offset=5435392 len=16384
read t=15532482813 offset=5451776 len=32768
read t=15582151813 offset=5484544 len=65536
read t=15630951813 offset=5550080 len=8192
read t=16074105813 offset=7872512 len=131072
read t=16448767813 offset=3956736 len=16384
read t=16450190813 offset=3973120 len=32768
read t=16450881813 offset=4005888 len=8192
read t=16635881813 offset=145498112 len=28672
read t=17111909813 offset=8388608 len=4096
read t=17112926813 offset=8392704 len=16384
read t=17113978813 offset=8409088 len=32768
read t=17114500813 offset=8441856 len=65536
read t=17568501813 offset=8335360 len=4096
read t=17569888813 offset=8339456 len=16384
read t=17570755813 offset=8355840 len=32768
read t=17775693813 offset=8523776 len=4096
read t=17776427813 offset=8527872 len=16384
read t=17777315813 offset=8544256 len=32768
read t=17778410813 offset=8577024 len=65536
read t=17854201813 offset=8507392 len=16384
read t=17876808813 offset=8642560 len=126976
read t=17973494813 offset=8769536 len=69632
read t=18363927813 offset=8318976 len=4096
read t=18365361813 offset=8323072 len=12288
read t=18500807813 offset=8273920 len=4096
read t=18502339813 offset=8278016 len=16384
read t=18503194813 offset=8294400 len=24576
read t=18528863813 offset=8003584 len=131072
read t=18570305813 offset=8134656 len=131072
read t=18610988813 offset=8265728 len=8192
read t=21380640813 offset=11476992 len=4096
read t=21382630813 offset=11481088 len=16384
read t=21383429813 offset=11497472 len=32768
read t=21384470813 offset=11530240 len=65536
read t=21995396813 offset=10891264 len=4096
read t=21996426813 offset=10895360 len=16384
read t=21997033813 offset=10911744 len=32768
read t=21997472813 offset=10944512 len=65536
read t=22046709813 offset=11427840 len=4096
read t=22097105813 offset=11431936 len=16384
read t=22147115813 offset=11448320 len=28672
read t=22199627813 offset=10125312 len=4096
read t=22247061813 offset=10129408 len=16384
read t=22298417813 offset=10145792 len=32768
read t=22354858813 offset=10178560 len=65536
read t=22398512813 offset=10244096 len=131072
read t=22446943813 offset=9838592 len=4096
read t=22497268813 offset=9842688 len=16384
read t=22547508813 offset=9859072 len=32768
read t=22600511813 offset=9891840 len=65536
read t=22646832813 offset=10379264 len=4096
read t=22696987813 offset=10383360 len=16384
read t=22751769813 offset=10399744 len=32768
read t=22801312813 offset=10432512 len=65536
read t=22850650813 offset=10498048 len=131072
read t=22896911813 offset=145399808 len=4096
read t=22947512813 offset=9363456 len=4096
read t=22997020813 offset=9367552 len=16384
read t=23049944813 offset=9383936 len=32768
read t=23096797813 offset=11010048 len=131072
read t=23146698813 offset=145354752 len=4096
read t=23202472813 offset=11141120 len=131072
read t=23247048813 offset=9416704 len=73728
read t=23297028813 offset=9314304 len=4096
read t=23347211813 offset=9318400 len=16384
read t=23397147813 offset=9334784 len=28672
read t=23446950813 offset=145326080 len=4096
read t=23503164813 offset=11390976 len=4096
read t=23547426813 offset=11395072 len=16384
read t=23597316813 offset=11411456 len=16384
read t=23651268813 offset=9490432 len=106496
read t=23697068813 offset=145235968 len=4096
read t=23747603813 offset=10375168 len=4096
read t=23797020813 offset=9293824 len=4096
read t=23847226813 offset=9297920 len=16384
read t=23902936813 offset=145203200 len=4096
read t=23947672813 offset=9822208 len=4096
read t=23997874813 offset=9826304 len=12288
read t=24051284813 offset=11272192 len=118784
read t=24097110813 offset=10829824 len=4096
read t=24147168813 offset=10833920 len=16384
read t=24197424813 offset=10850304 len=32768
read t=24246801813 offset=10883072 len=8192
read t=24297019813 offset=145195008 len=4096
read t=24347166813 offset=9723904 len=4096
read t=24398015813 offset=9728000 len=16384
read t=24448670813 offset=9744384 len=32768
read t=24497314813 offset=145215488 len=4096
read t=24547692813 offset=9805824 len=4096
read t=24597580813 offset=9809920 len=12288
read t=24651234813 offset=9777152 len=28672
read t=24699340813 offset=9957376 len=81920
read t=24746792813 offset=144121856 len=4096
read t=24811541813 offset=11624448 len=4096
read t=24846990813 offset=11628544 len=16384
read t=24897863813 offset=11644928 len=32768
read t=24952795813 offset=11677696 len=65536
read t=24997158813 offset=10686464 len=4096
read t=25047273813 offset=10690560 len=16384
read t=25097406813 offset=10706944 len=32768
read t=25147004813 offset=10629120 len=57344
read t=25196905813 offset=10739712 len=20480
read t=25246875813 offset=11595776 len=16384
read t=25297345813 offset=11612160 len=12288
read t=25358020813 offset=10760192 len=69632
read t=25396581813 offset=11743232 len=131072
read t=25448192813 offset=144965632 len=4096
read t=25497035813 offset=144969728 len=16384
read t=25546792813 offset=144986112 len=32768
read t=25597220813 offset=145018880 len=65536
read t=25647375813 offset=145084416 len=110592
read t=25697071813 offset=145199104 len=4096
read t=25747151813 offset=145207296 len=8192
read t=25797494813 offset=145219584 len=16384
read t=25846707813 offset=145240064 len=86016
read t=25897087813 offset=145330176 len=16384
read t=25946571813 offset=12230656 len=4096
read t=25998290813 offset=12234752 len=16384
read t=26049128813 offset=12251136 len=32768
read t=26096801813 offset=145346560 len=8192
read t=26147010813 offset=145358848 len=4096
read t=26197150813 offset=145362944 len=36864
read t=26247015813 offset=145403904 len=32768
read t=26297015813 offset=145457152 len=20480
read t=26354890813 offset=13099008 len=4096
read t=26397449813 offset=13103104 len=16384
read t=26447429813 offset=13119488 len=32768
read t=26501107813 offset=13152256 len=65536
read t=26546692813 offset=12398592 len=4096
read t=26597064813 offset=12402688 len=16384
read t=26647317813 offset=12419072 len=32768
read t=26698282813 offset=12451840 len=65536
read t=26747818813 offset=11874304 len=131072
read t=27014410813 offset=12005376 len=131072
read t=27084233813 offset=12136448 len=94208
read t=27185307813 offset=12283904 len=114688
read t=27524582813 offset=0 len=2048
read t=27576023813 offset=63488 len=4096
read t=27624336813 offset=194560 len=4096
read t=27674854813 offset=456704 len=4096
read t=27725886813 offset=980992 len=4096
read t=27774605813 offset=2029568 len=4096
read t=27824773813 offset=4126720 len=4096
read t=27924709813 offset=12517376 len=131072
read t=28026276813 offset=13017088 len=4096
read t=28123980813 offset=13021184 len=16384
read t=28225173813 offset=13037568 len=61440
read t=28324552813 offset=13217792 len=49152
read t=28424703813 offset=12648448 len=131072
read t=28524790813 offset=12779520 len=131072
read t=28574259813 offset=2048 len=61440
read t=28624753813 offset=12910592 len=106496
read t=28674181813 offset=67584 len=126976
read t=28726087813 offset=198656 len=131072
read t=28774895813 offset=329728 len=126976
read t=28825514813 offset=145422336 len=131072
read t=28874774813 offset=145553408 len=131072
read t=28925300813 offset=145684480 len=18432
read t=29026164813 offset=50683904 len=4096
read t=29075108813 offset=50688000 len=16384
read t=29124135813 offset=50704384 len=32768
read t=29174089813 offset=50737152 len=65536
read t=30298633813 offset=138457088 len=4096
read t=30299843813 offset=138461184 len=16384
read t=30300615813 offset=138477568 len=32768
read t=30301298813 offset=138510336 len=65536
read t=30962163813 offset=49938432 len=4096
read t=30963291813 offset=49942528 len=16384
read t=30963966813 offset=49958912 len=32768
read t=30964311813 offset=49991680 len=65536
read t=31014200813 offset=4526080 len=131072
read t=31064190813 offset=4657152 len=131072
read t=31114237813 offset=4788224 len=131072
read t=31164360813 offset=4919296 len=81920
read t=31226326813 offset=5382144 len=49152
end files=571 reads=351
