liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700765 mkfs_time=1795319157 inode_count=12821 block_size=131072 compressor=zstd sha256=11007a0d7796d02b1de0772e78df264d3d41b8d4af9531995387e7af8c4f4b34
events 376
dropped 0
boots 1
duration_ns 24982199745
file /usr/lib/systemd/systemd inode=5910 t=6329380276 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=6378780276 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=6378780276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=6528724276 kinds=block pages=0-52 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=6579585276 kinds=block pages=0-470 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=6729843276 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=6979007276 kinds=block pages=0-817 count=16
file /etc/ld.so.cache inode=100 t=7378616276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=7378616276 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=7378616276 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/bin/cat inode=287 t=7428282276 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=7428282276 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=7736951276 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=7736951276 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=7778687276 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=7778687276 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=7929084276 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=7929084276 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=7982790276 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8028515276 kinds=block pages=0-86 count=2
file /usr/lib/modprobe.d/aliases.conf inode=653 t=8228936276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=8228936276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=8228936276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=8228936276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=8228936276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=8228936276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=8228936276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=8228936276 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=8228936276 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=8278916276 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=8278916276 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=8328830276 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=8578571276 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=8628790276 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=8878889276 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9128747276 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9178562276 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=9428541276 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=9728820276 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=9728820276 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=9778596276 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=13479130276 kinds=block pages=0-186 count=3
file /usr/bin/kmod inode=384 t=13628434276 kinds=block pages=0-43 count=1
file /etc/hostname inode=90 t=13628434276 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=13628434276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=13628434276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=13628434276 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=13628434276 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=13628434276 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=13628434276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=13628434276 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=13628434276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=13628434276 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=13628434276 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=13628434276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=13628434276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=13628434276 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=13628434276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=13628434276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=13628434276 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=13823806276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=13823806276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=13823806276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=13823806276 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=13823806276 kinds=block pages=0-330 count=7
file /usr/bin/mount inode=423 t=15160988276 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=15160988276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=15160988276 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=15161281276 kinds=block pages=0-105 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=15490113276 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=15642035276 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=15693103276 kinds=block pages=0-100 count=2
file /etc/modules inode=115 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=15891221276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=15891221276 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=15891221276 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=15891221276 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=15891221276 kinds=fragment-inferred,block pages=0-5 count=1
file /etc/group inode=85 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=15891221276 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=15891221276 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=15940779276 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=16040055276 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=16040055276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=16040055276 kinds=block pages=0-383,960-1439,1728-2335,2464-3178 count=31
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=18184125276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=18184125276 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=18184125276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=18184125276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=18184125276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=18184125276 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=18184125276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=18184125276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=18184125276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=18184752276 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=18184752276 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=18184752276 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=18184752276 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/systemctl inode=495 t=18609316276 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=21308741276 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=21358498276 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=21358498276 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=21358498276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=21358498276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=21358498276 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=21458876276 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=21458876276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=21458876276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=21524827276 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=21524827276 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=21524827276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=21524827276 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=21524827276 kinds=block pages=0-580 count=4
file /etc/e2scrub.conf inode=81 t=21658444276 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=21658444276 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=21658444276 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=21658444276 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/systemd/catalog/database inode=12783 t=21708502276 kinds=block pages=0-52 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=21708502276 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=21708502276 kinds=fragment-inferred,block pages=0-16 count=1
file /var/log/dpkg.log inode=12809 t=21708502276 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/status-old inode=12764 t=21708502276 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/bash inode=283 t=22008948276 kinds=block pages=0-308 count=7
file /usr/bin/chmod inode=293 t=22661250276 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=22709225276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=22709225276 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=22759275276 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=22759275276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=22759275276 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=22759275276 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=22759275276 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=22759275276 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=22759275276 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=22759275276 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=22759275276 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=22908856276 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=22908856276 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=22958654276 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=22958654276 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=22958654276 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=22958654276 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=22958654276 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=22958654276 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=22958654276 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=165 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=166 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=168 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=170 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=172 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=173 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=174 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=176 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=177 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=178 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=179 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=181 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=182 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=183 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=190 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=192 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=193 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=194 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=215 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=217 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=218 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=225 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=226 t=23108507276 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=267 t=23108507276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/addpart inode=268 t=23108507276 kinds=fragment-inferred,block pages=0-7 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=60 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=61 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=64 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=66 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=67 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=68 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=69 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=71 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=72 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=73 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=76 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=79 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=84 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/group- inode=86 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=87 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow- inode=88 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=89 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=92 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=93 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=94 t=23158567276 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/issue inode=95 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=96 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf inode=101 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=103 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=105 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=107 t=23158567276 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.d/alternatives inode=109 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=110 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=111 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=113 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=123 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=125 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=126 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=127 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=128 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=129 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=130 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=131 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=132 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=133 t=23158567276 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=134 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=135 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=136 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=137 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=138 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=139 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=140 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd- inode=142 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/resolv.conf inode=160 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=163 t=23158567276 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/alternatives/README inode=22 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=43 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=44 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=48 t=23158567276 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=23158567276 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=23363797276 kinds=block pages=0-97 count=2
file /usr/lib/udev/dmi_memory_id inode=6067 t=23460109276 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=23509737276 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=23509737276 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=23790577276 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=24372344276 kinds=block pages=0-49 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=24472371276 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=24472371276 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=24472371276 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=24472371276 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/info/tzdata.templates inode=12730 t=24472371276 kinds=block pages=0-31 count=1
read t=5362961276 offset=0 len=16384
read t=5383199276 offset=145698816 len=4096
read t=5429978276 offset=145678336 len=4096
read t=5478922276 offset=145547264 len=4096
read t=5576520276 offset=145670144 len=4096
read t=5579059276 offset=145526784 len=4096
read t=5631498276 offset=145661952 len=4096
read t=5679334276 offset=145666048 len=4096
read t=5728696276 offset=145674240 len=4096
read t=5778638276 offset=145539072 len=4096
read t=5829761276 offset=145620992 len=4096
read t=5879025276 offset=145625088 len=16384
read t=5933082276 offset=145551360 len=16384
read t=6037455276 offset=145534976 len=4096
read t=6038372276 offset=145608704 len=4096
read t=6079749276 offset=145612800 len=8192
read t=6129654276 offset=145436672 len=4096
read t=6179218276 offset=145440768 len=16384
read t=6232038276 offset=2969600 len=4096
read t=6278936276 offset=2973696 len=16384
read t=6329380276 offset=2990080 len=32768
read t=6378780276 offset=3022848 len=65536
read t=6429155276 offset=145641472 len=20480
read t=6478790276 offset=145682432 len=16384
read t=6528724276 offset=16384 len=98304
read t=6579585276 offset=114688 len=131072
read t=6628911276 offset=1028096 len=4096
read t=6679040276 offset=1032192 len=16384
read t=6729843276 offset=1048576 len=32768
read t=6778847276 offset=1081344 len=65536
read t=6828713276 offset=1638400 len=4096
read t=6879555276 offset=1642496 len=16384
read t=6930012276 offset=1658880 len=32768
read t=6979007276 offset=1691648 len=65536
read t=7028732276 offset=1757184 len=131072
read t=7078657276 offset=2961408 len=4096
read t=7128962276 offset=2965504 len=4096
read t=7191115276 offset=1888256 len=131072
read t=7228364276 offset=905216 len=4096
read t=7279597276 offset=909312 len=16384
read t=7329233276 offset=925696 len=32768
read t=7378616276 offset=958464 len=65536
read t=7428282276 offset=1024000 len=4096
read t=7478487276 offset=1146880 len=8192
read t=7528404276 offset=245760 len=131072
read t=7578791276 offset=880640 len=4096
read t=7630411276 offset=884736 len=16384
read t=7679340276 offset=901120 len=4096
read t=7736951276 offset=3088384 len=131072
read t=7778687276 offset=3219456 len=131072
read t=7828734276 offset=3543040 len=4096
read t=7878821276 offset=3547136 len=16384
read t=7929084276 offset=3563520 len=32768
read t=7982790276 offset=3596288 len=65536
read t=8028515276 offset=3350528 len=131072
read t=8078989276 offset=3481600 len=61440
read t=8131434276 offset=7589888 len=4096
read t=8178788276 offset=7593984 len=16384
read t=8228936276 offset=7610368 len=32768
read t=8278916276 offset=7643136 len=65536
read t=8328830276 offset=3661824 len=131072
read t=8378651276 offset=3792896 len=131072
read t=8428772276 offset=4112384 len=4096
read t=8479354276 offset=4116480 len=16384
read t=8529271276 offset=4132864 len=32768
read t=8578571276 offset=4165632 len=65536
read t=8628790276 offset=4231168 len=131072
read t=8678657276 offset=4362240 len=131072
read t=8728579276 offset=5955584 len=4096
read t=8779191276 offset=5959680 len=16384
read t=8829083276 offset=5976064 len=32768
read t=8878889276 offset=6008832 len=65536
read t=8928824276 offset=6074368 len=131072
read t=8978685276 offset=6230016 len=4096
read t=9028998276 offset=6234112 len=16384
read t=9079110276 offset=6250496 len=32768
read t=9128747276 offset=6283264 len=65536
read t=9178562276 offset=6348800 len=131072
read t=9228254276 offset=6479872 len=131072
read t=9278782276 offset=6758400 len=4096
read t=9329032276 offset=6762496 len=16384
read t=9379058276 offset=6778880 len=32768
read t=9428541276 offset=6811648 len=65536
read t=9478796276 offset=6877184 len=131072
read t=9528544276 offset=7016448 len=4096
read t=9578722276 offset=7020544 len=16384
read t=9629038276 offset=7036928 len=32768
read t=9678836276 offset=7008256 len=8192
read t=9728820276 offset=7069696 len=69632
read t=9778596276 offset=7139328 len=131072
read t=9828830276 offset=1155072 len=131072
read t=9878873276 offset=397312 len=4096
read t=9928812276 offset=401408 len=16384
read t=9978832276 offset=417792 len=32768
read t=10028830276 offset=450560 len=65536
read t=10078826276 offset=516096 len=131072
read t=10128770276 offset=376832 len=16384
read t=10179028276 offset=393216 len=4096
read t=10235319276 offset=647168 len=16384
read t=10279341276 offset=663552 len=32768
read t=10329066276 offset=696320 len=65536
read t=10378852276 offset=761856 len=118784
read t=10436970276 offset=6610944 len=131072
read t=10478718276 offset=6742016 len=16384
read t=10528903276 offset=6205440 len=24576
read t=10578758276 offset=5894144 len=4096
read t=10628949276 offset=5898240 len=16384
read t=10679020276 offset=5914624 len=32768
read t=10728783276 offset=5947392 len=8192
read t=10778955276 offset=4493312 len=131072
read t=10828644276 offset=3923968 len=131072
read t=10879056276 offset=2928640 len=4096
read t=10928865276 offset=2932736 len=16384
read t=10979078276 offset=2949120 len=12288
read t=11039535276 offset=1601536 len=4096
read t=11079765276 offset=1605632 len=16384
read t=11128846276 offset=1622016 len=16384
read t=11203519276 offset=5099520 len=4096
read t=11229039276 offset=5103616 len=16384
read t=11278861276 offset=5120000 len=32768
read t=11330133276 offset=5152768 len=65536
read t=11379242276 offset=5218304 len=131072
read t=11428587276 offset=5349376 len=131072
read t=11478627276 offset=5660672 len=4096
read t=11529149276 offset=5664768 len=16384
read t=11579016276 offset=5681152 len=32768
read t=11628507276 offset=5713920 len=65536
read t=11678723276 offset=5779456 len=114688
read t=11728765276 offset=2306048 len=4096
read t=11778977276 offset=2310144 len=16384
read t=11828938276 offset=2326528 len=32768
read t=11878744276 offset=2359296 len=65536
read t=11928728276 offset=2424832 len=131072
read t=11979188276 offset=2555904 len=131072
read t=12029269276 offset=2686976 len=131072
read t=12080871276 offset=2818048 len=110592
read t=12131411276 offset=2240512 len=4096
read t=12179072276 offset=2244608 len=16384
read t=12228927276 offset=2260992 len=32768
read t=12278880276 offset=2293760 len=12288
read t=12332579276 offset=2183168 len=4096
read t=12378912276 offset=2187264 len=16384
read t=12428978276 offset=2203648 len=32768
read t=12478711276 offset=2236416 len=4096
read t=12542410276 offset=2052096 len=4096
read t=12578908276 offset=2056192 len=16384
read t=12629009276 offset=2072576 len=32768
read t=12678670276 offset=2105344 len=65536
read t=12728661276 offset=2170880 len=12288
read t=12789828276 offset=1302528 len=4096
read t=12828982276 offset=1306624 len=16384
read t=12879085276 offset=1323008 len=32768
read t=12929013276 offset=1355776 len=65536
read t=12978773276 offset=1421312 len=131072
read t=13028652276 offset=1552384 len=49152
read t=13102187276 offset=1286144 len=16384
read t=13133992276 offset=2019328 len=32768
read t=13178437276 offset=145530880 len=4096
read t=13228761276 offset=145543168 len=4096
read t=13278658276 offset=145567744 len=32768
read t=13328617276 offset=145604608 len=4096
read t=13390975276 offset=7409664 len=4096
read t=13429164276 offset=7413760 len=16384
read t=13479130276 offset=7430144 len=32768
read t=13528661276 offset=7462912 len=65536
read t=13578763276 offset=7528448 len=61440
read t=13628434276 offset=7708672 len=131072
read t=13678687276 offset=7270400 len=131072
read t=13728680276 offset=145600512 len=4096
read t=13823806276 offset=7839744 len=131072
read t=13864741276 offset=7401472 len=8192
read t=13883863276 offset=5529600 len=4096
read t=13928991276 offset=5533696 len=16384
read t=13979082276 offset=5550080 len=32768
read t=14028744276 offset=5582848 len=65536
read t=14080084276 offset=5648384 len=12288
read t=14478910276 offset=7970816 len=131072
read t=14640021276 offset=4055040 len=16384
read t=14641760276 offset=4071424 len=32768
read t=14642379276 offset=4104192 len=8192
read t=14819502276 offset=145481728 len=4096
read t=14820257276 offset=145485824 len=16384
read t=15159632276 offset=8491008 len=4096
read t=15160317276 offset=8495104 len=16384
read t=15160988276 offset=8511488 len=32768
read t=15161281276 offset=8544256 len=65536
read t=15488920276 offset=8433664 len=4096
read t=15489683276 offset=8437760 len=16384
read t=15490113276 offset=8454144 len=32768
read t=15490498276 offset=8486912 len=4096
read t=15640048276 offset=8622080 len=4096
read t=15641045276 offset=8626176 len=16384
read t=15642035276 offset=8642560 len=32768
read t=15693103276 offset=8675328 len=65536
read t=15741138276 offset=8609792 len=12288
read t=15790252276 offset=8744960 len=4096
read t=15840688276 offset=8749056 len=16384
read t=15891221276 offset=8765440 len=32768
read t=15940779276 offset=8798208 len=65536
read t=15996696276 offset=8740864 len=4096
read t=16040055276 offset=8863744 len=73728
read t=16094044276 offset=8937472 len=65536
read t=16342594276 offset=8417280 len=4096
read t=16343401276 offset=8421376 len=12288
read t=16419837276 offset=8372224 len=4096
read t=16420956276 offset=8376320 len=16384
read t=16421592276 offset=8392704 len=24576
read t=16448088276 offset=8101888 len=131072
read t=16496905276 offset=8232960 len=131072
read t=16547941276 offset=8364032 len=8192
read t=17160228276 offset=9003008 len=57344
read t=18014945276 offset=145469440 len=4096
read t=18182913276 offset=11575296 len=4096
read t=18183636276 offset=11579392 len=16384
read t=18184125276 offset=11595776 len=32768
read t=18184752276 offset=11628544 len=65536
read t=18607366276 offset=10989568 len=4096
read t=18608619276 offset=10993664 len=16384
read t=18609316276 offset=11010048 len=32768
read t=18609955276 offset=11042816 len=65536
read t=18659033276 offset=11526144 len=4096
read t=18708828276 offset=11530240 len=16384
read t=18759220276 offset=11546624 len=28672
read t=18810879276 offset=10223616 len=4096
read t=18859175276 offset=10227712 len=16384
read t=18909141276 offset=10244096 len=32768
read t=18961735276 offset=10276864 len=65536
read t=19013671276 offset=10342400 len=131072
read t=19059110276 offset=9936896 len=4096
read t=19108909276 offset=9940992 len=16384
read t=19159500276 offset=9957376 len=32768
read t=19217739276 offset=9990144 len=65536
read t=19258819276 offset=9412608 len=4096
read t=19308889276 offset=9416704 len=16384
read t=19360137276 offset=9433088 len=32768
read t=19411248276 offset=9465856 len=65536
read t=19458860276 offset=10477568 len=4096
read t=19509018276 offset=10481664 len=16384
read t=19559018276 offset=10498048 len=32768
read t=19608600276 offset=10530816 len=65536
read t=19663618276 offset=11108352 len=131072
read t=19709095276 offset=10596352 len=131072
read t=19759210276 offset=11239424 len=131072
read t=19809185276 offset=9392128 len=4096
read t=19859333276 offset=9396224 len=16384
read t=19913283276 offset=9531392 len=131072
read t=19958681276 offset=145399808 len=4096
read t=20009923276 offset=11489280 len=4096
read t=20059235276 offset=11493376 len=16384
read t=20108994276 offset=11509760 len=16384
read t=20167504276 offset=145354752 len=4096
read t=20211924276 offset=145326080 len=4096
read t=20261887276 offset=10473472 len=4096
read t=20308901276 offset=11370496 len=118784
read t=20359644276 offset=145235968 len=4096
read t=20409170276 offset=9920512 len=4096
read t=20459152276 offset=9924608 len=12288
read t=20514856276 offset=10928128 len=4096
read t=20559649276 offset=10932224 len=16384
read t=20609159276 offset=10948608 len=32768
read t=20658574276 offset=10981376 len=8192
read t=20708638276 offset=145203200 len=4096
read t=20759249276 offset=9822208 len=4096
read t=20808883276 offset=9826304 len=16384
read t=20859048276 offset=9842688 len=32768
read t=20908669276 offset=145195008 len=4096
read t=20961024276 offset=145215488 len=4096
read t=21010331276 offset=9875456 len=16384
read t=21060938276 offset=9904128 len=4096
read t=21108889276 offset=9908224 len=12288
read t=21162306276 offset=9891840 len=12288
read t=21208730276 offset=11722752 len=4096
read t=21258897276 offset=11726848 len=16384
read t=21308741276 offset=11743232 len=32768
read t=21358498276 offset=11776000 len=65536
read t=21408627276 offset=11694080 len=16384
read t=21458876276 offset=11710464 len=12288
read t=21524827276 offset=11841536 len=131072
read t=21558784276 offset=13197312 len=4096
read t=21608514276 offset=13201408 len=16384
read t=21658444276 offset=13217792 len=32768
read t=21708502276 offset=13250560 len=65536
read t=21758731276 offset=144121856 len=4096
read t=21819135276 offset=10055680 len=86016
read t=21858974276 offset=10141696 len=12288
read t=21908368276 offset=12558336 len=4096
read t=21958692276 offset=12562432 len=16384
read t=22008948276 offset=12578816 len=32768
read t=22058549276 offset=12611584 len=65536
read t=22108303276 offset=10784768 len=4096
read t=22158701276 offset=10788864 len=16384
read t=22208811276 offset=10805248 len=32768
read t=22264382276 offset=10727424 len=57344
read t=22308596276 offset=10838016 len=20480
read t=22358728276 offset=13115392 len=4096
read t=22409040276 offset=13119488 len=16384
read t=22459080276 offset=13135872 len=32768
read t=22508861276 offset=10858496 len=69632
read t=22558897276 offset=144965632 len=4096
read t=22609024276 offset=144969728 len=16384
read t=22661250276 offset=144986112 len=32768
read t=22709225276 offset=145018880 len=65536
read t=22759275276 offset=145084416 len=110592
read t=22809042276 offset=145199104 len=4096
read t=22859262276 offset=145207296 len=8192
read t=22908856276 offset=145219584 len=16384
read t=22958654276 offset=145240064 len=86016
read t=23009939276 offset=145330176 len=16384
read t=23059036276 offset=145346560 len=8192
read t=23108507276 offset=145358848 len=40960
read t=23158567276 offset=145403904 len=32768
read t=23208714276 offset=145457152 len=12288
read t=23258887276 offset=145473536 len=8192
read t=23308419276 offset=145502208 len=24576
read t=23363797276 offset=12496896 len=4096
read t=23409139276 offset=12500992 len=16384
read t=23460109276 offset=12517376 len=32768
read t=23509737276 offset=12550144 len=8192
read t=23558778276 offset=11972608 len=131072
read t=23666202276 offset=12103680 len=131072
read t=23767375276 offset=12234752 len=131072
read t=23790577276 offset=12365824 len=131072
read t=24021914276 offset=0 len=2048
read t=24071626276 offset=63488 len=4096
read t=24121332276 offset=194560 len=4096
read t=24171376276 offset=456704 len=4096
read t=24221276276 offset=980992 len=4096
read t=24271009276 offset=12677120 len=131072
read t=24321208276 offset=2029568 len=4096
read t=24372344276 offset=13168640 len=28672
read t=24421056276 offset=4126720 len=4096
read t=24472371276 offset=13316096 len=57344
read t=24572386276 offset=12808192 len=131072
read t=24674306276 offset=12939264 len=131072
read t=24771238276 offset=13070336 len=45056
end files=463 reads=335
