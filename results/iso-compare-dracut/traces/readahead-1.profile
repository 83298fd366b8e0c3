liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179396482 mkfs_time=1796462109 inode_count=13434 block_size=131072 compressor=zstd sha256=2ef6eeb43b1bdea0c3dc5462011132a596af012a3ddb88026b99e80d2f69eaf7
events 267
dropped 0
boots 1
duration_ns 54177162837
file /usr/bin/b2sum inode=287 t=42019427837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/base32 inode=288 t=42019427837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/base64 inode=289 t=42019427837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/basename inode=290 t=42019427837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chmod inode=302 t=42346767837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/choom inode=303 t=42346767837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/chown inode=304 t=42346767837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/chrt inode=305 t=42398891837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chsh inode=306 t=42398891837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/cksum inode=307 t=42398891837 kinds=block pages=0-34 count=1
file /usr/bin/clear inode=308 t=42414604837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=309 t=42414604837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=310 t=42414604837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=311 t=42414604837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=312 t=42414604837 kinds=block pages=0-36 count=1
file /usr/bin/cpio inode=313 t=42418337837 kinds=block pages=0-39 count=1
file /usr/bin/csplit inode=314 t=42418337837 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=315 t=42418337837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/df inode=329 t=42438304837 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/bin/diff3 inode=331 t=42438304837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/dircolors inode=333 t=42438304837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/dir inode=332 t=42438304837 kinds=block pages=0-36 count=1
file /usr/bin/dirname inode=334 t=42452612837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dmesg inode=335 t=42452612837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/dpkg inode=338 t=42452612837 kinds=block pages=0-77 count=2
file /usr/bin/dpkg-deb inode=339 t=42502173837 kinds=block pages=0-41 count=1
file /usr/bin/dpkg-divert inode=340 t=42552402837 kinds=block pages=0-38 count=1
file /usr/bin/dpkg-maintscript-helper inode=341 t=42552402837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/dpkg-realpath inode=343 t=42552402837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dpkg-query inode=342 t=42552402837 kinds=block pages=0-39 count=1
file /usr/bin/dpkg-split inode=344 t=42552402837 kinds=fragment-inferred,block pages=0-31 count=1
file /boot/config-6.1.0-50-amd64 inode=4 t=42609986837 kinds=block pages=0-63 count=1
file /boot/vmlinuz-6.1.0-50-amd64 inode=5 t=42650360837 kinds=block pages=0-159 count=5
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=13266 t=42905945837 kinds=block pages=64-99 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=13244 t=42905945837 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=13246 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=13247 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=13248 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=13249 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=13251 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=13252 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=13253 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=13254 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=13255 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=13256 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=13257 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=13258 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.list inode=13260 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=13261 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=13262 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.templates inode=13264 t=42905945837 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=13267 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=13268 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=13269 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=13270 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=13271 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=13272 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=13273 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=13274 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=13275 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=13276 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=13277 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=13278 t=42905945837 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=13279 t=42905945837 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=13280 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=13281 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=13282 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=13283 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=13284 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=13285 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=13286 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=13287 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=13288 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=13289 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=13290 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=13291 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=13292 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=13293 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=13294 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=13295 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=13296 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=13297 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=13298 t=42905945837 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=13299 t=42905945837 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=13300 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=13301 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=13302 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=13303 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=13304 t=42905945837 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=13305 t=42905945837 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=13306 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=13307 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=13308 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=13309 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=13310 t=42905945837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=13311 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=13312 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=13313 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=13314 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=13315 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=13316 t=42905945837 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=13317 t=42905945837 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=13318 t=42905945837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=13319 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=13320 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=13321 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=13322 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=13323 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=13324 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=13325 t=42905945837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=13326 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=13327 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=13328 t=42905945837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=13329 t=42905945837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=13336 t=42957886837 kinds=block pages=0-69 count=1
file /var/lib/dpkg/info/tzdata.list inode=13330 t=42957886837 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=13331 t=42957886837 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=13332 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=13333 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=13334 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=13335 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=13337 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=13338 t=42957886837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=13339 t=42957886837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=13340 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=13341 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=13342 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=13343 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=13344 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=13345 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=13346 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=13347 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=13348 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=13349 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=13350 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=13351 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=13352 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=13353 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=13354 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=13355 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=13356 t=42957886837 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=13357 t=42957886837 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=13358 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=13359 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=13360 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=13361 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=13362 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=13363 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=13364 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=13365 t=42957886837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=13369 t=42957886837 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/systemd/catalog/database inode=13391 t=42957886837 kinds=block pages=0-52 count=2
file /var/lib/dpkg/status-old inode=13370 t=43000345837 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/dpkg/triggers/File inode=13372 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=13375 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=13376 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=13381 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=13382 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=13383 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=13384 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=13385 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=13386 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=13388 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=13394 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=13395 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=13396 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=13397 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=13398 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=13399 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=13413 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/eipp.log.xz inode=13415 t=43000345837 kinds=fragment-inferred,block pages=0-1 count=1
file /var/log/apt/history.log inode=13416 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/term.log inode=13417 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /etc/adduser.conf inode=23 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /etc/alternatives/README inode=25 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=48 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=49 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=53 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8140 t=43000345837 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=13418 t=43000345837 kinds=fragment-inferred,block pages=0-17 count=1
file /var/log/dpkg.log inode=13420 t=43000345837 kinds=fragment-inferred,block pages=0-13 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=43050363837 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=65 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=66 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=69 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=71 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=72 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=73 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=74 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=76 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=77 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=78 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=79 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=84 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/dracut.conf inode=86 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=88 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=90 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=91 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=92 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/group- inode=93 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=94 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow- inode=95 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=96 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=97 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=99 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=100 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=101 t=43050363837 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/issue inode=102 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=103 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=110 t=43050363837 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=111 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=115 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=117 t=43050363837 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.d/alternatives inode=119 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=120 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=121 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dracut-core inode=122 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=123 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=124 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=126 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=129 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=131 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=134 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=136 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=137 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=138 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=139 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=140 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=7932 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=141 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=142 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=144 t=43050363837 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=145 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=146 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=147 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=148 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=149 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=150 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=151 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=152 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd- inode=153 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=154 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/resolv.conf inode=171 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=174 t=43050363837 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=175 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=176 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=177 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=179 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=181 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=183 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=184 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=185 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=187 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=188 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=189 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=190 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=192 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=193 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=194 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=200 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=201 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=203 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=204 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=205 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=222 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=224 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=226 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=227 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=232 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=234 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=235 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=247 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=248 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=276 t=43050363837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=7929 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=7933 t=43050363837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/addpart inode=277 t=43050363837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=278 t=43050363837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=279 t=43050363837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=280 t=43050363837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=281 t=43050363837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=282 t=43050363837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=283 t=43050363837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=284 t=43100430837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=285 t=43100430837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd inode=6359 t=43100430837 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=43100430837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=43100430837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=43100430837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=43100430837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=43100430837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=43100430837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=43100430837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=43100430837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=43150236837 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=43205921837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=43205921837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=43205921837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=43205921837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=43205921837 kinds=block pages=0-159 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=43306224837 kinds=block pages=0-505 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=43558516837 kinds=block pages=0-817 count=10
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=44064274837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=44064274837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=44064274837 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7793 t=44064274837 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7795 t=44064274837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=44064274837 kinds=block pages=0-470 count=7
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=44352408837 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=44352408837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=44352408837 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6983 t=44437315837 kinds=block pages=0-168 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=44582987837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=44582987837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=44582987837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=44582987837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=44582987837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=44582987837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=44582987837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=44582987837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=44582987837 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=44582987837 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=44592381837 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=44608282837 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=44608282837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=44608282837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=44608282837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=44608282837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=44608282837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=44650344837 kinds=block pages=0-86 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=44710152837 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=44710152837 kinds=block pages=0-66 count=2
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=44753946837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=44753946837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=44753946837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=44753946837 kinds=block pages=0-107 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=44849845837 kinds=block pages=0-50 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=44849845837 kinds=block pages=0-351,544-1155 count=11
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=45405957837 kinds=block pages=0-325 count=4
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=45553955837 kinds=block pages=0-129 count=3
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6937 t=45665992837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=45709792837 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=45709792837 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=45755391837 kinds=block pages=0-222 count=4
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=45901877837 kinds=block pages=0-186 count=3
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=46009567837 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=46054807837 kinds=block pages=0-153 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=46153927837 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=46153927837 kinds=block pages=0-71 count=2
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6905 t=46251388837 kinds=block pages=0-128 count=2
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6950 t=46301089837 kinds=block pages=0-63 count=2
file /usr/sbin/agetty inode=7796 t=46406133837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7797 t=46406133837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7798 t=46406133837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/dracut/skipcpio inode=1050 t=46406133837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/init/init-d-script inode=1054 t=46406133837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=1055 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=1057 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=46406133837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1078 t=46406133837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1084 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=46406133837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=46406133837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/blkdiscard inode=7799 t=46406133837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=46406133837 kinds=block pages=0-130 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=46457919837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=46457919837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=46457919837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=46457919837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=46457919837 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1102 t=46457919837 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1104 t=46457919837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1105 t=46457919837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1106 t=46457919837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1107 t=46457919837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1108 t=46457919837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=46457919837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=6009 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=46457919837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=46457919837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=46457919837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=46457919837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=46457919837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=46457919837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=46502142837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=46502142837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=46502142837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=46502142837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=46502142837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=46502142837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=46502142837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=46502142837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=46502142837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=46502142837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=46502142837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=46502142837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=46502142837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=46502142837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=46502142837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=46502142837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=46502142837 kinds=block pages=0-128 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=46502142837 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=46551603837 kinds=block pages=0-307 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=46655147837 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=46655147837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=46655147837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=46655147837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=46655147837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=46655147837 kinds=block pages=0-186 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=46702143837 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=46750991837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=46750991837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4842 t=46750991837 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=6004 t=46800937837 kinds=block pages=0-39 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=6006 t=46800937837 kinds=block pages=0-153 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=46854687837 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=46854687837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=46854687837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=46854687837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=46854687837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=46854687837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=46854687837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=46854687837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=46854687837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=46914788837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=46914788837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=46914788837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=46914788837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=46914788837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=46914788837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=46914788837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=46914788837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=46950686837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=46950686837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=46950686837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/kmod inode=396 t=46950686837 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=394 t=46950686837 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=395 t=46950686837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/last inode=397 t=47000569837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=399 t=47000569837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=401 t=47000569837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=402 t=47000569837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=403 t=47000569837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=404 t=47000569837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=405 t=47000569837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=406 t=47000569837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=409 t=47000569837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=47000569837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/localedef inode=412 t=47000569837 kinds=block pages=0-72 count=2
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=47053239837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=47053239837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=47053239837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=47053239837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=47053239837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=47053239837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=47053239837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=47053239837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=47053239837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=47053239837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=47053239837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=47100292837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=47100292837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11850 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11865 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11866 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=47100292837 kinds=block pages=0-86 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11979 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=12000 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=12001 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=12080 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=47100292837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=47100292837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=439 t=47153820837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/mount inode=440 t=47153820837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=47153820837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=47153820837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=47153820837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=47153820837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/mv inode=444 t=47153820837 kinds=block pages=0-34 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=47153820837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6866 t=47201872837 kinds=block pages=0-115 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=47300266837 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=47300266837 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=47300266837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=47300266837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=47300266837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=47300266837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=47300266837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=47300266837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=47300266837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1618 t=47300266837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1619 t=47300266837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1620 t=47300266837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1622 t=47300266837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1623 t=47300266837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1624 t=47300266837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1625 t=47300266837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1627 t=47300266837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1628 t=47300266837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1629 t=47300266837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1630 t=47350264837 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1631 t=47350264837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1632 t=47350264837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=47350264837 kinds=block pages=0-100 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=47400868837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=47400868837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=47400868837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=47400868837 kinds=block pages=0-262 count=2
file /usr/lib/systemd/systemd-logind inode=6375 t=47502133837 kinds=block pages=0-68 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=47502133837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=47502133837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=47502133837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=47502133837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=47550087837 kinds=block pages=384-398 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=47550087837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=47550087837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=47550087837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=47550087837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=47550087837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/udevadm inode=565 t=47550087837 kinds=block pages=0-330 count=5
file /usr/bin/uclampset inode=564 t=47782061837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=566 t=47782061837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=47782061837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-journald inode=6373 t=47782061837 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=47802019837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=47802019837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=47802019837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=47802019837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/uname inode=567 t=47802019837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=568 t=47802019837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=569 t=47802019837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=570 t=47802019837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=571 t=47802019837 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=47802019837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=47802019837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=47802019837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=47802019837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=47850354837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=47850354837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=47850354837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=47850354837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=47850354837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=47850354837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=47850354837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=47850354837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=47850354837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=47850354837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=47850354837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=47850354837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=47850354837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=538 t=47850354837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=539 t=47850354837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=47850354837 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=47902323837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=543 t=47902323837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/tac inode=544 t=47902323837 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=47902323837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/tar inode=546 t=47902323837 kinds=block pages=0-129 count=3
file /usr/lib/udev/ata_id inode=6514 t=48006401837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=48006401837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=48006401837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.bin inode=6519 t=48006401837 kinds=block pages=0-479,960-3178 count=16
file /usr/lib/udev/mtd_probe inode=6554 t=48750282837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=48750282837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=48750282837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=48750282837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=48750282837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=48750282837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6600 t=48750282837 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6601 t=48750282837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=48750282837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=48750282837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=48750282837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=48750282837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=48750282837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=48750282837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/tput inode=556 t=48802012837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=48802012837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=48802012837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=48802012837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=48802012837 kinds=block pages=0-58 count=1
file /usr/bin/tr inode=557 t=48862624837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=558 t=48862624837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=559 t=48862624837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=560 t=48862624837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=561 t=48862624837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/tty inode=562 t=48862624837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=563 t=48862624837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/systemctl inode=514 t=48862624837 kinds=block pages=0-330 count=5
file /usr/bin/systemd-analyze inode=516 t=49102140837 kinds=block pages=0-45 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=49102140837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4351 t=49102140837 kinds=block pages=0-32 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4350 t=49102140837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=49156335837 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=49156335837 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=49156335837 kinds=block pages=0-223 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=49250115837 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=49250115837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=49250115837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=49250115837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=49250115837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=49250115837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=49250115837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=49250115837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=49250115837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=49250115837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=49250115837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=49250115837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=49250115837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=49250115837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=49250115837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=49250115837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=49302644837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=49302644837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=49302644837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=49302644837 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=49302644837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=49302644837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=49302644837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=49302644837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=49302644837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=49302644837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=49302644837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=49302644837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=49302644837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=49302644837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=49302644837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=49302644837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=49302644837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=49373407837 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=49373407837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=49373407837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=49373407837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=49373407837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=49373407837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=49373407837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=49373407837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=49373407837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=49373407837 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=49400210837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=49400210837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=49400210837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=49400210837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=49400210837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=49400210837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=49400210837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=49400210837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=49400210837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=49400210837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=49400210837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=49400210837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=49400210837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=49400210837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=49400210837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=49400210837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=49400210837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=49450293837 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=49450293837 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=49450293837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=49501807837 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6517 t=49501807837 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=49501807837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=49501807837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=49501807837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=49501807837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=49501807837 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=49501807837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=49501807837 kinds=block pages=0-365 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=2430 t=49601928837 kinds=block pages=0-47 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=2426 t=49601928837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=2427 t=49601928837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=2428 t=49601928837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=2431 t=49601928837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2433 t=49601928837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2434 t=49601928837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2435 t=49650215837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2436 t=49650215837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2437 t=49650215837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2438 t=49650215837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2439 t=49650215837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2440 t=49650215837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2442 t=49650215837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2443 t=49650215837 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2444 t=49650215837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2445 t=49650215837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2446 t=49650215837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2447 t=49650215837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2449 t=49650215837 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2450 t=49650215837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2451 t=49650215837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/dash inode=316 t=49650215837 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=317 t=49700245837 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=318 t=49700245837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=319 t=49700245837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=49700245837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=321 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=322 t=49700245837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=323 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=324 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=325 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=326 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=327 t=49700245837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=328 t=49700245837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=49700245837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=49700245837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/diff inode=330 t=49753962837 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=49753962837 kinds=block pages=0-580 count=4
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=49950217837 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=49950217837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=49950217837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=49950217837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=49950217837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=49950217837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=49950217837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=49950217837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=49950217837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=49950217837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=49950217837 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=49950217837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=49950217837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=49950217837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=50000241837 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1523 t=50000241837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1524 t=50000241837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1527 t=50000241837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1531 t=50000241837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1532 t=50000241837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1535 t=50000241837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1537 t=50000241837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=50050125837 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=50050125837 kinds=block pages=0-243 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=50153879837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=50153879837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=50153879837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=50153879837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=50153879837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=50153879837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=50153879837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=50153879837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=50153879837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=50153879837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=50153879837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=50153879837 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=50153879837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub inode=7826 t=50153879837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7827 t=50153879837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7828 t=50153879837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7829 t=50153879837 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7830 t=50153879837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7831 t=50153879837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7832 t=50153879837 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7833 t=50153879837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7834 t=50200179837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7835 t=50200179837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/bash inode=292 t=50200179837 kinds=block pages=0-308 count=5
file /usr/bin/basenc inode=291 t=50400172837 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=293 t=50400172837 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=50453966837 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=50453966837 kinds=block pages=0-44 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=50500222837 kinds=block pages=0-63 count=1
file /usr/bin/busctl inode=294 t=50561440837 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/cat inode=296 t=50561440837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=297 t=50561440837 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=298 t=50561440837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=299 t=50561440837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=300 t=50600200837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=301 t=50600200837 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/pwd inode=471 t=50600200837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=473 t=50600200837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=474 t=50600200837 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=475 t=50600200837 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=476 t=50600200837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=478 t=50600200837 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=479 t=50600200837 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=480 t=50600200837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/echo inode=350 t=50600200837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=351 t=50600200837 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=352 t=50600200837 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=353 t=50661465837 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=354 t=50661465837 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=355 t=50661465837 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/dpkg-statoverride inode=345 t=54166192837 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/dpkg-trigger inode=346 t=54166192837 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/dracut inode=347 t=54166192837 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/dracut-catimages inode=348 t=54166192837 kinds=fragment-inferred,block pages=0 count=1
read t=41972120837 offset=0 len=4096
read t=42019427837 offset=4096 len=61440
read t=42346767837 offset=65536 len=65536
read t=42398891837 offset=131072 len=131072
read t=42414604837 offset=262144 len=131072
read t=42418337837 offset=393216 len=131072
read t=42438304837 offset=524288 len=131072
read t=42452612837 offset=655360 len=131072
read t=42502173837 offset=786432 len=131072
read t=42552402837 offset=917504 len=131072
read t=42609986837 offset=146694144 len=131072
read t=42650360837 offset=146825216 len=131072
read t=42705890837 offset=146956288 len=131072
read t=42757961837 offset=147087360 len=131072
read t=42800241837 offset=147218432 len=131072
read t=42850292837 offset=147349504 len=53248
read t=42905945837 offset=154968064 len=131072
read t=42957886837 offset=155099136 len=131072
read t=43000345837 offset=155230208 len=131072
read t=43050363837 offset=155361280 len=131072
read t=43100430837 offset=155492352 len=131072
read t=43150236837 offset=155623424 len=131072
read t=43205921837 offset=155754496 len=131072
read t=43250234837 offset=155885568 len=106496
read t=43306224837 offset=156581888 len=131072
read t=43355841837 offset=156712960 len=131072
read t=43405980837 offset=156844032 len=131072
read t=43449904837 offset=156975104 len=131072
read t=43500538837 offset=157106176 len=131072
read t=43558516837 offset=157237248 len=131072
read t=43600871837 offset=157368320 len=131072
read t=43650904837 offset=157499392 len=131072
read t=43706653837 offset=157630464 len=131072
read t=43759698837 offset=157761536 len=131072
read t=43803691837 offset=157892608 len=131072
read t=43853971837 offset=158023680 len=131072
read t=43903415837 offset=158154752 len=131072
read t=43961570837 offset=158285824 len=131072
read t=44002098837 offset=158416896 len=131072
read t=44064274837 offset=158547968 len=131072
read t=44110016837 offset=158679040 len=131072
read t=44161937837 offset=158810112 len=131072
read t=44233779837 offset=158941184 len=131072
read t=44250221837 offset=159072256 len=131072
read t=44304723837 offset=159203328 len=131072
read t=44352408837 offset=159334400 len=131072
read t=44437315837 offset=159465472 len=131072
read t=44509327837 offset=159596544 len=131072
read t=44582987837 offset=159727616 len=131072
read t=44592381837 offset=159858688 len=131072
read t=44608282837 offset=159989760 len=131072
read t=44650344837 offset=160120832 len=131072
read t=44710152837 offset=160251904 len=131072
read t=44753946837 offset=160382976 len=131072
read t=44809828837 offset=160514048 len=131072
read t=44849845837 offset=160645120 len=131072
read t=44913974837 offset=160776192 len=131072
read t=44953838837 offset=160907264 len=131072
read t=45001947837 offset=161038336 len=110592
read t=45049908837 offset=161570816 len=131072
read t=45101954837 offset=161701888 len=131072
read t=45150023837 offset=161832960 len=131072
read t=45206045837 offset=161964032 len=131072
read t=45250215837 offset=162095104 len=131072
read t=45305763837 offset=162226176 len=131072
read t=45349896837 offset=162357248 len=131072
read t=45405957837 offset=162488320 len=131072
read t=45454272837 offset=162619392 len=131072
read t=45502662837 offset=162750464 len=131072
read t=45553955837 offset=162881536 len=131072
read t=45601869837 offset=163012608 len=131072
read t=45665992837 offset=163143680 len=131072
read t=45709792837 offset=163274752 len=131072
read t=45755391837 offset=163405824 len=131072
read t=45801847837 offset=163536896 len=131072
read t=45850254837 offset=163667968 len=131072
read t=45901877837 offset=163799040 len=131072
read t=45950249837 offset=163930112 len=131072
read t=46009567837 offset=164061184 len=131072
read t=46054807837 offset=164192256 len=131072
read t=46101891837 offset=164323328 len=131072
read t=46153927837 offset=164454400 len=131072
read t=46202001837 offset=164585472 len=131072
read t=46251388837 offset=164716544 len=131072
read t=46301089837 offset=164847616 len=131072
read t=46350816837 offset=164978688 len=24576
read t=46406133837 offset=165359616 len=131072
read t=46457919837 offset=165490688 len=131072
read t=46502142837 offset=165621760 len=131072
read t=46551603837 offset=165752832 len=131072
read t=46601990837 offset=165883904 len=131072
read t=46655147837 offset=166014976 len=131072
read t=46702143837 offset=166146048 len=131072
read t=46750991837 offset=166277120 len=57344
read t=46800937837 offset=167137280 len=131072
read t=46854687837 offset=167268352 len=131072
read t=46914788837 offset=167399424 len=131072
read t=46950686837 offset=167530496 len=131072
read t=47000569837 offset=167661568 len=131072
read t=47053239837 offset=167792640 len=131072
read t=47100292837 offset=167923712 len=131072
read t=47153820837 offset=168054784 len=131072
read t=47201872837 offset=168185856 len=131072
read t=47250310837 offset=168316928 len=131072
read t=47300266837 offset=168448000 len=131072
read t=47350264837 offset=168579072 len=131072
read t=47400868837 offset=168710144 len=131072
read t=47451442837 offset=168841216 len=131072
read t=47502133837 offset=168972288 len=131072
read t=47550087837 offset=169533440 len=131072
read t=47654190837 offset=169664512 len=131072
read t=47666915837 offset=169795584 len=131072
read t=47770066837 offset=169926656 len=131072
read t=47782061837 offset=170057728 len=131072
read t=47802019837 offset=170188800 len=131072
read t=47850354837 offset=170319872 len=131072
read t=47902323837 offset=170450944 len=131072
read t=47950034837 offset=170582016 len=131072
read t=48006401837 offset=170713088 len=131072
read t=48051190837 offset=170844160 len=131072
read t=48103055837 offset=170975232 len=69632
read t=48159368837 offset=171319296 len=131072
read t=48200321837 offset=171450368 len=131072
read t=48253963837 offset=171581440 len=131072
read t=48300220837 offset=171712512 len=131072
read t=48357583837 offset=171843584 len=131072
read t=48402527837 offset=171974656 len=131072
read t=48455380837 offset=172105728 len=131072
read t=48505628837 offset=172236800 len=131072
read t=48575331837 offset=172367872 len=131072
read t=48616081837 offset=172498944 len=131072
read t=48650455837 offset=172630016 len=131072
read t=48700431837 offset=172761088 len=131072
read t=48750282837 offset=172892160 len=131072
read t=48802012837 offset=173023232 len=131072
read t=48862624837 offset=173154304 len=131072
read t=48901483837 offset=173285376 len=131072
read t=48982534837 offset=173416448 len=131072
read t=49000767837 offset=173547520 len=131072
read t=49050354837 offset=173678592 len=131072
read t=49102140837 offset=173809664 len=131072
read t=49156335837 offset=173940736 len=131072
read t=49201873837 offset=174071808 len=118784
read t=49250115837 offset=174563328 len=131072
read t=49302644837 offset=174694400 len=131072
read t=49373407837 offset=174825472 len=131072
read t=49400210837 offset=174956544 len=131072
read t=49450293837 offset=175087616 len=98304
read t=49501807837 offset=175562752 len=131072
read t=49550263837 offset=175693824 len=131072
read t=49601928837 offset=175824896 len=131072
read t=49650215837 offset=175955968 len=131072
read t=49700245837 offset=176087040 len=131072
read t=49753962837 offset=176218112 len=131072
read t=49800277837 offset=176349184 len=131072
read t=49849755837 offset=176480256 len=131072
read t=49921906837 offset=176611328 len=131072
read t=49950217837 offset=176742400 len=131072
read t=50000241837 offset=176873472 len=131072
read t=50050125837 offset=177004544 len=131072
read t=50100254837 offset=177135616 len=131072
read t=50153879837 offset=177266688 len=131072
read t=50200179837 offset=177397760 len=131072
read t=50250207837 offset=177528832 len=131072
read t=50300233837 offset=177659904 len=131072
read t=50350165837 offset=177790976 len=131072
read t=50400172837 offset=177922048 len=131072
read t=50453966837 offset=178053120 len=131072
read t=50500222837 offset=178184192 len=61440
read t=50561440837 offset=178786304 len=131072
read t=50600200837 offset=178917376 len=131072
read t=50661465837 offset=179048448 len=131072
read t=50700483837 offset=179179520 len=131072
read t=50751084837 offset=179310592 len=86016
read t=54166192837 offset=1048576 len=131072
read t=54167008837 offset=2097152 len=4096
read t=54167701837 offset=4194304 len=4096
read t=54177162837 offset=178782208 len=4096
end files=1567 reads=178
