liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700960 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0fe742910ec313e363c25783f4992b42dc3f236de1ad2e076df87b2ad8ef1f4
events 357
dropped 0
boots 1
duration_ns 26394995163
file /usr/bin/addpart inode=268 t=6454296405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=6454296405 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=7170839405 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7222316405 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7570058405 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=7619698405 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7920205405 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=8370285405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=8370285405 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=8620078405 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=8620078405 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=8620078405 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8670633405 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8670633405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8670633405 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8720270405 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8720270405 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8720270405 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8770105405 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=8770105405 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8820629405 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9020051405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9020051405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9020051405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9020051405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9020051405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9020051405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9020051405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9020051405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9020051405 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9070042405 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9070042405 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9320208405 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9370333405 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9620022405 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9869884405 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9920441405 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10169834405 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10419975405 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=10419975405 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=10569684405 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=14070281405 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=14170036405 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=14170036405 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=14369346405 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=14369346405 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=14369346405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=14369346405 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=14369346405 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=14369346405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14369346405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=14369346405 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=14470871405 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14470871405 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14470871405 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14470871405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14519985405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14519985405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14519985405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14519985405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14519985405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14519985405 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=14519985405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=14519985405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=14519985405 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=14519985405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=14519985405 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15143282405 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15143282405 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=16710968405 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=16711367405 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=16767820405 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=16767820405 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=16767820405 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=16767820405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=16767820405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=16767820405 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=16767820405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=16767820405 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=16767820405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=16895926405 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=16895926405 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=16895926405 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=16895926405 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=17023290405 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=17023290405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=17023290405 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=17023290405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=17023290405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=17023290405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=17023290405 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=17023290405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=17023290405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=17023290405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=17023290405 kinds=block pages=0-415,960-1439,1728-2175,2464-3178 count=27
file /usr/bin/systemctl inode=495 t=19833532405 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=20035812405 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=20035812405 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=21633937405 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=21633937405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=21633937405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=21633937405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=21633937405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=21688218405 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=21688218405 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=21688218405 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=21785461405 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=21785461405 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=21785461405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=21785461405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=21834116405 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=22234303405 kinds=block pages=0-95 count=1
file /usr/bin/apt-cache inode=270 t=23090057405 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=23090057405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=23090057405 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-get inode=273 t=23090057405 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/apt-key inode=274 t=23090057405 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-mark inode=275 t=23090057405 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=23090057405 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=23248621405 kinds=block pages=0-580 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=23284301405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=23284301405 kinds=fragment-inferred,block pages=0-19 count=1
file /etc/e2scrub.conf inode=81 t=23533989405 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=23533989405 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub_all inode=7374 t=23533989405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=23584887405 kinds=block pages=0-308 count=8
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=23983934405 kinds=block pages=0-63 count=2
file /usr/bin/b2sum inode=278 t=24087986405 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=24087986405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=24087986405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=24087986405 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=24087986405 kinds=fragment-inferred,block pages=0-13 count=2
file /usr/bin/bashbug inode=284 t=24087986405 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/busctl inode=285 t=24087986405 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/bin/chattr inode=289 t=24087986405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=24087986405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=24144303405 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=24144303405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=24144303405 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=24144303405 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=24184246405 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=24184246405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=24184246405 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=24184246405 kinds=block pages=0-34 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=24233648405 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=24233648405 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=24233648405 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/clear inode=299 t=24483903405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=24483903405 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=24483903405 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=24483903405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=24483903405 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=24534045405 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=24534045405 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=24534045405 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=24534045405 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=24534045405 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=24534045405 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=24534045405 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=24783351405 kinds=block pages=0-49 count=1
read t=6454296405 offset=0 len=16384
read t=6473336405 offset=145698816 len=4096
read t=6521791405 offset=145678336 len=4096
read t=6571367405 offset=145547264 len=4096
read t=6685708405 offset=145666048 len=4096
read t=6687039405 offset=145670144 len=8192
read t=6719897405 offset=145682432 len=4096
read t=6769899405 offset=145543168 len=4096
read t=6823534405 offset=145657856 len=4096
read t=6870483405 offset=145661952 len=4096
read t=6921529405 offset=145494016 len=4096
read t=6971558405 offset=145498112 len=16384
read t=7026080405 offset=145551360 len=16384
read t=7161347405 offset=133234688 len=4096
read t=7162399405 offset=133238784 len=16384
read t=7170839405 offset=133255168 len=32768
read t=7222316405 offset=133287936 len=65536
read t=7270135405 offset=145539072 len=4096
read t=7321079405 offset=145600512 len=4096
read t=7370589405 offset=145604608 len=16384
read t=7423996405 offset=132263936 len=4096
read t=7470582405 offset=132268032 len=16384
read t=7520354405 offset=132284416 len=32768
read t=7570058405 offset=132317184 len=65536
read t=7619698405 offset=132382720 len=131072
read t=7671222405 offset=145645568 len=4096
read t=7723242405 offset=133353472 len=131072
read t=7770837405 offset=133877760 len=4096
read t=7821429405 offset=133881856 len=16384
read t=7872230405 offset=133898240 len=32768
read t=7920205405 offset=133931008 len=65536
read t=7969697405 offset=133996544 len=131072
read t=8020155405 offset=135200768 len=4096
read t=8070856405 offset=135204864 len=16384
read t=8120812405 offset=135221248 len=32768
read t=8170554405 offset=134127616 len=131072
read t=8220037405 offset=132206592 len=4096
read t=8271378405 offset=132210688 len=16384
read t=8321702405 offset=132227072 len=32768
read t=8370285405 offset=132259840 len=4096
read t=8429235405 offset=132513792 len=131072
read t=8470242405 offset=133148672 len=4096
read t=8521075405 offset=133152768 len=16384
read t=8572524405 offset=133169152 len=32768
read t=8620078405 offset=133201920 len=32768
read t=8670633405 offset=135254016 len=73728
read t=8720270405 offset=135327744 len=131072
read t=8770105405 offset=135458816 len=131072
read t=8820629405 offset=135589888 len=131072
read t=8882754405 offset=135766016 len=4096
read t=8920415405 offset=135770112 len=16384
read t=8970506405 offset=135786496 len=32768
read t=9020051405 offset=135819264 len=65536
read t=9070042405 offset=135884800 len=131072
read t=9120095405 offset=136015872 len=131072
read t=9170263405 offset=136364032 len=4096
read t=9220268405 offset=136368128 len=16384
read t=9271168405 offset=136384512 len=32768
read t=9320208405 offset=136417280 len=65536
read t=9370333405 offset=136482816 len=131072
read t=9420026405 offset=136613888 len=131072
read t=9470276405 offset=138207232 len=4096
read t=9520476405 offset=138211328 len=16384
read t=9570920405 offset=138227712 len=32768
read t=9620022405 offset=138260480 len=65536
read t=9669957405 offset=138326016 len=131072
read t=9719843405 offset=138481664 len=4096
read t=9770628405 offset=138485760 len=16384
read t=9820400405 offset=138502144 len=32768
read t=9869884405 offset=138534912 len=65536
read t=9920441405 offset=138600448 len=131072
read t=9970410405 offset=138731520 len=131072
read t=10020156405 offset=139010048 len=4096
read t=10070624405 offset=139014144 len=16384
read t=10120464405 offset=139030528 len=32768
read t=10169834405 offset=139063296 len=65536
read t=10219945405 offset=139128832 len=131072
read t=10270158405 offset=139264000 len=4096
read t=10320263405 offset=139268096 len=16384
read t=10370508405 offset=139284480 len=32768
read t=10419975405 offset=139317248 len=65536
read t=10470238405 offset=139259904 len=4096
read t=10519967405 offset=139382784 len=8192
read t=10569684405 offset=139390976 len=131072
read t=10620116405 offset=133484544 len=131072
read t=10670143405 offset=132665344 len=4096
read t=10719914405 offset=132669440 len=16384
read t=10770238405 offset=132685824 len=32768
read t=10820009405 offset=132718592 len=65536
read t=10869983405 offset=132784128 len=131072
read t=10919957405 offset=132644864 len=16384
read t=10970329405 offset=132661248 len=4096
read t=11027578405 offset=132915200 len=16384
read t=11070330405 offset=132931584 len=32768
read t=11119736405 offset=132964352 len=65536
read t=11170036405 offset=133029888 len=118784
read t=11227575405 offset=138862592 len=131072
read t=11270024405 offset=138993664 len=16384
read t=11319968405 offset=138457088 len=24576
read t=11369855405 offset=138145792 len=4096
read t=11420373405 offset=138149888 len=16384
read t=11470709405 offset=138166272 len=32768
read t=11520033405 offset=138199040 len=8192
read t=11569914405 offset=136744960 len=131072
read t=11619489405 offset=136146944 len=131072
read t=11670166405 offset=135720960 len=16384
read t=11720329405 offset=135737344 len=28672
read t=11790964405 offset=135168000 len=4096
read t=11820176405 offset=135172096 len=16384
read t=11870343405 offset=135188480 len=12288
read t=11932184405 offset=133840896 len=4096
read t=11970244405 offset=133844992 len=16384
read t=12020243405 offset=133861376 len=16384
read t=12103238405 offset=137351168 len=4096
read t=12120073405 offset=137355264 len=16384
read t=12170428405 offset=137371648 len=32768
read t=12219921405 offset=137404416 len=65536
read t=12269873405 offset=137469952 len=131072
read t=12319943405 offset=137601024 len=131072
read t=12369991405 offset=137912320 len=4096
read t=12420413405 offset=137916416 len=16384
read t=12470192405 offset=137932800 len=32768
read t=12519775405 offset=137965568 len=65536
read t=12570358405 offset=138031104 len=114688
read t=12620201405 offset=145432576 len=4096
read t=12674450405 offset=134545408 len=4096
read t=12720197405 offset=134549504 len=16384
read t=12770338405 offset=134565888 len=32768
read t=12820052405 offset=134598656 len=65536
read t=12870127405 offset=134664192 len=131072
read t=12919964405 offset=134795264 len=131072
read t=12978227405 offset=134926336 len=131072
read t=13022376405 offset=135057408 len=110592
read t=13072526405 offset=134479872 len=4096
read t=13120157405 offset=134483968 len=16384
read t=13170331405 offset=134500352 len=32768
read t=13219730405 offset=134533120 len=12288
read t=13274803405 offset=134422528 len=4096
read t=13320267405 offset=134426624 len=16384
read t=13370303405 offset=134443008 len=32768
read t=13419834405 offset=134475776 len=4096
read t=13484772405 offset=134291456 len=4096
read t=13520421405 offset=134295552 len=16384
read t=13570210405 offset=134311936 len=32768
read t=13619704405 offset=134344704 len=65536
read t=13669915405 offset=134410240 len=12288
read t=13732007405 offset=133615616 len=16384
read t=13770348405 offset=133632000 len=32768
read t=13819766405 offset=133664768 len=65536
read t=13869930405 offset=133730304 len=110592
read t=13960610405 offset=134258688 len=32768
read t=13991449405 offset=139661312 len=4096
read t=14020220405 offset=139665408 len=16384
read t=14070281405 offset=139681792 len=32768
read t=14119864405 offset=139714560 len=65536
read t=14170036405 offset=139780096 len=131072
read t=14220423405 offset=145649664 len=4096
read t=14270422405 offset=145653760 len=4096
read t=14344768405 offset=139522048 len=131072
read t=14369346405 offset=139911168 len=16384
read t=14420184405 offset=139927552 len=32768
read t=14470871405 offset=139960320 len=65536
read t=14519985405 offset=140025856 len=131072
read t=14570194405 offset=139653120 len=8192
read t=14630214405 offset=137781248 len=4096
read t=14670412405 offset=137785344 len=16384
read t=14720103405 offset=137801728 len=32768
read t=14770041405 offset=137834496 len=65536
read t=14820198405 offset=137900032 len=12288
read t=15063162405 offset=145485824 len=4096
read t=15143282405 offset=140156928 len=131072
read t=15600208405 offset=136278016 len=16384
read t=15600966405 offset=136294400 len=32768
read t=15677193405 offset=136327168 len=36864
read t=15817666405 offset=145481728 len=4096
read t=15844361405 offset=145686528 len=12288
read t=15933989405 offset=145592320 len=4096
read t=15934609405 offset=145596416 len=4096
read t=16709647405 offset=140677120 len=4096
read t=16710389405 offset=140681216 len=16384
read t=16710968405 offset=140697600 len=32768
read t=16711367405 offset=140730368 len=65536
read t=16767820405 offset=140795904 len=131072
read t=16895926405 offset=140926976 len=131072
read t=17023290405 offset=141058048 len=131072
read t=17269287405 offset=140664832 len=4096
read t=17270102405 offset=140668928 len=8192
read t=17358705405 offset=140619776 len=4096
read t=17359541405 offset=140623872 len=16384
read t=17360169405 offset=140640256 len=24576
read t=17374576405 offset=140288000 len=131072
read t=17420987405 offset=140419072 len=131072
read t=17472866405 offset=140550144 len=69632
read t=18241887405 offset=141189120 len=131072
read t=19300996405 offset=145620992 len=24576
read t=19301794405 offset=145514496 len=24576
read t=19831933405 offset=143228928 len=4096
read t=19832899405 offset=143233024 len=16384
read t=19833532405 offset=143249408 len=32768
read t=19834014405 offset=143282176 len=65536
read t=19883662405 offset=143769600 len=4096
read t=19933609405 offset=143773696 len=16384
read t=19983922405 offset=143790080 len=32768
read t=20035812405 offset=143822848 len=65536
read t=20089265405 offset=142467072 len=4096
read t=20133718405 offset=142471168 len=16384
read t=20183957405 offset=142487552 len=32768
read t=20239974405 offset=142520320 len=65536
read t=20287842405 offset=142585856 len=131072
read t=20333523405 offset=142180352 len=4096
read t=20383870405 offset=142184448 len=16384
read t=20434486405 offset=142200832 len=32768
read t=20485528405 offset=142233600 len=65536
read t=20533678405 offset=16384 len=32768
read t=20583338405 offset=142721024 len=4096
read t=20634242405 offset=142725120 len=16384
read t=20684477405 offset=142741504 len=32768
read t=20733446405 offset=142774272 len=65536
read t=20783972405 offset=141656064 len=4096
read t=20834603405 offset=141660160 len=16384
read t=20884358405 offset=141676544 len=32768
read t=20934872405 offset=143347712 len=131072
read t=20984694405 offset=142839808 len=131072
read t=21034155405 offset=145567744 len=24576
read t=21092047405 offset=141709312 len=73728
read t=21133682405 offset=143478784 len=131072
read t=21184260405 offset=141783040 len=131072
read t=21234027405 offset=143728640 len=4096
read t=21284012405 offset=143732736 len=16384
read t=21334703405 offset=143749120 len=20480
read t=21395247405 offset=141635584 len=4096
read t=21434619405 offset=141639680 len=16384
read t=21498059405 offset=145399808 len=4096
read t=21539426405 offset=143896576 len=4096
read t=21584049405 offset=143900672 len=16384
read t=21633937405 offset=143917056 len=32768
read t=21688218405 offset=143949824 len=65536
read t=21733953405 offset=144080896 len=4096
read t=21785461405 offset=144084992 len=16384
read t=21834116405 offset=144101376 len=32768
read t=21883575405 offset=145354752 len=4096
read t=21935079405 offset=143609856 len=118784
read t=21985657405 offset=142716928 len=4096
read t=22034100405 offset=143171584 len=4096
read t=22084595405 offset=143175680 len=16384
read t=22134709405 offset=143192064 len=32768
read t=22184163405 offset=143224832 len=4096
read t=22234303405 offset=144015360 len=65536
read t=22283667405 offset=144134144 len=12288
read t=22333447405 offset=145326080 len=4096
read t=22389724405 offset=142163968 len=4096
read t=22434898405 offset=142168064 len=12288
read t=22498979405 offset=145235968 len=4096
read t=22539952405 offset=142065664 len=4096
read t=22584249405 offset=142069760 len=16384
read t=22634369405 offset=142086144 len=32768
read t=22683599405 offset=145203200 len=4096
read t=22740947405 offset=142147584 len=4096
read t=22783987405 offset=142151680 len=12288
read t=22844752405 offset=142118912 len=28672
read t=22886465405 offset=142299136 len=24576
read t=22934148405 offset=145195008 len=4096
read t=22996732405 offset=145215488 len=4096
read t=23034302405 offset=145436672 len=16384
read t=23090057405 offset=49152 len=73728
read t=23133516405 offset=142970880 len=131072
read t=23196890405 offset=131072 len=4096
read t=23248621405 offset=144146432 len=98304
read t=23284301405 offset=143888384 len=8192
read t=23333664405 offset=144244736 len=131072
read t=23383956405 offset=262144 len=4096
read t=23435268405 offset=144769024 len=4096
read t=23484310405 offset=144773120 len=16384
read t=23533989405 offset=144789504 len=32768
read t=23584887405 offset=144822272 len=65536
read t=23633569405 offset=524288 len=4096
read t=23684862405 offset=144375808 len=131072
read t=23733722405 offset=144887808 len=131072
read t=23784071405 offset=1048576 len=4096
read t=23848122405 offset=2097152 len=4096
read t=23897567405 offset=4194304 len=4096
read t=23939024405 offset=145453056 len=28672
read t=23983934405 offset=144506880 len=131072
read t=24045671405 offset=122880 len=8192
read t=24087986405 offset=135168 len=126976
read t=24144303405 offset=266240 len=118784
read t=24184246405 offset=385024 len=131072
read t=24233648405 offset=144637952 len=131072
read t=24283365405 offset=143101952 len=16384
read t=24333662405 offset=143118336 len=32768
read t=24388086405 offset=143151104 len=20480
read t=24434166405 offset=516096 len=8192
read t=24483903405 offset=528384 len=118784
read t=24534045405 offset=647168 len=131072
read t=24584012405 offset=145346560 len=4096
read t=24634388405 offset=145350656 len=4096
read t=24683944405 offset=145358848 len=8192
read t=24733920405 offset=145367040 len=32768
read t=24783351405 offset=145403904 len=28672
read t=24833796405 offset=145018880 len=16384
read t=24884730405 offset=145035264 len=32768
read t=24934064405 offset=145068032 len=65536
read t=24994081405 offset=145133568 len=61440
read t=25033827405 offset=145199104 len=4096
read t=25084482405 offset=145207296 len=8192
read t=25134085405 offset=145219584 len=16384
read t=25183974405 offset=145240064 len=86016
read t=25253207405 offset=145330176 len=16384
read t=25288283405 offset=145489920 len=4096
read t=25752544405 offset=61440 len=4096
read t=25802070405 offset=192512 len=4096
read t=25852397405 offset=454656 len=4096
read t=25902088405 offset=978944 len=4096
read t=25954970405 offset=2027520 len=4096
read t=26002389405 offset=4124672 len=4096
end files=350 reads=315
