ISO=/work/cache/example/live.iso
./boot.sh nvme "" -name nvme -drive file=$ISO,if=none,id=m,format=raw,readonly=on -device nvme,serial=liveopt,drive=m &
./boot.sh usbstick "" -name usbstick -device qemu-xhci,id=xhci -drive file=$ISO,if=none,id=m,format=raw,readonly=on -device usb-storage,bus=xhci.0,drive=m &
wait
./boot.sh usbcd "" -name usbcd -device qemu-xhci,id=xhci -device usb-bot,id=bot,bus=xhci.0 -drive file=$ISO,if=none,id=m,format=raw,readonly=on,media=cdrom -device scsi-cd,bus=bot.0,drive=m &
./boot.sh vscsicd "" -name vscsicd -device virtio-scsi-pci,id=vs -drive file=$ISO,if=none,id=m,format=raw,readonly=on,media=cdrom -device scsi-cd,bus=vs.0,drive=m &
wait
./boot.sh label "liveopt.medium=LABEL=LIVEOPT" -name label -device virtio-scsi-pci,id=vs -drive file=blank.img,if=none,id=b,format=raw,readonly=on -device scsi-hd,bus=vs.0,scsi-id=0,drive=b -drive file=decoy.iso,if=none,id=d,format=raw,readonly=on -device scsi-hd,bus=vs.0,scsi-id=1,drive=d -drive file=$ISO,if=none,id=m,format=raw,readonly=on -device scsi-hd,bus=vs.0,scsi-id=2,drive=m &
./boot.sh pcide "" -name pcide -drive file=$ISO,media=cdrom,if=ide,readonly=on &
wait
