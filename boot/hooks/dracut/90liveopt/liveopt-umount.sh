#!/bin/sh
# Drops liveopt's own mount of the live medium; dmsquash-live's mount keeps the
# superblock, and with it the warmed pages, alive.
umount -n /run/liveopt/medium 2>/dev/null
rmdir /run/liveopt/medium 2>/dev/null
:
