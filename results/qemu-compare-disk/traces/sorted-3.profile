liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 1006
dropped 0
boots 1
duration_ns 55941601494
file /usr/lib/systemd/systemd inode=5910 t=7841821518 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8385136518 kinds=block pages=0-52 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8785625518 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8888969518 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=9188391518 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/dash inode=306 t=9188391518 kinds=fragment-inferred,block pages=0-30 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=9239203518 kinds=block pages=0-470 count=15
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9587220518 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9647776518 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9698769518 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9748362518 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9793390518 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9793390518 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9841047518 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9937597518 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=10234505518 kinds=block pages=0-86 count=4
file /usr/lib/modprobe.d/aliases.conf inode=653 t=10341136518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=10341136518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=10341136518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=10341136518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=10341136518 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=10341136518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=10341136518 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=10341136518 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=10341136518 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=10389140518 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=10486888518 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=10689049518 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10785902518 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=11087615518 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=11188296518 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=11286325518 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=11392108518 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11586805518 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=16139764518 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=16237031518 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=16338077518 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=16685194518 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=17435565518 kinds=fragment-inferred,block pages=0-27 count=3
file /etc/hostname inode=90 t=17499402518 kinds=fragment-inferred,block pages=0 count=3
file /etc/machine-id inode=112 t=17499402518 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system.conf inode=213 t=17499402518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=17499402518 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=17499402518 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/os-release inode=5577 t=17499402518 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=17499402518 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/kmod inode=384 t=18484513518 kinds=block pages=0-43 count=4
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=20763217518 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=20763217518 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=20763217518 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=20763217518 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=20803537518 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=20803537518 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=20803537518 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=20803537518 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=20803537518 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=20803537518 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/system/liveopt-marker.service inode=199 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/basic.target inode=5621 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/fstrim.service inode=5653 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty-static.service inode=5656 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty.target inode=5657 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/getty@.service inode=5660 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/graphical.target inode=5661 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/initrd.target inode=5682 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/local-fs.target inode=5691 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/multi-user.target inode=5695 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network-online.target inode=5702 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network-pre.target inode=5703 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/network.target inode=5704 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/paths.target inode=5708 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/poweroff.target inode=5709 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/reboot.target inode=5720 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rescue.service inode=5725 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rescue.target inode=5726 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/slices.target inode=5746 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sysinit.target inode=5764 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/time-set.target inode=5872 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/time-sync.target inode=5873 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/timers.target inode=5874 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/user.slice inode=5883 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=21044545518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=21044545518 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=21044545518 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/bin/mount inode=423 t=30702348518 kinds=fragment-inferred,block pages=0-14 count=4
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/emergency.service inode=5647 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/emergency.target inode=5648 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/shutdown.target inode=5743 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sockets.target inode=5748 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/swap.target inode=5759 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/syslog.socket inode=5795 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/umount.target inode=5878 t=30702348518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=30702348518 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/systemd/systemd-journald inode=5924 t=32085112518 kinds=block pages=0-41 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=32637144518 kinds=block pages=0-100 count=9
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32638720518 kinds=block pages=0-105 count=7
file /etc/modules inode=115 t=32940778518 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/journald.conf inode=189 t=32940778518 kinds=fragment-inferred,block pages=0 count=4
file /etc/udev/udev.conf inode=223 t=32940778518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=32940778518 kinds=fragment-inferred,block pages=0-3 count=4
file /usr/lib/systemd/systemd-modules-load inode=5929 t=32940778518 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-random-seed inode=5936 t=32940778518 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=32940778518 kinds=fragment-inferred,block pages=0-4 count=4
file /usr/lib/systemd/systemd-sysctl inode=5944 t=32940778518 kinds=fragment-inferred,block pages=0-5 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=32943582518 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/udevadm inode=546 t=36235300518 kinds=block pages=0-330 count=12
file /usr/bin/journalctl inode=382 t=36590215518 kinds=fragment-inferred,block pages=0-18 count=4
file /etc/group inode=85 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /etc/nsswitch.conf inode=120 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd inode=141 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/systemd-sysusers inode=520 t=36592921518 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/sysusers.d/basic.conf inode=5985 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=36592921518 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=37261386518 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=38687566518 kinds=fragment-inferred,block pages=0-27 count=4
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=38687566518 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/udev/hwdb.bin inode=6070 t=40735737518 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=46
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=42437626518 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/network/99-default.link inode=5613 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=42437626518 kinds=fragment-inferred,block pages=0-4 count=3
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=42437626518 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=42437626518 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=42437626518 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=42437626518 kinds=fragment-inferred,block pages=0-2 count=3
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=42437626518 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=42437626518 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=42437626518 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/systemctl inode=495 t=45964427518 kinds=block pages=0-330 count=14
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=46767582518 kinds=fragment-inferred,block pages=0-7 count=6
file /usr/lib/systemd/system/rc-local.service inode=5715 t=46767582518 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/ata_id inode=6065 t=46767582518 kinds=fragment-inferred,block pages=0-16 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=46767629518 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=46767629518 kinds=fragment-inferred,block pages=0-2 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=46767629518 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/udev/hwclock-set inode=6069 t=46767629518 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=46767633518 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=46767633518 kinds=fragment-inferred,block pages=0-21 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=47051616518 kinds=block pages=0-95 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=47063538518 kinds=fragment-inferred,block pages=0-13 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=47063538518 kinds=fragment-inferred,block pages=0-8 count=5
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=47063538518 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=47063538518 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=48463579518 kinds=block pages=0-46 count=5
file /usr/lib/udev/dmi_memory_id inode=6067 t=48964541518 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=48989638518 kinds=block pages=0-580 count=21
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=52361697518 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/udev/cdrom_id inode=6066 t=52361697518 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/bin/addpart inode=268 t=52961432518 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=52961432518 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=52962007518 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=52962007518 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=52962143518 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=52962143518 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=52962143518 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=52962143518 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=52962143518 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=52962426518 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=52962426518 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=52962426518 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=52962426518 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=52962426518 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=52962426518 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=52962426518 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/chattr inode=289 t=52962426518 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=52962426518 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=53018376518 kinds=block pages=0-63 count=3
file /usr/bin/chfn inode=291 t=53213609518 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=53213609518 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=53213609518 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=53213609518 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=53213609518 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=53213609518 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=53213609518 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=53213609518 kinds=block pages=0-34 count=1
file /usr/bin/bash inode=283 t=53314165518 kinds=block pages=0-308 count=15
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=53393549518 kinds=block pages=0-97 count=6
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=53562184518 kinds=block pages=0-49 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=54346651518 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=54346651518 kinds=fragment-inferred,block pages=0-16 count=2
file /etc/e2scrub.conf inode=81 t=54965659518 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/readlink inode=454 t=54965659518 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/sleep inode=486 t=54965659518 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/sbin/e2scrub_all inode=7374 t=54965659518 kinds=fragment-inferred,block pages=0-1 count=2
read t=6143738518 offset=0 len=4096
read t=6149413518 offset=4096 len=4096
read t=6151134518 offset=12288 len=4096
read t=6881345518 offset=0 len=1024
read t=6884360518 offset=145689600 len=1024
read t=6885046518 offset=145689600 len=1024
read t=6885924518 offset=145670144 len=1024
read t=6933836518 offset=145537024 len=1024
read t=6984117518 offset=145537024 len=3072
read t=7043172518 offset=145689600 len=1024
read t=7083180518 offset=145689600 len=1024
read t=7185985518 offset=145656832 len=1024
read t=7186816518 offset=145656832 len=4096
read t=7234133518 offset=145531904 len=1024
read t=7283450518 offset=145531904 len=4096
read t=7337322518 offset=145648640 len=1024
read t=7383197518 offset=145648640 len=5120
read t=7434224518 offset=145652736 len=1024
read t=7483172518 offset=145652736 len=5120
read t=7533299518 offset=145482752 len=1024
read t=7583344518 offset=145482752 len=4096
read t=7638845518 offset=145539072 len=1024
read t=7683336518 offset=145539072 len=5120
read t=7835629518 offset=145668096 len=1024
read t=7836532518 offset=145668096 len=3072
read t=7841821518 offset=133222400 len=31744
read t=7889167518 offset=145527808 len=1024
read t=7933640518 offset=145527808 len=4096
read t=7983694518 offset=145689600 len=1024
read t=8033260518 offset=145689600 len=1024
read t=8083866518 offset=145591296 len=1024
read t=8133280518 offset=145591296 len=4096
read t=8184502518 offset=145537024 len=1024
read t=8233443518 offset=145537024 len=3072
read t=8283897518 offset=145531904 len=1024
read t=8333078518 offset=145531904 len=4096
read t=8385136518 offset=132252672 len=74752
read t=8450061518 offset=132326400 len=25600
read t=8496348518 offset=145656832 len=1024
read t=8533578518 offset=145656832 len=4096
read t=8584368518 offset=145652736 len=1024
read t=8633475518 offset=145652736 len=5120
read t=8686511518 offset=145633280 len=1024
read t=8733218518 offset=145633280 len=5120
read t=8785625518 offset=133253120 len=34816
read t=8840581518 offset=133866496 len=9216
read t=8888969518 offset=133874688 len=54272
read t=8941740518 offset=135187456 len=10240
read t=9002872518 offset=133927936 len=34816
read t=9036405518 offset=133961728 len=21504
read t=9089873518 offset=145668096 len=1024
read t=9132986518 offset=145668096 len=3072
read t=9188391518 offset=132193280 len=60416
read t=9239203518 offset=132350976 len=55296
read t=9292708518 offset=133134336 len=24576
read t=9340771518 offset=132405248 len=62464
read t=9388330518 offset=145482752 len=1024
read t=9433183518 offset=145482752 len=4096
read t=9483710518 offset=145689600 len=1024
read t=9533214518 offset=145689600 len=1024
read t=9587220518 offset=135196672 len=45056
read t=9647776518 offset=135240704 len=26624
read t=9698769518 offset=135266304 len=44032
read t=9748362518 offset=135309312 len=47104
read t=9793390518 offset=135355392 len=46080
read t=9841047518 offset=135400448 len=58368
read t=9888466518 offset=135457792 len=17408
read t=9937597518 offset=135474176 len=48128
read t=9991852518 offset=135584768 len=52224
read t=10036207518 offset=135635968 len=3072
read t=10084430518 offset=135635968 len=3072
read t=10139706518 offset=145534976 len=1024
read t=10183214518 offset=145534976 len=3072
read t=10234505518 offset=135638016 len=54272
read t=10288099518 offset=135753728 len=29696
read t=10341136518 offset=135782400 len=43008
read t=10389140518 offset=135824384 len=47104
read t=10439647518 offset=135870464 len=34816
read t=10486888518 offset=135904256 len=47104
read t=10540193518 offset=136349696 len=43008
read t=10586340518 offset=136391680 len=10240
read t=10633901518 offset=136391680 len=10240
read t=10689049518 offset=136400896 len=58368
read t=10738816518 offset=136458240 len=6144
read t=10785902518 offset=136463360 len=59392
read t=10839588518 offset=138192896 len=13312
read t=10885177518 offset=138205184 len=4096
read t=10933721518 offset=138205184 len=4096
read t=10985989518 offset=136521728 len=34816
read t=11035731518 offset=136555520 len=18432
read t=11087615518 offset=138208256 len=55296
read t=11143473518 offset=138469376 len=40960
read t=11188296518 offset=138509312 len=63488
read t=11239463518 offset=138571776 len=30720
read t=11286325518 offset=138601472 len=51200
read t=11338110518 offset=138995712 len=47104
read t=11392108518 offset=139041792 len=68608
read t=11438512518 offset=139252736 len=20480
read t=11485713518 offset=139109376 len=52224
read t=11536142518 offset=139160576 len=53248
read t=11586805518 offset=139272192 len=56320
read t=11637310518 offset=139327488 len=10240
read t=11692319518 offset=133286912 len=20480
read t=11734779518 offset=133306368 len=49152
read t=11787595518 offset=132651008 len=46080
read t=11835395518 offset=132696064 len=67584
read t=11887591518 offset=132585472 len=66560
read t=11939294518 offset=132833280 len=58368
read t=11987358518 offset=132890624 len=69632
read t=12038146518 offset=133044224 len=45056
read t=12085594518 offset=133088256 len=47104
read t=12138552518 offset=138651648 len=60416
read t=12186214518 offset=138711040 len=55296
read t=12236811518 offset=138765312 len=55296
read t=12285874518 offset=138819584 len=89088
read t=12338331518 offset=138262528 len=57344
read t=12386323518 offset=138318848 len=39936
read t=12438211518 offset=138130432 len=34816
read t=12484439518 offset=138164224 len=17408
read t=12536375518 offset=136572928 len=19456
read t=12585812518 offset=136591360 len=19456
read t=12644144518 offset=138180608 len=13312
read t=12688134518 offset=136609792 len=18432
read t=12736876518 offset=136627200 len=40960
read t=12786016518 offset=136667136 len=63488
read t=12855982518 offset=135950336 len=66560
read t=12886534518 offset=136015872 len=39936
read t=12938236518 offset=135691264 len=63488
read t=12989556518 offset=135521280 len=64512
read t=13039851518 offset=135153664 len=34816
read t=13086355518 offset=133982208 len=43008
read t=13135577518 offset=134024192 len=63488
read t=13194937518 offset=133827584 len=32768
read t=13234440518 offset=133859328 len=7168
read t=13285177518 offset=133865472 len=2048
read t=13344085518 offset=132959232 len=49152
read t=13387190518 offset=132762624 len=71680
read t=13448094518 offset=132466688 len=64512
read t=13486428518 offset=133007360 len=37888
read t=13537912518 offset=137336832 len=62464
read t=13586160518 offset=137398272 len=60416
read t=13637525518 offset=137896960 len=68608
read t=13685769518 offset=137964544 len=43008
read t=13740363518 offset=132530176 len=56320
read t=13790675518 offset=145422336 len=1024
read t=13833217518 offset=145422336 len=3072
read t=13884300518 offset=145539072 len=1024
read t=13933299518 offset=145539072 len=5120
read t=13986623518 offset=145531904 len=1024
read t=14033409518 offset=145531904 len=4096
read t=14083632518 offset=134534144 len=65536
read t=14136802518 offset=134598656 len=65536
read t=14195287518 offset=134909952 len=53248
read t=14235234518 offset=134962176 len=35840
read t=14286559518 offset=134996992 len=39936
read t=14335140518 offset=135035904 len=26624
read t=14386560518 offset=134467584 len=67584
read t=14436854518 offset=134408192 len=60416
read t=14495962518 offset=135061504 len=49152
read t=14537877518 offset=145656832 len=1024
read t=14583080518 offset=145656832 len=4096
read t=14636946518 offset=145652736 len=1024
read t=14683251518 offset=145652736 len=5120
read t=14734199518 offset=134279168 len=66560
read t=14785155518 offset=134344704 len=64512
read t=14849168518 offset=133530624 len=63488
read t=14885975518 offset=133593088 len=60416
read t=14937643518 offset=133755904 len=31744
read t=14984432518 offset=133786624 len=41984
read t=15038196518 offset=133711872 len=45056
read t=15110052518 offset=133410816 len=63488
read t=15135131518 offset=133473280 len=58368
read t=15186676518 offset=134086656 len=64512
read t=15255375518 offset=145527808 len=1024
read t=15282972518 offset=145527808 len=4096
read t=15333246518 offset=145591296 len=1024
read t=15382965518 offset=145591296 len=4096
read t=15433348518 offset=145482752 len=1024
read t=15483042518 offset=145482752 len=4096
read t=15533530518 offset=145689600 len=1024
read t=15583095518 offset=145689600 len=1024
read t=15633368518 offset=145534976 len=1024
read t=15683114518 offset=145534976 len=3072
read t=15734215518 offset=145633280 len=1024
read t=15783184518 offset=145633280 len=5120
read t=15834084518 offset=145668096 len=1024
read t=15883061518 offset=145668096 len=3072
read t=15940570518 offset=145537024 len=1024
read t=15983030518 offset=145537024 len=3072
read t=16033778518 offset=145648640 len=1024
read t=16082948518 offset=145648640 len=5120
read t=16139764518 offset=139336704 len=20480
read t=16184546518 offset=139356160 len=17408
read t=16237031518 offset=139433984 len=28672
read t=16285581518 offset=139461632 len=30720
read t=16338077518 offset=139646976 len=30720
read t=16384688518 offset=139676672 len=32768
read t=16442739518 offset=139410432 len=15360
read t=16484433518 offset=139424768 len=10240
read t=16534126518 offset=139424768 len=10240
read t=16590380518 offset=145641472 len=1024
read t=16633055518 offset=145641472 len=5120
read t=16685194518 offset=139830272 len=25600
read t=16754415518 offset=145531904 len=1024
read t=16783462518 offset=145531904 len=4096
read t=16833812518 offset=134663168 len=61440
read t=16890249518 offset=139372544 len=20480
read t=16935691518 offset=145637376 len=1024
read t=16983305518 offset=145637376 len=5120
read t=17033503518 offset=145689600 len=1024
read t=17082834518 offset=145689600 len=1024
read t=17133091518 offset=145534976 len=1024
read t=17183107518 offset=145534976 len=3072
read t=17233789518 offset=145633280 len=1024
read t=17283063518 offset=145633280 len=5120
read t=17333402518 offset=145668096 len=1024
read t=17382951518 offset=145668096 len=3072
read t=17435565518 offset=139854848 len=22528
read t=17499402518 offset=139876352 len=26624
read t=17568496518 offset=139392000 len=19456
read t=17585536518 offset=145537024 len=1024
read t=17633031518 offset=145537024 len=3072
read t=17683335518 offset=145648640 len=1024
read t=17733226518 offset=145648640 len=5120
read t=17784158518 offset=145641472 len=1024
read t=17833091518 offset=145641472 len=5120
read t=17922150518 offset=145652736 len=1024
read t=17932936518 offset=145652736 len=5120
read t=17983629518 offset=145485824 len=1024
read t=18033253518 offset=145485824 len=4096
read t=18083906518 offset=145689600 len=1024
read t=18132884518 offset=145689600 len=1024
read t=18183209518 offset=145656832 len=1024
read t=18233305518 offset=145656832 len=4096
read t=18283463518 offset=145531904 len=1024
read t=18332953518 offset=145531904 len=4096
read t=18383961518 offset=145534976 len=1024
read t=18433234518 offset=145534976 len=3072
read t=18484513518 offset=139901952 len=60416
read t=18538156518 offset=139961344 len=15360
read t=18604156518 offset=145633280 len=1024
read t=18632972518 offset=145633280 len=5120
read t=18691304518 offset=139632640 len=15360
read t=18738969518 offset=137768960 len=58368
read t=18785373518 offset=137826304 len=71680
read t=18853872518 offset=145648640 len=1024
read t=18883158518 offset=145648640 len=5120
read t=18936189518 offset=134150144 len=65536
read t=18989395518 offset=145641472 len=1024
read t=19032872518 offset=145641472 len=5120
read t=19083438518 offset=145668096 len=1024
read t=19133174518 offset=145668096 len=3072
read t=19189274518 offset=134214656 len=65536
read t=19254368518 offset=145652736 len=1024
read t=19283186518 offset=145652736 len=5120
read t=19333795518 offset=145689600 len=1024
read t=19383065518 offset=145689600 len=1024
read t=19436294518 offset=145422336 len=1024
read t=19482914518 offset=145422336 len=3072
read t=19548247518 offset=145531904 len=1024
read t=19583087518 offset=145531904 len=4096
read t=19633674518 offset=134845440 len=65536
read t=19688514518 offset=134723584 len=61440
read t=19735939518 offset=134784000 len=62464
read t=19839914518 offset=145656832 len=1024
read t=19840550518 offset=145656832 len=4096
read t=19892720518 offset=145539072 len=1024
read t=19933266518 offset=145539072 len=5120
read t=19992341518 offset=133354496 len=57344
read t=20112232518 offset=145648640 len=1024
read t=20112727518 offset=145648640 len=5120
read t=20133344518 offset=145474560 len=1024
read t=20182721518 offset=145474560 len=3072
read t=20251244518 offset=145641472 len=1024
read t=20283020518 offset=145641472 len=5120
read t=20334118518 offset=145534976 len=1024
read t=20383069518 offset=145534976 len=3072
read t=20433148518 offset=145689600 len=1024
read t=20482784518 offset=145689600 len=1024
read t=20541757518 offset=145637376 len=1024
read t=20583037518 offset=145637376 len=5120
read t=20634412518 offset=145668096 len=1024
read t=20683049518 offset=145668096 len=3072
read t=20763217518 offset=139975680 len=32768
read t=20803537518 offset=140007424 len=23552
read t=21044545518 offset=140029952 len=27648
read t=21564635518 offset=145652736 len=1024
read t=21572173518 offset=145652736 len=5120
read t=21582991518 offset=136207360 len=68608
read t=21618597518 offset=136274944 len=75776
read t=21708007518 offset=139212800 len=40960
read t=21827156518 offset=145656832 len=1024
read t=21836792518 offset=145656832 len=4096
read t=21873140518 offset=145422336 len=1024
read t=21875932518 offset=145422336 len=3072
read t=21881320518 offset=145539072 len=1024
read t=21931648518 offset=145539072 len=5120
read t=21980845518 offset=145659904 len=1024
read t=22029260518 offset=145659904 len=3072
read t=22082949518 offset=145641472 len=1024
read t=22129396518 offset=145641472 len=5120
read t=22180862518 offset=145534976 len=1024
read t=22229222518 offset=145534976 len=3072
read t=22279383518 offset=145689600 len=1024
read t=22329313518 offset=145689600 len=1024
read t=22379645518 offset=145637376 len=1024
read t=22429241518 offset=145637376 len=5120
read t=22480360518 offset=145648640 len=1024
read t=22529262518 offset=145648640 len=5120
read t=22579360518 offset=145537024 len=1024
read t=22628776518 offset=145537024 len=3072
read t=22679111518 offset=145645568 len=1024
read t=22729114518 offset=145645568 len=4096
read t=22779842518 offset=145474560 len=1024
read t=22829060518 offset=145474560 len=3072
read t=22885667518 offset=145539072 len=1024
read t=22929237518 offset=145539072 len=5120
read t=22979470518 offset=145422336 len=1024
read t=23029192518 offset=145422336 len=3072
read t=23079469518 offset=145659904 len=1024
read t=23129177518 offset=145659904 len=3072
read t=23180602518 offset=145689600 len=1024
read t=23229057518 offset=145689600 len=1024
read t=23281247518 offset=145534976 len=1024
read t=23329258518 offset=145534976 len=3072
read t=23379723518 offset=145668096 len=1024
read t=23429468518 offset=145668096 len=3072
read t=23481562518 offset=145637376 len=1024
read t=23529161518 offset=145637376 len=5120
read t=23581314518 offset=145645568 len=1024
read t=23629482518 offset=145645568 len=4096
read t=23685877518 offset=145648640 len=1024
read t=23729198518 offset=145648640 len=5120
read t=23782144518 offset=145539072 len=1024
read t=23828693518 offset=145539072 len=5120
read t=23879712518 offset=145422336 len=1024
read t=23929272518 offset=145422336 len=3072
read t=23979625518 offset=145659904 len=1024
read t=24029155518 offset=145659904 len=3072
read t=24081527518 offset=145474560 len=1024
read t=24129236518 offset=145474560 len=3072
read t=24179607518 offset=145689600 len=1024
read t=24229201518 offset=145689600 len=1024
read t=24281173518 offset=145534976 len=1024
read t=24329269518 offset=145534976 len=3072
read t=24379595518 offset=145668096 len=1024
read t=24429222518 offset=145668096 len=3072
read t=24481510518 offset=145637376 len=1024
read t=24528954518 offset=145637376 len=5120
read t=24581569518 offset=145645568 len=1024
read t=24629114518 offset=145645568 len=4096
read t=24680186518 offset=145648640 len=1024
read t=24729286518 offset=145648640 len=5120
read t=24784963518 offset=145539072 len=1024
read t=24829176518 offset=145539072 len=5120
read t=24881919518 offset=145652736 len=1024
read t=24929373518 offset=145652736 len=5120
read t=24979902518 offset=145422336 len=1024
read t=25029438518 offset=145422336 len=3072
read t=25079664518 offset=145689600 len=1024
read t=25129293518 offset=145689600 len=1024
read t=25195889518 offset=145531904 len=1024
read t=25229528518 offset=145531904 len=4096
read t=25279968518 offset=133652480 len=60416
read t=25374078518 offset=145471488 len=1024
read t=25380086518 offset=145471488 len=4096
read t=25430798518 offset=145534976 len=1024
read t=25479265518 offset=145534976 len=3072
read t=25529597518 offset=145668096 len=1024
read t=25579271518 offset=145668096 len=3072
read t=25632186518 offset=145645568 len=1024
read t=25679155518 offset=145645568 len=4096
read t=25743224518 offset=145474560 len=1024
read t=25779190518 offset=145474560 len=3072
read t=25844636518 offset=145648640 len=1024
read t=25879231518 offset=145648640 len=5120
read t=25948150518 offset=145665024 len=1024
read t=25979165518 offset=145665024 len=4096
read t=26031035518 offset=145689600 len=1024
read t=26079728518 offset=145689600 len=1024
read t=26132584518 offset=145637376 len=1024
read t=26179266518 offset=145637376 len=5120
read t=26232566518 offset=145537024 len=1024
read t=26279767518 offset=145537024 len=3072
read t=26330073518 offset=145471488 len=1024
read t=26379369518 offset=145471488 len=4096
read t=26431267518 offset=145534976 len=1024
read t=26479448518 offset=145534976 len=3072
read t=26529523518 offset=145668096 len=1024
read t=26579199518 offset=145668096 len=3072
read t=26630502518 offset=145645568 len=1024
read t=26679331518 offset=145645568 len=4096
read t=26729817518 offset=145648640 len=1024
read t=26779266518 offset=145648640 len=5120
read t=26829758518 offset=145474560 len=1024
read t=26879391518 offset=145474560 len=3072
read t=26929541518 offset=145689600 len=1024
read t=26979424518 offset=145689600 len=1024
read t=27029149518 offset=145665024 len=1024
read t=27080071518 offset=145665024 len=4096
read t=27150494518 offset=145537024 len=1024
read t=27179120518 offset=145537024 len=3072
read t=27293447518 offset=145637376 len=1024
read t=27293993518 offset=145637376 len=5120
read t=27329642518 offset=145422336 len=1024
read t=27379350518 offset=145422336 len=3072
read t=27432779518 offset=145539072 len=1024
read t=27479233518 offset=145539072 len=5120
read t=27530766518 offset=145584128 len=1024
read t=27579882518 offset=145584128 len=4096
read t=27630892518 offset=145471488 len=1024
read t=27679314518 offset=145471488 len=4096
read t=27809206518 offset=145645568 len=1024
read t=27809815518 offset=145645568 len=4096
read t=27829580518 offset=145474560 len=1024
read t=27879466518 offset=145474560 len=3072
read t=27929314518 offset=145689600 len=1024
read t=27979317518 offset=145689600 len=1024
read t=28080259518 offset=145581056 len=1024
read t=28081687518 offset=145581056 len=4096
read t=28137670518 offset=145637376 len=1024
read t=28179280518 offset=145637376 len=5120
read t=28229466518 offset=145422336 len=1024
read t=28279124518 offset=145422336 len=3072
read t=28336020518 offset=145539072 len=1024
read t=28379337518 offset=145539072 len=5120
read t=28430483518 offset=145584128 len=1024
read t=28479157518 offset=145584128 len=4096
read t=28532728518 offset=145471488 len=1024
read t=28579066518 offset=145471488 len=4096
read t=28714873518 offset=145645568 len=1024
read t=28715741518 offset=145645568 len=4096
read t=28771351518 offset=145474560 len=1024
read t=28778670518 offset=145474560 len=3072
read t=28829428518 offset=145689600 len=1024
read t=28879171518 offset=145689600 len=1024
read t=28931805518 offset=145581056 len=1024
read t=28979079518 offset=145581056 len=4096
read t=29051307518 offset=145637376 len=1024
read t=29078572518 offset=145637376 len=5120
read t=29129662518 offset=145422336 len=1024
read t=29179333518 offset=145422336 len=3072
read t=29231198518 offset=145648640 len=1024
read t=29279036518 offset=145648640 len=5120
read t=29331754518 offset=145539072 len=1024
read t=29379233518 offset=145539072 len=5120
read t=29430514518 offset=145584128 len=1024
read t=29479131518 offset=145584128 len=4096
read t=29533651518 offset=145471488 len=1024
read t=29579120518 offset=145471488 len=4096
read t=29649488518 offset=145656832 len=1024
read t=29679103518 offset=145656832 len=4096
read t=29729597518 offset=145534976 len=1024
read t=29779107518 offset=145534976 len=3072
read t=29829303518 offset=145689600 len=1024
read t=29878978518 offset=145689600 len=1024
read t=29929532518 offset=145637376 len=1024
read t=29979054518 offset=145637376 len=5120
read t=30029924518 offset=145668096 len=1024
read t=30079177518 offset=145668096 len=3072
read t=30132640518 offset=139876352 len=26624
read t=30254411518 offset=145645568 len=1024
read t=30255261518 offset=145645568 len=4096
read t=30279609518 offset=145474560 len=1024
read t=30329113518 offset=145474560 len=3072
read t=30382167518 offset=145584128 len=1024
read t=30429189518 offset=145584128 len=4096
read t=30480319518 offset=145471488 len=1024
read t=30529189518 offset=145471488 len=4096
read t=30702348518 offset=140056576 len=36864
read t=30982485518 offset=145648640 len=1024
read t=30983814518 offset=145648640 len=5120
read t=30984772518 offset=145534976 len=1024
read t=30985051518 offset=145534976 len=3072
read t=31034369518 offset=145689600 len=1024
read t=31084099518 offset=145689600 len=1024
read t=31146462518 offset=145652736 len=1024
read t=31184120518 offset=145652736 len=5120
read t=31234557518 offset=145656832 len=1024
read t=31284103518 offset=145656832 len=4096
read t=31401833518 offset=145668096 len=1024
read t=31408155518 offset=145668096 len=3072
read t=31514677518 offset=145641472 len=1024
read t=31524734518 offset=145641472 len=5120
read t=31535313518 offset=145637376 len=1024
read t=31584084518 offset=145637376 len=5120
read t=31634474518 offset=145527808 len=1024
read t=31684340518 offset=145527808 len=4096
read t=31730160518 offset=145633280 len=1024
read t=31734931518 offset=145601536 len=1024
read t=31783989518 offset=145633280 len=5120
read t=31833831518 offset=145601536 len=4096
read t=31901178518 offset=145534976 len=1024
read t=31901859518 offset=145648640 len=1024
read t=31984000518 offset=145534976 len=3072
read t=31997096518 offset=145652736 len=1024
read t=32033811518 offset=145648640 len=5120
read t=32084586518 offset=145689600 len=1024
read t=32085112518 offset=140092416 len=54272
read t=32134239518 offset=145652736 len=5120
read t=32234170518 offset=145689600 len=1024
read t=32292699518 offset=140145664 len=12288
read t=32334835518 offset=145422336 len=1024
read t=32384492518 offset=145641472 len=1024
read t=32483896518 offset=145422336 len=3072
read t=32533876518 offset=145641472 len=5120
read t=32585059518 offset=145539072 len=1024
read t=32635618518 offset=145668096 len=1024
read t=32637144518 offset=140865536 len=49152
read t=32638720518 offset=140744704 len=43008
read t=32683928518 offset=145539072 len=5120
read t=32733959518 offset=145668096 len=3072
read t=32789177518 offset=140913664 len=26624
read t=32839837518 offset=140786688 len=28672
read t=32885577518 offset=145482752 len=1024
read t=32939158518 offset=145534976 len=1024
read t=32940778518 offset=140843008 len=23552
read t=32943582518 offset=140720128 len=25600
read t=33084167518 offset=145482752 len=4096
read t=33134079518 offset=145534976 len=3072
read t=33227200518 offset=145656832 len=1024
read t=33311363518 offset=145648640 len=1024
read t=33334006518 offset=145689600 len=1024
read t=33334444518 offset=140814336 len=23552
read t=33334641518 offset=140939264 len=21504
read t=33366265518 offset=145591296 len=1024
read t=33384401518 offset=145656832 len=4096
read t=33433936518 offset=145648640 len=5120
read t=33484142518 offset=145689600 len=1024
read t=33536270518 offset=140836864 len=7168
read t=33586431518 offset=140959744 len=5120
read t=33634212518 offset=145591296 len=4096
read t=33684522518 offset=145537024 len=1024
read t=33785646518 offset=145637376 len=1024
read t=33785686518 offset=145668096 len=1024
read t=33835567518 offset=140836864 len=7168
read t=33885809518 offset=140959744 len=5120
read t=33934730518 offset=145482752 len=1024
read t=33983890518 offset=145537024 len=3072
read t=34034093518 offset=145637376 len=5120
read t=34086289518 offset=145668096 len=3072
read t=34199453518 offset=145652736 len=1024
read t=34233886518 offset=145482752 len=4096
read t=34284981518 offset=145641472 len=1024
read t=34403324518 offset=145633280 len=1024
read t=34434270518 offset=145652736 len=5120
read t=34484560518 offset=145689600 len=1024
read t=34533922518 offset=145641472 len=5120
read t=34584210518 offset=145633280 len=5120
read t=34687550518 offset=145689600 len=1024
read t=34718799518 offset=145648640 len=1024
read t=34734509518 offset=145531904 len=1024
read t=34735339518 offset=145534976 len=1024
read t=34835161518 offset=145591296 len=1024
read t=34864145518 offset=145539072 len=1024
read t=34884127518 offset=145648640 len=5120
read t=34934051518 offset=145531904 len=4096
read t=34983838518 offset=145534976 len=3072
read t=35033882518 offset=145591296 len=4096
read t=35084248518 offset=145539072 len=5120
read t=35233987518 offset=145668096 len=1024
read t=35284476518 offset=145482752 len=1024
read t=35336757518 offset=145422336 len=1024
read t=35383982518 offset=145668096 len=3072
read t=35433775518 offset=145482752 len=4096
read t=35484290518 offset=145422336 len=3072
read t=35546442518 offset=145641472 len=1024
read t=35584535518 offset=145689600 len=1024
read t=35684350518 offset=145641472 len=5120
read t=35734224518 offset=145689600 len=1024
read t=35785347518 offset=145531904 len=1024
read t=35835779518 offset=145648640 len=1024
read t=35837502518 offset=145652736 len=1024
read t=35838452518 offset=145534976 len=1024
read t=35884607518 offset=145531904 len=4096
read t=35934216518 offset=145648640 len=5120
read t=35984310518 offset=145652736 len=5120
read t=36034119518 offset=145534976 len=3072
read t=36085015518 offset=145633280 len=1024
read t=36187543518 offset=145656832 len=1024
read t=36234613518 offset=145668096 len=1024
read t=36235300518 offset=140156928 len=32768
read t=36284211518 offset=145633280 len=5120
read t=36334185518 offset=145656832 len=4096
read t=36384379518 offset=145668096 len=3072
read t=36442245518 offset=140647424 len=11264
read t=36586882518 offset=145641472 len=1024
read t=36590215518 offset=140988416 len=29696
read t=36592921518 offset=140963840 len=25600
read t=36594121518 offset=140843008 len=23552
read t=36635523518 offset=140657664 len=6144
read t=36683769518 offset=145641472 len=5120
read t=36884727518 offset=140657664 len=6144
read t=36934096518 offset=145689600 len=1024
read t=37021722518 offset=140605440 len=43008
read t=37033604518 offset=145689600 len=1024
read t=37087180518 offset=140188672 len=65536
read t=37135060518 offset=140056576 len=36864
read t=37185568518 offset=140253184 len=62464
read t=37261386518 offset=140663808 len=29696
read t=37294940518 offset=140381184 len=67584
read t=37337444518 offset=140692480 len=23552
read t=37354425518 offset=145422336 len=1024
read t=37366628518 offset=145648640 len=1024
read t=37385550518 offset=140447744 len=70656
read t=37462946518 offset=145537024 len=1024
read t=37486794518 offset=145422336 len=3072
read t=37533723518 offset=145648640 len=5120
read t=37586863518 offset=145534976 len=1024
read t=37633713518 offset=145537024 len=3072
read t=37685987518 offset=145652736 len=1024
read t=37784825518 offset=145534976 len=3072
read t=37835542518 offset=145531904 len=1024
read t=37883929518 offset=145652736 len=5120
read t=37934626518 offset=140517376 len=56320
read t=37983952518 offset=145531904 len=4096
read t=38035583518 offset=145656832 len=1024
read t=38061842518 offset=145539072 len=1024
read t=38087302518 offset=140572672 len=33792
read t=38134148518 offset=145689600 len=1024
read t=38184606518 offset=145656832 len=4096
read t=38234174518 offset=145539072 len=5120
read t=38334024518 offset=145689600 len=1024
read t=38437032518 offset=145641472 len=1024
read t=38487938518 offset=145668096 len=1024
read t=38535611518 offset=145641472 len=5120
read t=38584054518 offset=145668096 len=3072
read t=38687566518 offset=141017088 len=46080
read t=38695575518 offset=140963840 len=25600
read t=38698693518 offset=140314624 len=67584
read t=38746426518 offset=145633280 len=1024
read t=38786806518 offset=145422336 len=1024
read t=38883848518 offset=145633280 len=5120
read t=38933860518 offset=145422336 len=3072
read t=39034595518 offset=145652736 len=1024
read t=39083755518 offset=145652736 len=5120
read t=39136438518 offset=145537024 len=1024
read t=39183825518 offset=145537024 len=3072
read t=39237302518 offset=145534976 len=1024
read t=39283935518 offset=145534976 len=3072
read t=39410116518 offset=145482752 len=1024
read t=39410574518 offset=145482752 len=4096
read t=39433963518 offset=145689600 len=1024
read t=39484028518 offset=145689600 len=1024
read t=39779702518 offset=145641472 len=1024
read t=39783853518 offset=145641472 len=5120
read t=39833016518 offset=145656832 len=1024
read t=39833638518 offset=145656832 len=4096
read t=39844807518 offset=145531904 len=1024
read t=39881040518 offset=145531904 len=4096
read t=39933981518 offset=145637376 len=1024
read t=39980799518 offset=145637376 len=5120
read t=40015286518 offset=145648640 len=1024
read t=40031092518 offset=145527808 len=1024
read t=40081058518 offset=145648640 len=5120
read t=40130936518 offset=145527808 len=4096
read t=40182452518 offset=145652736 len=1024
read t=40232672518 offset=145596416 len=1024
read t=40281384518 offset=145652736 len=5120
read t=40331466518 offset=145596416 len=5120
read t=40381862518 offset=145537024 len=1024
read t=40431940518 offset=145492992 len=1024
read t=40481308518 offset=145537024 len=3072
read t=40531121518 offset=145492992 len=4096
read t=40583347518 offset=145689600 len=1024
read t=40681427518 offset=145689600 len=1024
read t=40732608518 offset=145594368 len=1024
read t=40735737518 offset=141094912 len=12288
read t=40781457518 offset=145594368 len=3072
read t=40833079518 offset=141106176 len=14336
read t=40881748518 offset=145490944 len=1024
read t=40935465518 offset=145633280 len=1024
read t=40980942518 offset=145490944 len=3072
read t=41031588518 offset=145633280 len=5120
read t=41081664518 offset=145668096 len=1024
read t=41144952518 offset=145641472 len=1024
read t=41181460518 offset=145668096 len=3072
read t=41231441518 offset=145641472 len=5120
read t=41282911518 offset=145656832 len=1024
read t=41331753518 offset=145422336 len=1024
read t=41381082518 offset=145656832 len=4096
read t=41431368518 offset=145422336 len=3072
read t=41481996518 offset=145531904 len=1024
read t=41531849518 offset=145689600 len=1024
read t=41581139518 offset=145531904 len=4096
read t=41631551518 offset=145689600 len=1024
read t=41734437518 offset=145648640 len=1024
read t=41734478518 offset=145539072 len=1024
read t=41781532518 offset=145539072 len=5120
read t=41831633518 offset=145648640 len=5120
read t=41884312518 offset=145633280 len=1024
read t=41931987518 offset=145537024 len=1024
read t=41981283518 offset=145633280 len=5120
read t=42030970518 offset=145537024 len=3072
read t=42088188518 offset=145641472 len=1024
read t=42181351518 offset=145641472 len=5120
read t=42235616518 offset=145627136 len=1024
read t=42236309518 offset=145668096 len=1024
read t=42281333518 offset=145627136 len=5120
read t=42331355518 offset=145668096 len=3072
read t=42381858518 offset=145527808 len=1024
read t=42437626518 offset=141062144 len=33792
read t=42481625518 offset=145527808 len=4096
read t=42536169518 offset=145689600 len=1024
read t=42631360518 offset=145689600 len=1024
read t=42681884518 offset=145656832 len=1024
read t=42686198518 offset=145422336 len=1024
read t=42730950518 offset=145656832 len=4096
read t=42781544518 offset=145422336 len=3072
read t=42832175518 offset=145531904 len=1024
read t=42884046518 offset=145648640 len=1024
read t=42931622518 offset=145531904 len=4096
read t=42981475518 offset=145648640 len=5120
read t=43034333518 offset=145641472 len=1024
read t=43081958518 offset=145537024 len=1024
read t=43131606518 offset=145641472 len=5120
read t=43181157518 offset=145537024 len=3072
read t=43287593518 offset=145668096 len=1024
read t=43289183518 offset=145652736 len=1024
read t=43331340518 offset=145668096 len=3072
read t=43381284518 offset=145652736 len=5120
read t=43437341518 offset=145689600 len=1024
read t=43531828518 offset=145689600 len=1024
read t=43606364518 offset=145633280 len=1024
read t=43631720518 offset=145633280 len=5120
read t=44021260518 offset=135109632 len=45056
read t=44258738518 offset=142452736 len=20480
read t=44283818518 offset=142472192 len=36864
read t=44288205518 offset=142166016 len=20480
read t=44292957518 offset=142185472 len=19456
read t=44300928518 offset=142706688 len=50176
read t=44361368518 offset=142755840 len=37888
read t=44412321518 offset=141689856 len=16384
read t=44449934518 offset=145534976 len=1024
read t=44460917518 offset=141705216 len=19456
read t=44509915518 offset=145534976 len=3072
read t=44567361518 offset=142558208 len=49152
read t=44568213518 offset=142508032 len=51200
read t=44604464518 offset=145656832 len=1024
read t=44610135518 offset=139535360 len=17408
read t=44715736518 offset=142558208 len=49152
read t=44759879518 offset=145656832 len=4096
read t=44810696518 offset=139551744 len=30720
read t=44862430518 offset=142031872 len=18432
read t=44863747518 offset=142150656 len=16384
read t=45009495518 offset=143155200 len=49152
read t=45010830518 offset=142049280 len=19456
read t=45018450518 offset=145645568 len=1024
read t=45034418518 offset=145648640 len=1024
read t=45112772518 offset=145537024 len=1024
read t=45210159518 offset=145645568 len=4096
read t=45260104518 offset=145648640 len=5120
read t=45310276518 offset=145537024 len=3072
read t=45410428518 offset=145652736 len=1024
read t=45460715518 offset=143203328 len=13312
read t=45461083518 offset=145689600 len=1024
read t=45461384518 offset=142085120 len=18432
read t=45461609518 offset=142134272 len=17408
read t=45461807518 offset=141993984 len=20480
read t=45462009518 offset=141639680 len=18432
read t=45510008518 offset=145652736 len=5120
read t=45560590518 offset=143203328 len=13312
read t=45609940518 offset=145689600 len=1024
read t=45661138518 offset=142102528 len=17408
read t=45713938518 offset=142792704 len=25600
read t=45762133518 offset=142013440 len=19456
read t=45811372518 offset=141657088 len=15360
read t=45964389518 offset=145668096 len=1024
read t=45964427518 offset=143215616 len=38912
read t=45964431518 offset=145641472 len=1024
read t=46012498518 offset=142067712 len=18432
read t=46065371518 offset=142606336 len=51200
read t=46065413518 offset=143012864 len=17408
read t=46066210518 offset=142817280 len=27648
read t=46113684518 offset=142921728 len=26624
read t=46207938518 offset=141621248 len=19456
read t=46218225518 offset=143753216 len=41984
read t=46260142518 offset=145641472 len=5120
read t=46310006518 offset=145668096 len=3072
read t=46412750518 offset=142656512 len=51200
read t=46461561518 offset=143029248 len=36864
read t=46561313518 offset=142947328 len=25600
read t=46662583518 offset=143794176 len=9216
read t=46767582518 offset=143881216 len=36864
read t=46767629518 offset=143981568 len=18432
read t=46767633518 offset=143802368 len=31744
read t=46815550518 offset=142971904 len=24576
read t=46823904518 offset=145534976 len=1024
read t=46961320518 offset=143794176 len=9216
read t=47039619518 offset=141062144 len=33792
read t=47051616518 offset=143998976 len=41984
read t=47063538518 offset=143917056 len=20480
read t=47161227518 offset=142995456 len=18432
read t=47209781518 offset=145534976 len=3072
read t=47230870518 offset=145645568 len=1024
read t=47268657518 offset=145633280 len=1024
read t=47363987518 offset=145537024 len=1024
read t=47469173518 offset=145648640 len=1024
read t=47471972518 offset=145652736 len=1024
read t=47512709518 offset=139491328 len=22528
read t=47560368518 offset=145645568 len=4096
read t=47609831518 offset=145633280 len=5120
read t=47660178518 offset=145537024 len=3072
read t=47709746518 offset=145648640 len=5120
read t=47759960518 offset=145652736 len=5120
read t=47818177518 offset=139512832 len=23552
read t=47961156518 offset=144039936 len=23552
read t=47961195518 offset=145689600 len=1024
read t=47961621518 offset=143253504 len=67584
read t=48146625518 offset=141671424 len=19456
read t=48161468518 offset=144062464 len=22528
read t=48174548518 offset=145620992 len=4096
read t=48209829518 offset=145689600 len=1024
read t=48263523518 offset=143320064 len=67584
read t=48361784518 offset=144062464 len=22528
read t=48411042518 offset=145682432 len=4096
read t=48463579518 offset=143936512 len=35840
read t=48463620518 offset=145668096 len=1024
read t=48464143518 offset=145641472 len=1024
read t=48520334518 offset=143715328 len=38912
read t=48610501518 offset=0 len=4096
read t=48668597518 offset=143971328 len=11264
read t=48710149518 offset=145668096 len=3072
read t=48760119518 offset=145641472 len=5120
read t=48826495518 offset=143386624 len=69632
read t=48860530518 offset=4096 len=4096
read t=48964541518 offset=144083968 len=33792
read t=48968229518 offset=143981568 len=18432
read t=48989638518 offset=144116736 len=41984
read t=49012307518 offset=145429504 len=1024
read t=49063253518 offset=143455232 len=67584
read t=49110430518 offset=145686528 len=4096
read t=49264525518 offset=144157696 len=56320
read t=49310142518 offset=145429504 len=3072
read t=49366155518 offset=143657984 len=58368
read t=49410238518 offset=145555456 len=4096
read t=49469228518 offset=144212992 len=61440
read t=49512538518 offset=145645568 len=1024
read t=49565495518 offset=145537024 len=1024
read t=49611394518 offset=145657856 len=4096
read t=49710012518 offset=145645568 len=4096
read t=49760109518 offset=145537024 len=3072
read t=49810545518 offset=145559552 len=4096
read t=49860816518 offset=145456128 len=1024
read t=49910661518 offset=144273408 len=25600
read t=49911420518 offset=143588352 len=70656
read t=49960518518 offset=145485824 len=4096
read t=50010126518 offset=145456128 len=3072
read t=50062245518 offset=144297984 len=12288
read t=50121073518 offset=143521792 len=67584
read t=50160647518 offset=145387520 len=4096
read t=50211469518 offset=145661952 len=1024
read t=50261683518 offset=144309248 len=12288
read t=50350621518 offset=140029952 len=27648
read t=50360713518 offset=145342464 len=4096
read t=50410073518 offset=145661952 len=4096
read t=50461515518 offset=144320512 len=16384
read t=50524345518 offset=143881216 len=36864
read t=50559956518 offset=145313792 len=4096
read t=50612767518 offset=145689600 len=1024
read t=50661515518 offset=144335872 len=30720
read t=50760459518 offset=145223680 len=4096
read t=50810038518 offset=145689600 len=1024
read t=50862336518 offset=144365568 len=32768
read t=50910282518 offset=145190912 len=4096
read t=50963171518 offset=145668096 len=1024
read t=51012434518 offset=144397312 len=22528
read t=51060469518 offset=145182720 len=4096
read t=51111619518 offset=145668096 len=3072
read t=51161252518 offset=144418816 len=21504
read t=51209943518 offset=145203200 len=4096
read t=51262561518 offset=141062144 len=33792
read t=51262599518 offset=143917056 len=20480
read t=51314129518 offset=144439296 len=21504
read t=51360285518 offset=144109568 len=4096
read t=51422696518 offset=145641472 len=1024
read t=51512246518 offset=144459776 len=21504
read t=51562068518 offset=16384 len=4096
read t=51610054518 offset=145641472 len=5120
read t=51661338518 offset=144480256 len=20480
read t=51710619518 offset=32768 len=4096
read t=51811534518 offset=144499712 len=17408
read t=51848301518 offset=143802368 len=31744
read t=51860007518 offset=65536 len=4096
read t=51912452518 offset=144516096 len=17408
read t=52010632518 offset=131072 len=4096
read t=52061394518 offset=144532480 len=17408
read t=52094859518 offset=145648640 len=1024
read t=52110694518 offset=262144 len=4096
read t=52161989518 offset=144548864 len=21504
read t=52209752518 offset=145648640 len=5120
read t=52260741518 offset=524288 len=4096
read t=52311949518 offset=144569344 len=5120
read t=52361697518 offset=143833088 len=49152
read t=52410333518 offset=1048576 len=4096
read t=52461777518 offset=144569344 len=5120
read t=52560351518 offset=2097152 len=4096
read t=52657527518 offset=143881216 len=36864
read t=52660436518 offset=4194304 len=4096
read t=52762274518 offset=145531904 len=1024
read t=52763514518 offset=12288 len=4096
read t=52860887518 offset=28672 len=4096
read t=52910237518 offset=61440 len=4096
read t=52961432518 offset=8192 len=4096
read t=52961691518 offset=20480 len=8192
read t=52962007518 offset=36864 len=24576
read t=52962143518 offset=69632 len=61440
read t=52962426518 offset=135168 len=126976
read t=53018376518 offset=144573440 len=39936
read t=53213609518 offset=266240 len=258048
read t=53263639518 offset=144612352 len=23552
read t=53314165518 offset=144965632 len=217088
read t=53314209518 offset=145186816 len=4096
read t=53314212518 offset=145195008 len=8192
read t=53314215518 offset=145207296 len=16384
read t=53393549518 offset=144634880 len=41984
read t=53562139518 offset=145227776 len=86016
read t=53562176518 offset=145317888 len=24576
read t=53562181518 offset=145346560 len=40960
read t=53562184518 offset=145391616 len=94208
read t=53613947518 offset=144675840 len=29696
read t=53862078518 offset=144704512 len=21504
read t=53911819518 offset=144724992 len=3072
read t=53959436518 offset=145531904 len=4096
read t=53960415518 offset=144724992 len=3072
read t=54065317518 offset=145656832 len=1024
read t=54097917518 offset=145537024 len=1024
read t=54160013518 offset=145537024 len=3072
read t=54210755518 offset=143981568 len=18432
read t=54211398518 offset=142558208 len=49152
read t=54261723518 offset=145652736 len=1024
read t=54313961518 offset=143065088 len=44032
read t=54346651518 offset=144727040 len=28672
read t=54360001518 offset=145652736 len=5120
read t=54412393518 offset=143108096 len=48128
read t=54571014518 offset=145656832 len=4096
read t=54611598518 offset=145424384 len=1024
read t=54660262518 offset=145424384 len=3072
read t=54710472518 offset=145689600 len=1024
read t=54760191518 offset=145689600 len=1024
read t=54810525518 offset=145668096 len=1024
read t=54860410518 offset=145668096 len=3072
read t=54911649518 offset=132193280 len=60416
read t=54965659518 offset=144754688 len=28672
read t=55012606518 offset=144782336 len=49152
read t=55067181518 offset=145337344 len=19456
read t=55115321518 offset=145482752 len=1024
read t=55160150518 offset=145482752 len=4096
read t=55211962518 offset=145355776 len=44032
read t=55264388518 offset=145398784 len=24576
read t=55316321518 offset=144830464 len=50176
read t=55362866518 offset=144879616 len=70656
read t=55424338518 offset=144949248 len=72704
read t=55463261518 offset=145020928 len=71680
read t=55513649518 offset=145091584 len=71680
read t=55568089518 offset=145234944 len=58368
read t=55612158518 offset=145292288 len=46080
read t=55673844518 offset=145162240 len=73728
end files=336 reads=958
