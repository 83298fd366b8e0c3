liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145689761 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=2c0296c7ec3c3efd235db97d145885201249d3c6c468c5c76f2bebe0e573fad7
events 63
dropped 0
boots 1
duration_ns 19558870147
file /usr/bin/addpart inode=268 t=5917876842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=269 t=5917876842 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=270 t=5917876842 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=271 t=5917876842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=272 t=5938324842 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=273 t=5938324842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=274 t=5938324842 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=275 t=5938324842 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=276 t=5938324842 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/b2sum inode=278 t=5938324842 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=279 t=5938324842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=280 t=5938324842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=281 t=5938324842 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=282 t=5938324842 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=284 t=5938324842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busctl inode=285 t=5938324842 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/chattr inode=289 t=5938324842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=290 t=5938324842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=291 t=5938324842 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=292 t=5938324842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chmod inode=293 t=5938324842 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=294 t=5938324842 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=295 t=5938324842 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=296 t=5938324842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=297 t=5938324842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=298 t=5938324842 kinds=block pages=0-34 count=1
file /usr/bin/clear inode=299 t=5940046842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=5940046842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=5940046842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=5940046842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=5940046842 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=5940046842 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=5940046842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=5940046842 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=5940046842 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=5940046842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=5940046842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=312 t=5940046842 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=313 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=314 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=315 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=316 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=317 t=5940046842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=318 t=5940046842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/df inode=319 t=5940046842 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/bin/diff inode=320 t=5940046842 kinds=block pages=0-37 count=1
file /usr/bin/diff3 inode=321 t=5940046842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/dircolors inode=323 t=5940046842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/dir inode=322 t=5940046842 kinds=block pages=0-36 count=1
file /usr/bin/dirname inode=324 t=5940046842 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dmesg inode=325 t=5940046842 kinds=fragment-inferred,block pages=0-21 count=1
file /etc/ld.so.cache inode=100 t=5941678842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=5941678842 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=5941678842 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=5941678842 kinds=block pages=0-470 count=2
file /usr/bin/touch inode=536 t=5942410842 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=5942410842 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=5942410842 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=5943075842 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=5943075842 kinds=block pages=0-505 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=5944035842 kinds=block pages=0-817 count=3
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=5945305842 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=5945305842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=5945305842 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=5945961842 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=5945961842 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=5945961842 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=5945961842 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=5945961842 kinds=block pages=0-98 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=5945961842 kinds=block pages=0-86 count=1
file /usr/lib/modprobe.d/aliases.conf inode=653 t=5945961842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=5945961842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=5945961842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=5945961842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=5945961842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=5945961842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=5945961842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=5945961842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=5945961842 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=5946635842 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=5946635842 kinds=block pages=0-325 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=5947061842 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=5947061842 kinds=block pages=0-255,544-607,800-1155 count=3
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=5949316842 kinds=block pages=0-186 count=2
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=5950054842 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=5950054842 kinds=block pages=0-222 count=2
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=5950796842 kinds=block pages=0-153 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=5950796842 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=5952023842 kinds=block pages=0-171 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=5952023842 kinds=block pages=0-308 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=5952023842 kinds=block pages=0-186 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=5952023842 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=5958220842 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=5958220842 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=5958220842 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=5958220842 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=5958220842 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=5958220842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=5958220842 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=5958220842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=5958220842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=5958220842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=5958220842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=5958220842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=5958220842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=5958220842 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=5958220842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=5958220842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=5958220842 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=5958220842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=5958220842 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=5958220842 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=5958220842 kinds=block pages=0-330 count=2
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=5959207842 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=5959207842 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=5959207842 kinds=block pages=0-105 count=1
file /etc/modules inode=115 t=5959207842 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=5959207842 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=5959207842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=5959207842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=5959207842 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=5959207842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=5959207842 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=5959207842 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=5959207842 kinds=block pages=0-100 count=2
file /etc/group inode=85 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=5960379842 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=5960379842 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=5960379842 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=5960379842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=5960379842 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=5960379842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=5960379842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=5960379842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=5960379842 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=5960379842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=5960379842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=5960379842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=5960379842 kinds=block pages=0-63,960-1151,1632-3178 count=7
file /usr/bin/systemctl inode=495 t=5963222842 kinds=block pages=0-330 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=5965394842 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=5965394842 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=5965394842 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=5965394842 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=5965394842 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=5965394842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=5965394842 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=5965394842 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=5965394842 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=5965394842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=5965394842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=5965394842 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=5965394842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=5965394842 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=5965394842 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=5965394842 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=5965394842 kinds=block pages=0-95 count=1
file /usr/lib/udev/dmi_memory_id inode=6067 t=5965394842 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=5966048842 kinds=block pages=0-580 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=5966048842 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=5966929842 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=5966929842 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=5966929842 kinds=fragment-inferred,block pages=0-16 count=1
file /etc/e2scrub.conf inode=81 t=5966929842 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=5966929842 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=5966929842 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=5966929842 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=5966929842 kinds=block pages=0-308 count=2
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=5967725842 kinds=block pages=0-49 count=1
file /usr/bin/dpkg inode=328 t=16138322842 kinds=block pages=0-77 count=1
read t=5058157842 offset=0 len=4096
read t=5061289842 offset=4096 len=4096
read t=5061920842 offset=12288 len=4096
read t=5914898842 offset=0 len=4096
read t=5917876842 offset=4096 len=61440
read t=5938324842 offset=65536 len=458752
read t=5940046842 offset=524288 len=524288
read t=5941678842 offset=132190208 len=528384
read t=5942410842 offset=132718592 len=524288
read t=5943075842 offset=133242880 len=524288
read t=5944035842 offset=133767168 len=524288
read t=5944683842 offset=134291456 len=524288
read t=5945305842 offset=134815744 len=524288
read t=5945961842 offset=135340032 len=524288
read t=5946635842 offset=135864320 len=524288
read t=5947061842 offset=136388608 len=344064
read t=5948259842 offset=137334784 len=126976
read t=5949316842 offset=137768960 len=528384
read t=5950054842 offset=138297344 len=524288
read t=5950796842 offset=138821632 len=524288
read t=5952023842 offset=139345920 len=524288
read t=5958220842 offset=139870208 len=524288
read t=5959207842 offset=140394496 len=524288
read t=5960379842 offset=140918784 len=204800
read t=5961086842 offset=141619200 len=106496
read t=5961986842 offset=142049280 len=528384
read t=5962642842 offset=142577664 len=524288
read t=5963222842 offset=143101952 len=524288
read t=5965394842 offset=143626240 len=524288
read t=5966048842 offset=144150528 len=524288
read t=5966929842 offset=144674816 len=524288
read t=5967725842 offset=145199104 len=491520
read t=16117829842 offset=141991936 len=4096
read t=16118582842 offset=141996032 len=16384
read t=16118815842 offset=142012416 len=32768
read t=16118915842 offset=142045184 len=4096
read t=16138322842 offset=1048576 len=131072
read t=16226008842 offset=2097152 len=4096
read t=16276906842 offset=4194304 len=4096
end files=366 reads=39
