#!/bin/bash
# Times boots of the example from an emulated CD to its marker: the bzImage as QEMU's
# -kernel, the same with -nodefaults, and with the kernel decompressed (PVH ELF, as
# qemu::direct_kernel hands it over). Usage: run.sh [ROUNDS]; prints TSV.
# Needs target/example (liveopt qemu build-example) and one boot of it through liveopt
# (which fills the kernel cache).
set -euo pipefail
rounds=${1:-3}
ex=${EXAMPLE:-target/example}
cache=${LIVEOPT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/liveopt}
elf=$cache/kernels/$(sha256sum "$ex/vmlinuz" | cut -d' ' -f1).elf
[ -f "$elf" ] || { echo "no $elf: boot the example once through liveopt first" >&2; exit 1; }
boot() { # variant kernel extra-args...
  local variant=$1 kernel=$2; shift 2
  local start first="" marker="" now
  start=$(date +%s.%N)
  while IFS= read -r line; do
    now=$(date +%s.%N)
    [ -z "$first" ] && first=$(echo "$now - $start" | bc)
    case "$line" in *LIVEOPT-MARKER*) marker=$(echo "$now - $start" | bc);; esac
  done < <(timeout 300 qemu-system-x86_64 "$@" -accel tcg -m 1024 -display none -vga none \
      -serial stdio -monitor none -parallel none -nic none -no-reboot -no-user-config \
      -kernel "$kernel" -initrd "$ex/initrd.img" \
      -append "console=ttyS0 quiet panic=-1 liveopt.media=cdrom" \
      -drive "file=$ex/live.iso,media=cdrom,if=ide,readonly=on" 2>&1)
  # The example powers off after its marker; QEMU (-no-reboot) then exits.
  printf '%s\t%s\t%s\t%s\n' "$variant" "$first" "$marker" "$(echo "$(date +%s.%N) - $start" | bc)"
}
printf 'variant\tfirst_serial_s\tmarker_s\texit_s\n'
for _ in $(seq "$rounds"); do
  boot bzimage "$ex/vmlinuz"
  boot bzimage-nodefaults "$ex/vmlinuz" -nodefaults
  boot elf-nodefaults "$elf" -nodefaults
done
