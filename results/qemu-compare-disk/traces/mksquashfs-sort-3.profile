liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700765 mkfs_time=1795319157 inode_count=12821 block_size=131072 compressor=zstd sha256=11007a0d7796d02b1de0772e78df264d3d41b8d4af9531995387e7af8c4f4b34
events 1117
dropped 0
boots 1
duration_ns 59733408785
file /usr/lib/systemd/systemd inode=5910 t=7169083769 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8016014769 kinds=block pages=0-52 count=15
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=8220621769 kinds=block pages=0-505 count=18
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8320138769 kinds=block pages=0-817 count=27
file /etc/ld.so.cache inode=100 t=8628095769 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/dash inode=306 t=8628095769 kinds=fragment-inferred,block pages=0-30 count=3
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8669628769 kinds=block pages=0-470 count=22
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8918506769 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8973793769 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9023709769 kinds=fragment-inferred,block pages=0-31 count=2
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9074565769 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9124942769 kinds=fragment-inferred,block pages=0-9 count=3
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9124942769 kinds=fragment-inferred,block pages=0-19 count=3
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9170532769 kinds=block pages=0-42 count=3
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9268269769 kinds=block pages=0-98 count=6
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9470185769 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9568915769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9568915769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9568915769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9568915769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9568915769 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9568915769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9568915769 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9568915769 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9568915769 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9621553769 kinds=block pages=0-50 count=3
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9720399769 kinds=block pages=0-95,224-325 count=9
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9920951769 kinds=block pages=0-36 count=4
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=10016957769 kinds=block pages=0-255,544-607,800-927,1024-1155 count=21
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10317784769 kinds=block pages=0-95,160-186 count=5
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10418188769 kinds=block pages=0-46 count=3
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10517550769 kinds=block pages=0-159,192-222 count=7
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10619835769 kinds=block pages=0-153 count=6
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10818470769 kinds=block pages=0-38 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=15171557769 kinds=block pages=0-171 count=7
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=15268257769 kinds=block pages=0-191,288-308 count=9
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=15367897769 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=16016073769 kinds=fragment-inferred,block pages=0-26 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=16466847769 kinds=fragment-inferred,block pages=0-27 count=2
file /etc/hostname inode=90 t=16616474769 kinds=fragment-inferred,block pages=0 count=4
file /etc/machine-id inode=112 t=16616474769 kinds=fragment-inferred,block pages=0 count=4
file /etc/systemd/system.conf inode=213 t=16616474769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=16616474769 kinds=fragment-inferred,block pages=0-8 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=16616474769 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/os-release inode=5577 t=16616474769 kinds=fragment-inferred,block pages=0 count=4
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=16616474769 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/kmod inode=384 t=17815406769 kinds=block pages=0-43 count=3
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=19689878769 kinds=fragment-inferred,block pages=0-8 count=3
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=19689878769 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=19689878769 kinds=fragment-inferred,block pages=0-10 count=3
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=19689878769 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=19738639769 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=19738639769 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=19738639769 kinds=fragment-inferred,block pages=0-5 count=3
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=19738639769 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=19738639769 kinds=fragment-inferred,block pages=0-3 count=3
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=19738639769 kinds=fragment-inferred,block pages=0-3 count=3
file /etc/fstab inode=83 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /etc/systemd/system/liveopt-marker.service inode=199 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/basic.target inode=5621 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.service inode=5653 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty-static.service inode=5656 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty.target inode=5657 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/getty@.service inode=5660 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/graphical.target inode=5661 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/initrd.target inode=5682 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs.target inode=5691 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/multi-user.target inode=5695 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-online.target inode=5702 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network-pre.target inode=5703 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/network.target inode=5704 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/paths.target inode=5708 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/poweroff.target inode=5709 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/reboot.target inode=5720 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.service inode=5725 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/rescue.target inode=5726 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/slices.target inode=5746 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sysinit.target inode=5764 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-set.target inode=5872 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/time-sync.target inode=5873 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/timers.target inode=5874 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/user.slice inode=5883 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=19926072769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=19926072769 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=19926072769 kinds=fragment-inferred,block pages=0-7 count=3
file /usr/bin/mount inode=423 t=25472865769 kinds=fragment-inferred,block pages=0-14 count=3
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.service inode=5647 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/emergency.target inode=5648 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/shutdown.target inode=5743 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sockets.target inode=5748 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/swap.target inode=5759 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/syslog.socket inode=5795 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/systemd/system/umount.target inode=5878 t=25472865769 kinds=fragment-inferred,block pages=0 count=3
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=25472865769 kinds=fragment-inferred,block pages=0-6 count=3
file /usr/lib/systemd/systemd-journald inode=5924 t=27731840769 kinds=block pages=0-41 count=4
file /etc/modules inode=115 t=29733651769 kinds=fragment-inferred,block pages=0 count=6
file /etc/systemd/journald.conf inode=189 t=29733651769 kinds=fragment-inferred,block pages=0 count=6
file /etc/udev/udev.conf inode=223 t=29733651769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=29733651769 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/systemd/systemd-modules-load inode=5929 t=29733651769 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-random-seed inode=5936 t=29733651769 kinds=fragment-inferred,block pages=0-5 count=6
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=29733651769 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-sysctl inode=5944 t=29733651769 kinds=fragment-inferred,block pages=0-5 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=29741080769 kinds=block pages=0-105 count=6
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=29741820769 kinds=fragment-inferred,block pages=0-28 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=29742794769 kinds=block pages=0-100 count=6
file /usr/bin/udevadm inode=546 t=32489598769 kinds=block pages=0-330 count=13
file /etc/group inode=85 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /etc/nsswitch.conf inode=120 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /etc/passwd inode=141 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/bin/systemd-sysusers inode=520 t=32734314769 kinds=fragment-inferred,block pages=0-15 count=4
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/basic.conf inode=5985 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=32734314769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=33297317769 kinds=block pages=0-63 count=2
file /usr/bin/journalctl inode=382 t=34435118769 kinds=fragment-inferred,block pages=0-18 count=3
file /usr/bin/systemd-tmpfiles inode=521 t=35887717769 kinds=fragment-inferred,block pages=0-27 count=2
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=35887717769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/udev/hwdb.bin inode=6070 t=38818728769 kinds=block pages=0-63,960-1151,1632-1855,1888-2015,2464-2783,2880-3178 count=40
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=40423181769 kinds=fragment-inferred,block pages=0-7 count=6
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/network/99-default.link inode=5613 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=40423181769 kinds=fragment-inferred,block pages=0-4 count=6
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=40423181769 kinds=fragment-inferred,block pages=0-3 count=6
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=40423181769 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=40423181769 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=40423181769 kinds=fragment-inferred,block pages=0-2 count=6
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=40423181769 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=40423181769 kinds=fragment-inferred,block pages=0 count=6
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=40423181769 kinds=fragment-inferred,block pages=0-1 count=6
file /usr/bin/systemctl inode=495 t=42470952769 kinds=block pages=0-330 count=15
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=45979228769 kinds=fragment-inferred,block pages=0-7 count=4
file /usr/lib/systemd/system/rc-local.service inode=5715 t=45979228769 kinds=fragment-inferred,block pages=0 count=4
file /usr/lib/udev/ata_id inode=6065 t=45979228769 kinds=fragment-inferred,block pages=0-16 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=48666963769 kinds=block pages=0-46 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=49169296769 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=49169296769 kinds=fragment-inferred,block pages=0-21 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=49169337769 kinds=fragment-inferred,block pages=0-12 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=49169337769 kinds=fragment-inferred,block pages=0-2 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=49169337769 kinds=fragment-inferred,block pages=0-3 count=5
file /usr/lib/udev/hwclock-set inode=6069 t=49169337769 kinds=fragment-inferred,block pages=0 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=49170185769 kinds=fragment-inferred,block pages=0-13 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=49170185769 kinds=fragment-inferred,block pages=0-8 count=2
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=49170185769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=49170185769 kinds=fragment-inferred,block pages=0 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=51417845769 kinds=block pages=0-95 count=5
file /usr/lib/udev/dmi_memory_id inode=6067 t=51866070769 kinds=fragment-inferred,block pages=0-18 count=4
file /usr/bin/chmod inode=293 t=53617655769 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=53617655769 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=53617655769 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chattr inode=289 t=53617655769 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=53617655769 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chage inode=288 t=53617655769 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/bashbug inode=284 t=53617655769 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=53617655769 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/basename inode=281 t=53617655769 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=53617655769 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/base32 inode=279 t=53617655769 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=53617655769 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/arch inode=276 t=53618639769 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=53618639769 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-key inode=274 t=53868008769 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=53868008769 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-cdrom inode=271 t=53868008769 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=53868008769 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=53868008769 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt inode=269 t=53868008769 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=53868008769 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/security/faillock.conf inode=164 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/group.conf inode=165 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/limits.conf inode=166 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.conf inode=168 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/namespace.init inode=170 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/pam_env.conf inode=172 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/sepermit.conf inode=173 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/time.conf inode=174 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/selinux/semanage.conf inode=176 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow inode=177 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/shadow- inode=178 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/shells inode=179 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bash_logout inode=181 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.bashrc inode=182 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/skel/.profile inode=183 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/logind.conf inode=190 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/networkd.conf inode=192 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/pstore.conf inode=193 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/sleep.conf inode=194 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/systemd/user.conf inode=215 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/terminfo/README inode=217 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/timezone inode=218 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/update-motd.d/10-uname inode=225 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /etc/xattr.conf inode=226 t=53868016769 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/[ inode=267 t=53868016769 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/addpart inode=268 t=53868016769 kinds=fragment-inferred,block pages=0-7 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=52 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=53 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=54 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=55 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=56 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=57 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=58 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=59 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/bash.bashrc inode=60 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/bindresvport.blacklist inode=61 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.d/e2scrub_all inode=64 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/apt-compat inode=66 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/cron.daily/dpkg inode=67 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/debconf.conf inode=68 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/debian_version inode=69 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/hwclock inode=71 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/nss inode=72 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/default/useradd inode=73 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/dpkg.cfg inode=76 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/dpkg/origins/debian inode=79 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/gai.conf inode=84 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/group- inode=86 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow inode=87 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/gshadow- inode=88 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/host.conf inode=89 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/hwclock.sh inode=92 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/kmod inode=93 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/init.d/udev inode=94 t=53868020769 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/issue inode=95 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/issue.net inode=96 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf inode=101 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/libc.conf inode=103 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=104 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/libaudit.conf inode=105 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/login.defs inode=107 t=53868020769 kinds=fragment-inferred,block pages=0-3 count=2
file /etc/logrotate.d/alternatives inode=109 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/apt inode=110 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/logrotate.d/dpkg inode=111 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/mke2fs.conf inode=113 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.conf inode=123 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chfn inode=125 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chpasswd inode=126 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/chsh inode=127 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-account inode=128 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-auth inode=129 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-password inode=130 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session inode=131 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/common-session-noninteractive inode=132 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/login inode=133 t=53868020769 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/pam.d/newusers inode=134 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/other inode=135 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/passwd inode=136 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser inode=137 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/runuser-l inode=138 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su inode=139 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/pam.d/su-l inode=140 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/passwd- inode=142 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/resolv.conf inode=160 t=53868020769 kinds=fragment-inferred,block pages=0 count=2
file /etc/security/access.conf inode=163 t=53868020769 kinds=fragment-inferred,block pages=0-1 count=2
file /etc/alternatives/README inode=22 t=53868020769 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/01autoremove inode=43 t=53868020769 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/apt.conf.d/70debconf inode=44 t=53868020769 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/sources.list inode=48 t=53868020769 kinds=fragment-inferred,block pages=0 count=4
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=51 t=53868020769 kinds=fragment-inferred,block pages=0-2 count=4
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=53996364769 kinds=block pages=0-580 count=21
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=54055883769 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/lib/udev/cdrom_id inode=6066 t=54055883769 kinds=fragment-inferred,block pages=0-19 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=56554525769 kinds=block pages=0-63 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=56748498769 kinds=block pages=0-97 count=5
file /usr/libexec/dpkg/dpkg-db-backup inode=7327 t=56926972769 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7340 t=56926972769 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7342 t=56926972769 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/agetty inode=7343 t=56926972769 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=58117132769 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=58117132769 kinds=fragment-inferred,block pages=0-16 count=2
file /etc/e2scrub.conf inode=81 t=58174985769 kinds=fragment-inferred,block pages=0 count=2
file /usr/bin/readlink inode=454 t=58174985769 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/sleep inode=486 t=58174985769 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/sbin/e2scrub_all inode=7374 t=58174985769 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/bash inode=283 t=58322989769 kinds=block pages=0-308 count=11
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=58817073769 kinds=block pages=0-49 count=2
read t=5125185769 offset=0 len=4096
read t=5134314769 offset=4096 len=4096
read t=5135475769 offset=12288 len=4096
read t=5812633769 offset=0 len=1024
read t=5815654769 offset=145699840 len=1024
read t=5816160769 offset=145699840 len=1024
read t=5816985769 offset=145681408 len=1024
read t=5865041769 offset=145548288 len=1024
read t=5914378769 offset=145548288 len=2048
read t=5979609769 offset=145699840 len=1024
read t=6014292769 offset=145699840 len=1024
read t=6107617769 offset=145670144 len=1024
read t=6113895769 offset=145670144 len=2048
read t=6165711769 offset=145526784 len=1024
read t=6214435769 offset=145526784 len=4096
read t=6267087769 offset=145664000 len=1024
read t=6314783769 offset=145664000 len=4096
read t=6365324769 offset=145539072 len=1024
read t=6413969769 offset=145539072 len=3072
read t=6465052769 offset=145623040 len=1024
read t=6514338769 offset=145623040 len=5120
read t=6569464769 offset=145549312 len=1024
read t=6614340769 offset=145549312 len=5120
read t=6759404769 offset=145536000 len=1024
read t=6759830769 offset=145536000 len=4096
read t=6763839769 offset=145609728 len=1024
read t=6815182769 offset=145609728 len=4096
read t=6864613769 offset=145438720 len=1024
read t=6914638769 offset=145438720 len=3072
read t=6964961769 offset=145699840 len=1024
read t=7014296769 offset=145699840 len=1024
read t=7064363769 offset=145671168 len=1024
read t=7114309769 offset=145671168 len=4096
read t=7169083769 offset=2971648 len=32768
read t=7218981769 offset=145670144 len=1024
read t=7264249769 offset=145670144 len=2048
read t=7314597769 offset=145526784 len=1024
read t=7364159769 offset=145526784 len=4096
read t=7414852769 offset=145664000 len=1024
read t=7464674769 offset=145664000 len=4096
read t=7514983769 offset=145539072 len=1024
read t=7564176769 offset=145539072 len=3072
read t=7614999769 offset=145623040 len=1024
read t=7664145769 offset=145623040 len=5120
read t=7715496769 offset=145618944 len=1024
read t=7764136769 offset=145618944 len=5120
read t=7814962769 offset=145438720 len=1024
read t=7864495769 offset=145438720 len=3072
read t=7914615769 offset=145699840 len=1024
read t=7964211769 offset=145699840 len=1024
read t=8016014769 offset=0 len=73728
read t=8073773769 offset=72704 len=26624
read t=8134358769 offset=145549312 len=1024
read t=8164156769 offset=145549312 len=5120
read t=8220621769 offset=1028096 len=34816
read t=8272798769 offset=1640448 len=10240
read t=8320138769 offset=1649664 len=54272
read t=8372623769 offset=2962432 len=10240
read t=8434990769 offset=1702912 len=33792
read t=8467617769 offset=1735680 len=22528
read t=8520537769 offset=145671168 len=1024
read t=8564424769 offset=145671168 len=4096
read t=8628095769 offset=905216 len=60416
read t=8669628769 offset=98304 len=55296
read t=8723317769 offset=881664 len=24576
read t=8770486769 offset=152576 len=62464
read t=8822579769 offset=145536000 len=1024
read t=8864380769 offset=145536000 len=4096
read t=8918506769 offset=3003392 len=45056
read t=8973793769 offset=3047424 len=25600
read t=9023709769 offset=3072000 len=44032
read t=9074565769 offset=3115008 len=47104
read t=9124942769 offset=3543040 len=46080
read t=9170532769 offset=3161088 len=59392
read t=9229323769 offset=3219456 len=16384
read t=9268269769 offset=3234816 len=49152
read t=9319875769 offset=3345408 len=52224
read t=9367334769 offset=3396608 len=3072
read t=9415696769 offset=3396608 len=3072
read t=9470185769 offset=3398656 len=55296
read t=9519208769 offset=3515392 len=28672
read t=9568915769 offset=7592960 len=44032
read t=9621553769 offset=3588096 len=47104
read t=9671029769 offset=3634176 len=33792
read t=9720399769 offset=3666944 len=48128
read t=9770789769 offset=4113408 len=41984
read t=9817162769 offset=4154368 len=11264
read t=9865207769 offset=4154368 len=11264
read t=9920951769 offset=4164608 len=57344
read t=9970861769 offset=4220928 len=7168
read t=10016957769 offset=4227072 len=58368
read t=10070771769 offset=5955584 len=14336
read t=10116120769 offset=5968896 len=4096
read t=10164687769 offset=5968896 len=4096
read t=10218750769 offset=4284416 len=34816
read t=10266277769 offset=4318208 len=18432
read t=10317784769 offset=5971968 len=54272
read t=10368627769 offset=6233088 len=39936
read t=10418188769 offset=6272000 len=63488
read t=10471024769 offset=6334464 len=30720
read t=10517550769 offset=6364160 len=52224
read t=10570701769 offset=6758400 len=48128
read t=10619835769 offset=6805504 len=68608
read t=10667567769 offset=7016448 len=19456
read t=10717243769 offset=6873088 len=51200
read t=10765867769 offset=6923264 len=54272
read t=10818470769 offset=7034880 len=57344
read t=10869080769 offset=7091200 len=9216
read t=10926491769 offset=1061888 len=20480
read t=10966178769 offset=1081344 len=48128
read t=11018720769 offset=398336 len=46080
read t=11065879769 offset=443392 len=67584
read t=11117387769 offset=332800 len=66560
read t=11177086769 offset=579584 len=59392
read t=11216657769 offset=637952 len=68608
read t=11267973769 offset=790528 len=46080
read t=11316953769 offset=835584 len=47104
read t=11370817769 offset=6415360 len=59392
read t=11417061769 offset=6473728 len=55296
read t=11467152769 offset=6528000 len=56320
read t=11516981769 offset=6583296 len=89088
read t=11569908769 offset=6025216 len=58368
read t=11617136769 offset=6082560 len=38912
read t=11668980769 offset=5894144 len=33792
read t=11717168769 offset=5926912 len=17408
read t=11767446769 offset=4335616 len=19456
read t=11817382769 offset=4354048 len=20480
read t=11875570769 offset=5943296 len=13312
read t=11918810769 offset=4373504 len=17408
read t=11967470769 offset=4389888 len=41984
read t=12017396769 offset=4430848 len=62464
read t=12089801769 offset=3714048 len=65536
read t=12118467769 offset=3778560 len=39936
read t=12168302769 offset=3452928 len=63488
read t=12221039769 offset=3282944 len=63488
read t=12273455769 offset=2928640 len=34816
read t=12319408769 offset=1757184 len=43008
read t=12366718769 offset=1799168 len=63488
read t=12434715769 offset=1602560 len=32768
read t=12466991769 offset=1634304 len=7168
read t=12516336769 offset=1640448 len=1024
read t=12575401769 offset=705536 len=50176
read t=12618595769 offset=509952 len=70656
read t=12679295769 offset=214016 len=64512
read t=12718520769 offset=754688 len=36864
read t=12769483769 offset=5099520 len=63488
read t=12817294769 offset=5161984 len=60416
read t=12867828769 offset=5660672 len=68608
read t=12917024769 offset=5728256 len=41984
read t=12970708769 offset=145670144 len=1024
read t=13014584769 offset=145670144 len=2048
read t=13065643769 offset=277504 len=56320
read t=13130747769 offset=145526784 len=1024
read t=13164146769 offset=145526784 len=4096
read t=13217676769 offset=2308096 len=66560
read t=13266792769 offset=2373632 len=64512
read t=13325518769 offset=2684928 len=53248
read t=13366028769 offset=2737152 len=35840
read t=13418770769 offset=2771968 len=39936
read t=13465997769 offset=2810880 len=26624
read t=13517293769 offset=2242560 len=66560
read t=13568764769 offset=2183168 len=60416
read t=13626475769 offset=2836480 len=49152
read t=13673579769 offset=2053120 len=66560
read t=13717373769 offset=2118656 len=65536
read t=13780117769 offset=1305600 len=62464
read t=13817401769 offset=1367040 len=61440
read t=13868023769 offset=1530880 len=31744
read t=13916247769 offset=1561600 len=41984
read t=13969956769 offset=1486848 len=45056
read t=14052509769 offset=1185792 len=63488
read t=14066667769 offset=1248256 len=58368
read t=14127813769 offset=1861632 len=63488
read t=14168497769 offset=145623040 len=1024
read t=14214288769 offset=145623040 len=5120
read t=14279071769 offset=145664000 len=1024
read t=14314416769 offset=145664000 len=4096
read t=14364565769 offset=145539072 len=1024
read t=14414096769 offset=145539072 len=3072
read t=14464533769 offset=145699840 len=1024
read t=14514366769 offset=145699840 len=1024
read t=14564632769 offset=145529856 len=1024
read t=14614161769 offset=145529856 len=2048
read t=14665341769 offset=145553408 len=1024
read t=14714511769 offset=145553408 len=5120
read t=14765329769 offset=145438720 len=1024
read t=14814390769 offset=145438720 len=3072
read t=14864523769 offset=145671168 len=1024
read t=14914396769 offset=145671168 len=4096
read t=14970517769 offset=145534976 len=1024
read t=15014362769 offset=145534976 len=2048
read t=15064852769 offset=145605632 len=1024
read t=15114688769 offset=145605632 len=5120
read t=15171557769 offset=7099392 len=20480
read t=15215833769 offset=7118848 len=18432
read t=15268257769 offset=7196672 len=29696
read t=15316119769 offset=7225344 len=30720
read t=15367897769 offset=7410688 len=30720
read t=15415582769 offset=7440384 len=31744
read t=15472015769 offset=7173120 len=16384
read t=15515897769 offset=7188480 len=9216
read t=15564636769 offset=7188480 len=9216
read t=15621169769 offset=145595392 len=1024
read t=15664260769 offset=145595392 len=5120
read t=15715430769 offset=145532928 len=1024
read t=15764282769 offset=145532928 len=3072
read t=15815107769 offset=145699840 len=1024
read t=15864263769 offset=145699840 len=1024
read t=15914561769 offset=145591296 len=1024
read t=15964662769 offset=145591296 len=5120
read t=16016073769 offset=7635968 len=25600
read t=16081264769 offset=2437120 len=62464
read t=16121392769 offset=7136256 len=20480
read t=16167009769 offset=145599488 len=1024
read t=16214420769 offset=145599488 len=4096
read t=16264811769 offset=145438720 len=1024
read t=16314321769 offset=145438720 len=3072
read t=16364331769 offset=145671168 len=1024
read t=16414515769 offset=145671168 len=4096
read t=16466847769 offset=7660544 len=22528
read t=16530749769 offset=145534976 len=1024
read t=16564323769 offset=145534976 len=2048
read t=16616474769 offset=7756800 len=26624
read t=16693708769 offset=7155712 len=18432
read t=16716945769 offset=145605632 len=1024
read t=16764190769 offset=145605632 len=5120
read t=16815382769 offset=145529856 len=1024
read t=16864131769 offset=145529856 len=2048
read t=16914975769 offset=145557504 len=1024
read t=16964171769 offset=145557504 len=5120
read t=17014928769 offset=145699840 len=1024
read t=17064221769 offset=145699840 len=1024
read t=17168492769 offset=145623040 len=1024
read t=17169205769 offset=145623040 len=5120
read t=17215113769 offset=145539072 len=1024
read t=17266792769 offset=145539072 len=3072
read t=17314973769 offset=145670144 len=1024
read t=17364270769 offset=145670144 len=2048
read t=17414681769 offset=145526784 len=1024
read t=17464149769 offset=145526784 len=4096
read t=17515343769 offset=145664000 len=1024
read t=17564164769 offset=145664000 len=4096
read t=17615402769 offset=145549312 len=1024
read t=17664029769 offset=145549312 len=5120
read t=17714667769 offset=145438720 len=1024
read t=17764129769 offset=145438720 len=3072
read t=17815406769 offset=7682048 len=61440
read t=17869487769 offset=7742464 len=15360
read t=17936437769 offset=145553408 len=1024
read t=17964057769 offset=145553408 len=5120
read t=18023538769 offset=7396352 len=15360
read t=18070365769 offset=5531648 len=59392
read t=18116985769 offset=5590016 len=71680
read t=18177127769 offset=145699840 len=1024
read t=18214450769 offset=145699840 len=1024
read t=18265698769 offset=145609728 len=1024
read t=18314323769 offset=145609728 len=4096
read t=18367814769 offset=1924096 len=65536
read t=18421632769 offset=145671168 len=1024
read t=18464345769 offset=145671168 len=4096
read t=18519615769 offset=1988608 len=65536
read t=18583796769 offset=145623040 len=1024
read t=18614158769 offset=145623040 len=5120
read t=18682580769 offset=2619392 len=66560
read t=18720134769 offset=2498560 len=61440
read t=18766993769 offset=2558976 len=61440
read t=18894803769 offset=145526784 len=1024
read t=18895498769 offset=145526784 len=4096
read t=18924454769 offset=1128448 len=58368
read t=19044298769 offset=145664000 len=1024
read t=19045182769 offset=145664000 len=4096
read t=19069889769 offset=145549312 len=1024
read t=19114596769 offset=145549312 len=5120
read t=19165206769 offset=145536000 len=1024
read t=19214478769 offset=145536000 len=4096
read t=19298701769 offset=145438720 len=1024
read t=19314472769 offset=145438720 len=3072
read t=19364300769 offset=145699840 len=1024
read t=19414246769 offset=145699840 len=1024
read t=19465343769 offset=145609728 len=1024
read t=19514144769 offset=145609728 len=4096
read t=19564403769 offset=145671168 len=1024
read t=19614163769 offset=145671168 len=4096
read t=19689878769 offset=7782400 len=31744
read t=19738639769 offset=7813120 len=23552
read t=19926072769 offset=7835648 len=28672
read t=20258916769 offset=3970048 len=68608
read t=20313829769 offset=6976512 len=40960
read t=20331289769 offset=4037632 len=76800
read t=20487093769 offset=145670144 len=1024
read t=20487763769 offset=145670144 len=2048
read t=20497904769 offset=145526784 len=1024
read t=20503273769 offset=145526784 len=4096
read t=20540948769 offset=145679360 len=1024
read t=20588951769 offset=145679360 len=3072
read t=20642528769 offset=145549312 len=1024
read t=20689424769 offset=145549312 len=5120
read t=20740756769 offset=145536000 len=1024
read t=20788299769 offset=145536000 len=4096
read t=20839393769 offset=145605632 len=1024
read t=20888177769 offset=145605632 len=5120
read t=20938959769 offset=145534976 len=1024
read t=20989253769 offset=145534976 len=2048
read t=21039008769 offset=145699840 len=1024
read t=21088236769 offset=145699840 len=1024
read t=21143990769 offset=145609728 len=1024
read t=21188272769 offset=145609728 len=4096
read t=21238973769 offset=145438720 len=1024
read t=21288257769 offset=145438720 len=3072
read t=21339338769 offset=145671168 len=1024
read t=21388317769 offset=145671168 len=4096
read t=21450636769 offset=145526784 len=1024
read t=21488398769 offset=145526784 len=4096
read t=21539370769 offset=145679360 len=1024
read t=21589449769 offset=145679360 len=3072
read t=21640227769 offset=145549312 len=1024
read t=21688400769 offset=145549312 len=5120
read t=21740241769 offset=145605632 len=1024
read t=21788337769 offset=145605632 len=5120
read t=21839488769 offset=145536000 len=1024
read t=21888178769 offset=145536000 len=4096
read t=21938831769 offset=145699840 len=1024
read t=21988365769 offset=145699840 len=1024
read t=22041399769 offset=145609728 len=1024
read t=22088388769 offset=145609728 len=4096
read t=22139161769 offset=145438720 len=1024
read t=22188365769 offset=145438720 len=3072
read t=22238804769 offset=145671168 len=1024
read t=22288163769 offset=145671168 len=4096
read t=22347798769 offset=145526784 len=1024
read t=22389368769 offset=145526784 len=4096
read t=22457775769 offset=1427456 len=60416
read t=22539684769 offset=145534976 len=1024
read t=22540258769 offset=145534976 len=2048
read t=22635992769 offset=145483776 len=1024
read t=22639542769 offset=145483776 len=4096
read t=22690055769 offset=145605632 len=1024
read t=22738540769 offset=145605632 len=5120
read t=22817019769 offset=145440768 len=1024
read t=22838658769 offset=145440768 len=4096
read t=22888835769 offset=145699840 len=1024
read t=22938587769 offset=145699840 len=1024
read t=22989613769 offset=145609728 len=1024
read t=23038556769 offset=145609728 len=4096
read t=23088712769 offset=145438720 len=1024
read t=23139027769 offset=145438720 len=3072
read t=23188889769 offset=145671168 len=1024
read t=23238698769 offset=145671168 len=4096
read t=23303495769 offset=145549312 len=1024
read t=23338688769 offset=145549312 len=5120
read t=23405158769 offset=145534976 len=1024
read t=23439112769 offset=145534976 len=2048
read t=23553710769 offset=145526784 len=1024
read t=23554598769 offset=145526784 len=4096
read t=23590437769 offset=145605632 len=1024
read t=23638785769 offset=145605632 len=5120
read t=23688881769 offset=145536000 len=1024
read t=23738794769 offset=145536000 len=4096
read t=23788457769 offset=145699840 len=1024
read t=23838522769 offset=145699840 len=1024
read t=24168104769 offset=145609728 len=1024
read t=24168726769 offset=145609728 len=4096
read t=24189491769 offset=145664000 len=1024
read t=24189927769 offset=145664000 len=4096
read t=24220619769 offset=145548288 len=1024
read t=24270610769 offset=145548288 len=2048
read t=24320128769 offset=145659904 len=1024
read t=24370292769 offset=145659904 len=5120
read t=24420604769 offset=145546240 len=1024
read t=24470359769 offset=145546240 len=3072
read t=24520976769 offset=145650688 len=1024
read t=24570370769 offset=145650688 len=6144
read t=24620448769 offset=145655808 len=1024
read t=24670188769 offset=145655808 len=5120
read t=24720618769 offset=145438720 len=1024
read t=24770505769 offset=145438720 len=3072
read t=24820509769 offset=145699840 len=1024
read t=24870310769 offset=145699840 len=1024
read t=24920203769 offset=145671168 len=1024
read t=24970291769 offset=145671168 len=4096
read t=25021742769 offset=7756800 len=26624
read t=25146756769 offset=145605632 len=1024
read t=25147288769 offset=145605632 len=5120
read t=25171054769 offset=145534976 len=1024
read t=25220164769 offset=145534976 len=2048
read t=25472865769 offset=8491008 len=35840
read t=25584420769 offset=145609728 len=1024
read t=25585000769 offset=145609728 len=4096
read t=25879824769 offset=145536000 len=1024
read t=25880485769 offset=145536000 len=4096
read t=25883313769 offset=145549312 len=1024
read t=25883880769 offset=145549312 len=5120
read t=25932114769 offset=145553408 len=1024
read t=25981546769 offset=145553408 len=5120
read t=26032403769 offset=145438720 len=1024
read t=26081424769 offset=145438720 len=3072
read t=26132194769 offset=145699840 len=1024
read t=26181283769 offset=145699840 len=1024
read t=26306429769 offset=145671168 len=1024
read t=26311245769 offset=145671168 len=4096
read t=26475651769 offset=145623040 len=1024
read t=26476611769 offset=145623040 len=5120
read t=26479298769 offset=145529856 len=1024
read t=26483277769 offset=145529856 len=2048
read t=26522038769 offset=145605632 len=1024
read t=26533309769 offset=145664000 len=1024
read t=26581758769 offset=145605632 len=5120
read t=26631539769 offset=145664000 len=4096
read t=26731591769 offset=145542144 len=1024
read t=26781673769 offset=145542144 len=3072
read t=26831596769 offset=145636352 len=1024
read t=26848863769 offset=145553408 len=1024
read t=26881209769 offset=145636352 len=4096
read t=26931406769 offset=145553408 len=5120
read t=27036384769 offset=145699840 len=1024
read t=27072964769 offset=145591296 len=1024
read t=27076280769 offset=145557504 len=1024
read t=27080058769 offset=145595392 len=1024
read t=27081017769 offset=145699840 len=1024
read t=27131480769 offset=145591296 len=5120
read t=27155171769 offset=145549312 len=1024
read t=27181678769 offset=145557504 len=5120
read t=27231177769 offset=145595392 len=5120
read t=27245475769 offset=145438720 len=1024
read t=27281649769 offset=145529856 len=1024
read t=27381489769 offset=145549312 len=5120
read t=27482121769 offset=145532928 len=1024
read t=27531809769 offset=145438720 len=3072
read t=27581174769 offset=145529856 len=2048
read t=27632435769 offset=145526784 len=1024
read t=27681691769 offset=145532928 len=3072
read t=27731840769 offset=7863296 len=54272
read t=27782407769 offset=145553408 len=1024
read t=27782441769 offset=145699840 len=1024
read t=27832071769 offset=145526784 len=4096
read t=27939629769 offset=7916544 len=12288
read t=27981563769 offset=145553408 len=5120
read t=28031571769 offset=145699840 len=1024
read t=28140256769 offset=145618944 len=1024
read t=28232048769 offset=145557504 len=1024
read t=28232771769 offset=145549312 len=1024
read t=28233179769 offset=145591296 len=1024
read t=28233583769 offset=145529856 len=1024
read t=28233829769 offset=145438720 len=1024
read t=28281638769 offset=145618944 len=5120
read t=28331419769 offset=145557504 len=5120
read t=28381470769 offset=145549312 len=5120
read t=28431254769 offset=145591296 len=5120
read t=28481470769 offset=145529856 len=2048
read t=28531594769 offset=145438720 len=3072
read t=28683431769 offset=145623040 len=1024
read t=28685137769 offset=145609728 len=1024
read t=28782189769 offset=145568768 len=1024
read t=28832267769 offset=145671168 len=1024
read t=28832304769 offset=145699840 len=1024
read t=28881420769 offset=145623040 len=5120
read t=28931569769 offset=145609728 len=4096
read t=28981623769 offset=145568768 len=5120
read t=29031612769 offset=145671168 len=4096
read t=29081516769 offset=145699840 len=1024
read t=29132172769 offset=145534976 len=1024
read t=29185414769 offset=145549312 len=1024
read t=29286980769 offset=145618944 len=1024
read t=29331951769 offset=145438720 len=1024
read t=29381363769 offset=145534976 len=2048
read t=29431739769 offset=145549312 len=5120
read t=29481552769 offset=145618944 len=5120
read t=29531547769 offset=145438720 len=3072
read t=29678321769 offset=145623040 len=1024
read t=29681689769 offset=145536000 len=1024
read t=29733651769 offset=8747008 len=23552
read t=29741080769 offset=8525824 len=43008
read t=29741820769 offset=8624128 len=25600
read t=29742794769 offset=8648704 len=49152
read t=29781176769 offset=145623040 len=5120
read t=29831482769 offset=145536000 len=4096
read t=29947714769 offset=8567808 len=28672
read t=30026851769 offset=145670144 len=1024
read t=30051746769 offset=8696832 len=27648
read t=30081480769 offset=145539072 len=1024
read t=30131611769 offset=145699840 len=1024
read t=30147830769 offset=145553408 len=1024
read t=30183644769 offset=8595456 len=23552
read t=30225880769 offset=145609728 len=1024
read t=30227801769 offset=145549312 len=1024
read t=30230855769 offset=145670144 len=2048
read t=30283437769 offset=145438720 len=1024
read t=30331581769 offset=145539072 len=3072
read t=30381377769 offset=145699840 len=1024
read t=30431775769 offset=145553408 len=5120
read t=30531487769 offset=145609728 len=4096
read t=30581522769 offset=145549312 len=5120
read t=30632155769 offset=145548288 len=1024
read t=30681383769 offset=145438720 len=3072
read t=30782960769 offset=145536000 len=1024
read t=30782999769 offset=145623040 len=1024
read t=30938385769 offset=145526784 len=1024
read t=30981142769 offset=145548288 len=2048
read t=31032707769 offset=8723456 len=21504
read t=31032748769 offset=145699840 len=1024
read t=31032752769 offset=8617984 len=7168
read t=31081498769 offset=145536000 len=4096
read t=31131477769 offset=145623040 len=5120
read t=31181467769 offset=145526784 len=4096
read t=31282971769 offset=8617984 len=7168
read t=31333647769 offset=8743936 len=4096
read t=31381382769 offset=145699840 len=1024
read t=31433070769 offset=145612800 len=1024
read t=31482966769 offset=145539072 len=1024
read t=31632807769 offset=8743936 len=4096
read t=31643588769 offset=145670144 len=1024
read t=31682380769 offset=145438720 len=1024
read t=31682422769 offset=145549312 len=1024
read t=31682426769 offset=145548288 len=1024
read t=31731575769 offset=145612800 len=4096
read t=31781431769 offset=145539072 len=3072
read t=31880779769 offset=145670144 len=2048
read t=31931252769 offset=145438720 len=3072
read t=31981837769 offset=145548288 len=2048
read t=31981874769 offset=145549312 len=5120
read t=32082688769 offset=145623040 len=1024
read t=32181891769 offset=145671168 len=1024
read t=32182417769 offset=145699840 len=1024
read t=32331581769 offset=145623040 len=5120
read t=32381189769 offset=145671168 len=4096
read t=32431660769 offset=145699840 len=1024
read t=32483509769 offset=145553408 len=1024
read t=32489598769 offset=7927808 len=31744
read t=32631250769 offset=145553408 len=5120
read t=32695247769 offset=8418304 len=10240
read t=32734314769 offset=8769536 len=26624
read t=32736486769 offset=8491008 len=35840
read t=32739288769 offset=145609728 len=1024
read t=32782492769 offset=8427520 len=7168
read t=32889249769 offset=145529856 len=1024
read t=32930975769 offset=145609728 len=4096
read t=32981783769 offset=145438720 len=1024
read t=33030944769 offset=145529856 len=2048
read t=33033243769 offset=145549312 len=1024
read t=33131233769 offset=145438720 len=3072
read t=33231441769 offset=145549312 len=5120
read t=33281328769 offset=8427520 len=7168
read t=33284828769 offset=8747008 len=23552
read t=33297317769 offset=8433664 len=30720
read t=33332625769 offset=145536000 len=1024
read t=33412930769 offset=145623040 len=1024
read t=33495011769 offset=8463360 len=23552
read t=33520411769 offset=8375296 len=44032
read t=33531071769 offset=145536000 len=4096
read t=33580829769 offset=145623040 len=5120
read t=33658483769 offset=145526784 len=1024
read t=33684818769 offset=7958528 len=66560
read t=33731934769 offset=145699840 len=1024
read t=33831328769 offset=145526784 len=4096
read t=33884343769 offset=8024064 len=62464
read t=33931962769 offset=145699840 len=1024
read t=34040212769 offset=8152064 len=67584
read t=34084613769 offset=145534976 len=1024
read t=34084985769 offset=145671168 len=1024
read t=34085445769 offset=145609728 len=1024
read t=34134764769 offset=145438720 len=1024
read t=34181539769 offset=145534976 len=2048
read t=34231362769 offset=145671168 len=4096
read t=34281678769 offset=145609728 len=4096
read t=34331610769 offset=145438720 len=3072
read t=34384146769 offset=145549312 len=1024
read t=34435118769 offset=8795136 len=28672
read t=34533810769 offset=8218624 len=70656
read t=34533852769 offset=8769536 len=26624
read t=34581520769 offset=145549312 len=5120
read t=34685781769 offset=8288256 len=56320
read t=34716233769 offset=145670144 len=1024
read t=34783985769 offset=145605632 len=1024
read t=34833985769 offset=8343552 len=32768
read t=34877419769 offset=145623040 len=1024
read t=34880896769 offset=145670144 len=2048
read t=34931308769 offset=145605632 len=5120
read t=34985082769 offset=145526784 len=1024
read t=35031327769 offset=145623040 len=5120
read t=35081865769 offset=145548288 len=1024
read t=35133433769 offset=145699840 len=1024
read t=35181611769 offset=145526784 len=4096
read t=35232897769 offset=145553408 len=1024
read t=35281251769 offset=145548288 len=2048
read t=35331630769 offset=145699840 len=1024
read t=35431673769 offset=145553408 len=5120
read t=35531518769 offset=145438720 len=1024
read t=35535260769 offset=145549312 len=1024
read t=35631148769 offset=145438720 len=3072
read t=35681164769 offset=145549312 len=5120
read t=35732109769 offset=145671168 len=1024
read t=35831646769 offset=145671168 len=4096
read t=35887717769 offset=8822784 len=47104
read t=35901964769 offset=8085504 len=67584
read t=35942801769 offset=145618944 len=1024
read t=36031238769 offset=145618944 len=5120
read t=36189990769 offset=145623040 len=1024
read t=36194843769 offset=145623040 len=5120
read t=36196243769 offset=145536000 len=1024
read t=36231066769 offset=145536000 len=4096
read t=36283760769 offset=145609728 len=1024
read t=36331245769 offset=145609728 len=4096
read t=36381455769 offset=145612800 len=1024
read t=36431152769 offset=145612800 len=4096
read t=36483172769 offset=145699840 len=1024
read t=36531230769 offset=145699840 len=1024
read t=36583090769 offset=145438720 len=1024
read t=36631318769 offset=145438720 len=3072
read t=36708483769 offset=145440768 len=1024
read t=36731153769 offset=145440768 len=4096
read t=36781476769 offset=145671168 len=1024
read t=36831335769 offset=145671168 len=4096
read t=36932581769 offset=145549312 len=1024
read t=36935669769 offset=145549312 len=5120
read t=36981876769 offset=145526784 len=1024
read t=37031391769 offset=145526784 len=4096
read t=37083537769 offset=145623040 len=1024
read t=37131232769 offset=145623040 len=5120
read t=37181772769 offset=145529856 len=1024
read t=37231108769 offset=145529856 len=2048
read t=37513402769 offset=145609728 len=1024
read t=37515017769 offset=145609728 len=4096
read t=37519645769 offset=145612800 len=1024
read t=37520237769 offset=145612800 len=4096
read t=37643008769 offset=145670144 len=1024
read t=37646799769 offset=145670144 len=2048
read t=37676543769 offset=145699840 len=1024
read t=37715234769 offset=145699840 len=1024
read t=37768124769 offset=145548288 len=1024
read t=37815313769 offset=145548288 len=2048
read t=37847046769 offset=145549312 len=1024
read t=37867425769 offset=145664000 len=1024
read t=37915544769 offset=145549312 len=5120
read t=37966837769 offset=145664000 len=4096
read t=38017274769 offset=145623040 len=1024
read t=38065903769 offset=145539072 len=1024
read t=38115556769 offset=145623040 len=5120
read t=38165192769 offset=145539072 len=3072
read t=38216198769 offset=145536000 len=1024
read t=38267171769 offset=145629184 len=1024
read t=38315668769 offset=145536000 len=4096
read t=38365599769 offset=145629184 len=4096
read t=38416838769 offset=145612800 len=1024
read t=38466778769 offset=145699840 len=1024
read t=38515777769 offset=145612800 len=4096
read t=38565872769 offset=145699840 len=1024
read t=38616506769 offset=145440768 len=1024
read t=38667175769 offset=145469440 len=1024
read t=38715716769 offset=145440768 len=4096
read t=38765910769 offset=145469440 len=4096
read t=38818728769 offset=8868864 len=12288
read t=38866183769 offset=145671168 len=1024
read t=38916508769 offset=8880128 len=13312
read t=38968590769 offset=145671168 len=4096
read t=39019930769 offset=145553408 len=1024
read t=39068111769 offset=145670144 len=1024
read t=39115737769 offset=145553408 len=5120
read t=39165763769 offset=145670144 len=2048
read t=39228378769 offset=145549312 len=1024
read t=39265929769 offset=145526784 len=1024
read t=39315643769 offset=145549312 len=5120
read t=39365656769 offset=145526784 len=4096
read t=39468546769 offset=145548288 len=1024
read t=39468914769 offset=145699840 len=1024
read t=39515664769 offset=145548288 len=2048
read t=39565758769 offset=145699840 len=1024
read t=39667008769 offset=145609728 len=1024
read t=39671131769 offset=145664000 len=1024
read t=39715741769 offset=145609728 len=4096
read t=39765533769 offset=145664000 len=4096
read t=39816525769 offset=145534976 len=1024
read t=39873459769 offset=145440768 len=1024
read t=39915851769 offset=145534976 len=2048
read t=39965651769 offset=145440768 len=4096
read t=40020014769 offset=145605632 len=1024
read t=40066671769 offset=145670144 len=1024
read t=40115624769 offset=145605632 len=5120
read t=40165472769 offset=145670144 len=2048
read t=40218503769 offset=145671168 len=1024
read t=40269120769 offset=145548288 len=1024
read t=40315748769 offset=145671168 len=4096
read t=40365611769 offset=145548288 len=2048
read t=40423181769 offset=11576320 len=33792
read t=40465623769 offset=145699840 len=1024
read t=40565833769 offset=145699840 len=1024
read t=40618031769 offset=145549312 len=1024
read t=40665563769 offset=145549312 len=5120
read t=40719045769 offset=145526784 len=1024
read t=40766969769 offset=145526784 len=4096
read t=40816625769 offset=145612800 len=1024
read t=40828282769 offset=145609728 len=1024
read t=40867355769 offset=145612800 len=4096
read t=40915450769 offset=145609728 len=4096
read t=40966248769 offset=145536000 len=1024
read t=41016092769 offset=145440768 len=1024
read t=41065639769 offset=145536000 len=4096
read t=41115995769 offset=145440768 len=4096
read t=41215584769 offset=145671168 len=1024
read t=41265719769 offset=145671168 len=4096
read t=41343793769 offset=145618944 len=1024
read t=41354336769 offset=145699840 len=1024
read t=41365292769 offset=145618944 len=5120
read t=41415873769 offset=145699840 len=1024
read t=41652649769 offset=145438720 len=1024
read t=41655246769 offset=145438720 len=3072
read t=41656554769 offset=2884608 len=45056
read t=41697656769 offset=145670144 len=1024
read t=41701563769 offset=145612800 len=1024
read t=41715504769 offset=145670144 len=2048
read t=41765542769 offset=145612800 len=4096
read t=41991926769 offset=145605632 len=1024
read t=41995119769 offset=145605632 len=5120
read t=42084667769 offset=145549312 len=1024
read t=42087002769 offset=145549312 len=5120
read t=42091730769 offset=145440768 len=1024
read t=42115424769 offset=145440768 len=4096
read t=42261355769 offset=145623040 len=1024
read t=42278977769 offset=145623040 len=5120
read t=42284234769 offset=145553408 len=1024
read t=42315475769 offset=145553408 len=5120
read t=42366031769 offset=145699840 len=1024
read t=42415110769 offset=145699840 len=1024
read t=42456488769 offset=145609728 len=1024
read t=42470952769 offset=10989568 len=38912
read t=42515542769 offset=145609728 len=4096
read t=42577834769 offset=11527168 len=41984
read t=42617372769 offset=145671168 len=1024
read t=42668424769 offset=11568128 len=9216
read t=42707918769 offset=10226688 len=20480
read t=42715447769 offset=145671168 len=4096
read t=42766715769 offset=11568128 len=9216
read t=42816610769 offset=10246144 len=35840
read t=42935174769 offset=145618944 len=1024
read t=42985173769 offset=9939968 len=20480
read t=43015527769 offset=145618944 len=5120
read t=43068183769 offset=10480640 len=49152
read t=43069105769 offset=9959424 len=18432
read t=43168363769 offset=10528768 len=38912
read t=43268884769 offset=9462784 len=16384
read t=43316689769 offset=9478144 len=20480
read t=43340805769 offset=145438720 len=1024
read t=43374848769 offset=10280960 len=51200
read t=43417259769 offset=145438720 len=3072
read t=43468559769 offset=10331136 len=49152
read t=43515544769 offset=7298048 len=18432
read t=43529694769 offset=11027456 len=66560
read t=43569613769 offset=9923584 len=17408
read t=43571686769 offset=9804800 len=18432
read t=43590391769 offset=145549312 len=1024
read t=43616019769 offset=7315456 len=29696
read t=43667858769 offset=145440768 len=1024
read t=43815398769 offset=145549312 len=5120
read t=43915491769 offset=145440768 len=4096
read t=44015907769 offset=11092992 len=68608
read t=44016296769 offset=10929152 len=49152
read t=44016566769 offset=9822208 len=19456
read t=44089446769 offset=11489280 len=38912
read t=44117767769 offset=10977280 len=13312
read t=44169148769 offset=9907200 len=17408
read t=44170503769 offset=9767936 len=19456
read t=44245882769 offset=11160576 len=69632
read t=44261641769 offset=9413632 len=18432
read t=44266036769 offset=10977280 len=13312
read t=44285269769 offset=9859072 len=18432
read t=44331240769 offset=10566656 len=24576
read t=44367308769 offset=9786368 len=19456
read t=44418502769 offset=11229184 len=67584
read t=44466804769 offset=9431040 len=15360
read t=44537443769 offset=145591296 len=1024
read t=44567746769 offset=9876480 len=17408
read t=44621407769 offset=10785792 len=17408
read t=44622700769 offset=10590208 len=27648
read t=44624828769 offset=10379264 len=52224
read t=44669116769 offset=10694656 len=26624
read t=44719897769 offset=11431936 len=58368
read t=44815190769 offset=145591296 len=5120
read t=44815805769 offset=9395200 len=19456
read t=44867554769 offset=9840640 len=19456
read t=44916991769 offset=10802176 len=36864
read t=45018149769 offset=10430464 len=51200
read t=45067434769 offset=10720256 len=26624
read t=45119201769 offset=11362304 len=70656
read t=45165546769 offset=145529856 len=1024
read t=45229070769 offset=145612800 len=1024
read t=45324786769 offset=7255040 len=22528
read t=45374996769 offset=10745856 len=24576
read t=45485706769 offset=11295744 len=67584
read t=45515223769 offset=145529856 len=2048
read t=45564907769 offset=145612800 len=4096
read t=45618229769 offset=7276544 len=22528
read t=45666220769 offset=10769408 len=17408
read t=45765896769 offset=7835648 len=28672
read t=45765936769 offset=145699840 len=1024
read t=45820373769 offset=145605632 len=1024
read t=45979228769 offset=11686912 len=36864
read t=46015334769 offset=145699840 len=1024
read t=46065243769 offset=145605632 len=5120
read t=46165472769 offset=145568768 len=1024
read t=46166321769 offset=145561600 len=1024
read t=46166703769 offset=145553408 len=1024
read t=46219251769 offset=145534976 len=1024
read t=46257189769 offset=145591296 len=1024
read t=46265020769 offset=145568768 len=5120
read t=46306846769 offset=145620992 len=4096
read t=46315427769 offset=145561600 len=5120
read t=46365181769 offset=145553408 len=5120
read t=46415384769 offset=145534976 len=2048
read t=46465162769 offset=145591296 len=5120
read t=46515558769 offset=145529856 len=1024
read t=46567093769 offset=145694720 len=4096
read t=46665773769 offset=145522688 len=1024
read t=46666351769 offset=145440768 len=1024
read t=46715503769 offset=145699840 len=1024
read t=46815253769 offset=145529856 len=2048
read t=46866012769 offset=0 len=4096
read t=46915286769 offset=145522688 len=3072
read t=46965099769 offset=145440768 len=4096
read t=47015273769 offset=145699840 len=1024
read t=47115966769 offset=4096 len=4096
read t=47267034769 offset=145565696 len=1024
read t=47267074769 offset=145561600 len=1024
read t=47267078769 offset=145557504 len=1024
read t=47267510769 offset=145568768 len=1024
read t=47268227769 offset=145671168 len=1024
read t=47270834769 offset=145522688 len=1024
read t=47272536769 offset=145605632 len=1024
read t=47315853769 offset=145698816 len=4096
read t=47365438769 offset=145557504 len=5120
read t=47415219769 offset=145561600 len=5120
read t=47465014769 offset=145565696 len=4096
read t=47515151769 offset=145568768 len=5120
read t=47565249769 offset=145671168 len=4096
read t=47615203769 offset=145522688 len=3072
read t=47665133769 offset=145605632 len=5120
read t=47715344769 offset=145567744 len=4096
read t=47765981769 offset=145440768 len=1024
read t=48016092769 offset=145591296 len=1024
read t=48116279769 offset=145670144 len=4096
read t=48165126769 offset=145440768 len=4096
read t=48215140769 offset=145591296 len=5120
read t=48265730769 offset=145571840 len=4096
read t=48315769769 offset=145699840 len=1024
read t=48316336769 offset=9445376 len=18432
read t=48365314769 offset=145532928 len=1024
read t=48414862769 offset=145498112 len=4096
read t=48465427769 offset=145699840 len=1024
read t=48521907769 offset=145529856 len=1024
read t=48565130769 offset=145532928 len=3072
read t=48615749769 offset=145399808 len=4096
read t=48666858769 offset=145671168 len=1024
read t=48666963769 offset=11722752 len=35840
read t=48715563769 offset=145529856 len=2048
read t=48766460769 offset=145588224 len=1024
read t=48815975769 offset=145354752 len=4096
read t=48868600769 offset=11757568 len=11264
read t=48915159769 offset=145671168 len=4096
read t=48966600769 offset=145557504 len=1024
read t=49016179769 offset=145588224 len=4096
read t=49065746769 offset=145326080 len=4096
read t=49143178769 offset=145612800 len=1024
read t=49169296769 offset=11609088 len=30720
read t=49169337769 offset=11873280 len=17408
read t=49170185769 offset=11767808 len=21504
read t=49215180769 offset=145557504 len=5120
read t=49265811769 offset=145498112 len=1024
read t=49315546769 offset=145235968 len=4096
read t=49365296769 offset=145612800 len=4096
read t=49431763769 offset=145568768 len=1024
read t=49565667769 offset=145699840 len=1024
read t=49596615769 offset=145440768 len=1024
read t=49615084769 offset=145498112 len=3072
read t=49665571769 offset=145203200 len=4096
read t=49724428769 offset=145605632 len=1024
read t=49765094769 offset=145568768 len=5120
read t=49815204769 offset=145699840 len=1024
read t=49865218769 offset=145440768 len=4096
read t=49965727769 offset=145195008 len=4096
read t=50015277769 offset=145605632 len=5120
read t=50065626769 offset=145529856 len=1024
read t=50116097769 offset=145588224 len=1024
read t=50165546769 offset=145671168 len=1024
read t=50215615769 offset=145215488 len=4096
read t=50315020769 offset=145529856 len=2048
read t=50365121769 offset=145588224 len=4096
read t=50415108769 offset=145671168 len=4096
read t=50418807769 offset=145612800 len=1024
read t=50465240769 offset=144121856 len=4096
read t=50515707769 offset=145565696 len=1024
read t=50516271769 offset=145557504 len=1024
read t=50565604769 offset=145498112 len=1024
read t=50664840769 offset=145612800 len=4096
read t=50716771769 offset=16384 len=4096
read t=50765393769 offset=145565696 len=4096
read t=50815308769 offset=145557504 len=5120
read t=50865121769 offset=145498112 len=3072
read t=50915685769 offset=145440768 len=1024
read t=50966081769 offset=32768 len=4096
read t=51115629769 offset=145699840 len=1024
read t=51165049769 offset=145440768 len=4096
read t=51215452769 offset=65536 len=4096
read t=51265256769 offset=145699840 len=1024
read t=51365403769 offset=131072 len=4096
read t=51417806769 offset=145674240 len=1024
read t=51417845769 offset=11788288 len=41984
read t=51417849769 offset=145605632 len=1024
read t=51417852769 offset=145671168 len=1024
read t=51465855769 offset=262144 len=4096
read t=51519794769 offset=11829248 len=23552
read t=51565103769 offset=145605632 len=5120
read t=51615142769 offset=145671168 len=4096
read t=51665173769 offset=145674240 len=3072
read t=51715928769 offset=524288 len=4096
read t=51767466769 offset=11851776 len=22528
read t=51815999769 offset=145529856 len=1024
read t=51866070769 offset=12499968 len=33792
read t=51917724769 offset=145553408 len=1024
read t=51965690769 offset=1048576 len=4096
read t=52017659769 offset=11851776 len=22528
read t=52065121769 offset=145529856 len=2048
read t=52143159769 offset=145612800 len=1024
read t=52165134769 offset=145553408 len=5120
read t=52215506769 offset=2097152 len=4096
read t=52365010769 offset=145612800 len=4096
read t=52416052769 offset=145440768 len=1024
read t=52416094769 offset=145699840 len=1024
read t=52465324769 offset=4194304 len=4096
read t=52565464769 offset=145440768 len=4096
read t=52615231769 offset=145699840 len=1024
read t=52666739769 offset=12288 len=4096
read t=52767914769 offset=11576320 len=33792
read t=52767978769 offset=145534976 len=1024
read t=52815473769 offset=28672 len=4096
read t=52914805769 offset=145534976 len=2048
read t=52934732769 offset=145588224 len=1024
read t=52965403769 offset=61440 len=4096
read t=53015834769 offset=145605632 len=1024
read t=53065003769 offset=145588224 len=4096
read t=53117533769 offset=8192 len=4096
read t=53117571769 offset=20480 len=8192
read t=53117575769 offset=36864 len=24576
read t=53117579769 offset=69632 len=61440
read t=53117583769 offset=135168 len=126976
read t=53165058769 offset=145605632 len=5120
read t=53215900769 offset=145671168 len=1024
read t=53468503769 offset=266240 len=258048
read t=53565405769 offset=145671168 len=4096
read t=53617655769 offset=144965632 len=229376
read t=53617876769 offset=145199104 len=4096
read t=53618544769 offset=145207296 len=8192
read t=53618639769 offset=145219584 len=8192
read t=53668210769 offset=11873280 len=17408
read t=53668244769 offset=11609088 len=30720
read t=53867969769 offset=145227776 len=8192
read t=53868008769 offset=145240064 len=86016
read t=53868012769 offset=145330176 len=24576
read t=53868016769 offset=145358848 len=40960
read t=53868020769 offset=145403904 len=86016
read t=53996364769 offset=11889664 len=41984
read t=54055883769 offset=11638784 len=49152
read t=54268839769 offset=11930624 len=56320
read t=54354316769 offset=145670144 len=1024
read t=54366822769 offset=11985920 len=61440
read t=54436512769 offset=11686912 len=36864
read t=54468582769 offset=12046336 len=26624
read t=54568657769 offset=12071936 len=12288
read t=54616585769 offset=12083200 len=12288
read t=54665841769 offset=12094464 len=16384
read t=54716447769 offset=12109824 len=30720
read t=54767098769 offset=12139520 len=32768
read t=54814723769 offset=145670144 len=2048
read t=54817563769 offset=12171264 len=21504
read t=54917479769 offset=12191744 len=21504
read t=54968940769 offset=12212224 len=22528
read t=55014764769 offset=145526784 len=1024
read t=55016811769 offset=12233728 len=20480
read t=55117298769 offset=12253184 len=21504
read t=55167039769 offset=12273664 len=17408
read t=55214470769 offset=145526784 len=4096
read t=55216681769 offset=12290048 len=16384
read t=55273646769 offset=145568768 len=1024
read t=55285477769 offset=145612800 len=1024
read t=55317122769 offset=145440768 len=1024
read t=55365168769 offset=145568768 len=5120
read t=55415409769 offset=145612800 len=4096
read t=55465130769 offset=145440768 len=4096
read t=55616145769 offset=12305408 len=17408
read t=55616187769 offset=145699840 len=1024
read t=55667580769 offset=12321792 len=21504
read t=55715226769 offset=145699840 len=1024
read t=55766976769 offset=12342272 len=5120
read t=55866438769 offset=145623040 len=1024
read t=55867467769 offset=12342272 len=5120
read t=55899916769 offset=145549312 len=1024
read t=56015251769 offset=145549312 len=5120
read t=56065625769 offset=145553408 len=1024
read t=56098574769 offset=10838016 len=45056
read t=56116584769 offset=145553408 len=5120
read t=56168009769 offset=10882048 len=48128
read t=56215487769 offset=145529856 len=1024
read t=56315019769 offset=145529856 len=2048
read t=56366657769 offset=145438720 len=1024
read t=56414926769 offset=145438720 len=3072
read t=56465300769 offset=145671168 len=1024
read t=56515042769 offset=145671168 len=4096
read t=56554525769 offset=12346368 len=40960
read t=56565988769 offset=905216 len=60416
read t=56617634769 offset=12386304 len=23552
read t=56727031769 offset=145623040 len=5120
read t=56748498769 offset=12408832 len=41984
read t=56766645769 offset=145476608 len=1024
read t=56865559769 offset=145476608 len=3072
read t=56926972769 offset=37053440 len=39936
read t=56979002769 offset=145440768 len=1024
read t=57015304769 offset=145440768 len=4096
read t=57041040769 offset=145526784 len=1024
read t=57066011769 offset=12449792 len=28672
read t=57115527769 offset=145526784 len=4096
read t=57167873769 offset=12477440 len=22528
read t=57267258769 offset=12498944 len=2048
read t=57314977769 offset=145699840 len=1024
read t=57315783769 offset=12498944 len=2048
read t=57421805769 offset=145699840 len=1024
read t=57467169769 offset=145679360 len=1024
read t=57515344769 offset=145679360 len=3072
read t=57543976769 offset=145591296 len=1024
read t=57568816769 offset=145363968 len=66560
read t=57615871769 offset=145591296 len=5120
read t=57668559769 offset=145549312 len=1024
read t=57715353769 offset=145529856 len=1024
read t=57765332769 offset=145549312 len=5120
read t=57815332769 offset=145529856 len=2048
read t=57916148769 offset=145557504 len=1024
read t=57964969769 offset=145557504 len=5120
read t=58015530769 offset=145671168 len=1024
read t=58064909769 offset=145671168 len=4096
read t=58117132769 offset=12532736 len=28672
read t=58174985769 offset=13200384 len=28672
read t=58212642769 offset=145440768 len=1024
read t=58265479769 offset=145440768 len=4096
read t=58322989769 offset=12560384 len=50176
read t=58375962769 offset=13116416 len=19456
read t=58419917769 offset=145618944 len=1024
read t=58465221769 offset=145618944 len=5120
read t=58516083769 offset=145623040 len=1024
read t=58565348769 offset=145623040 len=5120
read t=58615920769 offset=145536000 len=1024
read t=58665362769 offset=145536000 len=4096
read t=58715821769 offset=145699840 len=1024
read t=58764964769 offset=145699840 len=1024
read t=58817073769 offset=13134848 len=43008
read t=58870526769 offset=13176832 len=24576
read t=58921236769 offset=12609536 len=49152
read t=58968391769 offset=12657664 len=70656
read t=59020299769 offset=12727296 len=72704
read t=59067346769 offset=12798976 len=71680
read t=59118730769 offset=12869632 len=72704
read t=59173223769 offset=13012992 len=59392
read t=59218579769 offset=13071360 len=46080
read t=59281792769 offset=12941312 len=72704
read t=59357608769 offset=145549312 len=1024
read t=59365039769 offset=145549312 len=5120
read t=59440949769 offset=145553408 len=1024
read t=59465118769 offset=145553408 len=5120
end files=425 reads=1063
