liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=196096000 mkfs_time=0 inode_count=12822 block_size=4096 compressor=lz4 sha256=58d2d33609b3e7650574ea9fee6e0161343a9819562c2c3ab999aa81cdd94f31
events 710
dropped 0
boots 1
duration_ns 55446609990
file /usr/lib/systemd/systemd inode=16004 t=14634740809 kinds=fragment-inferred,block pages=0-1,2-22 ranks=28,0 count=2
file /usr/lib/systemd/systemd-ac-power inode=16006 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=1 count=1
file /usr/lib/systemd/systemd-backlight inode=16008 t=14634740809 kinds=fragment-inferred,block pages=0-7 ranks=2 count=1
file /usr/lib/systemd/systemd-binfmt inode=16010 t=14634740809 kinds=fragment-inferred,block pages=0-4 ranks=3 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=16012 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=4 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=16014 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=5 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=16016 t=14634740809 kinds=fragment-inferred,block pages=0-17 ranks=6 count=1
file /usr/lib/systemd/systemd-fsck inode=16018 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=7 count=1
file /usr/lib/systemd/systemd-fsckd inode=16020 t=14634740809 kinds=fragment-inferred,block pages=0-6 ranks=8 count=1
file /usr/lib/systemd/systemd-growfs inode=16022 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=9 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=16024 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=10 count=1
file /usr/lib/systemd/systemd-hostnamed inode=16026 t=14634740809 kinds=fragment-inferred,block pages=0-10 ranks=11 count=1
file /usr/lib/systemd/systemd-initctl inode=16028 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=12 count=1
file /usr/lib/systemd/systemd-integritysetup inode=16030 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=13 count=1
file /usr/lib/systemd/systemd-journald inode=16032 t=14634740809 kinds=fragment-inferred,block pages=0-41 ranks=14 count=1
file /usr/lib/systemd/systemd-localed inode=16034 t=14634740809 kinds=fragment-inferred,block pages=0-11 ranks=15 count=1
file /usr/lib/systemd/systemd-logind inode=16036 t=14634740809 kinds=fragment-inferred,block pages=0-68 ranks=16 count=1
file /usr/lib/systemd/systemd-makefs inode=16038 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=17 count=1
file /usr/lib/systemd/systemd-measure inode=16040 t=14634740809 kinds=fragment-inferred,block pages=0-11 ranks=18 count=1
file /usr/lib/systemd/systemd-modules-load inode=16042 t=14634740809 kinds=fragment-inferred,block pages=0-4 ranks=19 count=1
file /usr/lib/systemd/systemd-network-generator inode=16044 t=14634740809 kinds=fragment-inferred,block pages=0-9 ranks=20 count=1
file /usr/lib/systemd/systemd-networkd inode=16046 t=14634740809 kinds=fragment-inferred,block pages=0-398 ranks=21 count=1
file /usr/lib/systemd/systemd-networkd-wait-online inode=16048 t=14634740809 kinds=fragment-inferred,block pages=0-7 ranks=22 count=1
file /usr/lib/systemd/systemd-pcrphase inode=16050 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=23 count=1
file /usr/lib/systemd/systemd-pstore inode=16052 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=24 count=1
file /usr/lib/systemd/systemd-quotacheck inode=16054 t=14634740809 kinds=fragment-inferred,block pages=0-3 ranks=25 count=1
file /usr/lib/systemd/systemd-random-seed inode=16056 t=14634740809 kinds=fragment-inferred,block pages=0-5 ranks=26 count=1
file /usr/lib/systemd/systemd-remount-fs inode=16058 t=14634740809 kinds=fragment-inferred,block pages=0,1-4 ranks=27,1379 count=2
file /usr/lib/pam.d/systemd-user inode=15958 t=15289585809 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=15960 t=15289585809 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /usr/lib/systemd/resolv.conf inode=15996 t=15289585809 kinds=fragment-inferred,block pages=0 ranks=31 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/synth/snd-util-mem.ko inode=15891 t=15289585809 kinds=fragment-inferred,block pages=0-3 ranks=32 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/snd-usb-audio.ko inode=15917 t=15289585809 kinds=fragment-inferred,block pages=0-195 ranks=33 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/snd-usbmidi-lib.ko inode=15919 t=15289585809 kinds=fragment-inferred,block pages=0-22 ranks=34 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/x86/snd-hdmi-lpe-audio.ko inode=15949 t=15289585809 kinds=fragment-inferred,block pages=0-17 ranks=35 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/xen/snd_xen_front.ko inode=15951 t=15289585809 kinds=fragment-inferred,block pages=0-19 ranks=36 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=15956 t=15289585809 kinds=fragment-inferred,block pages=0-3 ranks=37 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/snd-sof.ko inode=15861 t=15289585809 kinds=fragment-inferred,block pages=75-156 ranks=38 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/synth/emux/snd-emux-synth.ko inode=15893 t=15289585809 kinds=fragment-inferred,block pages=0-27 ranks=39 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/6fire/snd-usb-6fire.ko inode=15925 t=15289585809 kinds=fragment-inferred,block pages=0-24 ranks=40 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/bcd2000/snd-bcd2000.ko inode=15927 t=15289585809 kinds=fragment-inferred,block pages=0-7 ranks=41 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/caiaq/snd-usb-caiaq.ko inode=15929 t=15289585809 kinds=fragment-inferred,block pages=0-30 ranks=42 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/hiface/snd-usb-hiface.ko inode=15931 t=15289585809 kinds=fragment-inferred,block pages=0-12 ranks=43 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/line6/snd-usb-line6.ko inode=15933 t=15289585809 kinds=fragment-inferred,block pages=0-26 ranks=44 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/line6/snd-usb-pod.ko inode=15935 t=15289585809 kinds=fragment-inferred,block pages=0-8 ranks=45 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/line6/snd-usb-podhd.ko inode=15937 t=15289585809 kinds=fragment-inferred,block pages=0-8 ranks=46 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/line6/snd-usb-toneport.ko inode=15939 t=15289585809 kinds=fragment-inferred,block pages=0-9 ranks=47 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/line6/snd-usb-variax.ko inode=15941 t=15289585809 kinds=fragment-inferred,block pages=0-4 ranks=48 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/misc/snd-ua101.ko inode=15943 t=15289585809 kinds=fragment-inferred,block pages=0-16 ranks=49 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/usx2y/snd-usb-us122l.ko inode=15945 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=50 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/usb/usx2y/snd-usb-usx2y.ko inode=15947 t=15289585809 kinds=fragment-inferred,block pages=0-21 ranks=51 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-intel-atom.ko inode=15866 t=15289585809 kinds=fragment-inferred,block pages=0-19 ranks=52 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-intel-hda-common.ko inode=15868 t=15289585809 kinds=fragment-inferred,block pages=0-115 ranks=53 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-intel-hda.ko inode=15870 t=15289585809 kinds=fragment-inferred,block pages=0-18 ranks=54 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-apl.ko inode=15872 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=55 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-cnl.ko inode=15874 t=15289585809 kinds=fragment-inferred,block pages=0-15 ranks=56 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-icl.ko inode=15876 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=57 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-mtl.ko inode=15878 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=58 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-skl.ko inode=15880 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=59 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-tgl.ko inode=15882 t=15289585809 kinds=fragment-inferred,block pages=0-16 ranks=60 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/intel/snd-sof-pci-intel-tng.ko inode=15884 t=15289585809 kinds=fragment-inferred,block pages=0-17 ranks=61 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/sound/soc/sof/xtensa/snd-sof-xtensa-dsp.ko inode=15886 t=15289585809 kinds=fragment-inferred,block pages=0-14 ranks=62 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=17649 t=16089626809 kinds=fragment-inferred,block pages=0-52 ranks=63 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=17651 t=16089626809 kinds=fragment-inferred,block pages=0-3 ranks=64 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=17655 t=16089626809 kinds=fragment-inferred,block pages=0-9 ranks=65 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=17657 t=16089626809 kinds=fragment-inferred,block pages=0-3 ranks=66 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=17661 t=16089626809 kinds=fragment-inferred,block pages=0-19 ranks=67 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=17666 t=16089626809 kinds=fragment-inferred,block pages=0-136 ranks=68 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=17404 t=16089626809 kinds=fragment-inferred,block pages=613-960 ranks=69 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=17406 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=70 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=17449 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=71 count=1
file /usr/lib/udev/hwdb.d/20-usb-classes.hwdb inode=17451 t=16089626809 kinds=fragment-inferred,block pages=0-2 ranks=72 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=17453 t=16089626809 kinds=fragment-inferred,block pages=0-365 ranks=73 count=1
file /usr/lib/udev/hwdb.d/20-vmbus-class.hwdb inode=17455 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=74 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-chromiumos.hwdb inode=17457 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=75 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend-fingerprint-reader.hwdb inode=17459 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=76 count=1
file /usr/lib/udev/hwdb.d/60-autosuspend.hwdb inode=17461 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /usr/lib/udev/hwdb.d/60-evdev.hwdb inode=17463 t=16089626809 kinds=fragment-inferred,block pages=0-6 ranks=78 count=1
file /usr/lib/udev/hwdb.d/60-input-id.hwdb inode=17465 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /usr/lib/udev/hwdb.d/60-keyboard.hwdb inode=17467 t=16089626809 kinds=fragment-inferred,block pages=0-26 ranks=80 count=1
file /usr/lib/udev/hwdb.d/60-seat.hwdb inode=17469 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /usr/lib/udev/hwdb.d/60-sensor.hwdb inode=17471 t=16089626809 kinds=fragment-inferred,block pages=0-12 ranks=82 count=1
file /usr/lib/udev/hwdb.d/70-analyzers.hwdb inode=17473 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /usr/lib/udev/hwdb.d/70-av-production.hwdb inode=17475 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=84 count=1
file /usr/lib/udev/hwdb.d/70-cameras.hwdb inode=17477 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=85 count=1
file /usr/lib/udev/hwdb.d/70-hardware-wallets.hwdb inode=17479 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=86 count=1
file /usr/lib/udev/hwdb.d/70-joystick.hwdb inode=17481 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=87 count=1
file /usr/lib/udev/hwdb.d/70-mouse.hwdb inode=17483 t=16089626809 kinds=fragment-inferred,block pages=0-6 ranks=88 count=1
file /usr/lib/udev/hwdb.d/70-pda.hwdb inode=17485 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=89 count=1
file /usr/lib/udev/hwdb.d/70-pointingstick.hwdb inode=17487 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=90 count=1
file /usr/lib/udev/hwdb.d/70-software-radio.hwdb inode=17489 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=91 count=1
file /usr/lib/udev/hwdb.d/70-sound-card.hwdb inode=17491 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=92 count=1
file /usr/lib/udev/hwdb.d/70-touchpad.hwdb inode=17493 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=93 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=17495 t=16089626809 kinds=fragment-inferred,block pages=0-12 ranks=94 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=17497 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=17499 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=96 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=17501 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=97 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=17503 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=17505 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=17507 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=17509 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=17511 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=17513 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=17515 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=17517 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=17519 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=17521 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=17523 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=17525 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=17527 t=16089626809 kinds=fragment-inferred,block pages=0-2 ranks=110 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=17529 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=17531 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=17533 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=17535 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=17537 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=17539 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=17541 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=17543 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=17545 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=17547 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=17549 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=17551 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=17553 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=17555 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=17557 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=17559 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=17561 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=127 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=17563 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=17565 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=17567 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=17569 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=17571 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=17573 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=17575 t=16089626809 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=17577 t=16089626809 kinds=fragment-inferred,block pages=0-1 ranks=135 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=20597 t=16863114809 kinds=fragment-inferred,block pages=0-141,142-198,199-505 ranks=139,138,136 count=3
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=20599 t=16863114809 kinds=fragment-inferred,block pages=0-297,298-817 ranks=137,723 count=2
file /usr/lib/x86_64-linux-gnu/security/pam_access.so inode=20509 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=140 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_debug.so inode=20511 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=141 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_deny.so inode=20513 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=142 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_echo.so inode=20515 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=143 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_env.so inode=20517 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=144 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_exec.so inode=20519 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=145 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faildelay.so inode=20521 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=146 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faillock.so inode=20523 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=147 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_filter.so inode=20525 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=148 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_ftp.so inode=20527 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=149 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_group.so inode=20529 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=150 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_issue.so inode=20531 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=151 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_keyinit.so inode=20533 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=152 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_lastlog.so inode=20535 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=153 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_limits.so inode=20537 t=17789666809 kinds=fragment-inferred,block pages=0-7 ranks=154 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_listfile.so inode=20539 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=155 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_localuser.so inode=20541 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=156 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_loginuid.so inode=20543 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=157 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_mail.so inode=20545 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=158 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_mkhomedir.so inode=20547 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=159 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_motd.so inode=20549 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=160 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_namespace.so inode=20551 t=17789666809 kinds=fragment-inferred,block pages=0-10 ranks=161 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_nologin.so inode=20553 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=162 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_permit.so inode=20555 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=163 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_pwhistory.so inode=20557 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=164 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_rhosts.so inode=20559 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=165 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_rootok.so inode=20561 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=166 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_securetty.so inode=20563 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=167 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_selinux.so inode=20565 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=168 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_sepermit.so inode=20567 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=169 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_setquota.so inode=20569 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=170 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_shells.so inode=20571 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=171 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_stress.so inode=20573 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=172 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_succeed_if.so inode=20575 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=173 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_time.so inode=20577 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=174 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_timestamp.so inode=20579 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=175 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_tty_audit.so inode=20581 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=176 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_umask.so inode=20583 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=177 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_unix.so inode=20585 t=17789666809 kinds=fragment-inferred,block pages=0-13 ranks=178 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_userdb.so inode=20587 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=179 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_usertype.so inode=20589 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=180 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_warn.so inode=20591 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=181 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_wheel.so inode=20593 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=182 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=20595 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=183 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings/register.pm inode=20507 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/re/re.so inode=18907 t=17789666809 kinds=fragment-inferred,block pages=82-160 ranks=185 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Age.pl inode=18934 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=186 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bc.pl inode=18936 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=187 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bmg.pl inode=18938 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=188 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpb.pl inode=18940 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpt.pl inode=18942 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Cf.pl inode=18982 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=191 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Ea.pl inode=18984 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=192 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/EqUIdeo.pl inode=18986 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=193 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/GCB.pl inode=18988 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=194 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Gc.pl inode=18990 t=17789666809 kinds=fragment-inferred,block pages=0-8 ranks=195 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Hst.pl inode=18992 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=196 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identif2.pl inode=18994 t=17789666809 kinds=fragment-inferred,block pages=0-8 ranks=197 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identifi.pl inode=18996 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=198 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InPC.pl inode=18998 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=199 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InSC.pl inode=19000 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=200 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Isc.pl inode=19002 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jg.pl inode=19004 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jt.pl inode=19006 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=203 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lb.pl inode=19008 t=17789666809 kinds=fragment-inferred,block pages=0-8 ranks=204 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lc.pl inode=19010 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=205 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFCQC.pl inode=19012 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFDQC.pl inode=19014 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCCF.pl inode=19016 t=17789666809 kinds=fragment-inferred,block pages=0-98 ranks=208 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCQC.pl inode=19018 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKDQC.pl inode=19020 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=210 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Na1.pl inode=19022 t=17789666809 kinds=fragment-inferred,block pages=0-15 ranks=211 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NameAlia.pl inode=19024 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=212 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nt.pl inode=19026 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=213 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nv.pl inode=19028 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=214 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/PerlDeci.pl inode=19030 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/SB.pl inode=19032 t=17789666809 kinds=fragment-inferred,block pages=0-8 ranks=216 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Sc.pl inode=19034 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=217 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Scx.pl inode=19036 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=218 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Tc.pl inode=19038 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=219 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Uc.pl inode=19040 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=220 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Vo.pl inode=19042 t=17789666809 kinds=fragment-inferred,block pages=0-3 ranks=221 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/WB.pl inode=19044 t=17789666809 kinds=fragment-inferred,block pages=0-4 ranks=222 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/_PerlLB.pl inode=19046 t=17789666809 kinds=fragment-inferred,block pages=0-8 ranks=223 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/_PerlSCX.pl inode=19048 t=17789666809 kinds=fragment-inferred,block pages=0-5 ranks=224 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/NA.pl inode=19326 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=225 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V100.pl inode=19070 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V11.pl inode=19515 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V110.pl inode=19517 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V120.pl inode=19519 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=229 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V130.pl inode=19521 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=230 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V140.pl inode=19523 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=231 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V20.pl inode=19525 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V30.pl inode=19527 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V31.pl inode=19529 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V32.pl inode=19531 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V40.pl inode=19533 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V41.pl inode=19535 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V50.pl inode=19537 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V51.pl inode=19539 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V52.pl inode=19541 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=240 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V60.pl inode=19543 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=241 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V61.pl inode=19545 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=242 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V70.pl inode=19547 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=243 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V80.pl inode=19549 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=244 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V90.pl inode=19551 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=245 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Alpha/Y.pl inode=19553 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=246 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/AL.pl inode=19555 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/AN.pl inode=19557 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/B.pl inode=19559 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/BN.pl inode=19561 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/CS.pl inode=19563 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/EN.pl inode=19565 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=252 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ES.pl inode=19567 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ET.pl inode=19569 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/L.pl inode=19571 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=255 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/NSM.pl inode=19573 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=256 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ON.pl inode=19575 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/R.pl inode=19577 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=258 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/WS.pl inode=19579 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiC/Y.pl inode=19581 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiM/Y.pl inode=19583 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Blk/NB.pl inode=19585 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/C.pl inode=19587 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/N.pl inode=19589 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/O.pl inode=19591 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CE/Y.pl inode=19593 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CI/Y.pl inode=19595 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=267 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCF/Y.pl inode=19597 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=268 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCM/Y.pl inode=19599 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWKCF/Y.pl inode=19601 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=270 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWL/Y.pl inode=19603 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=271 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWT/Y.pl inode=19605 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=272 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWU/Y.pl inode=19607 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=273 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Cased/Y.pl inode=19609 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/A.pl inode=19611 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/AL.pl inode=19613 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/AR.pl inode=19615 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/ATAR.pl inode=19617 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/B.pl inode=19619 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/BR.pl inode=19621 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/DB.pl inode=19623 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/NK.pl inode=19625 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/NR.pl inode=19627 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/OV.pl inode=19629 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/VR.pl inode=19631 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CompEx/Y.pl inode=19633 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/DI/Y.pl inode=19635 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dash/Y.pl inode=19637 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dep/Y.pl inode=19639 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dia/Y.pl inode=19641 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Com.pl inode=19643 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Enc.pl inode=19645 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Fin.pl inode=19647 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Font.pl inode=19649 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Init.pl inode=19651 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Iso.pl inode=19653 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Med.pl inode=19655 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=297 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Nar.pl inode=19657 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Nb.pl inode=19659 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/NonCanon.pl inode=19661 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sqr.pl inode=19663 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=301 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sub.pl inode=19665 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sup.pl inode=19667 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Vert.pl inode=19669 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EBase/Y.pl inode=19671 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EComp/Y.pl inode=19673 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EPres/Y.pl inode=19675 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/A.pl inode=19677 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/H.pl inode=19679 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/N.pl inode=19681 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/Na.pl inode=19683 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/W.pl inode=19685 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Emoji/Y.pl inode=19687 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ext/Y.pl inode=19689 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/ExtPict/Y.pl inode=19691 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/CN.pl inode=19693 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/EX.pl inode=19695 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=317 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/LV.pl inode=19697 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=318 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/LVT.pl inode=19699 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=319 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/PP.pl inode=19701 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/SM.pl inode=19703 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=321 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/XX.pl inode=19705 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/C.pl inode=19707 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=323 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Cf.pl inode=19709 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=324 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Cn.pl inode=19711 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=325 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/L.pl inode=19713 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=326 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/LC.pl inode=19715 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=327 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Ll.pl inode=19717 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=328 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lm.pl inode=19719 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lo.pl inode=19721 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=330 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lu.pl inode=19723 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=331 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/M.pl inode=19725 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=332 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Mc.pl inode=19727 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=333 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Me.pl inode=19729 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=334 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Mn.pl inode=19731 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=335 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/N.pl inode=19733 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=336 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Nd.pl inode=19735 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=337 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Nl.pl inode=19737 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=338 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/No.pl inode=19739 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=339 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/P.pl inode=19741 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=340 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pc.pl inode=19743 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=341 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pd.pl inode=19745 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=342 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pe.pl inode=19747 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=343 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pf.pl inode=19749 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=344 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pi.pl inode=19751 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=345 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Po.pl inode=19753 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Ps.pl inode=19755 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=347 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/S.pl inode=19757 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=348 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sc.pl inode=19759 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=349 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sk.pl inode=19761 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=350 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sm.pl inode=19763 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=351 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/So.pl inode=19765 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=352 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Z.pl inode=19767 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=353 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Zs.pl inode=19769 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=354 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrBase/Y.pl inode=19771 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=355 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrExt/Y.pl inode=19773 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=356 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hex/Y.pl inode=19775 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=357 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hst/NA.pl inode=19777 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=358 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hyphen/T.pl inode=19779 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=359 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDC/Y.pl inode=19781 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=360 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDS/Y.pl inode=19783 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=361 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdStatus/Allowed.pl inode=19785 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=362 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdStatus/Restrict.pl inode=19787 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=363 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/DefaultI.pl inode=19789 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Exclusio.pl inode=19791 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=365 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Inclusio.pl inode=19793 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=366 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/LimitedU.pl inode=19795 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=367 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotChara.pl inode=19797 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=368 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotNFKC.pl inode=19799 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=369 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotXID.pl inode=19801 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=370 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Obsolete.pl inode=19803 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=371 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Recommen.pl inode=19805 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=372 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Technica.pl inode=19807 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=373 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Uncommon.pl inode=19809 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=374 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ideo/Y.pl inode=19811 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=375 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/10_0.pl inode=19813 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=376 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/11_0.pl inode=19815 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=377 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/12_0.pl inode=19817 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=378 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/12_1.pl inode=19819 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=379 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/13_0.pl inode=19821 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=380 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/14_0.pl inode=19823 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=381 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/2_0.pl inode=19825 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=382 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/2_1.pl inode=19827 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=383 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_0.pl inode=19829 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=384 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_1.pl inode=19831 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=385 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_2.pl inode=19833 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=386 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/4_0.pl inode=19835 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=387 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/4_1.pl inode=19837 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=388 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_0.pl inode=19839 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=389 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_1.pl inode=19841 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=390 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_2.pl inode=19843 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=391 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_0.pl inode=19845 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=392 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_1.pl inode=19847 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=393 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_2.pl inode=19849 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=394 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_3.pl inode=19851 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=395 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/7_0.pl inode=19853 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=396 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/8_0.pl inode=19855 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=397 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/9_0.pl inode=19857 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=398 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Bottom.pl inode=19859 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=399 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/BottomAn.pl inode=19861 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=400 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Left.pl inode=19863 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/LeftAndR.pl inode=19865 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=402 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/NA.pl inode=19867 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=403 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Overstru.pl inode=19869 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=404 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Right.pl inode=19871 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=405 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Top.pl inode=19873 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=406 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndBo.pl inode=19875 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=407 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndL2.pl inode=19877 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=408 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndLe.pl inode=19879 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=409 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndRi.pl inode=19881 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=410 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/VisualOr.pl inode=19883 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=411 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Avagraha.pl inode=19885 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=412 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Bindu.pl inode=19887 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=413 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Cantilla.pl inode=19889 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=414 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona2.pl inode=19891 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=415 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona3.pl inode=19893 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=416 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona4.pl inode=19895 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=417 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona5.pl inode=19897 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=418 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona6.pl inode=19899 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=419 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona7.pl inode=19901 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=420 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona8.pl inode=19903 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=421 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consonan.pl inode=19905 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=422 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Invisibl.pl inode=19907 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=423 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Nukta.pl inode=19909 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=424 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Number.pl inode=19911 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=425 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Other.pl inode=19913 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=426 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/PureKill.pl inode=19915 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=427 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Syllable.pl inode=19917 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=428 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/ToneMark.pl inode=19919 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=429 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Virama.pl inode=19921 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=430 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Visarga.pl inode=19923 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=431 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Vowel.pl inode=19925 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=432 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/VowelDep.pl inode=19927 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=433 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/VowelInd.pl inode=19929 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=434 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Ain.pl inode=19931 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=435 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Alef.pl inode=19933 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=436 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Beh.pl inode=19935 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=437 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Dal.pl inode=19937 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=438 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/FarsiYeh.pl inode=19939 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=439 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Feh.pl inode=19941 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=440 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Gaf.pl inode=19943 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=441 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Hah.pl inode=19945 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=442 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/HanifiRo.pl inode=19947 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=443 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Kaf.pl inode=19949 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=444 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Lam.pl inode=19951 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=445 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/NoJoinin.pl inode=19953 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=446 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Noon.pl inode=19955 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=447 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Qaf.pl inode=19957 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=448 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Reh.pl inode=19959 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=449 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Sad.pl inode=19961 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=450 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Seen.pl inode=19963 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=451 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Tah.pl inode=19965 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=452 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Waw.pl inode=19967 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=453 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Yeh.pl inode=19969 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=454 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/C.pl inode=19971 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=455 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/D.pl inode=19973 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=456 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/L.pl inode=19975 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=457 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/R.pl inode=19977 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=458 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/T.pl inode=19979 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=459 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/U.pl inode=19981 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=460 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/AI.pl inode=19983 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=461 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/AL.pl inode=19985 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=462 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/BA.pl inode=19987 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=463 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/BB.pl inode=19989 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=464 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CJ.pl inode=19991 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=465 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CL.pl inode=19993 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=466 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CM.pl inode=19995 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=467 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/EX.pl inode=19997 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=468 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/GL.pl inode=19999 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=469 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/ID.pl inode=20001 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=470 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/IN.pl inode=20003 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=471 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/IS.pl inode=20005 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=472 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/NS.pl inode=20007 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=473 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/NU.pl inode=20009 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=474 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/OP.pl inode=20011 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=475 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/PO.pl inode=20013 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=476 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/PR.pl inode=20015 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=477 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/QU.pl inode=20017 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=478 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/SA.pl inode=20019 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=479 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/XX.pl inode=20021 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=480 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lower/Y.pl inode=20023 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=481 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Math/Y.pl inode=20025 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=482 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFCQC/M.pl inode=20027 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=483 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFCQC/Y.pl inode=20029 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=484 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFDQC/N.pl inode=20031 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=485 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFDQC/Y.pl inode=20033 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=486 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKCQC/N.pl inode=20035 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=487 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKCQC/Y.pl inode=20037 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=488 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKDQC/N.pl inode=20039 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=489 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKDQC/Y.pl inode=20041 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=490 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/Di.pl inode=20043 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=491 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/None.pl inode=20045 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=492 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/Nu.pl inode=20047 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=493 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/0.pl inode=20049 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=494 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1.pl inode=20051 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=495 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/10.pl inode=20053 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=496 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/100.pl inode=20055 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=497 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1000.pl inode=20057 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=498 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/10000.pl inode=20059 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=499 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/100000.pl inode=20061 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=500 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/11.pl inode=20063 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=501 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/12.pl inode=20065 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=502 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/13.pl inode=20067 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=503 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/14.pl inode=20069 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=504 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/15.pl inode=20071 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=505 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/16.pl inode=20073 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=506 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/17.pl inode=20075 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=507 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/18.pl inode=20077 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=508 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/19.pl inode=20079 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=509 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_16.pl inode=20081 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=510 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_2.pl inode=20083 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=511 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_3.pl inode=20085 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=512 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_4.pl inode=20087 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=513 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_6.pl inode=20089 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=514 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_8.pl inode=20091 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=515 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2.pl inode=20093 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=516 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/20.pl inode=20095 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=517 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/200.pl inode=20097 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=518 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2000.pl inode=20099 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=519 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/20000.pl inode=20101 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=520 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2_3.pl inode=20103 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=521 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3.pl inode=20105 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=522 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/30.pl inode=20107 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=523 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/300.pl inode=20109 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=524 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3000.pl inode=20111 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=525 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/30000.pl inode=20113 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=526 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3_16.pl inode=20115 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=527 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3_4.pl inode=20117 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=528 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/4.pl inode=20119 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=529 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/40.pl inode=20121 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=530 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/400.pl inode=20123 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=531 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/4000.pl inode=20125 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=532 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/40000.pl inode=20127 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=533 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/5.pl inode=20129 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=534 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/50.pl inode=20131 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=535 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/500.pl inode=20133 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=536 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/5000.pl inode=20135 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=537 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/50000.pl inode=20137 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=538 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/6.pl inode=20139 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=539 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/60.pl inode=20141 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=540 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/600.pl inode=20143 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=541 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/6000.pl inode=20145 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=542 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/60000.pl inode=20147 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=543 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/7.pl inode=20149 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=544 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/70.pl inode=20151 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=545 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/700.pl inode=20153 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=546 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/7000.pl inode=20155 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=547 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/70000.pl inode=20157 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=548 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/8.pl inode=20159 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=549 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/80.pl inode=20161 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=550 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/800.pl inode=20163 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=551 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/8000.pl inode=20165 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=552 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/80000.pl inode=20167 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=553 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/9.pl inode=20169 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=554 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/90.pl inode=20171 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=555 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/900.pl inode=20173 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=556 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/9000.pl inode=20175 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=557 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/90000.pl inode=20177 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=558 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PCM/Y.pl inode=20179 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=559 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PatSyn/Y.pl inode=20181 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=560 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Alnum.pl inode=20183 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=561 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Assigned.pl inode=20185 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=562 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Blank.pl inode=20187 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=563 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Graph.pl inode=20189 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=564 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/PerlWord.pl inode=20191 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=565 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/PosixPun.pl inode=20193 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=566 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Print.pl inode=20195 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=567 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/SpacePer.pl inode=20197 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=568 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Title.pl inode=20199 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=569 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Word.pl inode=20201 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=570 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/XPosixPu.pl inode=20203 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=571 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlAny.pl inode=20205 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=572 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlCh2.pl inode=20207 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=573 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlCha.pl inode=20209 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=574 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlFol.pl inode=20211 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=575 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIDC.pl inode=20213 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=576 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIDS.pl inode=20215 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=577 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIsI.pl inode=20217 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=578 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlNch.pl inode=20219 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=579 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPat.pl inode=20221 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=580 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPr2.pl inode=20223 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=581 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPro.pl inode=20225 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=582 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlQuo.pl inode=20227 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=583 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/QMark/Y.pl inode=20229 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=584 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/AT.pl inode=20231 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=585 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/CL.pl inode=20233 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=586 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/EX.pl inode=20235 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=587 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/FO.pl inode=20237 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=588 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/LE.pl inode=20239 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=589 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/LO.pl inode=20241 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=590 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/NU.pl inode=20243 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=591 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/SC.pl inode=20245 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=592 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/ST.pl inode=20247 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=593 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/Sp.pl inode=20249 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=594 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/UP.pl inode=20251 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=595 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/XX.pl inode=20253 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=596 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SD/Y.pl inode=20255 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=597 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/STerm/Y.pl inode=20257 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=598 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Arab.pl inode=20259 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=599 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Beng.pl inode=20261 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=600 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Cprt.pl inode=20263 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=601 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Cyrl.pl inode=20265 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=602 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Deva.pl inode=20267 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=603 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Dupl.pl inode=20269 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=604 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Geor.pl inode=20271 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=605 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Glag.pl inode=20273 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=606 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gong.pl inode=20275 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=607 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gonm.pl inode=20277 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=608 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gran.pl inode=20279 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=609 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Grek.pl inode=20281 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=610 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gujr.pl inode=20283 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=611 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Guru.pl inode=20285 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=612 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Han.pl inode=20287 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=613 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Hang.pl inode=20289 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=614 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Hira.pl inode=20291 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=615 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Kana.pl inode=20293 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=616 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Knda.pl inode=20295 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=617 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Latn.pl inode=20297 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=618 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Limb.pl inode=20299 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=619 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Linb.pl inode=20301 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=620 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mlym.pl inode=20303 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=621 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mong.pl inode=20305 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=622 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mult.pl inode=20307 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=623 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Orya.pl inode=20309 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=624 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Sinh.pl inode=20311 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=625 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Syrc.pl inode=20313 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=626 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Taml.pl inode=20315 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=627 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Telu.pl inode=20317 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=628 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Zinh.pl inode=20319 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=629 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Zyyy.pl inode=20321 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=630 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Adlm.pl inode=20323 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=631 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Arab.pl inode=20325 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=632 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Armn.pl inode=20327 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=633 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Beng.pl inode=20329 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=634 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Bhks.pl inode=20331 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=635 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Bopo.pl inode=20333 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=636 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cakm.pl inode=20335 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=637 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cham.pl inode=20337 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=638 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Copt.pl inode=20339 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=639 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cprt.pl inode=20341 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=640 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cyrl.pl inode=20343 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=641 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Deva.pl inode=20345 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=642 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Diak.pl inode=20347 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=643 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Dupl.pl inode=20349 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=644 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Ethi.pl inode=20351 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=645 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Geor.pl inode=20353 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=646 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Glag.pl inode=20355 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=647 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gong.pl inode=20357 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=648 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gonm.pl inode=20359 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=649 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gran.pl inode=20361 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=650 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Grek.pl inode=20363 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=651 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gujr.pl inode=20365 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=652 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Guru.pl inode=20367 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=653 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Han.pl inode=20369 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=654 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hang.pl inode=20371 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=655 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hebr.pl inode=20373 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=656 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hira.pl inode=20375 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=657 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hmng.pl inode=20377 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=658 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hmnp.pl inode=20379 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=659 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Kana.pl inode=20381 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=660 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khar.pl inode=20383 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=661 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khmr.pl inode=20385 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=662 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khoj.pl inode=20387 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=663 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Knda.pl inode=20389 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=664 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Kthi.pl inode=20391 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=665 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lana.pl inode=20393 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=666 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lao.pl inode=20395 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=667 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Latn.pl inode=20397 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=668 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Limb.pl inode=20399 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=669 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lina.pl inode=20401 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=670 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Linb.pl inode=20403 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=671 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mlym.pl inode=20405 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=672 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mong.pl inode=20407 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=673 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mult.pl inode=20409 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=674 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mymr.pl inode=20411 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=675 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Nand.pl inode=20413 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=676 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Nko.pl inode=20415 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=677 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Orya.pl inode=20417 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=678 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Phlp.pl inode=20419 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=679 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Rohg.pl inode=20421 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=680 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Shrd.pl inode=20423 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=681 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Sind.pl inode=20425 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=682 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Sinh.pl inode=20427 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=683 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Syrc.pl inode=20429 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=684 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tagb.pl inode=20431 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=685 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Takr.pl inode=20433 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=686 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Talu.pl inode=20435 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=687 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Taml.pl inode=20437 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=688 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tang.pl inode=20439 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=689 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Telu.pl inode=20441 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=690 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Thaa.pl inode=20443 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=691 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tibt.pl inode=20445 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=692 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tirh.pl inode=20447 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=693 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Vith.pl inode=20449 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=694 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Xsux.pl inode=20451 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=695 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Yezi.pl inode=20453 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=696 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Yi.pl inode=20455 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=697 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zinh.pl inode=20457 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=698 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zyyy.pl inode=20459 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=699 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zzzz.pl inode=20461 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=700 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Term/Y.pl inode=20463 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=701 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/UIdeo/Y.pl inode=20465 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=702 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Upper/Y.pl inode=20467 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=703 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/VS/Y.pl inode=20469 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=704 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/R.pl inode=20471 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=705 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/Tr.pl inode=20473 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=706 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/Tu.pl inode=20475 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=707 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/U.pl inode=20477 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=708 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/EX.pl inode=20479 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=709 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/Extend.pl inode=20481 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=710 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/FO.pl inode=20483 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=711 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/HL.pl inode=20485 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=712 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/KA.pl inode=20487 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=713 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/LE.pl inode=20489 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=714 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/MB.pl inode=20491 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=715 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/ML.pl inode=20493 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=716 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/MN.pl inode=20495 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=717 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/NU.pl inode=20497 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=718 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/WSegSpac.pl inode=20499 t=17789666809 kinds=fragment-inferred,block pages=0 ranks=719 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/XX.pl inode=20501 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=720 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC/Y.pl inode=20503 t=17789666809 kinds=fragment-inferred,block pages=0-2 ranks=721 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS/Y.pl inode=20505 t=17789666809 kinds=fragment-inferred,block pages=0-1 ranks=722 count=1
file /usr/sbin/add-shell inode=20636 t=18139622809 kinds=fragment-inferred,block pages=0 ranks=724 count=1
file /usr/sbin/adduser inode=20640 t=18139622809 kinds=fragment-inferred,block pages=0-5,6-11 ranks=725,3517 count=2
file /usr/libexec/coreutils/libstdbuf.so inode=20611 t=18139622809 kinds=fragment-inferred,block pages=0-3 ranks=726 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=20613 t=18139622809 kinds=fragment-inferred,block pages=0 ranks=727 count=1
file /etc/adduser.conf inode=184 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=728 count=2
file /etc/bash.bashrc inode=208 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=729 count=2
file /etc/bindresvport.blacklist inode=210 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=730 count=2
file /etc/debconf.conf inode=221 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=731 count=2
file /etc/debian_version inode=223 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=732 count=2
file /etc/deluser.conf inode=229 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=733 count=2
file /etc/e2scrub.conf inode=235 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=734 count=2
file /etc/fstab inode=238 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=735 count=2
file /etc/gai.conf inode=240 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=736 count=2
file /etc/group inode=242 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=737 count=2
file /etc/group- inode=244 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=738 count=2
file /etc/gshadow inode=246 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=739 count=2
file /etc/gshadow- inode=248 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=740 count=2
file /etc/host.conf inode=250 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=741 count=2
file /etc/hostname inode=252 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=742 count=2
file /etc/issue inode=254 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=743 count=2
file /etc/issue.net inode=388 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=744 count=2
file /etc/ld.so.cache inode=394 t=18789674809 kinds=fragment-inferred,block pages=0-1 ranks=745 count=2
file /etc/ld.so.conf inode=396 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=746 count=2
file /etc/libaudit.conf inode=402 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=747 count=2
file /etc/login.defs inode=406 t=18789674809 kinds=fragment-inferred,block pages=0-3 ranks=748 count=2
file /etc/machine-id inode=412 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=749 count=2
file /etc/mke2fs.conf inode=414 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=750 count=2
file /etc/modules inode=418 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=751 count=2
file /etc/motd inode=423 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=752 count=2
file /etc/nsswitch.conf inode=427 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=753 count=2
file /etc/pam.conf inode=433 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=754 count=2
file /etc/passwd inode=448 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=755 count=2
file /etc/passwd- inode=450 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=756 count=2
file /etc/profile inode=452 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=757 count=2
file /etc/resolv.conf inode=478 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=758 count=2
file /etc/shadow inode=496 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=759 count=2
file /etc/shadow- inode=498 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=760 count=2
file /etc/shells inode=500 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=761 count=2
file /etc/timezone inode=268 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=762 count=2
file /etc/xattr.conf inode=279 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=763 count=2
file /root/.bashrc inode=730 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=764 count=2
file /root/.profile inode=732 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=765 count=2
file /etc/alternatives/README inode=284 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=766 count=2
file /etc/apt/sources.list inode=341 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=767 count=2
file /etc/cron.d/e2scrub_all inode=511 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=768 count=2
file /etc/cron.daily/apt-compat inode=513 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=769 count=2
file /etc/cron.daily/dpkg inode=515 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=770 count=2
file /etc/default/hwclock inode=517 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=771 count=2
file /etc/default/nss inode=519 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=772 count=2
file /etc/default/useradd inode=521 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=773 count=2
file /etc/dpkg/dpkg.cfg inode=523 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=774 count=2
file /etc/init.d/hwclock.sh inode=534 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=775 count=2
file /etc/init.d/kmod inode=536 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=776 count=2
file /etc/init.d/udev inode=538 t=18789674809 kinds=fragment-inferred,block pages=0-1 ranks=777 count=2
file /etc/ld.so.conf.d/libc.conf inode=544 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=778 count=2
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=546 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=779 count=2
file /etc/logrotate.d/alternatives inode=548 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=780 count=2
file /etc/logrotate.d/apt inode=550 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=781 count=2
file /etc/logrotate.d/dpkg inode=552 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=782 count=2
file /etc/pam.d/chfn inode=556 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=783 count=2
file /etc/pam.d/chpasswd inode=558 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=784 count=2
file /etc/pam.d/chsh inode=560 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=785 count=2
file /etc/pam.d/common-account inode=562 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=786 count=2
file /etc/pam.d/common-auth inode=564 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=787 count=2
file /etc/pam.d/common-password inode=566 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=788 count=2
file /etc/pam.d/common-session inode=568 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=789 count=2
file /etc/pam.d/common-session-noninteractive inode=570 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=790 count=2
file /etc/pam.d/login inode=572 t=18789674809 kinds=fragment-inferred,block pages=0-1 ranks=791 count=2
file /etc/pam.d/newusers inode=574 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=792 count=2
file /etc/pam.d/other inode=576 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=793 count=2
file /etc/pam.d/passwd inode=578 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=794 count=2
file /etc/pam.d/runuser inode=580 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=795 count=2
file /etc/pam.d/runuser-l inode=582 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=796 count=2
file /etc/pam.d/su inode=584 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=797 count=2
file /etc/pam.d/su-l inode=586 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=798 count=2
file /etc/security/access.conf inode=602 t=18789674809 kinds=fragment-inferred,block pages=0-1 ranks=799 count=2
file /etc/security/faillock.conf inode=604 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=800 count=2
file /etc/security/group.conf inode=606 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=801 count=2
file /etc/security/limits.conf inode=608 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=802 count=2
file /etc/security/namespace.conf inode=612 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=803 count=2
file /etc/security/namespace.init inode=616 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=804 count=2
file /etc/security/pam_env.conf inode=618 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=805 count=2
file /etc/security/sepermit.conf inode=620 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=806 count=2
file /etc/security/time.conf inode=622 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=807 count=2
file /etc/selinux/semanage.conf inode=624 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=808 count=2
file /etc/skel/.bash_logout inode=626 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=809 count=2
file /etc/skel/.bashrc inode=628 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=810 count=2
file /etc/skel/.profile inode=630 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=811 count=2
file /etc/systemd/journald.conf inode=634 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=812 count=2
file /etc/systemd/logind.conf inode=636 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=813 count=2
file /etc/systemd/networkd.conf inode=640 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=814 count=2
file /etc/systemd/pstore.conf inode=642 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=815 count=2
file /etc/systemd/sleep.conf inode=644 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=816 count=2
file /etc/systemd/system.conf inode=656 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=817 count=2
file /etc/systemd/user.conf inode=660 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=818 count=2
file /etc/terminfo/README inode=715 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=819 count=2
file /etc/udev/udev.conf inode=721 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=820 count=2
file /etc/update-motd.d/10-uname inode=723 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=821 count=2
file /usr/bin/[ inode=1008 t=18789674809 kinds=fragment-inferred,block pages=0-16 ranks=822 count=2
file /usr/bin/addpart inode=1010 t=18789674809 kinds=fragment-inferred,block pages=0-7 ranks=823 count=2
file /usr/bin/apt inode=1012 t=18789674809 kinds=fragment-inferred,block pages=0-4 ranks=824 count=2
file /usr/bin/apt-cache inode=1014 t=18789674809 kinds=fragment-inferred,block pages=0-21 ranks=825 count=2
file /usr/bin/apt-cdrom inode=1016 t=18789674809 kinds=fragment-inferred,block pages=0-5 ranks=826 count=2
file /usr/bin/apt-config inode=1018 t=18789674809 kinds=fragment-inferred,block pages=0-6 ranks=827 count=2
file /usr/bin/apt-get inode=1020 t=18789674809 kinds=fragment-inferred,block pages=0-12 ranks=828 count=2
file /usr/bin/apt-key inode=1022 t=18789674809 kinds=fragment-inferred,block pages=0-6 ranks=829 count=2
file /usr/bin/apt-mark inode=876 t=18789674809 kinds=fragment-inferred,block pages=0-14 ranks=830 count=2
file /usr/bin/arch inode=878 t=18789674809 kinds=fragment-inferred,block pages=0-10 ranks=831 count=2
file /usr/bin/b2sum inode=882 t=18789674809 kinds=fragment-inferred,block pages=0-14 ranks=832 count=2
file /usr/bin/base32 inode=884 t=18789674809 kinds=fragment-inferred,block pages=0-11 ranks=833 count=2
file /usr/bin/base64 inode=886 t=18789674809 kinds=fragment-inferred,block pages=0-11 ranks=834 count=2
file /usr/bin/basename inode=888 t=18789674809 kinds=fragment-inferred,block pages=0-10 ranks=835 count=2
file /usr/bin/basenc inode=890 t=18789674809 kinds=fragment-inferred,block pages=0-13 ranks=836 count=2
file /usr/bin/bash inode=892 t=18789674809 kinds=fragment-inferred,block pages=0-300,301-308 ranks=837,3392 count=3
file /var/lib/shells.state inode=34090 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=838 count=2
file /etc/apt/apt.conf.d/01autoremove inode=361 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=839 count=2
file /etc/apt/apt.conf.d/70debconf inode=363 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=840 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=365 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=841 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=367 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=842 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=369 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=843 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=371 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=844 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=373 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=845 count=2
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=375 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=846 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=377 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=847 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=379 t=18789674809 kinds=fragment-inferred,block pages=0-2 ranks=848 count=2
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=381 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=849 count=2
file /etc/dpkg/origins/debian inode=530 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=850 count=2
file /etc/systemd/system/liveopt-marker.service inode=667 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=851 count=2
file /usr/share/base-files/dot.bashrc inode=21233 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=852 count=2
file /usr/share/base-files/dot.profile inode=21235 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=853 count=2
file /usr/share/base-files/motd inode=21241 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=854 count=2
file /usr/share/base-files/profile inode=21243 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=855 count=2
file /usr/share/libc-bin/nsswitch.conf inode=23506 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=856 count=2
file /usr/share/doc/adduser/examples/adduser.conf inode=22307 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=857 count=2
file /usr/share/doc/adduser/examples/deluser.conf inode=22318 t=18789674809 kinds=fragment-inferred,block pages=0 ranks=858 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=17692 t=19566602809 kinds=fragment-inferred,block pages=0-340,341-470 ranks=866,859 count=2
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=17694 t=19566602809 kinds=fragment-inferred,block pages=0-12 ranks=860 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=17698 t=19566602809 kinds=fragment-inferred,block pages=0-7 ranks=861 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=17702 t=19566602809 kinds=fragment-inferred,block pages=0-11 ranks=862 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=17706 t=19566602809 kinds=fragment-inferred,block pages=0-4 ranks=863 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=17710 t=19566602809 kinds=fragment-inferred,block pages=0-50 ranks=864 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=17712 t=19566602809 kinds=fragment-inferred,block pages=0-374,375-837,838-1155 ranks=865,911,908 count=3
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=17676 t=20216735809 kinds=fragment-inferred,block pages=2-6 ranks=867 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=17680 t=20216735809 kinds=fragment-inferred,block pages=0-31 ranks=868 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=17684 t=20216735809 kinds=fragment-inferred,block pages=0-86 ranks=869 count=1
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=17690 t=20216735809 kinds=fragment-inferred,block pages=0-18 ranks=870 count=1
file /usr/lib/x86_64-linux-gnu/libp11-kit.so.0.3.0 inode=17824 t=20966601809 kinds=fragment-inferred,block pages=252-307 ranks=871 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=17828 t=20966601809 kinds=fragment-inferred,block pages=0-16 ranks=872 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=17832 t=20966601809 kinds=fragment-inferred,block pages=0-3 ranks=873 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=17836 t=20966601809 kinds=fragment-inferred,block pages=0-4 ranks=874 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=17838 t=20966601809 kinds=fragment-inferred,block pages=0-3 ranks=875 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=17842 t=20966601809 kinds=fragment-inferred,block pages=0-153 ranks=876 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=17846 t=20966601809 kinds=fragment-inferred,block pages=0-5 ranks=877 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=17848 t=20966601809 kinds=fragment-inferred,block pages=0-3 ranks=878 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=17850 t=20966601809 kinds=fragment-inferred,block pages=0-14 ranks=879 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=17852 t=20966601809 kinds=fragment-inferred,block pages=0-3 ranks=880 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=17856 t=20966601809 kinds=fragment-inferred,block pages=0-31 ranks=881 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=17858 t=20966601809 kinds=fragment-inferred,block pages=0-42 ranks=882 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=17860 t=20966601809 kinds=fragment-inferred,block pages=0-66 ranks=883 count=1
file /usr/lib/x86_64-linux-gnu/libsepol.so.2 inode=17862 t=20966601809 kinds=fragment-inferred,block pages=0-153 ranks=884 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=17784 t=21716804809 kinds=fragment-inferred,block pages=0-10,11-27 ranks=893,885 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=17788 t=21716804809 kinds=fragment-inferred,block pages=0-36 ranks=886 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=17792 t=21716804809 kinds=fragment-inferred,block pages=0-46 ranks=887 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=17794 t=21716804809 kinds=fragment-inferred,block pages=0-222 ranks=888 count=1
file /usr/lib/x86_64-linux-gnu/libmd.so.0.0.5 inode=17798 t=21716804809 kinds=fragment-inferred,block pages=0-11 ranks=889 count=1
file /usr/lib/x86_64-linux-gnu/libmemusage.so inode=17800 t=21716804809 kinds=fragment-inferred,block pages=0-4 ranks=890 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=17804 t=21716804809 kinds=fragment-inferred,block pages=0-98 ranks=891 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=17806 t=21716804809 kinds=fragment-inferred,block pages=0-49 ranks=892 count=1
file /usr/lib/x86_64-linux-gnu/libgnutls.so.30.34.3 inode=17760 t=22366652809 kinds=fragment-inferred,block pages=0-278,279-539 ranks=900,894 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=17764 t=22366652809 kinds=fragment-inferred,block pages=0-38 ranks=895 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=17768 t=22366652809 kinds=fragment-inferred,block pages=0-71 ranks=896 count=1
file /usr/lib/x86_64-linux-gnu/libidn2.so.0.3.8 inode=17772 t=22366652809 kinds=fragment-inferred,block pages=0-48 ranks=897 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=17776 t=22366652809 kinds=fragment-inferred,block pages=0-8 ranks=898 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=17780 t=22366652809 kinds=fragment-inferred,block pages=0-17 ranks=899 count=1
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=17752 t=22969988809 kinds=fragment-inferred,block pages=0-258,259-325 ranks=903,901 count=2
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=17756 t=22969988809 kinds=fragment-inferred,block pages=0-129 ranks=902 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=17738 t=23566792809 kinds=fragment-inferred,block pages=1-107 ranks=904 count=1
file /usr/lib/x86_64-linux-gnu/libfdisk.so.1.1.0 inode=17742 t=23566792809 kinds=fragment-inferred,block pages=0-118 ranks=905 count=1
file /usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 inode=17746 t=23566792809 kinds=fragment-inferred,block pages=0-10 ranks=906 count=1
file /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 inode=17748 t=23566792809 kinds=fragment-inferred,block pages=0-30 ranks=907 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=17716 t=24189704809 kinds=fragment-inferred,block pages=0-128 ranks=909 count=1
file /usr/lib/x86_64-linux-gnu/libdb-5.3.so inode=17718 t=24189704809 kinds=fragment-inferred,block pages=0-116 ranks=910 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=17902 t=25239655809 kinds=fragment-inferred,block pages=0-400,401-437 ranks=3734,912 count=2
file /usr/lib/x86_64-linux-gnu/libutil.so.1 inode=17904 t=25239655809 kinds=fragment-inferred,block pages=0-3 ranks=913 count=1
file /usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 inode=17908 t=25239655809 kinds=fragment-inferred,block pages=0-8 ranks=914 count=1
file /usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 inode=17912 t=25239655809 kinds=fragment-inferred,block pages=0-19 ranks=915 count=1
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=17916 t=25239655809 kinds=fragment-inferred,block pages=0-29 ranks=916 count=1
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=17920 t=25239655809 kinds=fragment-inferred,block pages=0-186 ranks=917 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=18001 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=918 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=18003 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=919 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=18005 t=25239655809 kinds=fragment-inferred,block pages=0-5 ranks=920 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=18007 t=25239655809 kinds=fragment-inferred,block pages=0 ranks=921 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=18009 t=25239655809 kinds=fragment-inferred,block pages=0 ranks=922 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=18011 t=25239655809 kinds=fragment-inferred,block pages=0-5 ranks=923 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=18013 t=25239655809 kinds=fragment-inferred,block pages=0-12 ranks=924 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=18015 t=25239655809 kinds=fragment-inferred,block pages=0-6 ranks=925 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=18017 t=25239655809 kinds=fragment-inferred,block pages=0-6 ranks=926 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=18019 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=927 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ASMO_449.so inode=18021 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=928 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5.so inode=18023 t=25239655809 kinds=fragment-inferred,block pages=0-23 ranks=929 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=18025 t=25239655809 kinds=fragment-inferred,block pages=0-58 ranks=930 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BRF.so inode=18027 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=931 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP10007.so inode=18029 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=932 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1125.so inode=18031 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=933 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1250.so inode=18033 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=934 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1251.so inode=18035 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=935 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1252.so inode=18037 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=936 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1253.so inode=18039 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=937 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1254.so inode=18041 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=938 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1255.so inode=18043 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=939 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1256.so inode=18045 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=940 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1257.so inode=18047 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=941 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP1258.so inode=18049 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=942 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP737.so inode=18051 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=943 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP770.so inode=18053 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=944 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP771.so inode=18055 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=945 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP772.so inode=18057 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=946 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP773.so inode=18059 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=947 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP774.so inode=18061 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=948 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP775.so inode=18063 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=949 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CP932.so inode=18065 t=25239655809 kinds=fragment-inferred,block pages=0-24 ranks=950 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CSN_369103.so inode=18067 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=951 count=1
file /usr/lib/x86_64-linux-gnu/gconv/CWI.so inode=18069 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=952 count=1
file /usr/lib/x86_64-linux-gnu/gconv/DEC-MCS.so inode=18071 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=953 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-AT-DE-A.so inode=18073 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=954 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-AT-DE.so inode=18075 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=955 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-CA-FR.so inode=18077 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=956 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-DK-NO-A.so inode=18079 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=957 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-DK-NO.so inode=18081 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=958 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES-A.so inode=18083 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=959 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES-S.so inode=18085 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=960 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES.so inode=18087 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=961 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FI-SE-A.so inode=18089 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=962 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FI-SE.so inode=18091 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=963 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FR.so inode=18093 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=964 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-IS-FRISS.so inode=18095 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=965 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-IT.so inode=18097 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=966 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-PT.so inode=18099 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=967 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-UK.so inode=18101 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=968 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EBCDIC-US.so inode=18103 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=969 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ECMA-CYRILLIC.so inode=18105 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=970 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-CN.so inode=18107 t=25239655809 kinds=fragment-inferred,block pages=0-5 ranks=971 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-JISX0213.so inode=18109 t=25239655809 kinds=fragment-inferred,block pages=0-5 ranks=972 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-JP-MS.so inode=18111 t=25239655809 kinds=fragment-inferred,block pages=0-22 ranks=973 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-JP.so inode=18113 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=974 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-KR.so inode=18115 t=25239655809 kinds=fragment-inferred,block pages=0-4 ranks=975 count=1
file /usr/lib/x86_64-linux-gnu/gconv/EUC-TW.so inode=18117 t=25239655809 kinds=fragment-inferred,block pages=0-6 ranks=976 count=1
file /usr/lib/x86_64-linux-gnu/gconv/GB18030.so inode=18119 t=25239655809 kinds=fragment-inferred,block pages=0-15 ranks=977 count=1
file /usr/lib/init/init-d-script inode=2090 t=26089601809 kinds=fragment-inferred,block pages=0-1 ranks=978 count=1
file /usr/lib/init/vars.sh inode=2092 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=979 count=1
file /usr/lib/kernel/install.conf inode=2094 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=980 count=1
file /usr/lib/lsb/init-functions inode=2145 t=26089601809 kinds=fragment-inferred,block pages=0-2 ranks=981 count=1
file /usr/lib/modprobe.d/aliases.conf inode=2162 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=982 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=2164 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=983 count=1
file /usr/lib/modprobe.d/systemd.conf inode=2166 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=984 count=1
file /usr/lib/apt/methods/rred inode=2058 t=26089601809 kinds=fragment-inferred,block pages=0-7,8-21 ranks=1337,985 count=2
file /usr/lib/apt/methods/rsh inode=2060 t=26089601809 kinds=fragment-inferred,block pages=0-17 ranks=986 count=1
file /usr/lib/apt/methods/store inode=2064 t=26089601809 kinds=fragment-inferred,block pages=0-15 ranks=987 count=1
file /usr/lib/apt/solvers/dump inode=2068 t=26089601809 kinds=fragment-inferred,block pages=0-5 ranks=988 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=2101 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=989 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=2103 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=990 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=2105 t=26089601809 kinds=fragment-inferred,block pages=0-1 ranks=991 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=2118 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=992 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=2120 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=993 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=2122 t=26089601809 kinds=fragment-inferred,block pages=0-86 ranks=994 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=2124 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=995 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=2126 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=996 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=2131 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=997 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=2133 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=998 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=2135 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=999 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=2137 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1000 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=2139 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1001 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=2141 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1002 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=2151 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1003 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=2153 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1004 count=1
file /usr/lib/mime/packages/tar inode=2158 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1005 count=1
file /usr/lib/mime/packages/util-linux inode=2160 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1006 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.alias inode=2190 t=26089601809 kinds=fragment-inferred,block pages=0-321 ranks=1007 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=2192 t=26089601809 kinds=fragment-inferred,block pages=0-308 ranks=1008 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin inode=2194 t=26089601809 kinds=fragment-inferred,block pages=0-1 ranks=1009 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.alias.bin inode=2196 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1010 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=2198 t=26089601809 kinds=fragment-inferred,block pages=0-1 ranks=1011 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.modinfo inode=2200 t=26089601809 kinds=fragment-inferred,block pages=0-11 ranks=1012 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep inode=2202 t=26089601809 kinds=fragment-inferred,block pages=0-128 ranks=1013 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=2204 t=26089601809 kinds=fragment-inferred,block pages=0-171 ranks=1014 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.devname inode=2206 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1015 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.order inode=2208 t=26089601809 kinds=fragment-inferred,block pages=0-39 ranks=1016 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.softdep inode=2210 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1017 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols inode=2212 t=26089601809 kinds=fragment-inferred,block pages=0-127,128-153 ranks=1018,1025 count=2
file /usr/lib/dpkg/methods/apt/desc.apt inode=2078 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1019 count=1
file /usr/lib/dpkg/methods/apt/install inode=2080 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1020 count=1
file /usr/lib/dpkg/methods/apt/names inode=2082 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1021 count=1
file /usr/lib/dpkg/methods/apt/setup inode=2084 t=26089601809 kinds=fragment-inferred,block pages=0-1 ranks=1022 count=1
file /usr/lib/dpkg/methods/apt/update inode=2086 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1023 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=2143 t=26089601809 kinds=fragment-inferred,block pages=0 ranks=1024 count=1
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=2214 t=26239485809 kinds=fragment-inferred,block pages=0-186 ranks=1026 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=2302 t=26239485809 kinds=fragment-inferred,block pages=0-5 ranks=1027 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=2423 t=26239485809 kinds=fragment-inferred,block pages=0-130 ranks=1028 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=2425 t=26239485809 kinds=fragment-inferred,block pages=0-6 ranks=1029 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=2427 t=26239485809 kinds=fragment-inferred,block pages=0-7 ranks=1030 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=2429 t=26239485809 kinds=fragment-inferred,block pages=0-7 ranks=1031 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=2491 t=26239485809 kinds=fragment-inferred,block pages=0-21 ranks=1032 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=2493 t=26239485809 kinds=fragment-inferred,block pages=0-24 ranks=1033 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=2495 t=26239485809 kinds=fragment-inferred,block pages=0-34 ranks=1034 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=2497 t=26239485809 kinds=fragment-inferred,block pages=0-8 ranks=1035 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=2499 t=26239485809 kinds=fragment-inferred,block pages=0-3 ranks=1036 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=2501 t=26239485809 kinds=fragment-inferred,block pages=0-7 ranks=1037 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=2503 t=26239485809 kinds=fragment-inferred,block pages=0-3 ranks=1038 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=2505 t=26239485809 kinds=fragment-inferred,block pages=0-9 ranks=1039 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=2507 t=26239485809 kinds=fragment-inferred,block pages=0-10,11-19 ranks=1040,3591 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/afs/kafs.ko inode=13002 t=27233713809 kinds=fragment-inferred,block pages=215-233 ranks=1041 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=13004 t=27233713809 kinds=fragment-inferred,block pages=0-26 ranks=1042 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/befs/befs.ko inode=13006 t=27233713809 kinds=fragment-inferred,block pages=0-17 ranks=1043 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/bfs/bfs.ko inode=13008 t=27233713809 kinds=fragment-inferred,block pages=0-10 ranks=1044 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/btrfs/btrfs.ko inode=13010 t=27233713809 kinds=fragment-inferred,block pages=0-720,721-945 ranks=1045,2995 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_connlimit.ko inode=14393 t=27823610809 kinds=fragment-inferred,block pages=4-5 ranks=1046 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_ct.ko inode=14395 t=27823610809 kinds=fragment-inferred,block pages=0-13 ranks=1047 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_dup_netdev.ko inode=14397 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1048 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_fib.ko inode=14399 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1049 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_fib_inet.ko inode=14401 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1050 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_fib_netdev.ko inode=14403 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1051 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_flow_offload.ko inode=14405 t=27823610809 kinds=fragment-inferred,block pages=0-6 ranks=1052 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_fwd_netdev.ko inode=14407 t=27823610809 kinds=fragment-inferred,block pages=0-5 ranks=1053 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_hash.ko inode=14409 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1054 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_limit.ko inode=14411 t=27823610809 kinds=fragment-inferred,block pages=0-6 ranks=1055 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_log.ko inode=14413 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1056 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_masq.ko inode=14415 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1057 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_nat.ko inode=14417 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1058 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_numgen.ko inode=14419 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1059 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_objref.ko inode=14421 t=27823610809 kinds=fragment-inferred,block pages=0-6 ranks=1060 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_osf.ko inode=14423 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1061 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_queue.ko inode=14425 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1062 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_quota.ko inode=14427 t=27823610809 kinds=fragment-inferred,block pages=0-5 ranks=1063 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_redir.ko inode=14429 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1064 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_reject.ko inode=14431 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1065 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_reject_inet.ko inode=14433 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1066 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_socket.ko inode=14435 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1067 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_synproxy.ko inode=14437 t=27823610809 kinds=fragment-inferred,block pages=0-6 ranks=1068 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_tproxy.ko inode=14439 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1069 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_tunnel.ko inode=14441 t=27823610809 kinds=fragment-inferred,block pages=0-6 ranks=1070 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/nft_xfrm.ko inode=14443 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1071 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=14445 t=27823610809 kinds=fragment-inferred,block pages=0-27 ranks=1072 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=14447 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1073 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=14449 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1074 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=14451 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1075 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=14453 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1076 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_CT.ko inode=14455 t=27823610809 kinds=fragment-inferred,block pages=0-5 ranks=1077 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_DSCP.ko inode=14457 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1078 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_HL.ko inode=14459 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1079 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_HMARK.ko inode=14461 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1080 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=14463 t=27823610809 kinds=fragment-inferred,block pages=0-10 ranks=1081 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_LED.ko inode=14465 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1082 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_LOG.ko inode=14467 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1083 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=14469 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1084 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=14471 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1085 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=14473 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1086 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=14475 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1087 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=14477 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1088 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=14479 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1089 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=14481 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1090 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=14483 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1091 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=14485 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1092 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TEE.ko inode=14487 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1093 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=14489 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1094 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_TRACE.ko inode=14491 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1095 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_addrtype.ko inode=14493 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1096 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_bpf.ko inode=14495 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1097 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_cgroup.ko inode=14497 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1098 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_cluster.ko inode=14499 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1099 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_comment.ko inode=14501 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connbytes.ko inode=14503 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connlabel.ko inode=14505 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1102 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connlimit.ko inode=14507 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1103 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_connmark.ko inode=14509 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1104 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_conntrack.ko inode=14511 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1105 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_cpu.ko inode=14513 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1106 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_dccp.ko inode=14515 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1107 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_devgroup.ko inode=14517 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1108 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_dscp.ko inode=14519 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1109 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_ecn.ko inode=14521 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1110 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_esp.ko inode=14523 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1111 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_hashlimit.ko inode=14525 t=27823610809 kinds=fragment-inferred,block pages=0-11 ranks=1112 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_helper.ko inode=14527 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1113 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_hl.ko inode=14529 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1114 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_ipcomp.ko inode=14531 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1115 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_iprange.ko inode=14533 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1116 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_ipvs.ko inode=14535 t=27823610809 kinds=fragment-inferred,block pages=0-5 ranks=1117 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_l2tp.ko inode=14537 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1118 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_length.ko inode=14539 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1119 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_limit.ko inode=14541 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1120 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_mac.ko inode=14543 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1121 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_mark.ko inode=14545 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1122 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_multiport.ko inode=14547 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1123 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_nat.ko inode=14549 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1124 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_nfacct.ko inode=14551 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1125 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_osf.ko inode=14553 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1126 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_owner.ko inode=14555 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1127 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_physdev.ko inode=14557 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1128 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_pkttype.ko inode=14559 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1129 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_policy.ko inode=14561 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1130 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_quota.ko inode=14563 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1131 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_rateest.ko inode=14565 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1132 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_realm.ko inode=14567 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1133 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_recent.ko inode=14569 t=27823610809 kinds=fragment-inferred,block pages=0-9 ranks=1134 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_sctp.ko inode=14571 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1135 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_set.ko inode=14573 t=27823610809 kinds=fragment-inferred,block pages=0-9 ranks=1136 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_socket.ko inode=14575 t=27823610809 kinds=fragment-inferred,block pages=0-4 ranks=1137 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_state.ko inode=14577 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1138 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_statistic.ko inode=14579 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_string.ko inode=14581 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_tcpmss.ko inode=14583 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1141 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_tcpudp.ko inode=14585 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_time.ko inode=14587 t=27823610809 kinds=fragment-inferred,block pages=0-3 ranks=1143 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/xt_u32.ko inode=14589 t=27823610809 kinds=fragment-inferred,block pages=0-2 ranks=1144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set.ko inode=14591 t=27823610809 kinds=fragment-inferred,block pages=0-29 ranks=1145 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_bitmap_ip.ko inode=14593 t=27823610809 kinds=fragment-inferred,block pages=0-8 ranks=1146 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_bitmap_ipmac.ko inode=14595 t=27823610809 kinds=fragment-inferred,block pages=0-8 ranks=1147 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_bitmap_port.ko inode=14597 t=27823610809 kinds=fragment-inferred,block pages=0-8 ranks=1148 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ip.ko inode=14599 t=27823610809 kinds=fragment-inferred,block pages=0-21 ranks=1149 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ipmac.ko inode=14601 t=27823610809 kinds=fragment-inferred,block pages=0-21 ranks=1150 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ipmark.ko inode=14603 t=27823610809 kinds=fragment-inferred,block pages=0-21 ranks=1151 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ipport.ko inode=14605 t=27823610809 kinds=fragment-inferred,block pages=0-21 ranks=1152 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ipportip.ko inode=14607 t=27823610809 kinds=fragment-inferred,block pages=0-21 ranks=1153 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_ipportnet.ko inode=14609 t=27823610809 kinds=fragment-inferred,block pages=0-23 ranks=1154 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_mac.ko inode=14611 t=27823610809 kinds=fragment-inferred,block pages=0-13 ranks=1155 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_net.ko inode=14613 t=27823610809 kinds=fragment-inferred,block pages=0-22 ranks=1156 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_netiface.ko inode=14615 t=27823610809 kinds=fragment-inferred,block pages=0-24 ranks=1157 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_netnet.ko inode=14617 t=27823610809 kinds=fragment-inferred,block pages=0-23 ranks=1158 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_netport.ko inode=14619 t=27823610809 kinds=fragment-inferred,block pages=0-23 ranks=1159 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/ipset/ip_set_hash_netportnet.ko inode=14621 t=27823610809 kinds=fragment-inferred,block pages=0-18 ranks=1160 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ceph/libceph.ko inode=13980 t=28773763809 kinds=fragment-inferred,block pages=0-246 ranks=1161 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/core/drop_monitor.ko inode=13982 t=28773763809 kinds=fragment-inferred,block pages=0-13 ranks=1162 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/core/failover.ko inode=13984 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1163 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/core/pktgen.ko inode=13986 t=28773763809 kinds=fragment-inferred,block pages=0-29 ranks=1164 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/core/selftests.ko inode=13988 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1165 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/dccp/dccp.ko inode=13990 t=28773763809 kinds=fragment-inferred,block pages=0-62 ranks=1166 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/dccp/dccp_diag.ko inode=13992 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1167 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/dccp/dccp_ipv4.ko inode=13994 t=28773763809 kinds=fragment-inferred,block pages=0-13 ranks=1168 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/dccp/dccp_ipv6.ko inode=13996 t=28773763809 kinds=fragment-inferred,block pages=0-13 ranks=1169 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/dns_resolver/dns_resolver.ko inode=13998 t=28773763809 kinds=fragment-inferred,block pages=0-6 ranks=1170 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ieee802154/ieee802154.ko inode=14003 t=28773763809 kinds=fragment-inferred,block pages=0-63 ranks=1171 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ieee802154/ieee802154_socket.ko inode=14005 t=28773763809 kinds=fragment-inferred,block pages=0-12 ranks=1172 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ife/ife.ko inode=14009 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1173 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ah4.ko inode=14011 t=28773763809 kinds=fragment-inferred,block pages=0-6 ranks=1174 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/esp4.ko inode=14013 t=28773763809 kinds=fragment-inferred,block pages=0-9 ranks=1175 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/esp4_offload.ko inode=14015 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1176 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/fou.ko inode=14017 t=28773763809 kinds=fragment-inferred,block pages=0-11 ranks=1177 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/gre.ko inode=14019 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1178 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/inet_diag.ko inode=14021 t=28773763809 kinds=fragment-inferred,block pages=0-12 ranks=1179 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ip_gre.ko inode=14023 t=28773763809 kinds=fragment-inferred,block pages=0-15 ranks=1180 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ip_tunnel.ko inode=14025 t=28773763809 kinds=fragment-inferred,block pages=0-14 ranks=1181 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ip_vti.ko inode=14027 t=28773763809 kinds=fragment-inferred,block pages=0-7 ranks=1182 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ipcomp.ko inode=14029 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1183 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/ipip.ko inode=14031 t=28773763809 kinds=fragment-inferred,block pages=0-6 ranks=1184 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/raw_diag.ko inode=14057 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1185 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_bbr.ko inode=14059 t=28773763809 kinds=fragment-inferred,block pages=0-5 ranks=1186 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_bic.ko inode=14061 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1187 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_cdg.ko inode=14063 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1188 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_dctcp.ko inode=14065 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1189 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_diag.ko inode=14067 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1190 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_highspeed.ko inode=14069 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1191 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_htcp.ko inode=14071 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1192 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_hybla.ko inode=14073 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1193 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_illinois.ko inode=14075 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1194 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_lp.ko inode=14077 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1195 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_nv.ko inode=14079 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1196 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_scalable.ko inode=14081 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1197 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_vegas.ko inode=14083 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1198 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_veno.ko inode=14085 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1199 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_westwood.ko inode=14087 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1200 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tcp_yeah.ko inode=14089 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1201 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/tunnel4.ko inode=14091 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1202 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/udp_diag.ko inode=14093 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1203 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/udp_tunnel.ko inode=14095 t=28773763809 kinds=fragment-inferred,block pages=0-11 ranks=1204 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/xfrm4_tunnel.ko inode=14097 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1205 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv6/ah6.ko inode=14151 t=28773763809 kinds=fragment-inferred,block pages=0-6 ranks=1206 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv6/esp6.ko inode=14153 t=28773763809 kinds=fragment-inferred,block pages=0-10 ranks=1207 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv6/esp6_offload.ko inode=14155 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1208 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv6/fou6.ko inode=14157 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1209 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv6/ip6_gre.ko inode=14162 t=28773763809 kinds=fragment-inferred,block pages=0-17 ranks=1210 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/can/j1939/can-j1939.ko inode=13978 t=28773763809 kinds=fragment-inferred,block pages=25-37 ranks=1211 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ieee802154/6lowpan/ieee802154_6lowpan.ko inode=14007 t=28773763809 kinds=fragment-inferred,block pages=0-12 ranks=1212 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/arp_tables.ko inode=14099 t=28773763809 kinds=fragment-inferred,block pages=0-13 ranks=1213 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=14101 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1214 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=14103 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1215 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=14105 t=28773763809 kinds=fragment-inferred,block pages=0-15 ranks=1216 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=14107 t=28773763809 kinds=fragment-inferred,block pages=0-10 ranks=1217 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=14109 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1218 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=14111 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1219 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=14113 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1220 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=14115 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1221 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=14117 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1222 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=14119 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1223 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=14121 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1224 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=14123 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1225 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=14125 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1226 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=14127 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1227 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=14129 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1228 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=14131 t=28773763809 kinds=fragment-inferred,block pages=0-1 ranks=1229 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=14133 t=28773763809 kinds=fragment-inferred,block pages=0-8 ranks=1230 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=14135 t=28773763809 kinds=fragment-inferred,block pages=0-5 ranks=1231 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=14137 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1232 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=14139 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1233 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=14141 t=28773763809 kinds=fragment-inferred,block pages=0-2 ranks=1234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=14143 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1235 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=14145 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1236 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=14147 t=28773763809 kinds=fragment-inferred,block pages=0-4 ranks=1237 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=14149 t=28773763809 kinds=fragment-inferred,block pages=0-3 ranks=1238 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/extcon/extcon-core.ko inode=4454 t=29492592809 kinds=fragment-inferred,block pages=0-4,5-14 ranks=3249,1239 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/extcon/extcon-intel-cht-wc.ko inode=4456 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1240 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firewire/firewire-core.ko inode=4458 t=29492592809 kinds=fragment-inferred,block pages=0-49 ranks=1241 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firewire/firewire-net.ko inode=4460 t=29492592809 kinds=fragment-inferred,block pages=0-13 ranks=1242 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firewire/firewire-ohci.ko inode=4462 t=29492592809 kinds=fragment-inferred,block pages=0-25 ranks=1243 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firewire/firewire-sbp2.ko inode=4464 t=29492592809 kinds=fragment-inferred,block pages=0-15 ranks=1244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firewire/nosy.ko inode=4466 t=29492592809 kinds=fragment-inferred,block pages=0-7 ranks=1245 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/edd.ko inode=4471 t=29492592809 kinds=fragment-inferred,block pages=0-7 ranks=1246 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=4478 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1247 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=4486 t=29492592809 kinds=fragment-inferred,block pages=0-8 ranks=1248 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-serial.ko inode=4504 t=29492592809 kinds=fragment-inferred,block pages=0-4 ranks=1249 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=4506 t=29492592809 kinds=fragment-inferred,block pages=0-7 ranks=1250 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=4508 t=29492592809 kinds=fragment-inferred,block pages=0-2 ranks=1251 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gnss/gnss.ko inode=4510 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1252 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=4512 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1253 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=4514 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1254 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-exar.ko inode=4516 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1255 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=4518 t=29492592809 kinds=fragment-inferred,block pages=0-18 ranks=1256 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-generic.ko inode=4520 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1257 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=4522 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1258 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-ml-ioh.ko inode=4524 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1259 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-pci-idio-16.ko inode=4526 t=29492592809 kinds=fragment-inferred,block pages=0-5 ranks=1260 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-pcie-idio-24.ko inode=4528 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1261 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpio/gpio-viperboard.ko inode=4530 t=29492592809 kinds=fragment-inferred,block pages=0-5 ranks=1262 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/cirrus/cs_dsp.ko inode=4488 t=29492592809 kinds=fragment-inferred,block pages=0-29 ranks=1263 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=4490 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1264 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=4492 t=29492592809 kinds=fragment-inferred,block pages=0-3 ranks=1265 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efibc.ko inode=4494 t=29492592809 kinds=fragment-inferred,block pages=0-2 ranks=1266 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/gsmi.ko inode=4496 t=29492592809 kinds=fragment-inferred,block pages=0-9 ranks=1267 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=4498 t=29492592809 kinds=fragment-inferred,block pages=0-2 ranks=1268 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/memconsole.ko inode=4500 t=29492592809 kinds=fragment-inferred,block pages=0-2 ranks=1269 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=4502 t=29492592809 kinds=fragment-inferred,block pages=0-4 ranks=1270 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm.ko inode=4559 t=29492592809 kinds=fragment-inferred,block pages=0-300 ranks=1271 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm_buddy.ko inode=4561 t=29492592809 kinds=fragment-inferred,block pages=0-6 ranks=1272 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm_kms_helper.ko inode=4563 t=29492592809 kinds=fragment-inferred,block pages=0-112 ranks=1273 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm_shmem_helper.ko inode=4565 t=29492592809 kinds=fragment-inferred,block pages=0-12 ranks=1274 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm_ttm_helper.ko inode=4567 t=29492592809 kinds=fragment-inferred,block pages=0-5 ranks=1275 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/drm_vram_helper.ko inode=4569 t=29492592809 kinds=fragment-inferred,block pages=0-16 ranks=1276 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/gpu/drm/amd/amdgpu/amdgpu.ko inode=4629 t=29492592809 kinds=fragment-inferred,block pages=0-50 ranks=1277 count=1
file /usr/bin/kmod inode=1222 t=30192554809 kinds=fragment-inferred,block pages=0-6,7-43 ranks=1304,1278 count=2
file /usr/bin/last inode=1224 t=30192554809 kinds=fragment-inferred,block pages=0-12 ranks=1279 count=1
file /usr/bin/lastlog inode=1228 t=30192554809 kinds=fragment-inferred,block pages=0-7 ranks=1280 count=1
file /usr/bin/ldd inode=1232 t=30192554809 kinds=fragment-inferred,block pages=0-1 ranks=1281 count=1
file /usr/bin/link inode=1234 t=30192554809 kinds=fragment-inferred,block pages=0-9 ranks=1282 count=1
file /usr/bin/ln inode=1240 t=30192554809 kinds=fragment-inferred,block pages=0-17 ranks=1283 count=1
file /usr/bin/locale inode=1242 t=30192554809 kinds=fragment-inferred,block pages=0-11 ranks=1284 count=1
file /usr/bin/localectl inode=1244 t=30192554809 kinds=fragment-inferred,block pages=0-6 ranks=1285 count=1
file /usr/bin/localedef inode=1246 t=30192554809 kinds=fragment-inferred,block pages=0-72 ranks=1286 count=1
file /usr/bin/logger inode=1248 t=30192554809 kinds=fragment-inferred,block pages=0-13 ranks=1287 count=1
file /usr/bin/login inode=1250 t=30192554809 kinds=fragment-inferred,block pages=0-12 ranks=1288 count=1
file /usr/bin/loginctl inode=1252 t=30192554809 kinds=fragment-inferred,block pages=0-14 ranks=1289 count=1
file /usr/bin/logname inode=1254 t=30192554809 kinds=fragment-inferred,block pages=0-9 ranks=1290 count=1
file /usr/bin/ls inode=1256 t=30192554809 kinds=fragment-inferred,block pages=0-36 ranks=1291 count=1
file /usr/bin/lsattr inode=1258 t=30192554809 kinds=fragment-inferred,block pages=0-3 ranks=1292 count=1
file /usr/bin/lsblk inode=1260 t=30192554809 kinds=fragment-inferred,block pages=0-50 ranks=1293 count=1
file /usr/bin/lscpu inode=1262 t=30192554809 kinds=fragment-inferred,block pages=0-31 ranks=1294 count=1
file /usr/bin/lsfd inode=1264 t=30192554809 kinds=fragment-inferred,block pages=0-30 ranks=1295 count=1
file /usr/bin/lsipc inode=1266 t=30192554809 kinds=fragment-inferred,block pages=0-24 ranks=1296 count=1
file /usr/bin/lsirq inode=1268 t=30192554809 kinds=fragment-inferred,block pages=0-8 ranks=1297 count=1
file /usr/bin/lslocks inode=1270 t=30192554809 kinds=fragment-inferred,block pages=0-17 ranks=1298 count=1
file /usr/bin/lslogins inode=1272 t=30192554809 kinds=fragment-inferred,block pages=0-23 ranks=1299 count=1
file /usr/bin/lsmem inode=1274 t=30192554809 kinds=fragment-inferred,block pages=0-16 ranks=1300 count=1
file /usr/bin/lsns inode=1278 t=30192554809 kinds=fragment-inferred,block pages=0-20 ranks=1301 count=1
file /usr/bin/mawk inode=1280 t=30192554809 kinds=fragment-inferred,block pages=0-38 ranks=1302 count=1
file /usr/bin/mcookie inode=1282 t=30192554809 kinds=fragment-inferred,block pages=0,1-8 ranks=1303,2890 count=2
file /usr/bin/find inode=1154 t=30974055809 kinds=fragment-inferred,block pages=25-54 ranks=1305 count=1
file /usr/bin/findmnt inode=1156 t=30974055809 kinds=fragment-inferred,block pages=0-20 ranks=1306 count=1
file /usr/bin/flock inode=1158 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1307 count=1
file /usr/bin/fmt inode=1160 t=30974055809 kinds=fragment-inferred,block pages=0-11 ranks=1308 count=1
file /usr/bin/fold inode=1162 t=30974055809 kinds=fragment-inferred,block pages=0-10 ranks=1309 count=1
file /usr/bin/getconf inode=1164 t=30974055809 kinds=fragment-inferred,block pages=0-6 ranks=1310 count=1
file /usr/bin/getent inode=1166 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1311 count=1
file /usr/bin/getopt inode=1168 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1312 count=1
file /usr/bin/gpasswd inode=1170 t=30974055809 kinds=fragment-inferred,block pages=0-21 ranks=1313 count=1
file /usr/bin/gpgv inode=1172 t=30974055809 kinds=fragment-inferred,block pages=0-115 ranks=1314 count=1
file /usr/bin/grep inode=1174 t=30974055809 kinds=fragment-inferred,block pages=0-49 ranks=1315 count=1
file /usr/bin/groups inode=1176 t=30974055809 kinds=fragment-inferred,block pages=0-10 ranks=1316 count=1
file /usr/bin/gunzip inode=1178 t=30974055809 kinds=fragment-inferred,block pages=0 ranks=1317 count=1
file /usr/bin/gzexe inode=1180 t=30974055809 kinds=fragment-inferred,block pages=0-1 ranks=1318 count=1
file /usr/bin/gzip inode=1182 t=30974055809 kinds=fragment-inferred,block pages=0-23 ranks=1319 count=1
file /usr/bin/hardlink inode=1184 t=30974055809 kinds=fragment-inferred,block pages=0-12 ranks=1320 count=1
file /usr/bin/head inode=1186 t=30974055809 kinds=fragment-inferred,block pages=0-11 ranks=1321 count=1
file /usr/bin/hostid inode=1188 t=30974055809 kinds=fragment-inferred,block pages=0-9 ranks=1322 count=1
file /usr/bin/hostname inode=1190 t=30974055809 kinds=fragment-inferred,block pages=0-5 ranks=1323 count=1
file /usr/bin/hostnamectl inode=1192 t=30974055809 kinds=fragment-inferred,block pages=0-7 ranks=1324 count=1
file /usr/bin/iconv inode=1196 t=30974055809 kinds=fragment-inferred,block pages=0-15 ranks=1325 count=1
file /usr/bin/id inode=1198 t=30974055809 kinds=fragment-inferred,block pages=0-11 ranks=1326 count=1
file /usr/bin/infocmp inode=1200 t=30974055809 kinds=fragment-inferred,block pages=0-15 ranks=1327 count=1
file /usr/bin/install inode=1204 t=30974055809 kinds=fragment-inferred,block pages=0-38 ranks=1328 count=1
file /usr/bin/ionice inode=1206 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1329 count=1
file /usr/bin/ipcmk inode=1208 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1330 count=1
file /usr/bin/ipcrm inode=1210 t=30974055809 kinds=fragment-inferred,block pages=0-8 ranks=1331 count=1
file /usr/bin/ipcs inode=1212 t=30974055809 kinds=fragment-inferred,block pages=0-18 ranks=1332 count=1
file /usr/bin/ischroot inode=1214 t=30974055809 kinds=fragment-inferred,block pages=0-3 ranks=1333 count=1
file /usr/bin/join inode=1216 t=30974055809 kinds=fragment-inferred,block pages=0-13 ranks=1334 count=1
file /usr/bin/journalctl inode=1218 t=30974055809 kinds=fragment-inferred,block pages=0-18 ranks=1335 count=1
file /usr/bin/kernel-install inode=1220 t=30974055809 kinds=fragment-inferred,block pages=0-3 ranks=1336 count=1
file /usr/bin/udevadm inode=1546 t=31692598809 kinds=fragment-inferred,block pages=0-153,154-330 ranks=3012,1338 count=2
file /usr/bin/umount inode=1548 t=31692598809 kinds=fragment-inferred,block pages=0-8 ranks=1339 count=1
file /usr/bin/uname inode=1550 t=31692598809 kinds=fragment-inferred,block pages=0-10 ranks=1340 count=1
file /usr/bin/unexpand inode=1552 t=31692598809 kinds=fragment-inferred,block pages=0-10 ranks=1341 count=1
file /usr/bin/uniq inode=1554 t=31692598809 kinds=fragment-inferred,block pages=0-11 ranks=1342 count=1
file /usr/bin/unlink inode=1556 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1343 count=1
file /usr/bin/unshare inode=1558 t=31692598809 kinds=fragment-inferred,block pages=0-20 ranks=1344 count=1
file /usr/bin/update-alternatives inode=1560 t=31692598809 kinds=fragment-inferred,block pages=0-14 ranks=1345 count=1
file /usr/bin/users inode=1562 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1346 count=1
file /usr/bin/utmpdump inode=1564 t=31692598809 kinds=fragment-inferred,block pages=0-7 ranks=1347 count=1
file /usr/bin/vdir inode=1566 t=31692598809 kinds=fragment-inferred,block pages=0-36 ranks=1348 count=1
file /usr/bin/wall inode=1568 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1349 count=1
file /usr/bin/wc inode=1570 t=31692598809 kinds=fragment-inferred,block pages=0-12 ranks=1350 count=1
file /usr/bin/wdctl inode=1572 t=31692598809 kinds=fragment-inferred,block pages=0-17 ranks=1351 count=1
file /usr/bin/whereis inode=1574 t=31692598809 kinds=fragment-inferred,block pages=0-7 ranks=1352 count=1
file /usr/bin/which.debianutils inode=1578 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1353 count=1
file /usr/bin/who inode=1580 t=31692598809 kinds=fragment-inferred,block pages=0-14 ranks=1354 count=1
file /usr/bin/whoami inode=1582 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1355 count=1
file /usr/bin/xargs inode=1586 t=31692598809 kinds=fragment-inferred,block pages=0-17 ranks=1356 count=1
file /usr/bin/yes inode=1588 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1357 count=1
file /usr/bin/zcat inode=1592 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1358 count=1
file /usr/bin/zcmp inode=1594 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1359 count=1
file /usr/bin/zdiff inode=1596 t=31692598809 kinds=fragment-inferred,block pages=0-1 ranks=1360 count=1
file /usr/bin/zdump inode=1598 t=31692598809 kinds=fragment-inferred,block pages=0-5 ranks=1361 count=1
file /usr/bin/zegrep inode=1600 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1362 count=1
file /usr/bin/zfgrep inode=1602 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1363 count=1
file /usr/bin/zforce inode=1604 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1364 count=1
file /usr/bin/zgrep inode=1606 t=31692598809 kinds=fragment-inferred,block pages=0-1 ranks=1365 count=1
file /usr/bin/zless inode=1608 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1366 count=1
file /usr/bin/zmore inode=1610 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1367 count=1
file /usr/bin/znew inode=1612 t=31692598809 kinds=fragment-inferred,block pages=0-1 ranks=1368 count=1
file /usr/lib/os-release inode=1656 t=31692598809 kinds=fragment-inferred,block pages=0 ranks=1369 count=1
file /usr/lib/apt/apt-helper inode=2044 t=31692598809 kinds=fragment-inferred,block pages=0-9 ranks=1370 count=1
file /usr/lib/apt/apt.systemd.daily inode=2046 t=31692598809 kinds=fragment-inferred,block pages=0-3 ranks=1371 count=1
file /usr/lib/apt/methods/cdrom inode=1903 t=31692598809 kinds=fragment-inferred,block pages=0-17 ranks=1372 count=1
file /usr/lib/apt/methods/copy inode=1905 t=31692598809 kinds=fragment-inferred,block pages=0-14 ranks=1373 count=1
file /usr/lib/apt/methods/file inode=1907 t=31692598809 kinds=fragment-inferred,block pages=0-15 ranks=1374 count=1
file /usr/lib/apt/methods/ftp inode=1909 t=31692598809 kinds=fragment-inferred,block pages=0-35 ranks=1375 count=1
file /usr/lib/apt/methods/gpgv inode=1911 t=31692598809 kinds=fragment-inferred,block pages=0-27 ranks=1376 count=1
file /usr/lib/apt/methods/http inode=1913 t=31692598809 kinds=fragment-inferred,block pages=0-48 ranks=1377 count=1
file /usr/lib/apt/methods/mirror inode=1917 t=31692598809 kinds=fragment-inferred,block pages=0-29 ranks=1378 count=1
file /usr/lib/systemd/systemd-reply-password inode=16060 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1380 count=1
file /usr/lib/systemd/systemd-rfkill inode=16062 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1381 count=1
file /usr/lib/systemd/systemd-shutdown inode=16064 t=32146550809 kinds=fragment-inferred,block pages=0-11 ranks=1382 count=1
file /usr/lib/systemd/systemd-sleep inode=16066 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1383 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=16068 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1384 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=16070 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1385 count=1
file /usr/lib/systemd/systemd-sysctl inode=16072 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1386 count=1
file /usr/lib/systemd/systemd-sysv-install inode=16077 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1387 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=16079 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1388 count=1
file /usr/lib/systemd/systemd-timedated inode=16081 t=32146550809 kinds=fragment-inferred,block pages=0-10 ranks=1389 count=1
file /usr/lib/systemd/systemd-update-utmp inode=16085 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1390 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=16087 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1391 count=1
file /usr/lib/systemd/systemd-user-sessions inode=16089 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1392 count=1
file /usr/lib/systemd/systemd-veritysetup inode=16091 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1393 count=1
file /usr/lib/systemd/systemd-volatile-root inode=16093 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1394 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=16095 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1395 count=1
file /usr/lib/sysusers.d/basic.conf inode=17151 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1396 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=17153 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1397 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=17155 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1398 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=17310 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1399 count=1
file /usr/lib/tmpfiles.d/home.conf inode=17312 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1400 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=17314 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1401 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=17316 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1402 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=17318 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1403 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=17320 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1404 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=17322 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1405 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=17324 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1406 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=17326 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1407 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=17328 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1408 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=17330 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1409 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=17332 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1410 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=17334 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1411 count=1
file /usr/lib/tmpfiles.d/var.conf inode=17336 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1412 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=17338 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1413 count=1
file /usr/lib/udev/ata_id inode=17340 t=32146550809 kinds=fragment-inferred,block pages=0-16 ranks=1414 count=1
file /usr/lib/udev/cdrom_id inode=17342 t=32146550809 kinds=fragment-inferred,block pages=0-19 ranks=1415 count=1
file /usr/lib/udev/dmi_memory_id inode=17344 t=32146550809 kinds=fragment-inferred,block pages=0-18 ranks=1416 count=1
file /usr/lib/udev/fido_id inode=17346 t=32146550809 kinds=fragment-inferred,block pages=0-25 ranks=1417 count=1
file /usr/lib/udev/hwclock-set inode=17348 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1418 count=1
file /usr/lib/udev/hwdb.bin inode=17350 t=32146550809 kinds=fragment-inferred,block pages=0-512,513-1818,1819-2846,2847-3178 ranks=1419,3099,3098,3093 count=4
file /usr/lib/systemd/catalog/systemd.be.catalog inode=16259 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1420 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=16261 t=32146550809 kinds=fragment-inferred,block pages=0-2 ranks=1421 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=16263 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1422 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=16265 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1423 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=16267 t=32146550809 kinds=fragment-inferred,block pages=0-1 ranks=1424 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=16269 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1425 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=16271 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1426 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=16273 t=32146550809 kinds=fragment-inferred,block pages=0-2 ranks=1427 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=16275 t=32146550809 kinds=fragment-inferred,block pages=0-1 ranks=1428 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=16277 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1429 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=16279 t=32146550809 kinds=fragment-inferred,block pages=0-2 ranks=1430 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=16281 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1431 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=16283 t=32146550809 kinds=fragment-inferred,block pages=0-1 ranks=1432 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=16285 t=32146550809 kinds=fragment-inferred,block pages=0-4 ranks=1433 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=16287 t=32146550809 kinds=fragment-inferred,block pages=0-2 ranks=1434 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=16289 t=32146550809 kinds=fragment-inferred,block pages=0-1 ranks=1435 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=16291 t=32146550809 kinds=fragment-inferred,block pages=0-1 ranks=1436 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=16293 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1437 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=16295 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1438 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=16297 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1439 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=16299 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1440 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=16301 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1441 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=16303 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1442 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=16305 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1443 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=16307 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1444 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=16309 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1445 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=16311 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1446 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=16313 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1447 count=1
file /usr/lib/systemd/network/99-default.link inode=16315 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1448 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=16317 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1449 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=16319 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1450 count=1
file /usr/lib/systemd/system/apt-daily.service inode=16321 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1451 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=16323 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1452 count=1
file /usr/lib/systemd/system/basic.target inode=16327 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1453 count=1
file /usr/lib/systemd/system/blockdev@.target inode=16329 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1454 count=1
file /usr/lib/systemd/system/bluetooth.target inode=16331 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1455 count=1
file /usr/lib/systemd/system/boot-complete.target inode=16333 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1456 count=1
file /usr/lib/systemd/system/console-getty.service inode=16335 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1457 count=1
file /usr/lib/systemd/system/container-getty@.service inode=16337 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1458 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=16343 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1459 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=16345 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1460 count=1
file /usr/lib/systemd/system/debug-shell.service inode=16357 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1461 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=16361 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1462 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=16363 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1463 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=16365 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1464 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=16367 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1465 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=16369 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1466 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=16371 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1467 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=16373 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1468 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=16375 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1469 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=16377 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1470 count=1
file /usr/lib/systemd/system/emergency.service inode=16379 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1471 count=1
file /usr/lib/systemd/system/emergency.target inode=16381 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1472 count=1
file /usr/lib/systemd/system/exit.target inode=16383 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1473 count=1
file /usr/lib/systemd/system/factory-reset.target inode=16385 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1474 count=1
file /usr/lib/systemd/system/final.target inode=16387 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1475 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=16389 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1476 count=1
file /usr/lib/systemd/system/fstrim.service inode=16391 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1477 count=1
file /usr/lib/systemd/system/fstrim.timer inode=16393 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1478 count=1
file /usr/lib/systemd/system/getty-pre.target inode=16395 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1479 count=1
file /usr/lib/systemd/system/getty-static.service inode=16397 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1480 count=1
file /usr/lib/systemd/system/getty.target inode=16399 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1481 count=1
file /usr/lib/systemd/system/getty@.service inode=16404 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1482 count=1
file /usr/lib/systemd/system/graphical.target inode=16406 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1483 count=1
file /usr/lib/systemd/system/halt.target inode=16412 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1484 count=1
file /usr/lib/systemd/system/hibernate.target inode=16414 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1485 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=16418 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1486 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=16420 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1487 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=16422 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1488 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=16424 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1489 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=16426 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1490 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=16433 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1491 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=16438 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1492 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=16440 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1493 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=16442 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1494 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=16444 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1495 count=1
file /usr/lib/systemd/system/initrd.target inode=16446 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1496 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=16452 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1497 count=1
file /usr/lib/systemd/system/integritysetup.target inode=16454 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1498 count=1
file /usr/lib/systemd/system/kexec.target inode=16456 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1499 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=16458 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1500 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=16462 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1501 count=1
file /usr/lib/systemd/system/local-fs.target inode=16464 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1502 count=1
file /usr/lib/systemd/system/machine.slice inode=16468 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1503 count=1
file /usr/lib/systemd/system/modprobe@.service inode=16470 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1504 count=1
file /usr/lib/systemd/system/multi-user.target inode=16472 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1505 count=1
file /usr/lib/systemd/system/network-online.target inode=16482 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1506 count=1
file /usr/lib/systemd/system/network-pre.target inode=16484 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1507 count=1
file /usr/lib/systemd/system/network.target inode=16486 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1508 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=16488 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1509 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=16490 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1510 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=16492 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1511 count=1
file /usr/lib/systemd/system/paths.target inode=16494 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1512 count=1
file /usr/lib/systemd/system/poweroff.target inode=16496 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1513 count=1
file /usr/lib/systemd/system/printer.target inode=16498 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1514 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=16500 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1515 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=16502 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1516 count=1
file /usr/lib/systemd/system/quotaon.service inode=16506 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1517 count=1
file /usr/lib/systemd/system/rc-local.service inode=16508 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1518 count=1
file /usr/lib/systemd/system/reboot.target inode=16773 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1519 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=16775 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1520 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=16777 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1521 count=1
file /usr/lib/systemd/system/remote-fs.target inode=16779 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1522 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=16781 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1523 count=1
file /usr/lib/systemd/system/rescue.service inode=16783 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1524 count=1
file /usr/lib/systemd/system/rescue.target inode=16785 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1525 count=1
file /usr/lib/systemd/system/rpcbind.target inode=16791 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1526 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=16817 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1527 count=1
file /usr/lib/systemd/system/shutdown.target inode=16819 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1528 count=1
file /usr/lib/systemd/system/sigpwr.target inode=16821 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1529 count=1
file /usr/lib/systemd/system/sleep.target inode=16823 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1530 count=1
file /usr/lib/systemd/system/slices.target inode=16825 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1531 count=1
file /usr/lib/systemd/system/smartcard.target inode=16827 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1532 count=1
file /usr/lib/systemd/system/sockets.target inode=16829 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1533 count=1
file /usr/lib/systemd/system/sound.target inode=16841 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1534 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=16843 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1535 count=1
file /usr/lib/systemd/system/suspend.target inode=16845 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1536 count=1
file /usr/lib/systemd/system/swap.target inode=16847 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1537 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=16849 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1538 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=16851 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1539 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=16853 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1540 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=16855 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1541 count=1
file /usr/lib/systemd/system/sysinit.target inode=16857 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1542 count=1
file /usr/lib/systemd/system/syslog.socket inode=16512 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1543 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=16514 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1544 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=16516 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1545 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=16518 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1546 count=1
file /usr/lib/systemd/system/system-update.target inode=16520 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1547 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=16522 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1548 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=16524 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1549 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=16526 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1550 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=16528 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1551 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=16530 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1552 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=16532 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1553 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=16534 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1554 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=16536 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1555 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=16538 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1556 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=16540 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1557 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=16542 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1558 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=16544 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1559 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=16546 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1560 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=16548 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1561 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=16550 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1562 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=16552 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1563 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=16554 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1564 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=16556 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1565 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=16558 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1566 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=16560 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1567 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=16562 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1568 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=16564 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1569 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=16566 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1570 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=16568 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1571 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=16570 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1572 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=16572 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1573 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=16574 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1574 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=16576 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1575 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=16578 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1576 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=16580 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1577 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=16585 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1578 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=16587 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1579 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=16589 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1580 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=16591 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1581 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=16593 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1582 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=16595 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1583 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=16597 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1584 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=16599 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1585 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=16601 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1586 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=16603 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1587 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=16605 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1588 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=16607 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1589 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=16609 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1590 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=16611 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1591 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=16613 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1592 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=16615 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1593 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=16617 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1594 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=16619 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1595 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=16621 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1596 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=16623 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1597 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=16625 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1598 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=16627 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1599 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=16629 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1600 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=16631 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1601 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=16633 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1602 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=16635 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1603 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=16637 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1604 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=16639 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1605 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=16641 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1606 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=16643 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1607 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=16645 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1608 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=16647 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1609 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=16649 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1610 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=16651 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1611 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=16653 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1612 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=16655 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1613 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=16657 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1614 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=16659 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1615 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=16661 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1616 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=16663 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1617 count=1
file /usr/lib/systemd/system/time-set.target inode=16665 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1618 count=1
file /usr/lib/systemd/system/time-sync.target inode=16667 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1619 count=1
file /usr/lib/systemd/system/timers.target inode=16669 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1620 count=1
file /usr/lib/systemd/system/umount.target inode=16677 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1621 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=16679 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1622 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=16684 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1623 count=1
file /usr/lib/systemd/system/user.slice inode=16686 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1624 count=1
file /usr/lib/systemd/system/user@.service inode=16688 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1625 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=16696 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1626 count=1
file /usr/lib/systemd/system/veritysetup.target inode=16698 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1627 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=17077 t=32146550809 kinds=fragment-inferred,block pages=0-8 ranks=1628 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=17079 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1629 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=17081 t=32146550809 kinds=fragment-inferred,block pages=0-10 ranks=1630 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=17083 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1631 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=17085 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1632 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=17087 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1633 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=17089 t=32146550809 kinds=fragment-inferred,block pages=0-5 ranks=1634 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=17091 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1635 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=17093 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1636 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=17095 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1637 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=17097 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1638 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=17099 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1639 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=17101 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1640 count=1
file /usr/lib/systemd/user/app.slice inode=17103 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1641 count=1
file /usr/lib/systemd/user/background.slice inode=17105 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1642 count=1
file /usr/lib/systemd/user/basic.target inode=17107 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1643 count=1
file /usr/lib/systemd/user/bluetooth.target inode=17109 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1644 count=1
file /usr/lib/systemd/user/default.target inode=17111 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1645 count=1
file /usr/lib/systemd/user/exit.target inode=17113 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1646 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=17115 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1647 count=1
file /usr/lib/systemd/user/graphical-session.target inode=17117 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1648 count=1
file /usr/lib/systemd/user/paths.target inode=17119 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1649 count=1
file /usr/lib/systemd/user/printer.target inode=17121 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1650 count=1
file /usr/lib/systemd/user/session.slice inode=17123 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1651 count=1
file /usr/lib/systemd/user/shutdown.target inode=17125 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1652 count=1
file /usr/lib/systemd/user/smartcard.target inode=17127 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1653 count=1
file /usr/lib/systemd/user/sockets.target inode=17129 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1654 count=1
file /usr/lib/systemd/user/sound.target inode=17131 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1655 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=17133 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1656 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=17135 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1657 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=17137 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1658 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=17139 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1659 count=1
file /usr/lib/systemd/user/timers.target inode=17141 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1660 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=17143 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1661 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=17145 t=32146550809 kinds=fragment-inferred,block pages=0-3 ranks=1662 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=17147 t=32146550809 kinds=fragment-inferred,block pages=0-7 ranks=1663 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=17149 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1664 count=1
file /usr/lib/terminfo/E/Eterm inode=17220 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1665 count=1
file /usr/lib/terminfo/a/ansi inode=17224 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1666 count=1
file /usr/lib/terminfo/c/cons25 inode=17226 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1667 count=1
file /usr/lib/terminfo/c/cons25-debian inode=17228 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1668 count=1
file /usr/lib/terminfo/c/cygwin inode=17230 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1669 count=1
file /usr/lib/terminfo/d/dumb inode=17232 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1670 count=1
file /usr/lib/terminfo/h/hurd inode=17234 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1671 count=1
file /usr/lib/terminfo/l/linux inode=17236 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1672 count=1
file /usr/lib/terminfo/m/mach inode=17238 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1673 count=1
file /usr/lib/terminfo/m/mach-bold inode=17240 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1674 count=1
file /usr/lib/terminfo/m/mach-color inode=17242 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1675 count=1
file /usr/lib/terminfo/m/mach-gnu inode=17244 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1676 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=17246 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1677 count=1
file /usr/lib/terminfo/p/pcansi inode=17248 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1678 count=1
file /usr/lib/terminfo/r/rxvt inode=17250 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1679 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=17252 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1680 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=17256 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1681 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=17258 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1682 count=1
file /usr/lib/terminfo/s/screen inode=17260 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1683 count=1
file /usr/lib/terminfo/s/screen-256color inode=17262 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1684 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=17264 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1685 count=1
file /usr/lib/terminfo/s/screen-bce inode=17266 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1686 count=1
file /usr/lib/terminfo/s/screen-s inode=17268 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1687 count=1
file /usr/lib/terminfo/s/screen-w inode=17270 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1688 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=17272 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1689 count=1
file /usr/lib/terminfo/s/sun inode=17274 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1690 count=1
file /usr/lib/terminfo/t/tmux inode=17276 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1691 count=1
file /usr/lib/terminfo/t/tmux-256color inode=17278 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1692 count=1
file /usr/lib/terminfo/v/vt100 inode=17280 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1693 count=1
file /usr/lib/terminfo/v/vt102 inode=17282 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1694 count=1
file /usr/lib/terminfo/v/vt220 inode=17284 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1695 count=1
file /usr/lib/terminfo/v/vt52 inode=17286 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1696 count=1
file /usr/lib/terminfo/w/wsvt25 inode=17288 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1697 count=1
file /usr/lib/terminfo/w/wsvt25m inode=17290 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1698 count=1
file /usr/lib/terminfo/x/xterm inode=17292 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1699 count=1
file /usr/lib/terminfo/x/xterm-256color inode=17294 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1700 count=1
file /usr/lib/terminfo/x/xterm-color inode=17296 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1701 count=1
file /usr/lib/terminfo/x/xterm-mono inode=17300 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1702 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=17302 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1703 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=17304 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1704 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=17306 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1705 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=17308 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1706 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=16728 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1707 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=17067 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1708 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=17071 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1709 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=17073 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1710 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=17075 t=32146550809 kinds=fragment-inferred,block pages=0 ranks=1711 count=1
file /usr/share/menu/bash inode=30155 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1712 count=1
file /usr/share/menu/dash inode=30157 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1713 count=1
file /usr/share/pam/common-account inode=30159 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1714 count=1
file /usr/share/pam/common-account.md5sums inode=30161 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1715 count=1
file /usr/share/pam/common-auth inode=30163 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1716 count=1
file /usr/share/pam/common-auth.md5sums inode=30165 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1717 count=1
file /usr/share/pam/common-password inode=30167 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1718 count=1
file /usr/share/pam/common-password.md5sums inode=30169 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1719 count=1
file /usr/share/pam/common-session inode=30171 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1720 count=1
file /usr/share/pam/common-session-noninteractive inode=30173 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1721 count=1
file /usr/share/pam/common-session-noninteractive.md5sums inode=30175 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1722 count=1
file /usr/share/pam/common-session.md5sums inode=30177 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1723 count=1
file /usr/share/pam-configs/mkhomedir inode=30179 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1724 count=1
file /usr/share/pam-configs/unix inode=30181 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1725 count=1
file /usr/share/pixmaps/debian-logo.png inode=30502 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1726 count=1
file /usr/share/pkgconfig/systemd.pc inode=30504 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1727 count=1
file /usr/share/pkgconfig/udev.pc inode=30506 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1728 count=1
file /usr/share/systemd/kbd-model-map inode=30542 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1729 count=1
file /usr/share/systemd/language-fallback-map inode=30544 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1730 count=1
file /usr/share/systemd/tmp.mount inode=30546 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1731 count=1
file /usr/share/tabset/std inode=30548 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1732 count=1
file /usr/share/tabset/stdcrt inode=30550 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1733 count=1
file /usr/share/tabset/vt100 inode=30552 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1734 count=1
file /usr/share/tabset/vt300 inode=30554 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1735 count=1
file /usr/share/zoneinfo/CET inode=30590 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1736 count=1
file /usr/share/zoneinfo/CST6CDT inode=30833 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1737 count=1
file /usr/share/zoneinfo/EET inode=31072 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1738 count=1
file /usr/share/zoneinfo/EST inode=31074 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1739 count=1
file /usr/share/zoneinfo/EST5EDT inode=31076 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1740 count=1
file /usr/share/zoneinfo/Factory inode=30633 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1741 count=1
file /usr/share/zoneinfo/HST inode=30649 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1742 count=1
file /usr/share/zoneinfo/MET inode=30676 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1743 count=1
file /usr/share/zoneinfo/MST inode=30678 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1744 count=1
file /usr/share/zoneinfo/MST7MDT inode=30680 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1745 count=1
file /usr/share/zoneinfo/PST8PDT inode=30694 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1746 count=1
file /usr/share/zoneinfo/WET inode=30882 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1747 count=1
file /usr/share/zoneinfo/iso3166.tab inode=30886 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1748 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=30888 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1749 count=1
file /usr/share/zoneinfo/leapseconds inode=30890 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1750 count=1
file /usr/share/zoneinfo/tzdata.zi inode=30966 t=34303671809 kinds=fragment-inferred,block pages=0-27 ranks=1751 count=1
file /usr/share/zoneinfo/zone.tab inode=30968 t=34303671809 kinds=fragment-inferred,block pages=0-4 ranks=1752 count=1
file /usr/share/zoneinfo/zone1970.tab inode=30970 t=34303671809 kinds=fragment-inferred,block pages=0-4 ranks=1753 count=1
file /var/cache/debconf/config.dat inode=34055 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1754 count=1
file /var/cache/debconf/config.dat-old inode=34057 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1755 count=1
file /var/cache/debconf/templates.dat inode=34059 t=34303671809 kinds=fragment-inferred,block pages=0-183 ranks=1756 count=1
file /var/cache/debconf/templates.dat-old inode=34061 t=34303671809 kinds=fragment-inferred,block pages=0-156 ranks=1757 count=1
file /usr/share/perl5/Debconf/AutoSelect.pm inode=30205 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1758 count=1
file /usr/share/perl5/Debconf/Base.pm inode=30207 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1759 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=30212 t=34303671809 kinds=fragment-inferred,block pages=0-3 ranks=1760 count=1
file /usr/share/perl5/Debconf/Config.pm inode=30214 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1761 count=1
file /usr/share/perl5/Debconf/Db.pm inode=30216 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1762 count=1
file /usr/share/perl5/Debconf/DbDriver.pm inode=30227 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1763 count=1
file /usr/share/perl5/Debconf/Element.pm inode=30238 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1764 count=1
file /usr/share/perl5/Debconf/Encoding.pm inode=30240 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1765 count=1
file /usr/share/perl5/Debconf/Format.pm inode=30245 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1766 count=1
file /usr/share/perl5/Debconf/FrontEnd.pm inode=30257 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1767 count=1
file /usr/share/perl5/Debconf/Gettext.pm inode=30259 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1768 count=1
file /usr/share/perl5/Debconf/Iterator.pm inode=30261 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1769 count=1
file /usr/share/perl5/Debconf/Log.pm inode=30263 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1770 count=1
file /usr/share/perl5/Debconf/Path.pm inode=30265 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1771 count=1
file /usr/share/perl5/Debconf/Priority.pm inode=30267 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1772 count=1
file /usr/share/perl5/Debconf/Question.pm inode=30269 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1773 count=1
file /usr/share/perl5/Debconf/Template.pm inode=30274 t=34303671809 kinds=fragment-inferred,block pages=0-2 ranks=1774 count=1
file /usr/share/perl5/Debconf/TmpFile.pm inode=30276 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1775 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=30492 t=34303671809 kinds=fragment-inferred,block pages=0-2 ranks=1776 count=1
file /usr/share/polkit-1/actions/org.dpkg.pkexec.update-alternatives.policy inode=30524 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1777 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=30526 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1778 count=1
file /usr/share/polkit-1/actions/org.freedesktop.locale1.policy inode=30528 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1779 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=30530 t=34303671809 kinds=fragment-inferred,block pages=0-6 ranks=1780 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=30532 t=34303671809 kinds=fragment-inferred,block pages=0-2 ranks=1781 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=30534 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=1782 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timedate1.policy inode=30536 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1783 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timesync1.policy inode=30538 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1784 count=1
file /usr/share/polkit-1/rules.d/systemd-networkd.rules inode=30540 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1785 count=1
file /usr/share/zoneinfo/Africa/Abidjan inode=30972 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1786 count=1
file /usr/share/zoneinfo/Africa/Accra inode=30974 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1787 count=1
file /usr/share/zoneinfo/Africa/Addis_Ababa inode=31103 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1788 count=1
file /usr/share/zoneinfo/Africa/Algiers inode=31105 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1789 count=1
file /usr/share/zoneinfo/Africa/Asmara inode=31107 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1790 count=1
file /usr/share/zoneinfo/Africa/Bamako inode=31111 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1791 count=1
file /usr/share/zoneinfo/Africa/Bangui inode=31113 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1792 count=1
file /usr/share/zoneinfo/Africa/Banjul inode=31115 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1793 count=1
file /usr/share/zoneinfo/Africa/Bissau inode=31117 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1794 count=1
file /usr/share/zoneinfo/Africa/Blantyre inode=31119 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1795 count=1
file /usr/share/zoneinfo/Africa/Brazzaville inode=31121 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1796 count=1
file /usr/share/zoneinfo/Africa/Bujumbura inode=31123 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1797 count=1
file /usr/share/zoneinfo/Africa/Cairo inode=31125 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1798 count=1
file /usr/share/zoneinfo/Africa/Casablanca inode=31127 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1799 count=1
file /usr/share/zoneinfo/Africa/Ceuta inode=31129 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1800 count=1
file /usr/share/zoneinfo/Africa/Conakry inode=31131 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1801 count=1
file /usr/share/zoneinfo/Africa/Dakar inode=31133 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1802 count=1
file /usr/share/zoneinfo/Africa/Dar_es_Salaam inode=31135 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1803 count=1
file /usr/share/zoneinfo/Africa/Djibouti inode=31137 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1804 count=1
file /usr/share/zoneinfo/Africa/Douala inode=31139 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1805 count=1
file /usr/share/zoneinfo/Africa/El_Aaiun inode=31141 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1806 count=1
file /usr/share/zoneinfo/Africa/Freetown inode=31143 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1807 count=1
file /usr/share/zoneinfo/Africa/Gaborone inode=31145 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1808 count=1
file /usr/share/zoneinfo/Africa/Harare inode=31147 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1809 count=1
file /usr/share/zoneinfo/Africa/Johannesburg inode=31149 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1810 count=1
file /usr/share/zoneinfo/Africa/Juba inode=31151 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1811 count=1
file /usr/share/zoneinfo/Africa/Kampala inode=31153 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1812 count=1
file /usr/share/zoneinfo/Africa/Khartoum inode=31155 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1813 count=1
file /usr/share/zoneinfo/Africa/Kigali inode=31157 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1814 count=1
file /usr/share/zoneinfo/Africa/Kinshasa inode=31159 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1815 count=1
file /usr/share/zoneinfo/Africa/Lagos inode=31161 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1816 count=1
file /usr/share/zoneinfo/Africa/Libreville inode=31163 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1817 count=1
file /usr/share/zoneinfo/Africa/Lome inode=31165 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1818 count=1
file /usr/share/zoneinfo/Africa/Luanda inode=31167 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1819 count=1
file /usr/share/zoneinfo/Africa/Lubumbashi inode=31169 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1820 count=1
file /usr/share/zoneinfo/Africa/Lusaka inode=31171 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1821 count=1
file /usr/share/zoneinfo/Africa/Malabo inode=31173 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1822 count=1
file /usr/share/zoneinfo/Africa/Maputo inode=31175 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1823 count=1
file /usr/share/zoneinfo/Africa/Maseru inode=31177 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1824 count=1
file /usr/share/zoneinfo/Africa/Mbabane inode=31179 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1825 count=1
file /usr/share/zoneinfo/Africa/Mogadishu inode=31181 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1826 count=1
file /usr/share/zoneinfo/Africa/Monrovia inode=31183 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1827 count=1
file /usr/share/zoneinfo/Africa/Nairobi inode=31185 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1828 count=1
file /usr/share/zoneinfo/Africa/Ndjamena inode=31187 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1829 count=1
file /usr/share/zoneinfo/Africa/Niamey inode=31189 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1830 count=1
file /usr/share/zoneinfo/Africa/Nouakchott inode=31191 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1831 count=1
file /usr/share/zoneinfo/Africa/Ouagadougou inode=31193 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1832 count=1
file /usr/share/zoneinfo/Africa/Porto-Novo inode=31195 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1833 count=1
file /usr/share/zoneinfo/Africa/Sao_Tome inode=31197 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1834 count=1
file /usr/share/zoneinfo/Africa/Tripoli inode=31201 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1835 count=1
file /usr/share/zoneinfo/Africa/Tunis inode=31203 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1836 count=1
file /usr/share/zoneinfo/Africa/Windhoek inode=31205 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1837 count=1
file /usr/share/zoneinfo/America/Adak inode=31207 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1838 count=1
file /usr/share/zoneinfo/America/Anchorage inode=31209 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1839 count=1
file /usr/share/zoneinfo/America/Anguilla inode=31211 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1840 count=1
file /usr/share/zoneinfo/America/Antigua inode=31213 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1841 count=1
file /usr/share/zoneinfo/America/Araguaina inode=31215 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1842 count=1
file /usr/share/zoneinfo/America/Aruba inode=31228 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1843 count=1
file /usr/share/zoneinfo/America/Asuncion inode=31230 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1844 count=1
file /usr/share/zoneinfo/America/Atikokan inode=31232 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1845 count=1
file /usr/share/zoneinfo/America/Bahia inode=31236 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1846 count=1
file /usr/share/zoneinfo/America/Bahia_Banderas inode=31238 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1847 count=1
file /usr/share/zoneinfo/America/Barbados inode=31240 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1848 count=1
file /usr/share/zoneinfo/America/Belem inode=31242 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1849 count=1
file /usr/share/zoneinfo/America/Belize inode=31244 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1850 count=1
file /usr/share/zoneinfo/America/Blanc-Sablon inode=31246 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1851 count=1
file /usr/share/zoneinfo/America/Boa_Vista inode=31248 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1852 count=1
file /usr/share/zoneinfo/America/Bogota inode=31250 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1853 count=1
file /usr/share/zoneinfo/America/Boise inode=31252 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1854 count=1
file /usr/share/zoneinfo/America/Cambridge_Bay inode=31256 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1855 count=1
file /usr/share/zoneinfo/America/Campo_Grande inode=31258 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1856 count=1
file /usr/share/zoneinfo/America/Cancun inode=31260 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1857 count=1
file /usr/share/zoneinfo/America/Caracas inode=31262 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1858 count=1
file /usr/share/zoneinfo/America/Cayenne inode=31266 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1859 count=1
file /usr/share/zoneinfo/America/Cayman inode=31268 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1860 count=1
file /usr/share/zoneinfo/America/Chicago inode=31270 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1861 count=1
file /usr/share/zoneinfo/America/Chihuahua inode=31272 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1862 count=1
file /usr/share/zoneinfo/America/Ciudad_Juarez inode=31274 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1863 count=1
file /usr/share/zoneinfo/America/Costa_Rica inode=31280 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1864 count=1
file /usr/share/zoneinfo/America/Coyhaique inode=31282 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1865 count=1
file /usr/share/zoneinfo/America/Creston inode=31284 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1866 count=1
file /usr/share/zoneinfo/America/Cuiaba inode=31286 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1867 count=1
file /usr/share/zoneinfo/America/Curacao inode=31288 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1868 count=1
file /usr/share/zoneinfo/America/Danmarkshavn inode=31290 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1869 count=1
file /usr/share/zoneinfo/America/Dawson inode=31292 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1870 count=1
file /usr/share/zoneinfo/America/Dawson_Creek inode=31294 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1871 count=1
file /usr/share/zoneinfo/America/Denver inode=31296 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1872 count=1
file /usr/share/zoneinfo/America/Detroit inode=31298 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1873 count=1
file /usr/share/zoneinfo/America/Dominica inode=31300 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1874 count=1
file /usr/share/zoneinfo/America/Edmonton inode=31302 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1875 count=1
file /usr/share/zoneinfo/America/Eirunepe inode=31304 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1876 count=1
file /usr/share/zoneinfo/America/El_Salvador inode=31306 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1877 count=1
file /usr/share/zoneinfo/America/Fort_Nelson inode=31310 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1878 count=1
file /usr/share/zoneinfo/America/Fortaleza inode=31314 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1879 count=1
file /usr/share/zoneinfo/America/Glace_Bay inode=31316 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1880 count=1
file /usr/share/zoneinfo/America/Goose_Bay inode=31320 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1881 count=1
file /usr/share/zoneinfo/America/Grand_Turk inode=31322 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1882 count=1
file /usr/share/zoneinfo/America/Grenada inode=31324 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1883 count=1
file /usr/share/zoneinfo/America/Guadeloupe inode=31326 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1884 count=1
file /usr/share/zoneinfo/America/Guatemala inode=31328 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1885 count=1
file /usr/share/zoneinfo/America/Guayaquil inode=31330 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1886 count=1
file /usr/share/zoneinfo/America/Guyana inode=31332 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1887 count=1
file /usr/share/zoneinfo/America/Halifax inode=31334 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1888 count=1
file /usr/share/zoneinfo/America/Havana inode=31336 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1889 count=1
file /usr/share/zoneinfo/America/Hermosillo inode=31338 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1890 count=1
file /usr/share/zoneinfo/America/Inuvik inode=31349 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1891 count=1
file /usr/share/zoneinfo/America/Iqaluit inode=31351 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1892 count=1
file /usr/share/zoneinfo/America/Jamaica inode=31353 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1893 count=1
file /usr/share/zoneinfo/America/Juneau inode=31357 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1894 count=1
file /usr/share/zoneinfo/America/La_Paz inode=31368 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1895 count=1
file /usr/share/zoneinfo/America/Lima inode=31370 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1896 count=1
file /usr/share/zoneinfo/America/Los_Angeles inode=31372 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1897 count=1
file /usr/share/zoneinfo/America/Maceio inode=31378 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1898 count=1
file /usr/share/zoneinfo/America/Managua inode=31380 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1899 count=1
file /usr/share/zoneinfo/America/Manaus inode=31382 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1900 count=1
file /usr/share/zoneinfo/America/Martinique inode=31386 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1901 count=1
file /usr/share/zoneinfo/America/Matamoros inode=31388 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1902 count=1
file /usr/share/zoneinfo/America/Mazatlan inode=31390 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1903 count=1
file /usr/share/zoneinfo/America/Menominee inode=31394 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1904 count=1
file /usr/share/zoneinfo/America/Merida inode=31396 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1905 count=1
file /usr/share/zoneinfo/America/Metlakatla inode=31398 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1906 count=1
file /usr/share/zoneinfo/America/Mexico_City inode=31400 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1907 count=1
file /usr/share/zoneinfo/America/Miquelon inode=31402 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1908 count=1
file /usr/share/zoneinfo/America/Moncton inode=31404 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1909 count=1
file /usr/share/zoneinfo/America/Monterrey inode=31406 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1910 count=1
file /usr/share/zoneinfo/America/Montevideo inode=31408 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1911 count=1
file /usr/share/zoneinfo/America/Montserrat inode=31412 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1912 count=1
file /usr/share/zoneinfo/America/Nassau inode=31414 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1913 count=1
file /usr/share/zoneinfo/America/New_York inode=31416 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1914 count=1
file /usr/share/zoneinfo/America/Nome inode=31420 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1915 count=1
file /usr/share/zoneinfo/America/Noronha inode=31422 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1916 count=1
file /usr/share/zoneinfo/America/Nuuk inode=31428 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1917 count=1
file /usr/share/zoneinfo/America/Ojinaga inode=31430 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1918 count=1
file /usr/share/zoneinfo/America/Panama inode=31432 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1919 count=1
file /usr/share/zoneinfo/America/Paramaribo inode=31436 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1920 count=1
file /usr/share/zoneinfo/America/Phoenix inode=31438 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1921 count=1
file /usr/share/zoneinfo/America/Port-au-Prince inode=31440 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1922 count=1
file /usr/share/zoneinfo/America/Port_of_Spain inode=31442 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1923 count=1
file /usr/share/zoneinfo/America/Porto_Velho inode=31446 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1924 count=1
file /usr/share/zoneinfo/America/Puerto_Rico inode=31448 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1925 count=1
file /usr/share/zoneinfo/America/Punta_Arenas inode=31450 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1926 count=1
file /usr/share/zoneinfo/America/Rankin_Inlet inode=31454 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1927 count=1
file /usr/share/zoneinfo/America/Recife inode=31456 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1928 count=1
file /usr/share/zoneinfo/America/Regina inode=31458 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1929 count=1
file /usr/share/zoneinfo/America/Resolute inode=31460 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1930 count=1
file /usr/share/zoneinfo/America/Rio_Branco inode=31462 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1931 count=1
file /usr/share/zoneinfo/America/Santarem inode=31468 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1932 count=1
file /usr/share/zoneinfo/America/Santiago inode=31470 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1933 count=1
file /usr/share/zoneinfo/America/Santo_Domingo inode=31472 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1934 count=1
file /usr/share/zoneinfo/America/Sao_Paulo inode=31474 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1935 count=1
file /usr/share/zoneinfo/America/Scoresbysund inode=31476 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1936 count=1
file /usr/share/zoneinfo/America/Sitka inode=31480 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1937 count=1
file /usr/share/zoneinfo/America/St_Johns inode=31484 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1938 count=1
file /usr/share/zoneinfo/America/St_Kitts inode=31486 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1939 count=1
file /usr/share/zoneinfo/America/St_Lucia inode=31488 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1940 count=1
file /usr/share/zoneinfo/America/St_Thomas inode=31490 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1941 count=1
file /usr/share/zoneinfo/America/St_Vincent inode=31492 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1942 count=1
file /usr/share/zoneinfo/America/Swift_Current inode=31494 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1943 count=1
file /usr/share/zoneinfo/America/Tegucigalpa inode=31496 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1944 count=1
file /usr/share/zoneinfo/America/Thule inode=31498 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1945 count=1
file /usr/share/zoneinfo/America/Tijuana inode=31502 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1946 count=1
file /usr/share/zoneinfo/America/Toronto inode=31504 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1947 count=1
file /usr/share/zoneinfo/America/Tortola inode=31506 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1948 count=1
file /usr/share/zoneinfo/America/Vancouver inode=31508 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1949 count=1
file /usr/share/zoneinfo/America/Whitehorse inode=31512 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1950 count=1
file /usr/share/zoneinfo/America/Winnipeg inode=31514 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1951 count=1
file /usr/share/zoneinfo/America/Yakutat inode=31516 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1952 count=1
file /usr/share/zoneinfo/Antarctica/Casey inode=31572 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1953 count=1
file /usr/share/zoneinfo/Antarctica/Davis inode=31574 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1954 count=1
file /usr/share/zoneinfo/Antarctica/DumontDUrville inode=31576 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1955 count=1
file /usr/share/zoneinfo/Antarctica/Macquarie inode=31578 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1956 count=1
file /usr/share/zoneinfo/Antarctica/Mawson inode=31580 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1957 count=1
file /usr/share/zoneinfo/Antarctica/McMurdo inode=31582 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1958 count=1
file /usr/share/zoneinfo/Antarctica/Palmer inode=31584 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1959 count=1
file /usr/share/zoneinfo/Antarctica/Rothera inode=31586 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1960 count=1
file /usr/share/zoneinfo/Antarctica/Syowa inode=31590 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1961 count=1
file /usr/share/zoneinfo/Antarctica/Troll inode=31592 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1962 count=1
file /usr/share/zoneinfo/Antarctica/Vostok inode=31594 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1963 count=1
file /usr/share/zoneinfo/Asia/Aden inode=31598 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1964 count=1
file /usr/share/zoneinfo/Asia/Almaty inode=31600 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1965 count=1
file /usr/share/zoneinfo/Asia/Amman inode=31602 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1966 count=1
file /usr/share/zoneinfo/Asia/Anadyr inode=31604 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1967 count=1
file /usr/share/zoneinfo/Asia/Aqtau inode=31606 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1968 count=1
file /usr/share/zoneinfo/Asia/Aqtobe inode=31608 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1969 count=1
file /usr/share/zoneinfo/Asia/Ashgabat inode=31610 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1970 count=1
file /usr/share/zoneinfo/Asia/Atyrau inode=31614 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1971 count=1
file /usr/share/zoneinfo/Asia/Baghdad inode=31616 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1972 count=1
file /usr/share/zoneinfo/Asia/Bahrain inode=31618 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1973 count=1
file /usr/share/zoneinfo/Asia/Baku inode=31620 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1974 count=1
file /usr/share/zoneinfo/Asia/Bangkok inode=31622 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1975 count=1
file /usr/share/zoneinfo/Asia/Barnaul inode=31624 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1976 count=1
file /usr/share/zoneinfo/Asia/Beirut inode=31626 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1977 count=1
file /usr/share/zoneinfo/Asia/Bishkek inode=31628 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1978 count=1
file /usr/share/zoneinfo/Asia/Brunei inode=31630 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1979 count=1
file /usr/share/zoneinfo/Asia/Chita inode=31634 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1980 count=1
file /usr/share/zoneinfo/Asia/Colombo inode=31642 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1981 count=1
file /usr/share/zoneinfo/Asia/Damascus inode=31646 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1982 count=1
file /usr/share/zoneinfo/Asia/Dhaka inode=31648 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1983 count=1
file /usr/share/zoneinfo/Asia/Dili inode=31650 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1984 count=1
file /usr/share/zoneinfo/Asia/Dubai inode=31652 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1985 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=31654 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1986 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=31656 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1987 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=31658 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1988 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=31662 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1989 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=31664 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1990 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=31666 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1991 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=31668 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1992 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=31670 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1993 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=31674 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1994 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=31676 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1995 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=31678 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1996 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=31680 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1997 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=31682 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1998 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=31684 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=1999 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=31688 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2000 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=31692 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2001 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=31694 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2002 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=31696 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2003 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=31698 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2004 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=31700 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2005 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=31702 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2006 count=1
file /usr/share/zoneinfo/Asia/Macau inode=31706 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2007 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=31708 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2008 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=31710 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2009 count=1
file /usr/share/zoneinfo/Asia/Manila inode=31712 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2010 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=31714 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2011 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=31716 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2012 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=31718 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2013 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=31720 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2014 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=31722 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2015 count=1
file /usr/share/zoneinfo/Asia/Oral inode=31724 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2016 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=31726 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2017 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=31728 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2018 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=31730 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2019 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=31732 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2020 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=31734 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2021 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=31736 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2022 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=31740 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2023 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=31744 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2024 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=31746 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2025 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=31748 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2026 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=31750 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2027 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=31752 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2028 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=31754 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2029 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=31756 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2030 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=31758 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2031 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=31760 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2032 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=31762 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2033 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=31768 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2034 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=31770 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2035 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=31772 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2036 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=31776 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2037 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=31780 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2038 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=31782 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2039 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=31784 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2040 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=31786 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2041 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=31788 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2042 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=31790 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2043 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=31792 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2044 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=31794 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2045 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=31796 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2046 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=31798 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2047 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=31800 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2048 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=31802 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2049 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=31806 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2050 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=31810 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2051 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=31812 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2052 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=31814 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2053 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=31816 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2054 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=31818 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2055 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=31822 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2056 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=31824 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2057 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=31826 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2058 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=31832 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2059 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=31834 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2060 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=31836 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2061 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=31840 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2062 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=31842 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2063 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=31844 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2064 count=1
file /usr/share/zoneinfo/Australia/Perth inode=31850 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2065 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=31856 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2066 count=1
file /usr/share/zoneinfo/Etc/GMT inode=31894 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2067 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=31898 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2068 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=31900 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2069 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=31902 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2070 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=31904 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2071 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=31906 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2072 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=31908 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2073 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=31910 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2074 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=31912 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2075 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=31914 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2076 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=31916 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2077 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=31918 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2078 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=31920 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2079 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=31924 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2080 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=31926 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2081 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=31928 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2082 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=31930 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2083 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=31932 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2084 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=31934 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2085 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=31936 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2086 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=31938 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2087 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=31940 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2088 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=31942 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2089 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=31944 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2090 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=31946 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2091 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=31948 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2092 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=31950 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2093 count=1
file /usr/share/zoneinfo/Etc/UTC inode=31958 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2094 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=31964 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2095 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=31966 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2096 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=31968 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2097 count=1
file /usr/share/zoneinfo/Europe/Athens inode=31970 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2098 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=31974 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2099 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=31976 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2100 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=31980 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2101 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=31982 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2102 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=31984 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2103 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=31988 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2104 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=31990 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2105 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=31992 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2106 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=31994 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2107 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=31996 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2108 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=31998 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2109 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=32000 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2110 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=32002 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2111 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=32004 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2112 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=32006 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2113 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=32010 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2114 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=32012 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2115 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=32014 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2116 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=32016 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2117 count=1
file /usr/share/zoneinfo/Europe/London inode=32018 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2118 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=32020 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2119 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=32022 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2120 count=1
file /usr/share/zoneinfo/Europe/Malta inode=32024 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2121 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=32028 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2122 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=32030 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2123 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=32032 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2124 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=32036 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2125 count=1
file /usr/share/zoneinfo/Europe/Paris inode=32038 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2126 count=1
file /usr/share/zoneinfo/Europe/Prague inode=32042 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2127 count=1
file /usr/share/zoneinfo/Europe/Riga inode=32044 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2128 count=1
file /usr/share/zoneinfo/Europe/Rome inode=32046 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2129 count=1
file /usr/share/zoneinfo/Europe/Samara inode=32048 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2130 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=32052 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2131 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=32054 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2132 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=32056 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2133 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=32058 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2134 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=32060 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2135 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=32062 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2136 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=32064 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2137 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=32066 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2138 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=32070 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2139 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=32074 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2140 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=32078 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2141 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=32080 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2142 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=32082 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2143 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=32084 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2144 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=32086 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2145 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=32090 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2146 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=32092 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2147 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=32094 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2148 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=32096 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2149 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=32098 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2150 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=32100 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2151 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=32102 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2152 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=32104 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2153 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=32106 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2154 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=32108 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2155 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=32110 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2156 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=32112 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2157 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=32120 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2158 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=32122 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2159 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=32124 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2160 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=32126 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2161 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=32128 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2162 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=32130 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2163 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=32132 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2164 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=32136 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2165 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=32138 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2166 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=32140 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2167 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=32142 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2168 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=32144 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2169 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=32146 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2170 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=32148 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2171 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=32150 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2172 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=32154 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2173 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=32156 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2174 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=32158 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2175 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=32160 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2176 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=32162 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2177 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=32164 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2178 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=32166 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2179 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=32168 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2180 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=32170 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2181 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=32172 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2182 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=32174 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2183 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=32176 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2184 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=32178 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2185 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=32180 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2186 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=32182 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2187 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=32186 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2188 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=32188 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2189 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=32190 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2190 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=32194 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2191 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=32196 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2192 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=32198 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2193 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=32202 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2194 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=32204 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2195 count=1
file /usr/share/zoneinfo/right/CET inode=32380 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2196 count=1
file /usr/share/zoneinfo/right/CST6CDT inode=32382 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2197 count=1
file /usr/share/zoneinfo/right/EET inode=32638 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2198 count=1
file /usr/share/zoneinfo/right/EST inode=32864 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2199 count=1
file /usr/share/zoneinfo/right/EST5EDT inode=32866 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2200 count=1
file /usr/share/zoneinfo/right/Factory inode=32893 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2201 count=1
file /usr/share/zoneinfo/right/HST inode=32439 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2202 count=1
file /usr/share/zoneinfo/right/MET inode=32466 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2203 count=1
file /usr/share/zoneinfo/right/MST inode=32468 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2204 count=1
file /usr/share/zoneinfo/right/MST7MDT inode=32470 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2205 count=1
file /usr/share/zoneinfo/right/PST8PDT inode=32484 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2206 count=1
file /usr/share/zoneinfo/right/WET inode=32672 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2207 count=1
file /usr/share/zsh/vendor-completions/_bootctl inode=33954 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2208 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=33956 t=34303671809 kinds=fragment-inferred,block pages=0-2 ranks=2209 count=1
file /usr/share/zsh/vendor-completions/_hostnamectl inode=33958 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2210 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=33960 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2211 count=1
file /usr/share/zsh/vendor-completions/_kernel-install inode=33962 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2212 count=1
file /usr/share/zsh/vendor-completions/_localectl inode=33964 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2213 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=33966 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2214 count=1
file /usr/share/zsh/vendor-completions/_networkctl inode=33968 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2215 count=1
file /usr/share/zsh/vendor-completions/_sd_hosts_or_user_at_host inode=33970 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2216 count=1
file /usr/share/zsh/vendor-completions/_sd_outputmodes inode=33972 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2217 count=1
file /usr/share/zsh/vendor-completions/_sd_unit_files inode=33974 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2218 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=33976 t=34303671809 kinds=fragment-inferred,block pages=0-5 ranks=2219 count=1
file /usr/share/zsh/vendor-completions/_systemd inode=33978 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2220 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=33980 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2221 count=1
file /usr/share/zsh/vendor-completions/_systemd-delta inode=33982 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2222 count=1
file /usr/share/zsh/vendor-completions/_systemd-inhibit inode=33984 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2223 count=1
file /usr/share/zsh/vendor-completions/_systemd-path inode=33986 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2224 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=33988 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2225 count=1
file /usr/share/zsh/vendor-completions/_systemd-tmpfiles inode=33990 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2226 count=1
file /usr/share/zsh/vendor-completions/_timedatectl inode=33992 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2227 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=33994 t=34303671809 kinds=fragment-inferred,block pages=0-2 ranks=2228 count=1
file /usr/share/man/sv/man1/dpkg-deb.1.gz inode=29808 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2229 count=1
file /usr/share/man/sv/man1/dpkg-divert.1.gz inode=29810 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2230 count=1
file /usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz inode=29812 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2231 count=1
file /usr/share/man/sv/man1/dpkg-query.1.gz inode=29814 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2232 count=1
file /usr/share/man/sv/man1/dpkg-realpath.1.gz inode=29816 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2233 count=1
file /usr/share/man/sv/man1/dpkg-split.1.gz inode=29818 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2234 count=1
file /usr/share/man/sv/man1/dpkg-statoverride.1.gz inode=29820 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2235 count=1
file /usr/share/man/sv/man1/dpkg-trigger.1.gz inode=29822 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2236 count=1
file /usr/share/man/sv/man1/dpkg.1.gz inode=29824 t=34303671809 kinds=fragment-inferred,block pages=0-4 ranks=2237 count=1
file /usr/share/man/sv/man1/expiry.1.gz inode=29826 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2238 count=1
file /usr/share/man/sv/man1/newgrp.1.gz inode=29828 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2239 count=1
file /usr/share/man/sv/man1/passwd.1.gz inode=29830 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2240 count=1
file /usr/share/man/sv/man1/sg.1.gz inode=29832 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2241 count=1
file /usr/share/man/sv/man1/update-alternatives.1.gz inode=29834 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2242 count=1
file /usr/share/man/sv/man5/dpkg.cfg.5.gz inode=29836 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2243 count=1
file /usr/share/man/sv/man5/faillog.5.gz inode=29838 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2244 count=1
file /usr/share/man/sv/man5/gshadow.5.gz inode=29840 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2245 count=1
file /usr/share/man/sv/man5/passwd.5.gz inode=29842 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2246 count=1
file /usr/share/man/sv/man8/dpkg-fsys-usrunmess.8.gz inode=29844 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2247 count=1
file /usr/share/man/sv/man8/faillog.8.gz inode=29846 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2248 count=1
file /usr/share/man/sv/man8/groupadd.8.gz inode=29848 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2249 count=1
file /usr/share/man/sv/man8/groupdel.8.gz inode=29850 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2250 count=1
file /usr/share/man/sv/man8/groupmems.8.gz inode=29852 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2251 count=1
file /usr/share/man/sv/man8/groupmod.8.gz inode=29854 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2252 count=1
file /usr/share/man/sv/man8/grpck.8.gz inode=29856 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2253 count=1
file /usr/share/man/sv/man8/lastlog.8.gz inode=29858 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2254 count=1
file /usr/share/man/sv/man8/nologin.8.gz inode=29860 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2255 count=1
file /usr/share/man/sv/man8/pwck.8.gz inode=29862 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2256 count=1
file /usr/share/man/sv/man8/start-stop-daemon.8.gz inode=29864 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2257 count=1
file /usr/share/man/sv/man8/userdel.8.gz inode=29866 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2258 count=1
file /usr/share/man/sv/man8/vipw.8.gz inode=29870 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2259 count=1
file /usr/share/man/tr/man1/chage.1.gz inode=29888 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2260 count=1
file /usr/share/man/tr/man1/chfn.1.gz inode=29890 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2261 count=1
file /usr/share/man/tr/man1/login.1.gz inode=29892 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2262 count=1
file /usr/share/man/tr/man1/passwd.1.gz inode=29894 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2263 count=1
file /usr/share/man/tr/man5/passwd.5.gz inode=29896 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2264 count=1
file /usr/share/man/tr/man5/shadow.5.gz inode=29898 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2265 count=1
file /usr/share/man/tr/man8/groupadd.8.gz inode=29900 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2266 count=1
file /usr/share/man/tr/man8/groupdel.8.gz inode=29902 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2267 count=1
file /usr/share/man/tr/man8/groupmod.8.gz inode=29904 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2268 count=1
file /usr/share/man/tr/man8/useradd.8.gz inode=29906 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2269 count=1
file /usr/share/man/tr/man8/userdel.8.gz inode=29908 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2270 count=1
file /usr/share/man/tr/man8/usermod.8.gz inode=29910 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2271 count=1
file /usr/share/man/uk/man1/chage.1.gz inode=29945 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2272 count=1
file /usr/share/man/uk/man1/chfn.1.gz inode=29947 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2273 count=1
file /usr/share/man/uk/man1/chsh.1.gz inode=29949 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2274 count=1
file /usr/share/man/uk/man1/expiry.1.gz inode=29951 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2275 count=1
file /usr/share/man/uk/man1/gpasswd.1.gz inode=29953 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2276 count=1
file /usr/share/man/uk/man1/login.1.gz inode=29955 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2277 count=1
file /usr/share/man/uk/man1/newgrp.1.gz inode=29957 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2278 count=1
file /usr/share/man/uk/man1/passwd.1.gz inode=29959 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2279 count=1
file /usr/share/man/uk/man1/sg.1.gz inode=29961 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2280 count=1
file /usr/share/man/uk/man5/faillog.5.gz inode=29963 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2281 count=1
file /usr/share/man/uk/man5/gshadow.5.gz inode=29965 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2282 count=1
file /usr/share/man/uk/man5/login.defs.5.gz inode=29967 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2283 count=1
file /usr/share/man/uk/man5/passwd.5.gz inode=29969 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2284 count=1
file /usr/share/man/uk/man5/shadow.5.gz inode=29971 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2285 count=1
file /usr/share/man/uk/man8/chgpasswd.8.gz inode=29973 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2286 count=1
file /usr/share/man/uk/man8/chpasswd.8.gz inode=29975 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2287 count=1
file /usr/share/man/uk/man8/faillog.8.gz inode=29977 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2288 count=1
file /usr/share/man/uk/man8/groupadd.8.gz inode=29979 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2289 count=1
file /usr/share/man/uk/man8/groupdel.8.gz inode=29981 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2290 count=1
file /usr/share/man/uk/man8/groupmems.8.gz inode=29983 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2291 count=1
file /usr/share/man/uk/man8/groupmod.8.gz inode=29985 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2292 count=1
file /usr/share/man/uk/man8/grpck.8.gz inode=29987 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2293 count=1
file /usr/share/man/uk/man8/lastlog.8.gz inode=29993 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2294 count=1
file /usr/share/man/uk/man8/newusers.8.gz inode=29995 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2295 count=1
file /usr/share/man/uk/man8/nologin.8.gz inode=29997 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2296 count=1
file /usr/share/man/uk/man8/pwck.8.gz inode=29999 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2297 count=1
file /usr/share/man/uk/man8/pwconv.8.gz inode=30001 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2298 count=1
file /usr/share/man/uk/man8/useradd.8.gz inode=30005 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2299 count=1
file /usr/share/man/uk/man8/userdel.8.gz inode=30007 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2300 count=1
file /usr/share/man/uk/man8/usermod.8.gz inode=30009 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2301 count=1
file /usr/share/man/uk/man8/vipw.8.gz inode=30013 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2302 count=1
file /usr/share/man/zh_CN/man1/chage.1.gz inode=30048 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2303 count=1
file /usr/share/man/zh_CN/man1/chfn.1.gz inode=30050 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2304 count=1
file /usr/share/man/zh_CN/man1/chsh.1.gz inode=30052 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2305 count=1
file /usr/share/man/zh_CN/man1/expiry.1.gz inode=30054 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2306 count=1
file /usr/share/man/zh_CN/man1/gpasswd.1.gz inode=30056 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2307 count=1
file /usr/share/man/zh_CN/man1/login.1.gz inode=30058 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2308 count=1
file /usr/share/man/zh_CN/man1/newgrp.1.gz inode=30060 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2309 count=1
file /usr/share/man/zh_CN/man1/passwd.1.gz inode=30062 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2310 count=1
file /usr/share/man/zh_CN/man1/sg.1.gz inode=30064 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2311 count=1
file /usr/share/man/zh_CN/man5/faillog.5.gz inode=30066 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2312 count=1
file /usr/share/man/zh_CN/man5/gshadow.5.gz inode=30068 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2313 count=1
file /usr/share/man/zh_CN/man5/login.defs.5.gz inode=30070 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2314 count=1
file /usr/share/man/zh_CN/man5/passwd.5.gz inode=30072 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2315 count=1
file /usr/share/man/zh_CN/man5/shadow.5.gz inode=30074 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2316 count=1
file /usr/share/man/zh_CN/man8/chgpasswd.8.gz inode=30076 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2317 count=1
file /usr/share/man/zh_CN/man8/chpasswd.8.gz inode=30078 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2318 count=1
file /usr/share/man/zh_CN/man8/faillog.8.gz inode=30080 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2319 count=1
file /usr/share/man/zh_CN/man8/groupadd.8.gz inode=30082 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2320 count=1
file /usr/share/man/zh_CN/man8/groupdel.8.gz inode=30084 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2321 count=1
file /usr/share/man/zh_CN/man8/groupmems.8.gz inode=30086 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2322 count=1
file /usr/share/man/zh_CN/man8/groupmod.8.gz inode=30088 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2323 count=1
file /usr/share/man/zh_CN/man8/grpck.8.gz inode=30090 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2324 count=1
file /usr/share/man/zh_CN/man8/lastlog.8.gz inode=30096 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2325 count=1
file /usr/share/man/zh_CN/man8/newusers.8.gz inode=30098 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2326 count=1
file /usr/share/man/zh_CN/man8/nologin.8.gz inode=30100 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2327 count=1
file /usr/share/man/zh_CN/man8/pwck.8.gz inode=30102 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2328 count=1
file /usr/share/man/zh_CN/man8/pwconv.8.gz inode=30104 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2329 count=1
file /usr/share/man/zh_CN/man8/useradd.8.gz inode=30108 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2330 count=1
file /usr/share/man/zh_CN/man8/userdel.8.gz inode=30110 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2331 count=1
file /usr/share/man/zh_CN/man8/usermod.8.gz inode=30112 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2332 count=1
file /usr/share/man/zh_CN/man8/vipw.8.gz inode=30116 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2333 count=1
file /usr/share/man/zh_TW/man1/chfn.1.gz inode=30133 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2334 count=1
file /usr/share/man/zh_TW/man1/chsh.1.gz inode=30135 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2335 count=1
file /usr/share/man/zh_TW/man1/newgrp.1.gz inode=30137 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2336 count=1
file /usr/share/man/zh_TW/man5/passwd.5.gz inode=30139 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2337 count=1
file /usr/share/man/zh_TW/man8/chpasswd.8.gz inode=30141 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2338 count=1
file /usr/share/man/zh_TW/man8/groupadd.8.gz inode=30143 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2339 count=1
file /usr/share/man/zh_TW/man8/groupdel.8.gz inode=30145 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2340 count=1
file /usr/share/man/zh_TW/man8/groupmod.8.gz inode=30147 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2341 count=1
file /usr/share/man/zh_TW/man8/useradd.8.gz inode=30149 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2342 count=1
file /usr/share/man/zh_TW/man8/userdel.8.gz inode=30151 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2343 count=1
file /usr/share/man/zh_TW/man8/usermod.8.gz inode=30153 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2344 count=1
file /usr/share/perl5/Debconf/Client/ConfModule.pm inode=30278 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2345 count=1
file /usr/share/perl5/Debconf/DbDriver/Backup.pm inode=30280 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2346 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=30282 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2347 count=1
file /usr/share/perl5/Debconf/DbDriver/Copy.pm inode=30284 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2348 count=1
file /usr/share/perl5/Debconf/DbDriver/Debug.pm inode=30286 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2349 count=1
file /usr/share/perl5/Debconf/DbDriver/DirTree.pm inode=30288 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2350 count=1
file /usr/share/perl5/Debconf/DbDriver/Directory.pm inode=30290 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2351 count=1
file /usr/share/perl5/Debconf/DbDriver/File.pm inode=30292 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2352 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=30294 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2353 count=1
file /usr/share/perl5/Debconf/DbDriver/PackageDir.pm inode=30296 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2354 count=1
file /usr/share/perl5/Debconf/DbDriver/Pipe.pm inode=30298 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2355 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=30300 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2356 count=1
file /usr/share/perl5/Debconf/Element/Gnome.pm inode=30326 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2357 count=1
file /usr/share/perl5/Debconf/Element/Multiselect.pm inode=30328 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2358 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive.pm inode=30330 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2359 count=1
file /usr/share/perl5/Debconf/Element/Select.pm inode=30332 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2360 count=1
file /usr/share/perl5/Debconf/Format/822.pm inode=30466 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2361 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=30468 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2362 count=1
file /usr/share/perl5/Debconf/FrontEnd/Editor.pm inode=30470 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2363 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=30472 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2364 count=1
file /usr/share/perl5/Debconf/FrontEnd/Kde.pm inode=30474 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2365 count=1
file /usr/share/perl5/Debconf/FrontEnd/Noninteractive.pm inode=30476 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2366 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=30478 t=34303671809 kinds=fragment-inferred,block pages=0-1 ranks=2367 count=1
file /usr/share/perl5/Debconf/FrontEnd/Readline.pm inode=30480 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2368 count=1
file /usr/share/perl5/Debconf/FrontEnd/ScreenSize.pm inode=30482 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2369 count=1
file /usr/share/perl5/Debconf/FrontEnd/Teletype.pm inode=30484 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2370 count=1
file /usr/share/perl5/Debconf/FrontEnd/Text.pm inode=30486 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2371 count=1
file /usr/share/perl5/Debconf/FrontEnd/Web.pm inode=30488 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2372 count=1
file /usr/share/perl5/Debconf/Template/Transient.pm inode=30490 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2373 count=1
file /usr/share/util-linux/logcheck/ignore.d.server/util-linux inode=30562 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2374 count=1
file /usr/share/zoneinfo/America/Argentina/Buenos_Aires inode=31520 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2375 count=1
file /usr/share/zoneinfo/America/Argentina/Catamarca inode=31522 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2376 count=1
file /usr/share/zoneinfo/America/Argentina/Cordoba inode=31526 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2377 count=1
file /usr/share/zoneinfo/America/Argentina/Jujuy inode=31528 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2378 count=1
file /usr/share/zoneinfo/America/Argentina/La_Rioja inode=31530 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2379 count=1
file /usr/share/zoneinfo/America/Argentina/Mendoza inode=31532 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2380 count=1
file /usr/share/zoneinfo/America/Argentina/Rio_Gallegos inode=31534 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2381 count=1
file /usr/share/zoneinfo/America/Argentina/Salta inode=31536 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2382 count=1
file /usr/share/zoneinfo/America/Argentina/San_Juan inode=31538 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2383 count=1
file /usr/share/zoneinfo/America/Argentina/San_Luis inode=31540 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2384 count=1
file /usr/share/zoneinfo/America/Argentina/Tucuman inode=31542 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2385 count=1
file /usr/share/zoneinfo/America/Argentina/Ushuaia inode=31544 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2386 count=1
file /usr/share/zoneinfo/America/Indiana/Indianapolis inode=31546 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2387 count=1
file /usr/share/zoneinfo/America/Indiana/Knox inode=31548 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2388 count=1
file /usr/share/zoneinfo/America/Indiana/Marengo inode=31550 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2389 count=1
file /usr/share/zoneinfo/America/Indiana/Petersburg inode=31552 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2390 count=1
file /usr/share/zoneinfo/America/Indiana/Tell_City inode=31554 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2391 count=1
file /usr/share/zoneinfo/America/Indiana/Vevay inode=31556 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2392 count=1
file /usr/share/zoneinfo/America/Indiana/Vincennes inode=31558 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2393 count=1
file /usr/share/zoneinfo/America/Indiana/Winamac inode=31560 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2394 count=1
file /usr/share/zoneinfo/America/Kentucky/Louisville inode=31562 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2395 count=1
file /usr/share/zoneinfo/America/Kentucky/Monticello inode=31564 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2396 count=1
file /usr/share/zoneinfo/America/North_Dakota/Beulah inode=31566 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2397 count=1
file /usr/share/zoneinfo/America/North_Dakota/Center inode=31568 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2398 count=1
file /usr/share/zoneinfo/America/North_Dakota/New_Salem inode=31570 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2399 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=32676 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2400 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=32678 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2401 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=32680 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2402 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=32682 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2403 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=32684 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2404 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=32688 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2405 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=32690 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2406 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=32692 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2407 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=32694 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2408 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=32696 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2409 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=32698 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2410 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=32700 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2411 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=32702 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2412 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=32704 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2413 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=32706 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2414 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=32708 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2415 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=32710 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2416 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=32712 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2417 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=32714 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2418 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=32716 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2419 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=32718 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2420 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=32720 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2421 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=32722 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2422 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=32724 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2423 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=32726 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2424 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=32728 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2425 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=32730 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2426 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=32732 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2427 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=32734 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2428 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=32736 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2429 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=32738 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2430 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=32740 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2431 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=32742 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2432 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=32744 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2433 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=32746 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2434 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=32748 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2435 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=32750 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2436 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=32752 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2437 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=32754 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2438 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=32756 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2439 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=32758 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2440 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=32760 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2441 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=32762 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2442 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=32764 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2443 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=32766 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2444 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=32895 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2445 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=32897 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2446 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=32899 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2447 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=32901 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2448 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=32905 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2449 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=32907 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2450 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=32909 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2451 count=1
file /usr/share/zoneinfo/right/America/Adak inode=32911 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2452 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=32913 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2453 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=32915 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2454 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=32917 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2455 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=32919 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2456 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=32932 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2457 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=32934 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2458 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=32936 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2459 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=32940 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2460 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=32942 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2461 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=32944 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2462 count=1
file /usr/share/zoneinfo/right/America/Belem inode=32946 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2463 count=1
file /usr/share/zoneinfo/right/America/Belize inode=32948 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2464 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=32950 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2465 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=32952 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2466 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=32954 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2467 count=1
file /usr/share/zoneinfo/right/America/Boise inode=32956 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2468 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=32960 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2469 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=32962 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2470 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=32964 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2471 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=32966 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2472 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=32970 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2473 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=32972 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2474 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=32974 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2475 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=32976 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2476 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=32978 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2477 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=32984 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2478 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=32986 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2479 count=1
file /usr/share/zoneinfo/right/America/Creston inode=32988 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2480 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=32990 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2481 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=32992 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2482 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=32994 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2483 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=32996 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2484 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=32998 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2485 count=1
file /usr/share/zoneinfo/right/America/Denver inode=33000 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2486 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=33002 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2487 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=33004 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2488 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=33006 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2489 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=33008 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2490 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=33010 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2491 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=33014 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2492 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=33018 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2493 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=33020 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2494 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=33024 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2495 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=33026 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2496 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=33028 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2497 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=33030 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2498 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=33032 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2499 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=33034 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2500 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=33036 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2501 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=33038 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2502 count=1
file /usr/share/zoneinfo/right/America/Havana inode=33040 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2503 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=33042 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2504 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=33053 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2505 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=33055 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2506 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=33057 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2507 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=33061 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2508 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=33071 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2509 count=1
file /usr/share/zoneinfo/right/America/Lima inode=33073 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2510 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=33075 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2511 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=33081 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2512 count=1
file /usr/share/zoneinfo/right/America/Managua inode=33083 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2513 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=33085 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2514 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=33089 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2515 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=33091 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2516 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=33093 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2517 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=33097 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2518 count=1
file /usr/share/zoneinfo/right/America/Merida inode=33099 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2519 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=33101 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2520 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=33103 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2521 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=33105 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2522 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=33107 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2523 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=33109 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2524 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=33111 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2525 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=33115 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2526 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=33117 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2527 count=1
file /usr/share/zoneinfo/right/America/New_York inode=33119 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2528 count=1
file /usr/share/zoneinfo/right/America/Nome inode=33123 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2529 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=33125 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2530 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=33131 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2531 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=33133 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2532 count=1
file /usr/share/zoneinfo/right/America/Panama inode=33135 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2533 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=33139 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2534 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=33141 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2535 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=33143 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2536 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=33145 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2537 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=33149 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2538 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=33151 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2539 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=33153 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2540 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=33157 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2541 count=1
file /usr/share/zoneinfo/right/America/Recife inode=33159 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2542 count=1
file /usr/share/zoneinfo/right/America/Regina inode=33161 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2543 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=33163 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2544 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=33165 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2545 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=33171 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2546 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=33173 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2547 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=33175 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2548 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=33177 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2549 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=33179 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2550 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=33183 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2551 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=33187 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2552 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=33189 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2553 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=33191 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2554 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=33193 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2555 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=33195 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2556 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=33197 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2557 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=33199 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2558 count=1
file /usr/share/zoneinfo/right/America/Thule inode=33201 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2559 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=33205 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2560 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=33207 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2561 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=33209 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2562 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=33211 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2563 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=33215 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2564 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=33217 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2565 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=33219 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2566 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=33275 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2567 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=33277 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2568 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=33279 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2569 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=33281 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2570 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=33283 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2571 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=33285 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2572 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=33287 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2573 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=33289 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2574 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=33293 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2575 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=33295 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2576 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=33297 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2577 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=33301 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2578 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=33303 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2579 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=33305 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2580 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=33307 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2581 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=33309 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2582 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=33311 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2583 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=33313 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2584 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=33317 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2585 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=33319 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2586 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=33321 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2587 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=33323 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2588 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=33325 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2589 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=33327 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2590 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=33329 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2591 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=33331 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2592 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=33333 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2593 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=33337 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2594 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=33345 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2595 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=33349 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2596 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=33351 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2597 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=33353 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2598 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=33355 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2599 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=33357 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2600 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=33359 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2601 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=33361 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2602 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=33365 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2603 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=33367 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2604 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=33369 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2605 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=33371 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2606 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=33373 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2607 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=33377 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2608 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=33379 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2609 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=33381 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2610 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=33383 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2611 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=33385 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2612 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=33387 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2613 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=33391 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2614 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=33395 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2615 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=33397 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2616 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=33399 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2617 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=33401 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2618 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=33403 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2619 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=33405 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2620 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=33410 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2621 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=33412 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2622 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=33414 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2623 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=33416 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2624 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=33418 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2625 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=33420 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2626 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=33422 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2627 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=33424 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2628 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=33426 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2629 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=33428 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2630 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=33430 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2631 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=33432 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2632 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=33434 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2633 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=33436 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2634 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=33438 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2635 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=33440 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2636 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=33444 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2637 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=33448 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2638 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=33450 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2639 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=33452 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2640 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=33454 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2641 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=33456 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2642 count=1
file /usr/share/zoneinfo/right/Asia/Srednekolymsk inode=33458 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2643 count=1
file /usr/share/zoneinfo/right/Asia/Taipei inode=33460 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2644 count=1
file /usr/share/zoneinfo/right/Asia/Tashkent inode=33462 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2645 count=1
file /usr/share/zoneinfo/right/Asia/Tbilisi inode=33464 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2646 count=1
file /usr/share/zoneinfo/right/Asia/Tehran inode=33466 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2647 count=1
file /usr/share/zoneinfo/right/Asia/Thimphu inode=33472 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2648 count=1
file /usr/share/zoneinfo/right/Asia/Tokyo inode=33474 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2649 count=1
file /usr/share/zoneinfo/right/Asia/Tomsk inode=33476 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2650 count=1
file /usr/share/zoneinfo/right/Asia/Ulaanbaatar inode=33480 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2651 count=1
file /usr/share/zoneinfo/right/Asia/Urumqi inode=33484 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2652 count=1
file /usr/share/zoneinfo/right/Asia/Ust-Nera inode=33486 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2653 count=1
file /usr/share/zoneinfo/right/Asia/Vientiane inode=33488 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2654 count=1
file /usr/share/zoneinfo/right/Asia/Vladivostok inode=33490 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2655 count=1
file /usr/share/zoneinfo/right/Asia/Yakutsk inode=33492 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2656 count=1
file /usr/share/zoneinfo/right/Asia/Yangon inode=33494 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2657 count=1
file /usr/share/zoneinfo/right/Asia/Yekaterinburg inode=33496 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2658 count=1
file /usr/share/zoneinfo/right/Asia/Yerevan inode=33498 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2659 count=1
file /usr/share/zoneinfo/right/Atlantic/Azores inode=33500 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2660 count=1
file /usr/share/zoneinfo/right/Atlantic/Bermuda inode=33502 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2661 count=1
file /usr/share/zoneinfo/right/Atlantic/Canary inode=33504 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2662 count=1
file /usr/share/zoneinfo/right/Atlantic/Cape_Verde inode=33506 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2663 count=1
file /usr/share/zoneinfo/right/Atlantic/Faroe inode=33510 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2664 count=1
file /usr/share/zoneinfo/right/Atlantic/Madeira inode=33514 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2665 count=1
file /usr/share/zoneinfo/right/Atlantic/Reykjavik inode=33516 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2666 count=1
file /usr/share/zoneinfo/right/Atlantic/South_Georgia inode=33518 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2667 count=1
file /usr/share/zoneinfo/right/Atlantic/St_Helena inode=33520 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2668 count=1
file /usr/share/zoneinfo/right/Atlantic/Stanley inode=33522 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2669 count=1
file /usr/share/zoneinfo/right/Australia/Adelaide inode=33526 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2670 count=1
file /usr/share/zoneinfo/right/Australia/Brisbane inode=33528 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2671 count=1
file /usr/share/zoneinfo/right/Australia/Broken_Hill inode=33530 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2672 count=1
file /usr/share/zoneinfo/right/Australia/Darwin inode=33536 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2673 count=1
file /usr/share/zoneinfo/right/Australia/Eucla inode=33538 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2674 count=1
file /usr/share/zoneinfo/right/Australia/Hobart inode=33540 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2675 count=1
file /usr/share/zoneinfo/right/Australia/Lindeman inode=33544 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2676 count=1
file /usr/share/zoneinfo/right/Australia/Lord_Howe inode=33546 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2677 count=1
file /usr/share/zoneinfo/right/Australia/Melbourne inode=33548 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2678 count=1
file /usr/share/zoneinfo/right/Australia/Perth inode=33554 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2679 count=1
file /usr/share/zoneinfo/right/Australia/Sydney inode=33560 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2680 count=1
file /usr/share/zoneinfo/right/Etc/GMT inode=33598 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2681 count=1
file /usr/share/zoneinfo/right/Etc/GMT+1 inode=33602 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2682 count=1
file /usr/share/zoneinfo/right/Etc/GMT+10 inode=33604 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2683 count=1
file /usr/share/zoneinfo/right/Etc/GMT+11 inode=33606 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2684 count=1
file /usr/share/zoneinfo/right/Etc/GMT+12 inode=33608 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2685 count=1
file /usr/share/zoneinfo/right/Etc/GMT+2 inode=33610 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2686 count=1
file /usr/share/zoneinfo/right/Etc/GMT+3 inode=33612 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2687 count=1
file /usr/share/zoneinfo/right/Etc/GMT+4 inode=33614 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2688 count=1
file /usr/share/zoneinfo/right/Etc/GMT+5 inode=33616 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2689 count=1
file /usr/share/zoneinfo/right/Etc/GMT+6 inode=33618 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2690 count=1
file /usr/share/zoneinfo/right/Etc/GMT+7 inode=33620 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2691 count=1
file /usr/share/zoneinfo/right/Etc/GMT+8 inode=33622 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2692 count=1
file /usr/share/zoneinfo/right/Etc/GMT+9 inode=33624 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2693 count=1
file /usr/share/zoneinfo/right/Etc/GMT-1 inode=33628 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2694 count=1
file /usr/share/zoneinfo/right/Etc/GMT-10 inode=33630 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2695 count=1
file /usr/share/zoneinfo/right/Etc/GMT-11 inode=33632 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2696 count=1
file /usr/share/zoneinfo/right/Etc/GMT-12 inode=33634 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2697 count=1
file /usr/share/zoneinfo/right/Etc/GMT-13 inode=33636 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2698 count=1
file /usr/share/zoneinfo/right/Etc/GMT-14 inode=33638 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2699 count=1
file /usr/share/zoneinfo/right/Etc/GMT-2 inode=33640 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2700 count=1
file /usr/share/zoneinfo/right/Etc/GMT-3 inode=33642 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2701 count=1
file /usr/share/zoneinfo/right/Etc/GMT-4 inode=33644 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2702 count=1
file /usr/share/zoneinfo/right/Etc/GMT-5 inode=33646 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2703 count=1
file /usr/share/zoneinfo/right/Etc/GMT-6 inode=33648 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2704 count=1
file /usr/share/zoneinfo/right/Etc/GMT-7 inode=33650 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2705 count=1
file /usr/share/zoneinfo/right/Etc/GMT-8 inode=33652 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2706 count=1
file /usr/share/zoneinfo/right/Etc/GMT-9 inode=33654 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2707 count=1
file /usr/share/zoneinfo/right/Etc/UTC inode=33662 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2708 count=1
file /usr/share/zoneinfo/right/Europe/Amsterdam inode=33668 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2709 count=1
file /usr/share/zoneinfo/right/Europe/Andorra inode=33670 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2710 count=1
file /usr/share/zoneinfo/right/Europe/Astrakhan inode=33672 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2711 count=1
file /usr/share/zoneinfo/right/Europe/Athens inode=33674 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2712 count=1
file /usr/share/zoneinfo/right/Europe/Belgrade inode=33678 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2713 count=1
file /usr/share/zoneinfo/right/Europe/Berlin inode=33680 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2714 count=1
file /usr/share/zoneinfo/right/Europe/Brussels inode=33684 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2715 count=1
file /usr/share/zoneinfo/right/Europe/Bucharest inode=33686 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2716 count=1
file /usr/share/zoneinfo/right/Europe/Budapest inode=33688 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2717 count=1
file /usr/share/zoneinfo/right/Europe/Chisinau inode=33692 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2718 count=1
file /usr/share/zoneinfo/right/Europe/Copenhagen inode=33694 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2719 count=1
file /usr/share/zoneinfo/right/Europe/Dublin inode=33696 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2720 count=1
file /usr/share/zoneinfo/right/Europe/Gibraltar inode=33698 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2721 count=1
file /usr/share/zoneinfo/right/Europe/Guernsey inode=33700 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2722 count=1
file /usr/share/zoneinfo/right/Europe/Helsinki inode=33702 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2723 count=1
file /usr/share/zoneinfo/right/Europe/Isle_of_Man inode=33704 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2724 count=1
file /usr/share/zoneinfo/right/Europe/Istanbul inode=33706 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2725 count=1
file /usr/share/zoneinfo/right/Europe/Jersey inode=33708 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2726 count=1
file /usr/share/zoneinfo/right/Europe/Kaliningrad inode=33710 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2727 count=1
file /usr/share/zoneinfo/right/Europe/Kirov inode=33714 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2728 count=1
file /usr/share/zoneinfo/right/Europe/Kyiv inode=33716 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2729 count=1
file /usr/share/zoneinfo/right/Europe/Lisbon inode=33718 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2730 count=1
file /usr/share/zoneinfo/right/Europe/Ljubljana inode=33720 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2731 count=1
file /usr/share/zoneinfo/right/Europe/London inode=33722 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2732 count=1
file /usr/share/zoneinfo/right/Europe/Luxembourg inode=33724 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2733 count=1
file /usr/share/zoneinfo/right/Europe/Madrid inode=33726 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2734 count=1
file /usr/share/zoneinfo/right/Europe/Malta inode=33728 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2735 count=1
file /usr/share/zoneinfo/right/Europe/Minsk inode=33732 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2736 count=1
file /usr/share/zoneinfo/right/Europe/Monaco inode=33734 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2737 count=1
file /usr/share/zoneinfo/right/Europe/Moscow inode=33736 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2738 count=1
file /usr/share/zoneinfo/right/Europe/Oslo inode=33740 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2739 count=1
file /usr/share/zoneinfo/right/Europe/Paris inode=33742 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2740 count=1
file /usr/share/zoneinfo/right/Europe/Prague inode=33746 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2741 count=1
file /usr/share/zoneinfo/right/Europe/Riga inode=33748 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2742 count=1
file /usr/share/zoneinfo/right/Europe/Rome inode=33750 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2743 count=1
file /usr/share/zoneinfo/right/Europe/Samara inode=33752 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2744 count=1
file /usr/share/zoneinfo/right/Europe/Sarajevo inode=33756 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2745 count=1
file /usr/share/zoneinfo/right/Europe/Saratov inode=33758 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2746 count=1
file /usr/share/zoneinfo/right/Europe/Simferopol inode=33760 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2747 count=1
file /usr/share/zoneinfo/right/Europe/Skopje inode=33762 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2748 count=1
file /usr/share/zoneinfo/right/Europe/Sofia inode=33764 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2749 count=1
file /usr/share/zoneinfo/right/Europe/Stockholm inode=33766 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2750 count=1
file /usr/share/zoneinfo/right/Europe/Tallinn inode=33768 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2751 count=1
file /usr/share/zoneinfo/right/Europe/Tirane inode=33770 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2752 count=1
file /usr/share/zoneinfo/right/Europe/Ulyanovsk inode=33774 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2753 count=1
file /usr/share/zoneinfo/right/Europe/Vaduz inode=33778 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2754 count=1
file /usr/share/zoneinfo/right/Europe/Vienna inode=33782 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2755 count=1
file /usr/share/zoneinfo/right/Europe/Vilnius inode=33784 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2756 count=1
file /usr/share/zoneinfo/right/Europe/Volgograd inode=33786 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2757 count=1
file /usr/share/zoneinfo/right/Europe/Warsaw inode=33788 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2758 count=1
file /usr/share/zoneinfo/right/Europe/Zagreb inode=33790 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2759 count=1
file /usr/share/zoneinfo/right/Europe/Zurich inode=33794 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2760 count=1
file /usr/share/zoneinfo/right/Indian/Antananarivo inode=33796 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2761 count=1
file /usr/share/zoneinfo/right/Indian/Chagos inode=33798 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2762 count=1
file /usr/share/zoneinfo/right/Indian/Christmas inode=33800 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2763 count=1
file /usr/share/zoneinfo/right/Indian/Cocos inode=33802 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2764 count=1
file /usr/share/zoneinfo/right/Indian/Comoro inode=33804 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2765 count=1
file /usr/share/zoneinfo/right/Indian/Kerguelen inode=33806 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2766 count=1
file /usr/share/zoneinfo/right/Indian/Mahe inode=33808 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2767 count=1
file /usr/share/zoneinfo/right/Indian/Maldives inode=33810 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2768 count=1
file /usr/share/zoneinfo/right/Indian/Mauritius inode=33812 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2769 count=1
file /usr/share/zoneinfo/right/Indian/Mayotte inode=33814 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2770 count=1
file /usr/share/zoneinfo/right/Indian/Reunion inode=33816 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2771 count=1
file /usr/share/zoneinfo/right/Pacific/Apia inode=33824 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2772 count=1
file /usr/share/zoneinfo/right/Pacific/Auckland inode=33826 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2773 count=1
file /usr/share/zoneinfo/right/Pacific/Bougainville inode=33828 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2774 count=1
file /usr/share/zoneinfo/right/Pacific/Chatham inode=33830 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2775 count=1
file /usr/share/zoneinfo/right/Pacific/Chuuk inode=33832 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2776 count=1
file /usr/share/zoneinfo/right/Pacific/Easter inode=33834 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2777 count=1
file /usr/share/zoneinfo/right/Pacific/Efate inode=33836 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2778 count=1
file /usr/share/zoneinfo/right/Pacific/Fakaofo inode=33840 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2779 count=1
file /usr/share/zoneinfo/right/Pacific/Fiji inode=33842 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2780 count=1
file /usr/share/zoneinfo/right/Pacific/Funafuti inode=33844 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2781 count=1
file /usr/share/zoneinfo/right/Pacific/Galapagos inode=33846 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2782 count=1
file /usr/share/zoneinfo/right/Pacific/Gambier inode=33848 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2783 count=1
file /usr/share/zoneinfo/right/Pacific/Guadalcanal inode=33850 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2784 count=1
file /usr/share/zoneinfo/right/Pacific/Guam inode=33852 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2785 count=1
file /usr/share/zoneinfo/right/Pacific/Honolulu inode=33854 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2786 count=1
file /usr/share/zoneinfo/right/Pacific/Kanton inode=33858 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2787 count=1
file /usr/share/zoneinfo/right/Pacific/Kiritimati inode=33860 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2788 count=1
file /usr/share/zoneinfo/right/Pacific/Kosrae inode=33862 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2789 count=1
file /usr/share/zoneinfo/right/Pacific/Kwajalein inode=33864 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2790 count=1
file /usr/share/zoneinfo/right/Pacific/Majuro inode=33866 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2791 count=1
file /usr/share/zoneinfo/right/Pacific/Marquesas inode=33868 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2792 count=1
file /usr/share/zoneinfo/right/Pacific/Midway inode=33870 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2793 count=1
file /usr/share/zoneinfo/right/Pacific/Nauru inode=33872 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2794 count=1
file /usr/share/zoneinfo/right/Pacific/Niue inode=33874 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2795 count=1
file /usr/share/zoneinfo/right/Pacific/Norfolk inode=33876 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2796 count=1
file /usr/share/zoneinfo/right/Pacific/Noumea inode=33878 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2797 count=1
file /usr/share/zoneinfo/right/Pacific/Pago_Pago inode=33880 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2798 count=1
file /usr/share/zoneinfo/right/Pacific/Palau inode=33882 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2799 count=1
file /usr/share/zoneinfo/right/Pacific/Pitcairn inode=33884 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2800 count=1
file /usr/share/zoneinfo/right/Pacific/Pohnpei inode=33886 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2801 count=1
file /usr/share/zoneinfo/right/Pacific/Port_Moresby inode=33890 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2802 count=1
file /usr/share/zoneinfo/right/Pacific/Rarotonga inode=33892 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2803 count=1
file /usr/share/zoneinfo/right/Pacific/Saipan inode=33894 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2804 count=1
file /usr/share/zoneinfo/right/Pacific/Tahiti inode=33898 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2805 count=1
file /usr/share/zoneinfo/right/Pacific/Tarawa inode=33900 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2806 count=1
file /usr/share/zoneinfo/right/Pacific/Tongatapu inode=33902 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2807 count=1
file /usr/share/zoneinfo/right/Pacific/Wake inode=33906 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2808 count=1
file /usr/share/zoneinfo/right/Pacific/Wallis inode=33908 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2809 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Boolean.pm inode=30334 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2810 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Error.pm inode=30360 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2811 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Multiselect.pm inode=30362 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2812 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Note.pm inode=30364 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2813 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Password.pm inode=30366 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2814 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Progress.pm inode=30368 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2815 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Select.pm inode=30370 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2816 count=1
file /usr/share/perl5/Debconf/Element/Dialog/String.pm inode=30372 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2817 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Text.pm inode=30374 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2818 count=1
file /usr/share/perl5/Debconf/Element/Editor/Boolean.pm inode=30376 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2819 count=1
file /usr/share/perl5/Debconf/Element/Editor/Error.pm inode=30378 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2820 count=1
file /usr/share/perl5/Debconf/Element/Editor/Multiselect.pm inode=30380 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2821 count=1
file /usr/share/perl5/Debconf/Element/Editor/Note.pm inode=30382 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2822 count=1
file /usr/share/perl5/Debconf/Element/Editor/Password.pm inode=30384 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2823 count=1
file /usr/share/perl5/Debconf/Element/Editor/Progress.pm inode=30386 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2824 count=1
file /usr/share/perl5/Debconf/Element/Editor/Select.pm inode=30388 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2825 count=1
file /usr/share/perl5/Debconf/Element/Editor/String.pm inode=30390 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2826 count=1
file /usr/share/perl5/Debconf/Element/Editor/Text.pm inode=30392 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2827 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Boolean.pm inode=30394 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2828 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Error.pm inode=30396 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2829 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Multiselect.pm inode=30398 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2830 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Note.pm inode=30400 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2831 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Password.pm inode=30402 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2832 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Progress.pm inode=30404 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2833 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Select.pm inode=30406 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2834 count=1
file /usr/share/perl5/Debconf/Element/Gnome/String.pm inode=30408 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2835 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Text.pm inode=30410 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2836 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Boolean.pm inode=30412 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2837 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Error.pm inode=30414 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2838 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Multiselect.pm inode=30416 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2839 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Note.pm inode=30418 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2840 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Password.pm inode=30420 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2841 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Progress.pm inode=30422 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2842 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Select.pm inode=30424 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2843 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/String.pm inode=30426 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2844 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Text.pm inode=30428 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2845 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Boolean.pm inode=30430 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2846 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Error.pm inode=30432 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2847 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Multiselect.pm inode=30434 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2848 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Note.pm inode=30436 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2849 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Password.pm inode=30438 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2850 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Progress.pm inode=30440 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2851 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Select.pm inode=30442 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2852 count=1
file /usr/share/perl5/Debconf/Element/Teletype/String.pm inode=30444 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2853 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Text.pm inode=30446 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2854 count=1
file /usr/share/perl5/Debconf/Element/Web/Boolean.pm inode=30448 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2855 count=1
file /usr/share/perl5/Debconf/Element/Web/Error.pm inode=30450 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2856 count=1
file /usr/share/perl5/Debconf/Element/Web/Multiselect.pm inode=30452 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2857 count=1
file /usr/share/perl5/Debconf/Element/Web/Note.pm inode=30454 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2858 count=1
file /usr/share/perl5/Debconf/Element/Web/Password.pm inode=30456 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2859 count=1
file /usr/share/perl5/Debconf/Element/Web/Progress.pm inode=30458 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2860 count=1
file /usr/share/perl5/Debconf/Element/Web/Select.pm inode=30460 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2861 count=1
file /usr/share/perl5/Debconf/Element/Web/String.pm inode=30462 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2862 count=1
file /usr/share/perl5/Debconf/Element/Web/Text.pm inode=30464 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2863 count=1
file /usr/share/perl5/Debian/DebConf/Client/ConfModule.pm inode=30500 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2864 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=33223 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2865 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=33225 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2866 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=33229 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2867 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=33231 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2868 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=33233 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2869 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=33235 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2870 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=33237 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2871 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=33239 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2872 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=33241 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2873 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=33243 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2874 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=33245 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2875 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=33247 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2876 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=33249 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2877 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=33251 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2878 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=33253 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2879 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=33255 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2880 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=33257 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2881 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=33259 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2882 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=33261 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2883 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=33263 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2884 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=33265 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2885 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=33267 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2886 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=33269 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2887 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=33271 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2888 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=33273 t=34303671809 kinds=fragment-inferred,block pages=0 ranks=2889 count=1
file /usr/bin/md5sum inode=1284 t=35611477809 kinds=fragment-inferred,block pages=0-12 ranks=2891 count=1
file /usr/bin/mesg inode=1288 t=35611477809 kinds=fragment-inferred,block pages=0-4 ranks=2892 count=1
file /usr/bin/mkdir inode=1290 t=35611477809 kinds=fragment-inferred,block pages=0-23 ranks=2893 count=1
file /usr/bin/mkfifo inode=1292 t=35611477809 kinds=fragment-inferred,block pages=0-16 ranks=2894 count=1
file /usr/bin/mknod inode=1294 t=35611477809 kinds=fragment-inferred,block pages=0-17 ranks=2895 count=1
file /usr/bin/mktemp inode=1296 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2896 count=1
file /usr/bin/more inode=1298 t=35611477809 kinds=fragment-inferred,block pages=0-14 ranks=2897 count=1
file /usr/bin/mount inode=1300 t=35611477809 kinds=fragment-inferred,block pages=0-14 ranks=2898 count=1
file /usr/bin/mountpoint inode=1302 t=35611477809 kinds=fragment-inferred,block pages=0-4 ranks=2899 count=1
file /usr/bin/mv inode=1304 t=35611477809 kinds=fragment-inferred,block pages=0-34 ranks=2900 count=1
file /usr/bin/namei inode=1306 t=35611477809 kinds=fragment-inferred,block pages=0-8 ranks=2901 count=1
file /usr/bin/networkctl inode=1310 t=35611477809 kinds=fragment-inferred,block pages=0-26 ranks=2902 count=1
file /usr/bin/newgrp inode=1312 t=35611477809 kinds=fragment-inferred,block pages=0-11 ranks=2903 count=1
file /usr/bin/nice inode=1314 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2904 count=1
file /usr/bin/nl inode=1318 t=35611477809 kinds=fragment-inferred,block pages=0-27 ranks=2905 count=1
file /usr/bin/nohup inode=1320 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2906 count=1
file /usr/bin/nproc inode=1322 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2907 count=1
file /usr/bin/nsenter inode=1324 t=35611477809 kinds=fragment-inferred,block pages=0-8 ranks=2908 count=1
file /usr/bin/numfmt inode=1326 t=35611477809 kinds=fragment-inferred,block pages=0-16 ranks=2909 count=1
file /usr/bin/od inode=1328 t=35611477809 kinds=fragment-inferred,block pages=0-19 ranks=2910 count=1
file /usr/bin/partx inode=1332 t=35611477809 kinds=fragment-inferred,block pages=0-29 ranks=2911 count=1
file /usr/bin/passwd inode=1334 t=35611477809 kinds=fragment-inferred,block pages=0-16 ranks=2912 count=1
file /usr/bin/paste inode=1336 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2913 count=1
file /usr/bin/pathchk inode=1338 t=35611477809 kinds=fragment-inferred,block pages=0-10 ranks=2914 count=1
file /usr/bin/perl inode=1340 t=35611477809 kinds=fragment-inferred,block pages=0-179,886-928 ranks=2915,3740 count=2
file /usr/lib/x86_64-linux-gnu/gconv/IBM930.so inode=18359 t=36628089809 kinds=fragment-inferred,block pages=13-24 ranks=2916 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM932.so inode=18361 t=36628089809 kinds=fragment-inferred,block pages=0-18 ranks=2917 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM933.so inode=18363 t=36628089809 kinds=fragment-inferred,block pages=0-29 ranks=2918 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM935.so inode=18365 t=36628089809 kinds=fragment-inferred,block pages=0-21 ranks=2919 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM937.so inode=18367 t=36628089809 kinds=fragment-inferred,block pages=0-28 ranks=2920 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM939.so inode=18369 t=36628089809 kinds=fragment-inferred,block pages=0-24 ranks=2921 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM943.so inode=18371 t=36628089809 kinds=fragment-inferred,block pages=0-18 ranks=2922 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IBM9448.so inode=18373 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2923 count=1
file /usr/lib/x86_64-linux-gnu/gconv/IEC_P27-1.so inode=18375 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2924 count=1
file /usr/lib/x86_64-linux-gnu/gconv/INIS-8.so inode=18377 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2925 count=1
file /usr/lib/x86_64-linux-gnu/gconv/INIS-CYRILLIC.so inode=18379 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2926 count=1
file /usr/lib/x86_64-linux-gnu/gconv/INIS.so inode=18381 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2927 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISIRI-3342.so inode=18383 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2928 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-2022-CN-EXT.so inode=18385 t=36628089809 kinds=fragment-inferred,block pages=0-14 ranks=2929 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-2022-CN.so inode=18387 t=36628089809 kinds=fragment-inferred,block pages=0-10 ranks=2930 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-2022-JP-3.so inode=18389 t=36628089809 kinds=fragment-inferred,block pages=0-7 ranks=2931 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-2022-JP.so inode=18391 t=36628089809 kinds=fragment-inferred,block pages=0-13 ranks=2932 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-2022-KR.so inode=18393 t=36628089809 kinds=fragment-inferred,block pages=0-5 ranks=2933 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-IR-197.so inode=18395 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2934 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO-IR-209.so inode=18397 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2935 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO646.so inode=18399 t=36628089809 kinds=fragment-inferred,block pages=0-9 ranks=2936 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-1.so inode=18401 t=36628089809 kinds=fragment-inferred,block pages=0-3 ranks=2937 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-10.so inode=18403 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2938 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-11.so inode=18405 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2939 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-13.so inode=18407 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2940 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-14.so inode=18409 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2941 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-15.so inode=18411 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2942 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-16.so inode=18413 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2943 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-2.so inode=18415 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2944 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-3.so inode=18417 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2945 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-4.so inode=18419 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2946 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-5.so inode=18421 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2947 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-6.so inode=18423 t=36628089809 kinds=fragment-inferred,block pages=0-5 ranks=2948 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-7.so inode=18425 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2949 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-8.so inode=18427 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2950 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-9.so inode=18429 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2951 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO8859-9E.so inode=18431 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2952 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_10367-BOX.so inode=18433 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2953 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_11548-1.so inode=18435 t=36628089809 kinds=fragment-inferred,block pages=0-3 ranks=2954 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_2033.so inode=18437 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2955 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_5427-EXT.so inode=18439 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2956 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_5427.so inode=18441 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2957 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_5428.so inode=18443 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2958 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_6937-2.so inode=18445 t=36628089809 kinds=fragment-inferred,block pages=0-6 ranks=2959 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ISO_6937.so inode=18447 t=36628089809 kinds=fragment-inferred,block pages=0-6 ranks=2960 count=1
file /usr/lib/x86_64-linux-gnu/gconv/JOHAB.so inode=18449 t=36628089809 kinds=fragment-inferred,block pages=0-5 ranks=2961 count=1
file /usr/lib/x86_64-linux-gnu/gconv/KOI-8.so inode=18451 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2962 count=1
file /usr/lib/x86_64-linux-gnu/gconv/KOI8-R.so inode=18453 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2963 count=1
file /usr/lib/x86_64-linux-gnu/gconv/KOI8-RU.so inode=18455 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2964 count=1
file /usr/lib/x86_64-linux-gnu/gconv/KOI8-T.so inode=18457 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2965 count=1
file /usr/lib/x86_64-linux-gnu/gconv/KOI8-U.so inode=18459 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2966 count=1
file /usr/lib/x86_64-linux-gnu/gconv/LATIN-GREEK-1.so inode=18461 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2967 count=1
file /usr/lib/x86_64-linux-gnu/gconv/LATIN-GREEK.so inode=18463 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2968 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MAC-CENTRALEUROPE.so inode=18465 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2969 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MAC-IS.so inode=18467 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2970 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MAC-SAMI.so inode=18469 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2971 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MAC-UK.so inode=18471 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2972 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MACINTOSH.so inode=18473 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2973 count=1
file /usr/lib/x86_64-linux-gnu/gconv/MIK.so inode=18475 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2974 count=1
file /usr/lib/x86_64-linux-gnu/gconv/NATS-DANO.so inode=18477 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2975 count=1
file /usr/lib/x86_64-linux-gnu/gconv/NATS-SEFI.so inode=18479 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2976 count=1
file /usr/lib/x86_64-linux-gnu/gconv/PT154.so inode=18481 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2977 count=1
file /usr/lib/x86_64-linux-gnu/gconv/RK1048.so inode=18483 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2978 count=1
file /usr/lib/x86_64-linux-gnu/gconv/SAMI-WS2.so inode=18485 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2979 count=1
file /usr/lib/x86_64-linux-gnu/gconv/SHIFT_JISX0213.so inode=18487 t=36628089809 kinds=fragment-inferred,block pages=0-5 ranks=2980 count=1
file /usr/lib/x86_64-linux-gnu/gconv/SJIS.so inode=18489 t=36628089809 kinds=fragment-inferred,block pages=0-24 ranks=2981 count=1
file /usr/lib/x86_64-linux-gnu/gconv/T.61.so inode=18491 t=36628089809 kinds=fragment-inferred,block pages=0-6 ranks=2982 count=1
file /usr/lib/x86_64-linux-gnu/gconv/TCVN5712-1.so inode=18493 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2983 count=1
file /usr/lib/x86_64-linux-gnu/gconv/TIS-620.so inode=18495 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2984 count=1
file /usr/lib/x86_64-linux-gnu/gconv/TSCII.so inode=18497 t=36628089809 kinds=fragment-inferred,block pages=0-5 ranks=2985 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UHC.so inode=18499 t=36628089809 kinds=fragment-inferred,block pages=0-18 ranks=2986 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UNICODE.so inode=18501 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2987 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-16.so inode=18503 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2988 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=18505 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2989 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=18507 t=36628089809 kinds=fragment-inferred,block pages=0-6 ranks=2990 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=18509 t=36628089809 kinds=fragment-inferred,block pages=0-4 ranks=2991 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=18511 t=36628089809 kinds=fragment-inferred,block pages=0 ranks=2992 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=18513 t=36628089809 kinds=fragment-inferred,block pages=0-6 ranks=2993 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=18518 t=36628089809 kinds=fragment-inferred,block pages=0-53 ranks=2994 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/cachefiles/cachefiles.ko inode=13012 t=37033491809 kinds=fragment-inferred,block pages=0-82 ranks=2996 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/ceph/ceph.ko inode=13014 t=37033491809 kinds=fragment-inferred,block pages=0-272 ranks=2997 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/coda/coda.ko inode=13016 t=37033491809 kinds=fragment-inferred,block pages=0-27 ranks=2998 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=13018 t=37033491809 kinds=fragment-inferred,block pages=0-28 ranks=2999 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/dlm/dlm.ko inode=13020 t=37033491809 kinds=fragment-inferred,block pages=0-171 ranks=3000 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/ecryptfs/ecryptfs.ko inode=13022 t=37033491809 kinds=fragment-inferred,block pages=0-5 ranks=3001 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/f2fs/f2fs.ko inode=13034 t=37678911809 kinds=fragment-inferred,block pages=75-418 ranks=3002 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fat/fat.ko inode=13036 t=37678911809 kinds=fragment-inferred,block pages=0-46 ranks=3003 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fat/msdos.ko inode=13038 t=37678911809 kinds=fragment-inferred,block pages=0-7 ranks=3004 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fat/vfat.ko inode=13040 t=37678911809 kinds=fragment-inferred,block pages=0-9 ranks=3005 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/freevxfs/freevxfs.ko inode=13042 t=37678911809 kinds=fragment-inferred,block pages=0-12 ranks=3006 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fscache/fscache.ko inode=13044 t=37678911809 kinds=fragment-inferred,block pages=0-57 ranks=3007 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/cuse.ko inode=13046 t=37678911809 kinds=fragment-inferred,block pages=0-7 ranks=3008 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=13048 t=37678911809 kinds=fragment-inferred,block pages=0-100 ranks=3009 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/virtiofs.ko inode=13050 t=37678911809 kinds=fragment-inferred,block pages=0-16 ranks=3010 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/gfs2/gfs2.ko inode=13052 t=37678911809 kinds=fragment-inferred,block pages=0-204 ranks=3011 count=1
file /usr/bin/tac inode=1504 t=38378611809 kinds=fragment-inferred,block pages=0-18,19-27 ranks=3064,3013 count=2
file /usr/bin/tail inode=1506 t=38378611809 kinds=fragment-inferred,block pages=0-18 ranks=3014 count=1
file /usr/bin/tar inode=1508 t=38378611809 kinds=fragment-inferred,block pages=0-129 ranks=3015 count=1
file /usr/bin/taskset inode=1510 t=38378611809 kinds=fragment-inferred,block pages=0-15 ranks=3016 count=1
file /usr/bin/tee inode=1512 t=38378611809 kinds=fragment-inferred,block pages=0-10 ranks=3017 count=1
file /usr/bin/tempfile inode=1514 t=38378611809 kinds=fragment-inferred,block pages=0-3 ranks=3018 count=1
file /usr/bin/test inode=1516 t=38378611809 kinds=fragment-inferred,block pages=0-14 ranks=3019 count=1
file /usr/bin/tic inode=1518 t=38378611809 kinds=fragment-inferred,block pages=0-22 ranks=3020 count=1
file /usr/bin/timedatectl inode=1520 t=38378611809 kinds=fragment-inferred,block pages=0-10 ranks=3021 count=1
file /usr/bin/timeout inode=1522 t=38378611809 kinds=fragment-inferred,block pages=0-11 ranks=3022 count=1
file /usr/bin/toe inode=1524 t=38378611809 kinds=fragment-inferred,block pages=0-5 ranks=3023 count=1
file /usr/bin/touch inode=1526 t=38378611809 kinds=fragment-inferred,block pages=0-26 ranks=3024 count=1
file /usr/bin/tput inode=1528 t=38378611809 kinds=fragment-inferred,block pages=0-6 ranks=3025 count=1
file /usr/bin/tr inode=1530 t=38378611809 kinds=fragment-inferred,block pages=0-13 ranks=3026 count=1
file /usr/bin/true inode=1532 t=38378611809 kinds=fragment-inferred,block pages=0-8 ranks=3027 count=1
file /usr/bin/truncate inode=1534 t=38378611809 kinds=fragment-inferred,block pages=0-10 ranks=3028 count=1
file /usr/bin/tset inode=1536 t=38378611809 kinds=fragment-inferred,block pages=0-7 ranks=3029 count=1
file /usr/bin/tsort inode=1538 t=38378611809 kinds=fragment-inferred,block pages=0-13 ranks=3030 count=1
file /usr/bin/tty inode=1540 t=38378611809 kinds=fragment-inferred,block pages=0-8 ranks=3031 count=1
file /usr/bin/tzselect inode=1542 t=38378611809 kinds=fragment-inferred,block pages=0-3 ranks=3032 count=1
file /usr/bin/uclampset inode=1544 t=38378611809 kinds=fragment-inferred,block pages=0-15 ranks=3033 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-integrity.ko inode=6764 t=39027927809 kinds=fragment-inferred,block pages=11-35 ranks=3034 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-log-userspace.ko inode=6766 t=39027927809 kinds=fragment-inferred,block pages=0-11 ranks=3035 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-log-writes.ko inode=6768 t=39027927809 kinds=fragment-inferred,block pages=0-10 ranks=3036 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-log.ko inode=6770 t=39027927809 kinds=fragment-inferred,block pages=0-9 ranks=3037 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mirror.ko inode=6772 t=39027927809 kinds=fragment-inferred,block pages=0-14 ranks=3038 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=6774 t=39027927809 kinds=fragment-inferred,block pages=0-105 ranks=3039 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-multipath.ko inode=6776 t=39027927809 kinds=fragment-inferred,block pages=0-21 ranks=3040 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-queue-length.ko inode=6778 t=39027927809 kinds=fragment-inferred,block pages=0-4 ranks=3041 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-raid.ko inode=6780 t=39027927809 kinds=fragment-inferred,block pages=0-22 ranks=3042 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-region-hash.ko inode=6782 t=39027927809 kinds=fragment-inferred,block pages=0-10 ranks=3043 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-round-robin.ko inode=6784 t=39027927809 kinds=fragment-inferred,block pages=0-4 ranks=3044 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-service-time.ko inode=6786 t=39027927809 kinds=fragment-inferred,block pages=0-4 ranks=3045 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-snapshot.ko inode=6788 t=39027927809 kinds=fragment-inferred,block pages=0-30 ranks=3046 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-switch.ko inode=6790 t=39027927809 kinds=fragment-inferred,block pages=0-6 ranks=3047 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-thin-pool.ko inode=6792 t=39027927809 kinds=fragment-inferred,block pages=0-49 ranks=3048 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-unstripe.ko inode=6794 t=39027927809 kinds=fragment-inferred,block pages=0-3 ranks=3049 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-verity.ko inode=6796 t=39027927809 kinds=fragment-inferred,block pages=0-22 ranks=3050 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-writecache.ko inode=6798 t=39027927809 kinds=fragment-inferred,block pages=0-22 ranks=3051 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-zero.ko inode=6800 t=39027927809 kinds=fragment-inferred,block pages=0-2 ranks=3052 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-zoned.ko inode=6802 t=39027927809 kinds=fragment-inferred,block pages=0-37 ranks=3053 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/faulty.ko inode=6804 t=39027927809 kinds=fragment-inferred,block pages=0-5 ranks=3054 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/linear.ko inode=6806 t=39027927809 kinds=fragment-inferred,block pages=0-6 ranks=3055 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/md-cluster.ko inode=6808 t=39027927809 kinds=fragment-inferred,block pages=0-17 ranks=3056 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/md-mod.ko inode=6810 t=39027927809 kinds=fragment-inferred,block pages=0-103 ranks=3057 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/multipath.ko inode=6812 t=39027927809 kinds=fragment-inferred,block pages=0-8 ranks=3058 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/raid0.ko inode=6817 t=39027927809 kinds=fragment-inferred,block pages=0-10 ranks=3059 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/raid1.ko inode=6819 t=39027927809 kinds=fragment-inferred,block pages=0-26 ranks=3060 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/raid10.ko inode=6821 t=39027927809 kinds=fragment-inferred,block pages=0-33 ranks=3061 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/raid456.ko inode=6823 t=39027927809 kinds=fragment-inferred,block pages=0-95 ranks=3062 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/bcache/bcache.ko inode=6825 t=39027927809 kinds=fragment-inferred,block pages=0-18 ranks=3063 count=1
file /usr/bin/systemctl inode=1444 t=39727855809 kinds=fragment-inferred,block pages=0-110,111-330 ranks=3100,3065 count=2
file /usr/bin/systemd-analyze inode=1448 t=39727855809 kinds=fragment-inferred,block pages=0-45 ranks=3066 count=1
file /usr/bin/systemd-ask-password inode=1450 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3067 count=1
file /usr/bin/systemd-cat inode=1452 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3068 count=1
file /usr/bin/systemd-cgls inode=1454 t=39727855809 kinds=fragment-inferred,block pages=0-5 ranks=3069 count=1
file /usr/bin/systemd-cgtop inode=1456 t=39727855809 kinds=fragment-inferred,block pages=0-9 ranks=3070 count=1
file /usr/bin/systemd-creds inode=1458 t=39727855809 kinds=fragment-inferred,block pages=0-10 ranks=3071 count=1
file /usr/bin/systemd-cryptenroll inode=1460 t=39727855809 kinds=fragment-inferred,block pages=0-14 ranks=3072 count=1
file /usr/bin/systemd-delta inode=1462 t=39727855809 kinds=fragment-inferred,block pages=0-6 ranks=3073 count=1
file /usr/bin/systemd-detect-virt inode=1464 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3074 count=1
file /usr/bin/systemd-escape inode=1466 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3075 count=1
file /usr/bin/systemd-firstboot inode=1468 t=39727855809 kinds=fragment-inferred,block pages=0-12 ranks=3076 count=1
file /usr/bin/systemd-hwdb inode=1470 t=39727855809 kinds=fragment-inferred,block pages=0-31 ranks=3077 count=1
file /usr/bin/systemd-id128 inode=1472 t=39727855809 kinds=fragment-inferred,block pages=0-5 ranks=3078 count=1
file /usr/bin/systemd-inhibit inode=1474 t=39727855809 kinds=fragment-inferred,block pages=0-5 ranks=3079 count=1
file /usr/bin/systemd-machine-id-setup inode=1476 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3080 count=1
file /usr/bin/systemd-mount inode=1478 t=39727855809 kinds=fragment-inferred,block pages=0-12 ranks=3081 count=1
file /usr/bin/systemd-notify inode=1480 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3082 count=1
file /usr/bin/systemd-path inode=1482 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3083 count=1
file /usr/bin/systemd-repart inode=1484 t=39727855809 kinds=fragment-inferred,block pages=0-37 ranks=3084 count=1
file /usr/bin/systemd-run inode=1486 t=39727855809 kinds=fragment-inferred,block pages=0-14 ranks=3085 count=1
file /usr/bin/systemd-socket-activate inode=1488 t=39727855809 kinds=fragment-inferred,block pages=0-6 ranks=3086 count=1
file /usr/bin/systemd-stdio-bridge inode=1490 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3087 count=1
file /usr/bin/systemd-sysext inode=1492 t=39727855809 kinds=fragment-inferred,block pages=0-10 ranks=3088 count=1
file /usr/bin/systemd-sysusers inode=1494 t=39727855809 kinds=fragment-inferred,block pages=0-15 ranks=3089 count=1
file /usr/bin/systemd-tmpfiles inode=1496 t=39727855809 kinds=fragment-inferred,block pages=0-27 ranks=3090 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=1498 t=39727855809 kinds=fragment-inferred,block pages=0-8 ranks=3091 count=1
file /usr/bin/tabs inode=1502 t=39727855809 kinds=fragment-inferred,block pages=0-4 ranks=3092 count=1
file /usr/lib/udev/mtd_probe inode=17386 t=43013739809 kinds=fragment-inferred,block pages=0-5 ranks=3094 count=1
file /usr/lib/udev/scsi_id inode=17388 t=43013739809 kinds=fragment-inferred,block pages=0-20 ranks=3095 count=1
file /usr/lib/udev/v4l_id inode=17390 t=43013739809 kinds=fragment-inferred,block pages=0-5 ranks=3096 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=17392 t=43013739809 kinds=fragment-inferred,block pages=0-580 ranks=3097 count=1
file /usr/bin/readlink inode=1362 t=44986104809 kinds=fragment-inferred,block pages=0-7,8-12 ranks=3741,3101 count=2
file /usr/bin/realpath inode=1364 t=44986104809 kinds=fragment-inferred,block pages=0-12 ranks=3102 count=1
file /usr/bin/rename.ul inode=1366 t=44986104809 kinds=fragment-inferred,block pages=0-5 ranks=3103 count=1
file /usr/bin/renice inode=1368 t=44986104809 kinds=fragment-inferred,block pages=0-3 ranks=3104 count=1
file /usr/bin/resizepart inode=1372 t=44986104809 kinds=fragment-inferred,block pages=0-17 ranks=3105 count=1
file /usr/bin/rev inode=1374 t=44986104809 kinds=fragment-inferred,block pages=0-3 ranks=3106 count=1
file /usr/bin/rgrep inode=1376 t=44986104809 kinds=fragment-inferred,block pages=0 ranks=3107 count=1
file /usr/bin/rm inode=1378 t=44986104809 kinds=fragment-inferred,block pages=0-17 ranks=3108 count=1
file /usr/bin/rmdir inode=1380 t=44986104809 kinds=fragment-inferred,block pages=0-13 ranks=3109 count=1
file /usr/bin/run-parts inode=1382 t=44986104809 kinds=fragment-inferred,block pages=0-6 ranks=3110 count=1
file /usr/bin/runcon inode=1384 t=44986104809 kinds=fragment-inferred,block pages=0-10 ranks=3111 count=1
file /usr/bin/savelog inode=1386 t=44986104809 kinds=fragment-inferred,block pages=0-2 ranks=3112 count=1
file /usr/bin/script inode=1388 t=44986104809 kinds=fragment-inferred,block pages=0-17 ranks=3113 count=1
file /usr/bin/scriptlive inode=1390 t=44986104809 kinds=fragment-inferred,block pages=0-13 ranks=3114 count=1
file /usr/bin/scriptreplay inode=1392 t=44986104809 kinds=fragment-inferred,block pages=0-11 ranks=3115 count=1
file /usr/bin/sdiff inode=1394 t=44986104809 kinds=fragment-inferred,block pages=0-13 ranks=3116 count=1
file /usr/bin/sed inode=1396 t=44986104809 kinds=fragment-inferred,block pages=0-30 ranks=3117 count=1
file /usr/bin/seq inode=1398 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3118 count=1
file /usr/bin/setarch inode=1400 t=44986104809 kinds=fragment-inferred,block pages=0-6 ranks=3119 count=1
file /usr/bin/setpriv inode=1402 t=44986104809 kinds=fragment-inferred,block pages=0-19 ranks=3120 count=1
file /usr/bin/setsid inode=1404 t=44986104809 kinds=fragment-inferred,block pages=0-3 ranks=3121 count=1
file /usr/bin/setterm inode=1406 t=44986104809 kinds=fragment-inferred,block pages=0-11 ranks=3122 count=1
file /usr/bin/sha1sum inode=1412 t=44986104809 kinds=fragment-inferred,block pages=0-13 ranks=3123 count=1
file /usr/bin/sha224sum inode=1414 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3124 count=1
file /usr/bin/sha256sum inode=1416 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3125 count=1
file /usr/bin/sha384sum inode=1418 t=44986104809 kinds=fragment-inferred,block pages=0-15 ranks=3126 count=1
file /usr/bin/sha512sum inode=1420 t=44986104809 kinds=fragment-inferred,block pages=0-15 ranks=3127 count=1
file /usr/bin/shred inode=1422 t=44986104809 kinds=fragment-inferred,block pages=0-15 ranks=3128 count=1
file /usr/bin/shuf inode=1424 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3129 count=1
file /usr/bin/sleep inode=1426 t=44986104809 kinds=fragment-inferred,block pages=0-10 ranks=3130 count=1
file /usr/bin/sort inode=1428 t=44986104809 kinds=fragment-inferred,block pages=0-28 ranks=3131 count=1
file /usr/bin/split inode=1430 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3132 count=1
file /usr/bin/stat inode=1432 t=44986104809 kinds=fragment-inferred,block pages=0-23 ranks=3133 count=1
file /usr/bin/stdbuf inode=1434 t=44986104809 kinds=fragment-inferred,block pages=0-14 ranks=3134 count=1
file /usr/bin/stty inode=1436 t=44986104809 kinds=fragment-inferred,block pages=0-20 ranks=3135 count=1
file /usr/bin/su inode=1438 t=44986104809 kinds=fragment-inferred,block pages=0-17 ranks=3136 count=1
file /usr/bin/sum inode=1440 t=44986104809 kinds=fragment-inferred,block pages=0-12 ranks=3137 count=1
file /usr/bin/sync inode=1442 t=44986104809 kinds=fragment-inferred,block pages=0-9 ranks=3138 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_mod.ko inode=11487 t=46185566809 kinds=fragment-inferred,block pages=139-142 ranks=3139 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_transport_fc.ko inode=11489 t=46185566809 kinds=fragment-inferred,block pages=0-49 ranks=3140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_transport_iscsi.ko inode=11491 t=46185566809 kinds=fragment-inferred,block pages=0-85 ranks=3141 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_transport_sas.ko inode=11493 t=46185566809 kinds=fragment-inferred,block pages=0-27 ranks=3142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_transport_spi.ko inode=11495 t=46185566809 kinds=fragment-inferred,block pages=0-23 ranks=3143 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/scsi_transport_srp.ko inode=11497 t=46185566809 kinds=fragment-inferred,block pages=0-13 ranks=3144 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sd_mod.ko inode=11499 t=46185566809 kinds=fragment-inferred,block pages=0-38 ranks=3145 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/ses.ko inode=11501 t=46185566809 kinds=fragment-inferred,block pages=0-9 ranks=3146 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=11503 t=46185566809 kinds=fragment-inferred,block pages=0-21 ranks=3147 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sr_mod.ko inode=11511 t=46185566809 kinds=fragment-inferred,block pages=0-15 ranks=3148 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/st.ko inode=11513 t=46185566809 kinds=fragment-inferred,block pages=0-32 ranks=3149 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/stex.ko inode=11515 t=46185566809 kinds=fragment-inferred,block pages=0-16 ranks=3150 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/virtio_scsi.ko inode=11520 t=46185566809 kinds=fragment-inferred,block pages=0-13 ranks=3151 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/vmw_pvscsi.ko inode=11522 t=46185566809 kinds=fragment-inferred,block pages=0-16 ranks=3152 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/wd719x.ko inode=11524 t=46185566809 kinds=fragment-inferred,block pages=0-13 ranks=3153 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/xen-scsifront.ko inode=11526 t=46185566809 kinds=fragment-inferred,block pages=0-15 ranks=3154 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/aacraid/aacraid.ko inode=11528 t=46185566809 kinds=fragment-inferred,block pages=0-82 ranks=3155 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/aic7xxx/aic79xx.ko inode=11530 t=46185566809 kinds=fragment-inferred,block pages=0-107 ranks=3156 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/aic7xxx/aic7xxx.ko inode=11532 t=46185566809 kinds=fragment-inferred,block pages=0-86 ranks=3157 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/aic94xx/aic94xx.ko inode=11534 t=46185566809 kinds=fragment-inferred,block pages=0-58 ranks=3158 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/arcmsr/arcmsr.ko inode=11536 t=46185566809 kinds=fragment-inferred,block pages=0-25 ranks=3159 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=6294 t=47331168809 kinds=fragment-inferred,block pages=0-11 ranks=3160 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/ff-memless.ko inode=6296 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3161 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joydev.ko inode=6304 t=47331168809 kinds=fragment-inferred,block pages=0-10 ranks=3162 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/matrix-keymap.ko inode=6338 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3163 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/sparse-keymap.ko inode=6373 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3164 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=6382 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3165 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=6384 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3166 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/gameport.ko inode=6386 t=47331168809 kinds=fragment-inferred,block pages=0-10 ranks=3167 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/lightning.ko inode=6388 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3168 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/gameport/ns558.ko inode=6390 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3169 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/a3d.ko inode=6392 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3170 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/adi.ko inode=6394 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3171 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/analog.ko inode=6396 t=47331168809 kinds=fragment-inferred,block pages=0-7 ranks=3172 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/cobra.ko inode=6398 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3173 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/db9.ko inode=6423 t=47331168809 kinds=fragment-inferred,block pages=0-8 ranks=3174 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/gamecon.ko inode=6425 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3175 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/gf2k.ko inode=6427 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3176 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/grip.ko inode=6429 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3177 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/grip_mp.ko inode=6431 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3178 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/guillemot.ko inode=6433 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3179 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/interact.ko inode=6440 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3180 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/joydump.ko inode=6442 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3181 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/magellan.ko inode=6444 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3182 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/pxrc.ko inode=6446 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3183 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/sidewinder.ko inode=6448 t=47331168809 kinds=fragment-inferred,block pages=0-7 ranks=3184 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/spaceball.ko inode=6450 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3185 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/spaceorb.ko inode=6452 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3186 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/stinger.ko inode=6454 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3187 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/tmdc.ko inode=6456 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3188 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/turbografx.ko inode=6458 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3189 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/twidjoy.ko inode=6460 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3190 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/walkera0701.ko inode=6462 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3191 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/warrior.ko inode=6464 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3192 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/xpad.ko inode=6466 t=47331168809 kinds=fragment-inferred,block pages=0-19 ranks=3193 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/zhenhua.ko inode=6468 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3194 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/adp5588-keys.ko inode=6476 t=47331168809 kinds=fragment-inferred,block pages=0-8 ranks=3195 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/applespi.ko inode=6478 t=47331168809 kinds=fragment-inferred,block pages=0-22 ranks=3196 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/gpio_keys.ko inode=6480 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3197 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/gpio_keys_polled.ko inode=6482 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3198 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/lkkbd.ko inode=6484 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3199 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/lm8323.ko inode=6486 t=47331168809 kinds=fragment-inferred,block pages=0-7 ranks=3200 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/max7359_keypad.ko inode=6488 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3201 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/newtonkbd.ko inode=6490 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3202 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/opencores-kbd.ko inode=6492 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3203 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/qt2160.ko inode=6494 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3204 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/stowaway.ko inode=6496 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3205 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/sunkbd.ko inode=6498 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3206 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/keyboard/xtkbd.ko inode=6500 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3207 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/apanel.ko inode=6502 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3208 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/ati_remote2.ko inode=6504 t=47331168809 kinds=fragment-inferred,block pages=0-11 ranks=3209 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/atlas_btns.ko inode=6506 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3210 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/axp20x-pek.ko inode=6508 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3211 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/cm109.ko inode=6510 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3212 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=6512 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3213 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=6514 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3214 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=6516 t=47331168809 kinds=fragment-inferred,block pages=0-2 ranks=3215 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/powermate.ko inode=6518 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3216 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=6520 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3217 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/uinput.ko inode=6522 t=47331168809 kinds=fragment-inferred,block pages=0-8 ranks=3218 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/yealink.ko inode=6524 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3219 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/appletouch.ko inode=6526 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3220 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=6528 t=47331168809 kinds=fragment-inferred,block pages=0-9 ranks=3221 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=6530 t=47331168809 kinds=fragment-inferred,block pages=0-36 ranks=3222 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=6532 t=47331168809 kinds=fragment-inferred,block pages=0-26 ranks=3223 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=6534 t=47331168809 kinds=fragment-inferred,block pages=0-95 ranks=3224 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/sermouse.ko inode=6536 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3225 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=6538 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3226 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=6540 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3227 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=6542 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3228 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=6544 t=47331168809 kinds=fragment-inferred,block pages=0-47 ranks=3229 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=6546 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3230 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=6548 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3231 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/ct82c710.ko inode=6550 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3232 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=6552 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3233 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/parkbd.ko inode=6554 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3234 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/pcips2.ko inode=6556 t=47331168809 kinds=fragment-inferred,block pages=0-3 ranks=3235 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=6558 t=47331168809 kinds=fragment-inferred,block pages=0-6 ranks=3236 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serport.ko inode=6560 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3237 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/acecad.ko inode=6562 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3238 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/aiptek.ko inode=6564 t=47331168809 kinds=fragment-inferred,block pages=0-14 ranks=3239 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/hanwang.ko inode=6566 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3240 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/kbtab.ko inode=6568 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3241 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=6570 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3242 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/infiniband/ulp/isert/ib_isert.ko inode=6288 t=47331168809 kinds=fragment-inferred,block pages=4-42 ranks=3243 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/infiniband/ulp/srp/ib_srp.ko inode=6290 t=47331168809 kinds=fragment-inferred,block pages=0-41 ranks=3244 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/infiniband/ulp/srpt/ib_srpt.ko inode=6292 t=47331168809 kinds=fragment-inferred,block pages=0-45 ranks=3245 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/iforce/iforce-serio.ko inode=6470 t=47331168809 kinds=fragment-inferred,block pages=0-4 ranks=3246 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/iforce/iforce-usb.ko inode=6472 t=47331168809 kinds=fragment-inferred,block pages=0-5 ranks=3247 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/joystick/iforce/iforce.ko inode=6474 t=47331168809 kinds=fragment-inferred,block pages=0-10 ranks=3248 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=4279 t=49556572809 kinds=fragment-inferred,block pages=0-13 ranks=3250 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=4281 t=49556572809 kinds=fragment-inferred,block pages=0-2 ranks=3251 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=4283 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3252 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=4285 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3253 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=4287 t=49556572809 kinds=fragment-inferred,block pages=0-2 ranks=3254 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=4289 t=49556572809 kinds=fragment-inferred,block pages=0-3 ranks=3255 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=4291 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3256 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=4293 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3257 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=4295 t=49556572809 kinds=fragment-inferred,block pages=0-14 ranks=3258 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=4297 t=49556572809 kinds=fragment-inferred,block pages=0-3 ranks=3259 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=4299 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3260 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/padlock-aes.ko inode=4308 t=49556572809 kinds=fragment-inferred,block pages=0-5 ranks=3261 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/padlock-sha.ko inode=4310 t=49556572809 kinds=fragment-inferred,block pages=0-5 ranks=3262 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cxl/cxl_acpi.ko inode=4365 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3263 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cxl/cxl_mem.ko inode=4367 t=49556572809 kinds=fragment-inferred,block pages=0-3 ranks=3264 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cxl/cxl_pci.ko inode=4369 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3265 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cxl/cxl_pmem.ko inode=4371 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3266 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dax/dax_pmem.ko inode=4373 t=49556572809 kinds=fragment-inferred,block pages=0-3 ranks=3267 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dax/device_dax.ko inode=4375 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3268 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dax/kmem.ko inode=4380 t=49556572809 kinds=fragment-inferred,block pages=0-3 ranks=3269 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dca/dca.ko inode=4384 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3270 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/devfreq/governor_simpleondemand.ko inode=4386 t=49556572809 kinds=fragment-inferred,block pages=0-2 ranks=3271 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/idma64.ko inode=4393 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3272 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/amd64_edac.ko inode=4414 t=49556572809 kinds=fragment-inferred,block pages=0-20 ranks=3273 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/e752x_edac.ko inode=4416 t=49556572809 kinds=fragment-inferred,block pages=0-9 ranks=3274 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=4418 t=49556572809 kinds=fragment-inferred,block pages=0-16 ranks=3275 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i10nm_edac.ko inode=4420 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3276 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i3000_edac.ko inode=4422 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3277 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i3200_edac.ko inode=4424 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3278 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5000_edac.ko inode=4426 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3279 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5100_edac.ko inode=4428 t=49556572809 kinds=fragment-inferred,block pages=0-5 ranks=3280 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i5400_edac.ko inode=4430 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3281 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i7300_edac.ko inode=4432 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3282 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i7core_edac.ko inode=4434 t=49556572809 kinds=fragment-inferred,block pages=0-13 ranks=3283 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/i82975x_edac.ko inode=4436 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3284 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/ie31200_edac.ko inode=4438 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3285 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/igen6_edac.ko inode=4440 t=49556572809 kinds=fragment-inferred,block pages=0-9 ranks=3286 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/pnd2_edac.ko inode=4442 t=49556572809 kinds=fragment-inferred,block pages=0-12 ranks=3287 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/sb_edac.ko inode=4444 t=49556572809 kinds=fragment-inferred,block pages=0-15 ranks=3288 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/skx_edac.ko inode=4446 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3289 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/skx_edac_common.ko inode=4448 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3290 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/x38_edac.ko inode=4450 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3291 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/extcon/extcon-axp288.ko inode=4452 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3292 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/ni_tio.ko inode=4257 t=49556572809 kinds=fragment-inferred,block pages=4-12 ranks=3293 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/ni_tiocmd.ko inode=4259 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3294 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/ni_usb6501.ko inode=4261 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3295 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/quatech_daqp_cs.ko inode=4263 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3296 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/rtd520.ko inode=4265 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3297 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/s626.ko inode=4267 t=49556572809 kinds=fragment-inferred,block pages=0-11 ranks=3298 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/usbdux.ko inode=4269 t=49556572809 kinds=fragment-inferred,block pages=0-13 ranks=3299 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/usbduxfast.ko inode=4271 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3300 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/usbduxsigma.ko inode=4273 t=49556572809 kinds=fragment-inferred,block pages=0-12 ranks=3301 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/drivers/vmk80xx.ko inode=4275 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3302 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/comedi/kcomedilib/kcomedilib.ko inode=4277 t=49556572809 kinds=fragment-inferred,block pages=0-5 ranks=3303 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=4322 t=49556572809 kinds=fragment-inferred,block pages=0-21 ranks=3304 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=4324 t=49556572809 kinds=fragment-inferred,block pages=0-63 ranks=3305 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=4326 t=49556572809 kinds=fragment-inferred,block pages=0-41 ranks=3306 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/virtio/virtio_crypto.ko inode=4363 t=49556572809 kinds=fragment-inferred,block pages=0-20 ranks=3307 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dax/hmem/dax_hmem.ko inode=4382 t=49556572809 kinds=fragment-inferred,block pages=0-2 ranks=3308 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/dw/dw_dmac.ko inode=4402 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3309 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/dw/dw_dmac_core.ko inode=4404 t=49556572809 kinds=fragment-inferred,block pages=0-16 ranks=3310 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/dw/dw_dmac_pci.ko inode=4406 t=49556572809 kinds=fragment-inferred,block pages=0-4 ranks=3311 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/idxd/idxd.ko inode=4408 t=49556572809 kinds=fragment-inferred,block pages=0-65 ranks=3312 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/idxd/idxd_bus.ko inode=4410 t=49556572809 kinds=fragment-inferred,block pages=0-2 ranks=3313 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/dma/ioat/ioatdma.ko inode=4412 t=49556572809 kinds=fragment-inferred,block pages=0-33 ranks=3314 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=4349 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3315 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=4351 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3316 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c62x/qat_c62x.ko inode=4353 t=49556572809 kinds=fragment-inferred,block pages=0-7 ranks=3317 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_c62xvf/qat_c62xvf.ko inode=4355 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3318 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_common/intel_qat.ko inode=4357 t=49556572809 kinds=fragment-inferred,block pages=0-110 ranks=3319 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_dh895xcc/qat_dh895xcc.ko inode=4359 t=49556572809 kinds=fragment-inferred,block pages=0-8 ranks=3320 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/qat/qat_dh895xccvf/qat_dh895xccvf.ko inode=4361 t=49556572809 kinds=fragment-inferred,block pages=0-6 ranks=3321 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/ac.ko inode=3657 t=50606688809 kinds=fragment-inferred,block pages=0-4 ranks=3322 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/acpi_ipmi.ko inode=3659 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3323 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/acpi_pad.ko inode=3661 t=50606688809 kinds=fragment-inferred,block pages=0-14 ranks=3324 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/acpi_tad.ko inode=3663 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3325 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/battery.ko inode=3668 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3326 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=3670 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3327 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/fan.ko inode=3672 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3328 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/platform_profile.ko inode=3677 t=50606688809 kinds=fragment-inferred,block pages=0-3 ranks=3329 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/sbs.ko inode=3679 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3330 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/sbshc.ko inode=3681 t=50606688809 kinds=fragment-inferred,block pages=0-5 ranks=3331 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/video.ko inode=3683 t=50606688809 kinds=fragment-inferred,block pages=0-26 ranks=3332 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/android/binder_linux.ko inode=3689 t=50606688809 kinds=fragment-inferred,block pages=0-93 ranks=3333 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/acard-ahci.ko inode=3691 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3334 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/ahci.ko inode=3693 t=50606688809 kinds=fragment-inferred,block pages=0-28 ranks=3335 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/ata_generic.ko inode=3695 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3336 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/ata_piix.ko inode=3697 t=50606688809 kinds=fragment-inferred,block pages=0-19 ranks=3337 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/libahci.ko inode=3699 t=50606688809 kinds=fragment-inferred,block pages=0-28 ranks=3338 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/libata.ko inode=3701 t=50606688809 kinds=fragment-inferred,block pages=0-200 ranks=3339 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_ali.ko inode=3703 t=50606688809 kinds=fragment-inferred,block pages=0-10 ranks=3340 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_amd.ko inode=3705 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3341 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_artop.ko inode=3707 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3342 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_atiixp.ko inode=3709 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3343 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_atp867x.ko inode=3711 t=50606688809 kinds=fragment-inferred,block pages=0-9 ranks=3344 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_cmd64x.ko inode=3713 t=50606688809 kinds=fragment-inferred,block pages=0-9 ranks=3345 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_efar.ko inode=3715 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3346 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_hpt366.ko inode=3717 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3347 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_hpt37x.ko inode=3719 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3348 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_it8213.ko inode=3721 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3349 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_it821x.ko inode=3723 t=50606688809 kinds=fragment-inferred,block pages=0-12 ranks=3350 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_jmicron.ko inode=3725 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3351 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_legacy.ko inode=3727 t=50606688809 kinds=fragment-inferred,block pages=0-15 ranks=3352 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_marvell.ko inode=3729 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3353 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_mpiix.ko inode=3731 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3354 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_netcell.ko inode=3733 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3355 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_ninja32.ko inode=3735 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3356 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_ns87410.ko inode=3737 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3357 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_ns87415.ko inode=3739 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3358 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_oldpiix.ko inode=3741 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3359 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_pcmcia.ko inode=3743 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3360 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_pdc2027x.ko inode=3745 t=50606688809 kinds=fragment-inferred,block pages=0-13 ranks=3361 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_pdc202xx_old.ko inode=3747 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3362 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_piccolo.ko inode=3749 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3363 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_rdc.ko inode=3751 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3364 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_rz1000.ko inode=3753 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3365 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_sch.ko inode=3755 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3366 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_serverworks.ko inode=3757 t=50606688809 kinds=fragment-inferred,block pages=0-9 ranks=3367 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_sil680.ko inode=3759 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3368 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_sis.ko inode=3761 t=50606688809 kinds=fragment-inferred,block pages=0-12 ranks=3369 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_triflex.ko inode=3763 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3370 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pata_via.ko inode=3765 t=50606688809 kinds=fragment-inferred,block pages=0-11 ranks=3371 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/pdc_adma.ko inode=3767 t=50606688809 kinds=fragment-inferred,block pages=0-9 ranks=3372 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_mv.ko inode=3769 t=50606688809 kinds=fragment-inferred,block pages=0-28 ranks=3373 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_nv.ko inode=3771 t=50606688809 kinds=fragment-inferred,block pages=0-23 ranks=3374 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_promise.ko inode=3773 t=50606688809 kinds=fragment-inferred,block pages=0-14 ranks=3375 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_qstor.ko inode=3775 t=50606688809 kinds=fragment-inferred,block pages=0-9 ranks=3376 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_sil.ko inode=3777 t=50606688809 kinds=fragment-inferred,block pages=0,1-11 ranks=3377,3558 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup.ko inode=2814 t=50606688809 kinds=fragment-inferred,block pages=0-60,61-63 ranks=3431,3378 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_acntsa.ko inode=3635 t=50606688809 kinds=fragment-inferred,block pages=0-4 ranks=3379 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_apollo.ko inode=3637 t=50606688809 kinds=fragment-inferred,block pages=0-4 ranks=3380 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_audptr.ko inode=3639 t=50606688809 kinds=fragment-inferred,block pages=0-4 ranks=3381 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_bns.ko inode=3641 t=50606688809 kinds=fragment-inferred,block pages=0-3 ranks=3382 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_decext.ko inode=3643 t=50606688809 kinds=fragment-inferred,block pages=0-5 ranks=3383 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_dectlk.ko inode=3645 t=50606688809 kinds=fragment-inferred,block pages=0-6 ranks=3384 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_dummy.ko inode=3647 t=50606688809 kinds=fragment-inferred,block pages=0-3 ranks=3385 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_ltlk.ko inode=3649 t=50606688809 kinds=fragment-inferred,block pages=0-4 ranks=3386 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_soft.ko inode=3651 t=50606688809 kinds=fragment-inferred,block pages=0-7 ranks=3387 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_spkout.ko inode=3653 t=50606688809 kinds=fragment-inferred,block pages=0-3 ranks=3388 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/accessibility/speakup/speakup_txprt.ko inode=3655 t=50606688809 kinds=fragment-inferred,block pages=0-3 ranks=3389 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/apei/einj.ko inode=3685 t=50606688809 kinds=fragment-inferred,block pages=0-8 ranks=3390 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=3687 t=50606688809 kinds=fragment-inferred,block pages=0-37 ranks=3391 count=1
file /usr/bin/bashbug inode=894 t=51210381809 kinds=fragment-inferred,block pages=0-1 ranks=3393 count=1
file /usr/bin/busctl inode=1024 t=51210381809 kinds=fragment-inferred,block pages=0-22 ranks=3394 count=1
file /usr/bin/cat inode=1028 t=51210381809 kinds=fragment-inferred,block pages=0-10 ranks=3395 count=1
file /usr/bin/chage inode=1030 t=51210381809 kinds=fragment-inferred,block pages=0-19 ranks=3396 count=1
file /usr/bin/chattr inode=1032 t=51210381809 kinds=fragment-inferred,block pages=0-3 ranks=3397 count=1
file /usr/bin/chcon inode=1034 t=51210381809 kinds=fragment-inferred,block pages=0-16 ranks=3398 count=1
file /usr/bin/chfn inode=1036 t=51210381809 kinds=fragment-inferred,block pages=0-15 ranks=3399 count=1
file /usr/bin/chgrp inode=1038 t=51210381809 kinds=fragment-inferred,block pages=0-16 ranks=3400 count=1
file /usr/bin/chmod inode=1040 t=51210381809 kinds=fragment-inferred,block pages=0-15 ranks=3401 count=1
file /usr/bin/choom inode=1042 t=51210381809 kinds=fragment-inferred,block pages=0-13 ranks=3402 count=1
file /usr/bin/chown inode=1044 t=51210381809 kinds=fragment-inferred,block pages=0-17 ranks=3403 count=1
file /usr/bin/chrt inode=1046 t=51210381809 kinds=fragment-inferred,block pages=0-16 ranks=3404 count=1
file /usr/bin/chsh inode=1048 t=51210381809 kinds=fragment-inferred,block pages=0-12 ranks=3405 count=1
file /usr/bin/cksum inode=1050 t=51210381809 kinds=fragment-inferred,block pages=0-34 ranks=3406 count=1
file /usr/bin/clear inode=1052 t=51210381809 kinds=fragment-inferred,block pages=0-3 ranks=3407 count=1
file /usr/bin/clear_console inode=1054 t=51210381809 kinds=fragment-inferred,block pages=0-3 ranks=3408 count=1
file /usr/bin/cmp inode=1056 t=51210381809 kinds=fragment-inferred,block pages=0-12 ranks=3409 count=1
file /usr/bin/comm inode=1058 t=51210381809 kinds=fragment-inferred,block pages=0-11 ranks=3410 count=1
file /usr/bin/cp inode=1060 t=51210381809 kinds=fragment-inferred,block pages=0-36 ranks=3411 count=1
file /usr/bin/csplit inode=1062 t=51210381809 kinds=fragment-inferred,block pages=0-29 ranks=3412 count=1
file /usr/bin/cut inode=1064 t=51210381809 kinds=fragment-inferred,block pages=0-11 ranks=3413 count=1
file /usr/bin/dash inode=1066 t=51210381809 kinds=fragment-inferred,block pages=0-30 ranks=3414 count=1
file /usr/bin/date inode=1068 t=51210381809 kinds=fragment-inferred,block pages=0-29 ranks=3415 count=1
file /usr/bin/dd inode=1070 t=51210381809 kinds=fragment-inferred,block pages=0-21 ranks=3416 count=1
file /usr/bin/deb-systemd-helper inode=1072 t=51210381809 kinds=fragment-inferred,block pages=0-5 ranks=3417 count=1
file /usr/bin/deb-systemd-invoke inode=1074 t=51210381809 kinds=fragment-inferred,block pages=0-1 ranks=3418 count=1
file /usr/bin/debconf inode=1076 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3419 count=1
file /usr/bin/debconf-apt-progress inode=1078 t=51210381809 kinds=fragment-inferred,block pages=0-2 ranks=3420 count=1
file /usr/bin/debconf-communicate inode=1080 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3421 count=1
file /usr/bin/debconf-copydb inode=1082 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3422 count=1
file /usr/bin/debconf-escape inode=1084 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3423 count=1
file /usr/bin/debconf-set-selections inode=1086 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3424 count=1
file /usr/bin/debconf-show inode=1088 t=51210381809 kinds=fragment-inferred,block pages=0 ranks=3425 count=1
file /usr/bin/delpart inode=1090 t=51210381809 kinds=fragment-inferred,block pages=0-7 ranks=3426 count=1
file /usr/bin/df inode=1092 t=51210381809 kinds=fragment-inferred,block pages=0-24 ranks=3427 count=1
file /usr/bin/diff inode=1094 t=51210381809 kinds=fragment-inferred,block pages=0-37 ranks=3428 count=1
file /usr/bin/diff3 inode=1096 t=51210381809 kinds=fragment-inferred,block pages=0-16 ranks=3429 count=1
file /usr/bin/dir inode=1098 t=51210381809 kinds=fragment-inferred,block pages=0-6 ranks=3430 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/bfq.ko inode=2568 t=51856600809 kinds=fragment-inferred,block pages=0-47 ranks=3432 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/kyber-iosched.ko inode=2570 t=51856600809 kinds=fragment-inferred,block pages=0-16 ranks=3433 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/block/t10-pi.ko inode=2572 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3434 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/adiantum.ko inode=2574 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3435 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/aegis128.ko inode=2576 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3436 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/aes_ti.ko inode=2578 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3437 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/af_alg.ko inode=2580 t=51856600809 kinds=fragment-inferred,block pages=0-12 ranks=3438 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_aead.ko inode=2582 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3439 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_hash.ko inode=2584 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3440 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_rng.ko inode=2586 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3441 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/algif_skcipher.ko inode=2588 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3442 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ansi_cprng.ko inode=2590 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3443 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/authenc.ko inode=2601 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3444 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/authencesn.ko inode=2603 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3445 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/blake2b_generic.ko inode=2605 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3446 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/blowfish_common.ko inode=2607 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3447 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/blowfish_generic.ko inode=2609 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3448 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/camellia_generic.ko inode=2611 t=51856600809 kinds=fragment-inferred,block pages=0-9 ranks=3449 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cast5_generic.ko inode=2613 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3450 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cast6_generic.ko inode=2615 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3451 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cast_common.ko inode=2617 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3452 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ccm.ko inode=2619 t=51856600809 kinds=fragment-inferred,block pages=0-9 ranks=3453 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cfb.ko inode=2621 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3454 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/chacha20poly1305.ko inode=2623 t=51856600809 kinds=fragment-inferred,block pages=0-7 ranks=3455 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/chacha_generic.ko inode=2625 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3456 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cmac.ko inode=2627 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3457 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crc32_generic.ko inode=2629 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3458 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crc32c_generic.ko inode=2631 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3459 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crc64_rocksoft_generic.ko inode=2633 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3460 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crct10dif_common.ko inode=2635 t=51856600809 kinds=fragment-inferred,block pages=0-1 ranks=3461 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crct10dif_generic.ko inode=2637 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3462 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cryptd.ko inode=2639 t=51856600809 kinds=fragment-inferred,block pages=0-11 ranks=3463 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crypto_engine.ko inode=2641 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3464 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crypto_simd.ko inode=2643 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3465 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/crypto_user.ko inode=2645 t=51856600809 kinds=fragment-inferred,block pages=0-7 ranks=3466 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ctr.ko inode=2647 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3467 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/cts.ko inode=2649 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3468 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/curve25519-generic.ko inode=2651 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3469 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/des_generic.ko inode=2653 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3470 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/drbg.ko inode=2655 t=51856600809 kinds=fragment-inferred,block pages=0-15 ranks=3471 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ecb.ko inode=2657 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3472 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ecc.ko inode=2659 t=51856600809 kinds=fragment-inferred,block pages=0-14 ranks=3473 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ecdh_generic.ko inode=2661 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3474 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/echainiv.ko inode=2663 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3475 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ecrdsa_generic.ko inode=2665 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3476 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/essiv.ko inode=2667 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3477 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/fcrypt.ko inode=2669 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3478 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/gcm.ko inode=2671 t=51856600809 kinds=fragment-inferred,block pages=0-12 ranks=3479 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/gf128mul.ko inode=2673 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3480 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ghash-generic.ko inode=2675 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3481 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/jitterentropy_rng.ko inode=2677 t=51856600809 kinds=fragment-inferred,block pages=0-7 ranks=3482 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/keywrap.ko inode=2679 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3483 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/lrw.ko inode=2681 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3484 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/lz4.ko inode=2683 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3485 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/lz4hc.ko inode=2685 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3486 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/md4.ko inode=2687 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3487 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/michael_mic.ko inode=2689 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3488 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/nhpoly1305.ko inode=2691 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3489 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/ofb.ko inode=2693 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3490 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/pcbc.ko inode=2695 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3491 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/pcrypt.ko inode=2697 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3492 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/poly1305_generic.ko inode=2699 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3493 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/rmd160.ko inode=2701 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3494 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/seqiv.ko inode=2703 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3495 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/serpent_generic.ko inode=2705 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3496 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/sha3_generic.ko inode=2707 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3497 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/sha512_generic.ko inode=2709 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3498 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/streebog_generic.ko inode=2711 t=51856600809 kinds=fragment-inferred,block pages=0-7 ranks=3499 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/tcrypt.ko inode=2713 t=51856600809 kinds=fragment-inferred,block pages=0-37 ranks=3500 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/twofish_common.ko inode=2715 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3501 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/twofish_generic.ko inode=2717 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3502 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/vmac.ko inode=2719 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3503 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/wp512.ko inode=2721 t=51856600809 kinds=fragment-inferred,block pages=0-8 ranks=3504 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/xcbc.ko inode=2723 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3505 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/xor.ko inode=2725 t=51856600809 kinds=fragment-inferred,block pages=0-6 ranks=3506 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/xts.ko inode=2727 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3507 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/xxhash_generic.ko inode=2729 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3508 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/zstd.ko inode=2731 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3509 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=2733 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3510 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=2735 t=51856600809 kinds=fragment-inferred,block pages=0-2 ranks=3511 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_pq.ko inode=2737 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3512 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=2739 t=51856600809 kinds=fragment-inferred,block pages=0-5 ranks=3513 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_tx.ko inode=2741 t=51856600809 kinds=fragment-inferred,block pages=0-3 ranks=3514 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/crypto/async_tx/async_xor.ko inode=2743 t=51856600809 kinds=fragment-inferred,block pages=0-4 ranks=3515 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=2566 t=51856600809 kinds=fragment-inferred,block pages=0-284,285-580 ranks=3592,3516 count=2
file /usr/sbin/agetty inode=20642 t=52206499809 kinds=fragment-inferred,block pages=0-16 ranks=3518 count=1
file /usr/sbin/badblocks inode=20644 t=52206499809 kinds=fragment-inferred,block pages=0-8 ranks=3519 count=1
file /usr/sbin/blkdeactivate inode=20646 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3520 count=1
file /usr/sbin/blkdiscard inode=20648 t=52206499809 kinds=fragment-inferred,block pages=0-8 ranks=3521 count=1
file /usr/sbin/blkid inode=20650 t=52206499809 kinds=fragment-inferred,block pages=0-30 ranks=3522 count=1
file /usr/sbin/blkzone inode=20652 t=52206499809 kinds=fragment-inferred,block pages=0-19 ranks=3523 count=1
file /usr/sbin/blockdev inode=20654 t=52206499809 kinds=fragment-inferred,block pages=0-19 ranks=3524 count=1
file /usr/sbin/chcpu inode=20656 t=52206499809 kinds=fragment-inferred,block pages=0-11 ranks=3525 count=1
file /usr/sbin/chgpasswd inode=20658 t=52206499809 kinds=fragment-inferred,block pages=0-16 ranks=3526 count=1
file /usr/sbin/chmem inode=20660 t=52206499809 kinds=fragment-inferred,block pages=0-16 ranks=3527 count=1
file /usr/sbin/chpasswd inode=20662 t=52206499809 kinds=fragment-inferred,block pages=0-15 ranks=3528 count=1
file /usr/sbin/chroot inode=20664 t=52206499809 kinds=fragment-inferred,block pages=0-11 ranks=3529 count=1
file /usr/sbin/cppw inode=20668 t=52206499809 kinds=fragment-inferred,block pages=0-15 ranks=3530 count=1
file /usr/sbin/ctrlaltdel inode=20670 t=52206499809 kinds=fragment-inferred,block pages=0-9 ranks=3531 count=1
file /usr/sbin/debugfs inode=20672 t=52206499809 kinds=fragment-inferred,block pages=0-58 ranks=3532 count=1
file /usr/sbin/deluser inode=20676 t=52206499809 kinds=fragment-inferred,block pages=0-4 ranks=3533 count=1
file /usr/sbin/dmsetup inode=20680 t=52206499809 kinds=fragment-inferred,block pages=0-41 ranks=3534 count=1
file /usr/sbin/dpkg-fsys-usrunmess inode=20684 t=52206499809 kinds=fragment-inferred,block pages=0-4 ranks=3535 count=1
file /usr/sbin/dpkg-preconfigure inode=20686 t=52206499809 kinds=fragment-inferred,block pages=0 ranks=3536 count=1
file /usr/sbin/dpkg-reconfigure inode=20688 t=52206499809 kinds=fragment-inferred,block pages=0-1 ranks=3537 count=1
file /usr/sbin/dumpe2fs inode=20690 t=52206499809 kinds=fragment-inferred,block pages=0-7 ranks=3538 count=1
file /usr/sbin/e2freefrag inode=20692 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3539 count=1
file /usr/sbin/e2fsck inode=20694 t=52206499809 kinds=fragment-inferred,block pages=0-87 ranks=3540 count=1
file /usr/sbin/e2image inode=20696 t=52206499809 kinds=fragment-inferred,block pages=0-13 ranks=3541 count=1
file /usr/sbin/e2scrub inode=20702 t=52206499809 kinds=fragment-inferred,block pages=0-1 ranks=3542 count=1
file /usr/sbin/e2scrub_all inode=20704 t=52206499809 kinds=fragment-inferred,block pages=0-1 ranks=3543 count=1
file /usr/sbin/e2undo inode=20706 t=52206499809 kinds=fragment-inferred,block pages=0-5 ranks=3544 count=1
file /usr/sbin/e4crypt inode=20708 t=52206499809 kinds=fragment-inferred,block pages=0-6 ranks=3545 count=1
file /usr/sbin/e4defrag inode=20710 t=52206499809 kinds=fragment-inferred,block pages=0-7 ranks=3546 count=1
file /usr/sbin/faillock inode=20712 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3547 count=1
file /usr/sbin/filefrag inode=20714 t=52206499809 kinds=fragment-inferred,block pages=0-4 ranks=3548 count=1
file /usr/sbin/findfs inode=20716 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3549 count=1
file /usr/sbin/fsck inode=20718 t=52206499809 kinds=fragment-inferred,block pages=0-13 ranks=3550 count=1
file /usr/sbin/fsck.cramfs inode=20720 t=52206499809 kinds=fragment-inferred,block pages=0-10 ranks=3551 count=1
file /usr/sbin/fsck.minix inode=20728 t=52206499809 kinds=fragment-inferred,block pages=0-30 ranks=3552 count=1
file /usr/sbin/fsfreeze inode=20730 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3553 count=1
file /usr/sbin/fstab-decode inode=20732 t=52206499809 kinds=fragment-inferred,block pages=0-3 ranks=3554 count=1
file /usr/sbin/fstrim inode=20734 t=52206499809 kinds=fragment-inferred,block pages=0-18 ranks=3555 count=1
file /usr/sbin/groupadd inode=20738 t=52206499809 kinds=fragment-inferred,block pages=0-24 ranks=3556 count=1
file /usr/sbin/groupdel inode=20740 t=52206499809 kinds=fragment-inferred,block pages=0-8 ranks=3557 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_sil24.ko inode=3779 t=52629233809 kinds=fragment-inferred,block pages=0-15 ranks=3559 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_sis.ko inode=3781 t=52629233809 kinds=fragment-inferred,block pages=0-7 ranks=3560 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_svw.ko inode=3783 t=52629233809 kinds=fragment-inferred,block pages=0-9 ranks=3561 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_sx4.ko inode=3785 t=52629233809 kinds=fragment-inferred,block pages=0-16 ranks=3562 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_uli.ko inode=3787 t=52629233809 kinds=fragment-inferred,block pages=0-6 ranks=3563 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_via.ko inode=3789 t=52629233809 kinds=fragment-inferred,block pages=0-13 ranks=3564 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/ata/sata_vsc.ko inode=3791 t=52629233809 kinds=fragment-inferred,block pages=0-8 ranks=3565 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/adummy.ko inode=3793 t=52629233809 kinds=fragment-inferred,block pages=0-4 ranks=3566 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/atmtcp.ko inode=3795 t=52629233809 kinds=fragment-inferred,block pages=0-7 ranks=3567 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/eni.ko inode=3797 t=52629233809 kinds=fragment-inferred,block pages=0-16 ranks=3568 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/fore_200e.ko inode=3799 t=52629233809 kinds=fragment-inferred,block pages=0-19 ranks=3569 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/he.ko inode=3801 t=52629233809 kinds=fragment-inferred,block pages=0-17 ranks=3570 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/idt77105.ko inode=3803 t=52629233809 kinds=fragment-inferred,block pages=0-5 ranks=3571 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/idt77252.ko inode=3805 t=52629233809 kinds=fragment-inferred,block pages=0-21 ranks=3572 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/iphase.ko inode=3807 t=52629233809 kinds=fragment-inferred,block pages=0-20 ranks=3573 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/lanai.ko inode=3809 t=52629233809 kinds=fragment-inferred,block pages=0-16 ranks=3574 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/nicstar.ko inode=3811 t=52629233809 kinds=fragment-inferred,block pages=0-18 ranks=3575 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/solos-pci.ko inode=3813 t=52629233809 kinds=fragment-inferred,block pages=0-20 ranks=3576 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/atm/suni.ko inode=3815 t=52629233809 kinds=fragment-inferred,block pages=0-7 ranks=3577 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/bcma/bcma.ko inode=3828 t=52629233809 kinds=fragment-inferred,block pages=0-33 ranks=3578 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/brd.ko inode=3833 t=52629233809 kinds=fragment-inferred,block pages=0-6 ranks=3579 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=3838 t=52629233809 kinds=fragment-inferred,block pages=0-46 ranks=3580 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/loop.ko inode=3840 t=52629233809 kinds=fragment-inferred,block pages=0-19 ranks=3581 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/nbd.ko inode=3845 t=52629233809 kinds=fragment-inferred,block pages=0-29 ranks=3582 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/rbd.ko inode=3850 t=52629233809 kinds=fragment-inferred,block pages=0-69 ranks=3583 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/virtio_blk.ko inode=3852 t=52629233809 kinds=fragment-inferred,block pages=0-14 ranks=3584 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/xen-blkfront.ko inode=3857 t=52629233809 kinds=fragment-inferred,block pages=0-22 ranks=3585 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/base/regmap/regmap-sdw-mbq.ko inode=3822 t=52629233809 kinds=fragment-inferred,block pages=0-3 ranks=3586 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/base/regmap/regmap-sdw.ko inode=3824 t=52629233809 kinds=fragment-inferred,block pages=0-3 ranks=3587 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/base/regmap/regmap-spi.ko inode=3826 t=52629233809 kinds=fragment-inferred,block pages=0-3 ranks=3588 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/aoe/aoe.ko inode=3862 t=52629233809 kinds=fragment-inferred,block pages=0-29 ranks=3589 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/drbd/drbd.ko inode=3864 t=52629233809 kinds=fragment-inferred,block pages=0-221 ranks=3590 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=2509 t=53010391809 kinds=fragment-inferred,block pages=0-4 ranks=3593 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=2511 t=53010391809 kinds=fragment-inferred,block pages=0-2 ranks=3594 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=2513 t=53010391809 kinds=fragment-inferred,block pages=0-2 ranks=3595 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/poly1305-x86_64.ko inode=2515 t=53010391809 kinds=fragment-inferred,block pages=0-7 ranks=3596 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-avx-x86_64.ko inode=2517 t=53010391809 kinds=fragment-inferred,block pages=0-11 ranks=3597 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-avx2.ko inode=2519 t=53010391809 kinds=fragment-inferred,block pages=0-11 ranks=3598 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/serpent-sse2-x86_64.ko inode=2521 t=53010391809 kinds=fragment-inferred,block pages=0-12 ranks=3599 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/sha1-ssse3.ko inode=2523 t=53010391809 kinds=fragment-inferred,block pages=0-10 ranks=3600 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/sha256-ssse3.ko inode=2525 t=53010391809 kinds=fragment-inferred,block pages=0-11 ranks=3601 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/sha512-ssse3.ko inode=2527 t=53010391809 kinds=fragment-inferred,block pages=0-15 ranks=3602 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/twofish-avx-x86_64.ko inode=2529 t=53010391809 kinds=fragment-inferred,block pages=0-12 ranks=3603 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/twofish-x86_64-3way.ko inode=2531 t=53010391809 kinds=fragment-inferred,block pages=0-7 ranks=3604 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/crypto/twofish-x86_64.ko inode=2533 t=53010391809 kinds=fragment-inferred,block pages=0-3 ranks=3605 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/events/rapl.ko inode=2542 t=53010391809 kinds=fragment-inferred,block pages=0-9 ranks=3606 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kernel/cpuid.ko inode=2553 t=53010391809 kinds=fragment-inferred,block pages=0-3 ranks=3607 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kernel/msr.ko inode=2555 t=53010391809 kinds=fragment-inferred,block pages=0-4 ranks=3608 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=2562 t=53010391809 kinds=fragment-inferred,block pages=0-97 ranks=3609 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=2564 t=53010391809 kinds=fragment-inferred,block pages=0-243 ranks=3610 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/events/amd/power.ko inode=2544 t=53010391809 kinds=fragment-inferred,block pages=0-4 ranks=3611 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/events/intel/intel-cstate.ko inode=2546 t=53010391809 kinds=fragment-inferred,block pages=0-8 ranks=3612 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/events/intel/intel-uncore.ko inode=2548 t=53010391809 kinds=fragment-inferred,block pages=0-99 ranks=3613 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kernel/cpu/mce/mce-inject.ko inode=2560 t=53010391809 kinds=fragment-inferred,block pages=0-10 ranks=3614 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/nct6775-core.ko inode=5119 t=53607733809 kinds=fragment-inferred,block pages=4-32 ranks=3615 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/nct6775.ko inode=5121 t=53607733809 kinds=fragment-inferred,block pages=0-13 ranks=3616 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/nct7802.ko inode=5123 t=53607733809 kinds=fragment-inferred,block pages=0-15 ranks=3617 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/nct7904.ko inode=5125 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3618 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/npcm750-pwm-fan.ko inode=5127 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3619 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/ntc_thermistor.ko inode=5129 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3620 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/pc87360.ko inode=5131 t=53607733809 kinds=fragment-inferred,block pages=0-20 ranks=3621 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/pc87427.ko inode=5133 t=53607733809 kinds=fragment-inferred,block pages=0-13 ranks=3622 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/pcf8591.ko inode=5135 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3623 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sch5627.ko inode=5137 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3624 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sch5636.ko inode=5139 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3625 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sch56xx-common.ko inode=5141 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3626 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sht21.ko inode=5143 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3627 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sht3x.ko inode=5145 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3628 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sht4x.ko inode=5147 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3629 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/sis5595.ko inode=5149 t=53607733809 kinds=fragment-inferred,block pages=0-10 ranks=3630 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/smm665.ko inode=5151 t=53607733809 kinds=fragment-inferred,block pages=0-8 ranks=3631 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/smsc47b397.ko inode=5153 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3632 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/smsc47m1.ko inode=5155 t=53607733809 kinds=fragment-inferred,block pages=0-9 ranks=3633 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/smsc47m192.ko inode=5157 t=53607733809 kinds=fragment-inferred,block pages=0-9 ranks=3634 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/thmc50.ko inode=5159 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3635 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/tmp102.ko inode=5161 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3636 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/tmp401.ko inode=5163 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3637 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/tmp421.ko inode=5165 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3638 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/via-cputemp.ko inode=5167 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3639 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/via686a.ko inode=5169 t=53607733809 kinds=fragment-inferred,block pages=0-10 ranks=3640 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/vt1211.ko inode=5171 t=53607733809 kinds=fragment-inferred,block pages=0-12 ranks=3641 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/vt8231.ko inode=5173 t=53607733809 kinds=fragment-inferred,block pages=0-13 ranks=3642 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83627ehf.ko inode=5175 t=53607733809 kinds=fragment-inferred,block pages=0-15 ranks=3643 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83627hf.ko inode=5177 t=53607733809 kinds=fragment-inferred,block pages=0-20 ranks=3644 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83773g.ko inode=5179 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3645 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83781d.ko inode=5181 t=53607733809 kinds=fragment-inferred,block pages=0-18 ranks=3646 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83791d.ko inode=5183 t=53607733809 kinds=fragment-inferred,block pages=0-15 ranks=3647 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83792d.ko inode=5185 t=53607733809 kinds=fragment-inferred,block pages=0-18 ranks=3648 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83793.ko inode=5187 t=53607733809 kinds=fragment-inferred,block pages=0-23 ranks=3649 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83795.ko inode=5189 t=53607733809 kinds=fragment-inferred,block pages=0-28 ranks=3650 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83l785ts.ko inode=5191 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3651 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwmon/w83l786ng.ko inode=5193 t=53607733809 kinds=fragment-inferred,block pages=0-9 ranks=3652 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-dev.ko inode=5248 t=53607733809 kinds=fragment-inferred,block pages=0-8 ranks=3653 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-mux.ko inode=5250 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3654 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=5252 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3655 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/i2c-stub.ko inode=5254 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3656 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/industrialio-triggered-event.ko inode=5370 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3657 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/industrialio.ko inode=5372 t=53607733809 kinds=fragment-inferred,block pages=0-57 ranks=3658 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th.ko inode=5202 t=53607733809 kinds=fragment-inferred,block pages=0-10 ranks=3659 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th_gth.ko inode=5204 t=53607733809 kinds=fragment-inferred,block pages=0-8 ranks=3660 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th_msu.ko inode=5206 t=53607733809 kinds=fragment-inferred,block pages=0-16 ranks=3661 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th_msu_sink.ko inode=5208 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3662 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th_pci.ko inode=5210 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3663 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/hwtracing/intel_th/intel_th_pti.ko inode=5212 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3664 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/algos/i2c-algo-bit.ko inode=5256 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3665 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/algos/i2c-algo-pca.ko inode=5258 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3666 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ali1535.ko inode=5260 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3667 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ali1563.ko inode=5262 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3668 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ali15x3.ko inode=5264 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3669 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-amd-mp2-pci.ko inode=5266 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3670 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-amd-mp2-plat.ko inode=5268 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3671 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-amd756-s4882.ko inode=5270 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3672 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-amd756.ko inode=5272 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3673 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-amd8111.ko inode=5274 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3674 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ccgx-ucsi.ko inode=5276 t=53607733809 kinds=fragment-inferred,block pages=0-1 ranks=3675 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-cht-wc.ko inode=5278 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3676 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-designware-pci.ko inode=5280 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3677 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-diolan-u2c.ko inode=5282 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3678 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-i801.ko inode=5284 t=53607733809 kinds=fragment-inferred,block pages=0-14 ranks=3679 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-isch.ko inode=5286 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3680 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ismt.ko inode=5288 t=53607733809 kinds=fragment-inferred,block pages=0-11 ranks=3681 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-kempld.ko inode=5290 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3682 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-nforce2-s4985.ko inode=5292 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3683 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-nforce2.ko inode=5294 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3684 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=5296 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3685 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=5298 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3686 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=5300 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3687 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=5302 t=53607733809 kinds=fragment-inferred,block pages=0-12 ranks=3688 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=5304 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3689 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=5306 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3690 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=5308 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3691 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=5310 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3692 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=5312 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3693 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=5314 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3694 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=5316 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3695 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=5318 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3696 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=5320 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3697 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=5322 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3698 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=5324 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3699 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adis16201.ko inode=5374 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3700 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adis16209.ko inode=5499 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3701 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl345_core.ko inode=5501 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3702 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl345_i2c.ko inode=5572 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3703 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl345_spi.ko inode=5574 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3704 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl372.ko inode=5576 t=53607733809 kinds=fragment-inferred,block pages=0-11 ranks=3705 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl372_i2c.ko inode=5578 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3706 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/adxl372_spi.ko inode=5580 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3707 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bma180.ko inode=5582 t=53607733809 kinds=fragment-inferred,block pages=0-14 ranks=3708 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bma220_spi.ko inode=5584 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3709 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bma400_core.ko inode=5586 t=53607733809 kinds=fragment-inferred,block pages=0-13 ranks=3710 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bma400_i2c.ko inode=5588 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3711 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bma400_spi.ko inode=5590 t=53607733809 kinds=fragment-inferred,block pages=0-3 ranks=3712 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bmc150-accel-core.ko inode=5592 t=53607733809 kinds=fragment-inferred,block pages=0-17 ranks=3713 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bmc150-accel-i2c.ko inode=5594 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3714 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/bmc150-accel-spi.ko inode=5596 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3715 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/da280.ko inode=5598 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3716 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/da311.ko inode=5600 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3717 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/dmard09.ko inode=5602 t=53607733809 kinds=fragment-inferred,block pages=0-4 ranks=3718 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/dmard10.ko inode=5604 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3719 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/hid-sensor-accel-3d.ko inode=5606 t=53607733809 kinds=fragment-inferred,block pages=0-8 ranks=3720 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/kxcjk-1013.ko inode=5608 t=53607733809 kinds=fragment-inferred,block pages=0-15 ranks=3721 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/kxsd9-i2c.ko inode=5610 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3722 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/kxsd9-spi.ko inode=5612 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3723 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/kxsd9.ko inode=5614 t=53607733809 kinds=fragment-inferred,block pages=0-7 ranks=3724 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mc3230.ko inode=5616 t=53607733809 kinds=fragment-inferred,block pages=0-5 ranks=3725 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma7455_core.ko inode=5618 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3726 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma7455_i2c.ko inode=5620 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3727 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma7455_spi.ko inode=5622 t=53607733809 kinds=fragment-inferred,block pages=0-2 ranks=3728 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma7660.ko inode=5624 t=53607733809 kinds=fragment-inferred,block pages=0-6 ranks=3729 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma8452.ko inode=5626 t=53607733809 kinds=fragment-inferred,block pages=0-16 ranks=3730 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma9551.ko inode=5628 t=53607733809 kinds=fragment-inferred,block pages=0-8 ranks=3731 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma9551_core.ko inode=5630 t=53607733809 kinds=fragment-inferred,block pages=0-9 ranks=3732 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/iio/accel/mma9553.ko inode=5632 t=53607733809 kinds=fragment-inferred,block pages=0 ranks=3733 count=1
file /usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 inode=17884 t=54257760809 kinds=fragment-inferred,block pages=11-20 ranks=3735 count=1
file /usr/lib/x86_64-linux-gnu/libthread_db.so.1 inode=17886 t=54257760809 kinds=fragment-inferred,block pages=0-8 ranks=3736 count=1
file /usr/lib/x86_64-linux-gnu/libtic.so.6.4 inode=17890 t=54257760809 kinds=fragment-inferred,block pages=0-17 ranks=3737 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=17894 t=54257760809 kinds=fragment-inferred,block pages=0-49 ranks=3738 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=17898 t=54257760809 kinds=fragment-inferred,block pages=0-44 ranks=3739 count=1
file /usr/bin/pinky inode=1344 t=55063731809 kinds=fragment-inferred,block pages=0-11 ranks=3742 count=1
file /usr/bin/pldd inode=1346 t=55063731809 kinds=fragment-inferred,block pages=0-5 ranks=3743 count=1
file /usr/bin/pr inode=1348 t=55063731809 kinds=fragment-inferred,block pages=0-19 ranks=3744 count=1
file /usr/bin/printenv inode=1350 t=55063731809 kinds=fragment-inferred,block pages=0-8 ranks=3745 count=1
file /usr/bin/printf inode=1352 t=55063731809 kinds=fragment-inferred,block pages=0-15 ranks=3746 count=1
file /usr/bin/prlimit inode=1354 t=55063731809 kinds=fragment-inferred,block pages=0-9 ranks=3747 count=1
file /usr/bin/ptx inode=1356 t=55063731809 kinds=fragment-inferred,block pages=0-33 ranks=3748 count=1
file /usr/bin/pwd inode=1358 t=55063731809 kinds=fragment-inferred,block pages=0-10 ranks=3749 count=1
read t=13729841809 offset=0 len=16384
read t=13803077809 offset=195817472 len=4096
read t=13886429809 offset=16384 len=32768
read t=13890230809 offset=663552 len=4096
read t=13976256809 offset=57344 len=4096
read t=13977280809 offset=512000 len=4096
read t=13992720809 offset=196026368 len=4096
read t=14057294809 offset=138555392 len=4096
read t=14090170809 offset=138559488 len=16384
read t=14140523809 offset=138575872 len=32768
read t=14189823809 offset=138608640 len=65536
read t=14239796809 offset=138674176 len=131072
read t=14292783809 offset=138805248 len=131072
read t=14340746809 offset=138936320 len=131072
read t=14392743809 offset=139067392 len=131072
read t=14440703809 offset=139198464 len=131072
read t=14492289809 offset=139329536 len=131072
read t=14633940809 offset=139460608 len=131072
read t=14634740809 offset=139591680 len=131072
read t=14639360809 offset=139722752 len=131072
read t=14689605809 offset=196022272 len=4096
read t=14749089809 offset=137506816 len=4096
read t=14865998809 offset=137510912 len=16384
read t=14869695809 offset=137527296 len=32768
read t=14889758809 offset=137560064 len=65536
read t=14939687809 offset=137625600 len=131072
read t=14989875809 offset=137756672 len=131072
read t=15039700809 offset=137887744 len=131072
read t=15089689809 offset=138018816 len=131072
read t=15139678809 offset=138149888 len=131072
read t=15189817809 offset=138280960 len=131072
read t=15239585809 offset=138412032 len=131072
read t=15289585809 offset=138543104 len=12288
read t=15351068809 offset=655360 len=4096
read t=15390263809 offset=61440 len=4096
read t=15440468809 offset=561152 len=4096
read t=15490687809 offset=196038656 len=4096
read t=15548455809 offset=144216064 len=4096
read t=15590448809 offset=144220160 len=16384
read t=15639784809 offset=144236544 len=32768
read t=15689685809 offset=144269312 len=65536
read t=15739731809 offset=144334848 len=131072
read t=15789660809 offset=144465920 len=131072
read t=15839757809 offset=144596992 len=131072
read t=15889697809 offset=144728064 len=131072
read t=15939636809 offset=144859136 len=131072
read t=15989713809 offset=144990208 len=131072
read t=16039685809 offset=145121280 len=131072
read t=16089626809 offset=145252352 len=131072
read t=16139626809 offset=145383424 len=131072
read t=16213052809 offset=573440 len=4096
read t=16286664809 offset=196063232 len=4096
read t=16292542809 offset=166023168 len=4096
read t=16339646809 offset=166027264 len=16384
read t=16389981809 offset=166043648 len=32768
read t=16439629809 offset=166076416 len=65536
read t=16489684809 offset=166141952 len=131072
read t=16539682809 offset=166273024 len=131072
read t=16589701809 offset=166404096 len=131072
read t=16639690809 offset=166535168 len=131072
read t=16692671809 offset=166666240 len=131072
read t=16861911809 offset=166797312 len=131072
read t=16862607809 offset=166928384 len=131072
read t=16863114809 offset=167059456 len=131072
read t=17013701809 offset=167190528 len=131072
read t=17018024809 offset=196059136 len=4096
read t=17018863809 offset=165888000 len=4096
read t=17039724809 offset=165892096 len=16384
read t=17089887809 offset=165908480 len=32768
read t=17139678809 offset=165941248 len=65536
read t=17189624809 offset=166006784 len=16384
read t=17248692809 offset=164839424 len=4096
read t=17289839809 offset=164843520 len=16384
read t=17342078809 offset=164859904 len=32768
read t=17390135809 offset=164892672 len=65536
read t=17440083809 offset=164958208 len=131072
read t=17490209809 offset=165089280 len=131072
read t=17540116809 offset=165220352 len=131072
read t=17590803809 offset=165351424 len=131072
read t=17640099809 offset=165482496 len=131072
read t=17689648809 offset=165613568 len=131072
read t=17739624809 offset=165744640 len=131072
read t=17789666809 offset=165875712 len=12288
read t=17943683809 offset=167321600 len=131072
read t=17944284809 offset=167452672 len=131072
read t=17944865809 offset=167583744 len=131072
read t=17989716809 offset=167714816 len=131072
read t=18039633809 offset=167845888 len=131072
read t=18089640809 offset=167976960 len=131072
read t=18139622809 offset=168108032 len=131072
read t=18189680809 offset=168239104 len=131072
read t=18276691809 offset=1146880 len=4096
read t=18289843809 offset=1150976 len=16384
read t=18339940809 offset=1167360 len=32768
read t=18394400809 offset=1200128 len=65536
read t=18439987809 offset=1265664 len=131072
read t=18490198809 offset=1396736 len=131072
read t=18540644809 offset=1527808 len=131072
read t=18590278809 offset=1658880 len=131072
read t=18642254809 offset=1789952 len=131072
read t=18690078809 offset=1921024 len=131072
read t=18740133809 offset=2052096 len=131072
read t=18789674809 offset=2183168 len=131072
read t=18839571809 offset=2314240 len=131072
read t=18896695809 offset=565248 len=4096
read t=18947201809 offset=196042752 len=4096
read t=18998400809 offset=147361792 len=4096
read t=19039729809 offset=147365888 len=16384
read t=19265390809 offset=147382272 len=32768
read t=19266109809 offset=147415040 len=65536
read t=19267011809 offset=147480576 len=131072
read t=19267624809 offset=147611648 len=131072
read t=19316679809 offset=147742720 len=131072
read t=19366602809 offset=147873792 len=131072
read t=19416665809 offset=148004864 len=131072
read t=19466628809 offset=148135936 len=131072
read t=19516596809 offset=148267008 len=131072
read t=19566602809 offset=148398080 len=131072
read t=19616660809 offset=148529152 len=131072
read t=19666335809 offset=146313216 len=4096
read t=19716790809 offset=146317312 len=16384
read t=19767496809 offset=146333696 len=32768
read t=19816643809 offset=146366464 len=65536
read t=19866583809 offset=146432000 len=131072
read t=19916739809 offset=146563072 len=131072
read t=19966702809 offset=146694144 len=131072
read t=20016689809 offset=146825216 len=131072
read t=20066765809 offset=146956288 len=131072
read t=20116756809 offset=147087360 len=131072
read t=20195433809 offset=147218432 len=131072
read t=20216735809 offset=147349504 len=12288
read t=20286029809 offset=569344 len=4096
read t=20316778809 offset=577536 len=4096
read t=20366572809 offset=196050944 len=4096
read t=20420477809 offset=156684288 len=4096
read t=20466769809 offset=156688384 len=16384
read t=20516978809 offset=156704768 len=32768
read t=20566665809 offset=156737536 len=65536
read t=20616642809 offset=156803072 len=131072
read t=20666881809 offset=156934144 len=131072
read t=20716762809 offset=157065216 len=131072
read t=20766634809 offset=157196288 len=131072
read t=20816630809 offset=157327360 len=131072
read t=20866682809 offset=157458432 len=131072
read t=20916654809 offset=157589504 len=131072
read t=20966601809 offset=157720576 len=131072
read t=21016648809 offset=157851648 len=131072
read t=21092360809 offset=196046848 len=4096
read t=21118218809 offset=196055040 len=4096
read t=21166586809 offset=154587136 len=4096
read t=21218012809 offset=154591232 len=16384
read t=21266951809 offset=154607616 len=32768
read t=21316627809 offset=154640384 len=65536
read t=21367456809 offset=154705920 len=131072
read t=21417111809 offset=154836992 len=131072
read t=21467056809 offset=154968064 len=131072
read t=21517101809 offset=155099136 len=131072
read t=21567196809 offset=155230208 len=131072
read t=21617258809 offset=155361280 len=131072
read t=21666701809 offset=155492352 len=131072
read t=21716804809 offset=155623424 len=131072
read t=21766788809 offset=155754496 len=131072
read t=21816753809 offset=153538560 len=4096
read t=21866865809 offset=153542656 len=16384
read t=21916989809 offset=153559040 len=32768
read t=21967805809 offset=153591808 len=65536
read t=22016752809 offset=153657344 len=131072
read t=22069643809 offset=153788416 len=131072
read t=22208884809 offset=153919488 len=131072
read t=22209927809 offset=154050560 len=131072
read t=22216393809 offset=154181632 len=131072
read t=22267034809 offset=154312704 len=131072
read t=22316701809 offset=154443776 len=131072
read t=22366652809 offset=154574848 len=12288
read t=22558962809 offset=152489984 len=4096
read t=22561566809 offset=152494080 len=16384
read t=22565712809 offset=152510464 len=32768
read t=22570662809 offset=152543232 len=65536
read t=22617235809 offset=152608768 len=131072
read t=22667104809 offset=152739840 len=131072
read t=22717486809 offset=152870912 len=131072
read t=22767082809 offset=153001984 len=131072
read t=22817171809 offset=153133056 len=131072
read t=22868245809 offset=153264128 len=131072
read t=22917086809 offset=153395200 len=131072
read t=22969988809 offset=153526272 len=12288
read t=23040721809 offset=151441408 len=4096
read t=23108871809 offset=151445504 len=16384
read t=23144624809 offset=151461888 len=32768
read t=23166989809 offset=151494656 len=65536
read t=23217527809 offset=151560192 len=131072
read t=23267147809 offset=151691264 len=131072
read t=23316754809 offset=151822336 len=131072
read t=23366640809 offset=151953408 len=131072
read t=23416739809 offset=152084480 len=131072
read t=23466638809 offset=152215552 len=131072
read t=23516691809 offset=152346624 len=131072
read t=23566792809 offset=152477696 len=12288
read t=23652858809 offset=149458944 len=4096
read t=23666755809 offset=149463040 len=16384
read t=23851926809 offset=149479424 len=32768
read t=23938087809 offset=149512192 len=65536
read t=23938494809 offset=149577728 len=131072
read t=23939047809 offset=149708800 len=131072
read t=23939780809 offset=149839872 len=131072
read t=23989644809 offset=149970944 len=131072
read t=24039631809 offset=150102016 len=131072
read t=24089588809 offset=150233088 len=131072
read t=24139660809 offset=150364160 len=131072
read t=24189704809 offset=150495232 len=131072
read t=24239680809 offset=150626304 len=131072
read t=24289717809 offset=148660224 len=131072
read t=24339460809 offset=148791296 len=131072
read t=24389643809 offset=148922368 len=131072
read t=24439647809 offset=149053440 len=131072
read t=24492752809 offset=149184512 len=131072
read t=24540802809 offset=149315584 len=131072
read t=24589699809 offset=149446656 len=12288
read t=24656987809 offset=196067328 len=28672
read t=24693627809 offset=160645120 len=4096
read t=24739820809 offset=160649216 len=16384
read t=24790017809 offset=160665600 len=32768
read t=24839641809 offset=160698368 len=65536
read t=24889711809 offset=160763904 len=131072
read t=24939864809 offset=160894976 len=131072
read t=25085713809 offset=161026048 len=131072
read t=25086452809 offset=161157120 len=131072
read t=25089567809 offset=161288192 len=131072
read t=25139927809 offset=161419264 len=131072
read t=25189736809 offset=161550336 len=131072
read t=25239655809 offset=161681408 len=131072
read t=25292732809 offset=161812480 len=131072
read t=25404100809 offset=659456 len=4096
read t=25405095809 offset=49152 len=8192
read t=25440044809 offset=65536 len=86016
read t=25491508809 offset=195829760 len=4096
read t=25543379809 offset=12967936 len=4096
read t=25589788809 offset=12972032 len=16384
read t=25640053809 offset=12988416 len=32768
read t=25689616809 offset=13021184 len=65536
read t=25739700809 offset=13086720 len=131072
read t=25789728809 offset=13217792 len=131072
read t=25839783809 offset=13348864 len=131072
read t=25889692809 offset=13479936 len=131072
read t=25939793809 offset=13611008 len=131072
read t=25989618809 offset=13742080 len=131072
read t=26039677809 offset=13873152 len=131072
read t=26089601809 offset=14004224 len=131072
read t=26139607809 offset=14135296 len=131072
read t=26235371809 offset=14266368 len=131072
read t=26239485809 offset=14397440 len=131072
read t=26289621809 offset=14528512 len=131072
read t=26341546809 offset=405504 len=4096
read t=26390175809 offset=413696 len=16384
read t=26574800809 offset=195973120 len=4096
read t=26576331809 offset=106561536 len=4096
read t=26601823809 offset=106565632 len=16384
read t=26602553809 offset=106582016 len=32768
read t=26639651809 offset=106614784 len=65536
read t=26689866809 offset=106680320 len=131072
read t=26739571809 offset=106811392 len=131072
read t=26789744809 offset=106942464 len=131072
read t=26839759809 offset=107073536 len=131072
read t=26889652809 offset=107204608 len=131072
read t=26939586809 offset=107335680 len=131072
read t=26989592809 offset=107466752 len=131072
read t=27233713809 offset=107597824 len=131072
read t=27321869809 offset=107728896 len=131072
read t=27357624809 offset=434176 len=4096
read t=27358453809 offset=458752 len=4096
read t=27359816809 offset=196001792 len=4096
read t=27376709809 offset=123912192 len=4096
read t=27423746809 offset=123916288 len=16384
read t=27473771809 offset=123932672 len=32768
read t=27523502809 offset=123965440 len=65536
read t=27573788809 offset=124030976 len=131072
read t=27623578809 offset=124162048 len=131072
read t=27673607809 offset=124293120 len=131072
read t=27723835809 offset=124424192 len=131072
read t=27773567809 offset=124555264 len=131072
read t=27823610809 offset=124686336 len=131072
read t=27873615809 offset=124817408 len=131072
read t=27923804809 offset=430080 len=4096
read t=27977654809 offset=438272 len=12288
read t=28024669809 offset=450560 len=8192
read t=28073678809 offset=462848 len=49152
read t=28123686809 offset=516096 len=45056
read t=28173537809 offset=195997696 len=4096
read t=28235995809 offset=120766464 len=4096
read t=28273968809 offset=120770560 len=16384
read t=28324055809 offset=120786944 len=32768
read t=28373987809 offset=120819712 len=65536
read t=28425191809 offset=120885248 len=131072
read t=28474093809 offset=121016320 len=131072
read t=28524673809 offset=121147392 len=131072
read t=28573909809 offset=121278464 len=131072
read t=28623579809 offset=121409536 len=131072
read t=28673621809 offset=121540608 len=131072
read t=28723628809 offset=121671680 len=131072
read t=28773763809 offset=121802752 len=131072
read t=28823553809 offset=121933824 len=131072
read t=28885578809 offset=195842048 len=4096
read t=28927351809 offset=21573632 len=4096
read t=28974568809 offset=21577728 len=16384
read t=29024825809 offset=21594112 len=32768
read t=29088883809 offset=21626880 len=65536
read t=29123951809 offset=21692416 len=131072
read t=29173611809 offset=21823488 len=131072
read t=29353735809 offset=21954560 len=131072
read t=29441656809 offset=22085632 len=131072
read t=29442523809 offset=22216704 len=131072
read t=29443049809 offset=22347776 len=131072
read t=29443492809 offset=22478848 len=131072
read t=29492592809 offset=22609920 len=131072
read t=29542575809 offset=22740992 len=131072
read t=29607122809 offset=195821568 len=4096
read t=29644065809 offset=5341184 len=4096
read t=29692793809 offset=5345280 len=16384
read t=29742829809 offset=5361664 len=32768
read t=29793020809 offset=5394432 len=65536
read t=29846185809 offset=5459968 len=131072
read t=29892517809 offset=5591040 len=131072
read t=29942529809 offset=5722112 len=131072
read t=29992850809 offset=5853184 len=131072
read t=30042504809 offset=5984256 len=131072
read t=30092569809 offset=6115328 len=131072
read t=30142565809 offset=6246400 len=131072
read t=30192554809 offset=6377472 len=131072
read t=30242477809 offset=6508544 len=131072
read t=30292694809 offset=4292608 len=4096
read t=30342841809 offset=4296704 len=16384
read t=30393204809 offset=4313088 len=32768
read t=30442603809 offset=4345856 len=65536
read t=30492607809 offset=4411392 len=131072
read t=30542529809 offset=4542464 len=131072
read t=30592575809 offset=4673536 len=131072
read t=30642567809 offset=4804608 len=131072
read t=30692647809 offset=4935680 len=131072
read t=30744506809 offset=5066752 len=131072
read t=30792602809 offset=5197824 len=131072
read t=30974055809 offset=5328896 len=12288
read t=31191194809 offset=195825664 len=4096
read t=31191610809 offset=195833856 len=4096
read t=31198159809 offset=11919360 len=4096
read t=31198509809 offset=11923456 len=16384
read t=31242905809 offset=11939840 len=32768
read t=31292974809 offset=11972608 len=65536
read t=31342927809 offset=12038144 len=131072
read t=31393384809 offset=12169216 len=131072
read t=31445589809 offset=12300288 len=131072
read t=31500499809 offset=12431360 len=131072
read t=31544986809 offset=12562432 len=131072
read t=31592656809 offset=12693504 len=131072
read t=31642568809 offset=12824576 len=131072
read t=31692598809 offset=12955648 len=12288
read t=32092606809 offset=139853824 len=131072
read t=32099548809 offset=139984896 len=131072
read t=32104378809 offset=140115968 len=131072
read t=32112048809 offset=140247040 len=131072
read t=32146550809 offset=140378112 len=131072
read t=32216105809 offset=140509184 len=131072
read t=33212924809 offset=151552 len=126976
read t=33752733809 offset=675840 len=4096
read t=33760744809 offset=991232 len=4096
read t=33779270809 offset=1019904 len=4096
read t=33796881809 offset=193855488 len=4096
read t=33803621809 offset=193859584 len=16384
read t=33856784809 offset=193875968 len=32768
read t=33904309809 offset=193908736 len=65536
read t=33954148809 offset=193974272 len=131072
read t=34003620809 offset=194105344 len=131072
read t=34053648809 offset=194236416 len=131072
read t=34103553809 offset=194367488 len=131072
read t=34234947809 offset=194498560 len=131072
read t=34235798809 offset=194629632 len=131072
read t=34253694809 offset=194760704 len=131072
read t=34303671809 offset=194891776 len=131072
read t=34353775809 offset=195022848 len=131072
read t=35454941809 offset=6639616 len=131072
read t=35457983809 offset=6770688 len=131072
read t=35470664809 offset=6901760 len=131072
read t=35473917809 offset=7032832 len=131072
read t=35510606809 offset=7163904 len=131072
read t=35558861809 offset=7294976 len=131072
read t=35611477809 offset=7426048 len=131072
read t=35664207809 offset=7557120 len=131072
read t=35753813809 offset=593920 len=4096
read t=35767183809 offset=589824 len=4096
read t=35826076809 offset=162742272 len=4096
read t=35861074809 offset=162746368 len=16384
read t=35906534809 offset=162762752 len=32768
read t=35968261809 offset=162795520 len=65536
read t=36150574809 offset=162861056 len=131072
read t=36151118809 offset=162992128 len=131072
read t=36151908809 offset=163123200 len=131072
read t=36161134809 offset=163254272 len=131072
read t=36209129809 offset=163385344 len=131072
read t=36626576809 offset=163516416 len=131072
read t=36627523809 offset=163647488 len=131072
read t=36628089809 offset=163778560 len=131072
read t=36635390809 offset=163909632 len=131072
read t=36688421809 offset=195977216 len=4096
read t=36734963809 offset=107859968 len=131072
read t=36862739809 offset=107991040 len=131072
read t=36863640809 offset=108122112 len=131072
read t=36878154809 offset=108253184 len=131072
read t=36930553809 offset=108384256 len=131072
read t=36978686809 offset=108515328 len=131072
read t=37033491809 offset=108646400 len=131072
read t=37093832809 offset=108777472 len=131072
read t=37130929809 offset=409600 len=4096
read t=37208131809 offset=109707264 len=4096
read t=37239102809 offset=109711360 len=16384
read t=37287469809 offset=109727744 len=32768
read t=37330269809 offset=109760512 len=65536
read t=37382136809 offset=109826048 len=131072
read t=37433859809 offset=109957120 len=131072
read t=37478561809 offset=110088192 len=131072
read t=37529299809 offset=110219264 len=131072
read t=37581505809 offset=110350336 len=131072
read t=37629947809 offset=110481408 len=131072
read t=37678911809 offset=110612480 len=131072
read t=37731894809 offset=110743552 len=131072
read t=37777633809 offset=195883008 len=4096
read t=37830359809 offset=10870784 len=4096
read t=37879054809 offset=10874880 len=16384
read t=37928054809 offset=10891264 len=32768
read t=37978535809 offset=10924032 len=65536
read t=38028222809 offset=10989568 len=131072
read t=38078684809 offset=11120640 len=131072
read t=38130374809 offset=11251712 len=131072
read t=38178811809 offset=11382784 len=131072
read t=38230805809 offset=11513856 len=131072
read t=38279116809 offset=11644928 len=131072
read t=38331912809 offset=11776000 len=131072
read t=38378611809 offset=11907072 len=12288
read t=38441579809 offset=1085440 len=4096
read t=38482372809 offset=45350912 len=4096
read t=38530161809 offset=45355008 len=16384
read t=38580625809 offset=45371392 len=32768
read t=38627907809 offset=45404160 len=65536
read t=38682607809 offset=45469696 len=131072
read t=38731127809 offset=45600768 len=131072
read t=38782820809 offset=45731840 len=131072
read t=38828031809 offset=45862912 len=131072
read t=38878378809 offset=45993984 len=131072
read t=38927910809 offset=46125056 len=131072
read t=38978280809 offset=46256128 len=131072
read t=39027927809 offset=46387200 len=131072
read t=39110605809 offset=46518272 len=131072
read t=39141218809 offset=1089536 len=4096
read t=39189071809 offset=9822208 len=4096
read t=39227622809 offset=9826304 len=16384
read t=39278135809 offset=9842688 len=32768
read t=39330282809 offset=9875456 len=65536
read t=39382325809 offset=9940992 len=131072
read t=39428382809 offset=10072064 len=131072
read t=39478772809 offset=10203136 len=131072
read t=39528102809 offset=10334208 len=131072
read t=39578254809 offset=10465280 len=131072
read t=39630497809 offset=10596352 len=131072
read t=39678187809 offset=10727424 len=131072
read t=39727855809 offset=10858496 len=12288
read t=39786084809 offset=1142784 len=4096
read t=41663874809 offset=1126400 len=4096
read t=41677690809 offset=671744 len=4096
read t=41679182809 offset=700416 len=4096
read t=41679906809 offset=741376 len=4096
read t=41742580809 offset=757760 len=4096
read t=42562021809 offset=196034560 len=4096
read t=42569019809 offset=142581760 len=4096
read t=42569528809 offset=142585856 len=16384
read t=42570131809 offset=142602240 len=32768
read t=42613588809 offset=142635008 len=65536
read t=42663625809 offset=142700544 len=131072
read t=42713726809 offset=142831616 len=131072
read t=42763590809 offset=142962688 len=131072
read t=42814995809 offset=143093760 len=131072
read t=42863641809 offset=143224832 len=131072
read t=42913615809 offset=143355904 len=131072
read t=42963576809 offset=143486976 len=131072
read t=43013739809 offset=143618048 len=131072
read t=43063499809 offset=143749120 len=131072
read t=43116750809 offset=196030464 len=4096
read t=43179986809 offset=141533184 len=4096
read t=43213841809 offset=141537280 len=16384
read t=43263967809 offset=141553664 len=32768
read t=43317700809 offset=141586432 len=65536
read t=43363683809 offset=141651968 len=131072
read t=43413654809 offset=141783040 len=131072
read t=43463664809 offset=141914112 len=131072
read t=43513667809 offset=142045184 len=131072
read t=43564411809 offset=142176256 len=131072
read t=43617583809 offset=142307328 len=131072
read t=43663911809 offset=142438400 len=131072
read t=43713743809 offset=142569472 len=12288
read t=43803304809 offset=140640256 len=131072
read t=43813570809 offset=140771328 len=131072
read t=43863670809 offset=140902400 len=131072
read t=43913693809 offset=141033472 len=131072
read t=43963924809 offset=141164544 len=131072
read t=44014111809 offset=141295616 len=131072
read t=44064755809 offset=141426688 len=106496
read t=44578926809 offset=8773632 len=4096
read t=44579349809 offset=8777728 len=16384
read t=44583116809 offset=8794112 len=32768
read t=44583437809 offset=8826880 len=65536
read t=44630523809 offset=8892416 len=131072
read t=44690662809 offset=9023488 len=131072
read t=44738345809 offset=9154560 len=131072
read t=44782384809 offset=9285632 len=131072
read t=44893142809 offset=9416704 len=131072
read t=44898389809 offset=9547776 len=131072
read t=44938018809 offset=9678848 len=131072
read t=44986104809 offset=9809920 len=12288
read t=45037022809 offset=196018176 len=4096
read t=45091193809 offset=195960832 len=4096
read t=45139747809 offset=195964928 len=8192
read t=45185025809 offset=195891200 len=4096
read t=45230564809 offset=195792896 len=4096
read t=45281149809 offset=195747840 len=4096
read t=45333085809 offset=195719168 len=4096
read t=45386728809 offset=195629056 len=4096
read t=45430379809 offset=364544 len=4096
read t=45488360809 offset=195596288 len=4096
read t=45530280809 offset=195948544 len=4096
read t=45583341809 offset=195588096 len=4096
read t=45630339809 offset=91070464 len=4096
read t=45682252809 offset=91074560 len=16384
read t=45733226809 offset=91090944 len=32768
read t=45785140809 offset=91123712 len=65536
read t=45834176809 offset=91189248 len=131072
read t=45882739809 offset=91320320 len=131072
read t=45931694809 offset=91451392 len=131072
read t=45985733809 offset=91582464 len=131072
read t=46030578809 offset=91713536 len=131072
read t=46085182809 offset=91844608 len=131072
read t=46135946809 offset=91975680 len=131072
read t=46185566809 offset=92106752 len=131072
read t=46238662809 offset=92237824 len=131072
read t=46283175809 offset=195608576 len=4096
read t=46332410809 offset=195878912 len=4096
read t=46455431809 offset=1048576 len=4096
read t=46462281809 offset=4194304 len=4096
read t=46486711809 offset=278528 len=86016
read t=46530316809 offset=368640 len=36864
read t=46586674809 offset=581632 len=8192
read t=46634582809 offset=598016 len=57344
read t=46682194809 offset=667648 len=4096
read t=46734082809 offset=679936 len=20480
read t=46784189809 offset=704512 len=36864
read t=46932649809 offset=745472 len=8192
read t=46946177809 offset=43290624 len=4096
read t=46947416809 offset=43294720 len=16384
read t=46981755809 offset=43311104 len=98304
read t=47032492809 offset=43409408 len=131072
read t=47098755809 offset=43540480 len=131072
read t=47132162809 offset=43671552 len=131072
read t=47181926809 offset=43802624 len=131072
read t=47231451809 offset=43933696 len=131072
read t=47285516809 offset=44064768 len=131072
read t=47331168809 offset=44195840 len=131072
read t=47386369809 offset=44326912 len=131072
read t=47430562809 offset=195837952 len=4096
read t=47484662809 offset=195846144 len=8192
read t=47530984809 offset=195559424 len=4096
read t=47582828809 offset=195563520 len=16384
read t=47905187809 offset=195579904 len=8192
read t=47911338809 offset=195592192 len=4096
read t=47912000809 offset=195600384 len=8192
read t=47913221809 offset=195612672 len=16384
read t=47956791809 offset=195633152 len=86016
read t=48013117809 offset=195723264 len=24576
read t=48062808809 offset=195751936 len=40960
read t=48107216809 offset=195796992 len=20480
read t=48157121809 offset=195854336 len=24576
read t=48206749809 offset=195887104 len=4096
read t=48287146809 offset=195895296 len=53248
read t=48310855809 offset=195952640 len=8192
read t=48406478809 offset=195981312 len=16384
read t=48509458809 offset=196005888 len=12288
read t=48609270809 offset=20525056 len=4096
read t=48709196809 offset=20529152 len=16384
read t=48757130809 offset=0 len=2048
read t=48807082809 offset=20545536 len=98304
read t=48857462809 offset=63488 len=4096
read t=48906552809 offset=20643840 len=131072
read t=48956596809 offset=194560 len=4096
read t=49126669809 offset=20774912 len=131072
read t=49195814809 offset=456704 len=4096
read t=49196432809 offset=980992 len=4096
read t=49196773809 offset=20905984 len=131072
read t=49205850809 offset=21037056 len=131072
read t=49256682809 offset=21168128 len=131072
read t=49306534809 offset=2029568 len=4096
read t=49357204809 offset=21299200 len=131072
read t=49406528809 offset=4126720 len=4096
read t=49456620809 offset=21430272 len=131072
read t=49556572809 offset=21561344 len=12288
read t=49664240809 offset=16592896 len=4096
read t=49757133809 offset=16596992 len=16384
read t=49856566809 offset=16613376 len=98304
read t=49956549809 offset=16711680 len=131072
read t=50005947809 offset=16842752 len=131072
read t=50065574809 offset=16973824 len=131072
read t=50209914809 offset=17104896 len=131072
read t=50258275809 offset=2048 len=61440
read t=50307136809 offset=17235968 len=131072
read t=50356784809 offset=67584 len=126976
read t=50406526809 offset=17367040 len=131072
read t=50456633809 offset=198656 len=131072
read t=50506562809 offset=17498112 len=131072
read t=50556569809 offset=329728 len=126976
read t=50606688809 offset=17629184 len=131072
read t=50656667809 offset=195753984 len=131072
read t=50711987809 offset=17760256 len=131072
read t=50761546809 offset=195885056 len=131072
read t=50807280809 offset=2445312 len=131072
read t=50857704809 offset=196016128 len=79872
read t=50917377809 offset=2576384 len=131072
read t=50969157809 offset=2707456 len=131072
read t=51057898809 offset=2838528 len=131072
read t=51108579809 offset=2969600 len=131072
read t=51157896809 offset=3100672 len=131072
read t=51210381809 offset=3231744 len=131072
read t=51263751809 offset=3362816 len=131072
read t=51306023809 offset=15544320 len=4096
read t=51356871809 offset=15548416 len=16384
read t=51406720809 offset=15564800 len=32768
read t=51456684809 offset=15597568 len=65536
read t=51506548809 offset=15663104 len=131072
read t=51556598809 offset=15794176 len=131072
read t=51606520809 offset=15925248 len=131072
read t=51656603809 offset=16056320 len=131072
read t=51706540809 offset=16187392 len=131072
read t=51761583809 offset=16318464 len=131072
read t=51806560809 offset=16449536 len=131072
read t=51856600809 offset=16580608 len=12288
read t=51915855809 offset=168370176 len=131072
read t=51956769809 offset=168501248 len=131072
read t=52006711809 offset=168632320 len=131072
read t=52056621809 offset=168763392 len=131072
read t=52106719809 offset=168894464 len=131072
read t=52175862809 offset=169025536 len=131072
read t=52206499809 offset=169156608 len=131072
read t=52256818809 offset=169287680 len=131072
read t=52306262809 offset=17891328 len=131072
read t=52357173809 offset=18022400 len=131072
read t=52406243809 offset=18153472 len=131072
read t=52505705809 offset=18284544 len=131072
read t=52506461809 offset=18415616 len=131072
read t=52557110809 offset=18546688 len=131072
read t=52629233809 offset=18677760 len=131072
read t=52665412809 offset=18808832 len=131072
read t=52707029809 offset=14659584 len=131072
read t=52757849809 offset=14790656 len=131072
read t=52806550809 offset=14921728 len=131072
read t=52856571809 offset=15052800 len=131072
read t=52906565809 offset=15183872 len=131072
read t=52956594809 offset=15314944 len=131072
read t=53010391809 offset=15446016 len=98304
read t=53080377809 offset=37007360 len=4096
read t=53106255809 offset=37011456 len=16384
read t=53186354809 offset=37027840 len=32768
read t=53216879809 offset=37060608 len=65536
read t=53257600809 offset=37126144 len=131072
read t=53306668809 offset=37257216 len=131072
read t=53360575809 offset=37388288 len=131072
read t=53409710809 offset=37519360 len=131072
read t=53460258809 offset=37650432 len=131072
read t=53509851809 offset=37781504 len=131072
read t=53561716809 offset=37912576 len=131072
read t=53607733809 offset=38043648 len=131072
read t=53671572809 offset=38174720 len=131072
read t=53706547809 offset=159596544 len=4096
read t=53757142809 offset=159600640 len=16384
read t=53809207809 offset=159617024 len=32768
read t=53857155809 offset=159649792 len=65536
read t=53913465809 offset=159715328 len=131072
read t=53964353809 offset=159846400 len=131072
read t=54007768809 offset=159977472 len=131072
read t=54060362809 offset=160108544 len=131072
read t=54109418809 offset=160239616 len=131072
read t=54161662809 offset=160370688 len=131072
read t=54213892809 offset=160501760 len=131072
read t=54257760809 offset=160632832 len=12288
read t=54962420809 offset=8486912 len=4096
read t=54962859809 offset=8491008 len=16384
read t=54963232809 offset=8507392 len=32768
read t=54963443809 offset=8540160 len=65536
read t=55013577809 offset=8605696 len=131072
read t=55063731809 offset=8736768 len=36864
end files=3718 reads=692
