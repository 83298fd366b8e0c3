liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 1019
dropped 0
boots 1
duration_ns 55417730231
file /usr/lib/systemd/systemd inode=5910 t=6634543602 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7174234602 kinds=block pages=0-52 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7574961602 kinds=block pages=0-505 count=17
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7678209602 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=7977204602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/dash inode=306 t=7977204602 kinds=fragment-inferred,block pages=0-30 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8029111602 kinds=block pages=0-470 count=15
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8375333602 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8438287602 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8478053602 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8532135602 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8578392602 kinds=fragment-inferred,block pages=0-9 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8578392602 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8628055602 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=8724834602 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9023071602 kinds=block pages=0-86 count=4
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9126141602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9126141602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9126141602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9126141602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9126141602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9126141602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9126141602 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9126141602 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9126141602 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9177211602 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9275493602 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9475418602 kinds=block pages=0-36 count=3
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9574672602 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9875161602 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9975438602 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10074396602 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10178846602 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10375767602 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=14927982602 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=15025964602 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=15124742602 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=15473891602 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=16224177602 kinds=fragment-inferred,block pages=0-27 count=3
file /etc/hostname inode=90 t=16290612602 kinds=fragment-inferred,block pages=0 count=3
file /etc/machine-id inode=112 t=16290612602 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system.conf inode=213 t=16290612602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=16290612602 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=16290612602 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/os-release inode=5577 t=16290612602 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=16290612602 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/kmod inode=384 t=17272910602 kinds=block pages=0-43 count=4
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=19536620602 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=19536620602 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=19536620602 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=19536620602 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=19563636602 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=19563636602 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=19563636602 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=19563636602 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=19563636602 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=19563636602 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /etc/systemd/system/liveopt-marker.service inode=199 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/basic.target inode=5621 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/fstrim.service inode=5653 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/getty-static.service inode=5656 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/getty.target inode=5657 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/getty@.service inode=5660 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/graphical.target inode=5661 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/initrd.target inode=5682 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/local-fs.target inode=5691 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/multi-user.target inode=5695 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/network-online.target inode=5702 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/network-pre.target inode=5703 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/network.target inode=5704 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/paths.target inode=5708 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/poweroff.target inode=5709 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/reboot.target inode=5720 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/rescue.service inode=5725 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/rescue.target inode=5726 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/slices.target inode=5746 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sysinit.target inode=5764 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/time-set.target inode=5872 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/time-sync.target inode=5873 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/timers.target inode=5874 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/user.slice inode=5883 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=19711086602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=19711086602 kinds=fragment-inferred,block pages=0-7 count=5
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=19711086602 kinds=fragment-inferred,block pages=0-7 count=5
file /usr/bin/mount inode=423 t=30756935602 kinds=fragment-inferred,block pages=0-14 count=5
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/emergency.service inode=5647 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/emergency.target inode=5648 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/shutdown.target inode=5743 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sockets.target inode=5748 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/swap.target inode=5759 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/syslog.socket inode=5795 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/systemd/system/umount.target inode=5878 t=30756935602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=30756935602 kinds=fragment-inferred,block pages=0-6 count=5
file /usr/lib/systemd/systemd-journald inode=5924 t=32196082602 kinds=block pages=0-41 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=32747661602 kinds=block pages=0-105 count=8
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=32748813602 kinds=block pages=0-100 count=10
file /etc/modules inode=115 t=33046539602 kinds=fragment-inferred,block pages=0 count=5
file /etc/systemd/journald.conf inode=189 t=33046539602 kinds=fragment-inferred,block pages=0 count=5
file /etc/udev/udev.conf inode=223 t=33046539602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=33046539602 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/systemd/systemd-modules-load inode=5929 t=33046539602 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-random-seed inode=5936 t=33046539602 kinds=fragment-inferred,block pages=0-5 count=5
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=33046539602 kinds=fragment-inferred,block pages=0-4 count=5
file /usr/lib/systemd/systemd-sysctl inode=5944 t=33046539602 kinds=fragment-inferred,block pages=0-5 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=33052715602 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/udevadm inode=546 t=34398692602 kinds=block pages=0-330 count=12
file /etc/group inode=85 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /etc/nsswitch.conf inode=120 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /etc/passwd inode=141 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/systemd-sysusers inode=520 t=35947679602 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/basic.conf inode=5985 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=35947679602 kinds=fragment-inferred,block pages=0 count=3
file /usr/bin/journalctl inode=382 t=36096880602 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=37799945602 kinds=block pages=0-63 count=2
file /usr/bin/systemd-tmpfiles inode=521 t=38647784602 kinds=fragment-inferred,block pages=0-27 count=3
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=38647784602 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/udev/hwdb.bin inode=6070 t=40509908602 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=42
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=42313313602 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/systemd/network/99-default.link inode=5613 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=42313313602 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=42313313602 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=42313313602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=42313313602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=42313313602 kinds=fragment-inferred,block pages=0-2 count=2
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=42313313602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=42313313602 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=42313313602 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/systemctl inode=495 t=45086830602 kinds=block pages=0-330 count=16
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=46732972602 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=46732972602 kinds=fragment-inferred,block pages=0-2 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=46732972602 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/udev/hwclock-set inode=6069 t=46732972602 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=46885116602 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=46885116602 kinds=fragment-inferred,block pages=0-21 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=48145102602 kinds=block pages=0-95 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=48145153602 kinds=fragment-inferred,block pages=0-7 count=6
file /usr/lib/systemd/system/rc-local.service inode=5715 t=48145153602 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/ata_id inode=6065 t=48145153602 kinds=fragment-inferred,block pages=0-16 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=48145157602 kinds=block pages=0-46 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=48836517602 kinds=fragment-inferred,block pages=0-13 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=48836517602 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=48836517602 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=48836517602 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/udev/dmi_memory_id inode=6067 t=48841118602 kinds=fragment-inferred,block pages=0-18 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=49146603602 kinds=block pages=0-580 count=21
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=51734517602 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/udev/cdrom_id inode=6066 t=51734517602 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/bin/addpart inode=268 t=52583840602 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=52583840602 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=52584737602 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=52584737602 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=52584867602 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=52584867602 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=52584867602 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=52584867602 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=52584867602 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=52585135602 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=52585135602 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=52585135602 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=52585135602 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=52585135602 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=52585135602 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=52585135602 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/chattr inode=289 t=52585135602 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=52585135602 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=52746977602 kinds=block pages=0-63 count=3
file /usr/bin/chfn inode=291 t=52841805602 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=52841805602 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=52841805602 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=52841805602 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=52841805602 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=52841805602 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=52841805602 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=52841805602 kinds=block pages=0-34 count=1
file /usr/bin/bash inode=283 t=52937528602 kinds=block pages=0-308 count=15
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=53019398602 kinds=block pages=0-97 count=6
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=53185589602 kinds=block pages=0-49 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=54066232602 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=54066232602 kinds=fragment-inferred,block pages=0-16 count=2
file /etc/e2scrub.conf inode=81 t=54236733602 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/readlink inode=454 t=54236733602 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/sleep inode=486 t=54236733602 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/sbin/e2scrub_all inode=7374 t=54236733602 kinds=fragment-inferred,block pages=0-1 count=2
read t=5018323602 offset=0 len=4096
read t=5027753602 offset=4096 len=4096
read t=5028843602 offset=12288 len=4096
read t=5670339602 offset=0 len=1024
read t=5672873602 offset=145689600 len=1024
read t=5673312602 offset=145689600 len=1024
read t=5674026602 offset=145670144 len=1024
read t=5722729602 offset=145537024 len=1024
read t=5772408602 offset=145537024 len=3072
read t=5830568602 offset=145689600 len=1024
read t=5871848602 offset=145689600 len=1024
read t=5959182602 offset=145656832 len=1024
read t=5971592602 offset=145656832 len=4096
read t=6022417602 offset=145531904 len=1024
read t=6071674602 offset=145531904 len=4096
read t=6124626602 offset=145648640 len=1024
read t=6171993602 offset=145648640 len=5120
read t=6222333602 offset=145652736 len=1024
read t=6271578602 offset=145652736 len=5120
read t=6322299602 offset=145482752 len=1024
read t=6372029602 offset=145482752 len=4096
read t=6426593602 offset=145539072 len=1024
read t=6471850602 offset=145539072 len=5120
read t=6606421602 offset=145668096 len=1024
read t=6606892602 offset=145668096 len=3072
read t=6634543602 offset=133222400 len=31744
read t=6676928602 offset=145527808 len=1024
read t=6721921602 offset=145527808 len=4096
read t=6772121602 offset=145689600 len=1024
read t=6821872602 offset=145689600 len=1024
read t=6872185602 offset=145591296 len=1024
read t=6921821602 offset=145591296 len=4096
read t=6972616602 offset=145537024 len=1024
read t=7021864602 offset=145537024 len=3072
read t=7072507602 offset=145531904 len=1024
read t=7121987602 offset=145531904 len=4096
read t=7174234602 offset=132252672 len=74752
read t=7230370602 offset=132326400 len=25600
read t=7291278602 offset=145656832 len=1024
read t=7321695602 offset=145656832 len=4096
read t=7372973602 offset=145652736 len=1024
read t=7421982602 offset=145652736 len=5120
read t=7477974602 offset=145633280 len=1024
read t=7522570602 offset=145633280 len=5120
read t=7574961602 offset=133253120 len=34816
read t=7630078602 offset=133866496 len=9216
read t=7678209602 offset=133874688 len=54272
read t=7730864602 offset=135187456 len=10240
read t=7792870602 offset=133927936 len=34816
read t=7824685602 offset=133961728 len=21504
read t=7878881602 offset=145668096 len=1024
read t=7921880602 offset=145668096 len=3072
read t=7977204602 offset=132193280 len=60416
read t=8029111602 offset=132350976 len=55296
read t=8078781602 offset=133134336 len=24576
read t=8128438602 offset=132405248 len=62464
read t=8175868602 offset=145482752 len=1024
read t=8221796602 offset=145482752 len=4096
read t=8272090602 offset=145689600 len=1024
read t=8321914602 offset=145689600 len=1024
read t=8375333602 offset=135196672 len=45056
read t=8438287602 offset=135240704 len=26624
read t=8478053602 offset=135266304 len=44032
read t=8532135602 offset=135309312 len=47104
read t=8578392602 offset=135355392 len=46080
read t=8628055602 offset=135400448 len=58368
read t=8677119602 offset=135457792 len=17408
read t=8724834602 offset=135474176 len=48128
read t=8778080602 offset=135584768 len=52224
read t=8826444602 offset=135635968 len=3072
read t=8873479602 offset=135635968 len=3072
read t=8925074602 offset=145534976 len=1024
read t=8971617602 offset=145534976 len=3072
read t=9023071602 offset=135638016 len=54272
read t=9078303602 offset=135753728 len=29696
read t=9126141602 offset=135782400 len=43008
read t=9177211602 offset=135824384 len=47104
read t=9228899602 offset=135870464 len=34816
read t=9275493602 offset=135904256 len=47104
read t=9326699602 offset=136349696 len=43008
read t=9375221602 offset=136391680 len=10240
read t=9422362602 offset=136391680 len=10240
read t=9475418602 offset=136400896 len=58368
read t=9528956602 offset=136458240 len=6144
read t=9574672602 offset=136463360 len=59392
read t=9629352602 offset=138192896 len=13312
read t=9673752602 offset=138205184 len=4096
read t=9722659602 offset=138205184 len=4096
read t=9780550602 offset=136521728 len=34816
read t=9824839602 offset=136555520 len=18432
read t=9875161602 offset=138208256 len=55296
read t=9935190602 offset=138469376 len=40960
read t=9975438602 offset=138509312 len=63488
read t=10025509602 offset=138571776 len=30720
read t=10074396602 offset=138601472 len=51200
read t=10125098602 offset=138995712 len=47104
read t=10178846602 offset=139041792 len=68608
read t=10225466602 offset=139252736 len=20480
read t=10274126602 offset=139109376 len=52224
read t=10323275602 offset=139160576 len=53248
read t=10375767602 offset=139272192 len=56320
read t=10426688602 offset=139327488 len=10240
read t=10479694602 offset=133286912 len=20480
read t=10523710602 offset=133306368 len=49152
read t=10582886602 offset=132651008 len=46080
read t=10622895602 offset=132696064 len=67584
read t=10674395602 offset=132585472 len=66560
read t=10727409602 offset=132833280 len=58368
read t=10774699602 offset=132890624 len=69632
read t=10826168602 offset=133044224 len=45056
read t=10874532602 offset=133088256 len=47104
read t=10929101602 offset=138651648 len=60416
read t=10974081602 offset=138711040 len=55296
read t=11024639602 offset=138765312 len=55296
read t=11074492602 offset=138819584 len=89088
read t=11126469602 offset=138262528 len=57344
read t=11174515602 offset=138318848 len=39936
read t=11225913602 offset=138130432 len=34816
read t=11274201602 offset=138164224 len=17408
read t=11324942602 offset=136572928 len=19456
read t=11374751602 offset=136591360 len=19456
read t=11433203602 offset=138180608 len=13312
read t=11476355602 offset=136609792 len=18432
read t=11524579602 offset=136627200 len=40960
read t=11573879602 offset=136667136 len=63488
read t=11641473602 offset=135950336 len=66560
read t=11675030602 offset=136015872 len=39936
read t=11727151602 offset=135691264 len=63488
read t=11778131602 offset=135521280 len=64512
read t=11827218602 offset=135153664 len=34816
read t=11874568602 offset=133982208 len=43008
read t=11924793602 offset=134024192 len=63488
read t=11990163602 offset=133827584 len=32768
read t=12023630602 offset=133859328 len=7168
read t=12073808602 offset=133865472 len=2048
read t=12132816602 offset=132959232 len=49152
read t=12175751602 offset=132762624 len=71680
read t=12235558602 offset=132466688 len=64512
read t=12274715602 offset=133007360 len=37888
read t=12325129602 offset=137336832 len=62464
read t=12373494602 offset=137398272 len=60416
read t=12426294602 offset=137896960 len=68608
read t=12474446602 offset=137964544 len=43008
read t=12527496602 offset=132530176 len=56320
read t=12581098602 offset=145422336 len=1024
read t=12621933602 offset=145422336 len=3072
read t=12673218602 offset=145539072 len=1024
read t=12721946602 offset=145539072 len=5120
read t=12775657602 offset=145531904 len=1024
read t=12822103602 offset=145531904 len=4096
read t=12872987602 offset=134534144 len=65536
read t=12926054602 offset=134598656 len=65536
read t=12977426602 offset=134909952 len=53248
read t=13023494602 offset=134962176 len=35840
read t=13076671602 offset=134996992 len=39936
read t=13123691602 offset=135035904 len=26624
read t=13175555602 offset=134467584 len=67584
read t=13226555602 offset=134408192 len=60416
read t=13284925602 offset=135061504 len=49152
read t=13328868602 offset=145656832 len=1024
read t=13372078602 offset=145656832 len=4096
read t=13426657602 offset=145652736 len=1024
read t=13471892602 offset=145652736 len=5120
read t=13523753602 offset=134279168 len=66560
read t=13575010602 offset=134344704 len=64512
read t=13637267602 offset=133530624 len=63488
read t=13675022602 offset=133593088 len=60416
read t=13727404602 offset=133755904 len=31744
read t=13774585602 offset=133786624 len=41984
read t=13828091602 offset=133711872 len=45056
read t=13907605602 offset=133410816 len=63488
read t=13925416602 offset=133473280 len=58368
read t=13977571602 offset=134086656 len=64512
read t=14042165602 offset=145527808 len=1024
read t=14071986602 offset=145527808 len=4096
read t=14122419602 offset=145591296 len=1024
read t=14172049602 offset=145591296 len=4096
read t=14222291602 offset=145482752 len=1024
read t=14271679602 offset=145482752 len=4096
read t=14321995602 offset=145689600 len=1024
read t=14371930602 offset=145689600 len=1024
read t=14422432602 offset=145534976 len=1024
read t=14471985602 offset=145534976 len=3072
read t=14523165602 offset=145633280 len=1024
read t=14572602602 offset=145633280 len=5120
read t=14622789602 offset=145668096 len=1024
read t=14671932602 offset=145668096 len=3072
read t=14728621602 offset=145537024 len=1024
read t=14771856602 offset=145537024 len=3072
read t=14822643602 offset=145648640 len=1024
read t=14872188602 offset=145648640 len=5120
read t=14927982602 offset=139336704 len=20480
read t=14973665602 offset=139356160 len=17408
read t=15025964602 offset=139433984 len=28672
read t=15073749602 offset=139461632 len=30720
read t=15124742602 offset=139646976 len=30720
read t=15173984602 offset=139676672 len=32768
read t=15229444602 offset=139410432 len=15360
read t=15273508602 offset=139424768 len=10240
read t=15322628602 offset=139424768 len=10240
read t=15377163602 offset=145641472 len=1024
read t=15421789602 offset=145641472 len=5120
read t=15473891602 offset=139830272 len=25600
read t=15539618602 offset=145531904 len=1024
read t=15572211602 offset=145531904 len=4096
read t=15622453602 offset=134663168 len=61440
read t=15678289602 offset=139372544 len=20480
read t=15724476602 offset=145637376 len=1024
read t=15772100602 offset=145637376 len=5120
read t=15822484602 offset=145689600 len=1024
read t=15871902602 offset=145689600 len=1024
read t=15921817602 offset=145534976 len=1024
read t=15971921602 offset=145534976 len=3072
read t=16022266602 offset=145633280 len=1024
read t=16071822602 offset=145633280 len=5120
read t=16122239602 offset=145668096 len=1024
read t=16172134602 offset=145668096 len=3072
read t=16224177602 offset=139854848 len=22528
read t=16290612602 offset=139876352 len=26624
read t=16351997602 offset=139392000 len=19456
read t=16374962602 offset=145537024 len=1024
read t=16422019602 offset=145537024 len=3072
read t=16472730602 offset=145648640 len=1024
read t=16521962602 offset=145648640 len=5120
read t=16572610602 offset=145641472 len=1024
read t=16621608602 offset=145641472 len=5120
read t=16701649602 offset=145652736 len=1024
read t=16721977602 offset=145652736 len=5120
read t=16772669602 offset=145485824 len=1024
read t=16821978602 offset=145485824 len=4096
read t=16872499602 offset=145689600 len=1024
read t=16922055602 offset=145689600 len=1024
read t=16973131602 offset=145656832 len=1024
read t=17021929602 offset=145656832 len=4096
read t=17072506602 offset=145531904 len=1024
read t=17121365602 offset=145531904 len=4096
read t=17173184602 offset=145534976 len=1024
read t=17221761602 offset=145534976 len=3072
read t=17272910602 offset=139901952 len=60416
read t=17327831602 offset=139961344 len=15360
read t=17407049602 offset=145633280 len=1024
read t=17421791602 offset=145633280 len=5120
read t=17481344602 offset=139632640 len=15360
read t=17528791602 offset=137768960 len=58368
read t=17573989602 offset=137826304 len=71680
read t=17637216602 offset=145648640 len=1024
read t=17671768602 offset=145648640 len=5120
read t=17725299602 offset=134150144 len=65536
read t=17782563602 offset=145641472 len=1024
read t=17821781602 offset=145641472 len=5120
read t=17873287602 offset=145668096 len=1024
read t=17921806602 offset=145668096 len=3072
read t=17978242602 offset=134214656 len=65536
read t=18039923602 offset=145652736 len=1024
read t=18071965602 offset=145652736 len=5120
read t=18122552602 offset=145689600 len=1024
read t=18171862602 offset=145689600 len=1024
read t=18224536602 offset=145422336 len=1024
read t=18271910602 offset=145422336 len=3072
read t=18333345602 offset=145531904 len=1024
read t=18372095602 offset=145531904 len=4096
read t=18422474602 offset=134845440 len=65536
read t=18475636602 offset=134723584 len=61440
read t=18524907602 offset=134784000 len=62464
read t=18612989602 offset=145656832 len=1024
read t=18621508602 offset=145656832 len=4096
read t=18686199602 offset=145539072 len=1024
read t=18721952602 offset=145539072 len=5120
read t=18778946602 offset=133354496 len=57344
read t=18895757602 offset=145648640 len=1024
read t=18896410602 offset=145648640 len=5120
read t=18922481602 offset=145474560 len=1024
read t=18971885602 offset=145474560 len=3072
read t=19038810602 offset=145641472 len=1024
read t=19071758602 offset=145641472 len=5120
read t=19122498602 offset=145534976 len=1024
read t=19171872602 offset=145534976 len=3072
read t=19222167602 offset=145689600 len=1024
read t=19271870602 offset=145689600 len=1024
read t=19328522602 offset=145637376 len=1024
read t=19371797602 offset=145637376 len=5120
read t=19422926602 offset=145668096 len=1024
read t=19471920602 offset=145668096 len=3072
read t=19536620602 offset=139975680 len=32768
read t=19563636602 offset=140007424 len=23552
read t=19711086602 offset=140029952 len=27648
read t=20044786602 offset=136207360 len=68608
read t=20060098602 offset=145652736 len=1024
read t=20095293602 offset=145652736 len=5120
read t=20098754602 offset=139212800 len=40960
read t=20113479602 offset=136274944 len=75776
read t=20192507602 offset=145422336 len=1024
read t=20205051602 offset=145422336 len=3072
read t=20209626602 offset=145656832 len=1024
read t=20249259602 offset=145539072 len=1024
read t=20297065602 offset=145656832 len=4096
read t=20347106602 offset=145539072 len=5120
read t=20448312602 offset=145659904 len=1024
read t=20497069602 offset=145659904 len=3072
read t=20550403602 offset=145641472 len=1024
read t=20596930602 offset=145641472 len=5120
read t=20647971602 offset=145534976 len=1024
read t=20696906602 offset=145534976 len=3072
read t=20747012602 offset=145689600 len=1024
read t=20797177602 offset=145689600 len=1024
read t=20847950602 offset=145637376 len=1024
read t=20897097602 offset=145637376 len=5120
read t=20948289602 offset=145648640 len=1024
read t=20995979602 offset=145648640 len=5120
read t=21046361602 offset=145537024 len=1024
read t=21096040602 offset=145537024 len=3072
read t=21147248602 offset=145645568 len=1024
read t=21196684602 offset=145645568 len=4096
read t=21246326602 offset=145474560 len=1024
read t=21297140602 offset=145474560 len=3072
read t=21348939602 offset=145539072 len=1024
read t=21396848602 offset=145539072 len=5120
read t=21446346602 offset=145422336 len=1024
read t=21497082602 offset=145422336 len=3072
read t=21547403602 offset=145659904 len=1024
read t=21597256602 offset=145659904 len=3072
read t=21648109602 offset=145689600 len=1024
read t=21696452602 offset=145689600 len=1024
read t=21748521602 offset=145534976 len=1024
read t=21796050602 offset=145534976 len=3072
read t=21846471602 offset=145668096 len=1024
read t=21896225602 offset=145668096 len=3072
read t=21949710602 offset=145637376 len=1024
read t=21996823602 offset=145637376 len=5120
read t=22047794602 offset=145645568 len=1024
read t=22097099602 offset=145645568 len=4096
read t=22152462602 offset=145648640 len=1024
read t=22196762602 offset=145648640 len=5120
read t=22249608602 offset=145539072 len=1024
read t=22296792602 offset=145539072 len=5120
read t=22347013602 offset=145422336 len=1024
read t=22396960602 offset=145422336 len=3072
read t=22447012602 offset=145659904 len=1024
read t=22496901602 offset=145659904 len=3072
read t=22548175602 offset=145474560 len=1024
read t=22596806602 offset=145474560 len=3072
read t=22647084602 offset=145689600 len=1024
read t=22696672602 offset=145689600 len=1024
read t=22748684602 offset=145534976 len=1024
read t=22796644602 offset=145534976 len=3072
read t=22847145602 offset=145668096 len=1024
read t=22897469602 offset=145668096 len=3072
read t=22949685602 offset=145637376 len=1024
read t=22996880602 offset=145637376 len=5120
read t=23047967602 offset=145645568 len=1024
read t=23096685602 offset=145645568 len=4096
read t=23147490602 offset=145648640 len=1024
read t=23197075602 offset=145648640 len=5120
read t=23252217602 offset=145539072 len=1024
read t=23296795602 offset=145539072 len=5120
read t=23348340602 offset=145652736 len=1024
read t=23396072602 offset=145652736 len=5120
read t=23446389602 offset=145422336 len=1024
read t=23496726602 offset=145422336 len=3072
read t=23547119602 offset=145689600 len=1024
read t=23597136602 offset=145689600 len=1024
read t=23661990602 offset=145531904 len=1024
read t=23696937602 offset=145531904 len=4096
read t=23746623602 offset=133652480 len=60416
read t=23833840602 offset=145471488 len=1024
read t=23846793602 offset=145471488 len=4096
read t=23898843602 offset=145534976 len=1024
read t=23946724602 offset=145534976 len=3072
read t=23997098602 offset=145668096 len=1024
read t=24046693602 offset=145668096 len=3072
read t=24098535602 offset=145645568 len=1024
read t=24146890602 offset=145645568 len=4096
read t=24203298602 offset=145474560 len=1024
read t=24246826602 offset=145474560 len=3072
read t=24311063602 offset=145648640 len=1024
read t=24346943602 offset=145648640 len=5120
read t=24409651602 offset=145665024 len=1024
read t=24447203602 offset=145665024 len=4096
read t=24498439602 offset=145689600 len=1024
read t=24546648602 offset=145689600 len=1024
read t=24600768602 offset=145537024 len=1024
read t=24646940602 offset=145537024 len=3072
read t=24706469602 offset=145471488 len=1024
read t=24746806602 offset=145471488 len=4096
read t=24798480602 offset=145534976 len=1024
read t=24846717602 offset=145534976 len=3072
read t=24896929602 offset=145668096 len=1024
read t=24946694602 offset=145668096 len=3072
read t=24997996602 offset=145645568 len=1024
read t=25046660602 offset=145645568 len=4096
read t=25097155602 offset=145474560 len=1024
read t=25146965602 offset=145474560 len=3072
read t=25198874602 offset=145648640 len=1024
read t=25246647602 offset=145648640 len=5120
read t=25297335602 offset=145665024 len=1024
read t=25346866602 offset=145665024 len=4096
read t=25398351602 offset=145689600 len=1024
read t=25445954602 offset=145689600 len=1024
read t=25499560602 offset=145637376 len=1024
read t=25546868602 offset=145637376 len=5120
read t=25600068602 offset=145471488 len=1024
read t=25646607602 offset=145471488 len=4096
read t=25697604602 offset=145534976 len=1024
read t=25746289602 offset=145534976 len=3072
read t=25796438602 offset=145668096 len=1024
read t=25846053602 offset=145668096 len=3072
read t=25898591602 offset=145645568 len=1024
read t=25946094602 offset=145645568 len=4096
read t=25997694602 offset=145474560 len=1024
read t=26047000602 offset=145474560 len=3072
read t=26098713602 offset=145648640 len=1024
read t=26146860602 offset=145648640 len=5120
read t=26198734602 offset=145665024 len=1024
read t=26246868602 offset=145665024 len=4096
read t=26297069602 offset=145689600 len=1024
read t=26346681602 offset=145689600 len=1024
read t=26407248602 offset=145537024 len=1024
read t=26446770602 offset=145537024 len=3072
read t=26498451602 offset=145471488 len=1024
read t=26546707602 offset=145471488 len=4096
read t=26598010602 offset=145534976 len=1024
read t=26646650602 offset=145534976 len=3072
read t=26696920602 offset=145668096 len=1024
read t=26746210602 offset=145668096 len=3072
read t=26796897602 offset=145645568 len=1024
read t=26846902602 offset=145645568 len=4096
read t=26899368602 offset=145474560 len=1024
read t=26946809602 offset=145474560 len=3072
read t=27003214602 offset=145648640 len=1024
read t=27047061602 offset=145648640 len=5120
read t=27098349602 offset=145665024 len=1024
read t=27146707602 offset=145665024 len=4096
read t=27197862602 offset=145689600 len=1024
read t=27247108602 offset=145689600 len=1024
read t=27357400602 offset=145637376 len=1024
read t=27357963602 offset=145637376 len=5120
read t=27396985602 offset=145422336 len=1024
read t=27446885602 offset=145422336 len=3072
read t=27500103602 offset=145539072 len=1024
read t=27546946602 offset=145539072 len=5120
read t=27598513602 offset=145584128 len=1024
read t=27646978602 offset=145584128 len=4096
read t=27698465602 offset=145471488 len=1024
read t=27746087602 offset=145471488 len=4096
read t=27873421602 offset=145645568 len=1024
read t=27873939602 offset=145645568 len=4096
read t=27896742602 offset=145474560 len=1024
read t=27946981602 offset=145474560 len=3072
read t=28034707602 offset=145581056 len=1024
read t=28046433602 offset=145581056 len=4096
read t=28098951602 offset=145689600 len=1024
read t=28146922602 offset=145689600 len=1024
read t=28203822602 offset=145637376 len=1024
read t=28246832602 offset=145637376 len=5120
read t=28297444602 offset=145422336 len=1024
read t=28346951602 offset=145422336 len=3072
read t=28403253602 offset=145539072 len=1024
read t=28446933602 offset=145539072 len=5120
read t=28498761602 offset=145584128 len=1024
read t=28546822602 offset=145584128 len=4096
read t=28600160602 offset=145471488 len=1024
read t=28647082602 offset=145471488 len=4096
read t=28786846602 offset=145645568 len=1024
read t=28787348602 offset=145645568 len=4096
read t=28838739602 offset=145474560 len=1024
read t=28846608602 offset=145474560 len=3072
read t=28898934602 offset=145581056 len=1024
read t=28945964602 offset=145581056 len=4096
read t=28998163602 offset=145689600 len=1024
read t=29050110602 offset=145689600 len=1024
read t=29127389602 offset=145637376 len=1024
read t=29146931602 offset=145637376 len=5120
read t=29197663602 offset=145422336 len=1024
read t=29246988602 offset=145422336 len=3072
read t=29299037602 offset=145648640 len=1024
read t=29346856602 offset=145648640 len=5120
read t=29399224602 offset=145539072 len=1024
read t=29446964602 offset=145539072 len=5120
read t=29498516602 offset=145584128 len=1024
read t=29546890602 offset=145584128 len=4096
read t=29600746602 offset=145471488 len=1024
read t=29646852602 offset=145471488 len=4096
read t=29715515602 offset=145656832 len=1024
read t=29747003602 offset=145656832 len=4096
read t=29797449602 offset=145534976 len=1024
read t=29846773602 offset=145534976 len=3072
read t=29897149602 offset=145689600 len=1024
read t=29946856602 offset=145689600 len=1024
read t=29997533602 offset=145637376 len=1024
read t=30046959602 offset=145637376 len=5120
read t=30099203602 offset=145668096 len=1024
read t=30147093602 offset=145668096 len=3072
read t=30198499602 offset=139876352 len=26624
read t=30337989602 offset=145645568 len=1024
read t=30338504602 offset=145645568 len=4096
read t=30346845602 offset=145474560 len=1024
read t=30396867602 offset=145474560 len=3072
read t=30448826602 offset=145584128 len=1024
read t=30496946602 offset=145584128 len=4096
read t=30547922602 offset=145471488 len=1024
read t=30596834602 offset=145471488 len=4096
read t=30756935602 offset=140056576 len=36864
read t=31042760602 offset=145648640 len=1024
read t=31043620602 offset=145648640 len=5120
read t=31044748602 offset=145534976 len=1024
read t=31045052602 offset=145534976 len=3072
read t=31095200602 offset=145689600 len=1024
read t=31144958602 offset=145689600 len=1024
read t=31206933602 offset=145652736 len=1024
read t=31244905602 offset=145652736 len=5120
read t=31295231602 offset=145656832 len=1024
read t=31344933602 offset=145656832 len=4096
read t=31451830602 offset=145668096 len=1024
read t=31454023602 offset=145668096 len=3072
read t=31575875602 offset=145641472 len=1024
read t=31585077602 offset=145641472 len=5120
read t=31595569602 offset=145637376 len=1024
read t=31645057602 offset=145637376 len=5120
read t=31694971602 offset=145527808 len=1024
read t=31730342602 offset=145633280 len=1024
read t=31744937602 offset=145527808 len=4096
read t=31794675602 offset=145633280 len=5120
read t=31845765602 offset=145601536 len=1024
read t=31911819602 offset=145534976 len=1024
read t=31921501602 offset=145648640 len=1024
read t=31921924602 offset=145652736 len=1024
read t=31945033602 offset=145601536 len=4096
read t=31994845602 offset=145534976 len=3072
read t=32044923602 offset=145648640 len=5120
read t=32095027602 offset=145652736 len=5120
read t=32196043602 offset=145689600 len=1024
read t=32196082602 offset=140092416 len=54272
read t=32295472602 offset=145422336 len=1024
read t=32351463602 offset=140145664 len=12288
read t=32395396602 offset=145689600 len=1024
read t=32445205602 offset=145422336 len=3072
read t=32548240602 offset=145641472 len=1024
read t=32596084602 offset=145539072 len=1024
read t=32645477602 offset=145641472 len=5120
read t=32695041602 offset=145539072 len=5120
read t=32745934602 offset=145668096 len=1024
read t=32747661602 offset=140744704 len=43008
read t=32748813602 offset=140865536 len=49152
read t=32796102602 offset=145482752 len=1024
read t=32845523602 offset=145668096 len=3072
read t=32900487602 offset=145534976 len=1024
read t=32994665602 offset=145482752 len=4096
read t=33046539602 offset=140843008 len=23552
read t=33052715602 offset=140720128 len=25600
read t=33094967602 offset=145534976 len=3072
read t=33175339602 offset=145648640 len=1024
read t=33267616602 offset=145591296 len=1024
read t=33275082602 offset=145656832 len=1024
read t=33298288602 offset=140913664 len=26624
read t=33298315602 offset=145689600 len=1024
read t=33301132602 offset=140786688 len=28672
read t=33344920602 offset=145648640 len=5120
read t=33394779602 offset=145591296 len=4096
read t=33444878602 offset=145656832 len=4096
read t=33496111602 offset=140939264 len=21504
read t=33545099602 offset=145689600 len=1024
read t=33596152602 offset=140814336 len=23552
read t=33745359602 offset=145537024 len=1024
read t=33796747602 offset=140959744 len=5120
read t=33848063602 offset=145637376 len=1024
read t=33848103602 offset=145652736 len=1024
read t=33848108602 offset=145668096 len=1024
read t=33848112602 offset=145534976 len=1024
read t=33944018602 offset=145537024 len=3072
read t=34045089602 offset=145534976 len=3072
read t=34094913602 offset=145637376 len=5120
read t=34144868602 offset=145652736 len=5120
read t=34194974602 offset=145668096 len=3072
read t=34246021602 offset=145641472 len=1024
read t=34295449602 offset=140836864 len=7168
read t=34295792602 offset=140959744 len=5120
read t=34398692602 offset=140156928 len=32768
read t=34461861602 offset=145633280 len=1024
read t=34497095602 offset=145641472 len=5120
read t=34543250602 offset=145648640 len=1024
read t=34545257602 offset=140836864 len=7168
read t=34655979602 offset=140647424 len=11264
read t=34694768602 offset=145633280 len=5120
read t=34745748602 offset=145531904 len=1024
read t=34746060602 offset=145689600 len=1024
read t=34795160602 offset=145648640 len=5120
read t=34897113602 offset=140657664 len=6144
read t=34901358602 offset=145656832 len=1024
read t=34989571602 offset=145539072 len=1024
read t=34994497602 offset=145531904 len=4096
read t=35044840602 offset=145689600 len=1024
read t=35095739602 offset=145652736 len=1024
read t=35145987602 offset=145534976 len=1024
read t=35194920602 offset=145656832 len=4096
read t=35244446602 offset=145539072 len=5120
read t=35394883602 offset=145652736 len=5120
read t=35445130602 offset=145534976 len=3072
read t=35548217602 offset=145422336 len=1024
read t=35644890602 offset=140657664 len=6144
read t=35645646602 offset=145668096 len=1024
read t=35695157602 offset=145422336 len=3072
read t=35742081602 offset=145648640 len=1024
read t=35794793602 offset=145668096 len=3072
read t=35830303602 offset=140605440 len=43008
read t=35895160602 offset=145648640 len=5120
read t=35947679602 offset=140963840 len=25600
read t=35954136602 offset=140056576 len=36864
read t=35959557602 offset=140843008 len=23552
read t=36003157602 offset=140188672 len=65536
read t=36096880602 offset=140988416 len=29696
read t=36157518602 offset=145641472 len=1024
read t=36161093602 offset=145689600 len=1024
read t=36247064602 offset=140253184 len=62464
read t=36344830602 offset=145641472 len=5120
read t=36394982602 offset=145689600 len=1024
read t=36453644602 offset=140381184 len=67584
read t=36495658602 offset=145531904 len=1024
read t=36548583602 offset=140963840 len=25600
read t=36550715602 offset=145539072 len=1024
read t=36552605602 offset=140056576 len=36864
read t=36597120602 offset=140447744 len=70656
read t=36644204602 offset=145531904 len=4096
read t=36707495602 offset=145652736 len=1024
read t=36744096602 offset=145539072 len=5120
read t=36798853602 offset=145534976 len=1024
read t=36895923602 offset=145633280 len=1024
read t=36944240602 offset=145652736 len=5120
read t=37044562602 offset=145534976 len=3072
read t=37094094602 offset=145633280 len=5120
read t=37197094602 offset=145668096 len=1024
read t=37198220602 offset=140517376 len=56320
read t=37297063602 offset=145668096 len=3072
read t=37347048602 offset=140572672 len=33792
read t=37402795602 offset=145422336 len=1024
read t=37403871602 offset=145641472 len=1024
read t=37417128602 offset=145689600 len=1024
read t=37494733602 offset=145422336 len=3072
read t=37544822602 offset=145641472 len=5120
read t=37594625602 offset=145689600 len=1024
read t=37759815602 offset=140843008 len=23552
read t=37799945602 offset=140663808 len=29696
read t=37851385602 offset=140692480 len=23552
read t=37864383602 offset=140314624 len=67584
read t=37907089602 offset=145648640 len=1024
read t=37975266602 offset=145537024 len=1024
read t=37994848602 offset=145648640 len=5120
read t=38045327602 offset=145537024 len=3072
read t=38095292602 offset=145652736 len=1024
read t=38145546602 offset=145531904 len=1024
read t=38194551602 offset=145652736 len=5120
read t=38244918602 offset=145531904 len=4096
read t=38299761602 offset=145656832 len=1024
read t=38394787602 offset=145656832 len=4096
read t=38449104602 offset=145534976 len=1024
read t=38493819602 offset=145534976 len=3072
read t=38545541602 offset=145668096 len=1024
read t=38594930602 offset=145668096 len=3072
read t=38647784602 offset=141017088 len=46080
read t=38712842602 offset=145633280 len=1024
read t=38745306602 offset=145633280 len=5120
read t=38869818602 offset=145422336 len=1024
read t=38873646602 offset=145422336 len=3072
read t=38894927602 offset=145689600 len=1024
read t=38945165602 offset=145689600 len=1024
read t=38996087602 offset=145537024 len=1024
read t=39044991602 offset=145537024 len=3072
read t=39098831602 offset=145641472 len=1024
read t=39144233602 offset=145641472 len=5120
read t=39273241602 offset=145652736 len=1024
read t=39273736602 offset=145652736 len=5120
read t=39295694602 offset=145482752 len=1024
read t=39344014602 offset=145482752 len=4096
read t=39655376602 offset=145656832 len=1024
read t=39661762602 offset=145656832 len=4096
read t=39675248602 offset=145531904 len=1024
read t=39681195602 offset=145531904 len=4096
read t=39710538602 offset=145637376 len=1024
read t=39757152602 offset=145637376 len=5120
read t=39807487602 offset=145527808 len=1024
read t=39857225602 offset=145527808 len=4096
read t=39906939602 offset=145689600 len=1024
read t=39924635602 offset=145648640 len=1024
read t=39957090602 offset=145689600 len=1024
read t=40006665602 offset=145648640 len=5120
read t=40058002602 offset=145596416 len=1024
read t=40108284602 offset=145652736 len=1024
read t=40158159602 offset=145596416 len=5120
read t=40207076602 offset=145652736 len=5120
read t=40257595602 offset=145492992 len=1024
read t=40307757602 offset=145537024 len=1024
read t=40356866602 offset=145492992 len=4096
read t=40406766602 offset=145537024 len=3072
read t=40457975602 offset=145594368 len=1024
read t=40509908602 offset=141094912 len=12288
read t=40556999602 offset=145594368 len=3072
read t=40607911602 offset=141106176 len=14336
read t=40657709602 offset=145490944 len=1024
read t=40710536602 offset=145633280 len=1024
read t=40757809602 offset=145490944 len=3072
read t=40807040602 offset=145633280 len=5120
read t=40857644602 offset=145689600 len=1024
read t=40922732602 offset=145641472 len=1024
read t=40957196602 offset=145689600 len=1024
read t=41007287602 offset=145641472 len=5120
read t=41056836602 offset=145668096 len=1024
read t=41107163602 offset=145422336 len=1024
read t=41156870602 offset=145668096 len=3072
read t=41206974602 offset=145422336 len=3072
read t=41259327602 offset=145656832 len=1024
read t=41308612602 offset=145648640 len=1024
read t=41356959602 offset=145656832 len=4096
read t=41406921602 offset=145648640 len=5120
read t=41457551602 offset=145531904 len=1024
read t=41507444602 offset=145537024 len=1024
read t=41557445602 offset=145531904 len=4096
read t=41607400602 offset=145537024 len=3072
read t=41658227602 offset=145539072 len=1024
read t=41707134602 offset=145689600 len=1024
read t=41757392602 offset=145539072 len=5120
read t=41806817602 offset=145689600 len=1024
read t=41911322602 offset=145633280 len=1024
read t=41912148602 offset=145641472 len=1024
read t=41957339602 offset=145633280 len=5120
read t=42007555602 offset=145641472 len=5120
read t=42111599602 offset=145627136 len=1024
read t=42113219602 offset=145668096 len=1024
read t=42157201602 offset=145627136 len=5120
read t=42206670602 offset=145668096 len=3072
read t=42257961602 offset=145527808 len=1024
read t=42313313602 offset=141062144 len=33792
read t=42357548602 offset=145527808 len=4096
read t=42419218602 offset=145422336 len=1024
read t=42459100602 offset=145656832 len=1024
read t=42507402602 offset=145422336 len=3072
read t=42557418602 offset=145656832 len=4096
read t=42609581602 offset=145648640 len=1024
read t=42657615602 offset=145531904 len=1024
read t=42707120602 offset=145648640 len=5120
read t=42757219602 offset=145531904 len=4096
read t=42807841602 offset=145537024 len=1024
read t=42857827602 offset=145689600 len=1024
read t=42907217602 offset=145537024 len=3072
read t=42957200602 offset=145689600 len=1024
read t=43059602602 offset=145641472 len=1024
read t=43108013602 offset=145641472 len=5120
read t=43164602602 offset=145668096 len=1024
read t=43164643602 offset=145652736 len=1024
read t=43207245602 offset=145652736 len=5120
read t=43257099602 offset=145668096 len=3072
read t=43495894602 offset=145633280 len=1024
read t=43497179602 offset=145633280 len=5120
read t=43679907602 offset=135109632 len=45056
read t=44380878602 offset=142452736 len=20480
read t=44382423602 offset=145656832 len=1024
read t=44384777602 offset=142472192 len=36864
read t=44385042602 offset=145656832 len=4096
read t=44400021602 offset=142166016 len=20480
read t=44484752602 offset=142706688 len=50176
read t=44485207602 offset=142185472 len=19456
read t=44502058602 offset=145645568 len=1024
read t=44515595602 offset=145648640 len=1024
read t=44534533602 offset=145537024 len=1024
read t=44633066602 offset=145645568 len=4096
read t=44683068602 offset=145648640 len=5120
read t=44733226602 offset=145537024 len=3072
read t=44883350602 offset=142755840 len=37888
read t=44883649602 offset=145689600 len=1024
read t=44938303602 offset=141689856 len=16384
read t=44982807602 offset=145689600 len=1024
read t=44993555602 offset=145534976 len=1024
read t=45034984602 offset=141705216 len=19456
read t=45085179602 offset=145668096 len=1024
read t=45086830602 offset=143215616 len=38912
read t=45133239602 offset=145534976 len=3072
read t=45186989602 offset=142508032 len=51200
read t=45234781602 offset=145668096 len=3072
read t=45292875602 offset=143753216 len=41984
read t=45333527602 offset=139535360 len=17408
read t=45385128602 offset=142558208 len=49152
read t=45486412602 offset=143794176 len=9216
read t=45534264602 offset=139551744 len=30720
read t=45587158602 offset=142150656 len=16384
read t=45590612602 offset=142031872 len=18432
read t=45633900602 offset=143794176 len=9216
read t=45709248602 offset=143155200 len=49152
read t=45784786602 offset=142049280 len=19456
read t=45885808602 offset=143203328 len=13312
read t=45936204602 offset=142134272 len=17408
read t=45938346602 offset=141993984 len=20480
read t=45962597602 offset=145652736 len=1024
read t=45985972602 offset=143203328 len=13312
read t=46035944602 offset=142792704 len=25600
read t=46052263602 offset=141639680 len=18432
read t=46084796602 offset=142013440 len=19456
read t=46102146602 offset=142085120 len=18432
read t=46105395602 offset=143253504 len=67584
read t=46133372602 offset=145652736 len=5120
read t=46197882602 offset=145641472 len=1024
read t=46238651602 offset=142817280 len=27648
read t=46238711602 offset=142606336 len=51200
read t=46285343602 offset=141657088 len=15360
read t=46335870602 offset=142921728 len=26624
read t=46384805602 offset=142102528 len=17408
read t=46435832602 offset=143320064 len=67584
read t=46533087602 offset=145641472 len=5120
read t=46584073602 offset=142656512 len=51200
read t=46636688602 offset=143012864 len=17408
read t=46732972602 offset=143981568 len=18432
read t=46735082602 offset=142947328 len=25600
read t=46746680602 offset=145645568 len=1024
read t=46784602602 offset=142067712 len=18432
read t=46840886602 offset=143715328 len=38912
read t=46885116602 offset=143802368 len=31744
read t=46907125602 offset=141621248 len=19456
read t=46984734602 offset=143029248 len=36864
read t=47000966602 offset=139491328 len=22528
read t=47133238602 offset=145645568 len=4096
read t=47158280602 offset=145648640 len=1024
read t=47185795602 offset=145537024 len=1024
read t=47436673602 offset=139512832 len=23552
read t=47533524602 offset=145648640 len=5120
read t=47582857602 offset=145537024 len=3072
read t=47681659602 offset=145620992 len=4096
read t=47737325602 offset=142971904 len=24576
read t=47737371602 offset=145689600 len=1024
read t=47737376602 offset=143386624 len=69632
read t=47783250602 offset=145682432 len=4096
read t=47834868602 offset=142995456 len=18432
read t=47886023602 offset=143455232 len=67584
read t=47935518602 offset=145689600 len=1024
read t=47983108602 offset=0 len=4096
read t=48087451602 offset=143657984 len=58368
read t=48088187602 offset=141671424 len=19456
read t=48145102602 offset=143998976 len=41984
read t=48145144602 offset=145429504 len=1024
read t=48145149602 offset=145668096 len=1024
read t=48145153602 offset=143881216 len=36864
read t=48145157602 offset=143936512 len=35840
read t=48183362602 offset=4096 len=4096
read t=48242307602 offset=143588352 len=70656
read t=48386037602 offset=143971328 len=11264
read t=48440234602 offset=144039936 len=23552
read t=48482806602 offset=145429504 len=3072
read t=48533058602 offset=145668096 len=3072
read t=48583209602 offset=145686528 len=4096
read t=48650180602 offset=143521792 len=67584
read t=48734931602 offset=144062464 len=22528
read t=48783846602 offset=145456128 len=1024
read t=48836517602 offset=143917056 len=20480
read t=48841118602 offset=144083968 len=33792
read t=48841149602 offset=143981568 len=18432
read t=48883208602 offset=145555456 len=4096
read t=48985118602 offset=144062464 len=22528
read t=49033677602 offset=145456128 len=3072
read t=49086346602 offset=140029952 len=27648
read t=49137652602 offset=143917056 len=20480
read t=49146603602 offset=144116736 len=41984
read t=49235454602 offset=145657856 len=4096
read t=49334650602 offset=145641472 len=1024
read t=49401430602 offset=143881216 len=36864
read t=49487139602 offset=144157696 len=56320
read t=49534373602 offset=145559552 len=4096
read t=49583405602 offset=145641472 len=5120
read t=49639752602 offset=145645568 len=1024
read t=49686386602 offset=144212992 len=61440
read t=49734154602 offset=145485824 len=4096
read t=49833284602 offset=145645568 len=4096
read t=49886223602 offset=144273408 len=25600
read t=49933657602 offset=145387520 len=4096
read t=49984040602 offset=145661952 len=1024
read t=49984079602 offset=145537024 len=1024
read t=50083261602 offset=145342464 len=4096
read t=50133106602 offset=145537024 len=3072
read t=50182864602 offset=145661952 len=4096
read t=50233717602 offset=145313792 len=4096
read t=50283689602 offset=145689600 len=1024
read t=50283726602 offset=144297984 len=12288
read t=50383399602 offset=145223680 len=4096
read t=50434390602 offset=144309248 len=12288
read t=50482895602 offset=145689600 len=1024
read t=50534032602 offset=145190912 len=4096
read t=50584122602 offset=144320512 len=16384
read t=50638520602 offset=141062144 len=33792
read t=50683113602 offset=145182720 len=4096
read t=50734295602 offset=144335872 len=30720
read t=50834235602 offset=145203200 len=4096
read t=50885841602 offset=144365568 len=32768
read t=50922161602 offset=143802368 len=31744
read t=50933250602 offset=144109568 len=4096
read t=50986469602 offset=144397312 len=22528
read t=51083775602 offset=16384 len=4096
read t=51134479602 offset=144418816 len=21504
read t=51164036602 offset=145648640 len=1024
read t=51183401602 offset=32768 len=4096
read t=51242026602 offset=144439296 len=21504
read t=51282851602 offset=145648640 len=5120
read t=51333474602 offset=65536 len=4096
read t=51384333602 offset=144459776 len=21504
read t=51433450602 offset=145668096 len=1024
read t=51483129602 offset=131072 len=4096
read t=51535165602 offset=144480256 len=20480
read t=51583005602 offset=145668096 len=3072
read t=51633443602 offset=262144 len=4096
read t=51684678602 offset=144499712 len=17408
read t=51734517602 offset=143833088 len=49152
read t=51783117602 offset=524288 len=4096
read t=51835446602 offset=144516096 len=17408
read t=51934199602 offset=1048576 len=4096
read t=51986106602 offset=144532480 len=17408
read t=52016102602 offset=143881216 len=36864
read t=52033712602 offset=2097152 len=4096
read t=52084783602 offset=144548864 len=21504
read t=52183536602 offset=4194304 len=4096
read t=52235486602 offset=144569344 len=5120
read t=52283954602 offset=12288 len=4096
read t=52335292602 offset=144569344 len=5120
read t=52383042602 offset=28672 len=4096
read t=52490376602 offset=145531904 len=1024
read t=52491196602 offset=61440 len=4096
read t=52583840602 offset=8192 len=4096
read t=52584074602 offset=20480 len=8192
read t=52584737602 offset=36864 len=24576
read t=52584867602 offset=69632 len=61440
read t=52585135602 offset=135168 len=126976
read t=52746977602 offset=144573440 len=39936
read t=52841805602 offset=266240 len=258048
read t=52885994602 offset=144612352 len=23552
read t=52937528602 offset=144965632 len=217088
read t=52937567602 offset=145186816 len=4096
read t=52937570602 offset=145195008 len=8192
read t=52937572602 offset=145207296 len=16384
read t=53019398602 offset=144634880 len=41984
read t=53184579602 offset=145227776 len=86016
read t=53185146602 offset=145317888 len=24576
read t=53185348602 offset=145346560 len=40960
read t=53185589602 offset=145391616 len=94208
read t=53237881602 offset=144675840 len=29696
read t=53485318602 offset=145531904 len=4096
read t=53485815602 offset=144704512 len=21504
read t=53588256602 offset=144724992 len=3072
read t=53633421602 offset=144724992 len=3072
read t=53635946602 offset=143981568 len=18432
read t=53735212602 offset=145652736 len=1024
read t=53783012602 offset=145652736 len=5120
read t=53803233602 offset=143065088 len=44032
read t=53834042602 offset=145656832 len=1024
read t=53887573602 offset=143108096 len=48128
read t=53932794602 offset=145656832 len=4096
read t=54035440602 offset=145424384 len=1024
read t=54066232602 offset=144727040 len=28672
read t=54083162602 offset=145424384 len=3072
read t=54185074602 offset=132193280 len=60416
read t=54236733602 offset=144754688 len=28672
read t=54286072602 offset=144782336 len=49152
read t=54339307602 offset=145337344 len=19456
read t=54388255602 offset=145482752 len=1024
read t=54433187602 offset=145482752 len=4096
read t=54484020602 offset=145537024 len=1024
read t=54533125602 offset=145537024 len=3072
read t=54583339602 offset=145689600 len=1024
read t=54634084602 offset=145689600 len=1024
read t=54684663602 offset=145355776 len=44032
read t=54737966602 offset=145398784 len=24576
read t=54789636602 offset=144830464 len=50176
read t=54836318602 offset=144879616 len=70656
read t=54890801602 offset=144949248 len=72704
read t=54936708602 offset=145020928 len=71680
read t=54986769602 offset=145091584 len=71680
read t=55040173602 offset=145234944 len=58368
read t=55086083602 offset=145292288 len=46080
read t=55148986602 offset=145162240 len=73728
read t=55257269602 offset=145648640 len=1024
read t=55257745602 offset=145648640 len=5120
end files=336 reads=973
