liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145701659 mkfs_time=1795310319 inode_count=12821 block_size=131072 compressor=zstd sha256=e00a9ddb14fc039d2cc7782e36ee3b49e4c15c700957341e74fbfa827e4f2856
events 367
dropped 0
boots 1
duration_ns 29276433590
file /usr/lib/systemd/systemd inode=5910 t=7884700992 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7934045992 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7934045992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8334072992 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6418 t=8384051992 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6420 t=8384051992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6423 t=8384051992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6430 t=8384051992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libJISX0213.so inode=6417 t=8384051992 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8534717992 kinds=block pages=0-505 count=11
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8783978992 kinds=block pages=0-817 count=16
file /etc/ld.so.cache inode=100 t=9183691992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=9183691992 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=9183691992 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=9183691992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=9183691992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=9283622992 kinds=block pages=0-470 count=17
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9583237992 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9583237992 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9583237992 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9633971992 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9783272992 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9783272992 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9833739992 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9883052992 kinds=block pages=0-86 count=2
file /usr/lib/modprobe.d/aliases.conf inode=653 t=10084589992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=10084589992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=10084589992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=10084589992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=10084589992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=10084589992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=10084589992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=10084589992 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=10084589992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=10134129992 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=10134129992 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10184030992 kinds=block pages=0-325 count=5
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10433908992 kinds=block pages=0-36 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10484078992 kinds=block pages=0-1155 count=19
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10733765992 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10984032992 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11032869992 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11284085992 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11533891992 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=11533891992 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=11683717992 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=15184257992 kinds=block pages=0-186 count=3
file /usr/bin/kmod inode=384 t=15333667992 kinds=block pages=0-43 count=1
file /etc/hostname inode=90 t=15333667992 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=15333667992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=15333667992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=15333667992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=15333667992 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=15333667992 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=15333667992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=15333667992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=15333667992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=15333667992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=15333667992 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=15333667992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=15333667992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=15333667992 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=15333667992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=15333667992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=15333667992 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=15561727992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=15561727992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=15561727992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15561727992 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15561727992 kinds=block pages=0-330 count=7
file /usr/bin/mount inode=423 t=17535482992 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=17535482992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=17535482992 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=17535882992 kinds=block pages=0-105 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=18070836992 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=18259984992 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=18260466992 kinds=block pages=0-100 count=2
file /etc/modules inode=115 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=18361223992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=18361223992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=18361223992 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=18361223992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=18361223992 kinds=fragment-inferred,block pages=0-5 count=1
file /etc/group inode=85 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=18361223992 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=18361223992 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=18361223992 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=18417193992 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/systemd/README.logs inode=8182 t=18417193992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=18417193992 kinds=block pages=0-159,960-1471,1728-2335,2464-3178 count=29
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=21274080992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=21274080992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=21274080992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=21274080992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=21274080992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=21274080992 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=21274080992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=21274080992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=21274080992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=21274874992 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=21274874992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=21274874992 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/systemctl inode=495 t=21826930992 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=24628216992 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=24677201992 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=24677201992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=24677201992 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=24677201992 kinds=block pages=0-95 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=25026557992 kinds=block pages=0-580 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=25126986992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=25126986992 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=25230865992 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=25230865992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=25230865992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=25230865992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=25434215992 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=25439966992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=25439966992 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=25478159992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=25478159992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=25478159992 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=25478159992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=25478159992 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=25478159992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=25478159992 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=25478159992 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=25478159992 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=25627081992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=25627081992 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=25676899992 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=25676899992 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=25676899992 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=25676899992 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=25676899992 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=25676899992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=25676899992 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=165 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=166 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=168 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=170 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=172 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=173 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=174 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=176 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=177 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=178 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=179 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=181 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=182 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=183 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=190 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=192 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=193 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=194 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=215 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=217 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=218 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=225 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=226 t=25827332992 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=267 t=25827332992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/addpart inode=268 t=25827332992 kinds=fragment-inferred,block pages=0-7 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=25876639992 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=25876639992 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=25876639992 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=25876639992 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/01autoremove inode=43 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/apt.conf.d/70debconf inode=44 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/sources.list inode=48 t=25876639992 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=25876639992 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26352468992 kinds=block pages=0-97 count=2
file /usr/lib/udev/dmi_memory_id inode=6067 t=26354994992 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=26355424992 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=26355424992 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/bash inode=283 t=26355424992 kinds=block pages=0-308 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=26454164992 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=26454164992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=26454164992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=27085187992 kinds=block pages=0-63 count=1
file /etc/e2scrub.conf inode=81 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=28183254992 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=28183254992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=28183254992 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/systemd/catalog/database inode=12783 t=28183254992 kinds=block pages=0-52 count=1
file /var/lib/dpkg/triggers/File inode=12766 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=12769 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=12773 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=12774 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=12775 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=12776 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=12777 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=12778 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=12780 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=12786 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=12787 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=12788 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=12789 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=12790 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=12791 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=12805 t=28183254992 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=12807 t=28183254992 kinds=fragment-inferred,block pages=0-16 count=1
file /var/log/dpkg.log inode=12809 t=28183254992 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/status-old inode=12764 t=28183254992 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=28585293992 kinds=block pages=0-49 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=12743 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=12744 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=12745 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=12746 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=12747 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=12748 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=12749 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=12750 t=28691158992 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=12751 t=28691158992 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=12752 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=12753 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=12754 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=12755 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=12756 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=12757 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=12758 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=12759 t=28691158992 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=12763 t=28691158992 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5598 t=29415088992 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5599 t=29415088992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=29415088992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=29415088992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=5912 t=29415088992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=29415088992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=29415088992 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5590 t=29415088992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5591 t=29415088992 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5592 t=29415088992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5593 t=29415088992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5594 t=29415088992 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5595 t=29415088992 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5596 t=29415088992 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5597 t=29415088992 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols inode=5574 t=29415569992 kinds=block pages=0-63 count=1
file /usr/bin/umount inode=547 t=30317519992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=548 t=30317519992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tty inode=543 t=30318544992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=544 t=30318544992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/uclampset inode=545 t=30318544992 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/tset inode=541 t=30318544992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=542 t=30318544992 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=539 t=30318544992 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=540 t=30318544992 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=30991886992 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=30991886992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=30991886992 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=30991886992 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-networkd inode=5931 t=30992183992 kinds=block pages=0-31 count=1
read t=6915381992 offset=0 len=16384
read t=6937026992 offset=145698816 len=4096
read t=6985389992 offset=145678336 len=4096
read t=7034176992 offset=145547264 len=4096
read t=7145969992 offset=145670144 len=4096
read t=7148215992 offset=145526784 len=4096
read t=7187888992 offset=145661952 len=4096
read t=7235129992 offset=145666048 len=4096
read t=7284431992 offset=145674240 len=4096
read t=7332992992 offset=145539072 len=4096
read t=7384502992 offset=145620992 len=4096
read t=7434119992 offset=145625088 len=16384
read t=7489612992 offset=145551360 len=16384
read t=7630831992 offset=145534976 len=4096
read t=7632473992 offset=145608704 len=4096
read t=7633406992 offset=145612800 len=8192
read t=7684587992 offset=145436672 len=4096
read t=7735141992 offset=145440768 len=16384
read t=7788704992 offset=2871296 len=4096
read t=7834385992 offset=2875392 len=16384
read t=7884700992 offset=2891776 len=32768
read t=7934045992 offset=2924544 len=65536
read t=7984099992 offset=145641472 len=20480
read t=8034270992 offset=145682432 len=16384
read t=8083894992 offset=145477632 len=4096
read t=8134833992 offset=145481728 len=16384
read t=8186428992 offset=45793280 len=4096
read t=8234316992 offset=45797376 len=16384
read t=8284088992 offset=45813760 len=32768
read t=8334072992 offset=45846528 len=65536
read t=8384051992 offset=45912064 len=131072
read t=8433702992 offset=925696 len=4096
read t=8483249992 offset=929792 len=16384
read t=8534717992 offset=946176 len=32768
read t=8583133992 offset=978944 len=65536
read t=8632993992 offset=1540096 len=4096
read t=8684071992 offset=1544192 len=16384
read t=8736254992 offset=1560576 len=32768
read t=8783978992 offset=1593344 len=65536
read t=8833516992 offset=1658880 len=131072
read t=8884143992 offset=2863104 len=4096
read t=8934615992 offset=2867200 len=4096
read t=9000618992 offset=1789952 len=131072
read t=9033070992 offset=806912 len=4096
read t=9083969992 offset=811008 len=16384
read t=9133688992 offset=827392 len=32768
read t=9183691992 offset=860160 len=65536
read t=9233077992 offset=1044480 len=12288
read t=9283622992 offset=16384 len=98304
read t=9341086992 offset=114688 len=131072
read t=9383037992 offset=782336 len=4096
read t=9434225992 offset=786432 len=16384
read t=9484084992 offset=802816 len=4096
read t=9547011992 offset=245760 len=131072
read t=9583237992 offset=2990080 len=131072
read t=9633971992 offset=3121152 len=131072
read t=9684103992 offset=3444736 len=4096
read t=9734195992 offset=3448832 len=16384
read t=9783272992 offset=3465216 len=32768
read t=9833739992 offset=3497984 len=65536
read t=9883052992 offset=3252224 len=131072
read t=9935070992 offset=3383296 len=61440
read t=9987401992 offset=7491584 len=4096
read t=10033829992 offset=7495680 len=16384
read t=10084589992 offset=7512064 len=32768
read t=10134129992 offset=7544832 len=65536
read t=10184030992 offset=3563520 len=131072
read t=10234089992 offset=3694592 len=131072
read t=10284387992 offset=4014080 len=4096
read t=10333355992 offset=4018176 len=16384
read t=10384674992 offset=4034560 len=32768
read t=10433908992 offset=4067328 len=65536
read t=10484078992 offset=4132864 len=131072
read t=10535098992 offset=4263936 len=131072
read t=10584021992 offset=5857280 len=4096
read t=10634709992 offset=5861376 len=16384
read t=10683739992 offset=5877760 len=32768
read t=10733765992 offset=5910528 len=65536
read t=10784058992 offset=5976064 len=131072
read t=10834046992 offset=6131712 len=4096
read t=10884276992 offset=6135808 len=16384
read t=10934301992 offset=6152192 len=32768
read t=10984032992 offset=6184960 len=65536
read t=11032869992 offset=6250496 len=131072
read t=11084071992 offset=6381568 len=131072
read t=11134070992 offset=6660096 len=4096
read t=11184152992 offset=6664192 len=16384
read t=11233485992 offset=6680576 len=32768
read t=11284085992 offset=6713344 len=65536
read t=11332954992 offset=6778880 len=131072
read t=11383197992 offset=6914048 len=4096
read t=11434197992 offset=6918144 len=16384
read t=11484197992 offset=6934528 len=32768
read t=11533891992 offset=6967296 len=65536
read t=11584982992 offset=6909952 len=4096
read t=11633758992 offset=7032832 len=8192
read t=11683717992 offset=7041024 len=131072
read t=11734144992 offset=1056768 len=131072
read t=11783799992 offset=376832 len=16384
read t=11834411992 offset=393216 len=32768
read t=11883815992 offset=425984 len=65536
read t=11933896992 offset=491520 len=16384
read t=11984288992 offset=507904 len=131072
read t=12037221992 offset=638976 len=131072
read t=12087500992 offset=770048 len=12288
read t=12144200992 offset=6512640 len=131072
read t=12183820992 offset=6643712 len=16384
read t=12232971992 offset=6107136 len=24576
read t=12282746992 offset=5791744 len=4096
read t=12334336992 offset=5795840 len=16384
read t=12384248992 offset=5812224 len=32768
read t=12433866992 offset=5844992 len=12288
read t=12489665992 offset=4395008 len=131072
read t=12538898992 offset=3825664 len=131072
read t=12584108992 offset=2826240 len=4096
read t=12633533992 offset=2830336 len=16384
read t=12683891992 offset=2846720 len=16384
read t=12749917992 offset=1503232 len=4096
read t=12783273992 offset=1507328 len=16384
read t=12833106992 offset=1523712 len=16384
read t=12917989992 offset=5001216 len=4096
read t=12933979992 offset=5005312 len=16384
read t=12983240992 offset=5021696 len=32768
read t=13032733992 offset=5054464 len=65536
read t=13082832992 offset=5120000 len=131072
read t=13133826992 offset=5251072 len=131072
read t=13182906992 offset=5558272 len=4096
read t=13234032992 offset=5562368 len=16384
read t=13284049992 offset=5578752 len=32768
read t=13332779992 offset=5611520 len=65536
read t=13382896992 offset=5677056 len=114688
read t=13433042992 offset=2207744 len=4096
read t=13483259992 offset=2211840 len=16384
read t=13533249992 offset=2228224 len=32768
read t=13582899992 offset=2260992 len=65536
read t=13633088992 offset=2326528 len=131072
read t=13682874992 offset=2457600 len=131072
read t=13733446992 offset=2588672 len=131072
read t=13786251992 offset=2719744 len=106496
read t=13836491992 offset=2142208 len=4096
read t=13883348992 offset=2146304 len=16384
read t=13934226992 offset=2162688 len=32768
read t=13982955992 offset=2195456 len=12288
read t=14038347992 offset=2080768 len=4096
read t=14083764992 offset=2084864 len=16384
read t=14133251992 offset=2101248 len=32768
read t=14182880992 offset=2134016 len=8192
read t=14256177992 offset=1953792 len=4096
read t=14283324992 offset=1957888 len=16384
read t=14333343992 offset=1974272 len=32768
read t=14382873992 offset=2007040 len=65536
read t=14432943992 offset=2072576 len=8192
read t=14500135992 offset=1204224 len=4096
read t=14533079992 offset=1208320 len=16384
read t=14584431992 offset=1224704 len=32768
read t=14632894992 offset=1257472 len=65536
read t=14683995992 offset=1323008 len=131072
read t=14732921992 offset=1454080 len=49152
read t=14827133992 offset=1187840 len=16384
read t=14839801992 offset=1921024 len=32768
read t=14883136992 offset=145530880 len=4096
read t=14932689992 offset=145543168 len=4096
read t=14983916992 offset=145567744 len=32768
read t=15032717992 offset=145604608 len=4096
read t=15103927992 offset=7311360 len=4096
read t=15134132992 offset=7315456 len=16384
read t=15184257992 offset=7331840 len=32768
read t=15233897992 offset=7364608 len=65536
read t=15283655992 offset=7430144 len=61440
read t=15333667992 offset=7610368 len=131072
read t=15383228992 offset=7172096 len=131072
read t=15434123992 offset=145600512 len=4096
read t=15561727992 offset=7741440 len=131072
read t=15595088992 offset=7303168 len=8192
read t=15601718992 offset=5431296 len=4096
read t=15634159992 offset=5435392 len=16384
read t=15684057992 offset=5451776 len=32768
read t=15733795992 offset=5484544 len=65536
read t=15782836992 offset=5550080 len=8192
read t=16294375992 offset=7872512 len=131072
read t=16643893992 offset=3956736 len=16384
read t=16645428992 offset=3973120 len=32768
read t=16645955992 offset=4005888 len=8192
read t=16950194992 offset=145498112 len=28672
read t=17533662992 offset=8388608 len=4096
read t=17534791992 offset=8392704 len=16384
read t=17535482992 offset=8409088 len=32768
read t=17535882992 offset=8441856 len=65536
read t=18069203992 offset=8335360 len=4096
read t=18070037992 offset=8339456 len=16384
read t=18070836992 offset=8355840 len=32768
read t=18258023992 offset=8523776 len=4096
read t=18259327992 offset=8527872 len=16384
read t=18259984992 offset=8544256 len=32768
read t=18260466992 offset=8577024 len=65536
read t=18309748992 offset=8507392 len=16384
read t=18361223992 offset=8642560 len=126976
read t=18417193992 offset=8769536 len=69632
read t=18709821992 offset=8318976 len=4096
read t=18710773992 offset=8323072 len=12288
read t=18801503992 offset=8273920 len=4096
read t=18802249992 offset=8278016 len=16384
read t=18802858992 offset=8294400 len=24576
read t=18826985992 offset=8003584 len=131072
read t=18865569992 offset=8134656 len=131072
read t=18915579992 offset=8265728 len=8192
read t=21272459992 offset=11476992 len=4096
read t=21273419992 offset=11481088 len=16384
read t=21274080992 offset=11497472 len=32768
read t=21274874992 offset=11530240 len=65536
read t=21825204992 offset=10891264 len=4096
read t=21825945992 offset=10895360 len=16384
read t=21826930992 offset=10911744 len=32768
read t=21827484992 offset=10944512 len=65536
read t=21876670992 offset=11427840 len=4096
read t=21927228992 offset=11431936 len=16384
read t=21976533992 offset=11448320 len=28672
read t=22039225992 offset=10125312 len=4096
read t=22076742992 offset=10129408 len=16384
read t=22127308992 offset=10145792 len=32768
read t=22183179992 offset=10178560 len=65536
read t=22230191992 offset=10244096 len=131072
read t=22277280992 offset=9838592 len=4096
read t=22326751992 offset=9842688 len=16384
read t=22377002992 offset=9859072 len=32768
read t=22427469992 offset=9891840 len=65536
read t=22476864992 offset=11010048 len=131072
read t=22531639992 offset=11141120 len=131072
read t=22577340992 offset=10379264 len=4096
read t=22627172992 offset=10383360 len=16384
read t=22678046992 offset=10399744 len=32768
read t=22728374992 offset=10432512 len=65536
read t=22776515992 offset=11390976 len=4096
read t=22826880992 offset=11395072 len=16384
read t=22877463992 offset=11411456 len=16384
read t=22931517992 offset=10498048 len=131072
read t=22976748992 offset=9314304 len=4096
read t=23027236992 offset=9318400 len=16384
read t=23077247992 offset=9334784 len=32768
read t=23127664992 offset=9367552 len=131072
read t=23183109992 offset=9498624 len=98304
read t=23227383992 offset=145399808 len=4096
read t=23277525992 offset=11272192 len=118784
read t=23327039992 offset=9293824 len=4096
read t=23377266992 offset=9297920 len=16384
read t=23431350992 offset=145354752 len=4096
read t=23477481992 offset=10375168 len=4096
read t=23527010992 offset=145326080 len=4096
read t=23581824992 offset=9822208 len=4096
read t=23627189992 offset=9826304 len=12288
read t=23679716992 offset=145235968 len=4096
read t=23728436992 offset=145203200 len=4096
read t=23783784992 offset=9723904 len=4096
read t=23827184992 offset=9728000 len=16384
read t=23877247992 offset=9744384 len=32768
read t=23926736992 offset=10829824 len=4096
read t=23977156992 offset=10833920 len=16384
read t=24027085992 offset=10850304 len=32768
read t=24076636992 offset=10883072 len=8192
read t=24126868992 offset=145195008 len=4096
read t=24182680992 offset=9777152 len=16384
read t=24231181992 offset=9805824 len=4096
read t=24277200992 offset=9809920 len=12288
read t=24331123992 offset=9793536 len=12288
read t=24376484992 offset=145215488 len=4096
read t=24427495992 offset=9957376 len=86016
read t=24477178992 offset=10043392 len=12288
read t=24526979992 offset=11624448 len=4096
read t=24578058992 offset=11628544 len=16384
read t=24628216992 offset=11644928 len=32768
read t=24677201992 offset=11677696 len=65536
read t=24728081992 offset=144121856 len=4096
read t=24781142992 offset=10686464 len=4096
read t=24827555992 offset=10690560 len=16384
read t=24877873992 offset=10706944 len=32768
read t=24927017992 offset=10629120 len=57344
read t=24977451992 offset=10739712 len=20480
read t=25026557992 offset=11743232 len=131072
read t=25076644992 offset=11603968 len=4096
read t=25126986992 offset=11608064 len=16384
read t=25187008992 offset=10760192 len=69632
read t=25230865992 offset=11595776 len=8192
read t=25373389992 offset=144965632 len=4096
read t=25374111992 offset=144969728 len=16384
read t=25434215992 offset=144986112 len=32768
read t=25439966992 offset=145018880 len=65536
read t=25478159992 offset=145084416 len=110592
read t=25527192992 offset=145199104 len=4096
read t=25576785992 offset=145207296 len=8192
read t=25627081992 offset=145219584 len=16384
read t=25676899992 offset=145240064 len=86016
read t=25727029992 offset=145330176 len=16384
read t=25776998992 offset=145346560 len=8192
read t=25827332992 offset=145358848 len=40960
read t=25876639992 offset=145403904 len=32768
read t=25930741992 offset=145457152 len=20480
read t=26012146992 offset=11874304 len=131072
read t=26352468992 offset=12398592 len=4096
read t=26353449992 offset=12402688 len=16384
read t=26354994992 offset=12419072 len=32768
read t=26355424992 offset=12451840 len=65536
read t=26404354992 offset=12230656 len=4096
read t=26454164992 offset=12234752 len=16384
read t=26504595992 offset=12251136 len=32768
read t=26742873992 offset=12005376 len=131072
read t=26965186992 offset=12136448 len=94208
read t=27085187992 offset=12283904 len=114688
read t=27433545992 offset=0 len=2048
read t=27483370992 offset=63488 len=4096
read t=27533229992 offset=194560 len=4096
read t=27583930992 offset=456704 len=4096
read t=27633038992 offset=980992 len=4096
read t=27684001992 offset=2029568 len=4096
read t=27732864992 offset=4126720 len=4096
read t=27886662992 offset=12517376 len=131072
read t=27983333992 offset=13099008 len=4096
read t=28082626992 offset=13103104 len=16384
read t=28183254992 offset=13119488 len=98304
read t=28333812992 offset=2048 len=61440
read t=28382932992 offset=13017088 len=4096
read t=28433283992 offset=67584 len=126976
read t=28482848992 offset=13021184 len=16384
read t=28533496992 offset=198656 len=131072
read t=28585293992 offset=13037568 len=61440
read t=28633190992 offset=329728 len=126976
read t=28691158992 offset=13217792 len=49152
read t=28733288992 offset=12648448 len=131072
read t=28783118992 offset=145422336 len=131072
read t=28834555992 offset=12779520 len=131072
read t=28883014992 offset=145553408 len=131072
read t=28934587992 offset=12910592 len=106496
read t=28983153992 offset=145684480 len=18432
read t=29413433992 offset=50683904 len=4096
read t=29414162992 offset=50688000 len=16384
read t=29415088992 offset=50704384 len=32768
read t=29415569992 offset=50737152 len=65536
read t=30314985992 offset=138457088 len=4096
read t=30316384992 offset=138461184 len=16384
read t=30317519992 offset=138477568 len=32768
read t=30318544992 offset=138510336 len=65536
read t=30990069992 offset=49938432 len=4096
read t=30991331992 offset=49942528 len=16384
read t=30991886992 offset=49958912 len=32768
read t=30992183992 offset=49991680 len=65536
read t=31059025992 offset=4526080 len=131072
read t=31092718992 offset=4657152 len=131072
read t=31141940992 offset=4788224 len=131072
read t=31192342992 offset=4919296 len=81920
read t=31251309992 offset=5382144 len=49152
end files=571 reads=349
