liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179399373 mkfs_time=1796462109 inode_count=13434 block_size=131072 compressor=zstd sha256=a0af6c2392b919b12f82c831535b4e9875561cbe69c0b5e5e2e23c51d75ef565
events 587
dropped 0
boots 1
duration_ns 116063962189
file /boot/config-6.1.0-50-amd64 inode=4 t=58491704037 kinds=block pages=0-63 count=10
file /boot/vmlinuz-6.1.0-50-amd64 inode=5 t=58533472037 kinds=block pages=0-159 count=20
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=13266 t=68963020037 kinds=block pages=64-99 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=13244 t=68963020037 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=13246 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=13247 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=13248 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=13249 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=13251 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=13252 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=13253 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=13254 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=13255 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=13256 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=13257 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=13258 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.list inode=13260 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=13261 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=13262 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.templates inode=13264 t=68963020037 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=13267 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=13268 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=13269 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=13270 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=13271 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=13272 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=13273 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=13274 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=13275 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=13276 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=13277 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=13278 t=68963020037 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=13279 t=68963020037 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=13280 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=13281 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=13282 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=13283 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=13284 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=13285 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=13286 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=13287 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=13288 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=13289 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=13290 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=13291 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=13292 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=13293 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=13294 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=13295 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=13296 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=13297 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=13298 t=68963020037 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=13299 t=68963020037 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=13300 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=13301 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=13302 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=13303 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=13304 t=68963020037 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=13305 t=68963020037 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=13306 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=13307 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=13308 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=13309 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=13310 t=68963020037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=13311 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=13312 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=13313 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=13314 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=13315 t=68963020037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=13316 t=69074359037 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=13317 t=69074359037 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=13318 t=69074359037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=13319 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=13320 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=13321 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=13322 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=13323 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=13324 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=13325 t=69074359037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=13326 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=13327 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=13328 t=69074359037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.config inode=13329 t=69074359037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.templates inode=13336 t=69112060037 kinds=block pages=0-69 count=2
file /var/lib/dpkg/info/tzdata.list inode=13330 t=69216101037 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=13331 t=69216101037 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=13332 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=13333 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=13334 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=13335 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=13337 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=13338 t=69216101037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=13339 t=69216101037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=13340 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=13341 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=13342 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=13343 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=13344 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=13345 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=13346 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=13347 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=13348 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=13349 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=13350 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=13351 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=13352 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=13353 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=13354 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=13355 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=13356 t=69216101037 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=13357 t=69216101037 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=13358 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=13359 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=13360 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=13361 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=13362 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=13363 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=13364 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=13365 t=69216101037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=13369 t=69275104037 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/systemd/catalog/database inode=13391 t=69374535037 kinds=block pages=0-52 count=2
file /var/lib/dpkg/status-old inode=13370 t=69514545037 kinds=fragment-inferred,block pages=0-23 count=1
file /var/lib/dpkg/triggers/File inode=13372 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=13375 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=13376 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=13381 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=13382 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=13383 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=13384 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=13385 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=13386 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=13388 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=13394 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=13395 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=13396 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=13397 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=13398 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=13399 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/log/alternatives.log inode=13413 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/eipp.log.xz inode=13415 t=69514545037 kinds=fragment-inferred,block pages=0-1 count=1
file /var/log/apt/history.log inode=13416 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/log/apt/term.log inode=13417 t=69514545037 kinds=fragment-inferred,block pages=0 count=1
file /var/log/bootstrap.log inode=13418 t=69514545037 kinds=fragment-inferred,block pages=0-17 count=1
file /var/log/dpkg.log inode=13420 t=69514545037 kinds=fragment-inferred,block pages=0-13 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/adduser.conf inode=23 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/alternatives/README inode=25 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=48 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=49 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=53 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=74166253037 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=65 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=66 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=69 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=71 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=72 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=73 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=74 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=76 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=77 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=78 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=79 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=84 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/dracut.conf inode=86 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=88 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=90 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=91 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=92 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/group- inode=93 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=94 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow- inode=95 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=96 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=97 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=99 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=100 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=101 t=74166253037 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/issue inode=102 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=103 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=110 t=74166253037 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=111 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=115 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=117 t=74166253037 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.d/alternatives inode=119 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=120 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=121 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dracut-core inode=122 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=123 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=124 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=126 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=129 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=131 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=7932 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8140 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=134 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=136 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=137 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=138 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=139 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=140 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=141 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=142 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=144 t=74166253037 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=145 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=146 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=147 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=148 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=149 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=150 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=151 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=152 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd- inode=153 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=154 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/resolv.conf inode=171 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=174 t=74166253037 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=175 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=176 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=177 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=179 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=181 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=183 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=184 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=185 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=187 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow inode=188 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/shadow- inode=189 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=190 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=192 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=193 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=194 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=200 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=201 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=203 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=204 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=205 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=222 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=224 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=226 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=227 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=232 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=234 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=235 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=247 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=248 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=276 t=74166253037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=7929 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=7933 t=74166253037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/addpart inode=277 t=74198805037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=278 t=74198805037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=279 t=74198805037 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=280 t=74198805037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=281 t=74198805037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-get inode=282 t=74198805037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=283 t=74198805037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=284 t=74198805037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/arch inode=285 t=74198805037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd inode=6359 t=75947086037 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=75947086037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=75954049037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=75954049037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=75954049037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=75954049037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=75954049037 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=75954049037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=75954049037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=76149387037 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=76202011037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=76202011037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=76202011037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=76202011037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=76202011037 kinds=block pages=0-159 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=76438790037 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=76600546037 kinds=block pages=0-817 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=76800312037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=76800312037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=76800312037 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7793 t=76800312037 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7795 t=76800312037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=77000128037 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=77250693037 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=77250693037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=77406953037 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6983 t=77450700037 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=77604625037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=77604625037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=77604625037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=77604625037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=77650811037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=77650811037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=77650811037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=77650811037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=77806914037 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=77951030037 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=78010203037 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=78155356037 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=78155356037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=78202721037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=78202721037 kinds=block pages=0-86 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=78254658037 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=78350061037 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=78651184037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=78651184037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=78651184037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=78651184037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=78651184037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=78725128037 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=78750156037 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=78850153037 kinds=block pages=0-351,544-735,800-1155 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=79002882037 kinds=block pages=0-325 count=6
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=79254754037 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=79402879037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6937 t=79402879037 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=79450645037 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=79502550037 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=79502550037 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=79954695037 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=80226111037 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=80600086037 kinds=block pages=0-153 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=80855048037 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=80912370037 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6905 t=81905019037 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6950 t=82311403037 kinds=block pages=0-63 count=1
file /usr/sbin/agetty inode=7796 t=82383034037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/sbin/badblocks inode=7797 t=82383034037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/sbin/blkdeactivate inode=7798 t=82383034037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/blkdiscard inode=7799 t=83777270037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=85743733037 kinds=block pages=0-130 count=2
file /usr/lib/dracut/skipcpio inode=1050 t=85751054037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/init/init-d-script inode=1054 t=85751054037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/init/vars.sh inode=1055 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.conf inode=1057 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=85751054037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1078 t=85751054037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1084 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=85751054037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=85751054037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=85751054037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=85751054037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=85751054037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=85754283037 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=85754283037 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1102 t=85754283037 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1104 t=85754283037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1105 t=85754283037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1106 t=85754283037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1107 t=85754283037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1108 t=85754283037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=85895440037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=6009 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=85895440037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=85895440037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=85895440037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=85895440037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=85895440037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=85895440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=85945101037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=85945101037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=85945101037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=85945101037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=85945101037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=85945101037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=85945101037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=85945101037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=85945101037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=85945101037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=85945101037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=85945101037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=85945101037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=85945101037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=85945101037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=85945101037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=85999273037 kinds=block pages=0-128 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=86095157037 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=86295432037 kinds=block pages=0-307 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=86395180037 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=86395180037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=86395180037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=86395180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=86395180037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=86545059037 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=86795471037 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=86845151037 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=86845151037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4842 t=86845151037 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=6004 t=86896593037 kinds=block pages=0-39 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=6006 t=86896593037 kinds=block pages=0-127 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=87048026037 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=87048026037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=87048026037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=87048026037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=87048026037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=87048026037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=87048026037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=87048026037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=87048026037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=87095117037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=87095117037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=87095117037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=87095117037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=87095117037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=87095117037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=87095117037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=87095117037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=87245314037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=87245314037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=87245314037 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=87245314037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=87298594037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=87298594037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=87298594037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=87298594037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=87298594037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=87298594037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=87298594037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=87298594037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=87298594037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=87298594037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=87298594037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=87298594037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/kmod inode=396 t=87495563037 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=394 t=87495563037 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=395 t=87495563037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/last inode=397 t=87545254037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=399 t=87545254037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=401 t=87545254037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/link inode=402 t=87545254037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=403 t=87545254037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=404 t=87545254037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=405 t=87545254037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=406 t=87545254037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=409 t=87545254037 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/localedef inode=412 t=87545254037 kinds=block pages=0-31 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=88563284037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=88563284037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=88563284037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=88563284037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=88563284037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=88563284037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=88563284037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=88563284037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=88563284037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=92067180037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=92067180037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=92067180037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=92067180037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=92067559037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=92067559037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=92067559037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=92067559037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=92067559037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=92067559037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=92067559037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=92067559037 kinds=block pages=0-86 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11850 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11865 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11866 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=92447001037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=11979 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=12000 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=12001 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=12080 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=92447402037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=92447402037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=92447402037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=439 t=93788212037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=440 t=93788212037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=444 t=93788684037 kinds=block pages=0-34 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=93939419037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=93939419037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=93939419037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=93939419037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=93939419037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6866 t=94000342037 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=95151751037 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=95180516037 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=95604290037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=95604290037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=95604290037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=95604290037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=95604290037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=95604290037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=95604290037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1618 t=95604799037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1619 t=95604799037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1620 t=95604799037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1622 t=95604799037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1623 t=95604799037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1624 t=95604799037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1625 t=95604799037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1627 t=95604799037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1628 t=95604799037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1629 t=95604799037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1630 t=95604799037 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1631 t=95604799037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1632 t=95604799037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=95752991037 kinds=block pages=0-100 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=95863639037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=95863639037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=95863639037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=95863639037 kinds=block pages=0-63 count=1
file /usr/lib/systemd/systemd-logind inode=6375 t=96419543037 kinds=block pages=64-68 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=96442728037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=96442728037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=96442728037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=96442728037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=96443331037 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=96916374037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=96916374037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=96916374037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=96916374037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=96916374037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/udevadm inode=565 t=97128821037 kinds=block pages=0-330 count=7
file /usr/bin/uclampset inode=564 t=97270688037 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=566 t=97270688037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=567 t=97470848037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=568 t=97470848037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-journald inode=6373 t=97667348037 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=97722607037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=97722607037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=97722607037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=97722607037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=97722607037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/uniq inode=569 t=97821125037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=570 t=97821125037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=571 t=97821125037 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=98051295037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=538 t=98051295037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=539 t=98051295037 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=98051538037 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=98051538037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=543 t=98051538037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=98310914037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=98310914037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=98310914037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=98310914037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=98310914037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=98310914037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=98310914037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=98310914037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=98310914037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=98310914037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=98310914037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=98310914037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=98310914037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=98310914037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=98310914037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=98310914037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=98343583037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6514 t=98343583037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=98343583037 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=98343583037 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/tac inode=544 t=98735043037 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/tar inode=546 t=98735043037 kinds=block pages=0-31 count=1
file /usr/lib/udev/hwdb.bin inode=6519 t=98979789037 kinds=block pages=0-479,960-1471,1728-2271,2464-2911,2944-3178 count=27
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=102423065037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/mtd_probe inode=6554 t=102423065037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=102423065037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=102423065037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=102423065037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=102423065037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=102423440037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=102423440037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6600 t=102423440037 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6601 t=102423440037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=102423440037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=102423440037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=102423440037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=102423440037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=102423440037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=102635572037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=102635572037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=102635572037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=102635572037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=102635572037 kinds=block pages=0-58 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=104506175037 kinds=block pages=0-223 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=105164625037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=105164625037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=105164625037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=105164625037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=105164625037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=105164625037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=105164625037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=105164625037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=105204927037 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=105204927037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=105204927037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=105253257037 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=105253257037 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=105253257037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=2430 t=105253257037 kinds=block pages=0-47 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=2426 t=105705083037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=2427 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=2428 t=105705083037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=2431 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2433 t=105705083037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2434 t=105705083037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2435 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2436 t=105705083037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2437 t=105705083037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2438 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2439 t=105705083037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2440 t=105705083037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2442 t=105705083037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2443 t=105705083037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2444 t=105705083037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2445 t=105705083037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2446 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2447 t=105705083037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2449 t=105705083037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2450 t=105705083037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2451 t=105705083037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2452 t=105705083037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/tput inode=556 t=106026888037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/tr inode=557 t=106026888037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=558 t=106026888037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=559 t=106027499037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=560 t=106027499037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/tsort inode=561 t=106027499037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/tty inode=562 t=106027499037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tzselect inode=563 t=106027499037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/systemctl inode=514 t=106147550037 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=106341380037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=106341380037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=106341380037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=106341380037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=106341380037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=106341380037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=106341380037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=106341380037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=106341380037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=106341380037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=106399482037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=106399482037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=106399482037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=106399482037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=106399482037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=106399482037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=106399482037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=106399482037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=106399482037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=106399482037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/systemd-analyze inode=516 t=107028953037 kinds=block pages=0-45 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=107632976037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=107632976037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=107632976037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=107634818037 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=107634818037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=107634818037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=107634818037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=107634818037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=107845333037 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4351 t=107847281037 kinds=block pages=0-32 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4350 t=107847281037 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=108075161037 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=108075161037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=108079092037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=108079092037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=108079092037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=108079092037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=108079092037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=108079092037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=108079092037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=108079092037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=108079092037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=108079092037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=108079092037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=108079092037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=108079092037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=108079092037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=108234686037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=108234686037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=108234686037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=108234686037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=108234686037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=108234686037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=108234686037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=108234686037 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=108234686037 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=108328816037 kinds=block pages=0-63 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=109815835037 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6517 t=109817005037 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=109817005037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=109817005037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=109817005037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=109817005037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=109817005037 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=109817005037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=109817215037 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=109968873037 kinds=block pages=0-580 count=4
file /usr/bin/dash inode=316 t=110119207037 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=317 t=110119207037 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=318 t=110182916037 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=319 t=110182916037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=110182916037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=321 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=322 t=110182916037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=323 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=324 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=325 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=326 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=327 t=110182916037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=328 t=110182916037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/diff inode=330 t=110182916037 kinds=block pages=0-37 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=110927564037 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=111309513037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=111309513037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=111309513037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=111309513037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=111309513037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=111309513037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=111309513037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=111309513037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=111309513037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=111309513037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=111309513037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=111309513037 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=111309513037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=111309513037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=111309513037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=112779543037 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1523 t=112779543037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1524 t=112779543037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1527 t=112779543037 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1531 t=112779543037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1532 t=112779543037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1535 t=112779543037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1537 t=112779543037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=112829287037 kinds=block pages=0-97 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=112894122037 kinds=block pages=0-159 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=113267301037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=113267301037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=113267301037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=113267574037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=113267574037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=113267574037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=113267574037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=113267574037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=113267574037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=113267574037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=113267574037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=113267574037 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=113267574037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/e2scrub inode=7826 t=113406648037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7827 t=113406648037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7828 t=113406648037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7829 t=113406648037 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7830 t=113406648037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7831 t=113406648037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7832 t=113406648037 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7833 t=113456172037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7834 t=113456172037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7835 t=113456172037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/bash inode=292 t=113607164037 kinds=block pages=0-308 count=7
file /usr/bin/basenc inode=291 t=113810847037 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=293 t=113810847037 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=113958693037 kinds=block pages=0-49 count=2
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=114061990037 kinds=block pages=0-44 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=114061990037 kinds=block pages=0-63 count=1
file /usr/bin/busctl inode=294 t=114306167037 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/cat inode=296 t=114360045037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=297 t=114360045037 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=298 t=114360045037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=299 t=114360045037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=300 t=114360045037 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/chgrp inode=301 t=114360045037 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/pwd inode=471 t=114691027037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/readlink inode=473 t=114691027037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=474 t=114691326037 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=475 t=114691326037 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=476 t=114691326037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=478 t=114691326037 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=479 t=114691326037 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=480 t=114691326037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/echo inode=350 t=114839392037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=351 t=114839392037 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=352 t=114839392037 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=353 t=114839392037 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=354 t=114839392037 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=355 t=114892532037 kinds=fragment-inferred,block pages=0-28 count=1
read t=57779085037 offset=22528 len=4096
read t=57843181037 offset=153600 len=4096
read t=57881431037 offset=415744 len=4096
read t=57933585037 offset=940032 len=4096
read t=57986861037 offset=1988608 len=4096
read t=58034246037 offset=4085760 len=4096
read t=58431091037 offset=0 len=22528
read t=58491704037 offset=26624 len=126976
read t=58533472037 offset=157696 len=131072
read t=58579758037 offset=288768 len=126976
read t=64686918037 offset=22528 len=4096
read t=64738888037 offset=153600 len=4096
read t=64786857037 offset=415744 len=4096
read t=64838934037 offset=940032 len=4096
read t=64898381037 offset=1988608 len=4096
read t=64935283037 offset=4085760 len=4096
read t=65342551037 offset=0 len=22528
read t=65386576037 offset=26624 len=126976
read t=65436346037 offset=157696 len=131072
read t=65487607037 offset=288768 len=126976
read t=66899842037 offset=179306496 len=4096
read t=66903412037 offset=179392512 len=4096
read t=66918219037 offset=0 len=16384
read t=66971351037 offset=16384 len=32768
read t=67012025037 offset=179396608 len=4096
read t=67079519037 offset=179265536 len=4096
read t=67116314037 offset=179367936 len=4096
read t=67163207037 offset=179269632 len=4096
read t=67215223037 offset=179195904 len=4096
read t=67271259037 offset=179097600 len=4096
read t=67315418037 offset=179380224 len=4096
read t=67366893037 offset=179052544 len=4096
read t=67415405037 offset=179240960 len=4096
read t=67466737037 offset=179023872 len=4096
read t=67512680037 offset=178933760 len=4096
read t=67563182037 offset=178900992 len=4096
read t=67615306037 offset=178892800 len=4096
read t=67667070037 offset=178913280 len=4096
read t=67716720037 offset=177819648 len=4096
read t=67763384037 offset=179122176 len=4096
read t=67838839037 offset=49152 len=65536
read t=67877528037 offset=131072 len=4096
read t=67913449037 offset=262144 len=4096
read t=67963242037 offset=524288 len=4096
read t=68013181037 offset=1048576 len=4096
read t=68062704037 offset=2097152 len=4096
read t=68113157037 offset=4194304 len=4096
read t=68200816037 offset=114688 len=16384
read t=68211990037 offset=135168 len=126976
read t=68262861037 offset=266240 len=110592
read t=68362227037 offset=376832 len=131072
read t=68462747037 offset=507904 len=16384
read t=68562659037 offset=528384 len=110592
read t=68662504037 offset=638976 len=131072
read t=68774652037 offset=178782208 len=4096
read t=68819024037 offset=22528 len=4096
read t=68890850037 offset=178786304 len=16384
read t=68915106037 offset=153600 len=4096
read t=68963020037 offset=178802688 len=90112
read t=69012425037 offset=178896896 len=4096
read t=69074359037 offset=178905088 len=8192
read t=69112060037 offset=178917376 len=16384
read t=69162488037 offset=415744 len=4096
read t=69216101037 offset=178937856 len=86016
read t=69275104037 offset=179027968 len=4096
read t=69314724037 offset=940032 len=4096
read t=69374535037 offset=179032064 len=20480
read t=69414242037 offset=1988608 len=4096
read t=69466666037 offset=179056640 len=40960
read t=69514545037 offset=179101696 len=20480
read t=69566697037 offset=179126272 len=36864
read t=69622299037 offset=4085760 len=4096
read t=69670572037 offset=179163136 len=32768
read t=69714783037 offset=179200000 len=40960
read t=69766573037 offset=179245056 len=20480
read t=69868954037 offset=179273728 len=32768
read t=69918862037 offset=179310592 len=57344
read t=69966506037 offset=179372032 len=8192
read t=70086131037 offset=179384320 len=8192
read t=70314618037 offset=0 len=22528
read t=70429824037 offset=26624 len=126976
read t=70468410037 offset=157696 len=131072
read t=70513653037 offset=288768 len=126976
read t=74146733037 offset=8208384 len=4096
read t=74148766037 offset=8212480 len=16384
read t=74162707037 offset=8228864 len=32768
read t=74166253037 offset=8261632 len=65536
read t=74198805037 offset=8327168 len=131072
read t=75945135037 offset=106881024 len=4096
read t=75946520037 offset=106885120 len=16384
read t=75947086037 offset=106901504 len=32768
read t=75954049037 offset=106934272 len=65536
read t=75998865037 offset=113987584 len=4096
read t=76048900037 offset=113991680 len=16384
read t=76100724037 offset=114008064 len=32768
read t=76149387037 offset=114040832 len=65536
read t=76202011037 offset=114106368 len=131072
read t=76398492037 offset=127938560 len=4096
read t=76434964037 offset=127942656 len=16384
read t=76438790037 offset=127959040 len=32768
read t=76474339037 offset=127991808 len=65536
read t=76543667037 offset=128552960 len=4096
read t=76546676037 offset=128557056 len=16384
read t=76566833037 offset=128573440 len=32768
read t=76600546037 offset=128606208 len=65536
read t=76658128037 offset=128671744 len=131072
read t=76700101037 offset=129871872 len=4096
read t=76750670037 offset=129875968 len=16384
read t=76800312037 offset=129892352 len=32768
read t=76854561037 offset=115392512 len=4096
read t=76900414037 offset=115396608 len=16384
read t=76951207037 offset=115412992 len=32768
read t=77000128037 offset=115445760 len=65536
read t=77050649037 offset=115511296 len=131072
read t=77100116037 offset=116174848 len=4096
read t=77150767037 offset=116178944 len=16384
read t=77199550037 offset=116195328 len=32768
read t=77250693037 offset=116228096 len=65536
read t=77302654037 offset=124416000 len=4096
read t=77354915037 offset=124420096 len=16384
read t=77406953037 offset=124436480 len=32768
read t=77450700037 offset=124469248 len=65536
read t=77506564037 offset=123777024 len=4096
read t=77550475037 offset=123781120 len=16384
read t=77604625037 offset=123797504 len=32768
read t=77650811037 offset=123830272 len=65536
read t=77702677037 offset=115347456 len=4096
read t=77754950037 offset=115351552 len=16384
read t=77806914037 offset=115367936 len=24576
read t=77885833037 offset=122408960 len=4096
read t=77902728037 offset=122413056 len=16384
read t=77951030037 offset=122429440 len=32768
read t=78010203037 offset=122462208 len=65536
read t=78050009037 offset=115150848 len=4096
read t=78106954037 offset=115154944 len=16384
read t=78155356037 offset=115171328 len=32768
read t=78202721037 offset=115204096 len=65536
read t=78254658037 offset=123895808 len=16384
read t=78306806037 offset=123912192 len=32768
read t=78350061037 offset=123944960 len=65536
read t=78402614037 offset=122527744 len=131072
read t=78465040037 offset=114237440 len=131072
read t=78500107037 offset=115269632 len=77824
read t=78565835037 offset=119222272 len=4096
read t=78601218037 offset=119226368 len=16384
read t=78651184037 offset=119242752 len=32768
read t=78725128037 offset=119275520 len=65536
read t=78750156037 offset=116293632 len=16384
read t=78806518037 offset=116310016 len=32768
read t=78850153037 offset=116342784 len=65536
read t=78900095037 offset=119672832 len=4096
read t=78950230037 offset=119676928 len=16384
read t=79002882037 offset=119693312 len=32768
read t=79054589037 offset=119726080 len=65536
read t=79100020037 offset=120119296 len=4096
read t=79155134037 offset=120123392 len=16384
read t=79203203037 offset=120139776 len=32768
read t=79254754037 offset=120172544 len=65536
read t=79300450037 offset=121774080 len=4096
read t=79358932037 offset=121778176 len=16384
read t=79402879037 offset=121794560 len=32768
read t=79450645037 offset=121827328 len=65536
read t=79502550037 offset=121892864 len=131072
read t=79569397037 offset=116408320 len=131072
read t=79603390037 offset=118059008 len=4096
read t=79650801037 offset=118063104 len=16384
read t=79730529037 offset=118079488 len=32768
read t=79760128037 offset=116539392 len=131072
read t=79802769037 offset=126611456 len=4096
read t=79850116037 offset=126615552 len=16384
read t=79905167037 offset=126631936 len=32768
read t=79954695037 offset=126664704 len=65536
read t=80022749037 offset=126730240 len=131072
read t=80050632037 offset=126873600 len=4096
read t=80102744037 offset=126877696 len=16384
read t=80155118037 offset=126894080 len=32768
read t=80226111037 offset=126926848 len=65536
read t=80262181037 offset=122023936 len=131072
read t=80302933037 offset=122363904 len=4096
read t=80350866037 offset=122368000 len=16384
read t=80403159037 offset=122384384 len=24576
read t=80530695037 offset=123547648 len=4096
read t=80532823037 offset=123551744 len=16384
read t=80554755037 offset=123568128 len=32768
read t=80600086037 offset=123600896 len=65536
read t=80654641037 offset=123666432 len=110592
read t=80728930037 offset=121380864 len=4096
read t=80750357037 offset=121384960 len=16384
read t=80800355037 offset=121401344 len=32768
read t=80855048037 offset=121434112 len=65536
read t=80912370037 offset=121499648 len=131072
read t=80970580037 offset=128057344 len=131072
read t=81006940037 offset=115691520 len=4096
read t=81058745037 offset=115695616 len=16384
read t=81103112037 offset=115712000 len=32768
read t=81190328037 offset=115744768 len=65536
read t=81199955037 offset=115810304 len=131072
read t=81250623037 offset=115642368 len=16384
read t=81300105037 offset=115658752 len=32768
read t=81395236037 offset=115941376 len=16384
read t=81402728037 offset=115957760 len=32768
read t=81455513037 offset=115990528 len=65536
read t=81502873037 offset=116056064 len=118784
read t=81587872037 offset=122155008 len=131072
read t=81613239037 offset=122286080 len=77824
read t=81682823037 offset=126861312 len=12288
read t=81700004037 offset=117993472 len=4096
read t=81751487037 offset=117997568 len=16384
read t=81804394037 offset=118013952 len=32768
read t=81850636037 offset=118046720 len=12288
read t=81905019037 offset=118112256 len=131072
read t=81973688037 offset=116670464 len=131072
read t=82215074037 offset=119791616 len=131072
read t=82242894037 offset=119922688 len=131072
read t=82311403037 offset=122658816 len=131072
read t=82359492037 offset=129839104 len=4096
read t=82372259037 offset=129843200 len=16384
read t=82376308037 offset=129859584 len=12288
read t=82383034037 offset=129925120 len=32768
read t=82434640037 offset=128802816 len=131072
read t=82481607037 offset=128516096 len=4096
read t=82518982037 offset=128520192 len=16384
read t=82569247037 offset=128536576 len=16384
read t=82958241037 offset=117202944 len=4096
read t=82959122037 offset=117207040 len=16384
read t=82962859037 offset=117223424 len=32768
read t=82963653037 offset=117256192 len=65536
read t=83026881037 offset=117321728 len=131072
read t=83059785037 offset=117452800 len=131072
read t=83118660037 offset=117760000 len=4096
read t=83162885037 offset=117764096 len=16384
read t=83218352037 offset=117780480 len=32768
read t=83259065037 offset=117813248 len=65536
read t=83314409037 offset=117878784 len=114688
read t=83458693037 offset=129220608 len=4096
read t=83462685037 offset=129224704 len=16384
read t=83517443037 offset=129241088 len=32768
read t=83519837037 offset=129273856 len=65536
read t=83566641037 offset=129339392 len=131072
read t=83618760037 offset=129470464 len=131072
read t=83660864037 offset=129601536 len=131072
read t=83717118037 offset=129732608 len=106496
read t=83777270037 offset=129957888 len=36864
read t=83811144037 offset=129155072 len=4096
read t=83859193037 offset=129159168 len=16384
read t=83915267037 offset=129175552 len=32768
read t=83962649037 offset=129208320 len=12288
read t=84059037037 offset=129093632 len=4096
read t=84177529037 offset=129097728 len=16384
read t=84184195037 offset=129114112 len=32768
read t=84392632037 offset=129146880 len=8192
read t=84622146037 offset=128966656 len=4096
read t=84664424037 offset=128970752 len=16384
read t=84671535037 offset=128987136 len=32768
read t=84686569037 offset=129019904 len=65536
read t=84687030037 offset=129085440 len=8192
read t=85171982037 offset=128217088 len=4096
read t=85194799037 offset=128221184 len=16384
read t=85217271037 offset=128237568 len=32768
read t=85232463037 offset=128270336 len=65536
read t=85272839037 offset=128335872 len=131072
read t=85330063037 offset=128466944 len=49152
read t=85559185037 offset=128188416 len=16384
read t=85567449037 offset=128204800 len=12288
read t=85690205037 offset=128933888 len=32768
read t=85743733037 offset=18272256 len=4096
read t=85750459037 offset=18276352 len=16384
read t=85751054037 offset=18292736 len=32768
read t=85754283037 offset=18325504 len=65536
read t=85796185037 offset=106729472 len=4096
read t=85854849037 offset=106733568 len=16384
read t=85895440037 offset=106749952 len=32768
read t=85945101037 offset=106782720 len=65536
read t=85999273037 offset=106274816 len=4096
read t=86045321037 offset=106278912 len=16384
read t=86095157037 offset=106295296 len=32768
read t=86145109037 offset=106328064 len=65536
read t=86195150037 offset=106000384 len=4096
read t=86245330037 offset=106004480 len=16384
read t=86295432037 offset=106020864 len=32768
read t=86345116037 offset=106053632 len=65536
read t=86395180037 offset=106119168 len=131072
read t=86445398037 offset=106549248 len=4096
read t=86495333037 offset=106553344 len=16384
read t=86545059037 offset=106569728 len=32768
read t=86595124037 offset=106602496 len=65536
read t=86645018037 offset=106668032 len=61440
read t=86695150037 offset=83505152 len=4096
read t=86745656037 offset=83509248 len=16384
read t=86795471037 offset=83525632 len=32768
read t=86845151037 offset=83558400 len=65536
read t=86896593037 offset=106393600 len=131072
read t=86945164037 offset=96149504 len=4096
read t=86995315037 offset=96153600 len=16384
read t=87048026037 offset=96169984 len=32768
read t=87095117037 offset=96202752 len=65536
read t=87146846037 offset=93859840 len=4096
read t=87195310037 offset=93863936 len=16384
read t=87245314037 offset=93880320 len=32768
read t=87298594037 offset=93913088 len=65536
read t=87442703037 offset=11681792 len=4096
read t=87444592037 offset=11685888 len=16384
read t=87445054037 offset=11702272 len=32768
read t=87495563037 offset=11735040 len=65536
read t=87545254037 offset=11800576 len=131072
read t=87633441037 offset=117633024 len=4096
read t=87645034037 offset=117637120 len=16384
read t=87695127037 offset=117653504 len=32768
read t=87750159037 offset=117686272 len=65536
read t=87802615037 offset=117751808 len=8192
read t=88562700037 offset=106848256 len=16384
read t=88563284037 offset=106864640 len=16384
read t=90680959037 offset=120053760 len=16384
read t=90681527037 offset=120070144 len=32768
read t=90698143037 offset=120102912 len=16384
read t=90702450037 offset=120238080 len=61440
read t=92063416037 offset=18116608 len=4096
read t=92066623037 offset=18120704 len=16384
read t=92067180037 offset=18137088 len=32768
read t=92067559037 offset=18169856 len=65536
read t=92446391037 offset=154243072 len=4096
read t=92447001037 offset=154247168 len=16384
read t=92447402037 offset=154263552 len=32768
read t=92743846037 offset=18235392 len=36864
read t=93785312037 offset=12697600 len=4096
read t=93787614037 offset=12701696 len=16384
read t=93788212037 offset=12718080 len=32768
read t=93788684037 offset=12750848 len=65536
read t=93879843037 offset=113512448 len=4096
read t=93888230037 offset=113516544 len=16384
read t=93939419037 offset=113532928 len=32768
read t=94000342037 offset=113565696 len=65536
read t=95112689037 offset=84959232 len=4096
read t=95135599037 offset=84963328 len=16384
read t=95151751037 offset=84979712 len=32768
read t=95180516037 offset=85012480 len=65536
read t=95594033037 offset=23736320 len=4096
read t=95596511037 offset=23740416 len=16384
read t=95604290037 offset=23756800 len=32768
read t=95604799037 offset=23789568 len=65536
read t=95749947037 offset=86020096 len=4096
read t=95750743037 offset=86024192 len=16384
read t=95752991037 offset=86040576 len=32768
read t=95822084037 offset=86073344 len=65536
read t=95863639037 offset=86138880 len=131072
read t=96419543037 offset=107163648 len=4096
read t=96422015037 offset=107167744 len=16384
read t=96442728037 offset=107184128 len=32768
read t=96443331037 offset=107216896 len=65536
read t=96915674037 offset=107692032 len=4096
read t=96916374037 offset=107696128 len=16384
read t=96948372037 offset=107712512 len=32768
read t=97115301037 offset=16805888 len=4096
read t=97127762037 offset=16809984 len=16384
read t=97128821037 offset=16826368 len=32768
read t=97195897037 offset=16859136 len=65536
read t=97237007037 offset=17297408 len=4096
read t=97249848037 offset=17301504 len=16384
read t=97270688037 offset=17317888 len=32768
read t=97458431037 offset=17252352 len=4096
read t=97460558037 offset=17256448 len=16384
read t=97461312037 offset=17272832 len=24576
read t=97470848037 offset=17350656 len=20480
read t=97518681037 offset=16924672 len=131072
read t=97576255037 offset=17055744 len=131072
read t=97616340037 offset=106999808 len=16384
read t=97667348037 offset=107016192 len=32768
read t=97722607037 offset=107048960 len=65536
read t=97766987037 offset=17186816 len=65536
read t=97821125037 offset=17371136 len=77824
read t=98050369037 offset=16113664 len=4096
read t=98050831037 offset=16117760 len=16384
read t=98051295037 offset=16134144 len=32768
read t=98051538037 offset=16166912 len=65536
read t=98310914037 offset=107745280 len=57344
read t=98343583037 offset=107802624 len=114688
read t=98735043037 offset=16232448 len=131072
read t=98979789037 offset=107917312 len=131072
read t=102075639037 offset=108048384 len=131072
read t=102422076037 offset=111382528 len=4096
read t=102422686037 offset=111386624 len=16384
read t=102423065037 offset=111403008 len=32768
read t=102423440037 offset=111435776 len=65536
read t=102635572037 offset=111501312 len=131072
read t=103401430037 offset=109268992 len=4096
read t=103403336037 offset=109273088 len=16384
read t=103406938037 offset=109289472 len=32768
read t=103407650037 offset=109322240 len=65536
read t=103456340037 offset=109387776 len=131072
read t=103510027037 offset=108982272 len=4096
read t=103558987037 offset=108986368 len=16384
read t=103603377037 offset=109002752 len=32768
read t=103654496037 offset=109035520 len=65536
read t=103706130037 offset=109522944 len=4096
read t=103752973037 offset=109527040 len=16384
read t=103803241037 offset=109543424 len=32768
read t=103855525037 offset=109576192 len=65536
read t=103908304037 offset=109641728 len=131072
read t=103954406037 offset=108507136 len=4096
read t=104006931037 offset=108511232 len=16384
read t=104055063037 offset=108527616 len=32768
read t=104102821037 offset=106250240 len=24576
read t=104154018037 offset=108560384 len=73728
read t=104202829037 offset=109518848 len=4096
read t=104252913037 offset=108965888 len=4096
read t=104303112037 offset=108969984 len=12288
read t=104354821037 offset=109973504 len=4096
read t=104403539037 offset=109977600 len=16384
read t=104453272037 offset=109993984 len=32768
read t=104506175037 offset=110026752 len=65536
read t=104554517037 offset=108863488 len=4096
read t=104603068037 offset=108867584 len=16384
read t=104653213037 offset=108883968 len=32768
read t=104703095037 offset=108916736 len=49152
read t=104754602037 offset=108457984 len=4096
read t=104803324037 offset=108462080 len=16384
read t=104854729037 offset=108478464 len=28672
read t=104908566037 offset=110092288 len=131072
read t=104958115037 offset=109101056 len=77824
read t=105004043037 offset=108634112 len=106496
read t=105163398037 offset=39116800 len=4096
read t=105163927037 offset=39120896 len=16384
read t=105164625037 offset=39137280 len=32768
read t=105204927037 offset=39170048 len=65536
read t=105253257037 offset=39235584 len=131072
read t=105313012037 offset=109830144 len=4096
read t=105353294037 offset=109834240 len=16384
read t=105415867037 offset=109850624 len=32768
read t=105454841037 offset=109772800 len=8192
read t=105502990037 offset=109883392 len=90112
read t=105556632037 offset=109789184 len=4096
read t=105603346037 offset=109793280 len=16384
read t=105653483037 offset=109809664 len=20480
read t=105705083037 offset=39366656 len=131072
read t=105987886037 offset=16715776 len=4096
read t=106022389037 offset=16719872 len=16384
read t=106026888037 offset=16736256 len=32768
read t=106027499037 offset=16769024 len=36864
read t=106094902037 offset=15187968 len=4096
read t=106146011037 offset=15192064 len=16384
read t=106147550037 offset=15208448 len=32768
read t=106214885037 offset=15241216 len=65536
read t=106297717037 offset=34488320 len=4096
read t=106330130037 offset=34492416 len=16384
read t=106341380037 offset=34508800 len=32768
read t=106399482037 offset=34541568 len=65536
read t=106747429037 offset=15728640 len=4096
read t=106758541037 offset=15732736 len=16384
read t=106759354037 offset=15749120 len=32768
read t=107028953037 offset=15781888 len=65536
read t=107435198037 offset=108437504 len=4096
read t=107467282037 offset=108441600 len=16384
read t=107631786037 offset=19918848 len=4096
read t=107632519037 offset=19922944 len=16384
read t=107632976037 offset=19939328 len=32768
read t=107634818037 offset=19972096 len=65536
read t=107843116037 offset=76734464 len=4096
read t=107843760037 offset=76738560 len=16384
read t=107845333037 offset=76754944 len=32768
read t=107847281037 offset=76787712 len=65536
read t=108067494037 offset=38805504 len=4096
read t=108069529037 offset=38809600 len=16384
read t=108075161037 offset=38825984 len=32768
read t=108079092037 offset=38858752 len=65536
read t=108231098037 offset=22896640 len=4096
read t=108232631037 offset=22900736 len=16384
read t=108234686037 offset=22917120 len=32768
read t=108328816037 offset=22949888 len=65536
read t=108937057037 offset=15306752 len=131072
read t=109046518037 offset=15437824 len=131072
read t=109067507037 offset=15687680 len=4096
read t=109070036037 offset=15691776 len=16384
read t=109104854037 offset=15708160 len=20480
read t=109463496037 offset=15568896 len=118784
read t=109815835037 offset=111026176 len=4096
read t=109816566037 offset=111030272 len=16384
read t=109817005037 offset=111046656 len=32768
read t=109817215037 offset=111079424 len=65536
read t=109867097037 offset=18862080 len=4096
read t=109931707037 offset=18866176 len=16384
read t=109968873037 offset=18882560 len=98304
read t=110032777037 offset=9678848 len=4096
read t=110067725037 offset=9682944 len=16384
read t=110119207037 offset=9699328 len=98304
read t=110182916037 offset=9797632 len=131072
read t=110239951037 offset=18980864 len=131072
read t=110598630037 offset=19111936 len=131072
read t=110927564037 offset=19243008 len=131072
read t=111309513037 offset=19374080 len=131072
read t=112779543037 offset=23015424 len=131072
read t=112827671037 offset=18575360 len=4096
read t=112828494037 offset=18579456 len=16384
read t=112829287037 offset=18595840 len=32768
read t=112835472037 offset=18628608 len=65536
read t=112894122037 offset=18694144 len=131072
read t=113254871037 offset=23441408 len=4096
read t=113266735037 offset=23445504 len=16384
read t=113267301037 offset=23461888 len=32768
read t=113267574037 offset=23494656 len=65536
read t=113358716037 offset=130527232 len=4096
read t=113359177037 offset=130531328 len=16384
read t=113406648037 offset=130547712 len=32768
read t=113456172037 offset=130580480 len=65536
read t=113506442037 offset=8491008 len=4096
read t=113556412037 offset=8495104 len=16384
read t=113607164037 offset=8511488 len=32768
read t=113656649037 offset=8544256 len=65536
read t=113714253037 offset=9048064 len=4096
read t=113756282037 offset=9052160 len=16384
read t=113810847037 offset=9068544 len=32768
read t=113856101037 offset=125763584 len=4096
read t=113910640037 offset=125767680 len=16384
read t=113958693037 offset=125784064 len=32768
read t=114010401037 offset=125816832 len=65536
read t=114061990037 offset=125882368 len=131072
read t=114116287037 offset=8609792 len=131072
read t=114156102037 offset=8740864 len=131072
read t=114206101037 offset=8871936 len=131072
read t=114258144037 offset=9003008 len=45056
read t=114306167037 offset=9101312 len=32768
read t=114360045037 offset=9134080 len=131072
read t=114687092037 offset=14483456 len=4096
read t=114690507037 offset=14487552 len=16384
read t=114691027037 offset=14503936 len=32768
read t=114691326037 offset=14536704 len=65536
read t=114773524037 offset=10641408 len=4096
read t=114789920037 offset=10645504 len=16384
read t=114839392037 offset=10661888 len=32768
read t=114892532037 offset=10694656 len=65536
end files=1533 reads=529
