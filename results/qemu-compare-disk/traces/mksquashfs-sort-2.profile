liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700765 mkfs_time=1795319157 inode_count=12821 block_size=131072 compressor=zstd sha256=11007a0d7796d02b1de0772e78df264d3d41b8d4af9531995387e7af8c4f4b34
events 1122
dropped 0
boots 1
duration_ns 61275450443
file /usr/lib/systemd/systemd inode=5910 t=8617063749 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=9464982749 kinds=block pages=0-52 count=15
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=9670250749 kinds=block pages=0-505 count=18
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=9769235749 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=10072303749 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/dash inode=306 t=10072303749 kinds=fragment-inferred,block pages=0-30 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=10119145749 kinds=block pages=0-470 count=22
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=10365530749 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=10421240749 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=10473232749 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=10525510749 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=10570271749 kinds=fragment-inferred,block pages=0-9 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=10570271749 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=10618053749 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=10716109749 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=10918010749 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=11017564749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=11017564749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=11017564749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=11017564749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=11017564749 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=11017564749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=11017564749 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=11017564749 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=11017564749 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=11069804749 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=11166977749 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=11368116749 kinds=block pages=0-36 count=4
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=11465338749 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=11766071749 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=11867951749 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11965875749 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=12070816749 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=12266639749 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=16619623749 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16715898749 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=16815906749 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=17464953749 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=17915310749 kinds=fragment-inferred,block pages=0-27 count=2
file /etc/hostname inode=90 t=18064606749 kinds=fragment-inferred,block pages=0 count=4
file /etc/machine-id inode=112 t=18064606749 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/system.conf inode=213 t=18064606749 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=18064606749 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=18064606749 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/os-release inode=5577 t=18064606749 kinds=fragment-inferred,block pages=0 count=4
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=18064606749 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/kmod inode=384 t=19264395749 kinds=block pages=0-43 count=3
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=21143720749 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=21143720749 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=21143720749 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=21143720749 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=21160934749 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=21160934749 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=21160934749 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=21160934749 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=21160934749 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=21160934749 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system/liveopt-marker.service inode=199 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/basic.target inode=5621 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.service inode=5653 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty-static.service inode=5656 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty.target inode=5657 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty@.service inode=5660 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/graphical.target inode=5661 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd.target inode=5682 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs.target inode=5691 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/multi-user.target inode=5695 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-online.target inode=5702 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-pre.target inode=5703 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network.target inode=5704 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/paths.target inode=5708 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/poweroff.target inode=5709 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/reboot.target inode=5720 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.service inode=5725 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.target inode=5726 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/slices.target inode=5746 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sysinit.target inode=5764 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-set.target inode=5872 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-sync.target inode=5873 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/timers.target inode=5874 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/user.slice inode=5883 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=21445204749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=21445204749 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=21445204749 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/bin/mount inode=423 t=26954721749 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.service inode=5647 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.target inode=5648 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/shutdown.target inode=5743 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sockets.target inode=5748 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/swap.target inode=5759 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/syslog.socket inode=5795 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/umount.target inode=5878 t=26954721749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=26954721749 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/lib/systemd/systemd-journald inode=5924 t=28838692749 kinds=block pages=0-41 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=28990031749 kinds=block pages=0-100 count=8
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=29590461749 kinds=fragment-inferred,block pages=0-28 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=31240884749 kinds=block pages=0-105 count=6
file /etc/modules inode=115 t=31742355749 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/journald.conf inode=189 t=31742355749 kinds=fragment-inferred,block pages=0 count=3
file /etc/udev/udev.conf inode=223 t=31742355749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=31742355749 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/systemd-modules-load inode=5929 t=31742355749 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/systemd/systemd-random-seed inode=5936 t=31742355749 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=31742355749 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/systemd/systemd-sysctl inode=5944 t=31742355749 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/bin/udevadm inode=546 t=34288949749 kinds=block pages=0-330 count=13
file /etc/group inode=85 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /etc/nsswitch.conf inode=120 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /etc/passwd inode=141 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/systemd-sysusers inode=520 t=34295341749 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/basic.conf inode=5985 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=34295341749 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/journalctl inode=382 t=36057242749 kinds=fragment-inferred,block pages=0-18 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=36057280749 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=37394688749 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=37394688749 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/hwdb.bin inode=6070 t=40517206749 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=40
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=42270491749 kinds=fragment-inferred,block pages=0-7 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=42270491749 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=42270491749 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=42270491749 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=42270491749 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=42270491749 kinds=fragment-inferred,block pages=0-2 count=6
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=42270491749 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=42270491749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=42270491749 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/bin/systemctl inode=495 t=44266037749 kinds=block pages=0-330 count=15
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=47316023749 kinds=block pages=0-46 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=47867252749 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=47867252749 kinds=fragment-inferred,block pages=0-21 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=47868424749 kinds=fragment-inferred,block pages=0-13 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=47868424749 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=47868424749 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=47868424749 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=47869896749 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system/rc-local.service inode=5715 t=47869896749 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/ata_id inode=6065 t=47869896749 kinds=fragment-inferred,block pages=0-16 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=49165797749 kinds=fragment-inferred,block pages=0-12 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=49165797749 kinds=fragment-inferred,block pages=0-2 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=49165797749 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/udev/hwclock-set inode=6069 t=49165797749 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/dmi_memory_id inode=6067 t=52166408749 kinds=fragment-inferred,block pages=0-18 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=52216408749 kinds=block pages=0-95 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=54350548749 kinds=block pages=0-580 count=22
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=55815194749 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/udev/cdrom_id inode=6066 t=55815194749 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/bin/chmod inode=293 t=55866968749 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=55866968749 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=55866968749 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=55866968749 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=55866968749 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=55866968749 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=55866968749 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=55866968749 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=55866968749 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=55866968749 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=55866968749 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=55866968749 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=55867006749 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=55867006749 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=56166764749 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=56166764749 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=56166764749 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=56166764749 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=56166764749 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=56166764749 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=56166764749 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/group.conf inode=165 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/limits.conf inode=166 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.conf inode=168 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.init inode=170 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/pam_env.conf inode=172 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/sepermit.conf inode=173 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/time.conf inode=174 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/selinux/semanage.conf inode=176 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow inode=177 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow- inode=178 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/shells inode=179 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bash_logout inode=181 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bashrc inode=182 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.profile inode=183 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/logind.conf inode=190 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/networkd.conf inode=192 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/pstore.conf inode=193 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/sleep.conf inode=194 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/user.conf inode=215 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/terminfo/README inode=217 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/timezone inode=218 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/update-motd.d/10-uname inode=225 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /etc/xattr.conf inode=226 t=56167052749 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/[ inode=267 t=56167052749 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/addpart inode=268 t=56167052749 kinds=fragment-inferred,block pages=0-7 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=56167333749 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=56167333749 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=56167333749 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=56167333749 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=56167333749 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=56167333749 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/01autoremove inode=43 t=56167333749 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/70debconf inode=44 t=56167333749 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/sources.list inode=48 t=56167333749 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=56167333749 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=57865744749 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=58265725749 kinds=block pages=0-97 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=59267113749 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=59267113749 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=59289624749 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7340 t=59289624749 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7342 t=59289624749 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/agetty inode=7343 t=59289624749 kinds=fragment-inferred,block pages=0-16 count=1
file /etc/e2scrub.conf inode=81 t=59382397749 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/readlink inode=454 t=59382397749 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/sleep inode=486 t=59382397749 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/sbin/e2scrub_all inode=7374 t=59382397749 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/bash inode=283 t=59867054749 kinds=block pages=0-308 count=11
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=60266415749 kinds=block pages=0-49 count=2
read t=6519973749 offset=0 len=4096
read t=6524986749 offset=4096 len=4096
read t=6526042749 offset=12288 len=4096
read t=7261209749 offset=0 len=1024
read t=7263779749 offset=145699840 len=1024
read t=7264590749 offset=145699840 len=1024
read t=7265427749 offset=145681408 len=1024
read t=7314195749 offset=145548288 len=1024
read t=7364497749 offset=145548288 len=2048
read t=7420754749 offset=145699840 len=1024
read t=7463289749 offset=145699840 len=1024
read t=7557768749 offset=145670144 len=1024
read t=7565176749 offset=145670144 len=2048
read t=7614908749 offset=145526784 len=1024
read t=7663289749 offset=145526784 len=4096
read t=7717123749 offset=145664000 len=1024
read t=7763913749 offset=145664000 len=4096
read t=7814006749 offset=145539072 len=1024
read t=7863282749 offset=145539072 len=3072
read t=7914490749 offset=145623040 len=1024
read t=7963672749 offset=145623040 len=5120
read t=8018742749 offset=145549312 len=1024
read t=8063292749 offset=145549312 len=5120
read t=8208622749 offset=145536000 len=1024
read t=8209066749 offset=145536000 len=4096
read t=8213259749 offset=145609728 len=1024
read t=8263285749 offset=145609728 len=4096
read t=8313728749 offset=145438720 len=1024
read t=8363344749 offset=145438720 len=3072
read t=8413059749 offset=145699840 len=1024
read t=8463267749 offset=145699840 len=1024
read t=8513394749 offset=145671168 len=1024
read t=8563160749 offset=145671168 len=4096
read t=8617063749 offset=2971648 len=32768
read t=8667678749 offset=145670144 len=1024
read t=8713389749 offset=145670144 len=2048
read t=8763757749 offset=145526784 len=1024
read t=8812708749 offset=145526784 len=4096
read t=8863352749 offset=145664000 len=1024
read t=8912769749 offset=145664000 len=4096
read t=8963044749 offset=145539072 len=1024
read t=9013474749 offset=145539072 len=3072
read t=9063055749 offset=145623040 len=1024
read t=9112563749 offset=145623040 len=5120
read t=9164154749 offset=145618944 len=1024
read t=9213635749 offset=145618944 len=5120
read t=9263858749 offset=145438720 len=1024
read t=9313124749 offset=145438720 len=3072
read t=9362774749 offset=145699840 len=1024
read t=9412687749 offset=145699840 len=1024
read t=9464982749 offset=0 len=73728
read t=9522143749 offset=72704 len=26624
read t=9578705749 offset=145549312 len=1024
read t=9613559749 offset=145549312 len=5120
read t=9670250749 offset=1028096 len=34816
read t=9721061749 offset=1640448 len=10240
read t=9769235749 offset=1649664 len=54272
read t=9822592749 offset=2962432 len=10240
read t=9886867749 offset=1702912 len=33792
read t=9915084749 offset=1735680 len=22528
read t=9968583749 offset=145671168 len=1024
read t=10012649749 offset=145671168 len=4096
read t=10072303749 offset=905216 len=60416
read t=10119145749 offset=98304 len=55296
read t=10168925749 offset=881664 len=24576
read t=10219632749 offset=152576 len=62464
read t=10267963749 offset=145536000 len=1024
read t=10313266749 offset=145536000 len=4096
read t=10365530749 offset=3003392 len=45056
read t=10421240749 offset=3047424 len=25600
read t=10473232749 offset=3072000 len=44032
read t=10525510749 offset=3115008 len=47104
read t=10570271749 offset=3543040 len=46080
read t=10618053749 offset=3161088 len=59392
read t=10668935749 offset=3219456 len=16384
read t=10716109749 offset=3234816 len=49152
read t=10768994749 offset=3345408 len=52224
read t=10816376749 offset=3396608 len=3072
read t=10864424749 offset=3396608 len=3072
read t=10918010749 offset=3398656 len=55296
read t=10967799749 offset=3515392 len=28672
read t=11017564749 offset=7592960 len=44032
read t=11069804749 offset=3588096 len=47104
read t=11120820749 offset=3634176 len=33792
read t=11166977749 offset=3666944 len=48128
read t=11221013749 offset=4113408 len=41984
read t=11266217749 offset=4154368 len=11264
read t=11313839749 offset=4154368 len=11264
read t=11368116749 offset=4164608 len=57344
read t=11418169749 offset=4220928 len=7168
read t=11465338749 offset=4227072 len=58368
read t=11517274749 offset=5955584 len=14336
read t=11566892749 offset=5968896 len=4096
read t=11613094749 offset=5968896 len=4096
read t=11666111749 offset=4284416 len=34816
read t=11714892749 offset=4318208 len=18432
read t=11766071749 offset=5971968 len=54272
read t=11820594749 offset=6233088 len=39936
read t=11867951749 offset=6272000 len=63488
read t=11917267749 offset=6334464 len=30720
read t=11965875749 offset=6364160 len=52224
read t=12018163749 offset=6758400 len=48128
read t=12070816749 offset=6805504 len=68608
read t=12117869749 offset=7016448 len=19456
read t=12165969749 offset=6873088 len=51200
read t=12215888749 offset=6923264 len=54272
read t=12266639749 offset=7034880 len=57344
read t=12317932749 offset=7091200 len=9216
read t=12370986749 offset=1061888 len=20480
read t=12415484749 offset=1081344 len=48128
read t=12475623749 offset=398336 len=46080
read t=12515275749 offset=443392 len=67584
read t=12567799749 offset=332800 len=66560
read t=12619918749 offset=579584 len=59392
read t=12666419749 offset=637952 len=68608
read t=12716069749 offset=790528 len=46080
read t=12766583749 offset=835584 len=47104
read t=12818503749 offset=6415360 len=59392
read t=12865715749 offset=6473728 len=55296
read t=12915916749 offset=6528000 len=56320
read t=12966117749 offset=6583296 len=89088
read t=13017216749 offset=6025216 len=58368
read t=13065300749 offset=6082560 len=38912
read t=13116695749 offset=5894144 len=33792
read t=13164859749 offset=5926912 len=17408
read t=13216120749 offset=4335616 len=19456
read t=13264755749 offset=4354048 len=20480
read t=13324175749 offset=5943296 len=13312
read t=13367056749 offset=4373504 len=17408
read t=13416800749 offset=4389888 len=41984
read t=13465866749 offset=4430848 len=62464
read t=13529372749 offset=3714048 len=65536
read t=13566398749 offset=3778560 len=39936
read t=13617038749 offset=3452928 len=63488
read t=13667100749 offset=3282944 len=63488
read t=13718629749 offset=2928640 len=34816
read t=13766739749 offset=1757184 len=43008
read t=13814808749 offset=1799168 len=63488
read t=13883265749 offset=1602560 len=32768
read t=13914208749 offset=1634304 len=7168
read t=13965192749 offset=1640448 len=1024
read t=14023461749 offset=705536 len=50176
read t=14066077749 offset=509952 len=70656
read t=14127277749 offset=214016 len=64512
read t=14166663749 offset=754688 len=36864
read t=14217513749 offset=5099520 len=63488
read t=14265559749 offset=5161984 len=60416
read t=14316597749 offset=5660672 len=68608
read t=14367988749 offset=5728256 len=41984
read t=14419104749 offset=145670144 len=1024
read t=14463428749 offset=145670144 len=2048
read t=14514414749 offset=277504 len=56320
read t=14576411749 offset=145526784 len=1024
read t=14613464749 offset=145526784 len=4096
read t=14666156749 offset=2308096 len=66560
read t=14715588749 offset=2373632 len=64512
read t=14775378749 offset=2684928 len=53248
read t=14815651749 offset=2737152 len=35840
read t=14867800749 offset=2771968 len=39936
read t=14915084749 offset=2810880 len=26624
read t=14965390749 offset=2242560 len=66560
read t=15018205749 offset=2183168 len=60416
read t=15076664749 offset=2836480 len=49152
read t=15122950749 offset=2053120 len=66560
read t=15166811749 offset=2118656 len=65536
read t=15227240749 offset=1305600 len=62464
read t=15269561749 offset=1367040 len=61440
read t=15316150749 offset=1530880 len=31744
read t=15365577749 offset=1561600 len=41984
read t=15416869749 offset=1486848 len=45056
read t=15503566749 offset=1185792 len=63488
read t=15516058749 offset=1248256 len=58368
read t=15574068749 offset=1861632 len=63488
read t=15617825749 offset=145623040 len=1024
read t=15663342749 offset=145623040 len=5120
read t=15729221749 offset=145664000 len=1024
read t=15763639749 offset=145664000 len=4096
read t=15813649749 offset=145539072 len=1024
read t=15863315749 offset=145539072 len=3072
read t=15913646749 offset=145699840 len=1024
read t=15963740749 offset=145699840 len=1024
read t=16013233749 offset=145529856 len=1024
read t=16063406749 offset=145529856 len=2048
read t=16113805749 offset=145553408 len=1024
read t=16162511749 offset=145553408 len=5120
read t=16214433749 offset=145438720 len=1024
read t=16263300749 offset=145438720 len=3072
read t=16313849749 offset=145671168 len=1024
read t=16362281749 offset=145671168 len=4096
read t=16418352749 offset=145534976 len=1024
read t=16463536749 offset=145534976 len=2048
read t=16513297749 offset=145605632 len=1024
read t=16563392749 offset=145605632 len=5120
read t=16619623749 offset=7099392 len=20480
read t=16663756749 offset=7118848 len=18432
read t=16715898749 offset=7196672 len=29696
read t=16764944749 offset=7225344 len=30720
read t=16815906749 offset=7410688 len=30720
read t=16866235749 offset=7440384 len=31744
read t=16921053749 offset=7173120 len=16384
read t=16964655749 offset=7188480 len=9216
read t=17013225749 offset=7188480 len=9216
read t=17070011749 offset=145595392 len=1024
read t=17113415749 offset=145595392 len=5120
read t=17163883749 offset=145532928 len=1024
read t=17213393749 offset=145532928 len=3072
read t=17262955749 offset=145699840 len=1024
read t=17313223749 offset=145699840 len=1024
read t=17363889749 offset=145591296 len=1024
read t=17412710749 offset=145591296 len=5120
read t=17464953749 offset=7635968 len=25600
read t=17526898749 offset=2437120 len=62464
read t=17569328749 offset=7136256 len=20480
read t=17616188749 offset=145599488 len=1024
read t=17662560749 offset=145599488 len=4096
read t=17714054749 offset=145438720 len=1024
read t=17763124749 offset=145438720 len=3072
read t=17813807749 offset=145671168 len=1024
read t=17862525749 offset=145671168 len=4096
read t=17915310749 offset=7660544 len=22528
read t=17976903749 offset=145534976 len=1024
read t=18012742749 offset=145534976 len=2048
read t=18064606749 offset=7756800 len=26624
read t=18135942749 offset=7155712 len=18432
read t=18165776749 offset=145605632 len=1024
read t=18213330749 offset=145605632 len=5120
read t=18263132749 offset=145529856 len=1024
read t=18312564749 offset=145529856 len=2048
read t=18364346749 offset=145557504 len=1024
read t=18412617749 offset=145557504 len=5120
read t=18463903749 offset=145699840 len=1024
read t=18513328749 offset=145699840 len=1024
read t=18590529749 offset=145623040 len=1024
read t=18613336749 offset=145623040 len=5120
read t=18664071749 offset=145539072 len=1024
read t=18712756749 offset=145539072 len=3072
read t=18763086749 offset=145670144 len=1024
read t=18813159749 offset=145670144 len=2048
read t=18862821749 offset=145526784 len=1024
read t=18913122749 offset=145526784 len=4096
read t=18963852749 offset=145664000 len=1024
read t=19013335749 offset=145664000 len=4096
read t=19064302749 offset=145549312 len=1024
read t=19112525749 offset=145549312 len=5120
read t=19163924749 offset=145438720 len=1024
read t=19212644749 offset=145438720 len=3072
read t=19264395749 offset=7682048 len=61440
read t=19316955749 offset=7742464 len=15360
read t=19387533749 offset=145553408 len=1024
read t=19413355749 offset=145553408 len=5120
read t=19472564749 offset=7396352 len=15360
read t=19518896749 offset=5531648 len=59392
read t=19566124749 offset=5590016 len=71680
read t=19627059749 offset=145699840 len=1024
read t=19663385749 offset=145699840 len=1024
read t=19713940749 offset=145609728 len=1024
read t=19762418749 offset=145609728 len=4096
read t=19815537749 offset=1924096 len=65536
read t=19870408749 offset=145671168 len=1024
read t=19912933749 offset=145671168 len=4096
read t=19967199749 offset=1988608 len=65536
read t=20033072749 offset=145623040 len=1024
read t=20063036749 offset=145623040 len=5120
read t=20134911749 offset=2619392 len=66560
read t=20168634749 offset=2498560 len=61440
read t=20214992749 offset=2558976 len=61440
read t=20309247749 offset=145526784 len=1024
read t=20312412749 offset=145526784 len=4096
read t=20370428749 offset=1128448 len=58368
read t=20469083749 offset=145664000 len=1024
read t=20470762749 offset=145664000 len=4096
read t=20518467749 offset=145549312 len=1024
read t=20563254749 offset=145549312 len=5120
read t=20613815749 offset=145536000 len=1024
read t=20662401749 offset=145536000 len=4096
read t=20735093749 offset=145438720 len=1024
read t=20763225749 offset=145438720 len=3072
read t=20813793749 offset=145699840 len=1024
read t=20862611749 offset=145699840 len=1024
read t=20913489749 offset=145609728 len=1024
read t=20963357749 offset=145609728 len=4096
read t=21013441749 offset=145671168 len=1024
read t=21063182749 offset=145671168 len=4096
read t=21143720749 offset=7782400 len=31744
read t=21160934749 offset=7813120 len=23552
read t=21445204749 offset=7835648 len=28672
read t=21850169749 offset=3970048 len=68608
read t=21868931749 offset=6976512 len=40960
read t=21894237749 offset=4037632 len=76800
read t=22068110749 offset=145670144 len=1024
read t=22077169749 offset=145670144 len=2048
read t=22091723749 offset=145526784 len=1024
read t=22094759749 offset=145526784 len=4096
read t=22121976749 offset=145679360 len=1024
read t=22169810749 offset=145679360 len=3072
read t=22223144749 offset=145549312 len=1024
read t=22269567749 offset=145549312 len=5120
read t=22321083749 offset=145536000 len=1024
read t=22369309749 offset=145536000 len=4096
read t=22420030749 offset=145605632 len=1024
read t=22469517749 offset=145605632 len=5120
read t=22519749749 offset=145534976 len=1024
read t=22569349749 offset=145534976 len=2048
read t=22619680749 offset=145699840 len=1024
read t=22669749749 offset=145699840 len=1024
read t=22725411749 offset=145609728 len=1024
read t=22769423749 offset=145609728 len=4096
read t=22820328749 offset=145438720 len=1024
read t=22869526749 offset=145438720 len=3072
read t=22919819749 offset=145671168 len=1024
read t=22969587749 offset=145671168 len=4096
read t=23029484749 offset=145526784 len=1024
read t=23069572749 offset=145526784 len=4096
read t=23120028749 offset=145679360 len=1024
read t=23169268749 offset=145679360 len=3072
read t=23220784749 offset=145549312 len=1024
read t=23269517749 offset=145549312 len=5120
read t=23320308749 offset=145605632 len=1024
read t=23369460749 offset=145605632 len=5120
read t=23420938749 offset=145536000 len=1024
read t=23469553749 offset=145536000 len=4096
read t=23519724749 offset=145699840 len=1024
read t=23569540749 offset=145699840 len=1024
read t=23621175749 offset=145609728 len=1024
read t=23669127749 offset=145609728 len=4096
read t=23720737749 offset=145438720 len=1024
read t=23769418749 offset=145438720 len=3072
read t=23819622749 offset=145671168 len=1024
read t=23870043749 offset=145671168 len=4096
read t=23927190749 offset=145526784 len=1024
read t=23969630749 offset=145526784 len=4096
read t=24034486749 offset=1427456 len=60416
read t=24114839749 offset=145534976 len=1024
read t=24119591749 offset=145534976 len=2048
read t=24204659749 offset=145483776 len=1024
read t=24219329749 offset=145483776 len=4096
read t=24270995749 offset=145605632 len=1024
read t=24319241749 offset=145605632 len=5120
read t=24386648749 offset=145440768 len=1024
read t=24419252749 offset=145440768 len=4096
read t=24469788749 offset=145699840 len=1024
read t=24519395749 offset=145699840 len=1024
read t=24570411749 offset=145609728 len=1024
read t=24619465749 offset=145609728 len=4096
read t=24670205749 offset=145438720 len=1024
read t=24719291749 offset=145438720 len=3072
read t=24769733749 offset=145671168 len=1024
read t=24819374749 offset=145671168 len=4096
read t=24870631749 offset=145549312 len=1024
read t=24919419749 offset=145549312 len=5120
read t=25002512749 offset=145534976 len=1024
read t=25019691749 offset=145534976 len=2048
read t=25107583749 offset=145526784 len=1024
read t=25119149749 offset=145526784 len=4096
read t=25171237749 offset=145605632 len=1024
read t=25219420749 offset=145605632 len=5120
read t=25270248749 offset=145536000 len=1024
read t=25319468749 offset=145536000 len=4096
read t=25370062749 offset=145699840 len=1024
read t=25419506749 offset=145699840 len=1024
read t=25711829749 offset=145609728 len=1024
read t=25712385749 offset=145609728 len=4096
read t=25725117749 offset=145664000 len=1024
read t=25725486749 offset=145664000 len=4096
read t=25763687749 offset=145548288 len=1024
read t=25813282749 offset=145548288 len=2048
read t=25863988749 offset=145659904 len=1024
read t=25913382749 offset=145659904 len=5120
read t=25963780749 offset=145546240 len=1024
read t=26013060749 offset=145546240 len=3072
read t=26063785749 offset=145650688 len=1024
read t=26113474749 offset=145650688 len=6144
read t=26163764749 offset=145655808 len=1024
read t=26213089749 offset=145655808 len=5120
read t=26263970749 offset=145438720 len=1024
read t=26313509749 offset=145438720 len=3072
read t=26363631749 offset=145699840 len=1024
read t=26413328749 offset=145699840 len=1024
read t=26463388749 offset=145671168 len=1024
read t=26513404749 offset=145671168 len=4096
read t=26564595749 offset=7756800 len=26624
read t=26678399749 offset=145605632 len=1024
read t=26678809749 offset=145605632 len=5120
read t=26713841749 offset=145534976 len=1024
read t=26763329749 offset=145534976 len=2048
read t=26954721749 offset=8491008 len=35840
read t=27049333749 offset=145609728 len=1024
read t=27049890749 offset=145609728 len=4096
read t=27236986749 offset=145536000 len=1024
read t=27237539749 offset=145536000 len=4096
read t=27239182749 offset=145549312 len=1024
read t=27239523749 offset=145549312 len=5120
read t=27288839749 offset=145553408 len=1024
read t=27338155749 offset=145553408 len=5120
read t=27389083749 offset=145438720 len=1024
read t=27438211749 offset=145438720 len=3072
read t=27488990749 offset=145699840 len=1024
read t=27538494749 offset=145699840 len=1024
read t=27670625749 offset=145671168 len=1024
read t=27673228749 offset=145671168 len=4096
read t=27738621749 offset=145623040 len=1024
read t=27739525749 offset=145623040 len=5120
read t=27771685749 offset=145605632 len=1024
read t=27789002749 offset=145529856 len=1024
read t=27838386749 offset=145605632 len=5120
read t=27888529749 offset=145529856 len=2048
read t=27990044749 offset=145664000 len=1024
read t=28038060749 offset=145664000 len=4096
read t=28058664749 offset=145595392 len=1024
read t=28088793749 offset=145542144 len=1024
read t=28100516749 offset=145553408 len=1024
read t=28138004749 offset=145595392 len=5120
read t=28188724749 offset=145542144 len=3072
read t=28237868749 offset=145553408 len=5120
read t=28257744749 offset=145549312 len=1024
read t=28289040749 offset=145532928 len=1024
read t=28318217749 offset=145438720 len=1024
read t=28338363749 offset=145699840 len=1024
read t=28398397749 offset=145557504 len=1024
read t=28406051749 offset=145591296 len=1024
read t=28438210749 offset=145549312 len=5120
read t=28488615749 offset=145532928 len=3072
read t=28538169749 offset=145438720 len=3072
read t=28588460749 offset=145699840 len=1024
read t=28638451749 offset=145557504 len=5120
read t=28688564749 offset=145591296 len=5120
read t=28738898749 offset=145526784 len=1024
read t=28838692749 offset=7863296 len=54272
read t=28889070749 offset=145542144 len=1024
read t=28938693749 offset=145529856 len=1024
read t=28989997749 offset=145671168 len=1024
read t=28990031749 offset=8648704 len=49152
read t=29038271749 offset=145526784 len=4096
read t=29093937749 offset=7916544 len=12288
read t=29138365749 offset=145542144 len=3072
read t=29188883749 offset=145529856 len=2048
read t=29242553749 offset=8696832 len=27648
read t=29288712749 offset=145671168 len=4096
read t=29339328749 offset=145549312 len=1024
read t=29398046749 offset=145618944 len=1024
read t=29439437749 offset=145636352 len=1024
read t=29489357749 offset=145699840 len=1024
read t=29540441749 offset=145438720 len=1024
read t=29590461749 offset=8624128 len=25600
read t=29638444749 offset=145549312 len=5120
read t=29688775749 offset=145618944 len=5120
read t=29738563749 offset=145636352 len=4096
read t=29788919749 offset=145699840 len=1024
read t=29838842749 offset=145438720 len=3072
read t=29939721749 offset=145623040 len=1024
read t=30041669749 offset=145553408 len=1024
read t=30067381749 offset=145609728 len=1024
read t=30088777749 offset=145529856 len=1024
read t=30139080749 offset=8723456 len=21504
read t=30189792749 offset=145623040 len=5120
read t=30238373749 offset=145553408 len=5120
read t=30288752749 offset=145609728 len=4096
read t=30338960749 offset=145529856 len=2048
read t=30390972749 offset=8743936 len=4096
read t=30439138749 offset=145534976 len=1024
read t=30543583749 offset=145549312 len=1024
read t=30590419749 offset=145557504 len=1024
read t=30590460749 offset=145699840 len=1024
read t=30590763749 offset=145568768 len=1024
read t=30639531749 offset=145438720 len=1024
read t=30688706749 offset=145534976 len=2048
read t=30738478749 offset=145549312 len=5120
read t=30788891749 offset=145557504 len=5120
read t=30838609749 offset=145699840 len=1024
read t=30888957749 offset=145568768 len=5120
read t=30938425749 offset=145438720 len=3072
read t=31142340749 offset=145553408 len=1024
read t=31163540749 offset=145609728 len=1024
read t=31240884749 offset=8525824 len=43008
read t=31241257749 offset=145671168 len=1024
read t=31241650749 offset=8743936 len=4096
read t=31244849749 offset=145623040 len=1024
read t=31288417749 offset=145553408 len=5120
read t=31338475749 offset=145609728 len=4096
read t=31392851749 offset=8567808 len=28672
read t=31438510749 offset=145671168 len=4096
read t=31538136749 offset=145623040 len=5120
read t=31690009749 offset=8595456 len=23552
read t=31742355749 offset=8747008 len=23552
read t=31745232749 offset=145618944 len=1024
read t=31788919749 offset=145539072 len=1024
read t=31839383749 offset=8617984 len=7168
read t=31942408749 offset=145618944 len=5120
read t=31973368749 offset=145670144 len=1024
read t=31988622749 offset=145539072 len=3072
read t=32042477749 offset=8617984 len=7168
read t=32047171749 offset=145549312 len=1024
read t=32050412749 offset=145438720 len=1024
read t=32089375749 offset=145536000 len=1024
read t=32134239749 offset=145553408 len=1024
read t=32137966749 offset=145670144 len=2048
read t=32188959749 offset=145699840 len=1024
read t=32288889749 offset=145549312 len=5120
read t=32338616749 offset=145438720 len=3072
read t=32388638749 offset=145536000 len=4096
read t=32438504749 offset=145553408 len=5120
read t=32489048749 offset=145548288 len=1024
read t=32538434749 offset=145699840 len=1024
read t=32657792749 offset=145623040 len=1024
read t=32746181749 offset=145526784 len=1024
read t=32788540749 offset=145548288 len=2048
read t=32840523749 offset=145539072 len=1024
read t=32840565749 offset=145612800 len=1024
read t=32840569749 offset=145438720 len=1024
read t=32888715749 offset=145623040 len=5120
read t=32938401749 offset=145526784 len=4096
read t=32989636749 offset=145670144 len=1024
read t=33038482749 offset=145438720 len=3072
read t=33088530749 offset=145539072 len=3072
read t=33138204749 offset=145612800 len=4096
read t=33239477749 offset=145549312 len=1024
read t=33288699749 offset=145670144 len=2048
read t=33338874749 offset=145671168 len=1024
read t=33391020749 offset=145699840 len=1024
read t=33488776749 offset=145549312 len=5120
read t=33539134749 offset=145548288 len=1024
read t=33588912749 offset=145671168 len=4096
read t=33638724749 offset=145699840 len=1024
read t=33738559749 offset=145548288 len=2048
read t=33838760749 offset=145623040 len=1024
read t=33843109749 offset=145553408 len=1024
read t=33937935749 offset=145623040 len=5120
read t=33963597749 offset=145609728 len=1024
read t=33988385749 offset=145553408 len=5120
read t=34042772749 offset=145438720 len=1024
read t=34088502749 offset=145609728 len=4096
read t=34188391749 offset=145438720 len=3072
read t=34288949749 offset=7927808 len=31744
read t=34295341749 offset=8769536 len=26624
read t=34297714749 offset=8491008 len=35840
read t=34366941749 offset=8418304 len=10240
read t=34447897749 offset=145529856 len=1024
read t=34490164749 offset=8427520 len=7168
read t=34538131749 offset=145529856 len=2048
read t=34589238749 offset=8427520 len=7168
read t=34608625749 offset=145549312 len=1024
read t=34639425749 offset=145671168 len=1024
read t=34738157749 offset=145549312 len=5120
read t=34787967749 offset=145671168 len=4096
read t=34799701749 offset=8375296 len=44032
read t=34838201749 offset=145526784 len=1024
read t=34839164749 offset=145536000 len=1024
read t=34843474749 offset=145623040 len=1024
read t=34889739749 offset=145553408 len=1024
read t=34941031749 offset=7958528 len=66560
read t=34987942749 offset=145526784 len=4096
read t=35038230749 offset=145536000 len=4096
read t=35088805749 offset=145623040 len=5120
read t=35138137749 offset=145553408 len=5120
read t=35191983749 offset=8024064 len=62464
read t=35238836749 offset=145699840 len=1024
read t=35339834749 offset=145438720 len=1024
read t=35488677749 offset=145699840 len=1024
read t=35538517749 offset=145438720 len=3072
read t=35590367749 offset=145534976 len=1024
read t=35593308749 offset=145609728 len=1024
read t=35639425749 offset=145671168 len=1024
read t=35639471749 offset=8152064 len=67584
read t=35688771749 offset=145534976 len=2048
read t=35738266749 offset=145609728 len=4096
read t=35791859749 offset=8218624 len=70656
read t=35838753749 offset=145671168 len=4096
read t=35891215749 offset=145549312 len=1024
read t=35993849749 offset=8288256 len=56320
read t=36057242749 offset=8795136 len=28672
read t=36057280749 offset=8433664 len=30720
read t=36088792749 offset=145549312 len=5120
read t=36141209749 offset=8343552 len=32768
read t=36194177749 offset=8463360 len=23552
read t=36291018749 offset=145605632 len=1024
read t=36343426749 offset=145526784 len=1024
read t=36396060749 offset=145623040 len=1024
read t=36425230749 offset=145670144 len=1024
read t=36438391749 offset=145605632 len=5120
read t=36489036749 offset=145526784 len=4096
read t=36538698749 offset=145623040 len=5120
read t=36588554749 offset=145670144 len=2048
read t=36640364749 offset=145438720 len=1024
read t=36689153749 offset=145699840 len=1024
read t=36760119749 offset=145553408 len=1024
read t=36788939749 offset=145548288 len=1024
read t=36838454749 offset=145438720 len=3072
read t=36888754749 offset=145699840 len=1024
read t=36938797749 offset=145553408 len=5120
read t=36988756749 offset=145548288 len=2048
read t=37089587749 offset=145549312 len=1024
read t=37089628749 offset=145671168 len=1024
read t=37238254749 offset=145549312 len=5120
read t=37288904749 offset=145671168 len=4096
read t=37394688749 offset=8822784 len=47104
read t=37400720749 offset=8747008 len=23552
read t=37402968749 offset=145526784 len=1024
read t=37450799749 offset=145618944 len=1024
read t=37503000749 offset=8085504 len=67584
read t=37540374749 offset=145526784 len=4096
read t=37589084749 offset=145618944 len=5120
read t=37861102749 offset=145623040 len=1024
read t=37865115749 offset=145623040 len=5120
read t=37866368749 offset=145536000 len=1024
read t=37888865749 offset=145536000 len=4096
read t=37938873749 offset=145699840 len=1024
read t=37988719749 offset=145699840 len=1024
read t=38040557749 offset=145609728 len=1024
read t=38088556749 offset=145609728 len=4096
read t=38138233749 offset=145612800 len=1024
read t=38188957749 offset=145612800 len=4096
read t=38239581749 offset=145438720 len=1024
read t=38288321749 offset=145438720 len=3072
read t=38338636749 offset=145671168 len=1024
read t=38388412749 offset=145671168 len=4096
read t=38464507749 offset=145440768 len=1024
read t=38488313749 offset=145440768 len=4096
read t=38603890749 offset=145549312 len=1024
read t=38605207749 offset=145549312 len=5120
read t=38638420749 offset=145526784 len=1024
read t=38688272749 offset=145526784 len=4096
read t=38739875749 offset=145623040 len=1024
read t=38788736749 offset=145623040 len=5120
read t=38838810749 offset=145529856 len=1024
read t=38888560749 offset=145529856 len=2048
read t=38939043749 offset=145699840 len=1024
read t=38988541749 offset=145699840 len=1024
read t=39262937749 offset=145609728 len=1024
read t=39269185749 offset=145609728 len=4096
read t=39270233749 offset=145612800 len=1024
read t=39270677749 offset=145612800 len=4096
read t=39364788749 offset=145670144 len=1024
read t=39369251749 offset=145670144 len=2048
read t=39427573749 offset=145548288 len=1024
read t=39464528749 offset=145548288 len=2048
read t=39515826749 offset=145664000 len=1024
read t=39559685749 offset=145549312 len=1024
read t=39564513749 offset=145664000 len=4096
read t=39614536749 offset=145549312 len=5120
read t=39665173749 offset=145539072 len=1024
read t=39715937749 offset=145623040 len=1024
read t=39764499749 offset=145539072 len=3072
read t=39814158749 offset=145623040 len=5120
read t=39864863749 offset=145699840 len=1024
read t=39915035749 offset=145536000 len=1024
read t=39964595749 offset=145699840 len=1024
read t=40014671749 offset=145536000 len=4096
read t=40065568749 offset=145629184 len=1024
read t=40115226749 offset=145612800 len=1024
read t=40164810749 offset=145629184 len=4096
read t=40214592749 offset=145612800 len=4096
read t=40265954749 offset=145469440 len=1024
read t=40315102749 offset=145440768 len=1024
read t=40364610749 offset=145469440 len=4096
read t=40416019749 offset=145440768 len=4096
read t=40464860749 offset=145671168 len=1024
read t=40517206749 offset=8868864 len=12288
read t=40564493749 offset=145671168 len=4096
read t=40616029749 offset=8880128 len=13312
read t=40666253749 offset=145670144 len=1024
read t=40718455749 offset=145553408 len=1024
read t=40764506749 offset=145670144 len=2048
read t=40814610749 offset=145553408 len=5120
read t=40865037749 offset=145526784 len=1024
read t=40928421749 offset=145549312 len=1024
read t=40964657749 offset=145526784 len=4096
read t=41014401749 offset=145549312 len=5120
read t=41064974749 offset=145699840 len=1024
read t=41165222749 offset=145699840 len=1024
read t=41218377749 offset=145548288 len=1024
read t=41218437749 offset=145609728 len=1024
read t=41264563749 offset=145548288 len=2048
read t=41314259749 offset=145609728 len=4096
read t=41369855749 offset=145664000 len=1024
read t=41414851749 offset=145534976 len=1024
read t=41464729749 offset=145664000 len=4096
read t=41514530749 offset=145534976 len=2048
read t=41566460749 offset=145670144 len=1024
read t=41618351749 offset=145605632 len=1024
read t=41665188749 offset=145670144 len=2048
read t=41714610749 offset=145605632 len=5120
read t=41765040749 offset=145526784 len=1024
read t=41817655749 offset=145440768 len=1024
read t=41864731749 offset=145526784 len=4096
read t=41914922749 offset=145440768 len=4096
read t=41965008749 offset=145699840 len=1024
read t=42064636749 offset=145699840 len=1024
read t=42117027749 offset=145671168 len=1024
read t=42123063749 offset=145548288 len=1024
read t=42164635749 offset=145671168 len=4096
read t=42214460749 offset=145548288 len=2048
read t=42270491749 offset=11576320 len=33792
read t=42318247749 offset=145549312 len=1024
read t=42414720749 offset=145549312 len=5120
read t=42470007749 offset=145612800 len=1024
read t=42513924749 offset=145612800 len=4096
read t=42564784749 offset=145536000 len=1024
read t=42568663749 offset=145609728 len=1024
read t=42614588749 offset=145536000 len=4096
read t=42664489749 offset=145609728 len=4096
read t=42774925749 offset=145618944 len=1024
read t=42775148749 offset=145440768 len=1024
read t=42814152749 offset=145618944 len=5120
read t=42864365749 offset=145440768 len=4096
read t=42964489749 offset=145699840 len=1024
read t=42973090749 offset=145438720 len=1024
read t=43014440749 offset=145699840 len=1024
read t=43064391749 offset=145438720 len=3072
read t=43114206749 offset=145671168 len=1024
read t=43165242749 offset=2884608 len=45056
read t=43214125749 offset=145671168 len=4096
read t=43283493749 offset=145670144 len=1024
read t=43318096749 offset=145612800 len=1024
read t=43364554749 offset=145670144 len=2048
read t=43414428749 offset=145612800 len=4096
read t=43632915749 offset=145605632 len=1024
read t=43637129749 offset=145605632 len=5120
read t=43678892749 offset=145549312 len=1024
read t=43680069749 offset=145549312 len=5120
read t=43807354749 offset=145623040 len=1024
read t=43813917749 offset=145623040 len=5120
read t=43820384749 offset=145553408 len=1024
read t=43864806749 offset=145553408 len=5120
read t=43914873749 offset=145440768 len=1024
read t=43938719749 offset=145609728 len=1024
read t=43964600749 offset=145440768 len=4096
read t=44014144749 offset=145609728 len=4096
read t=44065102749 offset=145699840 len=1024
read t=44125995749 offset=10226688 len=20480
read t=44164018749 offset=145699840 len=1024
read t=44215588749 offset=10246144 len=35840
read t=44266037749 offset=10989568 len=38912
read t=44266241749 offset=145671168 len=1024
read t=44317209749 offset=9939968 len=20480
read t=44414038749 offset=145671168 len=4096
read t=44418149749 offset=11527168 len=41984
read t=44467717749 offset=10480640 len=49152
read t=44468420749 offset=9959424 len=18432
read t=44569745749 offset=11568128 len=9216
read t=44615208749 offset=10528768 len=38912
read t=44715157749 offset=11568128 len=9216
read t=44766701749 offset=9462784 len=16384
read t=44771669749 offset=145438720 len=1024
read t=44816567749 offset=145618944 len=1024
read t=44825833749 offset=145549312 len=1024
read t=44865777749 offset=9478144 len=20480
read t=44913938749 offset=145438720 len=3072
read t=44942021749 offset=9413632 len=18432
read t=44963951749 offset=145618944 len=5120
read t=45014391749 offset=145549312 len=5120
read t=45070389749 offset=10280960 len=51200
read t=45114645749 offset=7298048 len=18432
read t=45165766749 offset=9431040 len=15360
read t=45242457749 offset=11027456 len=66560
read t=45317005749 offset=10331136 len=49152
read t=45365933749 offset=7315456 len=29696
read t=45466395749 offset=145591296 len=1024
read t=45470877749 offset=145440768 len=1024
read t=45614721749 offset=145591296 len=5120
read t=45664632749 offset=145440768 len=4096
read t=45714407749 offset=145529856 len=1024
read t=45764727749 offset=11092992 len=68608
read t=45764949749 offset=10929152 len=49152
read t=45765071749 offset=9804800 len=18432
read t=45765200749 offset=9923584 len=17408
read t=45765307749 offset=9395200 len=19456
read t=45814262749 offset=145529856 len=2048
read t=45870120749 offset=11489280 len=38912
read t=45915518749 offset=10977280 len=13312
read t=45965717749 offset=9822208 len=19456
read t=46114922749 offset=145699840 len=1024
read t=46171791749 offset=11160576 len=69632
read t=46215194749 offset=10977280 len=13312
read t=46270365749 offset=9907200 len=17408
read t=46270404749 offset=9859072 len=18432
read t=46277898749 offset=9767936 len=19456
read t=46314195749 offset=145699840 len=1024
read t=46369535749 offset=11229184 len=67584
read t=46465679749 offset=9876480 len=17408
read t=46518146749 offset=10566656 len=24576
read t=46567732749 offset=9786368 len=19456
read t=46615951749 offset=145553408 len=1024
read t=46615995749 offset=145557504 len=1024
read t=46615998749 offset=145568768 len=1024
read t=46668908749 offset=11431936 len=58368
read t=46716263749 offset=9840640 len=19456
read t=46767812749 offset=10590208 len=27648
read t=46768244749 offset=10379264 len=52224
read t=46816997749 offset=10694656 len=26624
read t=46864395749 offset=145553408 len=5120
read t=46914032749 offset=145557504 len=5120
read t=46964735749 offset=145568768 len=5120
read t=47019569749 offset=11362304 len=70656
read t=47117191749 offset=10785792 len=17408
read t=47166686749 offset=10430464 len=51200
read t=47215575749 offset=10720256 len=26624
read t=47264594749 offset=145671168 len=1024
read t=47316023749 offset=11722752 len=35840
read t=47365860749 offset=145565696 len=1024
read t=47428859749 offset=145440768 len=1024
read t=47530389749 offset=145438720 len=1024
read t=47615165749 offset=145671168 len=4096
read t=47714374749 offset=145565696 len=4096
read t=47764845749 offset=145440768 len=4096
read t=47814682749 offset=145438720 len=3072
read t=47867252749 offset=11609088 len=30720
read t=47868424749 offset=11767808 len=21504
read t=47869896749 offset=11686912 len=36864
read t=47969042749 offset=10745856 len=24576
read t=47969080749 offset=10802176 len=36864
read t=47969083749 offset=145699840 len=1024
read t=47969087749 offset=11295744 len=67584
read t=47969091749 offset=11757568 len=11264
read t=48014668749 offset=7255040 len=22528
read t=48074184749 offset=145612800 len=1024
read t=48162838749 offset=145557504 len=1024
read t=48215656749 offset=10769408 len=17408
read t=48355120749 offset=7835648 len=28672
read t=48413874749 offset=145699840 len=1024
read t=48466741749 offset=7276544 len=22528
read t=48514140749 offset=145612800 len=4096
read t=48564622749 offset=145557504 len=5120
read t=48676486749 offset=145605632 len=1024
read t=48713808749 offset=145671168 len=1024
read t=48770880749 offset=145591296 len=1024
read t=48865471749 offset=145440768 len=1024
read t=48913823749 offset=145605632 len=5120
read t=48964018749 offset=145671168 len=4096
read t=49013815749 offset=145591296 len=5120
read t=49063963749 offset=145440768 len=4096
read t=49118343749 offset=145534976 len=1024
read t=49165797749 offset=11873280 len=17408
read t=49214313749 offset=145529856 len=1024
read t=49249274749 offset=145620992 len=4096
read t=49264752749 offset=145699840 len=1024
read t=49313943749 offset=145534976 len=2048
read t=49410050749 offset=145568768 len=1024
read t=49414048749 offset=145529856 len=2048
read t=49427676749 offset=9445376 len=18432
read t=49465276749 offset=145694720 len=4096
read t=49514007749 offset=145699840 len=1024
read t=49613861749 offset=145568768 len=5120
read t=49730203749 offset=145612800 len=1024
read t=49765316749 offset=0 len=4096
read t=49813975749 offset=145671168 len=1024
read t=49814785749 offset=145557504 len=1024
read t=49815209749 offset=145553408 len=1024
read t=49815570749 offset=145561600 len=1024
read t=49815767749 offset=145534976 len=1024
read t=49864629749 offset=145529856 len=1024
read t=49913853749 offset=145612800 len=4096
read t=49964905749 offset=4096 len=4096
read t=50014611749 offset=145671168 len=4096
read t=50063976749 offset=145557504 len=5120
read t=50113976749 offset=145553408 len=5120
read t=50164614749 offset=145561600 len=5120
read t=50213918749 offset=145534976 len=2048
read t=50264397749 offset=145529856 len=2048
read t=50314848749 offset=145440768 len=1024
read t=50365153749 offset=145698816 len=4096
read t=50415535749 offset=11767808 len=21504
read t=50514438749 offset=145522688 len=1024
read t=50616922749 offset=145605632 len=1024
read t=50665214749 offset=145699840 len=1024
read t=50714348749 offset=145440768 len=4096
read t=50764815749 offset=145567744 len=4096
read t=50865638749 offset=145522688 len=3072
read t=50913854749 offset=145605632 len=5120
read t=50964377749 offset=145699840 len=1024
read t=51065368749 offset=145670144 len=4096
read t=51214248749 offset=145565696 len=1024
read t=51214774749 offset=145561600 len=1024
read t=51215082749 offset=145557504 len=1024
read t=51215734749 offset=145591296 len=1024
read t=51215947749 offset=145440768 len=1024
read t=51264476749 offset=145571840 len=4096
read t=51314122749 offset=145565696 len=4096
read t=51364185749 offset=145561600 len=5120
read t=51413801749 offset=145557504 len=5120
read t=51463918749 offset=145591296 len=5120
read t=51513754749 offset=145440768 len=4096
read t=51565301749 offset=145498112 len=4096
read t=51764763749 offset=145532928 len=1024
read t=51814055749 offset=145671168 len=1024
read t=51814410749 offset=145699840 len=1024
read t=51865109749 offset=145399808 len=4096
read t=51914006749 offset=145532928 len=3072
read t=51964834749 offset=145671168 len=4096
read t=52014108749 offset=145699840 len=1024
read t=52064952749 offset=145354752 len=4096
read t=52166408749 offset=12499968 len=33792
read t=52214703749 offset=145605632 len=1024
read t=52215177749 offset=145588224 len=1024
read t=52216408749 offset=11788288 len=41984
read t=52239202749 offset=145612800 len=1024
read t=52265102749 offset=145326080 len=4096
read t=52363982749 offset=145605632 len=5120
read t=52413751749 offset=145588224 len=4096
read t=52467338749 offset=11829248 len=23552
read t=52514038749 offset=145612800 len=4096
read t=52565046749 offset=145235968 len=4096
read t=52615003749 offset=145529856 len=1024
read t=52664841749 offset=145498112 len=1024
read t=52715083749 offset=145440768 len=1024
read t=52814675749 offset=145203200 len=4096
read t=52864353749 offset=145529856 len=2048
read t=52913820749 offset=145498112 len=3072
read t=52963847749 offset=145440768 len=4096
read t=53014798749 offset=145195008 len=4096
read t=53065549749 offset=145553408 len=1024
read t=53114279749 offset=145699840 len=1024
read t=53164638749 offset=11851776 len=22528
read t=53214827749 offset=145215488 len=4096
read t=53264717749 offset=145553408 len=5120
read t=53314069749 offset=145699840 len=1024
read t=53366657749 offset=11851776 len=22528
read t=53414925749 offset=144121856 len=4096
read t=53516662749 offset=145674240 len=1024
read t=53516703749 offset=145605632 len=1024
read t=53615059749 offset=16384 len=4096
read t=53664429749 offset=145605632 len=5120
read t=53713932749 offset=145674240 len=3072
read t=53764730749 offset=32768 len=4096
read t=53814777749 offset=145534976 len=1024
read t=53867491749 offset=145671168 len=1024
read t=53914628749 offset=65536 len=4096
read t=53964674749 offset=145534976 len=2048
read t=54013911749 offset=145671168 len=4096
read t=54065057749 offset=131072 len=4096
read t=54166098749 offset=11576320 len=33792
read t=54168387749 offset=11873280 len=17408
read t=54214994749 offset=262144 len=4096
read t=54350548749 offset=11889664 len=41984
read t=54365068749 offset=524288 len=4096
read t=54388091749 offset=145588224 len=1024
read t=54419427749 offset=145440768 len=1024
read t=54465059749 offset=1048576 len=4096
read t=54514400749 offset=145588224 len=4096
read t=54564859749 offset=145440768 len=4096
read t=54614745749 offset=2097152 len=4096
read t=54714928749 offset=11930624 len=56320
read t=54716826749 offset=11609088 len=30720
read t=54765269749 offset=4194304 len=4096
read t=54816328749 offset=11985920 len=61440
read t=54918399749 offset=12288 len=4096
read t=54967233749 offset=12046336 len=26624
read t=54980662749 offset=145670144 len=1024
read t=54986767749 offset=145612800 len=1024
read t=55014738749 offset=28672 len=4096
read t=55068673749 offset=12071936 len=12288
read t=55164798749 offset=145612800 len=4096
read t=55214235749 offset=61440 len=4096
read t=55265465749 offset=12083200 len=12288
read t=55315439749 offset=145699840 len=1024
read t=55366436749 offset=8192 len=4096
read t=55366478749 offset=20480 len=8192
read t=55366482749 offset=36864 len=24576
read t=55366486749 offset=69632 len=61440
read t=55367414749 offset=135168 len=126976
read t=55415496749 offset=12094464 len=16384
read t=55464457749 offset=145699840 len=1024
read t=55717504749 offset=266240 len=258048
read t=55765710749 offset=12109824 len=30720
read t=55815194749 offset=11638784 len=49152
read t=55866968749 offset=144965632 len=229376
read t=55867000749 offset=145199104 len=4096
read t=55867004749 offset=145207296 len=8192
read t=55867006749 offset=145219584 len=8192
read t=55915589749 offset=12139520 len=32768
read t=56079107749 offset=11686912 len=36864
read t=56166414749 offset=145227776 len=8192
read t=56166764749 offset=145240064 len=86016
read t=56166908749 offset=145330176 len=24576
read t=56167052749 offset=145358848 len=40960
read t=56167333749 offset=145403904 len=86016
read t=56216902749 offset=12171264 len=21504
read t=56565814749 offset=12191744 len=21504
read t=56617363749 offset=145670144 len=2048
read t=56617406749 offset=12212224 len=22528
read t=56665297749 offset=12233728 len=20480
read t=56765800749 offset=12253184 len=21504
read t=56816097749 offset=12273664 len=17408
read t=56865626749 offset=145526784 len=1024
read t=56866022749 offset=12290048 len=16384
read t=56967277749 offset=12305408 len=17408
read t=57016385749 offset=12321792 len=21504
read t=57066038749 offset=145526784 len=4096
read t=57066509749 offset=12342272 len=5120
read t=57126375749 offset=145568768 len=1024
read t=57165997749 offset=12342272 len=5120
read t=57180708749 offset=145605632 len=1024
read t=57185887749 offset=145671168 len=1024
read t=57213884749 offset=145568768 len=5120
read t=57317913749 offset=145605632 len=5120
read t=57364146749 offset=145671168 len=4096
read t=57552927749 offset=11873280 len=17408
read t=57566390749 offset=145549312 len=1024
read t=57616561749 offset=145549312 len=5120
read t=57665361749 offset=145553408 len=1024
read t=57669504749 offset=145440768 len=1024
read t=57713842749 offset=145553408 len=5120
read t=57764452749 offset=145440768 len=4096
read t=57814836749 offset=145529856 len=1024
read t=57865744749 offset=12346368 len=40960
read t=57865779749 offset=10838016 len=45056
read t=57914021749 offset=145529856 len=2048
read t=57966094749 offset=10882048 len=48128
read t=58017494749 offset=12386304 len=23552
read t=58065251749 offset=145699840 len=1024
read t=58214123749 offset=145699840 len=1024
read t=58264685749 offset=145438720 len=1024
read t=58265725749 offset=12408832 len=41984
read t=58313899749 offset=145438720 len=3072
read t=58368705749 offset=12449792 len=28672
read t=58414986749 offset=905216 len=60416
read t=58465772749 offset=12477440 len=22528
read t=58566517749 offset=12498944 len=2048
read t=58614416749 offset=12498944 len=2048
read t=58668441749 offset=145623040 len=1024
read t=58724363749 offset=145623040 len=5120
read t=58797997749 offset=145591296 len=1024
read t=58801746749 offset=145476608 len=1024
read t=58814260749 offset=145591296 len=5120
read t=58864642749 offset=145476608 len=3072
read t=58915048749 offset=145557504 len=1024
read t=59014199749 offset=145557504 len=5120
read t=59065067749 offset=145440768 len=1024
read t=59114054749 offset=145440768 len=4096
read t=59168571749 offset=145671168 len=1024
read t=59214560749 offset=145671168 len=4096
read t=59267113749 offset=12532736 len=28672
read t=59289624749 offset=37053440 len=39936
read t=59382397749 offset=13200384 len=28672
read t=59485237749 offset=145549312 len=1024
read t=59490592749 offset=145549312 len=5120
read t=59515049749 offset=145526784 len=1024
read t=59564594749 offset=145526784 len=4096
read t=59614118749 offset=145699840 len=1024
read t=59664329749 offset=145699840 len=1024
read t=59713957749 offset=145679360 len=1024
read t=59764187749 offset=145679360 len=3072
read t=59816617749 offset=145363968 len=66560
read t=59867054749 offset=12560384 len=50176
read t=59923891749 offset=13116416 len=19456
read t=59971042749 offset=145618944 len=1024
read t=60014512749 offset=145618944 len=5120
read t=60065249749 offset=145623040 len=1024
read t=60114207749 offset=145623040 len=5120
read t=60165028749 offset=145536000 len=1024
read t=60214130749 offset=145536000 len=4096
read t=60266415749 offset=13134848 len=43008
read t=60319316749 offset=13176832 len=24576
read t=60371440749 offset=12609536 len=49152
read t=60416972749 offset=12657664 len=70656
read t=60470979749 offset=12727296 len=72704
read t=60516977749 offset=12798976 len=71680
read t=60566831749 offset=12869632 len=72704
read t=60621568749 offset=13012992 len=59392
read t=60667437749 offset=13071360 len=46080
read t=60728863749 offset=12941312 len=72704
read t=60793060749 offset=145671168 len=1024
read t=60814042749 offset=145671168 len=4096
read t=60897684749 offset=145553408 len=1024
read t=60914413749 offset=145553408 len=5120
read t=60965093749 offset=145440768 len=1024
read t=61014453749 offset=145440768 len=4096
end files=425 reads=1066
