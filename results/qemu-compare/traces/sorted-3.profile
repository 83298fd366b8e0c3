liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145718002 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=05c9892c7508316cd91bd26328e6e3d15fdabeb0d0af413299b5897a381bc30e
events 361
dropped 0
boots 1
duration_ns 27431338643
file /usr/bin/addpart inode=268 t=6240618638 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/apt inode=269 t=6240618638 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd inode=5910 t=6956042638 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7005231638 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7405125638 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=7455355638 kinds=block pages=0-95 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7805269638 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=8255424638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=8255424638 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8255424638 kinds=block pages=0-470 count=9
file /usr/bin/touch inode=536 t=8505338638 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=8505338638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=8505338638 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8604971638 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8604971638 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8604971638 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8655115638 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8655115638 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8655115638 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8705056638 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=8705056638 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8755309638 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=8955297638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=8955297638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=8955297638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=8955297638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=8955297638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=8955297638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=8955297638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=8955297638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=8955297638 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9005542638 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9005542638 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9255230638 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9305307638 kinds=block pages=0-1155 count=18
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9555165638 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9805228638 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9855300638 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10105260638 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10405442638 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=10405442638 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=10455466638 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=13705493638 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=13805144638 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=13805144638 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=13955143638 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=13955143638 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=13955143638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=13955143638 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=13955143638 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=13955143638 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=13955143638 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=14074835638 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14074835638 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14074835638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14074835638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14074835638 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14105220638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14105220638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14105220638 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14105220638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14105220638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14105220638 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=14105220638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=14105220638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=14105220638 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=14105220638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=14105220638 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=14733571638 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=14733571638 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=16420658638 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=16421555638 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=16474890638 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=16474890638 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=16474890638 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=16474890638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=16474890638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=16474890638 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=16474890638 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=16474890638 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=16474890638 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=16676923638 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=16676923638 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=16676923638 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=16676923638 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=16795436638 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/systemd/README.logs inode=8182 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=16795436638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=16795436638 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=16795436638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=16795436638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=16795436638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=16795436638 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=16795436638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=16795436638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=16795436638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=16795436638 kinds=block pages=0-415,960-1311,1728-2303,2464-3178 count=26
file /usr/bin/systemctl inode=495 t=20335208638 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=20538917638 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=20538917638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=20538917638 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=23035525638 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=23035525638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=23035525638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=23035525638 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=23035525638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=23035525638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=23085186638 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=23085186638 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=23085186638 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=23085186638 kinds=block pages=0-46 count=1
file /usr/bin/apt-cache inode=270 t=23534854638 kinds=fragment-inferred,block pages=0-21 count=2
file /usr/bin/apt-cdrom inode=271 t=23534854638 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/bin/apt-config inode=272 t=23534854638 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-get inode=273 t=23534854638 kinds=fragment-inferred,block pages=0-12 count=4
file /usr/bin/apt-key inode=274 t=23534854638 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-mark inode=275 t=23534854638 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/arch inode=276 t=23534854638 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=23685056638 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=23785182638 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=23785182638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=23785182638 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=81 t=24035628638 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=24035628638 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=24035628638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=24035628638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=24085144638 kinds=block pages=0-308 count=8
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=24188636638 kinds=block pages=0-580 count=7
file /usr/lib/udev/dmi_memory_id inode=6067 t=24584855638 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=24638160638 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=24984655638 kinds=block pages=0-49 count=2
file /usr/bin/b2sum inode=278 t=25335269638 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/base32 inode=279 t=25335269638 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/base64 inode=280 t=25335269638 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=25335269638 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/basenc inode=282 t=25335269638 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/bashbug inode=284 t=25335269638 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/busctl inode=285 t=25335269638 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/bin/chattr inode=289 t=25335269638 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/bin/chcon inode=290 t=25335269638 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chfn inode=291 t=25385726638 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/bin/chgrp inode=292 t=25385726638 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chmod inode=293 t=25385726638 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/bin/choom inode=294 t=25385726638 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/chown inode=295 t=25436364638 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/bin/chrt inode=296 t=25436364638 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chsh inode=297 t=25436364638 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/cksum inode=298 t=25436364638 kinds=block pages=0-34 count=3
file /usr/bin/clear inode=299 t=25534921638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=25534921638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=25534921638 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=25534921638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=25534921638 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=25585440638 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=25585440638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=25585440638 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=25585440638 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=25585440638 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=25585440638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=25585440638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26286920638 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=26286920638 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=26286920638 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/20-bluetooth-vendor-product.hwdb inode=6074 t=27611439638 kinds=block pages=32-34 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=27809829638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=5747 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=5756 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=27809829638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=27809829638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/user/smartcard.target inode=5969 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=5971 t=27809829638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=27809829638 kinds=block pages=0-223 count=1
file /usr/bin/uclampset inode=545 t=28834617638 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=547 t=28834617638 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=548 t=28835049638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=549 t=28835049638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=550 t=28835049638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=551 t=28835049638 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=552 t=28835049638 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=29269284638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=29269284638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=29269284638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=29269284638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=29269284638 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=29269284638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=29269569638 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=29269569638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=29269569638 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/pam.d/systemd-user inode=5579 t=29269569638 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=29269569638 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=29269569638 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=29269569638 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=29269569638 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=29269569638 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=29269569638 kinds=fragment-inferred,block pages=0 count=1
read t=6240618638 offset=0 len=16384
read t=6259200638 offset=145715200 len=4096
read t=6306577638 offset=145694720 len=4096
read t=6356276638 offset=145563648 len=4096
read t=6474963638 offset=145682432 len=4096
read t=6476042638 offset=145686528 len=8192
read t=6505093638 offset=145698816 len=4096
read t=6554903638 offset=145559552 len=4096
read t=6609171638 offset=145674240 len=4096
read t=6655630638 offset=145678336 len=4096
read t=6705996638 offset=145514496 len=4096
read t=6760004638 offset=145567744 len=16384
read t=6905249638 offset=145670144 len=4096
read t=6911705638 offset=133246976 len=4096
read t=6912485638 offset=133251072 len=16384
read t=6956042638 offset=133267456 len=32768
read t=7005231638 offset=133300224 len=65536
read t=7055076638 offset=145555456 len=4096
read t=7106223638 offset=145616896 len=4096
read t=7155397638 offset=145620992 len=16384
read t=7205811638 offset=145510400 len=4096
read t=7258638638 offset=99352576 len=4096
read t=7305475638 offset=99356672 len=16384
read t=7355526638 offset=99373056 len=32768
read t=7405125638 offset=99405824 len=65536
read t=7455355638 offset=99471360 len=131072
read t=7505107638 offset=145657856 len=4096
read t=7555767638 offset=145661952 len=8192
read t=7608709638 offset=133365760 len=131072
read t=7655377638 offset=133890048 len=4096
read t=7707357638 offset=133894144 len=16384
read t=7755657638 offset=133910528 len=32768
read t=7805269638 offset=133943296 len=65536
read t=7855336638 offset=134008832 len=131072
read t=7905416638 offset=135213056 len=4096
read t=7955591638 offset=135217152 len=16384
read t=8005738638 offset=135233536 len=32768
read t=8055532638 offset=134139904 len=131072
read t=8105166638 offset=132317184 len=4096
read t=8156170638 offset=132321280 len=16384
read t=8206521638 offset=132337664 len=32768
read t=8255424638 offset=132370432 len=65536
read t=8305491638 offset=132435968 len=131072
read t=8355407638 offset=133160960 len=4096
read t=8405356638 offset=133165056 len=16384
read t=8455654638 offset=133181440 len=32768
read t=8505338638 offset=133214208 len=32768
read t=8555099638 offset=132567040 len=131072
read t=8604971638 offset=135266304 len=73728
read t=8655115638 offset=135340032 len=131072
read t=8705056638 offset=135471104 len=131072
read t=8755309638 offset=135602176 len=131072
read t=8824195638 offset=135778304 len=4096
read t=8855727638 offset=135782400 len=16384
read t=8905636638 offset=135798784 len=32768
read t=8955297638 offset=135831552 len=65536
read t=9005542638 offset=135897088 len=131072
read t=9055436638 offset=136028160 len=131072
read t=9105121638 offset=136376320 len=4096
read t=9155280638 offset=136380416 len=16384
read t=9205282638 offset=136396800 len=32768
read t=9255230638 offset=136429568 len=65536
read t=9305307638 offset=136495104 len=131072
read t=9355255638 offset=136626176 len=131072
read t=9405197638 offset=138219520 len=4096
read t=9455646638 offset=138223616 len=16384
read t=9505735638 offset=138240000 len=32768
read t=9555165638 offset=138272768 len=65536
read t=9605266638 offset=138338304 len=131072
read t=9655323638 offset=138493952 len=4096
read t=9705456638 offset=138498048 len=16384
read t=9755658638 offset=138514432 len=32768
read t=9805228638 offset=138547200 len=65536
read t=9855300638 offset=138612736 len=131072
read t=9905261638 offset=138743808 len=131072
read t=9955191638 offset=139022336 len=4096
read t=10005556638 offset=139026432 len=16384
read t=10055639638 offset=139042816 len=32768
read t=10105260638 offset=139075584 len=65536
read t=10155274638 offset=139141120 len=131072
read t=10205366638 offset=139280384 len=4096
read t=10255653638 offset=139284480 len=16384
read t=10305589638 offset=139300864 len=32768
read t=10355443638 offset=139272192 len=8192
read t=10405442638 offset=139333632 len=69632
read t=10455466638 offset=139403264 len=131072
read t=10505443638 offset=133496832 len=131072
read t=10555182638 offset=132698112 len=16384
read t=10605679638 offset=132714496 len=32768
read t=10655128638 offset=132747264 len=65536
read t=10705218638 offset=132812800 len=131072
read t=10758883638 offset=132943872 len=131072
read t=10810946638 offset=133074944 len=86016
read t=10868895638 offset=138874880 len=131072
read t=10904974638 offset=139005952 len=16384
read t=10955000638 offset=138469376 len=24576
read t=11004984638 offset=138158080 len=4096
read t=11055525638 offset=138162176 len=16384
read t=11105610638 offset=138178560 len=32768
read t=11155932638 offset=138211328 len=8192
read t=11205375638 offset=136757248 len=131072
read t=11260938638 offset=136159232 len=131072
read t=11305371638 offset=135733248 len=16384
read t=11355407638 offset=135749632 len=28672
read t=11415522638 offset=135180288 len=4096
read t=11455709638 offset=135184384 len=16384
read t=11505596638 offset=135200768 len=12288
read t=11572784638 offset=133853184 len=4096
read t=11605915638 offset=133857280 len=16384
read t=11655942638 offset=133873664 len=16384
read t=11750513638 offset=137363456 len=4096
read t=11755264638 offset=137367552 len=16384
read t=11805463638 offset=137383936 len=32768
read t=11855297638 offset=137416704 len=65536
read t=11905145638 offset=137482240 len=131072
read t=11955260638 offset=137613312 len=131072
read t=12005612638 offset=137924608 len=4096
read t=12055519638 offset=137928704 len=16384
read t=12105585638 offset=137945088 len=32768
read t=12155098638 offset=137977856 len=65536
read t=12205228638 offset=138043392 len=114688
read t=12255316638 offset=145448960 len=4096
read t=12309614638 offset=134557696 len=4096
read t=12355466638 offset=134561792 len=16384
read t=12405583638 offset=134578176 len=32768
read t=12455118638 offset=134610944 len=65536
read t=12505159638 offset=134676480 len=131072
read t=12555192638 offset=134807552 len=131072
read t=12605899638 offset=134938624 len=131072
read t=12658344638 offset=135069696 len=110592
read t=12708775638 offset=134492160 len=4096
read t=12755358638 offset=134496256 len=16384
read t=12805363638 offset=134512640 len=32768
read t=12854884638 offset=134545408 len=12288
read t=12910403638 offset=134434816 len=4096
read t=12955544638 offset=134438912 len=16384
read t=13005326638 offset=134455296 len=32768
read t=13055135638 offset=134488064 len=4096
read t=13127329638 offset=134303744 len=4096
read t=13155887638 offset=134307840 len=16384
read t=13205673638 offset=134324224 len=32768
read t=13255300638 offset=134356992 len=65536
read t=13305095638 offset=134422528 len=12288
read t=13370962638 offset=133627904 len=16384
read t=13405589638 offset=133644288 len=32768
read t=13454905638 offset=133677056 len=65536
read t=13505104638 offset=133742592 len=110592
read t=13609621638 offset=134270976 len=32768
read t=13647380638 offset=139673600 len=4096
read t=13654779638 offset=139677696 len=16384
read t=13705493638 offset=139694080 len=32768
read t=13755224638 offset=139726848 len=65536
read t=13805144638 offset=139792384 len=131072
read t=13855387638 offset=145702912 len=12288
read t=13904740638 offset=139534336 len=131072
read t=13955143638 offset=139923456 len=16384
read t=14005530638 offset=139939840 len=32768
read t=14074835638 offset=139972608 len=65536
read t=14105220638 offset=140038144 len=131072
read t=14154893638 offset=139665408 len=8192
read t=14212107638 offset=137793536 len=4096
read t=14255540638 offset=137797632 len=16384
read t=14305626638 offset=137814016 len=32768
read t=14355334638 offset=137846784 len=65536
read t=14405137638 offset=137912320 len=12288
read t=14654472638 offset=145502208 len=4096
read t=14733571638 offset=140169216 len=131072
read t=15227219638 offset=136290304 len=16384
read t=15228229638 offset=136306688 len=32768
read t=15295290638 offset=136339456 len=36864
read t=15409406638 offset=145498112 len=4096
read t=15504242638 offset=145608704 len=4096
read t=15505026638 offset=145612800 len=4096
read t=16418016638 offset=140689408 len=4096
read t=16418987638 offset=140693504 len=16384
read t=16420658638 offset=140709888 len=32768
read t=16421555638 offset=140742656 len=65536
read t=16474890638 offset=140808192 len=131072
read t=16676923638 offset=140939264 len=131072
read t=16795436638 offset=141070336 len=131072
read t=17116408638 offset=140673024 len=4096
read t=17117330638 offset=140677120 len=12288
read t=17179491638 offset=140300288 len=131072
read t=17228340638 offset=140632064 len=4096
read t=17229342638 offset=140636160 len=16384
read t=17230109638 offset=140652544 len=20480
read t=17276895638 offset=140431360 len=131072
read t=17320388638 offset=140562432 len=69632
read t=18136435638 offset=141201408 len=131072
read t=19460543638 offset=145653760 len=4096
read t=20332922638 offset=143241216 len=4096
read t=20334379638 offset=143245312 len=16384
read t=20335208638 offset=143261696 len=32768
read t=20335713638 offset=143294464 len=65536
read t=20396221638 offset=143781888 len=4096
read t=20435857638 offset=143785984 len=16384
read t=20485745638 offset=143802368 len=32768
read t=20538917638 offset=143835136 len=65536
read t=20695955638 offset=142479360 len=4096
read t=20697215638 offset=142483456 len=16384
read t=20698311638 offset=142499840 len=32768
read t=20737069638 offset=142532608 len=65536
read t=20786466638 offset=142598144 len=131072
read t=20835213638 offset=142192640 len=4096
read t=20885234638 offset=142196736 len=16384
read t=20937069638 offset=142213120 len=32768
read t=20986585638 offset=142245888 len=65536
read t=21035372638 offset=143360000 len=131072
read t=21086329638 offset=142733312 len=4096
read t=21135640638 offset=142737408 len=16384
read t=21185571638 offset=142753792 len=32768
read t=21235922638 offset=142786560 len=65536
read t=21286451638 offset=143491072 len=131072
read t=21335713638 offset=16384 len=32768
read t=21385149638 offset=142852096 len=131072
read t=21435301638 offset=143740928 len=4096
read t=21485240638 offset=143745024 len=16384
read t=21535693638 offset=143761408 len=20480
read t=21590952638 offset=141717504 len=4096
read t=21635508638 offset=141721600 len=16384
read t=21685637638 offset=141737984 len=32768
read t=21735345638 offset=145584128 len=24576
read t=21787406638 offset=141770752 len=73728
read t=21835201638 offset=143622144 len=118784
read t=21889120638 offset=145416192 len=4096
read t=21938733638 offset=143183872 len=4096
read t=21985301638 offset=143187968 len=16384
read t=22035710638 offset=143204352 len=32768
read t=22085517638 offset=143237120 len=4096
read t=22135211638 offset=145371136 len=4096
read t=22193462638 offset=142729216 len=4096
read t=22235430638 offset=141664256 len=4096
read t=22285647638 offset=141668352 len=16384
read t=22335636638 offset=141684736 len=32768
read t=22395334638 offset=145342464 len=4096
read t=22439549638 offset=142176256 len=4096
read t=22485643638 offset=142180352 len=12288
read t=22563280638 offset=145252352 len=4096
read t=22591142638 offset=145219584 len=4096
read t=22637131638 offset=142073856 len=4096
read t=22685416638 offset=142077952 len=16384
read t=22735668638 offset=142094336 len=32768
read t=22785254638 offset=142127104 len=49152
read t=22835291638 offset=141647872 len=4096
read t=22885766638 offset=141651968 len=12288
read t=22939115638 offset=145211392 len=4096
read t=22985646638 offset=143900672 len=16384
read t=23035525638 offset=143917056 len=32768
read t=23085186638 offset=143949824 len=65536
read t=23135151638 offset=142311424 len=77824
read t=23185345638 offset=145231872 len=4096
read t=23244514638 offset=144138240 len=4096
read t=23292139638 offset=143040512 len=4096
read t=23335220638 offset=143044608 len=16384
read t=23385348638 offset=143060992 len=32768
read t=23440864638 offset=142983168 len=57344
read t=23485075638 offset=143093760 len=20480
read t=23534854638 offset=49152 len=73728
read t=23585210638 offset=144023552 len=4096
read t=23635093638 offset=144027648 len=16384
read t=23685056638 offset=144044032 len=32768
read t=23737846638 offset=144076800 len=61440
read t=23785182638 offset=144015360 len=8192
read t=23843503638 offset=144142336 len=4096
read t=23884782638 offset=143114240 len=69632
read t=23935060638 offset=144781312 len=4096
read t=23985080638 offset=144785408 len=16384
read t=24035628638 offset=144801792 len=32768
read t=24085144638 offset=144834560 len=65536
read t=24135294638 offset=131072 len=4096
read t=24188636638 offset=144146432 len=131072
read t=24234950638 offset=144277504 len=61440
read t=24286662638 offset=144900096 len=131072
read t=24335251638 offset=262144 len=4096
read t=24391241638 offset=524288 len=4096
read t=24452444638 offset=1048576 len=4096
read t=24489489638 offset=144568320 len=4096
read t=24535249638 offset=144572416 len=16384
read t=24584855638 offset=144588800 len=32768
read t=24638160638 offset=144621568 len=65536
read t=24685022638 offset=144338944 len=69632
read t=24735071638 offset=2097152 len=4096
read t=24794778638 offset=145362944 len=4096
read t=24834876638 offset=145367040 len=4096
read t=24885064638 offset=145375232 len=8192
read t=24935247638 offset=145383424 len=32768
read t=24984655638 offset=145420288 len=28672
read t=25034971638 offset=145453056 len=28672
read t=25085121638 offset=4194304 len=4096
read t=25151219638 offset=145481728 len=16384
read t=25185326638 offset=145506304 len=4096
read t=25235920638 offset=145518592 len=36864
read t=25284960638 offset=122880 len=8192
read t=25335269638 offset=135168 len=126976
read t=25385726638 offset=266240 len=118784
read t=25436364638 offset=385024 len=131072
read t=25485827638 offset=516096 len=8192
read t=25534921638 offset=528384 len=118784
read t=25585440638 offset=647168 len=131072
read t=25635101638 offset=145031168 len=16384
read t=25685433638 offset=145047552 len=32768
read t=25735212638 offset=145080320 len=65536
read t=25784922638 offset=145145856 len=65536
read t=25835075638 offset=145215488 len=4096
read t=25884882638 offset=145223680 len=8192
read t=25934745638 offset=145235968 len=16384
read t=25985123638 offset=145256448 len=86016
read t=26035547638 offset=145346560 len=16384
read t=26100086638 offset=144408576 len=16384
read t=26135157638 offset=144424960 len=32768
read t=26190623638 offset=144457728 len=65536
read t=26237387638 offset=144523264 len=45056
read t=26286920638 offset=144687104 len=94208
read t=26810369638 offset=61440 len=4096
read t=26861354638 offset=192512 len=4096
read t=26910900638 offset=454656 len=4096
read t=26960349638 offset=978944 len=4096
read t=27010434638 offset=2027520 len=4096
read t=27060415638 offset=4124672 len=4096
read t=27461671638 offset=0 len=61440
read t=27511125638 offset=65536 len=126976
read t=27561296638 offset=196608 len=131072
read t=27611439638 offset=96079872 len=4096
read t=27660179638 offset=327680 len=126976
read t=27709711638 offset=96083968 len=16384
read t=27760523638 offset=145420288 len=131072
read t=27809829638 offset=96100352 len=98304
read t=27860579638 offset=145551360 len=131072
read t=27911915638 offset=145682432 len=36864
read t=28833125638 offset=6774784 len=4096
read t=28834110638 offset=6778880 len=16384
read t=28834617638 offset=6795264 len=32768
read t=28835049638 offset=6828032 len=65536
read t=29267712638 offset=95367168 len=4096
read t=29268762638 offset=95371264 len=16384
read t=29269284638 offset=95387648 len=32768
read t=29269569638 offset=95420416 len=65536
read t=29319724638 offset=136888320 len=131072
read t=29369480638 offset=137019392 len=131072
read t=29419252638 offset=137150464 len=131072
read t=29468933638 offset=137281536 len=81920
read t=29531362638 offset=137744384 len=49152
end files=458 reads=342
