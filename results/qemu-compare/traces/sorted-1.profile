liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 345
dropped 0
boots 1
duration_ns 24117044101
file /usr/bin/addpart inode=268 t=5289412505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=5289412505 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=6011092505 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=6060599505 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=6360826505 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=6410456505 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=6660421505 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=7060434505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=7060434505 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=7310322505 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=7310322505 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=7310322505 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7360516505 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7360516505 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=7360516505 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=7410348505 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=7410348505 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=7410348505 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=7460102505 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=7460102505 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=7510318505 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=7711415505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=7711415505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=7711415505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=7711415505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=7711415505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=7711415505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=7711415505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=7711415505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=7711415505 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=7711415505 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=7760458505 kinds=block pages=0-255,288-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=8010338505 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=8060334505 kinds=block pages=0-383,544-735,800-1155 count=14
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=8310779505 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=8560533505 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=8610675505 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=8860313505 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=9110331505 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=9110331505 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=9260326505 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=12860649505 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=12960125505 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=12960125505 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=13060145505 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=13060145505 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=13060145505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=13060145505 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=13060145505 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=13060145505 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=13060145505 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=13160033505 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=13160033505 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=13160033505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=13160033505 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=13160033505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=13210203505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=13210203505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=13210203505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=13210203505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=13210203505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=13210203505 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=13210203505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=13210203505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=13210203505 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=13210203505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=13210203505 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=13758871505 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=13758871505 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=14737722505 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=14738601505 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=14788584505 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=14788584505 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=14788584505 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=14788584505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=14788584505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=14788584505 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=14788584505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=14788584505 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=14788584505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=14956217505 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=14956217505 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=14956217505 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=14956217505 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=15077539505 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=15077539505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=15077539505 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=15077539505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=15077539505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=15077539505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=15077539505 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=15077539505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=15077539505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=15077539505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=15077539505 kinds=block pages=0-415,960-1439,1728-2175,2464-3178 count=27
file /usr/bin/systemctl inode=495 t=18080196505 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=18281413505 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=18281413505 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=19680890505 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=19680890505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=19680890505 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=19730782505 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=19730782505 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=19730782505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=19730782505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=19730782505 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=19784551505 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=19784551505 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=19784551505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=19784551505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=19784551505 kinds=block pages=0-95 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=19784551505 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=20332307505 kinds=block pages=0-580 count=4
file /etc/e2scrub.conf inode=81 t=20731758505 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=20731758505 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=20731758505 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=20731758505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=20780413505 kinds=block pages=0-308 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=21430655505 kinds=block pages=0-49 count=1
file /usr/bin/apt-cache inode=270 t=21530108505 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=21530108505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=21530108505 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-get inode=273 t=21530108505 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/apt-key inode=274 t=21530108505 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-mark inode=275 t=21530108505 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=21530108505 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=21730678505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=21730678505 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/b2sum inode=278 t=22480882505 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=22480882505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=22480882505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=22480882505 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=22480882505 kinds=fragment-inferred,block pages=0-13 count=2
file /usr/bin/bashbug inode=284 t=22480882505 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/busctl inode=285 t=22480882505 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/bin/chattr inode=289 t=22480882505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=22480882505 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=22532216505 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=22532216505 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=22532216505 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=22532216505 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=22582793505 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=22582793505 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=22582793505 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=22582793505 kinds=block pages=0-34 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=22638381505 kinds=block pages=0-63 count=1
file /usr/bin/clear inode=299 t=22730807505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=22730807505 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=22730807505 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=22730807505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=22730807505 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=22780201505 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=22780201505 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=22780201505 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=22780201505 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=22780201505 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=22780201505 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=22780201505 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=23294332505 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=23294332505 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=23294332505 kinds=fragment-inferred,block pages=0-16 count=1
read t=5289412505 offset=0 len=16384
read t=5313320505 offset=145686528 len=4096
read t=5361532505 offset=145670144 len=4096
read t=5411073505 offset=145534976 len=4096
read t=5460799505 offset=145539072 len=16384
read t=5560986505 offset=145653760 len=4096
read t=5561728505 offset=145657856 len=12288
read t=5611356505 offset=145530880 len=4096
read t=5663365505 offset=145645568 len=4096
read t=5710388505 offset=145649664 len=4096
read t=5761849505 offset=145481728 len=4096
read t=5810570505 offset=145485824 len=16384
read t=5866319505 offset=145555456 len=32768
read t=5927767505 offset=133222400 len=4096
read t=5961154505 offset=133226496 len=16384
read t=6011092505 offset=133242880 len=32768
read t=6060599505 offset=133275648 len=65536
read t=6110505505 offset=145526784 len=4096
read t=6161830505 offset=145588224 len=57344
read t=6212834505 offset=132251648 len=4096
read t=6260492505 offset=132255744 len=16384
read t=6310822505 offset=132272128 len=32768
read t=6360826505 offset=132304896 len=65536
read t=6410456505 offset=132370432 len=131072
read t=6460823505 offset=133341184 len=131072
read t=6510418505 offset=133865472 len=4096
read t=6560925505 offset=133869568 len=16384
read t=6611608505 offset=133885952 len=32768
read t=6660421505 offset=133918720 len=65536
read t=6710251505 offset=133984256 len=131072
read t=6760229505 offset=135184384 len=4096
read t=6813710505 offset=135188480 len=16384
read t=6860911505 offset=135204864 len=32768
read t=6911591505 offset=132190208 len=4096
read t=6960588505 offset=132194304 len=16384
read t=7034979505 offset=132210688 len=32768
read t=7060434505 offset=132243456 len=8192
read t=7118451505 offset=132501504 len=131072
read t=7160309505 offset=133132288 len=4096
read t=7214437505 offset=133136384 len=16384
read t=7264242505 offset=133152768 len=32768
read t=7310322505 offset=133185536 len=36864
read t=7360516505 offset=135237632 len=73728
read t=7410348505 offset=135311360 len=131072
read t=7460102505 offset=135442432 len=131072
read t=7510318505 offset=135573504 len=131072
read t=7570331505 offset=135753728 len=4096
read t=7610606505 offset=135757824 len=16384
read t=7661020505 offset=135774208 len=32768
read t=7711415505 offset=135806976 len=65536
read t=7760458505 offset=135872512 len=131072
read t=7811021505 offset=136003584 len=131072
read t=7860511505 offset=136347648 len=4096
read t=7910519505 offset=136351744 len=16384
read t=7960712505 offset=136368128 len=32768
read t=8010338505 offset=136400896 len=65536
read t=8060334505 offset=136466432 len=131072
read t=8110571505 offset=136597504 len=131072
read t=8160339505 offset=138190848 len=4096
read t=8210798505 offset=138194944 len=16384
read t=8261239505 offset=138211328 len=32768
read t=8310779505 offset=138244096 len=65536
read t=8360658505 offset=138309632 len=131072
read t=8410285505 offset=138469376 len=4096
read t=8460548505 offset=138473472 len=16384
read t=8510947505 offset=138489856 len=32768
read t=8560533505 offset=138522624 len=65536
read t=8610675505 offset=138588160 len=131072
read t=8660724505 offset=138719232 len=131072
read t=8710596505 offset=138993664 len=4096
read t=8760761505 offset=138997760 len=16384
read t=8810595505 offset=139014144 len=32768
read t=8860313505 offset=139046912 len=65536
read t=8910517505 offset=139112448 len=131072
read t=8960891505 offset=139251712 len=4096
read t=9010511505 offset=139255808 len=16384
read t=9061632505 offset=139272192 len=32768
read t=9110331505 offset=139304960 len=65536
read t=9160294505 offset=139243520 len=8192
read t=9210451505 offset=139370496 len=4096
read t=9260326505 offset=139374592 len=131072
read t=9310294505 offset=133472256 len=131072
read t=9361011505 offset=132648960 len=4096
read t=9410676505 offset=132653056 len=16384
read t=9460997505 offset=132669440 len=32768
read t=9510358505 offset=132702208 len=65536
read t=9560484505 offset=132767744 len=131072
read t=9610491505 offset=132632576 len=16384
read t=9666810505 offset=132898816 len=16384
read t=9710757505 offset=132915200 len=32768
read t=9760360505 offset=132947968 len=65536
read t=9810449505 offset=133013504 len=118784
read t=9869181505 offset=138850304 len=131072
read t=9910357505 offset=138981376 len=12288
read t=9960613505 offset=138440704 len=28672
read t=10010466505 offset=138129408 len=4096
read t=10060779505 offset=138133504 len=16384
read t=10110802505 offset=138149888 len=32768
read t=10160460505 offset=138182656 len=8192
read t=10210237505 offset=136728576 len=131072
read t=10260560505 offset=136859648 len=131072
read t=10310534505 offset=136134656 len=131072
read t=10360778505 offset=135704576 len=16384
read t=10410708505 offset=135720960 len=32768
read t=10469284505 offset=135151616 len=4096
read t=10510503505 offset=135155712 len=16384
read t=10560559505 offset=135172096 len=12288
read t=10614753505 offset=134115328 len=131072
read t=10660280505 offset=133824512 len=4096
read t=10710780505 offset=133828608 len=16384
read t=10760498505 offset=133844992 len=20480
read t=10844781505 offset=137334784 len=4096
read t=10860416505 offset=137338880 len=16384
read t=10910614505 offset=137355264 len=32768
read t=10960603505 offset=137388032 len=65536
read t=11010577505 offset=137453568 len=131072
read t=11060489505 offset=137584640 len=131072
read t=11110480505 offset=137895936 len=4096
read t=11160627505 offset=137900032 len=16384
read t=11210594505 offset=137916416 len=32768
read t=11260339505 offset=137949184 len=65536
read t=11310789505 offset=138014720 len=114688
read t=11360292505 offset=145420288 len=4096
read t=11410708505 offset=145424384 len=16384
read t=11463592505 offset=134533120 len=4096
read t=11510392505 offset=134537216 len=16384
read t=11560718505 offset=134553600 len=32768
read t=11610320505 offset=134586368 len=65536
read t=11660263505 offset=134651904 len=131072
read t=11710432505 offset=134782976 len=131072
read t=11761296505 offset=134914048 len=131072
read t=11813330505 offset=135045120 len=106496
read t=11862870505 offset=134467584 len=4096
read t=11910579505 offset=134471680 len=16384
read t=11960716505 offset=134488064 len=32768
read t=12010259505 offset=134520832 len=12288
read t=12064485505 offset=134406144 len=4096
read t=12110552505 offset=134410240 len=16384
read t=12160454505 offset=134426624 len=32768
read t=12210334505 offset=134459392 len=8192
read t=12274872505 offset=134279168 len=4096
read t=12310524505 offset=134283264 len=16384
read t=12360663505 offset=134299648 len=32768
read t=12410461505 offset=134332416 len=65536
read t=12460341505 offset=134397952 len=8192
read t=12524882505 offset=133603328 len=16384
read t=12561028505 offset=133619712 len=32768
read t=12610411505 offset=133652480 len=65536
read t=12660338505 offset=133718016 len=106496
read t=12736851505 offset=134246400 len=32768
read t=12764169505 offset=139644928 len=4096
read t=12810793505 offset=139649024 len=16384
read t=12860649505 offset=139665408 len=32768
read t=12910229505 offset=139698176 len=65536
read t=12960125505 offset=139763712 len=131072
read t=13026561505 offset=139505664 len=131072
read t=13060145505 offset=139894784 len=16384
read t=13110720505 offset=139911168 len=32768
read t=13160033505 offset=139943936 len=65536
read t=13210203505 offset=140009472 len=131072
read t=13259913505 offset=139636736 len=8192
read t=13314713505 offset=137768960 len=4096
read t=13360832505 offset=137773056 len=16384
read t=13410568505 offset=137789440 len=32768
read t=13460336505 offset=137822208 len=65536
read t=13509906505 offset=137887744 len=8192
read t=13694575505 offset=145473536 len=4096
read t=13758871505 offset=140140544 len=131072
read t=14004068505 offset=136265728 len=16384
read t=14007423505 offset=136282112 len=32768
read t=14097702505 offset=145674240 len=12288
read t=14142390505 offset=145469440 len=4096
read t=14736014505 offset=140660736 len=4096
read t=14737140505 offset=140664832 len=16384
read t=14737722505 offset=140681216 len=32768
read t=14738601505 offset=140713984 len=65536
read t=14788584505 offset=140779520 len=131072
read t=14956217505 offset=140910592 len=131072
read t=15077539505 offset=141041664 len=131072
read t=15318115505 offset=140644352 len=4096
read t=15318893505 offset=140648448 len=12288
read t=15358630505 offset=140271616 len=131072
read t=15412226505 offset=140603392 len=4096
read t=15413169505 offset=140607488 len=16384
read t=15419047505 offset=140623872 len=20480
read t=15479265505 offset=140402688 len=131072
read t=15521972505 offset=140533760 len=69632
read t=16270007505 offset=141172736 len=131072
read t=17407116505 offset=145502208 len=24576
read t=18078756505 offset=143212544 len=4096
read t=18079635505 offset=143216640 len=16384
read t=18080196505 offset=143233024 len=32768
read t=18081393505 offset=143265792 len=65536
read t=18130857505 offset=143753216 len=4096
read t=18181057505 offset=143757312 len=16384
read t=18230959505 offset=143773696 len=32768
read t=18281413505 offset=143806464 len=65536
read t=18330924505 offset=142450688 len=4096
read t=18381084505 offset=142454784 len=16384
read t=18433586505 offset=142471168 len=32768
read t=18483801505 offset=142503936 len=65536
read t=18539699505 offset=142569472 len=131072
read t=18581097505 offset=16384 len=32768
read t=18630467505 offset=142163968 len=4096
read t=18680777505 offset=142168064 len=16384
read t=18731568505 offset=142184448 len=32768
read t=18788911505 offset=142217216 len=65536
read t=18830049505 offset=142704640 len=4096
read t=18881114505 offset=142708736 len=16384
read t=18930698505 offset=142725120 len=32768
read t=18982813505 offset=142757888 len=65536
read t=19030812505 offset=141639680 len=4096
read t=19081167505 offset=141643776 len=16384
read t=19130953505 offset=141660160 len=32768
read t=19180423505 offset=143331328 len=131072
read t=19231093505 offset=142823424 len=131072
read t=19280918505 offset=141692928 len=73728
read t=19333944505 offset=141766656 len=131072
read t=19381106505 offset=143462400 len=131072
read t=19431274505 offset=145387520 len=4096
read t=19482235505 offset=141619200 len=4096
read t=19531475505 offset=141623296 len=16384
read t=19585184505 offset=143880192 len=4096
read t=19630876505 offset=143884288 len=16384
read t=19680890505 offset=143900672 len=32768
read t=19730782505 offset=143933440 len=65536
read t=19784551505 offset=143998976 len=131072
read t=19830574505 offset=143712256 len=4096
read t=19880552505 offset=143716352 len=16384
read t=19931034505 offset=143732736 len=20480
read t=19985236505 offset=145342464 len=4096
read t=20039377505 offset=145313792 len=4096
read t=20088496505 offset=142700544 len=4096
read t=20130298505 offset=143593472 len=118784
read t=20180744505 offset=145223680 len=4096
read t=20231176505 offset=142147584 len=4096
read t=20281155505 offset=142151680 len=12288
read t=20332307505 offset=144130048 len=131072
read t=20381356505 offset=143155200 len=4096
read t=20431953505 offset=143159296 len=16384
read t=20481830505 offset=143175680 len=32768
read t=20531078505 offset=143208448 len=4096
read t=20580631505 offset=145190912 len=4096
read t=20631790505 offset=144752640 len=4096
read t=20681055505 offset=144756736 len=16384
read t=20731758505 offset=144773120 len=32768
read t=20780413505 offset=144805888 len=65536
read t=20830590505 offset=142049280 len=4096
read t=20880922505 offset=142053376 len=16384
read t=20931275505 offset=142069760 len=32768
read t=20980696505 offset=145182720 len=4096
read t=21031496505 offset=144871424 len=131072
read t=21080811505 offset=142102528 len=45056
read t=21131632505 offset=142282752 len=24576
read t=21179948505 offset=145203200 len=4096
read t=21231583505 offset=145334272 len=4096
read t=21281157505 offset=145338368 len=4096
read t=21330512505 offset=145346560 len=8192
read t=21381476505 offset=145354752 len=32768
read t=21430655505 offset=145391616 len=28672
read t=21480554505 offset=145440768 len=12288
read t=21530108505 offset=49152 len=73728
read t=21580533505 offset=143011840 len=4096
read t=21631052505 offset=143015936 len=16384
read t=21681317505 offset=143032320 len=32768
read t=21730678505 offset=143872000 len=8192
read t=21783490505 offset=142954496 len=57344
read t=21831306505 offset=143065088 len=20480
read t=21881495505 offset=144261120 len=131072
read t=21931401505 offset=143085568 len=69632
read t=21981359505 offset=131072 len=4096
read t=22037379505 offset=144392192 len=131072
read t=22080553505 offset=262144 len=4096
read t=22145155505 offset=524288 len=4096
read t=22187995505 offset=1048576 len=4096
read t=22239982505 offset=2097152 len=4096
read t=22297111505 offset=4194304 len=4096
read t=22339234505 offset=145453056 len=16384
read t=22381098505 offset=145477632 len=4096
read t=22431176505 offset=122880 len=8192
read t=22480882505 offset=135168 len=126976
read t=22532216505 offset=266240 len=118784
read t=22582793505 offset=385024 len=131072
read t=22638381505 offset=144523264 len=131072
read t=22681660505 offset=516096 len=8192
read t=22730807505 offset=528384 len=118784
read t=22780201505 offset=647168 len=131072
read t=22830779505 offset=145002496 len=16384
read t=22880869505 offset=145018880 len=32768
read t=22930481505 offset=145051648 len=65536
read t=22980662505 offset=145117184 len=65536
read t=23030350505 offset=145186816 len=4096
read t=23080350505 offset=145195008 len=8192
read t=23130164505 offset=145207296 len=16384
read t=23180033505 offset=145227776 len=86016
read t=23230968505 offset=145317888 len=16384
read t=23294332505 offset=144654336 len=98304
read t=23739062505 offset=61440 len=4096
read t=23789359505 offset=192512 len=4096
read t=23841559505 offset=454656 len=4096
read t=23889587505 offset=978944 len=4096
read t=23942338505 offset=2027520 len=4096
read t=23989410505 offset=4124672 len=4096
end files=351 reads=303
