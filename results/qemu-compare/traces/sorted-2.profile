liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145700960 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=a0fe742910ec313e363c25783f4992b42dc3f236de1ad2e076df87b2ad8ef1f4
events 361
dropped 0
boots 1
duration_ns 27261399886
file /usr/bin/addpart inode=268 t=6513113779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=6513113779 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=7258955779 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=7279155779 kinds=block pages=0-505 count=8
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=7628293779 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=7678546779 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7978851779 kinds=block pages=0-817 count=15
file /etc/ld.so.cache inode=100 t=8428437779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=8428437779 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/touch inode=536 t=8678348779 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=8678348779 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=8678348779 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=8728866779 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=8728866779 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=8728866779 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=8778476779 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=8778476779 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=8778476779 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=8828458779 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=8828458779 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8878891779 kinds=block pages=0-86 count=3
file /usr/lib/modprobe.d/aliases.conf inode=653 t=9079172779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=9079172779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=9079172779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=9079172779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=9079172779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=9079172779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=9079172779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=9079172779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=9079172779 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=9128510779 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=9128510779 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=9378581779 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=9428330779 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9678641779 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9928400779 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9978764779 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10228395779 kinds=block pages=0-153 count=4
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10478157779 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=10478157779 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=10628416779 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=14128469779 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=14228274779 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=14228274779 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=14428019779 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=14428019779 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=14428019779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=14428019779 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=14428019779 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=14428019779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=14428019779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=14428019779 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=14539870779 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=14539870779 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=14539870779 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=14539870779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=14578363779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=14578363779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=14578363779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=14578363779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=14578363779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=14578363779 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=14578363779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=14578363779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=14578363779 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=14578363779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=14578363779 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=15165931779 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=15165931779 kinds=block pages=0-330 count=6
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=16648060779 kinds=block pages=0-86 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=16648319779 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=16703438779 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=16703438779 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=16703438779 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=16703438779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=16703438779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=16703438779 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=16703438779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=16703438779 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=16703438779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=16893392779 kinds=block pages=0-100 count=1
file /etc/group inode=85 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=16893392779 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=16893392779 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=16893392779 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=17022506779 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=17022506779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=17022506779 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=17022506779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=17022506779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=17022506779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=17022506779 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=17022506779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=17022506779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=17022506779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=17022506779 kinds=block pages=0-415,960-1471,1728-2335,2464-3178 count=30
file /usr/bin/systemctl inode=495 t=20633447779 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=20830292779 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=20830292779 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=22677469779 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=22677469779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=22677469779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=22677469779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=22677469779 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=22727280779 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=22727280779 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=22727280779 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=22927593779 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=22927593779 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=22927593779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=22927593779 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=22977643779 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=23277590779 kinds=block pages=0-95 count=1
file /usr/bin/apt-cache inode=270 t=24277868779 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=24277868779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=24277868779 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-get inode=273 t=24277868779 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/apt-key inode=274 t=24277868779 kinds=fragment-inferred,block pages=0-6 count=2
file /usr/bin/apt-mark inode=275 t=24277868779 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=24277868779 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=24328487779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=24328487779 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=24430752779 kinds=block pages=0-580 count=4
file /usr/bin/b2sum inode=278 t=24927506779 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=24927506779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=24927506779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=24927506779 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=24927506779 kinds=fragment-inferred,block pages=0-13 count=2
file /usr/bin/bashbug inode=284 t=24927506779 kinds=fragment-inferred,block pages=0-1 count=2
file /usr/bin/busctl inode=285 t=24927506779 kinds=fragment-inferred,block pages=0-22 count=2
file /usr/bin/chattr inode=289 t=24927506779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=24927506779 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=24979843779 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=24979843779 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=24979843779 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=24979843779 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=25027792779 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=25027792779 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=25027792779 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=25027792779 kinds=block pages=0-34 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=25077812779 kinds=block pages=0-63 count=1
file /usr/bin/clear inode=299 t=25177449779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=25177449779 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=25177449779 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=25177449779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=25177449779 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=25227874779 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=25227874779 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=25227874779 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=25227874779 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=25227874779 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=25227874779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=25227874779 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/bash inode=283 t=25477389779 kinds=block pages=0-308 count=6
file /etc/e2scrub.conf inode=81 t=25877730779 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=25877730779 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub_all inode=7374 t=25877730779 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=26126957779 kinds=block pages=0-49 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=26291354779 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=26291354779 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=26291354779 kinds=fragment-inferred,block pages=0-16 count=1
read t=6513113779 offset=0 len=16384
read t=6532732779 offset=145698816 len=4096
read t=6581642779 offset=145678336 len=4096
read t=6629399779 offset=145547264 len=4096
read t=6754703779 offset=145666048 len=4096
read t=6756129779 offset=145670144 len=8192
read t=6778381779 offset=145682432 len=4096
read t=6829572779 offset=145543168 len=4096
read t=6883321779 offset=145657856 len=4096
read t=6928827779 offset=145661952 len=4096
read t=6979662779 offset=145494016 len=4096
read t=7029631779 offset=145498112 len=16384
read t=7084739779 offset=145551360 len=16384
read t=7256357779 offset=133234688 len=4096
read t=7257377779 offset=133238784 len=16384
read t=7258955779 offset=133255168 len=32768
read t=7279155779 offset=133287936 len=65536
read t=7328517779 offset=145539072 len=4096
read t=7379830779 offset=145600512 len=4096
read t=7428699779 offset=145604608 len=16384
read t=7481731779 offset=132263936 len=4096
read t=7528580779 offset=132268032 len=16384
read t=7579068779 offset=132284416 len=32768
read t=7628293779 offset=132317184 len=65536
read t=7678546779 offset=132382720 len=131072
read t=7728601779 offset=145645568 len=4096
read t=7781922779 offset=133353472 len=131072
read t=7829170779 offset=133877760 len=4096
read t=7879254779 offset=133881856 len=16384
read t=7930128779 offset=133898240 len=32768
read t=7978851779 offset=133931008 len=65536
read t=8028760779 offset=133996544 len=131072
read t=8078646779 offset=135200768 len=4096
read t=8129185779 offset=135204864 len=16384
read t=8179170779 offset=135221248 len=32768
read t=8228658779 offset=134127616 len=131072
read t=8278404779 offset=132206592 len=4096
read t=8329393779 offset=132210688 len=16384
read t=8379639779 offset=132227072 len=32768
read t=8428437779 offset=132259840 len=4096
read t=8488676779 offset=132513792 len=131072
read t=8528510779 offset=133148672 len=4096
read t=8579189779 offset=133152768 len=16384
read t=8629871779 offset=133169152 len=32768
read t=8678348779 offset=133201920 len=32768
read t=8728866779 offset=135254016 len=73728
read t=8778476779 offset=135327744 len=131072
read t=8828458779 offset=135458816 len=131072
read t=8878891779 offset=135589888 len=131072
read t=8943679779 offset=135766016 len=4096
read t=8979020779 offset=135770112 len=16384
read t=9028556779 offset=135786496 len=32768
read t=9079172779 offset=135819264 len=65536
read t=9128510779 offset=135884800 len=131072
read t=9178601779 offset=136015872 len=131072
read t=9228570779 offset=136364032 len=4096
read t=9279045779 offset=136368128 len=16384
read t=9328669779 offset=136384512 len=32768
read t=9378581779 offset=136417280 len=65536
read t=9428330779 offset=136482816 len=131072
read t=9478695779 offset=136613888 len=131072
read t=9529009779 offset=138207232 len=4096
read t=9578874779 offset=138211328 len=16384
read t=9629565779 offset=138227712 len=32768
read t=9678641779 offset=138260480 len=65536
read t=9728718779 offset=138326016 len=131072
read t=9778750779 offset=138481664 len=4096
read t=9828665779 offset=138485760 len=16384
read t=9878958779 offset=138502144 len=32768
read t=9928400779 offset=138534912 len=65536
read t=9978764779 offset=138600448 len=131072
read t=10028464779 offset=138731520 len=131072
read t=10078676779 offset=139010048 len=4096
read t=10128634779 offset=139014144 len=16384
read t=10179140779 offset=139030528 len=32768
read t=10228395779 offset=139063296 len=65536
read t=10278617779 offset=139128832 len=131072
read t=10328617779 offset=139264000 len=4096
read t=10379060779 offset=139268096 len=16384
read t=10428753779 offset=139284480 len=32768
read t=10478157779 offset=139317248 len=65536
read t=10528141779 offset=139259904 len=4096
read t=10578673779 offset=139382784 len=8192
read t=10628416779 offset=139390976 len=131072
read t=10678653779 offset=133484544 len=131072
read t=10728387779 offset=132665344 len=4096
read t=10778855779 offset=132669440 len=16384
read t=10828587779 offset=132685824 len=32768
read t=10878254779 offset=132718592 len=65536
read t=10929120779 offset=132784128 len=131072
read t=10978584779 offset=132644864 len=16384
read t=11028413779 offset=132661248 len=4096
read t=11085153779 offset=132915200 len=16384
read t=11128489779 offset=132931584 len=32768
read t=11178593779 offset=132964352 len=65536
read t=11228360779 offset=133029888 len=118784
read t=11289376779 offset=138862592 len=131072
read t=11328541779 offset=138993664 len=16384
read t=11378667779 offset=138457088 len=24576
read t=11428298779 offset=138145792 len=4096
read t=11478882779 offset=138149888 len=16384
read t=11528765779 offset=138166272 len=32768
read t=11578471779 offset=138199040 len=8192
read t=11628406779 offset=136744960 len=131072
read t=11678636779 offset=136146944 len=131072
read t=11728492779 offset=135720960 len=16384
read t=11779170779 offset=135737344 len=28672
read t=11849900779 offset=135168000 len=4096
read t=11878824779 offset=135172096 len=16384
read t=11928474779 offset=135188480 len=12288
read t=11996149779 offset=133840896 len=4096
read t=12028550779 offset=133844992 len=16384
read t=12078994779 offset=133861376 len=16384
read t=12176386779 offset=137351168 len=4096
read t=12178336779 offset=137355264 len=16384
read t=12228574779 offset=137371648 len=32768
read t=12278340779 offset=137404416 len=65536
read t=12328802779 offset=137469952 len=131072
read t=12380125779 offset=137601024 len=131072
read t=12428323779 offset=137912320 len=4096
read t=12478769779 offset=137916416 len=16384
read t=12528648779 offset=137932800 len=32768
read t=12578322779 offset=137965568 len=65536
read t=12628318779 offset=138031104 len=114688
read t=12678749779 offset=145432576 len=4096
read t=12731634779 offset=134545408 len=4096
read t=12778973779 offset=134549504 len=16384
read t=12828706779 offset=134565888 len=32768
read t=12878586779 offset=134598656 len=65536
read t=12928357779 offset=134664192 len=131072
read t=12978634779 offset=134795264 len=131072
read t=13036340779 offset=134926336 len=131072
read t=13081719779 offset=135057408 len=110592
read t=13132566779 offset=134479872 len=4096
read t=13178960779 offset=134483968 len=16384
read t=13228609779 offset=134500352 len=32768
read t=13278274779 offset=134533120 len=12288
read t=13333324779 offset=134422528 len=4096
read t=13378881779 offset=134426624 len=16384
read t=13428728779 offset=134443008 len=32768
read t=13478145779 offset=134475776 len=4096
read t=13543232779 offset=134291456 len=4096
read t=13578921779 offset=134295552 len=16384
read t=13628665779 offset=134311936 len=32768
read t=13678272779 offset=134344704 len=65536
read t=13728273779 offset=134410240 len=12288
read t=13796910779 offset=133615616 len=16384
read t=13828844779 offset=133632000 len=32768
read t=13878319779 offset=133664768 len=65536
read t=13928267779 offset=133730304 len=110592
read t=14023151779 offset=134258688 len=32768
read t=14070121779 offset=139661312 len=4096
read t=14078685779 offset=139665408 len=16384
read t=14128469779 offset=139681792 len=32768
read t=14178035779 offset=139714560 len=65536
read t=14228274779 offset=139780096 len=131072
read t=14278651779 offset=145649664 len=4096
read t=14328782779 offset=145653760 len=4096
read t=14408191779 offset=139522048 len=131072
read t=14428019779 offset=139911168 len=16384
read t=14478960779 offset=139927552 len=32768
read t=14539870779 offset=139960320 len=65536
read t=14578363779 offset=140025856 len=131072
read t=14628474779 offset=139653120 len=8192
read t=14688629779 offset=137781248 len=4096
read t=14728404779 offset=137785344 len=16384
read t=14778669779 offset=137801728 len=32768
read t=14828155779 offset=137834496 len=65536
read t=14878122779 offset=137900032 len=12288
read t=15094118779 offset=145485824 len=4096
read t=15165931779 offset=140156928 len=131072
read t=15525592779 offset=136278016 len=16384
read t=15527436779 offset=136294400 len=32768
read t=15575894779 offset=136327168 len=36864
read t=15735671779 offset=145481728 len=4096
read t=15759297779 offset=145686528 len=12288
read t=15842055779 offset=145592320 len=4096
read t=15843293779 offset=145596416 len=4096
read t=16646107779 offset=140677120 len=4096
read t=16647364779 offset=140681216 len=16384
read t=16648060779 offset=140697600 len=32768
read t=16648319779 offset=140730368 len=65536
read t=16703438779 offset=140795904 len=131072
read t=16893392779 offset=140926976 len=131072
read t=17022506779 offset=141058048 len=131072
read t=17341526779 offset=140664832 len=4096
read t=17342073779 offset=140668928 len=8192
read t=17361541779 offset=140288000 len=131072
read t=17456381779 offset=140619776 len=4096
read t=17456892779 offset=140623872 len=16384
read t=17457222779 offset=140640256 len=24576
read t=17501273779 offset=140419072 len=131072
read t=17576024779 offset=140550144 len=69632
read t=18787994779 offset=141189120 len=131072
read t=19792895779 offset=145620992 len=24576
read t=19795609779 offset=145514496 len=24576
read t=20625741779 offset=143228928 len=4096
read t=20630097779 offset=143233024 len=16384
read t=20633447779 offset=143249408 len=32768
read t=20633948779 offset=143282176 len=65536
read t=20677603779 offset=143769600 len=4096
read t=20727645779 offset=143773696 len=16384
read t=20777609779 offset=143790080 len=32768
read t=20830292779 offset=143822848 len=65536
read t=20877164779 offset=142467072 len=4096
read t=20927765779 offset=142471168 len=16384
read t=20977607779 offset=142487552 len=32768
read t=21029819779 offset=142520320 len=65536
read t=21082039779 offset=142585856 len=131072
read t=21127184779 offset=142180352 len=4096
read t=21177737779 offset=142184448 len=16384
read t=21227729779 offset=142200832 len=32768
read t=21280068779 offset=142233600 len=65536
read t=21327577779 offset=16384 len=32768
read t=21377673779 offset=142721024 len=4096
read t=21427363779 offset=142725120 len=16384
read t=21477628779 offset=142741504 len=32768
read t=21528100779 offset=142774272 len=65536
read t=21577779779 offset=143347712 len=131072
read t=21627178779 offset=142839808 len=131072
read t=21677262779 offset=145567744 len=24576
read t=21727925779 offset=143478784 len=131072
read t=21777217779 offset=141656064 len=4096
read t=21827476779 offset=141660160 len=16384
read t=21877737779 offset=141676544 len=32768
read t=21928093779 offset=141709312 len=131072
read t=21980587779 offset=143728640 len=4096
read t=22027721779 offset=143732736 len=16384
read t=22077704779 offset=143749120 len=20480
read t=22131868779 offset=141840384 len=98304
read t=22179470779 offset=142716928 len=4096
read t=22227267779 offset=145399808 len=4096
read t=22277961779 offset=142163968 len=4096
read t=22327710779 offset=142168064 len=12288
read t=22381447779 offset=143171584 len=4096
read t=22427562779 offset=143175680 len=16384
read t=22477613779 offset=143192064 len=32768
read t=22527351779 offset=143224832 len=4096
read t=22577897779 offset=143896576 len=4096
read t=22627425779 offset=143900672 len=16384
read t=22677469779 offset=143917056 len=32768
read t=22727280779 offset=143949824 len=65536
read t=22782096779 offset=141635584 len=4096
read t=22827756779 offset=141639680 len=16384
read t=22879119779 offset=144080896 len=4096
read t=22927593779 offset=144084992 len=16384
read t=22977643779 offset=144101376 len=32768
read t=23027419779 offset=145354752 len=4096
read t=23078063779 offset=142065664 len=4096
read t=23128222779 offset=142069760 len=16384
read t=23187397779 offset=142086144 len=32768
read t=23227286779 offset=143609856 len=118784
read t=23277590779 offset=144015360 len=65536
read t=23329280779 offset=144134144 len=12288
read t=23377222779 offset=145326080 len=4096
read t=23428050779 offset=142118912 len=16384
read t=23486653779 offset=142147584 len=4096
read t=23527669779 offset=142151680 len=12288
read t=23580890779 offset=142135296 len=12288
read t=23627376779 offset=145235968 len=4096
read t=23682123779 offset=145203200 len=4096
read t=23728215779 offset=142299136 len=86016
read t=23777410779 offset=142385152 len=12288
read t=23827243779 offset=145195008 len=4096
read t=23878460779 offset=145436672 len=16384
read t=23932862779 offset=143028224 len=4096
read t=23977768779 offset=143032320 len=16384
read t=24027693779 offset=143048704 len=32768
read t=24077458779 offset=142970880 len=57344
read t=24127524779 offset=143081472 len=20480
read t=24177380779 offset=145215488 len=4096
read t=24238738779 offset=143101952 len=69632
read t=24277868779 offset=49152 len=73728
read t=24328487779 offset=143888384 len=8192
read t=24377478779 offset=131072 len=4096
read t=24430752779 offset=144146432 len=131072
read t=24490730779 offset=144277504 len=131072
read t=24530286779 offset=262144 len=4096
read t=24593066779 offset=524288 len=4096
read t=24629591779 offset=145453056 len=28672
read t=24679180779 offset=1048576 len=4096
read t=24731752779 offset=2097152 len=4096
read t=24778540779 offset=144408576 len=131072
read t=24830739779 offset=4194304 len=4096
read t=24887712779 offset=122880 len=8192
read t=24927506779 offset=135168 len=126976
read t=24979843779 offset=266240 len=118784
read t=25027792779 offset=385024 len=131072
read t=25077812779 offset=144539648 len=131072
read t=25127800779 offset=516096 len=8192
read t=25177449779 offset=528384 len=118784
read t=25227874779 offset=647168 len=131072
read t=25277349779 offset=144965632 len=4096
read t=25334880779 offset=144969728 len=16384
read t=25377709779 offset=144986112 len=32768
read t=25431077779 offset=145018880 len=65536
read t=25477389779 offset=145084416 len=110592
read t=25528830779 offset=145199104 len=4096
read t=25577799779 offset=145207296 len=8192
read t=25627042779 offset=145219584 len=16384
read t=25677252779 offset=145240064 len=86016
read t=25727527779 offset=145330176 len=16384
read t=25777316779 offset=144769024 len=4096
read t=25827601779 offset=144773120 len=16384
read t=25877730779 offset=144789504 len=32768
read t=25938920779 offset=144822272 len=65536
read t=25977406779 offset=145346560 len=8192
read t=26028327779 offset=145358848 len=36864
read t=26077965779 offset=145395712 len=4096
read t=26126957779 offset=145403904 len=28672
read t=26177639779 offset=145489920 len=4096
read t=26227957779 offset=144887808 len=77824
read t=26291354779 offset=144670720 len=98304
read t=26644731779 offset=61440 len=4096
read t=26694938779 offset=192512 len=4096
read t=26745024779 offset=454656 len=4096
read t=26795230779 offset=978944 len=4096
read t=26845296779 offset=2027520 len=4096
read t=26895292779 offset=4124672 len=4096
end files=350 reads=319
