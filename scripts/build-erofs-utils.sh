#!/usr/bin/env bash
# Builds erofs-utils 1.9.x (mkfs.erofs, fsck.erofs, dump.erofs with lz4, lzma,
# deflate and zstd) into the liveopt tools cache, idempotently. Debian's 1.5
# lacks fragments, dedupe, lzma/deflate/zstd and the options Fedora uses.
# The source is Debian's source package (fetched with apt-get source from a
# newer suite) unless EROFS_UTILS_SRC points at an unpacked source tree.
set -euo pipefail
cache="${LIVEOPT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/liveopt}"
prefix="$cache/tools/erofs-utils"
log() { printf '[build-erofs-utils] %s\n' "$*" >&2; }

if [ -x "$prefix/bin/mkfs.erofs" ] && "$prefix/bin/mkfs.erofs" --version 2>&1 | grep -Eq "erofs-utils\) (1\.(9|[1-9][0-9])|[2-9][0-9]*)\."; then
  exit 0
fi

# The build needs autoconf, automake, libtool, pkg-config and the -dev packages of
# uuid, lz4, lzma, zlib and zstd: scripts/setup.sh installs them.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${EROFS_UTILS_SRC:-}" ]; then
  cp -a "$EROFS_UTILS_SRC" "$work/src"
else
  # Debian's source package from unstable, through apt with a private source list.
  mkdir -p "$work/apt/lists/partial" "$work/apt/sources"
  echo "deb-src http://deb.debian.org/debian unstable main" > "$work/apt/sources/unstable.list"
  aptopts=(-o "Dir::Etc::SourceList=$work/apt/sources/unstable.list" -o "Dir::Etc::SourceParts=-"
    -o "Dir::State::Lists=$work/apt/lists" -o "APT::Sandbox::User=root")
  apt-get "${aptopts[@]}" update -qq
  (cd "$work" && apt-get "${aptopts[@]}" source --download-only -qq erofs-utils >/dev/null)
  mkdir "$work/src"
  tar -C "$work/src" --strip-components=1 -xf "$work"/erofs-utils_*.orig.tar.*
fi
log "building erofs-utils into $prefix"
cd "$work/src"
./autogen.sh >/dev/null 2>&1
./configure -q --prefix="$prefix" --enable-lz4 --enable-lzma --with-zlib --with-libzstd \
  --disable-fuse --without-selinux >/dev/null
make -s -j"$(nproc)" >/dev/null
make -s install >/dev/null
"$prefix/bin/mkfs.erofs" --version | head -n 1 >&2
