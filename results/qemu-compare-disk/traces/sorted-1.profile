liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 1051
dropped 0
boots 1
duration_ns 55883999386
file /usr/lib/systemd/systemd inode=5910 t=6344997196 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=6892618196 kinds=block pages=0-52 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7293374196 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7396251196 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=7693481196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/dash inode=306 t=7693481196 kinds=fragment-inferred,block pages=0-30 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=7744753196 kinds=block pages=0-470 count=15
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8093499196 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8152171196 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8198055196 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8253462196 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8296772196 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8296772196 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8345571196 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=8444170196 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8741905196 kinds=block pages=0-86 count=4
file /usr/lib/modprobe.d/aliases.conf inode=653 t=8844334196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=8844334196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=8844334196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=8844334196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=8844334196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=8844334196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=8844334196 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=8844334196 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=8844334196 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=8894589196 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=8993388196 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9194120196 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9292876196 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9593241196 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9694121196 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9793154196 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=9896166196 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10093470196 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=14646636196 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=14744342196 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=14844423196 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=15192285196 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=15943506196 kinds=fragment-inferred,block pages=0-27 count=3
file /etc/hostname inode=90 t=16001931196 kinds=fragment-inferred,block pages=0 count=3
file /etc/machine-id inode=112 t=16001931196 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system.conf inode=213 t=16001931196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=16001931196 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=16001931196 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/os-release inode=5577 t=16001931196 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=16001931196 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/kmod inode=384 t=16991663196 kinds=block pages=0-43 count=4
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=19259169196 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=19259169196 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=19259169196 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=19259169196 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=19283338196 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=19283338196 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=19283338196 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=19283338196 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=19283338196 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=19283338196 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/system/liveopt-marker.service inode=199 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/basic.target inode=5621 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/fstrim.service inode=5653 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty-static.service inode=5656 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty.target inode=5657 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty@.service inode=5660 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/graphical.target inode=5661 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd.target inode=5682 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/local-fs.target inode=5691 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/multi-user.target inode=5695 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network-online.target inode=5702 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network-pre.target inode=5703 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network.target inode=5704 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/paths.target inode=5708 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/poweroff.target inode=5709 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/reboot.target inode=5720 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rescue.service inode=5725 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rescue.target inode=5726 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/slices.target inode=5746 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sysinit.target inode=5764 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/time-set.target inode=5872 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/time-sync.target inode=5873 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/timers.target inode=5874 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/user.slice inode=5883 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=19387333196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=19387333196 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=19387333196 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/bin/mount inode=423 t=30204514196 kinds=fragment-inferred,block pages=0-14 count=4
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/emergency.service inode=5647 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/emergency.target inode=5648 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/shutdown.target inode=5743 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sockets.target inode=5748 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/swap.target inode=5759 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/syslog.socket inode=5795 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/umount.target inode=5878 t=30204514196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=30204514196 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/systemd/systemd-journald inode=5924 t=31613144196 kinds=block pages=0-41 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=32017513196 kinds=block pages=0-100 count=9
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32018844196 kinds=block pages=0-105 count=7
file /etc/modules inode=115 t=32314288196 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/journald.conf inode=189 t=32314288196 kinds=fragment-inferred,block pages=0 count=4
file /etc/udev/udev.conf inode=223 t=32314288196 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=32314288196 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-modules-load inode=5929 t=32314288196 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-random-seed inode=5936 t=32314288196 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=32314288196 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-sysctl inode=5944 t=32314288196 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=32318158196 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/udevadm inode=546 t=34669836196 kinds=block pages=0-330 count=12
file /etc/group inode=85 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /etc/nsswitch.conf inode=120 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /etc/passwd inode=141 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/systemd-sysusers inode=520 t=35127335196 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/basic.conf inode=5985 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=35127335196 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/journalctl inode=382 t=35135426196 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=36379600196 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=37968038196 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=37968038196 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=39749593196 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=43
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=41551057196 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/systemd/network/99-default.link inode=5613 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=41551057196 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=41551057196 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=41551057196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=41551057196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=41551057196 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=41551057196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=41551057196 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=41551057196 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=45454253196 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=45454253196 kinds=fragment-inferred,block pages=0-2 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=45454253196 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/udev/hwclock-set inode=6069 t=45454253196 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=45454545196 kinds=fragment-inferred,block pages=0-7 count=7
file /usr/lib/systemd/system/rc-local.service inode=5715 t=45454545196 kinds=fragment-inferred,block pages=0 count=7
file /usr/lib/udev/ata_id inode=6065 t=45454545196 kinds=fragment-inferred,block pages=0-16 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=45505777196 kinds=fragment-inferred,block pages=0-6 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=45505777196 kinds=fragment-inferred,block pages=0-21 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=45604336196 kinds=fragment-inferred,block pages=0-13 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=45604336196 kinds=fragment-inferred,block pages=0-8 count=5
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=45604336196 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=45604336196 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=45798230196 kinds=block pages=0-46 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=45930850196 kinds=block pages=0-95 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=45970010196 kinds=fragment-inferred,block pages=0-11 count=5
file /usr/lib/udev/cdrom_id inode=6066 t=45970010196 kinds=fragment-inferred,block pages=0-19 count=5
file /usr/lib/udev/dmi_memory_id inode=6067 t=48257875196 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=49065756196 kinds=block pages=0-580 count=21
file /usr/bin/addpart inode=268 t=52054253196 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=52054253196 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=52054287196 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=52054287196 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=52054742196 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=52054742196 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=52054742196 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=52054742196 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=52054742196 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=52054959196 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=52054959196 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=52054959196 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=52054959196 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=52054959196 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=52054959196 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=52054959196 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/chattr inode=289 t=52054959196 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=52054959196 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=52330548196 kinds=block pages=0-63 count=3
file /usr/bin/chfn inode=291 t=52356144196 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=52356144196 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=52356144196 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=52356144196 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=52356144196 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=52356144196 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=52356144196 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=52356144196 kinds=block pages=0-34 count=1
file /usr/bin/bash inode=283 t=52463266196 kinds=block pages=0-308 count=16
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=52525500196 kinds=block pages=0-97 count=6
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=52703888196 kinds=block pages=0-49 count=4
file /usr/bin/systemctl inode=495 t=53206255196 kinds=block pages=0-330 count=12
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=53375752196 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=53375752196 kinds=fragment-inferred,block pages=0-16 count=3
file /etc/e2scrub.conf inode=81 t=54006094196 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/readlink inode=454 t=54006094196 kinds=fragment-inferred,block pages=0-12 count=3
file /usr/bin/sleep inode=486 t=54006094196 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/sbin/e2scrub_all inode=7374 t=54006094196 kinds=fragment-inferred,block pages=0-1 count=3
read t=4747060196 offset=0 len=4096
read t=4755621196 offset=4096 len=4096
read t=4756872196 offset=12288 len=4096
read t=5388691196 offset=0 len=1024
read t=5390490196 offset=145689600 len=1024
read t=5390756196 offset=145689600 len=1024
read t=5391268196 offset=145670144 len=1024
read t=5441342196 offset=145537024 len=1024
read t=5491134196 offset=145537024 len=3072
read t=5552102196 offset=145689600 len=1024
read t=5590718196 offset=145689600 len=1024
read t=5666120196 offset=145656832 len=1024
read t=5690521196 offset=145656832 len=4096
read t=5741530196 offset=145531904 len=1024
read t=5790848196 offset=145531904 len=4096
read t=5843331196 offset=145648640 len=1024
read t=5890957196 offset=145648640 len=5120
read t=5941596196 offset=145652736 len=1024
read t=5990847196 offset=145652736 len=5120
read t=6041474196 offset=145482752 len=1024
read t=6090862196 offset=145482752 len=4096
read t=6146307196 offset=145539072 len=1024
read t=6190893196 offset=145539072 len=5120
read t=6326964196 offset=145668096 len=1024
read t=6327356196 offset=145668096 len=3072
read t=6344997196 offset=133222400 len=31744
read t=6394922196 offset=145527808 len=1024
read t=6441255196 offset=145527808 len=4096
read t=6491214196 offset=145689600 len=1024
read t=6540612196 offset=145689600 len=1024
read t=6590915196 offset=145591296 len=1024
read t=6640810196 offset=145591296 len=4096
read t=6691574196 offset=145537024 len=1024
read t=6740873196 offset=145537024 len=3072
read t=6791507196 offset=145531904 len=1024
read t=6841206196 offset=145531904 len=4096
read t=6892618196 offset=132252672 len=74752
read t=6949801196 offset=132326400 len=25600
read t=7007882196 offset=145656832 len=1024
read t=7040847196 offset=145656832 len=4096
read t=7091047196 offset=145652736 len=1024
read t=7140758196 offset=145652736 len=5120
read t=7192995196 offset=145633280 len=1024
read t=7241025196 offset=145633280 len=5120
read t=7293374196 offset=133253120 len=34816
read t=7346764196 offset=133866496 len=9216
read t=7396251196 offset=133874688 len=54272
read t=7449300196 offset=135187456 len=10240
read t=7510635196 offset=133927936 len=34816
read t=7542897196 offset=133961728 len=21504
read t=7597257196 offset=145668096 len=1024
read t=7640862196 offset=145668096 len=3072
read t=7693481196 offset=132193280 len=60416
read t=7744753196 offset=132350976 len=55296
read t=7797290196 offset=133134336 len=24576
read t=7847724196 offset=132405248 len=62464
read t=7895396196 offset=145482752 len=1024
read t=7940820196 offset=145482752 len=4096
read t=7991076196 offset=145689600 len=1024
read t=8040635196 offset=145689600 len=1024
read t=8093499196 offset=135196672 len=45056
read t=8152171196 offset=135240704 len=26624
read t=8198055196 offset=135266304 len=44032
read t=8253462196 offset=135309312 len=47104
read t=8296772196 offset=135355392 len=46080
read t=8345571196 offset=135400448 len=58368
read t=8395664196 offset=135457792 len=17408
read t=8444170196 offset=135474176 len=48128
read t=8502178196 offset=135584768 len=52224
read t=8542267196 offset=135635968 len=3072
read t=8591151196 offset=135635968 len=3072
read t=8645307196 offset=145534976 len=1024
read t=8690876196 offset=145534976 len=3072
read t=8741905196 offset=135638016 len=54272
read t=8797075196 offset=135753728 len=29696
read t=8844334196 offset=135782400 len=43008
read t=8894589196 offset=135824384 len=47104
read t=8944953196 offset=135870464 len=34816
read t=8993388196 offset=135904256 len=47104
read t=9045857196 offset=136349696 len=43008
read t=9093829196 offset=136391680 len=10240
read t=9141368196 offset=136391680 len=10240
read t=9194120196 offset=136400896 len=58368
read t=9243585196 offset=136458240 len=6144
read t=9292876196 offset=136463360 len=59392
read t=9345447196 offset=138192896 len=13312
read t=9391730196 offset=138205184 len=4096
read t=9441248196 offset=138205184 len=4096
read t=9492880196 offset=136521728 len=34816
read t=9542712196 offset=136555520 len=18432
read t=9593241196 offset=138208256 len=55296
read t=9649988196 offset=138469376 len=40960
read t=9694121196 offset=138509312 len=63488
read t=9743779196 offset=138571776 len=30720
read t=9793154196 offset=138601472 len=51200
read t=9845354196 offset=138995712 len=47104
read t=9896166196 offset=139041792 len=68608
read t=9943585196 offset=139252736 len=20480
read t=9992925196 offset=139109376 len=52224
read t=10042069196 offset=139160576 len=53248
read t=10093470196 offset=139272192 len=56320
read t=10143866196 offset=139327488 len=10240
read t=10196700196 offset=133286912 len=20480
read t=10241773196 offset=133306368 len=49152
read t=10293600196 offset=132651008 len=46080
read t=10342038196 offset=132696064 len=67584
read t=10393248196 offset=132585472 len=66560
read t=10446361196 offset=132833280 len=58368
read t=10492024196 offset=132890624 len=69632
read t=10543611196 offset=133044224 len=45056
read t=10592253196 offset=133088256 len=47104
read t=10644667196 offset=138651648 len=60416
read t=10692429196 offset=138711040 len=55296
read t=10743677196 offset=138765312 len=55296
read t=10792221196 offset=138819584 len=89088
read t=10843927196 offset=138262528 len=57344
read t=10892345196 offset=138318848 len=39936
read t=10943341196 offset=138130432 len=34816
read t=10992024196 offset=138164224 len=17408
read t=11044847196 offset=136572928 len=19456
read t=11091818196 offset=136591360 len=19456
read t=11148725196 offset=138180608 len=13312
read t=11193537196 offset=136609792 len=18432
read t=11242792196 offset=136627200 len=40960
read t=11292350196 offset=136667136 len=63488
read t=11354621196 offset=135950336 len=66560
read t=11392467196 offset=136015872 len=39936
read t=11443925196 offset=135691264 len=63488
read t=11495020196 offset=135521280 len=64512
read t=11545271196 offset=135153664 len=34816
read t=11593217196 offset=133982208 len=43008
read t=11642771196 offset=134024192 len=63488
read t=11703542196 offset=133827584 len=32768
read t=11741686196 offset=133859328 len=7168
read t=11792200196 offset=133865472 len=2048
read t=11847342196 offset=132959232 len=49152
read t=11894175196 offset=132762624 len=71680
read t=11949141196 offset=132466688 len=64512
read t=11993951196 offset=133007360 len=37888
read t=12043714196 offset=137336832 len=62464
read t=12092617196 offset=137398272 len=60416
read t=12144924196 offset=137896960 len=68608
read t=12192876196 offset=137964544 len=43008
read t=12245303196 offset=132530176 len=56320
read t=12295783196 offset=145422336 len=1024
read t=12340670196 offset=145422336 len=3072
read t=12391368196 offset=145539072 len=1024
read t=12440793196 offset=145539072 len=5120
read t=12498742196 offset=145531904 len=1024
read t=12540811196 offset=145531904 len=4096
read t=12591073196 offset=134534144 len=65536
read t=12643433196 offset=134598656 len=65536
read t=12702598196 offset=134909952 len=53248
read t=12743602196 offset=134962176 len=35840
read t=12793855196 offset=134996992 len=39936
read t=12841951196 offset=135035904 len=26624
read t=12893767196 offset=134467584 len=67584
read t=12944296196 offset=134408192 len=60416
read t=12998927196 offset=135061504 len=49152
read t=13045888196 offset=145656832 len=1024
read t=13090838196 offset=145656832 len=4096
read t=13143670196 offset=145652736 len=1024
read t=13190893196 offset=145652736 len=5120
read t=13241917196 offset=134279168 len=66560
read t=13292287196 offset=134344704 len=64512
read t=13349409196 offset=133530624 len=63488
read t=13392419196 offset=133593088 len=60416
read t=13444107196 offset=133755904 len=31744
read t=13492197196 offset=133786624 len=41984
read t=13544811196 offset=133711872 len=45056
read t=13623308196 offset=133410816 len=63488
read t=13643367196 offset=133473280 len=58368
read t=13702611196 offset=134086656 len=64512
read t=13756879196 offset=145527808 len=1024
read t=13790946196 offset=145527808 len=4096
read t=13841581196 offset=145591296 len=1024
read t=13890848196 offset=145591296 len=4096
read t=13941102196 offset=145482752 len=1024
read t=13991565196 offset=145482752 len=4096
read t=14041302196 offset=145689600 len=1024
read t=14091113196 offset=145689600 len=1024
read t=14141180196 offset=145534976 len=1024
read t=14190511196 offset=145534976 len=3072
read t=14242169196 offset=145633280 len=1024
read t=14290824196 offset=145633280 len=5120
read t=14341746196 offset=145668096 len=1024
read t=14390863196 offset=145668096 len=3072
read t=14447054196 offset=145537024 len=1024
read t=14490945196 offset=145537024 len=3072
read t=14541564196 offset=145648640 len=1024
read t=14590818196 offset=145648640 len=5120
read t=14646636196 offset=139336704 len=20480
read t=14692430196 offset=139356160 len=17408
read t=14744342196 offset=139433984 len=28672
read t=14792902196 offset=139461632 len=30720
read t=14844423196 offset=139646976 len=30720
read t=14892684196 offset=139676672 len=32768
read t=14948126196 offset=139410432 len=15360
read t=14991993196 offset=139424768 len=10240
read t=15041635196 offset=139424768 len=10240
read t=15096066196 offset=145641472 len=1024
read t=15140896196 offset=145641472 len=5120
read t=15192285196 offset=139830272 len=25600
read t=15256828196 offset=145531904 len=1024
read t=15291034196 offset=145531904 len=4096
read t=15341354196 offset=134663168 len=61440
read t=15398488196 offset=139372544 len=20480
read t=15443639196 offset=145637376 len=1024
read t=15490888196 offset=145637376 len=5120
read t=15541028196 offset=145689600 len=1024
read t=15590621196 offset=145689600 len=1024
read t=15640710196 offset=145534976 len=1024
read t=15690457196 offset=145534976 len=3072
read t=15740992196 offset=145633280 len=1024
read t=15790773196 offset=145633280 len=5120
read t=15840810196 offset=145668096 len=1024
read t=15890558196 offset=145668096 len=3072
read t=15943506196 offset=139854848 len=22528
read t=16001931196 offset=139876352 len=26624
read t=16058684196 offset=139392000 len=19456
read t=16092141196 offset=145537024 len=1024
read t=16140826196 offset=145537024 len=3072
read t=16191411196 offset=145648640 len=1024
read t=16240595196 offset=145648640 len=5120
read t=16291432196 offset=145641472 len=1024
read t=16340931196 offset=145641472 len=5120
read t=16421507196 offset=145652736 len=1024
read t=16440724196 offset=145652736 len=5120
read t=16490974196 offset=145485824 len=1024
read t=16540825196 offset=145485824 len=4096
read t=16590872196 offset=145689600 len=1024
read t=16640725196 offset=145689600 len=1024
read t=16690942196 offset=145656832 len=1024
read t=16740733196 offset=145656832 len=4096
read t=16790912196 offset=145531904 len=1024
read t=16840794196 offset=145531904 len=4096
read t=16891868196 offset=145534976 len=1024
read t=16940475196 offset=145534976 len=3072
read t=16991663196 offset=139901952 len=60416
read t=17043790196 offset=139961344 len=15360
read t=17110320196 offset=145633280 len=1024
read t=17140794196 offset=145633280 len=5120
read t=17199667196 offset=139632640 len=15360
read t=17246902196 offset=137768960 len=58368
read t=17293241196 offset=137826304 len=71680
read t=17355918196 offset=145648640 len=1024
read t=17390977196 offset=145648640 len=5120
read t=17442654196 offset=134150144 len=65536
read t=17494861196 offset=145641472 len=1024
read t=17540843196 offset=145641472 len=5120
read t=17591366196 offset=145668096 len=1024
read t=17640850196 offset=145668096 len=3072
read t=17694082196 offset=134214656 len=65536
read t=17757490196 offset=145652736 len=1024
read t=17790992196 offset=145652736 len=5120
read t=17841476196 offset=145689600 len=1024
read t=17890889196 offset=145689600 len=1024
read t=17943718196 offset=145422336 len=1024
read t=17990855196 offset=145422336 len=3072
read t=18054298196 offset=145531904 len=1024
read t=18090829196 offset=145531904 len=4096
read t=18141429196 offset=134845440 len=65536
read t=18195733196 offset=134723584 len=61440
read t=18242423196 offset=134784000 len=62464
read t=18341502196 offset=145656832 len=1024
read t=18341975196 offset=145656832 len=4096
read t=18399111196 offset=145539072 len=1024
read t=18439585196 offset=145539072 len=5120
read t=18500308196 offset=133354496 len=57344
read t=18594734196 offset=145648640 len=1024
read t=18595130196 offset=145648640 len=5120
read t=18641292196 offset=145474560 len=1024
read t=18690790196 offset=145474560 len=3072
read t=18754095196 offset=145641472 len=1024
read t=18790849196 offset=145641472 len=5120
read t=18841100196 offset=145534976 len=1024
read t=18890615196 offset=145534976 len=3072
read t=18941240196 offset=145689600 len=1024
read t=18990897196 offset=145689600 len=1024
read t=19049440196 offset=145637376 len=1024
read t=19090862196 offset=145637376 len=5120
read t=19142082196 offset=145668096 len=1024
read t=19190888196 offset=145668096 len=3072
read t=19259169196 offset=139975680 len=32768
read t=19283338196 offset=140007424 len=23552
read t=19387333196 offset=140029952 len=27648
read t=19795775196 offset=145652736 len=1024
read t=19829474196 offset=145652736 len=5120
read t=19869111196 offset=136207360 len=68608
read t=19876976196 offset=139212800 len=40960
read t=19893278196 offset=136274944 len=75776
read t=19912313196 offset=145656832 len=1024
read t=19934373196 offset=145422336 len=1024
read t=19947605196 offset=145656832 len=4096
read t=19997688196 offset=145422336 len=3072
read t=20098960196 offset=145539072 len=1024
read t=20147905196 offset=145539072 len=5120
read t=20198536196 offset=145659904 len=1024
read t=20247993196 offset=145659904 len=3072
read t=20300161196 offset=145641472 len=1024
read t=20348273196 offset=145641472 len=5120
read t=20398894196 offset=145534976 len=1024
read t=20447541196 offset=145534976 len=3072
read t=20497852196 offset=145689600 len=1024
read t=20547929196 offset=145689600 len=1024
read t=20598167196 offset=145637376 len=1024
read t=20648012196 offset=145637376 len=5120
read t=20698975196 offset=145648640 len=1024
read t=20747925196 offset=145648640 len=5120
read t=20798166196 offset=145537024 len=1024
read t=20847943196 offset=145537024 len=3072
read t=20898333196 offset=145645568 len=1024
read t=20948025196 offset=145645568 len=4096
read t=20998092196 offset=145474560 len=1024
read t=21048038196 offset=145474560 len=3072
read t=21102065196 offset=145539072 len=1024
read t=21148137196 offset=145539072 len=5120
read t=21198159196 offset=145422336 len=1024
read t=21247984196 offset=145422336 len=3072
read t=21298144196 offset=145659904 len=1024
read t=21347985196 offset=145659904 len=3072
read t=21398871196 offset=145689600 len=1024
read t=21447642196 offset=145689600 len=1024
read t=21498772196 offset=145534976 len=1024
read t=21547765196 offset=145534976 len=3072
read t=21597966196 offset=145668096 len=1024
read t=21647614196 offset=145668096 len=3072
read t=21700419196 offset=145637376 len=1024
read t=21748020196 offset=145637376 len=5120
read t=21799965196 offset=145645568 len=1024
read t=21848022196 offset=145645568 len=4096
read t=21903243196 offset=145648640 len=1024
read t=21947697196 offset=145648640 len=5120
read t=22000260196 offset=145539072 len=1024
read t=22047761196 offset=145539072 len=5120
read t=22098250196 offset=145422336 len=1024
read t=22147771196 offset=145422336 len=3072
read t=22197782196 offset=145659904 len=1024
read t=22247863196 offset=145659904 len=3072
read t=22299456196 offset=145474560 len=1024
read t=22347652196 offset=145474560 len=3072
read t=22397989196 offset=145689600 len=1024
read t=22447834196 offset=145689600 len=1024
read t=22499026196 offset=145534976 len=1024
read t=22548043196 offset=145534976 len=3072
read t=22598139196 offset=145668096 len=1024
read t=22648043196 offset=145668096 len=3072
read t=22699332196 offset=145637376 len=1024
read t=22748014196 offset=145637376 len=5120
read t=22798907196 offset=145645568 len=1024
read t=22848069196 offset=145645568 len=4096
read t=22898054196 offset=145648640 len=1024
read t=22948075196 offset=145648640 len=5120
read t=23003650196 offset=145539072 len=1024
read t=23046868196 offset=145539072 len=5120
read t=23099205196 offset=145652736 len=1024
read t=23147680196 offset=145652736 len=5120
read t=23198266196 offset=145422336 len=1024
read t=23247977196 offset=145422336 len=3072
read t=23297809196 offset=145689600 len=1024
read t=23347971196 offset=145689600 len=1024
read t=23415395196 offset=145531904 len=1024
read t=23447842196 offset=145531904 len=4096
read t=23498157196 offset=133652480 len=60416
read t=23595808196 offset=145471488 len=1024
read t=23596469196 offset=145471488 len=4096
read t=23649713196 offset=145534976 len=1024
read t=23697685196 offset=145534976 len=3072
read t=23748195196 offset=145668096 len=1024
read t=23797711196 offset=145668096 len=3072
read t=23849056196 offset=145645568 len=1024
read t=23897552196 offset=145645568 len=4096
read t=23960202196 offset=145474560 len=1024
read t=23997741196 offset=145474560 len=3072
read t=24057430196 offset=145648640 len=1024
read t=24097741196 offset=145648640 len=5120
read t=24158569196 offset=145665024 len=1024
read t=24197844196 offset=145665024 len=4096
read t=24249706196 offset=145689600 len=1024
read t=24297731196 offset=145689600 len=1024
read t=24356028196 offset=145637376 len=1024
read t=24397595196 offset=145637376 len=5120
read t=24449267196 offset=145471488 len=1024
read t=24497939196 offset=145471488 len=4096
read t=24549175196 offset=145534976 len=1024
read t=24597425196 offset=145534976 len=3072
read t=24648029196 offset=145668096 len=1024
read t=24697823196 offset=145668096 len=3072
read t=24749313196 offset=145645568 len=1024
read t=24797678196 offset=145645568 len=4096
read t=24849285196 offset=145474560 len=1024
read t=24897788196 offset=145474560 len=3072
read t=24950293196 offset=145537024 len=1024
read t=24997149196 offset=145537024 len=3072
read t=25051150196 offset=145648640 len=1024
read t=25096804196 offset=145648640 len=5120
read t=25148668196 offset=145689600 len=1024
read t=25197632196 offset=145689600 len=1024
read t=25252877196 offset=145665024 len=1024
read t=25297869196 offset=145665024 len=4096
read t=25349874196 offset=145471488 len=1024
read t=25397827196 offset=145471488 len=4096
read t=25449597196 offset=145534976 len=1024
read t=25496984196 offset=145534976 len=3072
read t=25548013196 offset=145668096 len=1024
read t=25597570196 offset=145668096 len=3072
read t=25649047196 offset=145645568 len=1024
read t=25697572196 offset=145645568 len=4096
read t=25748265196 offset=145474560 len=1024
read t=25797717196 offset=145474560 len=3072
read t=25859591196 offset=145537024 len=1024
read t=25897190196 offset=145537024 len=3072
read t=25949411196 offset=145648640 len=1024
read t=25997722196 offset=145648640 len=5120
read t=26048347196 offset=145689600 len=1024
read t=26097808196 offset=145689600 len=1024
read t=26149114196 offset=145665024 len=1024
read t=26197636196 offset=145665024 len=4096
read t=26251444196 offset=145471488 len=1024
read t=26297660196 offset=145471488 len=4096
read t=26349205196 offset=145534976 len=1024
read t=26397894196 offset=145534976 len=3072
read t=26448149196 offset=145668096 len=1024
read t=26497627196 offset=145668096 len=3072
read t=26548811196 offset=145645568 len=1024
read t=26597631196 offset=145645568 len=4096
read t=26650304196 offset=145474560 len=1024
read t=26697594196 offset=145474560 len=3072
read t=26799040196 offset=145637376 len=1024
read t=26799581196 offset=145637376 len=5120
read t=26848106196 offset=145422336 len=1024
read t=26897480196 offset=145422336 len=3072
read t=26948661196 offset=145689600 len=1024
read t=26997687196 offset=145689600 len=1024
read t=27051723196 offset=145539072 len=1024
read t=27097530196 offset=145539072 len=5120
read t=27148685196 offset=145584128 len=1024
read t=27197682196 offset=145584128 len=4096
read t=27249653196 offset=145471488 len=1024
read t=27297775196 offset=145471488 len=4096
read t=27493362196 offset=145581056 len=1024
read t=27493848196 offset=145581056 len=4096
read t=27505019196 offset=145645568 len=1024
read t=27505556196 offset=145645568 len=4096
read t=27548239196 offset=145474560 len=1024
read t=27597687196 offset=145474560 len=3072
read t=27752491196 offset=145637376 len=1024
read t=27753214196 offset=145637376 len=5120
read t=27754300196 offset=145422336 len=1024
read t=27797868196 offset=145422336 len=3072
read t=27848279196 offset=145689600 len=1024
read t=27898036196 offset=145689600 len=1024
read t=27952089196 offset=145539072 len=1024
read t=27998007196 offset=145539072 len=5120
read t=28101826196 offset=145584128 len=1024
read t=28102404196 offset=145584128 len=4096
read t=28149152196 offset=145471488 len=1024
read t=28197679196 offset=145471488 len=4096
read t=28249269196 offset=145581056 len=1024
read t=28297947196 offset=145581056 len=4096
read t=28374704196 offset=145645568 len=1024
read t=28397789196 offset=145645568 len=4096
read t=28448334196 offset=145648640 len=1024
read t=28497895196 offset=145648640 len=5120
read t=28548439196 offset=145474560 len=1024
read t=28598819196 offset=145474560 len=3072
read t=28651131196 offset=145422336 len=1024
read t=28697245196 offset=145422336 len=3072
read t=28748393196 offset=145689600 len=1024
read t=28797675196 offset=145689600 len=1024
read t=28854758196 offset=145539072 len=1024
read t=28897892196 offset=145539072 len=5120
read t=28951686196 offset=145584128 len=1024
read t=28997802196 offset=145584128 len=4096
read t=29048367196 offset=145471488 len=1024
read t=29097650196 offset=145471488 len=4096
read t=29168488196 offset=145656832 len=1024
read t=29197440196 offset=145656832 len=4096
read t=29248127196 offset=145534976 len=1024
read t=29298310196 offset=145534976 len=3072
read t=29349037196 offset=145637376 len=1024
read t=29397989196 offset=145637376 len=5120
read t=29448918196 offset=145668096 len=1024
read t=29497742196 offset=145668096 len=3072
read t=29549498196 offset=139876352 len=26624
read t=29691197196 offset=145645568 len=1024
read t=29691811196 offset=145645568 len=4096
read t=29698472196 offset=145474560 len=1024
read t=29747728196 offset=145474560 len=3072
read t=29798085196 offset=145689600 len=1024
read t=29847887196 offset=145689600 len=1024
read t=29900025196 offset=145584128 len=1024
read t=29947777196 offset=145584128 len=4096
read t=29998893196 offset=145471488 len=1024
read t=30047810196 offset=145471488 len=4096
read t=30204514196 offset=140056576 len=36864
read t=30410564196 offset=145648640 len=1024
read t=30411411196 offset=145648640 len=5120
read t=30412155196 offset=145534976 len=1024
read t=30412465196 offset=145534976 len=3072
read t=30471870196 offset=145652736 len=1024
read t=30511825196 offset=145652736 len=5120
read t=30562027196 offset=145656832 len=1024
read t=30611770196 offset=145656832 len=4096
read t=30726232196 offset=145668096 len=1024
read t=30730997196 offset=145668096 len=3072
read t=30825611196 offset=145641472 len=1024
read t=30829358196 offset=145641472 len=5120
read t=30831277196 offset=145689600 len=1024
read t=30863599196 offset=145637376 len=1024
read t=30913032196 offset=145689600 len=1024
read t=30961972196 offset=145637376 len=5120
read t=31061919196 offset=145527808 len=1024
read t=31112699196 offset=145527808 len=4096
read t=31136489196 offset=145633280 len=1024
read t=31163068196 offset=145601536 len=1024
read t=31211672196 offset=145633280 len=5120
read t=31261574196 offset=145601536 len=4096
read t=31323606196 offset=145648640 len=1024
read t=31323668196 offset=145652736 len=1024
read t=31323672196 offset=145534976 len=1024
read t=31326138196 offset=145641472 len=1024
read t=31411665196 offset=145534976 len=3072
read t=31461709196 offset=145648640 len=5120
read t=31511933196 offset=145652736 len=5120
read t=31561843196 offset=145641472 len=5120
read t=31613104196 offset=145689600 len=1024
read t=31613144196 offset=140092416 len=54272
read t=31712954196 offset=145422336 len=1024
read t=31819838196 offset=140145664 len=12288
read t=31861868196 offset=145689600 len=1024
read t=31912062196 offset=145422336 len=3072
read t=32015987196 offset=145668096 len=1024
read t=32017513196 offset=140865536 len=49152
read t=32018844196 offset=140744704 len=43008
read t=32062798196 offset=145539072 len=1024
read t=32113046196 offset=145668096 len=3072
read t=32170021196 offset=140913664 len=26624
read t=32217094196 offset=140786688 len=28672
read t=32261673196 offset=145539072 len=5120
read t=32314288196 offset=140843008 len=23552
read t=32318158196 offset=140720128 len=25600
read t=32320021196 offset=145637376 len=1024
read t=32363931196 offset=140939264 len=21504
read t=32414457196 offset=140814336 len=23552
read t=32463479196 offset=145482752 len=1024
read t=32553757196 offset=145656832 len=1024
read t=32612087196 offset=145637376 len=5120
read t=32664018196 offset=145534976 len=1024
read t=32761921196 offset=145482752 len=4096
read t=32812051196 offset=145656832 len=4096
read t=32862585196 offset=145641472 len=1024
read t=32912124196 offset=145534976 len=3072
read t=32962289196 offset=145689600 len=1024
read t=33012555196 offset=145537024 len=1024
read t=33061901196 offset=145641472 len=5120
read t=33112926196 offset=140836864 len=7168
read t=33113262196 offset=140959744 len=5120
read t=33162498196 offset=145689600 len=1024
read t=33212094196 offset=145537024 len=3072
read t=33312889196 offset=140836864 len=7168
read t=33362480196 offset=140959744 len=5120
read t=33415255196 offset=145668096 len=1024
read t=33435852196 offset=145648640 len=1024
read t=33462116196 offset=145531904 len=1024
read t=33471913196 offset=145591296 len=1024
read t=33608496196 offset=145656832 len=1024
read t=33611334196 offset=145668096 len=3072
read t=33661551196 offset=145648640 len=5120
read t=33712148196 offset=145531904 len=4096
read t=33762738196 offset=145591296 len=4096
read t=33812838196 offset=145656832 len=4096
read t=33866315196 offset=145534976 len=1024
read t=34012760196 offset=145482752 len=1024
read t=34063429196 offset=145652736 len=1024
read t=34111859196 offset=145534976 len=3072
read t=34161586196 offset=145482752 len=4096
read t=34211826196 offset=145652736 len=5120
read t=34262009196 offset=145689600 len=1024
read t=34415753196 offset=145689600 len=1024
read t=34461555196 offset=145668096 len=1024
read t=34462800196 offset=145648640 len=1024
read t=34512191196 offset=145668096 len=3072
read t=34562090196 offset=145648640 len=5120
read t=34624407196 offset=145641472 len=1024
read t=34643783196 offset=145633280 len=1024
read t=34669836196 offset=140156928 len=32768
read t=34712760196 offset=145641472 len=5120
read t=34761779196 offset=145633280 len=5120
read t=34798310196 offset=145656832 len=1024
read t=34821240196 offset=145534976 len=1024
read t=34962054196 offset=145656832 len=4096
read t=35015099196 offset=145534976 len=3072
read t=35022087196 offset=145539072 len=1024
read t=35114361196 offset=140647424 len=11264
read t=35127335196 offset=140963840 len=25600
read t=35135426196 offset=140988416 len=29696
read t=35139039196 offset=140056576 len=36864
read t=35162023196 offset=145539072 len=5120
read t=35199702196 offset=145531904 len=1024
read t=35213680196 offset=140657664 len=6144
read t=35307924196 offset=145652736 len=1024
read t=35365685196 offset=145689600 len=1024
read t=35415777196 offset=145422336 len=1024
read t=35462356196 offset=145531904 len=4096
read t=35513025196 offset=140657664 len=6144
read t=35561771196 offset=145652736 len=5120
read t=35611899196 offset=145689600 len=1024
read t=35661881196 offset=145422336 len=3072
read t=35798713196 offset=140605440 len=43008
read t=35862371196 offset=145668096 len=1024
read t=35865852196 offset=145633280 len=1024
read t=35865870196 offset=145641472 len=1024
read t=35913096196 offset=145534976 len=1024
read t=36012092196 offset=145668096 len=3072
read t=36061844196 offset=145633280 len=5120
read t=36111849196 offset=145641472 len=5120
read t=36161610196 offset=145534976 len=3072
read t=36363986196 offset=140843008 len=23552
read t=36369998196 offset=140963840 len=25600
read t=36370243196 offset=140188672 len=65536
read t=36379600196 offset=140663808 len=29696
read t=36513772196 offset=140253184 len=62464
read t=36535016196 offset=145648640 len=1024
read t=36565105196 offset=140692480 len=23552
read t=36620078196 offset=140381184 len=67584
read t=36662325196 offset=145648640 len=5120
read t=36741889196 offset=145537024 len=1024
read t=36764368196 offset=140447744 len=70656
read t=36817034196 offset=145652736 len=1024
read t=36861486196 offset=145537024 len=3072
read t=36914402196 offset=140517376 len=56320
read t=36961371196 offset=145652736 len=5120
read t=37011694196 offset=145689600 len=1024
read t=37063016196 offset=140572672 len=33792
read t=37113257196 offset=145422336 len=1024
read t=37113846196 offset=145656832 len=1024
read t=37161526196 offset=145689600 len=1024
read t=37262579196 offset=145422336 len=3072
read t=37311649196 offset=145656832 len=4096
read t=37362388196 offset=145531904 len=1024
read t=37362878196 offset=145641472 len=1024
read t=37413748196 offset=145534976 len=1024
read t=37512197196 offset=145531904 len=4096
read t=37561877196 offset=145641472 len=5120
read t=37611935196 offset=145534976 len=3072
read t=37764019196 offset=145539072 len=1024
read t=37764188196 offset=145668096 len=1024
read t=37811877196 offset=145539072 len=5120
read t=37861885196 offset=145668096 len=3072
read t=37968038196 offset=141017088 len=46080
read t=37974286196 offset=145652736 len=1024
read t=37981932196 offset=140314624 len=67584
read t=38023081196 offset=145633280 len=1024
read t=38061867196 offset=145652736 len=5120
read t=38161735196 offset=145633280 len=5120
read t=38333296196 offset=145422336 len=1024
read t=38333936196 offset=145422336 len=3072
read t=38362602196 offset=145689600 len=1024
read t=38411719196 offset=145689600 len=1024
read t=38462420196 offset=145537024 len=1024
read t=38511788196 offset=145537024 len=3072
read t=38563781196 offset=145641472 len=1024
read t=38611806196 offset=145641472 len=5120
read t=38663451196 offset=145534976 len=1024
read t=38713266196 offset=145534976 len=3072
read t=38844173196 offset=145482752 len=1024
read t=38847449196 offset=145482752 len=4096
read t=39091623196 offset=145656832 len=1024
read t=39096898196 offset=145656832 len=4096
read t=39106529196 offset=145652736 len=1024
read t=39107106196 offset=145652736 len=5120
read t=39145656196 offset=145531904 len=1024
read t=39193458196 offset=145531904 len=4096
read t=39245628196 offset=145637376 len=1024
read t=39280067196 offset=145648640 len=1024
read t=39293324196 offset=145637376 len=5120
read t=39343914196 offset=145648640 len=5120
read t=39394257196 offset=145527808 len=1024
read t=39444487196 offset=145537024 len=1024
read t=39494318196 offset=145527808 len=4096
read t=39543115196 offset=145537024 len=3072
read t=39594086196 offset=145689600 len=1024
read t=39693423196 offset=145689600 len=1024
read t=39746307196 offset=145596416 len=1024
read t=39749593196 offset=141094912 len=12288
read t=39793239196 offset=145596416 len=5120
read t=39845497196 offset=141106176 len=14336
read t=39898455196 offset=145492992 len=1024
read t=39947400196 offset=145633280 len=1024
read t=39994074196 offset=145492992 len=4096
read t=40043252196 offset=145633280 len=5120
read t=40094835196 offset=145594368 len=1024
read t=40154398196 offset=145641472 len=1024
read t=40194151196 offset=145594368 len=3072
read t=40243764196 offset=145641472 len=5120
read t=40294396196 offset=145490944 len=1024
read t=40344106196 offset=145422336 len=1024
read t=40393215196 offset=145490944 len=3072
read t=40442777196 offset=145422336 len=3072
read t=40493902196 offset=145668096 len=1024
read t=40544082196 offset=145689600 len=1024
read t=40593953196 offset=145668096 len=3072
read t=40643434196 offset=145689600 len=1024
read t=40695276196 offset=145656832 len=1024
read t=40745795196 offset=145648640 len=1024
read t=40793671196 offset=145656832 len=4096
read t=40843881196 offset=145648640 len=5120
read t=40893747196 offset=145531904 len=1024
read t=40944183196 offset=145537024 len=1024
read t=40993185196 offset=145531904 len=4096
read t=41043071196 offset=145537024 len=3072
read t=41094792196 offset=145539072 len=1024
read t=41146998196 offset=145641472 len=1024
read t=41193530196 offset=145539072 len=5120
read t=41244108196 offset=145641472 len=5120
read t=41293773196 offset=145422336 len=1024
read t=41346465196 offset=145668096 len=1024
read t=41393207196 offset=145422336 len=3072
read t=41443272196 offset=145668096 len=3072
read t=41493533196 offset=145689600 len=1024
read t=41551057196 offset=141062144 len=33792
read t=41593264196 offset=145689600 len=1024
read t=41695542196 offset=145633280 len=1024
read t=41703302196 offset=145648640 len=1024
read t=41743511196 offset=145633280 len=5120
read t=41793218196 offset=145648640 len=5120
read t=41843955196 offset=145531904 len=1024
read t=41893945196 offset=145537024 len=1024
read t=41944179196 offset=145531904 len=4096
read t=41993849196 offset=145537024 len=3072
read t=42050669196 offset=145627136 len=1024
read t=42095713196 offset=145641472 len=1024
read t=42143057196 offset=145627136 len=5120
read t=42193236196 offset=145641472 len=5120
read t=42244212196 offset=145527808 len=1024
read t=42295660196 offset=145668096 len=1024
read t=42343954196 offset=145527808 len=4096
read t=42393158196 offset=145668096 len=3072
read t=42443590196 offset=145689600 len=1024
read t=42543213196 offset=145689600 len=1024
read t=42594155196 offset=145656832 len=1024
read t=42642833196 offset=145656832 len=4096
read t=42711362196 offset=145652736 len=1024
read t=42742648196 offset=145652736 len=5120
read t=43100908196 offset=142452736 len=20480
read t=43114759196 offset=145648640 len=1024
read t=43116899196 offset=145537024 len=1024
read t=43129272196 offset=145537024 len=3072
read t=43129413196 offset=145648640 len=5120
read t=43153282196 offset=142472192 len=36864
read t=43244294196 offset=145633280 len=1024
read t=43255619196 offset=142166016 len=20480
read t=43302717196 offset=145633280 len=5120
read t=43355133196 offset=142706688 len=50176
read t=43355753196 offset=142185472 len=19456
read t=43454462196 offset=142755840 len=37888
read t=43557980196 offset=141689856 len=16384
read t=43603423196 offset=141705216 len=19456
read t=43619941196 offset=145534976 len=1024
read t=43655804196 offset=142508032 len=51200
read t=43702515196 offset=145534976 len=3072
read t=43754611196 offset=142558208 len=49152
read t=43803574196 offset=139535360 len=17408
read t=43819689196 offset=145531904 len=1024
read t=43835982196 offset=141639680 len=18432
read t=43855295196 offset=142031872 len=18432
read t=43856039196 offset=142150656 len=16384
read t=43903674196 offset=139551744 len=30720
read t=43952889196 offset=145531904 len=4096
read t=44005042196 offset=141657088 len=15360
read t=44053798196 offset=142049280 len=19456
read t=44171023196 offset=143155200 len=49152
read t=44203443196 offset=135109632 len=45056
read t=44287319196 offset=145645568 len=1024
read t=44290281196 offset=145689600 len=1024
read t=44297354196 offset=141621248 len=19456
read t=44305810196 offset=141993984 len=20480
read t=44305861196 offset=142085120 len=18432
read t=44305864196 offset=142134272 len=17408
read t=44354425196 offset=143203328 len=13312
read t=44440068196 offset=145641472 len=1024
read t=44452842196 offset=145645568 len=4096
read t=44502946196 offset=145689600 len=1024
read t=44603961196 offset=142013440 len=19456
read t=44653943196 offset=142102528 len=17408
read t=44705217196 offset=142792704 len=25600
read t=44753898196 offset=143203328 len=13312
read t=44802996196 offset=145641472 len=5120
read t=44903628196 offset=145668096 len=1024
read t=44903659196 offset=145648640 len=1024
read t=44954679196 offset=145537024 len=1024
read t=45178438196 offset=145633280 len=1024
read t=45202744196 offset=145648640 len=5120
read t=45252970196 offset=145668096 len=3072
read t=45302940196 offset=145537024 len=3072
read t=45352775196 offset=145633280 len=5120
read t=45454253196 offset=143981568 len=18432
read t=45454545196 offset=143881216 len=36864
read t=45503432196 offset=142921728 len=26624
read t=45503817196 offset=142817280 len=27648
read t=45504092196 offset=142606336 len=51200
read t=45504310196 offset=142067712 len=18432
read t=45505777196 offset=143802368 len=31744
read t=45604336196 offset=143917056 len=20480
read t=45646376196 offset=145652736 len=1024
read t=45704380196 offset=142947328 len=25600
read t=45755954196 offset=143012864 len=17408
read t=45798230196 offset=143936512 len=35840
read t=45805628196 offset=142656512 len=51200
read t=45930850196 offset=143998976 len=41984
read t=45970010196 offset=143833088 len=49152
read t=46002444196 offset=145652736 len=5120
read t=46056451196 offset=145534976 len=1024
read t=46075794196 offset=143981568 len=18432
read t=46076895196 offset=141671424 len=19456
read t=46103955196 offset=143029248 len=36864
read t=46155120196 offset=143971328 len=11264
read t=46208691196 offset=142971904 len=24576
read t=46255657196 offset=144039936 len=23552
read t=46352987196 offset=145656832 len=1024
read t=46353307196 offset=145689600 len=1024
read t=46402772196 offset=145534976 len=3072
read t=46654242196 offset=142995456 len=18432
read t=46703640196 offset=144062464 len=22528
read t=46752466196 offset=145656832 len=4096
read t=46763438196 offset=143065088 len=44032
read t=46802711196 offset=145689600 len=1024
read t=46853452196 offset=139491328 len=22528
read t=46954456196 offset=144062464 len=22528
read t=47005425196 offset=145424384 len=1024
read t=47034271196 offset=145645568 len=1024
read t=47034926196 offset=145648640 len=1024
read t=47053706196 offset=145537024 len=1024
read t=47154625196 offset=139512832 len=23552
read t=47254260196 offset=145424384 len=3072
read t=47305124196 offset=145645568 len=4096
read t=47352719196 offset=145648640 len=5120
read t=47402433196 offset=145537024 len=3072
read t=47481859196 offset=145620992 len=4096
read t=47503904196 offset=145531904 len=1024
read t=47606244196 offset=145652736 len=1024
read t=47654253196 offset=143108096 len=48128
read t=47654287196 offset=145668096 len=1024
read t=47654290196 offset=145641472 len=1024
read t=47654292196 offset=145689600 len=1024
read t=47703938196 offset=145682432 len=4096
read t=47752496196 offset=145531904 len=4096
read t=47802592196 offset=145652736 len=5120
read t=47902570196 offset=145641472 len=5120
read t=47952372196 offset=145668096 len=3072
read t=48002487196 offset=145689600 len=1024
read t=48052938196 offset=0 len=4096
read t=48202921196 offset=145429504 len=1024
read t=48257875196 offset=144083968 len=33792
read t=48307528196 offset=132193280 len=60416
read t=48307569196 offset=145648640 len=1024
read t=48307573196 offset=141062144 len=33792
read t=48353513196 offset=4096 len=4096
read t=48402451196 offset=145429504 len=3072
read t=48602623196 offset=145648640 len=5120
read t=48653274196 offset=145686528 len=4096
read t=48752977196 offset=145537024 len=1024
read t=48803151196 offset=145555456 len=4096
read t=48852851196 offset=145537024 len=3072
read t=48903216196 offset=145657856 len=4096
read t=48954663196 offset=143981568 len=18432
read t=48955029196 offset=145645568 len=1024
read t=49002707196 offset=145559552 len=4096
read t=49065756196 offset=144116736 len=41984
read t=49102331196 offset=145645568 len=4096
read t=49152734196 offset=145485824 len=4096
read t=49207853196 offset=144157696 len=56320
read t=49253540196 offset=145456128 len=1024
read t=49302574196 offset=145387520 len=4096
read t=49354137196 offset=144212992 len=61440
read t=49402446196 offset=145456128 len=3072
read t=49453063196 offset=145342464 len=4096
read t=49503992196 offset=144273408 len=25600
read t=49553373196 offset=145661952 len=1024
read t=49603387196 offset=145313792 len=4096
read t=49656173196 offset=144297984 len=12288
read t=49701795196 offset=145661952 len=4096
read t=49752834196 offset=145223680 len=4096
read t=49803173196 offset=144309248 len=12288
read t=49854531196 offset=145641472 len=1024
read t=49902604196 offset=145190912 len=4096
read t=49953916196 offset=144320512 len=16384
read t=50002693196 offset=145641472 len=5120
read t=50053448196 offset=145182720 len=4096
read t=50104307196 offset=144335872 len=30720
read t=50153204196 offset=145689600 len=1024
read t=50203141196 offset=145203200 len=4096
read t=50256906196 offset=144365568 len=32768
read t=50302735196 offset=145689600 len=1024
read t=50352725196 offset=144109568 len=4096
read t=50403979196 offset=144397312 len=22528
read t=50452923196 offset=145668096 len=1024
read t=50503739196 offset=16384 len=4096
read t=50554273196 offset=144418816 len=21504
read t=50602788196 offset=145668096 len=3072
read t=50653250196 offset=32768 len=4096
read t=50714582196 offset=144439296 len=21504
read t=50802598196 offset=65536 len=4096
read t=50805934196 offset=143802368 len=31744
read t=50854544196 offset=144459776 len=21504
read t=50902655196 offset=131072 len=4096
read t=51003353196 offset=144480256 len=20480
read t=51053398196 offset=262144 len=4096
read t=51077753196 offset=145648640 len=1024
read t=51103772196 offset=145537024 len=1024
read t=51153469196 offset=524288 len=4096
read t=51202890196 offset=145648640 len=5120
read t=51252745196 offset=145537024 len=3072
read t=51303242196 offset=1048576 len=4096
read t=51402762196 offset=144499712 len=17408
read t=51403756196 offset=143833088 len=49152
read t=51453253196 offset=2097152 len=4096
read t=51504669196 offset=144516096 len=17408
read t=51603103196 offset=4194304 len=4096
read t=51654993196 offset=144532480 len=17408
read t=51660136196 offset=143881216 len=36864
read t=51703420196 offset=12288 len=4096
read t=51754677196 offset=144548864 len=21504
read t=51855772196 offset=28672 len=4096
read t=51903890196 offset=144569344 len=5120
read t=51952739196 offset=61440 len=4096
read t=52004413196 offset=144569344 len=5120
read t=52054253196 offset=8192 len=4096
read t=52054284196 offset=20480 len=8192
read t=52054287196 offset=36864 len=24576
read t=52054742196 offset=69632 len=61440
read t=52054959196 offset=135168 len=126976
read t=52330548196 offset=144573440 len=39936
read t=52356144196 offset=266240 len=258048
read t=52406685196 offset=144612352 len=23552
read t=52463266196 offset=144965632 len=217088
read t=52463440196 offset=145186816 len=4096
read t=52463542196 offset=145195008 len=8192
read t=52463638196 offset=145207296 len=16384
read t=52525500196 offset=144634880 len=41984
read t=52703210196 offset=145227776 len=86016
read t=52703440196 offset=145317888 len=24576
read t=52703615196 offset=145346560 len=40960
read t=52703888196 offset=145391616 len=94208
read t=52757487196 offset=144675840 len=29696
read t=53005056196 offset=145656832 len=1024
read t=53005447196 offset=144704512 len=21504
read t=53104968196 offset=144724992 len=3072
read t=53152863196 offset=145656832 len=4096
read t=53153504196 offset=144724992 len=3072
read t=53206255196 offset=143215616 len=38912
read t=53309193196 offset=145531904 len=1024
read t=53318125196 offset=143753216 len=41984
read t=53375752196 offset=144727040 len=28672
read t=53405805196 offset=143794176 len=9216
read t=53503553196 offset=143794176 len=9216
read t=53556601196 offset=145633280 len=1024
read t=53602972196 offset=145633280 len=5120
read t=53657050196 offset=145531904 len=4096
read t=53679717196 offset=143253504 len=67584
read t=53756074196 offset=143320064 len=67584
read t=53816295196 offset=143715328 len=38912
read t=53865622196 offset=143386624 len=69632
read t=53905617196 offset=143455232 len=67584
read t=53957164196 offset=143657984 len=58368
read t=54006094196 offset=144754688 len=28672
read t=54006130196 offset=143588352 len=70656
read t=54061721196 offset=143521792 len=67584
read t=54156853196 offset=144782336 len=49152
read t=54184178196 offset=140029952 len=27648
read t=54256906196 offset=145337344 len=19456
read t=54263770196 offset=143881216 len=36864
read t=54356633196 offset=145645568 len=1024
read t=54402305196 offset=145645568 len=4096
read t=54455853196 offset=143917056 len=20480
read t=54509038196 offset=145652736 len=1024
read t=54553000196 offset=145652736 len=5120
read t=54663549196 offset=145482752 len=1024
read t=54664027196 offset=145482752 len=4096
read t=54705612196 offset=145689600 len=1024
read t=54753136196 offset=145689600 len=1024
read t=54803701196 offset=145355776 len=44032
read t=54855931196 offset=145398784 len=24576
read t=54907729196 offset=144830464 len=50176
read t=54954828196 offset=144879616 len=70656
read t=55006639196 offset=144949248 len=72704
read t=55054519196 offset=145020928 len=71680
read t=55104910196 offset=145091584 len=71680
read t=55169256196 offset=145234944 len=58368
read t=55205457196 offset=145292288 len=46080
read t=55267771196 offset=145162240 len=73728
read t=55341942196 offset=145668096 len=1024
read t=55352436196 offset=145668096 len=3072
read t=55406135196 offset=144754688 len=28672
read t=55471159196 offset=145648640 len=1024
read t=55502885196 offset=145648640 len=5120
read t=55553791196 offset=145656832 len=1024
read t=55602822196 offset=145656832 len=4096
read t=55653475196 offset=145537024 len=1024
read t=55702840196 offset=145537024 len=3072
end files=336 reads=1001
