liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 344
dropped 0
boots 1
duration_ns 24574368200
file /usr/bin/addpart inode=268 t=5681256943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=5681256943 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=6397282943 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=6446900943 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=6746680943 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=6797930943 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7046773943 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=7446543943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=7446543943 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=7696341943 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=7696341943 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=7696341943 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7746650943 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7746650943 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=7746650943 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=7796717943 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=7796717943 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=7796717943 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=7846802943 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=7846802943 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=7896753943 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=8096670943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=8096670943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=8096670943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=8096670943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=8096670943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=8096670943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=8096670943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=8096670943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=8096670943 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=8096670943 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=8146842943 kinds=block pages=0-255,288-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=8396614943 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=8446529943 kinds=block pages=0-383,544-735,800-1155 count=14
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=8696580943 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=8946483943 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=8996489943 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=9246434943 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=9496514943 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=9496514943 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=9646534943 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=13246941943 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=13346371943 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=13346371943 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=13446403943 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=13446403943 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=13446403943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=13446403943 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=13446403943 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=13446403943 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=13446403943 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=13546263943 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=13546263943 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=13546263943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=13546263943 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=13546263943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=13596418943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=13596418943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=13596418943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=13596418943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=13596418943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=13596418943 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=13596418943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=13596418943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=13596418943 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=13596418943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=13596418943 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=14159883943 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=14159883943 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=15319216943 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=15319718943 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=15377110943 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=15377110943 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=15377110943 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=15377110943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=15377110943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=15377110943 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=15377110943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=15377110943 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=15377110943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=15530093943 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=15530093943 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=15530093943 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=15530093943 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=15649065943 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=15649065943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=15649065943 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=15649065943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=15649065943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=15649065943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=15649065943 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=15649065943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=15649065943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=15649065943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=15649065943 kinds=block pages=0-415,960-1567,1728-2175,2464-3178 count=28
file /usr/bin/systemctl inode=495 t=18998281943 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=19447554943 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=19447554943 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/e2scrub.conf inode=81 t=19847901943 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=19847901943 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=19847901943 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=19847901943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=19897670943 kinds=block pages=0-308 count=7
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=20347777943 kinds=block pages=0-49 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=20597855943 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=20597855943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=20597855943 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=20647667943 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=20647667943 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=20647667943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=20647667943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=20647667943 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=20847529943 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=20847529943 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=20847529943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=20847529943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=21201862943 kinds=block pages=0-95 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=21201862943 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/apt-cache inode=270 t=22162436943 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=22162436943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=22162436943 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-get inode=273 t=22162436943 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/apt-key inode=274 t=22162436943 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-mark inode=275 t=22162436943 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=22162436943 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=22198592943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=22198592943 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=22301244943 kinds=block pages=0-580 count=5
file /usr/bin/b2sum inode=278 t=22847767943 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=22847767943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=22847767943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=22847767943 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=22847767943 kinds=fragment-inferred,block pages=0-13 count=2
file /usr/bin/bashbug inode=284 t=22847767943 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/busctl inode=285 t=22847767943 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/bin/chattr inode=289 t=22847767943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=22847767943 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=22900052943 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=22900052943 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=22900052943 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=22900052943 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=22948112943 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=22948112943 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=22948112943 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=22948112943 kinds=block pages=0-34 count=2
file /usr/bin/clear inode=299 t=23047957943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=23047957943 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=23047957943 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=23047957943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=23047957943 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=23097902943 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=23097902943 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=23097902943 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=23097902943 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=23097902943 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=23097902943 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=23097902943 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=23547854943 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=23776233943 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=23776233943 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=23776233943 kinds=fragment-inferred,block pages=0-16 count=1
read t=5681256943 offset=0 len=16384
read t=5699486943 offset=145686528 len=4096
read t=5747955943 offset=145670144 len=4096
read t=5797649943 offset=145534976 len=4096
read t=5847294943 offset=145539072 len=16384
read t=5945084943 offset=145653760 len=4096
read t=5946902943 offset=145657856 len=12288
read t=5997963943 offset=145530880 len=4096
read t=6049692943 offset=145645568 len=4096
read t=6097152943 offset=145649664 len=4096
read t=6147703943 offset=145481728 len=4096
read t=6196968943 offset=145485824 len=16384
read t=6251754943 offset=145555456 len=32768
read t=6320608943 offset=133222400 len=4096
read t=6347257943 offset=133226496 len=16384
read t=6397282943 offset=133242880 len=32768
read t=6446900943 offset=133275648 len=65536
read t=6501568943 offset=145526784 len=4096
read t=6547863943 offset=145588224 len=57344
read t=6598830943 offset=132251648 len=4096
read t=6646716943 offset=132255744 len=16384
read t=6696882943 offset=132272128 len=32768
read t=6746680943 offset=132304896 len=65536
read t=6797930943 offset=132370432 len=131072
read t=6846609943 offset=133341184 len=131072
read t=6897184943 offset=133865472 len=4096
read t=6947032943 offset=133869568 len=16384
read t=6997848943 offset=133885952 len=32768
read t=7046773943 offset=133918720 len=65536
read t=7096880943 offset=133984256 len=131072
read t=7147021943 offset=135184384 len=4096
read t=7196855943 offset=135188480 len=16384
read t=7246929943 offset=135204864 len=32768
read t=7296640943 offset=132190208 len=4096
read t=7346942943 offset=132194304 len=16384
read t=7397944943 offset=132210688 len=32768
read t=7446543943 offset=132243456 len=8192
read t=7502875943 offset=132501504 len=131072
read t=7547676943 offset=133132288 len=4096
read t=7598160943 offset=133136384 len=16384
read t=7649808943 offset=133152768 len=32768
read t=7696341943 offset=133185536 len=36864
read t=7746650943 offset=135237632 len=73728
read t=7796717943 offset=135311360 len=131072
read t=7846802943 offset=135442432 len=131072
read t=7896753943 offset=135573504 len=131072
read t=7956650943 offset=135753728 len=4096
read t=7997323943 offset=135757824 len=16384
read t=8046590943 offset=135774208 len=32768
read t=8096670943 offset=135806976 len=65536
read t=8146842943 offset=135872512 len=131072
read t=8196717943 offset=136003584 len=131072
read t=8246706943 offset=136347648 len=4096
read t=8297805943 offset=136351744 len=16384
read t=8346896943 offset=136368128 len=32768
read t=8396614943 offset=136400896 len=65536
read t=8446529943 offset=136466432 len=131072
read t=8498039943 offset=136597504 len=131072
read t=8546871943 offset=138190848 len=4096
read t=8597110943 offset=138194944 len=16384
read t=8646956943 offset=138211328 len=32768
read t=8696580943 offset=138244096 len=65536
read t=8746572943 offset=138309632 len=131072
read t=8796604943 offset=138469376 len=4096
read t=8846758943 offset=138473472 len=16384
read t=8896876943 offset=138489856 len=32768
read t=8946483943 offset=138522624 len=65536
read t=8996489943 offset=138588160 len=131072
read t=9046555943 offset=138719232 len=131072
read t=9096678943 offset=138993664 len=4096
read t=9146873943 offset=138997760 len=16384
read t=9197085943 offset=139014144 len=32768
read t=9246434943 offset=139046912 len=65536
read t=9296590943 offset=139112448 len=131072
read t=9346601943 offset=139251712 len=4096
read t=9396763943 offset=139255808 len=16384
read t=9446859943 offset=139272192 len=32768
read t=9496514943 offset=139304960 len=65536
read t=9546599943 offset=139243520 len=8192
read t=9596527943 offset=139370496 len=4096
read t=9646534943 offset=139374592 len=131072
read t=9696468943 offset=133472256 len=131072
read t=9746473943 offset=132648960 len=4096
read t=9796687943 offset=132653056 len=16384
read t=9846867943 offset=132669440 len=32768
read t=9896454943 offset=132702208 len=65536
read t=9945805943 offset=132767744 len=131072
read t=9996552943 offset=132632576 len=16384
read t=10052840943 offset=132898816 len=16384
read t=10096939943 offset=132915200 len=32768
read t=10146588943 offset=132947968 len=65536
read t=10196460943 offset=133013504 len=118784
read t=10254417943 offset=138850304 len=131072
read t=10296654943 offset=138981376 len=12288
read t=10346541943 offset=138440704 len=28672
read t=10396460943 offset=138129408 len=4096
read t=10446948943 offset=138133504 len=16384
read t=10496966943 offset=138149888 len=32768
read t=10546334943 offset=138182656 len=8192
read t=10596505943 offset=136728576 len=131072
read t=10646714943 offset=136859648 len=131072
read t=10697004943 offset=136134656 len=131072
read t=10746768943 offset=135704576 len=16384
read t=10796893943 offset=135720960 len=32768
read t=10854942943 offset=135151616 len=4096
read t=10896888943 offset=135155712 len=16384
read t=10946754943 offset=135172096 len=12288
read t=10999517943 offset=134115328 len=131072
read t=11046525943 offset=133824512 len=4096
read t=11096752943 offset=133828608 len=16384
read t=11146889943 offset=133844992 len=20480
read t=11225096943 offset=137334784 len=4096
read t=11246724943 offset=137338880 len=16384
read t=11296662943 offset=137355264 len=32768
read t=11346563943 offset=137388032 len=65536
read t=11396544943 offset=137453568 len=131072
read t=11446600943 offset=137584640 len=131072
read t=11496536943 offset=137895936 len=4096
read t=11546707943 offset=137900032 len=16384
read t=11596985943 offset=137916416 len=32768
read t=11646554943 offset=137949184 len=65536
read t=11696787943 offset=138014720 len=114688
read t=11746778943 offset=145420288 len=4096
read t=11796732943 offset=145424384 len=16384
read t=11850057943 offset=134533120 len=4096
read t=11896868943 offset=134537216 len=16384
read t=11946797943 offset=134553600 len=32768
read t=11996507943 offset=134586368 len=65536
read t=12046596943 offset=134651904 len=131072
read t=12096727943 offset=134782976 len=131072
read t=12147087943 offset=134914048 len=131072
read t=12200043943 offset=135045120 len=106496
read t=12249401943 offset=134467584 len=4096
read t=12296802943 offset=134471680 len=16384
read t=12346821943 offset=134488064 len=32768
read t=12396553943 offset=134520832 len=12288
read t=12450672943 offset=134406144 len=4096
read t=12496779943 offset=134410240 len=16384
read t=12546840943 offset=134426624 len=32768
read t=12596549943 offset=134459392 len=8192
read t=12660441943 offset=134279168 len=4096
read t=12696775943 offset=134283264 len=16384
read t=12746954943 offset=134299648 len=32768
read t=12796622943 offset=134332416 len=65536
read t=12846514943 offset=134397952 len=8192
read t=12908988943 offset=133603328 len=16384
read t=12946844943 offset=133619712 len=32768
read t=12996435943 offset=133652480 len=65536
read t=13046620943 offset=133718016 len=106496
read t=13133435943 offset=134246400 len=32768
read t=13167684943 offset=139644928 len=4096
read t=13197413943 offset=139649024 len=16384
read t=13246941943 offset=139665408 len=32768
read t=13297184943 offset=139698176 len=65536
read t=13346371943 offset=139763712 len=131072
read t=13412311943 offset=139505664 len=131072
read t=13446403943 offset=139894784 len=16384
read t=13497174943 offset=139911168 len=32768
read t=13546263943 offset=139943936 len=65536
read t=13596418943 offset=140009472 len=131072
read t=13646825943 offset=139636736 len=8192
read t=13701086943 offset=137768960 len=4096
read t=13746786943 offset=137773056 len=16384
read t=13796533943 offset=137789440 len=32768
read t=13846595943 offset=137822208 len=65536
read t=13896489943 offset=137887744 len=8192
read t=14096369943 offset=145473536 len=4096
read t=14159883943 offset=140140544 len=131072
read t=14476402943 offset=136265728 len=16384
read t=14477797943 offset=136282112 len=32768
read t=14579516943 offset=145674240 len=12288
read t=14631450943 offset=145469440 len=4096
read t=15317592943 offset=140660736 len=4096
read t=15318662943 offset=140664832 len=16384
read t=15319216943 offset=140681216 len=32768
read t=15319718943 offset=140713984 len=65536
read t=15377110943 offset=140779520 len=131072
read t=15530093943 offset=140910592 len=131072
read t=15649065943 offset=141041664 len=131072
read t=15930504943 offset=140644352 len=4096
read t=15931205943 offset=140648448 len=12288
read t=15966318943 offset=140271616 len=131072
read t=16029818943 offset=140603392 len=4096
read t=16030418943 offset=140607488 len=16384
read t=16032182943 offset=140623872 len=20480
read t=16087483943 offset=140402688 len=131072
read t=16135559943 offset=140533760 len=69632
read t=16846322943 offset=141172736 len=131072
read t=17985972943 offset=145502208 len=24576
read t=18595964943 offset=142450688 len=4096
read t=18596743943 offset=142454784 len=16384
read t=18597454943 offset=142471168 len=32768
read t=18597931943 offset=142503936 len=65536
read t=18648110943 offset=142569472 len=131072
read t=18698339943 offset=142163968 len=4096
read t=18747970943 offset=142168064 len=16384
read t=18798210943 offset=142184448 len=32768
read t=18855532943 offset=142217216 len=65536
read t=18897854943 offset=143212544 len=4096
read t=18947926943 offset=143216640 len=16384
read t=18998281943 offset=143233024 len=32768
read t=19053355943 offset=143265792 len=65536
read t=19098510943 offset=142704640 len=4096
read t=19147826943 offset=142708736 len=16384
read t=19198391943 offset=142725120 len=32768
read t=19251381943 offset=142757888 len=65536
read t=19300553943 offset=143753216 len=4096
read t=19347802943 offset=143757312 len=16384
read t=19398069943 offset=143773696 len=32768
read t=19447554943 offset=143806464 len=65536
read t=19497680943 offset=142823424 len=131072
read t=19547798943 offset=16384 len=32768
read t=19597888943 offset=141639680 len=4096
read t=19648164943 offset=141643776 len=16384
read t=19697894943 offset=141660160 len=32768
read t=19747852943 offset=144752640 len=4096
read t=19797984943 offset=144756736 len=16384
read t=19847901943 offset=144773120 len=32768
read t=19897670943 offset=144805888 len=65536
read t=19947895943 offset=141692928 len=16384
read t=20005275943 offset=141709312 len=32768
read t=20048427943 offset=141742080 len=131072
read t=20105626943 offset=144871424 len=131072
read t=20148103943 offset=141873152 len=98304
read t=20197653943 offset=145334272 len=4096
read t=20247835943 offset=145338368 len=16384
read t=20298130943 offset=145354752 len=32768
read t=20347777943 offset=145387520 len=32768
read t=20398062943 offset=145440768 len=12288
read t=20448128943 offset=142700544 len=4096
read t=20497750943 offset=143880192 len=4096
read t=20548225943 offset=143884288 len=16384
read t=20597855943 offset=143900672 len=32768
read t=20647667943 offset=143933440 len=65536
read t=20697848943 offset=143331328 len=131072
read t=20747987943 offset=145453056 len=16384
read t=20797733943 offset=145477632 len=4096
read t=20847529943 offset=143998976 len=16384
read t=20904502943 offset=143155200 len=4096
read t=20947836943 offset=143159296 len=16384
read t=20997972943 offset=143175680 len=32768
read t=21047519943 offset=143208448 len=4096
read t=21097652943 offset=141619200 len=4096
read t=21147884943 offset=141623296 len=16384
read t=21201862943 offset=144015360 len=131072
read t=21247802943 offset=143462400 len=131072
read t=21297814943 offset=142147584 len=4096
read t=21347978943 offset=142151680 len=12288
read t=21405523943 offset=145313792 len=4096
read t=21448112943 offset=143712256 len=4096
read t=21498036943 offset=143716352 len=16384
read t=21547808943 offset=143732736 len=20480
read t=21601639943 offset=142049280 len=4096
read t=21647941943 offset=142053376 len=16384
read t=21697917943 offset=142069760 len=32768
read t=21747338943 offset=145223680 len=4096
read t=21802553943 offset=142102528 len=45056
read t=21851299943 offset=142282752 len=16384
read t=21897626943 offset=145190912 len=4096
read t=21951759943 offset=143593472 len=118784
read t=22005689943 offset=145182720 len=4096
read t=22054395943 offset=142954496 len=131072
read t=22097501943 offset=145203200 len=4096
read t=22162436943 offset=49152 len=73728
read t=22198592943 offset=143872000 len=8192
read t=22247754943 offset=131072 len=4096
read t=22301244943 offset=144146432 len=16384
read t=22347975943 offset=144162816 len=32768
read t=22397727943 offset=262144 len=4096
read t=22464183943 offset=144195584 len=65536
read t=22497675943 offset=144261120 len=131072
read t=22547721943 offset=524288 len=4096
read t=22607410943 offset=144392192 len=131072
read t=22647618943 offset=1048576 len=4096
read t=22707990943 offset=2097152 len=4096
read t=22773076943 offset=4194304 len=4096
read t=22804988943 offset=122880 len=8192
read t=22847767943 offset=135168 len=126976
read t=22900052943 offset=266240 len=118784
read t=22948112943 offset=385024 len=131072
read t=22998468943 offset=516096 len=8192
read t=23047957943 offset=528384 len=118784
read t=23097902943 offset=647168 len=131072
read t=23147535943 offset=145002496 len=16384
read t=23203164943 offset=145018880 len=32768
read t=23248035943 offset=145051648 len=131072
read t=23298216943 offset=145186816 len=4096
read t=23347640943 offset=145195008 len=8192
read t=23397581943 offset=145207296 len=16384
read t=23447492943 offset=145227776 len=86016
read t=23497566943 offset=145317888 len=16384
read t=23547854943 offset=144523264 len=131072
read t=23597844943 offset=143085568 len=16384
read t=23648119943 offset=143101952 len=32768
read t=23697652943 offset=143134720 len=20480
read t=23776233943 offset=144654336 len=98304
read t=24191992943 offset=61440 len=4096
read t=24242011943 offset=192512 len=4096
read t=24291926943 offset=454656 len=4096
read t=24341899943 offset=978944 len=4096
read t=24391950943 offset=2027520 len=4096
read t=24443559943 offset=4124672 len=4096
end files=351 reads=302
