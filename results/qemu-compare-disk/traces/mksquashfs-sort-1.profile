liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700765 mkfs_time=1795319157 inode_count=12821 block_size=131072 compressor=zstd sha256=11007a0d7796d02b1de0772e78df264d3d41b8d4af9531995387e7af8c4f4b34
events 1110
dropped 0
boots 1
duration_ns 58610175841
file /usr/lib/systemd/systemd inode=5910 t=6979823881 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7826578881 kinds=block pages=0-52 count=15
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8029345881 kinds=block pages=0-505 count=18
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8130624881 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=8429642881 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/dash inode=306 t=8429642881 kinds=fragment-inferred,block pages=0-30 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8478587881 kinds=block pages=0-470 count=22
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8728080881 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8783142881 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8831195881 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8888424881 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8939034881 kinds=fragment-inferred,block pages=0-9 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8939034881 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8979944881 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9078863881 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9279033881 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9378978881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9378978881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9378978881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9378978881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9378978881 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9378978881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9378978881 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9378978881 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9378978881 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9429354881 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9528169881 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9728672881 kinds=block pages=0-36 count=4
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9827280881 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10128267881 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10229718881 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10327555881 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10431275881 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10629052881 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=14979860881 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=15078289881 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=15178593881 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=15826347881 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=16276934881 kinds=fragment-inferred,block pages=0-27 count=2
file /etc/hostname inode=90 t=16426802881 kinds=fragment-inferred,block pages=0 count=4
file /etc/machine-id inode=112 t=16426802881 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/system.conf inode=213 t=16426802881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=16426802881 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=16426802881 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/os-release inode=5577 t=16426802881 kinds=fragment-inferred,block pages=0 count=4
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=16426802881 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/kmod inode=384 t=17626045881 kinds=block pages=0-43 count=3
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=19496768881 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=19496768881 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=19496768881 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=19496768881 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=19515571881 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=19515571881 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=19515571881 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=19515571881 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=19515571881 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=19515571881 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system/liveopt-marker.service inode=199 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/basic.target inode=5621 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.service inode=5653 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty-static.service inode=5656 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty.target inode=5657 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty@.service inode=5660 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/graphical.target inode=5661 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd.target inode=5682 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs.target inode=5691 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/multi-user.target inode=5695 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-online.target inode=5702 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-pre.target inode=5703 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network.target inode=5704 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/paths.target inode=5708 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/poweroff.target inode=5709 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/reboot.target inode=5720 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.service inode=5725 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.target inode=5726 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/slices.target inode=5746 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sysinit.target inode=5764 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-set.target inode=5872 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-sync.target inode=5873 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/timers.target inode=5874 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/user.slice inode=5883 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=19599587881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=19599587881 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=19599587881 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/bin/mount inode=423 t=24917199881 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.service inode=5647 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.target inode=5648 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/shutdown.target inode=5743 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sockets.target inode=5748 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/swap.target inode=5759 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/syslog.socket inode=5795 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/umount.target inode=5878 t=24917199881 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=24917199881 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/lib/systemd/systemd-journald inode=5924 t=26902772881 kinds=block pages=0-41 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=28554120881 kinds=block pages=0-105 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=28555186881 kinds=block pages=0-100 count=7
file /etc/modules inode=115 t=28908821881 kinds=fragment-inferred,block pages=0 count=6
file /etc/systemd/journald.conf inode=189 t=28908821881 kinds=fragment-inferred,block pages=0 count=6
file /etc/udev/udev.conf inode=223 t=28908821881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=28908821881 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/systemd/systemd-modules-load inode=5929 t=28908821881 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-random-seed inode=5936 t=28908821881 kinds=fragment-inferred,block pages=0-5 count=6
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=28908821881 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-sysctl inode=5944 t=28908821881 kinds=fragment-inferred,block pages=0-5 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=28913858881 kinds=fragment-inferred,block pages=0-28 count=3
file /usr/bin/udevadm inode=546 t=30607916881 kinds=block pages=0-330 count=13
file /etc/group inode=85 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /etc/nsswitch.conf inode=120 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /etc/passwd inode=141 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/systemd-sysusers inode=520 t=32266244881 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/basic.conf inode=5985 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=32266244881 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/journalctl inode=382 t=33459764881 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=33471151881 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=35355398881 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=35355398881 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/hwdb.bin inode=6070 t=38063254881 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=40
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=39816406881 kinds=fragment-inferred,block pages=0-7 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=39816406881 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=39816406881 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=39816406881 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=39816406881 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=39816406881 kinds=fragment-inferred,block pages=0-2 count=6
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=39816406881 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=39816406881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=39816406881 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/bin/systemctl inode=495 t=41863931881 kinds=block pages=0-330 count=15
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=44412353881 kinds=block pages=0-46 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=44512200881 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system/rc-local.service inode=5715 t=44512200881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/udev/ata_id inode=6065 t=44512200881 kinds=fragment-inferred,block pages=0-16 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=44513525881 kinds=fragment-inferred,block pages=0-13 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=44513525881 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=44513525881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=44513525881 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=44514414881 kinds=fragment-inferred,block pages=0-12 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=44514414881 kinds=fragment-inferred,block pages=0-2 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=44514414881 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/udev/hwclock-set inode=6069 t=44514414881 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=46861972881 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=46861972881 kinds=fragment-inferred,block pages=0-21 count=4
file /usr/lib/udev/dmi_memory_id inode=6067 t=46962700881 kinds=fragment-inferred,block pages=0-18 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=48864097881 kinds=block pages=0-95 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=52021508881 kinds=block pages=0-580 count=22
file /usr/bin/chmod inode=293 t=52712529881 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=52712529881 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=52712529881 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=52712529881 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=52712529881 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=52712529881 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=52712529881 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=52712529881 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=52712529881 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=52712529881 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=52712529881 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=52712529881 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=52712569881 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=52712569881 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=52762645881 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/udev/cdrom_id inode=6066 t=52762645881 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/bin/apt-key inode=274 t=53013092881 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=53013092881 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=53013092881 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=53013092881 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=53013092881 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=53013092881 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=53013092881 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/group.conf inode=165 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/limits.conf inode=166 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.conf inode=168 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.init inode=170 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/pam_env.conf inode=172 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/sepermit.conf inode=173 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/time.conf inode=174 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/selinux/semanage.conf inode=176 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow inode=177 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow- inode=178 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/shells inode=179 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bash_logout inode=181 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bashrc inode=182 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.profile inode=183 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/logind.conf inode=190 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/networkd.conf inode=192 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/pstore.conf inode=193 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/sleep.conf inode=194 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/user.conf inode=215 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/terminfo/README inode=217 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/timezone inode=218 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/update-motd.d/10-uname inode=225 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /etc/xattr.conf inode=226 t=53020615881 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/[ inode=267 t=53020615881 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/addpart inode=268 t=53020615881 kinds=fragment-inferred,block pages=0-7 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=53020646881 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=53020646881 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=53020646881 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=53020646881 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=53020646881 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=53020646881 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/01autoremove inode=43 t=53020646881 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/70debconf inode=44 t=53020646881 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/sources.list inode=48 t=53020646881 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=53020646881 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=54560088881 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=55311408881 kinds=block pages=0-97 count=5
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=56215729881 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7340 t=56215729881 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7342 t=56215729881 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/agetty inode=7343 t=56215729881 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=56862956881 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=56862956881 kinds=fragment-inferred,block pages=0-16 count=2
file /etc/e2scrub.conf inode=81 t=57013401881 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/readlink inode=454 t=57013401881 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/sleep inode=486 t=57013401881 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/sbin/e2scrub_all inode=7374 t=57013401881 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/bash inode=283 t=57062945881 kinds=block pages=0-308 count=11
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=57462273881 kinds=block pages=0-49 count=2
read t=4981401881 offset=0 len=4096
read t=4989828881 offset=4096 len=4096
read t=4990554881 offset=12288 len=4096
read t=5623693881 offset=0 len=1024
read t=5626313881 offset=145699840 len=1024
read t=5626859881 offset=145699840 len=1024
read t=5627650881 offset=145681408 len=1024
read t=5675914881 offset=145548288 len=1024
read t=5725088881 offset=145548288 len=2048
read t=5783400881 offset=145699840 len=1024
read t=5825135881 offset=145699840 len=1024
read t=5912536881 offset=145670144 len=1024
read t=5924696881 offset=145670144 len=2048
read t=5976595881 offset=145526784 len=1024
read t=6025080881 offset=145526784 len=4096
read t=6078181881 offset=145664000 len=1024
read t=6125130881 offset=145664000 len=4096
read t=6175909881 offset=145539072 len=1024
read t=6225237881 offset=145539072 len=3072
read t=6275020881 offset=145623040 len=1024
read t=6325634881 offset=145623040 len=5120
read t=6380327881 offset=145549312 len=1024
read t=6425331881 offset=145549312 len=5120
read t=6547910881 offset=145536000 len=1024
read t=6548334881 offset=145536000 len=4096
read t=6575299881 offset=145609728 len=1024
read t=6626159881 offset=145609728 len=4096
read t=6675518881 offset=145438720 len=1024
read t=6725530881 offset=145438720 len=3072
read t=6775072881 offset=145699840 len=1024
read t=6824679881 offset=145699840 len=1024
read t=6875241881 offset=145671168 len=1024
read t=6925148881 offset=145671168 len=4096
read t=6979823881 offset=2971648 len=32768
read t=7028301881 offset=145670144 len=1024
read t=7075165881 offset=145670144 len=2048
read t=7125548881 offset=145526784 len=1024
read t=7174721881 offset=145526784 len=4096
read t=7225428881 offset=145664000 len=1024
read t=7275203881 offset=145664000 len=4096
read t=7325726881 offset=145539072 len=1024
read t=7374988881 offset=145539072 len=3072
read t=7426079881 offset=145623040 len=1024
read t=7475157881 offset=145623040 len=5120
read t=7526140881 offset=145618944 len=1024
read t=7575002881 offset=145618944 len=5120
read t=7625756881 offset=145438720 len=1024
read t=7675234881 offset=145438720 len=3072
read t=7725453881 offset=145699840 len=1024
read t=7774850881 offset=145699840 len=1024
read t=7826578881 offset=0 len=73728
read t=7883082881 offset=72704 len=26624
read t=7942605881 offset=145549312 len=1024
read t=7975041881 offset=145549312 len=5120
read t=8029345881 offset=1028096 len=34816
read t=8082306881 offset=1640448 len=10240
read t=8130624881 offset=1649664 len=54272
read t=8182709881 offset=2962432 len=10240
read t=8244683881 offset=1702912 len=33792
read t=8277265881 offset=1735680 len=22528
read t=8331444881 offset=145671168 len=1024
read t=8374949881 offset=145671168 len=4096
read t=8429642881 offset=905216 len=60416
read t=8478587881 offset=98304 len=55296
read t=8553059881 offset=881664 len=24576
read t=8581968881 offset=152576 len=62464
read t=8628848881 offset=145536000 len=1024
read t=8675047881 offset=145536000 len=4096
read t=8728080881 offset=3003392 len=45056
read t=8783142881 offset=3047424 len=25600
read t=8831195881 offset=3072000 len=44032
read t=8888424881 offset=3115008 len=47104
read t=8939034881 offset=3543040 len=46080
read t=8979944881 offset=3161088 len=59392
read t=9029853881 offset=3219456 len=16384
read t=9078863881 offset=3234816 len=49152
read t=9129825881 offset=3345408 len=52224
read t=9177798881 offset=3396608 len=3072
read t=9226047881 offset=3396608 len=3072
read t=9279033881 offset=3398656 len=55296
read t=9329552881 offset=3515392 len=28672
read t=9378978881 offset=7592960 len=44032
read t=9429354881 offset=3588096 len=47104
read t=9481453881 offset=3634176 len=33792
read t=9528169881 offset=3666944 len=48128
read t=9580266881 offset=4113408 len=41984
read t=9627921881 offset=4154368 len=11264
read t=9675584881 offset=4154368 len=11264
read t=9728672881 offset=4164608 len=57344
read t=9777787881 offset=4220928 len=7168
read t=9827280881 offset=4227072 len=58368
read t=9878584881 offset=5955584 len=14336
read t=9926459881 offset=5968896 len=4096
read t=9975358881 offset=5968896 len=4096
read t=10026710881 offset=4284416 len=34816
read t=10076118881 offset=4318208 len=18432
read t=10128267881 offset=5971968 len=54272
read t=10183926881 offset=6233088 len=39936
read t=10229718881 offset=6272000 len=63488
read t=10279768881 offset=6334464 len=30720
read t=10327555881 offset=6364160 len=52224
read t=10379455881 offset=6758400 len=48128
read t=10431275881 offset=6805504 len=68608
read t=10479469881 offset=7016448 len=19456
read t=10528084881 offset=6873088 len=51200
read t=10577629881 offset=6923264 len=54272
read t=10629052881 offset=7034880 len=57344
read t=10679153881 offset=7091200 len=9216
read t=10734100881 offset=1061888 len=20480
read t=10776793881 offset=1081344 len=48128
read t=10836484881 offset=398336 len=46080
read t=10877336881 offset=443392 len=67584
read t=10928816881 offset=332800 len=66560
read t=10980328881 offset=579584 len=59392
read t=11027579881 offset=637952 len=68608
read t=11078926881 offset=790528 len=46080
read t=11127224881 offset=835584 len=47104
read t=11179800881 offset=6415360 len=59392
read t=11227882881 offset=6473728 len=55296
read t=11279085881 offset=6528000 len=56320
read t=11327707881 offset=6583296 len=89088
read t=11379211881 offset=6025216 len=58368
read t=11427705881 offset=6082560 len=38912
read t=11477857881 offset=5894144 len=33792
read t=11527112881 offset=5926912 len=17408
read t=11578090881 offset=4335616 len=19456
read t=11627026881 offset=4354048 len=20480
read t=11685353881 offset=5943296 len=13312
read t=11728035881 offset=4373504 len=17408
read t=11777586881 offset=4389888 len=41984
read t=11827327881 offset=4430848 len=62464
read t=11889529881 offset=3714048 len=65536
read t=11928099881 offset=3778560 len=39936
read t=11979422881 offset=3452928 len=63488
read t=12029836881 offset=3282944 len=63488
read t=12080491881 offset=2928640 len=34816
read t=12128036881 offset=1757184 len=43008
read t=12178210881 offset=1799168 len=63488
read t=12241302881 offset=1602560 len=32768
read t=12276675881 offset=1634304 len=7168
read t=12327007881 offset=1640448 len=1024
read t=12384233881 offset=705536 len=50176
read t=12427980881 offset=509952 len=70656
read t=12485514881 offset=214016 len=64512
read t=12528525881 offset=754688 len=36864
read t=12579011881 offset=5099520 len=63488
read t=12627314881 offset=5161984 len=60416
read t=12678055881 offset=5660672 len=68608
read t=12727453881 offset=5728256 len=41984
read t=12780604881 offset=145670144 len=1024
read t=12825137881 offset=145670144 len=2048
read t=12876356881 offset=277504 len=56320
read t=12939650881 offset=145526784 len=1024
read t=12975036881 offset=145526784 len=4096
read t=13028107881 offset=2308096 len=66560
read t=13076969881 offset=2373632 len=64512
read t=13133862881 offset=2684928 len=53248
read t=13176495881 offset=2737152 len=35840
read t=13228614881 offset=2771968 len=39936
read t=13276153881 offset=2810880 len=26624
read t=13327515881 offset=2242560 len=66560
read t=13378915881 offset=2183168 len=60416
read t=13433456881 offset=2836480 len=49152
read t=13483547881 offset=2053120 len=66560
read t=13527280881 offset=2118656 len=65536
read t=13589453881 offset=1305600 len=62464
read t=13627952881 offset=1367040 len=61440
read t=13678339881 offset=1530880 len=31744
read t=13726853881 offset=1561600 len=41984
read t=13780214881 offset=1486848 len=45056
read t=13848647881 offset=1185792 len=63488
read t=13877212881 offset=1248256 len=58368
read t=13929120881 offset=1861632 len=63488
read t=13979077881 offset=145623040 len=1024
read t=14025391881 offset=145623040 len=5120
read t=14086137881 offset=145664000 len=1024
read t=14125048881 offset=145664000 len=4096
read t=14175444881 offset=145539072 len=1024
read t=14224840881 offset=145539072 len=3072
read t=14275422881 offset=145699840 len=1024
read t=14325463881 offset=145699840 len=1024
read t=14375760881 offset=145529856 len=1024
read t=14424947881 offset=145529856 len=2048
read t=14475783881 offset=145553408 len=1024
read t=14524842881 offset=145553408 len=5120
read t=14575504881 offset=145438720 len=1024
read t=14624808881 offset=145438720 len=3072
read t=14675135881 offset=145671168 len=1024
read t=14724698881 offset=145671168 len=4096
read t=14779262881 offset=145534976 len=1024
read t=14824930881 offset=145534976 len=2048
read t=14875600881 offset=145605632 len=1024
read t=14924833881 offset=145605632 len=5120
read t=14979860881 offset=7099392 len=20480
read t=15026309881 offset=7118848 len=18432
read t=15078289881 offset=7196672 len=29696
read t=15126473881 offset=7225344 len=30720
read t=15178593881 offset=7410688 len=30720
read t=15226066881 offset=7440384 len=31744
read t=15280395881 offset=7173120 len=16384
read t=15326206881 offset=7188480 len=9216
read t=15375608881 offset=7188480 len=9216
read t=15429958881 offset=145595392 len=1024
read t=15475049881 offset=145595392 len=5120
read t=15525770881 offset=145532928 len=1024
read t=15575061881 offset=145532928 len=3072
read t=15625374881 offset=145699840 len=1024
read t=15674753881 offset=145699840 len=1024
read t=15725381881 offset=145591296 len=1024
read t=15774779881 offset=145591296 len=5120
read t=15826347881 offset=7635968 len=25600
read t=15890327881 offset=2437120 len=62464
read t=15931926881 offset=7136256 len=20480
read t=15977424881 offset=145599488 len=1024
read t=16025075881 offset=145599488 len=4096
read t=16075604881 offset=145438720 len=1024
read t=16124972881 offset=145438720 len=3072
read t=16175523881 offset=145671168 len=1024
read t=16225194881 offset=145671168 len=4096
read t=16276934881 offset=7660544 len=22528
read t=16335383881 offset=145534976 len=1024
read t=16375115881 offset=145534976 len=2048
read t=16426802881 offset=7756800 len=26624
read t=16499963881 offset=7155712 len=18432
read t=16527409881 offset=145605632 len=1024
read t=16575109881 offset=145605632 len=5120
read t=16625579881 offset=145529856 len=1024
read t=16674874881 offset=145529856 len=2048
read t=16725773881 offset=145557504 len=1024
read t=16775330881 offset=145557504 len=5120
read t=16826050881 offset=145699840 len=1024
read t=16875002881 offset=145699840 len=1024
read t=16965882881 offset=145623040 len=1024
read t=16974851881 offset=145623040 len=5120
read t=17026306881 offset=145539072 len=1024
read t=17075080881 offset=145539072 len=3072
read t=17125744881 offset=145670144 len=1024
read t=17175050881 offset=145670144 len=2048
read t=17226186881 offset=145526784 len=1024
read t=17275018881 offset=145526784 len=4096
read t=17325921881 offset=145664000 len=1024
read t=17375184881 offset=145664000 len=4096
read t=17426409881 offset=145549312 len=1024
read t=17475125881 offset=145549312 len=5120
read t=17525466881 offset=145438720 len=1024
read t=17575017881 offset=145438720 len=3072
read t=17626045881 offset=7682048 len=61440
read t=17679800881 offset=7742464 len=15360
read t=17746326881 offset=145553408 len=1024
read t=17774989881 offset=145553408 len=5120
read t=17831259881 offset=7396352 len=15360
read t=17879065881 offset=5531648 len=59392
read t=17927383881 offset=5590016 len=71680
read t=17989384881 offset=145699840 len=1024
read t=18025456881 offset=145699840 len=1024
read t=18076413881 offset=145609728 len=1024
read t=18125118881 offset=145609728 len=4096
read t=18177987881 offset=1924096 len=65536
read t=18231418881 offset=145671168 len=1024
read t=18275013881 offset=145671168 len=4096
read t=18328640881 offset=1988608 len=65536
read t=18388791881 offset=145623040 len=1024
read t=18424916881 offset=145623040 len=5120
read t=18489196881 offset=2619392 len=66560
read t=18530002881 offset=2498560 len=61440
read t=18577530881 offset=2558976 len=61440
read t=18687267881 offset=145526784 len=1024
read t=18687876881 offset=145526784 len=4096
read t=18733867881 offset=1128448 len=58368
read t=18831166881 offset=145664000 len=1024
read t=18831602881 offset=145664000 len=4096
read t=18879360881 offset=145549312 len=1024
read t=18924525881 offset=145549312 len=5120
read t=18975410881 offset=145536000 len=1024
read t=19024840881 offset=145536000 len=4096
read t=19091976881 offset=145438720 len=1024
read t=19125401881 offset=145438720 len=3072
read t=19175261881 offset=145699840 len=1024
read t=19225492881 offset=145699840 len=1024
read t=19275581881 offset=145609728 len=1024
read t=19324820881 offset=145609728 len=4096
read t=19375327881 offset=145671168 len=1024
read t=19425414881 offset=145671168 len=4096
read t=19496768881 offset=7782400 len=31744
read t=19515571881 offset=7813120 len=23552
read t=19599587881 offset=7835648 len=28672
read t=19936071881 offset=3970048 len=68608
read t=19968547881 offset=6976512 len=40960
read t=19976116881 offset=145670144 len=1024
read t=19980368881 offset=4037632 len=76800
read t=19984409881 offset=145670144 len=2048
read t=20027145881 offset=145526784 len=1024
read t=20087854881 offset=145526784 len=4096
read t=20139961881 offset=145679360 len=1024
read t=20187889881 offset=145679360 len=3072
read t=20240321881 offset=145549312 len=1024
read t=20287843881 offset=145549312 len=5120
read t=20339060881 offset=145536000 len=1024
read t=20387968881 offset=145536000 len=4096
read t=20438582881 offset=145605632 len=1024
read t=20487882881 offset=145605632 len=5120
read t=20538398881 offset=145534976 len=1024
read t=20587733881 offset=145534976 len=2048
read t=20638260881 offset=145699840 len=1024
read t=20687877881 offset=145699840 len=1024
read t=20742188881 offset=145609728 len=1024
read t=20787836881 offset=145609728 len=4096
read t=20838302881 offset=145438720 len=1024
read t=20887968881 offset=145438720 len=3072
read t=20938395881 offset=145671168 len=1024
read t=20987929881 offset=145671168 len=4096
read t=21046170881 offset=145526784 len=1024
read t=21087919881 offset=145526784 len=4096
read t=21138367881 offset=145679360 len=1024
read t=21187848881 offset=145679360 len=3072
read t=21238821881 offset=145549312 len=1024
read t=21287960881 offset=145549312 len=5120
read t=21339112881 offset=145605632 len=1024
read t=21388002881 offset=145605632 len=5120
read t=21438471881 offset=145536000 len=1024
read t=21487783881 offset=145536000 len=4096
read t=21538424881 offset=145699840 len=1024
read t=21587955881 offset=145699840 len=1024
read t=21639325881 offset=145609728 len=1024
read t=21688176881 offset=145609728 len=4096
read t=21738436881 offset=145438720 len=1024
read t=21788023881 offset=145438720 len=3072
read t=21838453881 offset=145671168 len=1024
read t=21887896881 offset=145671168 len=4096
read t=21946150881 offset=145526784 len=1024
read t=21987957881 offset=145526784 len=4096
read t=22047805881 offset=1427456 len=60416
read t=22117585881 offset=145534976 len=1024
read t=22138029881 offset=145534976 len=2048
read t=22216052881 offset=145483776 len=1024
read t=22237951881 offset=145483776 len=4096
read t=22289531881 offset=145605632 len=1024
read t=22338043881 offset=145605632 len=5120
read t=22392106881 offset=145440768 len=1024
read t=22438024881 offset=145440768 len=4096
read t=22488183881 offset=145699840 len=1024
read t=22537855881 offset=145699840 len=1024
read t=22589404881 offset=145609728 len=1024
read t=22637842881 offset=145609728 len=4096
read t=22688083881 offset=145438720 len=1024
read t=22737959881 offset=145438720 len=3072
read t=22788189881 offset=145671168 len=1024
read t=22838030881 offset=145671168 len=4096
read t=22897537881 offset=145549312 len=1024
read t=22937868881 offset=145549312 len=5120
read t=23006900881 offset=145534976 len=1024
read t=23038154881 offset=145534976 len=2048
read t=23136700881 offset=145526784 len=1024
read t=23137462881 offset=145526784 len=4096
read t=23189643881 offset=145605632 len=1024
read t=23237933881 offset=145605632 len=5120
read t=23288475881 offset=145536000 len=1024
read t=23338178881 offset=145536000 len=4096
read t=23388270881 offset=145699840 len=1024
read t=23438041881 offset=145699840 len=1024
read t=23694875881 offset=145609728 len=1024
read t=23695335881 offset=145609728 len=4096
read t=23709350881 offset=145664000 len=1024
read t=23709752881 offset=145664000 len=4096
read t=23747153881 offset=145548288 len=1024
read t=23797187881 offset=145548288 len=2048
read t=23847284881 offset=145659904 len=1024
read t=23896784881 offset=145659904 len=5120
read t=23947641881 offset=145546240 len=1024
read t=23995936881 offset=145546240 len=3072
read t=24046543881 offset=145650688 len=1024
read t=24098598881 offset=145650688 len=6144
read t=24148062881 offset=145655808 len=1024
read t=24196760881 offset=145655808 len=5120
read t=24246475881 offset=145438720 len=1024
read t=24295930881 offset=145438720 len=3072
read t=24346617881 offset=145699840 len=1024
read t=24396856881 offset=145699840 len=1024
read t=24447078881 offset=145671168 len=1024
read t=24496387881 offset=145671168 len=4096
read t=24548359881 offset=7756800 len=26624
read t=24662585881 offset=145605632 len=1024
read t=24663031881 offset=145605632 len=5120
read t=24697327881 offset=145534976 len=1024
read t=24746078881 offset=145534976 len=2048
read t=24917199881 offset=8491008 len=35840
read t=24993254881 offset=145609728 len=1024
read t=24993687881 offset=145609728 len=4096
read t=25200797881 offset=145536000 len=1024
read t=25201965881 offset=145536000 len=4096
read t=25203205881 offset=145549312 len=1024
read t=25203438881 offset=145549312 len=5120
read t=25252477881 offset=145553408 len=1024
read t=25302321881 offset=145553408 len=5120
read t=25352452881 offset=145438720 len=1024
read t=25402179881 offset=145438720 len=3072
read t=25452504881 offset=145699840 len=1024
read t=25502022881 offset=145699840 len=1024
read t=25640140881 offset=145671168 len=1024
read t=25641628881 offset=145671168 len=4096
read t=25732792881 offset=145623040 len=1024
read t=25745732881 offset=145623040 len=5120
read t=25754696881 offset=145529856 len=1024
read t=25783829881 offset=145605632 len=1024
read t=25802889881 offset=145529856 len=2048
read t=25852194881 offset=145605632 len=5120
read t=25904178881 offset=145664000 len=1024
read t=26002599881 offset=145664000 len=4096
read t=26052257881 offset=145542144 len=1024
read t=26070077881 offset=145553408 len=1024
read t=26102604881 offset=145542144 len=3072
read t=26151698881 offset=145553408 len=5120
read t=26203323881 offset=145636352 len=1024
read t=26233154881 offset=145549312 len=1024
read t=26269250881 offset=145591296 len=1024
read t=26271965881 offset=145557504 len=1024
read t=26275079881 offset=145595392 len=1024
read t=26302730881 offset=145636352 len=4096
read t=26323163881 offset=145438720 len=1024
read t=26352059881 offset=145549312 len=5120
read t=26402094881 offset=145591296 len=5120
read t=26451841881 offset=145557504 len=5120
read t=26502001881 offset=145595392 len=5120
read t=26554352881 offset=145529856 len=1024
read t=26602084881 offset=145438720 len=3072
read t=26652799881 offset=145526784 len=1024
read t=26803149881 offset=145532928 len=1024
read t=26851950881 offset=145529856 len=2048
read t=26902772881 offset=7863296 len=54272
read t=26952285881 offset=145526784 len=4096
read t=27002630881 offset=145532928 len=3072
read t=27052257881 offset=145699840 len=1024
read t=27110005881 offset=7916544 len=12288
read t=27252242881 offset=145699840 len=1024
read t=27310528881 offset=145618944 len=1024
read t=27353061881 offset=145553408 len=1024
read t=27353095881 offset=145591296 len=1024
read t=27353652881 offset=145549312 len=1024
read t=27353953881 offset=145568768 len=1024
read t=27354093881 offset=145529856 len=1024
read t=27402720881 offset=145618944 len=5120
read t=27452414881 offset=145553408 len=5120
read t=27502223881 offset=145591296 len=5120
read t=27552127881 offset=145549312 len=5120
read t=27602413881 offset=145568768 len=5120
read t=27652359881 offset=145529856 len=2048
read t=27753086881 offset=145438720 len=1024
read t=27853805881 offset=145623040 len=1024
read t=27855265881 offset=145609728 len=1024
read t=27953062881 offset=145557504 len=1024
read t=28002658881 offset=145438720 len=3072
read t=28052138881 offset=145623040 len=5120
read t=28102722881 offset=145609728 len=4096
read t=28152236881 offset=145557504 len=5120
read t=28202589881 offset=145699840 len=1024
read t=28252860881 offset=145534976 len=1024
read t=28305443881 offset=145549312 len=1024
read t=28402319881 offset=145699840 len=1024
read t=28452422881 offset=145534976 len=2048
read t=28502234881 offset=145549312 len=5120
read t=28552285881 offset=145671168 len=1024
read t=28554120881 offset=8525824 len=43008
read t=28555186881 offset=8648704 len=49152
read t=28704809881 offset=145539072 len=1024
read t=28705534881 offset=145671168 len=4096
read t=28764143881 offset=145438720 len=1024
read t=28852151881 offset=145539072 len=3072
read t=28908821881 offset=8747008 len=23552
read t=28913858881 offset=8624128 len=25600
read t=28915340881 offset=145618944 len=1024
read t=28952373881 offset=145438720 len=3072
read t=29003723881 offset=145623040 len=1024
read t=29151861881 offset=145618944 len=5120
read t=29164702881 offset=145670144 len=1024
read t=29203130881 offset=8567808 len=28672
read t=29203406881 offset=8696832 len=27648
read t=29251963881 offset=145623040 len=5120
read t=29300804881 offset=145609728 len=1024
read t=29303015881 offset=145536000 len=1024
read t=29310598881 offset=145549312 len=1024
read t=29344773881 offset=145553408 len=1024
read t=29351940881 offset=145670144 len=2048
read t=29404081881 offset=8595456 len=23552
read t=29454101881 offset=8723456 len=21504
read t=29502855881 offset=145539072 len=1024
read t=29552623881 offset=145609728 len=4096
read t=29602898881 offset=145536000 len=4096
read t=29652181881 offset=145549312 len=5120
read t=29702200881 offset=145553408 len=5120
read t=29752597881 offset=145548288 len=1024
read t=29804058881 offset=145438720 len=1024
read t=29902286881 offset=145539072 len=3072
read t=30002589881 offset=145699840 len=1024
read t=30089291881 offset=145623040 len=1024
read t=30108192881 offset=145526784 len=1024
read t=30152157881 offset=145548288 len=2048
read t=30202395881 offset=145438720 len=3072
read t=30302228881 offset=145699840 len=1024
read t=30352374881 offset=145623040 len=5120
read t=30402069881 offset=145526784 len=4096
read t=30503002881 offset=8617984 len=7168
read t=30503039881 offset=8743936 len=4096
read t=30552241881 offset=145536000 len=1024
read t=30552610881 offset=145671168 len=1024
read t=30554306881 offset=145670144 len=1024
read t=30607916881 offset=7927808 len=31744
read t=30624347881 offset=145549312 len=1024
read t=30703611881 offset=8617984 len=7168
read t=30752762881 offset=8743936 len=4096
read t=30802035881 offset=145536000 len=4096
read t=30851950881 offset=145671168 len=4096
read t=30902224881 offset=145670144 len=2048
read t=30959665881 offset=8418304 len=10240
read t=31002704881 offset=145549312 len=5120
read t=31152321881 offset=145612800 len=1024
read t=31253354881 offset=145548288 len=1024
read t=31303042881 offset=145438720 len=1024
read t=31353058881 offset=145553408 len=1024
read t=31353871881 offset=145623040 len=1024
read t=31402192881 offset=145612800 len=4096
read t=31452003881 offset=145548288 len=2048
read t=31502127881 offset=145438720 len=3072
read t=31552083881 offset=145553408 len=5120
read t=31602378881 offset=145623040 len=5120
read t=31702569881 offset=145699840 len=1024
read t=31752546881 offset=8427520 len=7168
read t=31902530881 offset=145699840 len=1024
read t=31952777881 offset=8427520 len=7168
read t=32009132881 offset=145671168 len=1024
read t=32009171881 offset=145670144 len=1024
read t=32086197881 offset=8375296 len=44032
read t=32102546881 offset=145670144 len=2048
read t=32102692881 offset=145671168 len=4096
read t=32155904881 offset=7958528 len=66560
read t=32199281881 offset=145549312 len=1024
read t=32266244881 offset=8769536 len=26624
read t=32270872881 offset=8491008 len=35840
read t=32303956881 offset=8024064 len=62464
read t=32351085881 offset=145609728 len=1024
read t=32351510881 offset=145549312 len=5120
read t=32454627881 offset=145529856 len=1024
read t=32508686881 offset=145438720 len=1024
read t=32551736881 offset=145609728 len=4096
read t=32603987881 offset=145536000 len=1024
read t=32651738881 offset=145529856 len=2048
read t=32702657881 offset=145438720 len=3072
read t=32802697881 offset=145536000 len=4096
read t=32853095881 offset=145553408 len=1024
read t=32903818881 offset=8152064 len=67584
read t=32903937881 offset=145699840 len=1024
read t=33002649881 offset=145553408 len=5120
read t=33053527881 offset=8218624 len=70656
read t=33102564881 offset=145699840 len=1024
read t=33205670881 offset=8288256 len=56320
read t=33253051881 offset=145671168 len=1024
read t=33303737881 offset=8343552 len=32768
read t=33352214881 offset=145671168 len=4096
read t=33405622881 offset=145526784 len=1024
read t=33459764881 offset=8795136 len=28672
read t=33471151881 offset=8433664 len=30720
read t=33480398881 offset=8747008 len=23552
read t=33484465881 offset=8769536 len=26624
read t=33502207881 offset=145526784 len=4096
read t=33606339881 offset=8463360 len=23552
read t=33682384881 offset=145549312 len=1024
read t=33704843881 offset=145609728 len=1024
read t=33812346881 offset=145623040 len=1024
read t=33835195881 offset=145670144 len=1024
read t=33852136881 offset=145549312 len=5120
read t=33902070881 offset=145609728 len=4096
read t=33952220881 offset=145623040 len=5120
read t=34002382881 offset=145670144 len=2048
read t=34053688881 offset=145438720 len=1024
read t=34181824881 offset=145534976 len=1024
read t=34203055881 offset=145548288 len=1024
read t=34252130881 offset=145438720 len=3072
read t=34302208881 offset=145534976 len=2048
read t=34352219881 offset=145548288 len=2048
read t=34402923881 offset=145699840 len=1024
read t=34552287881 offset=145699840 len=1024
read t=34609083881 offset=145549312 len=1024
read t=34609123881 offset=145671168 len=1024
read t=34652205881 offset=145549312 len=5120
read t=34702773881 offset=145671168 len=4096
read t=34754592881 offset=145605632 len=1024
read t=34826156881 offset=8085504 len=67584
read t=34852346881 offset=145605632 len=5120
read t=34899562881 offset=145623040 len=1024
read t=34954311881 offset=145526784 len=1024
read t=35002624881 offset=145623040 len=5120
read t=35051634881 offset=145526784 len=4096
read t=35103216881 offset=145553408 len=1024
read t=35202460881 offset=145553408 len=5120
read t=35252087881 offset=145438720 len=1024
read t=35302082881 offset=145438720 len=3072
read t=35355398881 offset=8822784 len=47104
read t=35408817881 offset=145618944 len=1024
read t=35451754881 offset=145618944 len=5120
read t=35530178881 offset=145699840 len=1024
read t=35552928881 offset=145699840 len=1024
read t=35603344881 offset=145536000 len=1024
read t=35651976881 offset=145536000 len=4096
read t=35704026881 offset=145609728 len=1024
read t=35751983881 offset=145609728 len=4096
read t=35802210881 offset=145612800 len=1024
read t=35852081881 offset=145612800 len=4096
read t=35903950881 offset=145671168 len=1024
read t=35952159881 offset=145671168 len=4096
read t=36022553881 offset=145440768 len=1024
read t=36051811881 offset=145440768 len=4096
read t=36143283881 offset=145549312 len=1024
read t=36151468881 offset=145549312 len=5120
read t=36202579881 offset=145526784 len=1024
read t=36251857881 offset=145526784 len=4096
read t=36303297881 offset=145623040 len=1024
read t=36351896881 offset=145623040 len=5120
read t=36402403881 offset=145529856 len=1024
read t=36451897881 offset=145529856 len=2048
read t=36502657881 offset=145699840 len=1024
read t=36551931881 offset=145699840 len=1024
read t=36809114881 offset=145609728 len=1024
read t=36813673881 offset=145609728 len=4096
read t=36814466881 offset=145612800 len=1024
read t=36817596881 offset=145612800 len=4096
read t=36897482881 offset=145670144 len=1024
read t=36910801881 offset=145670144 len=2048
read t=36971673881 offset=145548288 len=1024
read t=37010498881 offset=145548288 len=2048
read t=37025834881 offset=145549312 len=1024
read t=37062729881 offset=145664000 len=1024
read t=37111151881 offset=145549312 len=5120
read t=37161339881 offset=145664000 len=4096
read t=37212192881 offset=145623040 len=1024
read t=37262086881 offset=145539072 len=1024
read t=37311260881 offset=145623040 len=5120
read t=37361493881 offset=145539072 len=3072
read t=37411753881 offset=145536000 len=1024
read t=37461269881 offset=145699840 len=1024
read t=37510808881 offset=145536000 len=4096
read t=37561116881 offset=145699840 len=1024
read t=37662427881 offset=145629184 len=1024
read t=37663066881 offset=145612800 len=1024
read t=37711243881 offset=145629184 len=4096
read t=37761084881 offset=145612800 len=4096
read t=37812545881 offset=145469440 len=1024
read t=37862241881 offset=145440768 len=1024
read t=37911261881 offset=145469440 len=4096
read t=37961333881 offset=145440768 len=4096
read t=38011600881 offset=145671168 len=1024
read t=38063254881 offset=8868864 len=12288
read t=38111212881 offset=145671168 len=4096
read t=38163050881 offset=8880128 len=13312
read t=38213110881 offset=145670144 len=1024
read t=38266156881 offset=145553408 len=1024
read t=38311373881 offset=145670144 len=2048
read t=38361287881 offset=145553408 len=5120
read t=38411792881 offset=145526784 len=1024
read t=38476714881 offset=145549312 len=1024
read t=38511261881 offset=145526784 len=4096
read t=38561674881 offset=145549312 len=5120
read t=38611589881 offset=145699840 len=1024
read t=38711415881 offset=145699840 len=1024
read t=38764007881 offset=145548288 len=1024
read t=38765983881 offset=145609728 len=1024
read t=38811309881 offset=145548288 len=2048
read t=38861659881 offset=145609728 len=4096
read t=38917975881 offset=145664000 len=1024
read t=38962141881 offset=145534976 len=1024
read t=39010982881 offset=145664000 len=4096
read t=39061186881 offset=145534976 len=2048
read t=39113533881 offset=145670144 len=1024
read t=39164883881 offset=145605632 len=1024
read t=39211073881 offset=145670144 len=2048
read t=39261395881 offset=145605632 len=5120
read t=39311688881 offset=145526784 len=1024
read t=39363794881 offset=145440768 len=1024
read t=39411276881 offset=145526784 len=4096
read t=39461728881 offset=145440768 len=4096
read t=39511431881 offset=145699840 len=1024
read t=39611258881 offset=145699840 len=1024
read t=39670449881 offset=145671168 len=1024
read t=39672487881 offset=145548288 len=1024
read t=39711417881 offset=145671168 len=4096
read t=39761728881 offset=145548288 len=2048
read t=39816406881 offset=11576320 len=33792
read t=39865871881 offset=145549312 len=1024
read t=39961414881 offset=145549312 len=5120
read t=40015213881 offset=145612800 len=1024
read t=40065054881 offset=145612800 len=4096
read t=40098006881 offset=145609728 len=1024
read t=40111172881 offset=145536000 len=1024
read t=40161676881 offset=145609728 len=4096
read t=40211316881 offset=145536000 len=4096
read t=40271564881 offset=145618944 len=1024
read t=40315262881 offset=145440768 len=1024
read t=40361362881 offset=145618944 len=5120
read t=40411397881 offset=145440768 len=4096
read t=40514169881 offset=145699840 len=1024
read t=40540205881 offset=145438720 len=1024
read t=40561240881 offset=145699840 len=1024
read t=40610593881 offset=145438720 len=3072
read t=40661200881 offset=145671168 len=1024
read t=40711557881 offset=2884608 len=45056
read t=40761104881 offset=145671168 len=4096
read t=40823881881 offset=145670144 len=1024
read t=40864369881 offset=145612800 len=1024
read t=40911227881 offset=145670144 len=2048
read t=40961300881 offset=145612800 len=4096
read t=41160391881 offset=145605632 len=1024
read t=41165525881 offset=145605632 len=5120
read t=41230717881 offset=145549312 len=1024
read t=41233757881 offset=145549312 len=5120
read t=41331673881 offset=145623040 len=1024
read t=41338193881 offset=145623040 len=5120
read t=41361884881 offset=145553408 len=1024
read t=41404149881 offset=145609728 len=1024
read t=41410543881 offset=145553408 len=5120
read t=41460758881 offset=145609728 len=4096
read t=41503493881 offset=145440768 len=1024
read t=41610657881 offset=145440768 len=4096
read t=41661284881 offset=10226688 len=20480
read t=41661479881 offset=145699840 len=1024
read t=41712017881 offset=10246144 len=35840
read t=41760779881 offset=145699840 len=1024
read t=41812785881 offset=9939968 len=20480
read t=41861350881 offset=145671168 len=1024
read t=41863931881 offset=10989568 len=38912
read t=41913854881 offset=10480640 len=49152
read t=41914226881 offset=9959424 len=18432
read t=41960668881 offset=145671168 len=4096
read t=42019244881 offset=11527168 len=41984
read t=42062415881 offset=10528768 len=38912
read t=42088656881 offset=9413632 len=18432
read t=42213775881 offset=11568128 len=9216
read t=42264563881 offset=9462784 len=16384
read t=42276073881 offset=145438720 len=1024
read t=42312123881 offset=9431040 len=15360
read t=42361865881 offset=11568128 len=9216
read t=42411838881 offset=9478144 len=20480
read t=42460943881 offset=145438720 len=3072
read t=42543404881 offset=145591296 len=1024
read t=42549051881 offset=9395200 len=19456
read t=42563591881 offset=145618944 len=1024
read t=42612955881 offset=10280960 len=51200
read t=42661256881 offset=7298048 len=18432
read t=42711035881 offset=145591296 len=5120
read t=42810667881 offset=145618944 len=5120
read t=42863528881 offset=10331136 len=49152
read t=42911995881 offset=7315456 len=29696
read t=42962244881 offset=145529856 len=1024
read t=43042579881 offset=11027456 len=66560
read t=43063676881 offset=9923584 len=17408
read t=43065143881 offset=9804800 len=18432
read t=43117338881 offset=10929152 len=49152
read t=43161110881 offset=145529856 len=2048
read t=43212562881 offset=11092992 len=68608
read t=43311403881 offset=9822208 len=19456
read t=43362518881 offset=10977280 len=13312
read t=43411040881 offset=145553408 len=1024
read t=43411553881 offset=145568768 len=1024
read t=43411735881 offset=145699840 len=1024
read t=43470126881 offset=145440768 len=1024
read t=43610868881 offset=145553408 len=5120
read t=43661161881 offset=145568768 len=5120
read t=43710612881 offset=145699840 len=1024
read t=43760868881 offset=145440768 len=4096
read t=43911399881 offset=145557504 len=1024
read t=43911513881 offset=145565696 len=1024
read t=43961746881 offset=145671168 len=1024
read t=43962128881 offset=9859072 len=18432
read t=43962369881 offset=10977280 len=13312
read t=43962599881 offset=9907200 len=17408
read t=43962905881 offset=9767936 len=19456
read t=43963122881 offset=11489280 len=38912
read t=44010742881 offset=145557504 len=5120
read t=44061216881 offset=145565696 len=4096
read t=44110544881 offset=145671168 len=4096
read t=44161747881 offset=9876480 len=17408
read t=44216374881 offset=145529856 len=1024
read t=44273202881 offset=10566656 len=24576
read t=44312223881 offset=9786368 len=19456
read t=44368189881 offset=11160576 len=69632
read t=44412353881 offset=11722752 len=35840
read t=44512200881 offset=11686912 len=36864
read t=44513525881 offset=11767808 len=21504
read t=44514414881 offset=11873280 len=17408
read t=44563654881 offset=9840640 len=19456
read t=44610707881 offset=145529856 len=2048
read t=44664847881 offset=10379264 len=52224
read t=44664886881 offset=10590208 len=27648
read t=44714622881 offset=10694656 len=26624
read t=44763144881 offset=11229184 len=67584
read t=44817418881 offset=11757568 len=11264
read t=44878540881 offset=145612800 len=1024
read t=45062082881 offset=145568768 len=1024
read t=45112722881 offset=10430464 len=51200
read t=45164132881 offset=10785792 len=17408
read t=45212024881 offset=10720256 len=26624
read t=45265354881 offset=11431936 len=58368
read t=45360800881 offset=145612800 len=4096
read t=45411064881 offset=145568768 len=5120
read t=45466131881 offset=10745856 len=24576
read t=45513069881 offset=10802176 len=36864
read t=45516175881 offset=145438720 len=1024
read t=45614811881 offset=145440768 len=1024
read t=45665794881 offset=145605632 len=1024
read t=45861206881 offset=145438720 len=3072
read t=45910765881 offset=145440768 len=4096
read t=45961297881 offset=145605632 len=5120
read t=46011219881 offset=7255040 len=22528
read t=46061357881 offset=145699840 len=1024
read t=46061728881 offset=10769408 len=17408
read t=46062049881 offset=11362304 len=70656
read t=46162947881 offset=7276544 len=22528
read t=46210547881 offset=145699840 len=1024
read t=46286908881 offset=9445376 len=18432
read t=46324677881 offset=11295744 len=67584
read t=46366307881 offset=145591296 len=1024
read t=46410540881 offset=145671168 len=1024
read t=46418892881 offset=145620992 len=4096
read t=46480236881 offset=145612800 len=1024
read t=46559926881 offset=7835648 len=28672
read t=46560612881 offset=145591296 len=5120
read t=46610799881 offset=145671168 len=4096
read t=46662120881 offset=145694720 len=4096
read t=46710831881 offset=145612800 len=4096
read t=46774721881 offset=11686912 len=36864
read t=46811564881 offset=145529856 len=1024
read t=46861972881 offset=11609088 len=30720
read t=46911146881 offset=0 len=4096
read t=46962700881 offset=12499968 len=33792
read t=47016855881 offset=145534976 len=1024
read t=47060673881 offset=145529856 len=2048
read t=47130166881 offset=145568768 len=1024
read t=47161955881 offset=4096 len=4096
read t=47261231881 offset=145534976 len=2048
read t=47311345881 offset=145553408 len=1024
read t=47311775881 offset=145699840 len=1024
read t=47360778881 offset=145568768 len=5120
read t=47411273881 offset=145698816 len=4096
read t=47510722881 offset=145553408 len=5120
read t=47561213881 offset=145699840 len=1024
read t=47661964881 offset=145567744 len=4096
read t=47711549881 offset=145522688 len=1024
read t=47761766881 offset=145557504 len=1024
read t=47764518881 offset=145605632 len=1024
read t=47765520881 offset=145561600 len=1024
read t=47765784881 offset=145529856 len=1024
read t=47812137881 offset=145670144 len=4096
read t=47861813881 offset=145522688 len=3072
read t=47910694881 offset=145557504 len=5120
read t=47961099881 offset=145605632 len=5120
read t=48010953881 offset=145561600 len=5120
read t=48061548881 offset=145529856 len=2048
read t=48111092881 offset=145571840 len=4096
read t=48162423881 offset=145591296 len=1024
read t=48262869881 offset=145440768 len=1024
read t=48362010881 offset=145565696 len=1024
read t=48362367881 offset=145699840 len=1024
read t=48411032881 offset=145498112 len=4096
read t=48461498881 offset=145591296 len=5120
read t=48510660881 offset=145440768 len=4096
read t=48561111881 offset=145565696 len=4096
read t=48610678881 offset=145699840 len=1024
read t=48662030881 offset=145399808 len=4096
read t=48711698881 offset=145532928 len=1024
read t=48864051881 offset=145557504 len=1024
read t=48864092881 offset=145561600 len=1024
read t=48864097881 offset=11788288 len=41984
read t=48864100881 offset=145671168 len=1024
read t=48911496881 offset=145354752 len=4096
read t=48961302881 offset=145532928 len=3072
read t=49015417881 offset=11829248 len=23552
read t=49061140881 offset=145557504 len=5120
read t=49110848881 offset=145561600 len=5120
read t=49161064881 offset=145671168 len=4096
read t=49211426881 offset=145326080 len=4096
read t=49261877881 offset=145588224 len=1024
read t=49312573881 offset=145440768 len=1024
read t=49470666881 offset=11767808 len=21504
read t=49511511881 offset=145235968 len=4096
read t=49561096881 offset=145588224 len=4096
read t=49610712881 offset=145440768 len=4096
read t=49714237881 offset=145203200 len=4096
read t=49761416881 offset=145498112 len=1024
read t=49810874881 offset=11851776 len=22528
read t=49811005881 offset=145699840 len=1024
read t=49861482881 offset=145195008 len=4096
read t=49910534881 offset=145498112 len=3072
read t=49963453881 offset=11851776 len=22528
read t=50010694881 offset=145699840 len=1024
read t=50061802881 offset=145215488 len=4096
read t=50185081881 offset=145612800 len=1024
read t=50212703881 offset=11873280 len=17408
read t=50212739881 offset=145674240 len=1024
read t=50212742881 offset=145605632 len=1024
read t=50261698881 offset=144121856 len=4096
read t=50310775881 offset=145612800 len=4096
read t=50410771881 offset=145605632 len=5120
read t=50461128881 offset=145674240 len=3072
read t=50512464881 offset=16384 len=4096
read t=50613076881 offset=145529856 len=1024
read t=50663539881 offset=145553408 len=1024
read t=50711039881 offset=32768 len=4096
read t=50760889881 offset=145529856 len=2048
read t=50810784881 offset=145553408 len=5120
read t=50861378881 offset=65536 len=4096
read t=50962545881 offset=145440768 len=1024
read t=51010896881 offset=131072 len=4096
read t=51060517881 offset=145440768 len=4096
read t=51110635881 offset=262144 len=4096
read t=51163145881 offset=145671168 len=1024
read t=51163183881 offset=145534976 len=1024
read t=51210883881 offset=524288 len=4096
read t=51260941881 offset=145534976 len=2048
read t=51310410881 offset=145671168 len=4096
read t=51362741881 offset=1048576 len=4096
read t=51411238881 offset=145699840 len=1024
read t=51462466881 offset=11576320 len=33792
read t=51511117881 offset=2097152 len=4096
read t=51561231881 offset=145699840 len=1024
read t=51662274881 offset=4194304 len=4096
read t=51687976881 offset=145588224 len=1024
read t=51711005881 offset=145605632 len=1024
read t=51762434881 offset=12288 len=4096
read t=51810869881 offset=145588224 len=4096
read t=51861106881 offset=145605632 len=5120
read t=51910796881 offset=28672 len=4096
read t=51962435881 offset=11609088 len=30720
read t=52021508881 offset=11889664 len=41984
read t=52061126881 offset=61440 len=4096
read t=52141354881 offset=145670144 len=1024
read t=52167996881 offset=11930624 len=56320
read t=52211337881 offset=8192 len=4096
read t=52211632881 offset=20480 len=8192
read t=52211839881 offset=36864 len=24576
read t=52211961881 offset=69632 len=61440
read t=52212160881 offset=135168 len=126976
read t=52221426881 offset=145612800 len=1024
read t=52313365881 offset=11985920 len=61440
read t=52572406881 offset=266240 len=258048
read t=52610676881 offset=145612800 len=4096
read t=52663981881 offset=12046336 len=26624
read t=52712529881 offset=144965632 len=229376
read t=52712564881 offset=145199104 len=4096
read t=52712566881 offset=145207296 len=8192
read t=52712569881 offset=145219584 len=8192
read t=52762645881 offset=11638784 len=49152
read t=52814088881 offset=12071936 len=12288
read t=53013060881 offset=145227776 len=8192
read t=53013092881 offset=145240064 len=86016
read t=53013095881 offset=145330176 len=24576
read t=53020615881 offset=145358848 len=40960
read t=53020646881 offset=145403904 len=86016
read t=53111260881 offset=12083200 len=12288
read t=53166078881 offset=11686912 len=36864
read t=53411914881 offset=12094464 len=16384
read t=53517327881 offset=145670144 len=2048
read t=53517766881 offset=12109824 len=30720
read t=53612922881 offset=145440768 len=1024
read t=53660799881 offset=145440768 len=4096
read t=53711114881 offset=12139520 len=32768
read t=53762842881 offset=12171264 len=21504
read t=53811993881 offset=12191744 len=21504
read t=53864226881 offset=12212224 len=22528
read t=53912104881 offset=12233728 len=20480
read t=53962490881 offset=12253184 len=21504
read t=54012407881 offset=12273664 len=17408
read t=54062780881 offset=12290048 len=16384
read t=54111831881 offset=12305408 len=17408
read t=54161962881 offset=12321792 len=21504
read t=54211571881 offset=12342272 len=5120
read t=54262020881 offset=12342272 len=5120
read t=54337039881 offset=145526784 len=1024
read t=54365163881 offset=145526784 len=4096
read t=54519298881 offset=145568768 len=1024
read t=54545959881 offset=145568768 len=5120
read t=54546912881 offset=145671168 len=1024
read t=54560088881 offset=12346368 len=40960
read t=54560497881 offset=145671168 len=4096
read t=54614507881 offset=12386304 len=23552
read t=54665062881 offset=11873280 len=17408
read t=54727762881 offset=10838016 len=45056
read t=54763016881 offset=145549312 len=1024
read t=54773098881 offset=145553408 len=1024
read t=54813068881 offset=10882048 len=48128
read t=54861067881 offset=145549312 len=5120
read t=54910666881 offset=145553408 len=5120
read t=55061470881 offset=145670144 len=1024
read t=55062111881 offset=145529856 len=1024
read t=55062445881 offset=145699840 len=1024
read t=55161058881 offset=145529856 len=2048
read t=55210748881 offset=145699840 len=1024
read t=55311408881 offset=12408832 len=41984
read t=55311940881 offset=145438720 len=1024
read t=55363416881 offset=145440768 len=1024
read t=55410771881 offset=145438720 len=3072
read t=55461078881 offset=145440768 len=4096
read t=55512045881 offset=905216 len=60416
read t=55561596881 offset=12449792 len=28672
read t=55662260881 offset=12477440 len=22528
read t=55712496881 offset=12498944 len=2048
read t=55760910881 offset=12498944 len=2048
read t=55814628881 offset=145670144 len=2048
read t=55903884881 offset=145623040 len=1024
read t=55933449881 offset=145623040 len=5120
read t=55961311881 offset=145476608 len=1024
read t=56010394881 offset=145476608 len=3072
read t=56061000881 offset=145671168 len=1024
read t=56084495881 offset=145591296 len=1024
read t=56110708881 offset=145671168 len=4096
read t=56161348881 offset=145591296 len=5120
read t=56215729881 offset=37053440 len=39936
read t=56261633881 offset=145557504 len=1024
read t=56360090881 offset=145549312 len=1024
read t=56361398881 offset=145557504 len=5120
read t=56410660881 offset=145549312 len=5120
read t=56461182881 offset=145699840 len=1024
read t=56510892881 offset=145526784 len=1024
read t=56560918881 offset=145699840 len=1024
read t=56610401881 offset=145526784 len=4096
read t=56660538881 offset=145440768 len=1024
read t=56710755881 offset=145679360 len=1024
read t=56760774881 offset=145440768 len=4096
read t=56810734881 offset=145679360 len=3072
read t=56862956881 offset=12532736 len=28672
read t=56913095881 offset=145363968 len=66560
read t=57013401881 offset=13200384 len=28672
read t=57062945881 offset=12560384 len=50176
read t=57116087881 offset=13116416 len=19456
read t=57164704881 offset=145618944 len=1024
read t=57211167881 offset=145618944 len=5120
read t=57261896881 offset=145623040 len=1024
read t=57311042881 offset=145623040 len=5120
read t=57361757881 offset=145536000 len=1024
read t=57411073881 offset=145536000 len=4096
read t=57462273881 offset=13134848 len=43008
read t=57513827881 offset=13176832 len=24576
read t=57566175881 offset=12609536 len=49152
read t=57613881881 offset=12657664 len=70656
read t=57667451881 offset=12727296 len=72704
read t=57712711881 offset=12798976 len=71680
read t=57763381881 offset=12869632 len=72704
read t=57816059881 offset=13012992 len=59392
read t=57862632881 offset=13071360 len=46080
read t=57925922881 offset=12941312 len=72704
read t=57994547881 offset=145671168 len=1024
read t=58010877881 offset=145671168 len=4096
read t=58086308881 offset=145549312 len=1024
read t=58110745881 offset=145549312 len=5120
read t=58161442881 offset=145553408 len=1024
read t=58211077881 offset=145553408 len=5120
read t=58261761881 offset=145699840 len=1024
read t=58311050881 offset=145699840 len=1024
read t=58361243881 offset=145440768 len=1024
read t=58411040881 offset=145440768 len=4096
end files=425 reads=1056
