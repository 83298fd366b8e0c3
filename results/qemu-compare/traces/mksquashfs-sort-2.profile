liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145729618 mkfs_time=1795317772 inode_count=12821 block_size=131072 compressor=zstd sha256=450957879ec88640d7605cb79afa349374815c79c199dc0cf773cf962d0b1514
events 364
dropped 0
boots 1
duration_ns 28510983511
file /usr/lib/systemd/systemd inode=5910 t=7652287917 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7701077917 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7701077917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7851532917 kinds=block pages=0-52 count=5
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=7902114917 kinds=block pages=0-470 count=14
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8051826917 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8301049917 kinds=block pages=0-817 count=16
file /etc/ld.so.cache inode=100 t=8701020917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=8701020917 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=8701020917 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/bin/cat inode=287 t=8751484917 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=8751484917 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9063891917 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9063891917 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9101154917 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9101154917 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9252272917 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9252272917 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9301075917 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9351541917 kinds=block pages=0-86 count=2
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9551490917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9551490917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9551490917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9551490917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9551490917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9551490917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9551490917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9551490917 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9551490917 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=9600931917 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=9600931917 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9651367917 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9900958917 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9951175917 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10201224917 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10451231917 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10500966917 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10751188917 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11051188917 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=11051188917 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=11100916917 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=14801374917 kinds=block pages=0-186 count=3
file /usr/bin/kmod inode=384 t=14950930917 kinds=block pages=0-43 count=1
file /etc/hostname inode=90 t=14950930917 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=14950930917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=14950930917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=14950930917 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=14950930917 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=14950930917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14950930917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=14950930917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14950930917 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14950930917 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14950930917 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14950930917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14950930917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14950930917 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14950930917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14950930917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14950930917 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=15196651917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=15196651917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=15196651917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15196651917 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15196651917 kinds=block pages=0-330 count=7
file /usr/bin/mount inode=423 t=17123522917 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=17123522917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=17123522917 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=17123974917 kinds=block pages=0-105 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=17640033917 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=17691389917 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=17868617917 kinds=block pages=0-100 count=1
file /etc/modules inode=115 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=17868617917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=17868617917 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=17868617917 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=17868617917 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=17868617917 kinds=fragment-inferred,block pages=0-5 count=1
file /etc/group inode=85 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=17868617917 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=17868617917 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=19509331917 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=19509777917 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=19509777917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=19509777917 kinds=block pages=0-351,960-1375,1728-2175,2464-3178 count=25
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=20816235917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=20816235917 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=20816235917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=20816235917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=20816235917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=20816235917 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=20816235917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=20816235917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=20816235917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=20817231917 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=20817231917 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=20817231917 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=20817231917 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/systemctl inode=495 t=21448344917 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=24094634917 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=24094634917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=24094634917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=24094634917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=24094634917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=24094634917 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=24094634917 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=24294279917 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=24294279917 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=24294279917 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=24294279917 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=24294279917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=24294279917 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=24344099917 kinds=block pages=0-580 count=7
file /usr/bin/chmod inode=293 t=24644811917 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=24644811917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=24644811917 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=24696019917 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=24696019917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=24696019917 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=24696019917 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=24696019917 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=24696019917 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=24696019917 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=24744483917 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=24744483917 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=24894310917 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=24894310917 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=24944659917 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=24944659917 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=24944659917 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=24944659917 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=24944659917 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=24944659917 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=24944659917 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=165 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=166 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=168 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=170 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=172 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=173 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=174 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=176 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=177 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=178 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=179 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=181 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=182 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=183 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=190 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=192 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=193 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=194 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=215 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=217 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=218 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=225 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=226 t=25044915917 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=267 t=25044915917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/addpart inode=268 t=25044915917 kinds=fragment-inferred,block pages=0-7 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=25098471917 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=25098471917 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=25098471917 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=25098471917 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/01autoremove inode=43 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/70debconf inode=44 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/sources.list inode=48 t=25098471917 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=25098471917 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/dmi_memory_id inode=6067 t=25444609917 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=25504704917 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=25504704917 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/bash inode=283 t=25504704917 kinds=block pages=0-308 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=26084741917 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26114262917 kinds=block pages=0-97 count=1
file /etc/e2scrub.conf inode=81 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=27629934917 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub_all inode=7374 t=27629934917 kinds=fragment-inferred,block pages=0-1 count=1
file /var/log/dpkg.log inode=12809 t=27629934917 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/systemd/catalog/database inode=12783 t=27629934917 kinds=block pages=0-52 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=27629934917 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=27629934917 kinds=fragment-inferred,block pages=0-16 count=1
file /var/lib/dpkg/status-old inode=12764 t=27629934917 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=27933313917 kinds=block pages=0-49 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=28030289917 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=28030289917 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=28030289917 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=28030289917 kinds=fragment-inferred,block pages=0-21 count=1
read t=6689864917 offset=0 len=16384
read t=6705095917 offset=145727488 len=4096
read t=6752656917 offset=145707008 len=4096
read t=6802960917 offset=145575936 len=4096
read t=6925422917 offset=145698816 len=4096
read t=6927797917 offset=145555456 len=4096
read t=6954457917 offset=145690624 len=4096
read t=7001385917 offset=145694720 len=4096
read t=7050984917 offset=145702912 len=4096
read t=7100851917 offset=145567744 len=4096
read t=7152561917 offset=145649664 len=4096
read t=7201235917 offset=145653760 len=16384
read t=7257940917 offset=145580032 len=16384
read t=7392349917 offset=145563648 len=4096
read t=7393352917 offset=145637376 len=4096
read t=7401248917 offset=145641472 len=8192
read t=7452424917 offset=145465344 len=4096
read t=7501494917 offset=145469440 len=16384
read t=7556790917 offset=2969600 len=4096
read t=7601352917 offset=2973696 len=16384
read t=7652287917 offset=2990080 len=32768
read t=7701077917 offset=3022848 len=65536
read t=7751508917 offset=145670144 len=20480
read t=7801064917 offset=145711104 len=16384
read t=7851532917 offset=16384 len=98304
read t=7902114917 offset=114688 len=131072
read t=7951538917 offset=1028096 len=4096
read t=8001251917 offset=1032192 len=16384
read t=8051826917 offset=1048576 len=32768
read t=8101137917 offset=1081344 len=65536
read t=8151664917 offset=1638400 len=4096
read t=8203991917 offset=1642496 len=16384
read t=8253028917 offset=1658880 len=32768
read t=8301049917 offset=1691648 len=65536
read t=8351172917 offset=1757184 len=131072
read t=8401044917 offset=2961408 len=4096
read t=8451781917 offset=2965504 len=4096
read t=8518229917 offset=1888256 len=131072
read t=8551349917 offset=905216 len=4096
read t=8601499917 offset=909312 len=16384
read t=8651976917 offset=925696 len=32768
read t=8701020917 offset=958464 len=65536
read t=8751484917 offset=1024000 len=4096
read t=8800920917 offset=1146880 len=8192
read t=8851601917 offset=245760 len=131072
read t=8901345917 offset=880640 len=4096
read t=8953384917 offset=884736 len=16384
read t=9001496917 offset=901120 len=4096
read t=9063891917 offset=3088384 len=131072
read t=9101154917 offset=3219456 len=131072
read t=9151390917 offset=3543040 len=4096
read t=9201505917 offset=3547136 len=16384
read t=9252272917 offset=3563520 len=32768
read t=9301075917 offset=3596288 len=65536
read t=9351541917 offset=3350528 len=131072
read t=9401254917 offset=3481600 len=61440
read t=9456090917 offset=7589888 len=4096
read t=9501311917 offset=7593984 len=16384
read t=9551490917 offset=7610368 len=32768
read t=9600931917 offset=7643136 len=65536
read t=9651367917 offset=3661824 len=131072
read t=9701046917 offset=3792896 len=131072
read t=9751141917 offset=4112384 len=4096
read t=9801608917 offset=4116480 len=16384
read t=9852100917 offset=4132864 len=32768
read t=9900958917 offset=4165632 len=65536
read t=9951175917 offset=4231168 len=131072
read t=10001019917 offset=4362240 len=131072
read t=10054619917 offset=5955584 len=4096
read t=10103213917 offset=5959680 len=16384
read t=10151590917 offset=5976064 len=32768
read t=10201224917 offset=6008832 len=65536
read t=10251311917 offset=6074368 len=131072
read t=10301265917 offset=6230016 len=4096
read t=10351424917 offset=6234112 len=16384
read t=10401383917 offset=6250496 len=32768
read t=10451231917 offset=6283264 len=65536
read t=10500966917 offset=6348800 len=131072
read t=10551508917 offset=6479872 len=131072
read t=10600996917 offset=6758400 len=4096
read t=10651928917 offset=6762496 len=16384
read t=10709007917 offset=6778880 len=32768
read t=10751188917 offset=6811648 len=65536
read t=10801043917 offset=6877184 len=131072
read t=10851472917 offset=7016448 len=4096
read t=10901210917 offset=7020544 len=16384
read t=10951743917 offset=7036928 len=32768
read t=11000944917 offset=7008256 len=8192
read t=11051188917 offset=7069696 len=69632
read t=11100916917 offset=7139328 len=131072
read t=11151581917 offset=1155072 len=131072
read t=11200888917 offset=397312 len=4096
read t=11251584917 offset=401408 len=16384
read t=11301277917 offset=417792 len=32768
read t=11351018917 offset=450560 len=65536
read t=11400879917 offset=516096 len=131072
read t=11451196917 offset=376832 len=16384
read t=11501264917 offset=393216 len=4096
read t=11561459917 offset=647168 len=16384
read t=11601248917 offset=663552 len=32768
read t=11651369917 offset=696320 len=65536
read t=11702221917 offset=761856 len=118784
read t=11765129917 offset=6610944 len=131072
read t=11801018917 offset=6742016 len=16384
read t=11851076917 offset=6205440 len=24576
read t=11900939917 offset=5894144 len=4096
read t=11951619917 offset=5898240 len=16384
read t=12001585917 offset=5914624 len=32768
read t=12050936917 offset=5947392 len=8192
read t=12100966917 offset=4493312 len=131072
read t=12153799917 offset=3923968 len=131072
read t=12201202917 offset=2928640 len=4096
read t=12253041917 offset=2932736 len=16384
read t=12301794917 offset=2949120 len=12288
read t=12369228917 offset=1601536 len=4096
read t=12401279917 offset=1605632 len=16384
read t=12451742917 offset=1622016 len=16384
read t=12549881917 offset=5099520 len=4096
read t=12551562917 offset=5103616 len=16384
read t=12601635917 offset=5120000 len=32768
read t=12658611917 offset=5152768 len=65536
read t=12701071917 offset=5218304 len=131072
read t=12751460917 offset=5349376 len=131072
read t=12801641917 offset=5660672 len=4096
read t=12854440917 offset=5664768 len=16384
read t=12901159917 offset=5681152 len=32768
read t=12951512917 offset=5713920 len=65536
read t=13002068917 offset=5779456 len=114688
read t=13051444917 offset=2306048 len=4096
read t=13101177917 offset=2310144 len=16384
read t=13151839917 offset=2326528 len=32768
read t=13200892917 offset=2359296 len=65536
read t=13250814917 offset=2424832 len=131072
read t=13300902917 offset=2555904 len=131072
read t=13358658917 offset=2686976 len=131072
read t=13404517917 offset=2818048 len=110592
read t=13454831917 offset=2240512 len=4096
read t=13501174917 offset=2244608 len=16384
read t=13551733917 offset=2260992 len=32768
read t=13600893917 offset=2293760 len=12288
read t=13656865917 offset=2183168 len=4096
read t=13701229917 offset=2187264 len=16384
read t=13751632917 offset=2203648 len=32768
read t=13800885917 offset=2236416 len=4096
read t=13874347917 offset=2052096 len=4096
read t=13901211917 offset=2056192 len=16384
read t=13951665917 offset=2072576 len=32768
read t=14000863917 offset=2105344 len=65536
read t=14051397917 offset=2170880 len=12288
read t=14116091917 offset=1302528 len=4096
read t=14151394917 offset=1306624 len=16384
read t=14201317917 offset=1323008 len=32768
read t=14251057917 offset=1355776 len=65536
read t=14300956917 offset=1421312 len=131072
read t=14351394917 offset=1552384 len=49152
read t=14455912917 offset=1286144 len=16384
read t=14462377917 offset=2019328 len=32768
read t=14500894917 offset=145559552 len=4096
read t=14551226917 offset=145571840 len=4096
read t=14600894917 offset=145596416 len=32768
read t=14651226917 offset=145633280 len=4096
read t=14720348917 offset=7409664 len=4096
read t=14751281917 offset=7413760 len=16384
read t=14801374917 offset=7430144 len=32768
read t=14851282917 offset=7462912 len=65536
read t=14900935917 offset=7528448 len=61440
read t=14950930917 offset=7708672 len=131072
read t=15001159917 offset=7270400 len=131072
read t=15051361917 offset=145629184 len=4096
read t=15196651917 offset=7839744 len=131072
read t=15244531917 offset=7401472 len=8192
read t=15252000917 offset=5529600 len=4096
read t=15252635917 offset=5533696 len=16384
read t=15301602917 offset=5550080 len=32768
read t=15351366917 offset=5582848 len=65536
read t=15400919917 offset=5648384 len=12288
read t=15956035917 offset=7970816 len=131072
read t=16432227917 offset=4055040 len=16384
read t=16432832917 offset=4071424 len=32768
read t=16433066917 offset=4104192 len=8192
read t=16605442917 offset=145510400 len=4096
read t=16606071917 offset=145514496 len=16384
read t=17122278917 offset=8491008 len=4096
read t=17122839917 offset=8495104 len=16384
read t=17123522917 offset=8511488 len=32768
read t=17123974917 offset=8544256 len=65536
read t=17638750917 offset=8433664 len=4096
read t=17639670917 offset=8437760 len=16384
read t=17640033917 offset=8454144 len=32768
read t=17640264917 offset=8486912 len=4096
read t=17691389917 offset=8609792 len=73728
read t=17868617917 offset=8683520 len=122880
read t=18293402917 offset=8417280 len=4096
read t=18293934917 offset=8421376 len=12288
read t=18382542917 offset=8376320 len=4096
read t=18386179917 offset=8380416 len=16384
read t=18388119917 offset=8396800 len=20480
read t=18407689917 offset=8101888 len=131072
read t=18449896917 offset=8232960 len=131072
read t=18498785917 offset=8364032 len=12288
read t=19508530917 offset=8806400 len=16384
read t=19509331917 offset=8822784 len=32768
read t=19509777917 offset=8855552 len=65536
read t=19616834917 offset=8921088 len=131072
read t=20585789917 offset=145498112 len=4096
read t=20811219917 offset=11575296 len=4096
read t=20812359917 offset=11579392 len=16384
read t=20816235917 offset=11595776 len=32768
read t=20817231917 offset=11628544 len=65536
read t=21442360917 offset=10989568 len=4096
read t=21443708917 offset=10993664 len=16384
read t=21448344917 offset=11010048 len=32768
read t=21449141917 offset=11042816 len=65536
read t=21494071917 offset=11526144 len=4096
read t=21544240917 offset=11530240 len=16384
read t=21596157917 offset=11546624 len=28672
read t=21646449917 offset=10227712 len=4096
read t=21693936917 offset=10231808 len=16384
read t=21744463917 offset=10248192 len=32768
read t=21794267917 offset=10280960 len=65536
read t=21850539917 offset=10346496 len=131072
read t=21894138917 offset=9940992 len=4096
read t=21944447917 offset=9945088 len=16384
read t=21996165917 offset=9961472 len=32768
read t=22046014917 offset=9994240 len=65536
read t=22093993917 offset=10481664 len=4096
read t=22144327917 offset=10485760 len=16384
read t=22200318917 offset=10502144 len=32768
read t=22244155917 offset=10534912 len=65536
read t=22294752917 offset=11108352 len=131072
read t=22344637917 offset=10600448 len=131072
read t=22393973917 offset=11239424 len=131072
read t=22448282917 offset=145428480 len=4096
read t=22495801917 offset=145383424 len=4096
read t=22546052917 offset=9461760 len=4096
read t=22594178917 offset=9465856 len=16384
read t=22644214917 offset=9482240 len=32768
read t=22693835917 offset=9412608 len=4096
read t=22744824917 offset=9416704 len=16384
read t=22794544917 offset=9433088 len=28672
read t=22844235917 offset=9515008 len=16384
read t=22894512917 offset=11489280 len=4096
read t=22944133917 offset=11493376 len=16384
read t=22994339917 offset=11509760 len=16384
read t=23048455917 offset=145354752 len=4096
read t=23094942917 offset=9531392 len=106496
read t=23144045917 offset=145264640 len=4096
read t=23197494917 offset=10928128 len=4096
read t=23244633917 offset=10932224 len=16384
read t=23295698917 offset=10948608 len=40960
read t=23347806917 offset=11370496 len=118784
read t=23394163917 offset=145231872 len=4096
read t=23445065917 offset=10477568 len=4096
read t=23494253917 offset=9396224 len=4096
read t=23544219917 offset=9400320 len=12288
read t=23607679917 offset=145223680 len=4096
read t=23644775917 offset=9924608 len=4096
read t=23694432917 offset=9928704 len=12288
read t=23766667917 offset=145244160 len=4096
read t=23794984917 offset=9822208 len=4096
read t=23844594917 offset=9826304 len=16384
read t=23894418917 offset=9842688 len=32768
read t=23943997917 offset=9875456 len=49152
read t=23993940917 offset=144150528 len=4096
read t=24060115917 offset=10059776 len=12288
read t=24094634917 offset=11694080 len=131072
read t=24145500917 offset=10731520 len=131072
read t=24194212917 offset=11853824 len=4096
read t=24244447917 offset=11857920 len=16384
read t=24294279917 offset=11874304 len=32768
read t=24344099917 offset=11907072 len=65536
read t=24393759917 offset=11825152 len=28672
read t=24461290917 offset=11972608 len=114688
read t=24499650917 offset=144965632 len=4096
read t=24544503917 offset=144969728 len=16384
read t=24594667917 offset=144986112 len=32768
read t=24644811917 offset=145018880 len=65536
read t=24696019917 offset=145084416 len=131072
read t=24744483917 offset=145215488 len=8192
read t=24794158917 offset=145227776 len=4096
read t=24851773917 offset=145235968 len=8192
read t=24894310917 offset=145248256 len=16384
read t=24944659917 offset=145268736 len=86016
read t=24994215917 offset=145358848 len=24576
read t=25044915917 offset=145387520 len=40960
read t=25098471917 offset=145432576 len=32768
read t=25148401917 offset=145551360 len=4096
read t=25203481917 offset=145485824 len=12288
read t=25246512917 offset=145502208 len=8192
read t=25293992917 offset=145530880 len=20480
read t=25344179917 offset=12500992 len=4096
read t=25394334917 offset=12505088 len=16384
read t=25444609917 offset=12521472 len=32768
read t=25504704917 offset=12554240 len=65536
read t=25633980917 offset=12087296 len=81920
read t=25681966917 offset=10862592 len=16384
read t=25682784917 offset=10878976 len=32768
read t=25694048917 offset=10911744 len=16384
read t=25974254917 offset=12169216 len=16384
read t=25997567917 offset=12185600 len=32768
read t=25998171917 offset=12218368 len=65536
read t=26084741917 offset=12283904 len=131072
read t=26114262917 offset=12414976 len=86016
read t=26580621917 offset=0 len=2048
read t=26636036917 offset=63488 len=4096
read t=26680523917 offset=194560 len=4096
read t=26730681917 offset=456704 len=4096
read t=26784352917 offset=980992 len=4096
read t=26830554917 offset=2029568 len=4096
read t=26881982917 offset=4126720 len=4096
read t=27130923917 offset=12619776 len=57344
read t=27330892917 offset=12677120 len=131072
read t=27381767917 offset=2048 len=61440
read t=27431742917 offset=13201408 len=4096
read t=27480139917 offset=67584 len=126976
read t=27530019917 offset=13205504 len=16384
read t=27581045917 offset=198656 len=131072
read t=27629934917 offset=13221888 len=98304
read t=27679953917 offset=329728 len=126976
read t=27731710917 offset=13115392 len=4096
read t=27780602917 offset=145422336 len=131072
read t=27830536917 offset=13119488 len=16384
read t=27881060917 offset=145553408 len=131072
read t=27933313917 offset=13135872 len=65536
read t=27983563917 offset=145684480 len=47104
read t=28030289917 offset=13320192 len=45056
read t=28131843917 offset=12808192 len=131072
read t=28181623917 offset=12939264 len=131072
read t=28230833917 offset=13070336 len=45056
end files=461 reads=329
