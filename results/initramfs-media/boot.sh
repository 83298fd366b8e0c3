#!/bin/bash
# boot.sh NAME APPEND QEMU-ARGS...: boot the example with this initrd until the marker or 420 s.
name=$1; append=$2; shift 2
E=/work/cache/example
timeout 420 qemu-system-x86_64 -accel tcg -m 1024 -display none -vga none -serial stdio -monitor none -parallel none -nic none -no-reboot -no-user-config \
  -kernel $E/vmlinuz -initrd initrd.img -append "console=ttyS0 quiet panic=-1 liveopt.media=auto $append" "$@" 2>&1 | while IFS= read -r l; do echo "$(date +%s.%N | cut -c1-14) $l"; case "$l" in *LIVEOPT-MARKER*|*LIVEOPT-INIT-FAILED*) echo END; pkill -P $$ -f "qemu-system.*$name" ;; esac; done > log-$name.txt
