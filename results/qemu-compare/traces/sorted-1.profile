liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145718002 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=05c9892c7508316cd91bd26328e6e3d15fdabeb0d0af413299b5897a381bc30e
events 358
dropped 0
boots 1
duration_ns 28999796855
file /usr/bin/addpart inode=268 t=6900858620 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/apt inode=269 t=6900858620 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/lib/systemd/systemd inode=5910 t=7615561620 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7665019620 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8064652620 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=8114482620 kinds=block pages=0-95 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=8464674620 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=8914704620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=8914704620 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=8914704620 kinds=block pages=0-470 count=9
file /usr/bin/touch inode=536 t=9164745620 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=9164745620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=9164745620 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=9264696620 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=9264696620 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=9264696620 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=9314502620 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=9314502620 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=9314502620 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=9364676620 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=9364676620 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=9415165620 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9614616620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9614616620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9614616620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9614616620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9614616620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9614616620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9614616620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9614616620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9614616620 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9664671620 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9664671620 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9914674620 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9964702620 kinds=block pages=0-1155 count=18
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=10214602620 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=10464398620 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=10514599620 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10764400620 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=11064624620 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=11064624620 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=11114627620 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=14364894620 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=14464564620 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=14464564620 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=14614623620 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=14614623620 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=14614623620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=14614623620 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=14614623620 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=14614623620 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=14614623620 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=14728237620 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14728237620 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14728237620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14728237620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14728237620 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14764610620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14764610620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14764610620 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14764610620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14764610620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14764610620 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=14764610620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=14764610620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=14764610620 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=14764610620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=14764610620 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15406488620 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15406488620 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=17211180620 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=17211936620 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=17266179620 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=17266179620 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=17266179620 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=17266179620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=17266179620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=17266179620 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=17266179620 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=17266179620 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=17266179620 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=17438432620 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=17438432620 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=17438432620 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=17438432620 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=17600831620 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/systemd/README.logs inode=8182 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=17600831620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=17600831620 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=17600831620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=17600831620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=17600831620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=17600831620 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=17600831620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=17600831620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=17600831620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=17600831620 kinds=block pages=0-415,960-1375,1728-2303,2464-3178 count=27
file /usr/bin/systemctl inode=495 t=22032579620 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=22234234620 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=22234234620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=22234234620 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=23931395620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=23931395620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=23931395620 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=23931395620 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=23931395620 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=23982416620 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=23982416620 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=23982416620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=23982416620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=24843533620 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=24843533620 kinds=block pages=0-580 count=6
file /etc/e2scrub.conf inode=81 t=24981675620 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=24981675620 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=24981675620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=24981675620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=25031469620 kinds=block pages=0-308 count=8
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=25834716620 kinds=block pages=0-49 count=2
file /usr/bin/apt-cache inode=270 t=25950711620 kinds=fragment-inferred,block pages=0-21 count=2
file /usr/bin/apt-cdrom inode=271 t=25950711620 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/bin/apt-config inode=272 t=25950711620 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-get inode=273 t=25950711620 kinds=fragment-inferred,block pages=0-12 count=4
file /usr/bin/apt-key inode=274 t=25950711620 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-mark inode=275 t=25950711620 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/arch inode=276 t=25950711620 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=26031133620 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=26031133620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=26031133620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=26031133620 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=26231575620 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=26286158620 kinds=block pages=0-63 count=1
file /usr/bin/b2sum inode=278 t=27030769620 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/base32 inode=279 t=27030769620 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/base64 inode=280 t=27030769620 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=27030769620 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/basenc inode=282 t=27030769620 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/bashbug inode=284 t=27030769620 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/busctl inode=285 t=27030769620 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/bin/chattr inode=289 t=27030769620 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/bin/chcon inode=290 t=27030769620 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chfn inode=291 t=27082398620 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/bin/chgrp inode=292 t=27082398620 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chmod inode=293 t=27082398620 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/bin/choom inode=294 t=27082398620 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/chown inode=295 t=27133612620 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/bin/chrt inode=296 t=27133612620 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chsh inode=297 t=27133612620 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/cksum inode=298 t=27133612620 kinds=block pages=0-34 count=3
file /usr/bin/clear inode=299 t=27231403620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=27231403620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=27231403620 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=27231403620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=27231403620 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=27281630620 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=27281630620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=27281630620 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=27281630620 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=27281630620 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=27281630620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=27281630620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=27877032620 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=27877032620 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=27877032620 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/20-bluetooth-vendor-product.hwdb inode=6074 t=29190573620 kinds=block pages=32-34 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=29387763620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=5747 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=5756 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=29387763620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=29387763620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/user/smartcard.target inode=5969 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=5971 t=29387763620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=29387763620 kinds=block pages=0-223 count=1
file /usr/bin/uclampset inode=545 t=30481161620 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=547 t=30481161620 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=548 t=30482028620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=549 t=30482028620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=550 t=30482028620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=551 t=30482028620 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=552 t=30482028620 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=31171795620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=31171795620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=31171795620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=31171795620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=31171795620 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=31171795620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=31172173620 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=31172173620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=31172173620 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/pam.d/systemd-user inode=5579 t=31172173620 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=31172173620 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=31172173620 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=31172173620 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=31172173620 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=31172173620 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=31172173620 kinds=fragment-inferred,block pages=0 count=1
read t=6900858620 offset=0 len=16384
read t=6919448620 offset=145715200 len=4096
read t=6966069620 offset=145694720 len=4096
read t=7015944620 offset=145563648 len=4096
read t=7130358620 offset=145682432 len=4096
read t=7131309620 offset=145686528 len=8192
read t=7164751620 offset=145698816 len=4096
read t=7214833620 offset=145559552 len=4096
read t=7273524620 offset=145674240 len=4096
read t=7315242620 offset=145678336 len=4096
read t=7367074620 offset=145514496 len=4096
read t=7419835620 offset=145567744 len=16384
read t=7540202620 offset=145670144 len=4096
read t=7544944620 offset=133246976 len=4096
read t=7565333620 offset=133251072 len=16384
read t=7615561620 offset=133267456 len=32768
read t=7665019620 offset=133300224 len=65536
read t=7714387620 offset=145555456 len=4096
read t=7765713620 offset=145616896 len=4096
read t=7814863620 offset=145620992 len=16384
read t=7865199620 offset=145510400 len=4096
read t=7917295620 offset=99352576 len=4096
read t=7964892620 offset=99356672 len=16384
read t=8014834620 offset=99373056 len=32768
read t=8064652620 offset=99405824 len=65536
read t=8114482620 offset=99471360 len=131072
read t=8164939620 offset=145657856 len=4096
read t=8215300620 offset=145661952 len=8192
read t=8267536620 offset=133365760 len=131072
read t=8314744620 offset=133890048 len=4096
read t=8366174620 offset=133894144 len=16384
read t=8414774620 offset=133910528 len=32768
read t=8464674620 offset=133943296 len=65536
read t=8514788620 offset=134008832 len=131072
read t=8564611620 offset=135213056 len=4096
read t=8614809620 offset=135217152 len=16384
read t=8664624620 offset=135233536 len=32768
read t=8714707620 offset=134139904 len=131072
read t=8764951620 offset=132317184 len=4096
read t=8815630620 offset=132321280 len=16384
read t=8865861620 offset=132337664 len=32768
read t=8914704620 offset=132370432 len=65536
read t=8965030620 offset=132435968 len=131072
read t=9015185620 offset=133160960 len=4096
read t=9065387620 offset=133165056 len=16384
read t=9115744620 offset=133181440 len=32768
read t=9164745620 offset=133214208 len=32768
read t=9215119620 offset=132567040 len=131072
read t=9264696620 offset=135266304 len=73728
read t=9314502620 offset=135340032 len=131072
read t=9364676620 offset=135471104 len=131072
read t=9415165620 offset=135602176 len=131072
read t=9482987620 offset=135778304 len=4096
read t=9514856620 offset=135782400 len=16384
read t=9565111620 offset=135798784 len=32768
read t=9614616620 offset=135831552 len=65536
read t=9664671620 offset=135897088 len=131072
read t=9715703620 offset=136028160 len=131072
read t=9764645620 offset=136376320 len=4096
read t=9814930620 offset=136380416 len=16384
read t=9864572620 offset=136396800 len=32768
read t=9914674620 offset=136429568 len=65536
read t=9964702620 offset=136495104 len=131072
read t=10015050620 offset=136626176 len=131072
read t=10064845620 offset=138219520 len=4096
read t=10115242620 offset=138223616 len=16384
read t=10165358620 offset=138240000 len=32768
read t=10214602620 offset=138272768 len=65536
read t=10264325620 offset=138338304 len=131072
read t=10314619620 offset=138493952 len=4096
read t=10364815620 offset=138498048 len=16384
read t=10414701620 offset=138514432 len=32768
read t=10464398620 offset=138547200 len=65536
read t=10514599620 offset=138612736 len=131072
read t=10564435620 offset=138743808 len=131072
read t=10614504620 offset=139022336 len=4096
read t=10664664620 offset=139026432 len=16384
read t=10714659620 offset=139042816 len=32768
read t=10764400620 offset=139075584 len=65536
read t=10814574620 offset=139141120 len=131072
read t=10864542620 offset=139280384 len=4096
read t=10915244620 offset=139284480 len=16384
read t=10964918620 offset=139300864 len=32768
read t=11014614620 offset=139272192 len=8192
read t=11064624620 offset=139333632 len=69632
read t=11114627620 offset=139403264 len=131072
read t=11164441620 offset=133496832 len=131072
read t=11214425620 offset=132698112 len=16384
read t=11265041620 offset=132714496 len=32768
read t=11314563620 offset=132747264 len=65536
read t=11365342620 offset=132812800 len=131072
read t=11418565620 offset=132943872 len=131072
read t=11470414620 offset=133074944 len=86016
read t=11528520620 offset=138874880 len=131072
read t=11564589620 offset=139005952 len=16384
read t=11614478620 offset=138469376 len=24576
read t=11664585620 offset=138158080 len=4096
read t=11715009620 offset=138162176 len=16384
read t=11766209620 offset=138178560 len=32768
read t=11814622620 offset=138211328 len=8192
read t=11864730620 offset=136757248 len=131072
read t=11914718620 offset=136159232 len=131072
read t=11964774620 offset=135733248 len=16384
read t=12015258620 offset=135749632 len=28672
read t=12078388620 offset=135180288 len=4096
read t=12114937620 offset=135184384 len=16384
read t=12164994620 offset=135200768 len=12288
read t=12230762620 offset=133853184 len=4096
read t=12264855620 offset=133857280 len=16384
read t=12315331620 offset=133873664 len=16384
read t=12406978620 offset=137363456 len=4096
read t=12414382620 offset=137367552 len=16384
read t=12464789620 offset=137383936 len=32768
read t=12514794620 offset=137416704 len=65536
read t=12564916620 offset=137482240 len=131072
read t=12614790620 offset=137613312 len=131072
read t=12665659620 offset=137924608 len=4096
read t=12715073620 offset=137928704 len=16384
read t=12764943620 offset=137945088 len=32768
read t=12814560620 offset=137977856 len=65536
read t=12864532620 offset=138043392 len=114688
read t=12915383620 offset=145448960 len=4096
read t=12968246620 offset=134557696 len=4096
read t=13014817620 offset=134561792 len=16384
read t=13065013620 offset=134578176 len=32768
read t=13114592620 offset=134610944 len=65536
read t=13164665620 offset=134676480 len=131072
read t=13214416620 offset=134807552 len=131072
read t=13265188620 offset=134938624 len=131072
read t=13318350620 offset=135069696 len=110592
read t=13368620620 offset=134492160 len=4096
read t=13417162620 offset=134496256 len=16384
read t=13464940620 offset=134512640 len=32768
read t=13514620620 offset=134545408 len=12288
read t=13570618620 offset=134434816 len=4096
read t=13614839620 offset=134438912 len=16384
read t=13664637620 offset=134455296 len=32768
read t=13714456620 offset=134488064 len=4096
read t=13789594620 offset=134303744 len=4096
read t=13815035620 offset=134307840 len=16384
read t=13865043620 offset=134324224 len=32768
read t=13914744620 offset=134356992 len=65536
read t=13964647620 offset=134422528 len=12288
read t=14028815620 offset=133627904 len=16384
read t=14065405620 offset=133644288 len=32768
read t=14114566620 offset=133677056 len=65536
read t=14164703620 offset=133742592 len=110592
read t=14258790620 offset=134270976 len=32768
read t=14301089620 offset=139673600 len=4096
read t=14314764620 offset=139677696 len=16384
read t=14364894620 offset=139694080 len=32768
read t=14414712620 offset=139726848 len=65536
read t=14464564620 offset=139792384 len=131072
read t=14515193620 offset=145702912 len=12288
read t=14564886620 offset=139534336 len=131072
read t=14614623620 offset=139923456 len=16384
read t=14665120620 offset=139939840 len=32768
read t=14728237620 offset=139972608 len=65536
read t=14764610620 offset=140038144 len=131072
read t=14814991620 offset=139665408 len=8192
read t=14870584620 offset=137793536 len=4096
read t=14914934620 offset=137797632 len=16384
read t=14964790620 offset=137814016 len=32768
read t=15014498620 offset=137846784 len=65536
read t=15064468620 offset=137912320 len=12288
read t=15292851620 offset=145502208 len=4096
read t=15406488620 offset=140169216 len=131072
read t=15895201620 offset=136290304 len=16384
read t=15901310620 offset=136306688 len=32768
read t=15947264620 offset=136339456 len=36864
read t=16167803620 offset=145498112 len=4096
read t=16277211620 offset=145608704 len=4096
read t=16281936620 offset=145612800 len=4096
read t=17209312620 offset=140689408 len=4096
read t=17210544620 offset=140693504 len=16384
read t=17211180620 offset=140709888 len=32768
read t=17211936620 offset=140742656 len=65536
read t=17266179620 offset=140808192 len=131072
read t=17438432620 offset=140939264 len=131072
read t=17600831620 offset=141070336 len=131072
read t=17991894620 offset=140673024 len=4096
read t=17992862620 offset=140677120 len=12288
read t=18047947620 offset=140300288 len=131072
read t=18125679620 offset=140632064 len=4096
read t=18126943620 offset=140636160 len=16384
read t=18127839620 offset=140652544 len=20480
read t=18166866620 offset=140431360 len=131072
read t=18195395620 offset=140562432 len=69632
read t=19685161620 offset=141201408 len=131072
read t=21088632620 offset=145653760 len=4096
read t=22029546620 offset=143241216 len=4096
read t=22031124620 offset=143245312 len=16384
read t=22032579620 offset=143261696 len=32768
read t=22034258620 offset=143294464 len=65536
read t=22082085620 offset=143781888 len=4096
read t=22131257620 offset=143785984 len=16384
read t=22182216620 offset=143802368 len=32768
read t=22234234620 offset=143835136 len=65536
read t=22281252620 offset=142479360 len=4096
read t=22331423620 offset=142483456 len=16384
read t=22382349620 offset=142499840 len=32768
read t=22439044620 offset=142532608 len=65536
read t=22486535620 offset=142598144 len=131072
read t=22531456620 offset=142192640 len=4096
read t=22581589620 offset=142196736 len=16384
read t=22631376620 offset=142213120 len=32768
read t=22685141620 offset=142245888 len=65536
read t=22730980620 offset=16384 len=32768
read t=22781419620 offset=142733312 len=4096
read t=22833942620 offset=142737408 len=16384
read t=22881601620 offset=142753792 len=32768
read t=22934345620 offset=142786560 len=65536
read t=22981462620 offset=145584128 len=24576
read t=23035054620 offset=142852096 len=131072
read t=23081503620 offset=143360000 len=131072
read t=23134788620 offset=143491072 len=131072
read t=23181276620 offset=141717504 len=4096
read t=23231964620 offset=141721600 len=16384
read t=23282194620 offset=141737984 len=32768
read t=23331486620 offset=141664256 len=4096
read t=23382391620 offset=141668352 len=16384
read t=23431927620 offset=141684736 len=32768
read t=23481385620 offset=141770752 len=12288
read t=23531496620 offset=143740928 len=4096
read t=23585857620 offset=143745024 len=16384
read t=23632041620 offset=143761408 len=20480
read t=23687608620 offset=141783040 len=98304
read t=23730966620 offset=145416192 len=4096
read t=23782370620 offset=142729216 len=4096
read t=23832364620 offset=143925248 len=4096
read t=23881709620 offset=143929344 len=16384
read t=23931395620 offset=143945728 len=32768
read t=23982416620 offset=143978496 len=65536
read t=24031221620 offset=141647872 len=4096
read t=24082312620 offset=141651968 len=12288
read t=24134111620 offset=145371136 len=4096
read t=24182890620 offset=142176256 len=4096
read t=24232059620 offset=142180352 len=12288
read t=24285530620 offset=143622144 len=118784
read t=24331605620 offset=143183872 len=4096
read t=24381912620 offset=143187968 len=16384
read t=24431894620 offset=143204352 len=32768
read t=24481596620 offset=143237120 len=4096
read t=24530893620 offset=145342464 len=4096
read t=24587858620 offset=142073856 len=4096
read t=24632100620 offset=142077952 len=16384
read t=24681957620 offset=142094336 len=32768
read t=24731553620 offset=142127104 len=49152
read t=24781747620 offset=145252352 len=4096
read t=24843533620 offset=144044032 len=131072
read t=24881609620 offset=144781312 len=4096
read t=24931773620 offset=144785408 len=16384
read t=24981675620 offset=144801792 len=32768
read t=25031469620 offset=144834560 len=65536
read t=25081578620 offset=142311424 len=77824
read t=25131587620 offset=145219584 len=4096
read t=25203305620 offset=144900096 len=131072
read t=25231075620 offset=145211392 len=4096
read t=25282141620 offset=143040512 len=4096
read t=25331074620 offset=143044608 len=16384
read t=25381989620 offset=143060992 len=32768
read t=25432015620 offset=142983168 len=57344
read t=25481631620 offset=143093760 len=20480
read t=25531255620 offset=145231872 len=4096
read t=25584999620 offset=143114240 len=69632
read t=25631091620 offset=145362944 len=4096
read t=25681806620 offset=145367040 len=4096
read t=25731408620 offset=145375232 len=8192
read t=25782406620 offset=145383424 len=32768
read t=25834716620 offset=145420288 len=28672
read t=25881853620 offset=145453056 len=28672
read t=25950711620 offset=49152 len=73728
read t=25982287620 offset=143900672 len=16384
read t=26031133620 offset=143917056 len=8192
read t=26095032620 offset=131072 len=4096
read t=26134940620 offset=144568320 len=4096
read t=26181456620 offset=144572416 len=16384
read t=26231575620 offset=144588800 len=32768
read t=26286158620 offset=144621568 len=65536
read t=26330877620 offset=262144 len=4096
read t=26382556620 offset=145481728 len=16384
read t=26431349620 offset=145506304 len=4096
read t=26484192620 offset=145518592 len=36864
read t=26531083620 offset=144175104 len=16384
read t=26582172620 offset=144191488 len=32768
read t=26631875620 offset=144224256 len=65536
read t=26681286620 offset=524288 len=4096
read t=26732492620 offset=144289792 len=131072
read t=26781266620 offset=1048576 len=4096
read t=26836148620 offset=144420864 len=131072
read t=26881247620 offset=2097152 len=4096
read t=26934474620 offset=4194304 len=4096
read t=27015827620 offset=122880 len=8192
read t=27030769620 offset=135168 len=126976
read t=27082398620 offset=266240 len=118784
read t=27133612620 offset=385024 len=131072
read t=27184046620 offset=516096 len=8192
read t=27231403620 offset=528384 len=118784
read t=27281630620 offset=647168 len=131072
read t=27331380620 offset=144551936 len=16384
read t=27380496620 offset=145031168 len=16384
read t=27432139620 offset=145047552 len=32768
read t=27481468620 offset=145080320 len=65536
read t=27531327620 offset=145145856 len=65536
read t=27581281620 offset=145215488 len=4096
read t=27631394620 offset=145223680 len=8192
read t=27681368620 offset=145235968 len=16384
read t=27731305620 offset=145256448 len=86016
read t=27782290620 offset=145346560 len=16384
read t=27877032620 offset=144687104 len=94208
read t=28439009620 offset=61440 len=4096
read t=28488734620 offset=192512 len=4096
read t=28538830620 offset=454656 len=4096
read t=28588850620 offset=978944 len=4096
read t=28639229620 offset=2027520 len=4096
read t=28688770620 offset=4124672 len=4096
read t=29090583620 offset=0 len=61440
read t=29139281620 offset=65536 len=126976
read t=29190573620 offset=96079872 len=4096
read t=29238626620 offset=196608 len=131072
read t=29290218620 offset=96083968 len=16384
read t=29338373620 offset=327680 len=126976
read t=29387763620 offset=96100352 len=98304
read t=29439024620 offset=145420288 len=131072
read t=29488962620 offset=145551360 len=131072
read t=29539874620 offset=145682432 len=36864
read t=30479279620 offset=6774784 len=4096
read t=30480388620 offset=6778880 len=16384
read t=30481161620 offset=6795264 len=32768
read t=30482028620 offset=6828032 len=65536
read t=31170312620 offset=95367168 len=4096
read t=31171070620 offset=95371264 len=16384
read t=31171795620 offset=95387648 len=32768
read t=31172173620 offset=95420416 len=65536
read t=31244114620 offset=136888320 len=131072
read t=31273126620 offset=137019392 len=131072
read t=31323038620 offset=137150464 len=131072
read t=31378416620 offset=137281536 len=81920
read t=31434573620 offset=137744384 len=49152
end files=458 reads=339
