liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=179399015 mkfs_time=1796596752 inode_count=13434 block_size=131072 compressor=zstd sha256=02b79ae541e4275ccd86fbf08b5ebb6f205e36790d3750de142f17dabd54310c
events 589
dropped 0
boots 1
duration_ns 48869922258
file /boot/config-6.1.0-50-amd64 inode=4 t=13989055312 kinds=block pages=0-63 ranks=0 count=10
file /boot/vmlinuz-6.1.0-50-amd64 inode=5 t=14039178312 kinds=block pages=0-159 ranks=1 count=20
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=13266 t=18522983312 kinds=block pages=64-99 ranks=2 count=2
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=13244 t=18572012312 kinds=fragment-inferred,block pages=0-5 ranks=3 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=13246 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=4 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=13247 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=13248 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=6 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=13249 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=7 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=13251 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=8 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=13252 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=9 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=13253 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=10 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=13254 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=11 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.triggers inode=13255 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=12 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=13256 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=13 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=13257 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=14 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=13258 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=15 count=1
file /var/lib/dpkg/info/linux-base.list inode=13260 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=16 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=13261 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=17 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=13262 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=18 count=1
file /var/lib/dpkg/info/linux-base.templates inode=13264 t=18572012312 kinds=fragment-inferred,block pages=0-2 ranks=19 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=13267 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=20 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=13268 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=21 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=13269 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=22 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=13270 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=23 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=13271 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=24 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=13272 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=25 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=13273 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=26 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=13274 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=13275 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=13276 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /var/lib/dpkg/info/login.conffiles inode=13277 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /var/lib/dpkg/info/login.list inode=13278 t=18572012312 kinds=fragment-inferred,block pages=0-2 ranks=31 count=1
file /var/lib/dpkg/info/login.md5sums inode=13279 t=18572012312 kinds=fragment-inferred,block pages=0-2 ranks=32 count=1
file /var/lib/dpkg/info/login.postinst inode=13280 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=33 count=1
file /var/lib/dpkg/info/login.postrm inode=13281 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=34 count=1
file /var/lib/dpkg/info/login.preinst inode=13282 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=35 count=1
file /var/lib/dpkg/info/login.prerm inode=13283 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=36 count=1
file /var/lib/dpkg/info/logsave.list inode=13284 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=37 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=13285 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=38 count=1
file /var/lib/dpkg/info/mawk.list inode=13286 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=39 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=13287 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=40 count=1
file /var/lib/dpkg/info/mawk.postinst inode=13288 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=41 count=1
file /var/lib/dpkg/info/mawk.prerm inode=13289 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=42 count=1
file /var/lib/dpkg/info/mount.list inode=13290 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=43 count=1
file /var/lib/dpkg/info/mount.md5sums inode=13291 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=44 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=13292 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=45 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=13293 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=46 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=13294 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=47 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=13295 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=48 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=13296 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=49 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=13297 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=50 count=1
file /var/lib/dpkg/info/passwd.list inode=13298 t=18572012312 kinds=fragment-inferred,block pages=0-3 ranks=51 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=13299 t=18572012312 kinds=fragment-inferred,block pages=0-4 ranks=52 count=1
file /var/lib/dpkg/info/passwd.postinst inode=13300 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=53 count=1
file /var/lib/dpkg/info/passwd.postrm inode=13301 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=54 count=1
file /var/lib/dpkg/info/passwd.preinst inode=13302 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=55 count=1
file /var/lib/dpkg/info/passwd.prerm inode=13303 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=56 count=1
file /var/lib/dpkg/info/perl-base.list inode=13304 t=18572012312 kinds=fragment-inferred,block pages=0-10 ranks=57 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=13305 t=18572012312 kinds=fragment-inferred,block pages=0-13 ranks=58 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=13306 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=59 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=13307 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=60 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=13308 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=61 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=13309 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=62 count=1
file /var/lib/dpkg/info/sed.list inode=13310 t=18572012312 kinds=fragment-inferred,block pages=0-1 ranks=63 count=1
file /var/lib/dpkg/info/sed.md5sums inode=13311 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=64 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=13312 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=65 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=13313 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=66 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=13314 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=67 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=13315 t=18572012312 kinds=fragment-inferred,block pages=0 ranks=68 count=1
file /var/lib/dpkg/info/systemd.list inode=13316 t=18672318312 kinds=fragment-inferred,block pages=0-9 ranks=69 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=13317 t=18672318312 kinds=fragment-inferred,block pages=0-11 ranks=70 count=1
file /var/lib/dpkg/info/systemd.postinst inode=13318 t=18672318312 kinds=fragment-inferred,block pages=0-1 ranks=71 count=1
file /var/lib/dpkg/info/systemd.postrm inode=13319 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=72 count=1
file /var/lib/dpkg/info/systemd.preinst inode=13320 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=73 count=1
file /var/lib/dpkg/info/systemd.prerm inode=13321 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=74 count=1
file /var/lib/dpkg/info/systemd.triggers inode=13322 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=75 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=13323 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=76 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=13324 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /var/lib/dpkg/info/tar.list inode=13325 t=18672318312 kinds=fragment-inferred,block pages=0-1 ranks=78 count=1
file /var/lib/dpkg/info/tar.md5sums inode=13326 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /var/lib/dpkg/info/tar.postinst inode=13327 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /var/lib/dpkg/info/tar.prerm inode=13328 t=18672318312 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /var/lib/dpkg/info/tzdata.config inode=13329 t=18672318312 kinds=fragment-inferred,block pages=0-1 ranks=82 count=1
file /var/lib/dpkg/info/tzdata.templates inode=13336 t=18722385312 kinds=block pages=0-69 ranks=83 count=2
file /var/lib/dpkg/info/tzdata.list inode=13330 t=18772195312 kinds=fragment-inferred,block pages=0-12 ranks=84 count=1
file /var/lib/dpkg/info/tzdata.md5sums inode=13331 t=18772195312 kinds=fragment-inferred,block pages=0-15 ranks=85 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=13332 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=86 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=13333 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=87 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=13334 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=88 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=13335 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=89 count=1
file /var/lib/dpkg/info/udev.conffiles inode=13337 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=90 count=1
file /var/lib/dpkg/info/udev.list inode=13338 t=18772195312 kinds=fragment-inferred,block pages=0-1 ranks=91 count=1
file /var/lib/dpkg/info/udev.md5sums inode=13339 t=18772195312 kinds=fragment-inferred,block pages=0-1 ranks=92 count=1
file /var/lib/dpkg/info/udev.postinst inode=13340 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=93 count=1
file /var/lib/dpkg/info/udev.postrm inode=13341 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=94 count=1
file /var/lib/dpkg/info/udev.preinst inode=13342 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /var/lib/dpkg/info/udev.prerm inode=13343 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /var/lib/dpkg/info/udev.triggers inode=13344 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=13345 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=13346 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=13347 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=13348 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=13349 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=13350 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=13351 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=104 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=13352 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=105 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=13353 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=13354 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=13355 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /var/lib/dpkg/info/util-linux.list inode=13356 t=18772195312 kinds=fragment-inferred,block pages=0-2 ranks=109 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=13357 t=18772195312 kinds=fragment-inferred,block pages=0-4 ranks=110 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=13358 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=111 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=13359 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=13360 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=13361 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=13362 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=13363 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=13364 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=117 count=1
file /var/lib/dpkg/info/zlib1g:amd64.triggers inode=13365 t=18772195312 kinds=fragment-inferred,block pages=0 ranks=118 count=1
file /var/lib/dpkg/status inode=13369 t=18822551312 kinds=fragment-inferred,block pages=0-23 ranks=119 count=1
file /var/lib/systemd/catalog/database inode=13391 t=18872589312 kinds=block pages=0-52 ranks=120 count=2
file /var/lib/dpkg/status-old inode=13370 t=18972231312 kinds=fragment-inferred,block pages=0-23 ranks=121 count=1
file /var/lib/dpkg/triggers/File inode=13372 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /var/lib/dpkg/triggers/ldconfig inode=13375 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=13376 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /var/lib/pam/account inode=13381 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /var/lib/pam/auth inode=13382 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /var/lib/pam/password inode=13383 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /var/lib/pam/seen inode=13384 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /var/lib/pam/session inode=13385 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /var/lib/pam/session-noninteractive inode=13386 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /var/lib/shells.state inode=13388 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=13394 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=13395 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=13396 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=13397 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=135 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=13398 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=13399 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /var/log/alternatives.log inode=13413 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /var/log/apt/eipp.log.xz inode=13415 t=18972231312 kinds=fragment-inferred,block pages=0-1 ranks=139 count=1
file /var/log/apt/history.log inode=13416 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /var/log/apt/term.log inode=13417 t=18972231312 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /var/log/bootstrap.log inode=13418 t=18972231312 kinds=fragment-inferred,block pages=0-16 ranks=142 count=1
file /var/log/dpkg.log inode=13420 t=18972231312 kinds=fragment-inferred,block pages=0-13 ranks=143 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=144 count=1
file /etc/adduser.conf inode=23 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=145 count=1
file /etc/alternatives/README inode=25 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /etc/apt/apt.conf.d/01autoremove inode=48 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /etc/apt/apt.conf.d/70debconf inode=49 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /etc/apt/sources.list inode=53 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=56 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=150 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=57 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=151 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=58 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=152 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=59 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=153 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=60 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=154 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=61 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=62 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=156 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=63 t=20078808312 kinds=fragment-inferred,block pages=0-2 ranks=157 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=64 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /etc/bash.bashrc inode=65 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=159 count=1
file /etc/bindresvport.blacklist inode=66 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=160 count=1
file /etc/cron.d/e2scrub_all inode=69 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /etc/cron.daily/apt-compat inode=71 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /etc/cron.daily/dpkg inode=72 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=163 count=1
file /etc/debconf.conf inode=73 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=164 count=1
file /etc/debian_version inode=74 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=165 count=1
file /etc/default/hwclock inode=76 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=166 count=1
file /etc/default/nss inode=77 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=167 count=1
file /etc/default/useradd inode=78 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /etc/deluser.conf inode=79 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /etc/dpkg/dpkg.cfg inode=81 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /etc/dpkg/origins/debian inode=84 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /etc/dracut.conf inode=86 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /etc/e2scrub.conf inode=88 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=173 count=1
file /etc/fstab inode=90 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=174 count=1
file /etc/gai.conf inode=91 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /etc/group inode=92 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /etc/group- inode=93 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /etc/gshadow inode=94 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /etc/gshadow- inode=95 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /etc/host.conf inode=96 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /etc/hostname inode=97 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /etc/init.d/hwclock.sh inode=99 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /etc/init.d/kmod inode=100 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /etc/init.d/udev inode=101 t=20078808312 kinds=fragment-inferred,block pages=0-1 ranks=184 count=1
file /etc/issue inode=102 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /etc/issue.net inode=103 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /etc/kernel/postinst.d/dracut inode=107 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /etc/kernel/postrm.d/dracut inode=109 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /etc/ld.so.cache inode=110 t=20078808312 kinds=fragment-inferred,block pages=0-1 ranks=189 count=1
file /etc/ld.so.conf inode=111 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /etc/ld.so.conf.d/libc.conf inode=113 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=191 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=114 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=192 count=1
file /etc/libaudit.conf inode=115 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=193 count=1
file /etc/login.defs inode=117 t=20078808312 kinds=fragment-inferred,block pages=0-3 ranks=194 count=1
file /etc/logrotate.d/alternatives inode=119 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /etc/logrotate.d/apt inode=120 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /etc/logrotate.d/dpkg inode=121 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /etc/logrotate.d/dracut-core inode=122 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=198 count=1
file /etc/machine-id inode=123 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=199 count=1
file /etc/mke2fs.conf inode=124 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /etc/modules inode=126 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /etc/motd inode=129 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /etc/nsswitch.conf inode=131 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /usr/share/base-files/motd inode=7932 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8140 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8152 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=206 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8854 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /etc/pam.conf inode=134 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /etc/pam.d/chfn inode=136 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /etc/pam.d/chpasswd inode=137 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /etc/pam.d/chsh inode=138 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /etc/pam.d/common-account inode=139 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /etc/pam.d/common-auth inode=140 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /etc/pam.d/common-password inode=141 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /etc/pam.d/common-session inode=142 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /etc/pam.d/common-session-noninteractive inode=143 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /etc/pam.d/login inode=144 t=20078808312 kinds=fragment-inferred,block pages=0-1 ranks=217 count=1
file /etc/pam.d/newusers inode=145 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /etc/pam.d/other inode=146 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /etc/pam.d/passwd inode=147 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /etc/pam.d/runuser inode=148 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /etc/pam.d/runuser-l inode=149 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /etc/pam.d/su inode=150 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /etc/pam.d/su-l inode=151 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /etc/passwd inode=152 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /etc/passwd- inode=153 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /etc/profile inode=154 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /etc/resolv.conf inode=171 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /etc/security/access.conf inode=174 t=20078808312 kinds=fragment-inferred,block pages=0-1 ranks=229 count=1
file /etc/security/faillock.conf inode=175 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=230 count=1
file /etc/security/group.conf inode=176 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=231 count=1
file /etc/security/limits.conf inode=177 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /etc/security/namespace.conf inode=179 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /etc/security/namespace.init inode=181 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /etc/security/pam_env.conf inode=183 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /etc/security/sepermit.conf inode=184 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /etc/security/time.conf inode=185 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /etc/selinux/semanage.conf inode=187 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /etc/shadow inode=188 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /etc/shadow- inode=189 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=240 count=1
file /etc/shells inode=190 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=241 count=1
file /etc/skel/.bash_logout inode=192 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=242 count=1
file /etc/skel/.bashrc inode=193 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=243 count=1
file /etc/skel/.profile inode=194 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=244 count=1
file /etc/systemd/journald.conf inode=200 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=245 count=1
file /etc/systemd/logind.conf inode=201 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=246 count=1
file /etc/systemd/networkd.conf inode=203 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /etc/systemd/pstore.conf inode=204 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=248 count=1
file /etc/systemd/sleep.conf inode=205 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=249 count=1
file /etc/systemd/system/liveopt-marker.service inode=209 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /etc/systemd/system.conf inode=222 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=251 count=1
file /etc/systemd/user.conf inode=224 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=252 count=1
file /etc/terminfo/README inode=226 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /etc/timezone inode=227 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=254 count=1
file /etc/udev/udev.conf inode=232 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=255 count=1
file /etc/update-motd.d/10-uname inode=234 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /etc/xattr.conf inode=235 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /root/.bashrc inode=247 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=258 count=1
file /root/.profile inode=248 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /usr/bin/[ inode=276 t=20078808312 kinds=fragment-inferred,block pages=0-16 ranks=260 count=1
file /usr/share/base-files/dot.bashrc inode=7928 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /usr/share/base-files/dot.profile inode=7929 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /usr/share/base-files/profile inode=7933 t=20078808312 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /usr/bin/addpart inode=277 t=20127999312 kinds=fragment-inferred,block pages=0-7 ranks=264 count=1
file /usr/bin/apt inode=278 t=20127999312 kinds=fragment-inferred,block pages=0-4 ranks=265 count=1
file /usr/bin/apt-cache inode=279 t=20127999312 kinds=fragment-inferred,block pages=0-21 ranks=266 count=1
file /usr/bin/apt-cdrom inode=280 t=20127999312 kinds=fragment-inferred,block pages=0-5 ranks=267 count=1
file /usr/bin/apt-config inode=281 t=20127999312 kinds=fragment-inferred,block pages=0-6 ranks=268 count=1
file /usr/bin/apt-get inode=282 t=20127999312 kinds=fragment-inferred,block pages=0-12 ranks=269 count=1
file /usr/bin/apt-key inode=283 t=20127999312 kinds=fragment-inferred,block pages=0-6 ranks=270 count=1
file /usr/bin/apt-mark inode=284 t=20127999312 kinds=fragment-inferred,block pages=0-14 ranks=271 count=1
file /usr/bin/arch inode=285 t=20127999312 kinds=fragment-inferred,block pages=0-10 ranks=272 count=1
file /usr/lib/systemd/systemd inode=6359 t=20998224312 kinds=fragment-inferred,block pages=0-22 ranks=273 count=1
file /usr/lib/systemd/systemd-ac-power inode=6360 t=20998224312 kinds=fragment-inferred,block pages=0-3 ranks=274 count=1
file /usr/lib/systemd/systemd-backlight inode=6361 t=20999704312 kinds=fragment-inferred,block pages=0-7 ranks=275 count=1
file /usr/lib/systemd/systemd-binfmt inode=6362 t=20999704312 kinds=fragment-inferred,block pages=0-4 ranks=276 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6363 t=20999704312 kinds=fragment-inferred,block pages=0-3 ranks=277 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6364 t=20999704312 kinds=fragment-inferred,block pages=0-3 ranks=278 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6365 t=20999704312 kinds=fragment-inferred,block pages=0-17 ranks=279 count=1
file /usr/lib/systemd/systemd-fsck inode=6366 t=20999704312 kinds=fragment-inferred,block pages=0-5 ranks=280 count=1
file /usr/lib/systemd/systemd-fsckd inode=6367 t=20999704312 kinds=fragment-inferred,block pages=0-6 ranks=281 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6872 t=21197926312 kinds=block pages=0-52 ranks=282 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libKSC.so inode=6871 t=21248096312 kinds=fragment-inferred,block pages=0-12 ranks=283 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6873 t=21248096312 kinds=fragment-inferred,block pages=0-3 ranks=284 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6875 t=21248096312 kinds=fragment-inferred,block pages=0-9 ranks=285 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6876 t=21248096312 kinds=fragment-inferred,block pages=0-3 ranks=286 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6880 t=21248096312 kinds=block pages=0-63,64-159 ranks=287,321 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7772 t=21398148312 kinds=block pages=0-95,96-159,160-191,192-383,384-447,448-505 ranks=288,350,375,374,366,289 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7773 t=21648232312 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=290,365,376,373,372,371,369,361,291 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7770 t=21851366312 kinds=fragment-inferred,block pages=0-5 ranks=292 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7778 t=21851366312 kinds=fragment-inferred,block pages=0-3 ranks=293 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7780 t=21851366312 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /usr/sbin/add-shell inode=7793 t=21851366312 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /usr/sbin/adduser inode=7795 t=21851366312 kinds=fragment-inferred,block pages=0-11 ranks=296 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6893 t=22047664312 kinds=block pages=0-127,128-159,160-287,288-447,448-470 ranks=297,352,351,353,298 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6892 t=22298214312 kinds=fragment-inferred,block pages=0-18 ranks=299 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6894 t=22298214312 kinds=fragment-inferred,block pages=0-12 ranks=300 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=22447954312 kinds=fragment-inferred,block pages=0-31 ranks=301 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6983 t=22498219312 kinds=block pages=0-31 ranks=302 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6961 t=22648574312 kinds=fragment-inferred,block pages=0-16 ranks=303 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6963 t=22648574312 kinds=fragment-inferred,block pages=0-3 ranks=304 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6965 t=22648574312 kinds=fragment-inferred,block pages=0-4 ranks=305 count=1
file /usr/lib/x86_64-linux-gnu/libpcprofile.so inode=6966 t=22648574312 kinds=fragment-inferred,block pages=0-3 ranks=306 count=1
file /usr/lib/x86_64-linux-gnu/libpsx.so.2.66 inode=6970 t=22698326312 kinds=fragment-inferred,block pages=0-5 ranks=307 count=1
file /usr/lib/x86_64-linux-gnu/libpthread.so.0 inode=6971 t=22698326312 kinds=fragment-inferred,block pages=0-3 ranks=308 count=1
file /usr/lib/x86_64-linux-gnu/libresolv.so.2 inode=6972 t=22698326312 kinds=fragment-inferred,block pages=0-14 ranks=309 count=1
file /usr/lib/x86_64-linux-gnu/librt.so.1 inode=6973 t=22698326312 kinds=fragment-inferred,block pages=0-3 ranks=310 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6887 t=22848094312 kinds=fragment-inferred,block pages=0-31 ranks=311 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6939 t=22998498312 kinds=fragment-inferred,block pages=0-27 ranks=312 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6949 t=23047704312 kinds=block pages=0-31,32-98 ranks=313,320 count=2
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6878 t=23198155312 kinds=fragment-inferred,block pages=0-19 ranks=314 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6883 t=23198155312 kinds=fragment-inferred,block pages=0-8 ranks=315 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6885 t=23247976312 kinds=fragment-inferred,block pages=0-6 ranks=316 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6889 t=23247976312 kinds=block pages=0-31,32-86 ranks=317,322 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=23298268312 kinds=block pages=0-42 ranks=318 count=2
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=23398207312 kinds=block pages=0-31 ranks=319 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6896 t=23698496312 kinds=fragment-inferred,block pages=0-7 ranks=323 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6898 t=23698496312 kinds=fragment-inferred,block pages=0-11 ranks=324 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6900 t=23698496312 kinds=fragment-inferred,block pages=0-4 ranks=325 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6908 t=23698496312 kinds=fragment-inferred,block pages=0-3 ranks=326 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6910 t=23698496312 kinds=fragment-inferred,block pages=0-3 ranks=327 count=1
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6916 t=23748230312 kinds=block pages=0-31 ranks=328 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6902 t=23798340312 kinds=block pages=0-50 ranks=329 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6903 t=23898025312 kinds=block pages=0-31,32-223,224-287,288-351,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=330,339,341,358,367,732,368,356,340 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6923 t=24048478312 kinds=block pages=0-63,64-255,256-287,288-325 ranks=331,359,742,332 count=6
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6925 t=24297723312 kinds=block pages=0-31,32-63 ranks=333,743 count=2
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6935 t=24448819312 kinds=fragment-inferred,block pages=0-8 ranks=334 count=1
file /usr/lib/x86_64-linux-gnu/libjson-c.so.5.2.0 inode=6937 t=24448819312 kinds=fragment-inferred,block pages=0-17 ranks=335 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6941 t=24498089312 kinds=block pages=0-36 ranks=336 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6943 t=24548188312 kinds=block pages=0-46 ranks=337 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6944 t=24548188312 kinds=block pages=0-31,32-95,96-191,192-222 ranks=338,345,354,346 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7007 t=24998246312 kinds=block pages=0-127,128-159,160-186 ranks=342,355,343 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7005 t=25247769312 kinds=fragment-inferred,block pages=0-29 ranks=344 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6968 t=25647699312 kinds=block pages=0-153 ranks=347 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6929 t=25898243312 kinds=block pages=0-38 ranks=348 count=1
file /usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 inode=6931 t=25948259312 kinds=block pages=0-63 ranks=349 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6905 t=26948104312 kinds=block pages=0-63 ranks=357 count=1
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6950 t=27148590312 kinds=block pages=0-63 ranks=360 count=1
file /usr/sbin/agetty inode=7796 t=27348293312 kinds=fragment-inferred,block pages=0-16 ranks=362 count=1
file /usr/sbin/badblocks inode=7797 t=27348293312 kinds=fragment-inferred,block pages=0-8 ranks=363 count=1
file /usr/sbin/blkdeactivate inode=7798 t=27348293312 kinds=fragment-inferred,block pages=0-3 ranks=364 count=1
file /usr/sbin/blkdiscard inode=7799 t=28547921312 kinds=fragment-inferred,block pages=0-8 ranks=370 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1097 t=29698172312 kinds=block pages=0-127,128-130 ranks=1129,377 count=2
file /usr/lib/dracut/skipcpio inode=1050 t=29798482312 kinds=fragment-inferred,block pages=0-3 ranks=378 count=1
file /usr/lib/init/init-d-script inode=1054 t=29798482312 kinds=fragment-inferred,block pages=0-1 ranks=379 count=1
file /usr/lib/init/vars.sh inode=1055 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=380 count=1
file /usr/lib/kernel/install.conf inode=1057 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=381 count=1
file /usr/lib/kernel/install.d/50-depmod.install inode=1059 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=382 count=1
file /usr/lib/kernel/install.d/85-initrd.install inode=1060 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=383 count=1
file /usr/lib/kernel/install.d/90-loaderentry.install inode=1061 t=29798482312 kinds=fragment-inferred,block pages=0-1 ranks=384 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=1064 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=385 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=1065 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=386 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=1067 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=387 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=1068 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=388 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=1070 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=389 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=1071 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=390 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=1072 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=391 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=1073 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=392 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=1074 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=393 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=1075 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=394 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=1076 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=395 count=1
file /usr/lib/lsb/init-functions inode=1078 t=29798482312 kinds=fragment-inferred,block pages=0-2 ranks=396 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1080 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=397 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1081 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=398 count=1
file /usr/lib/mime/packages/tar inode=1084 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=399 count=1
file /usr/lib/mime/packages/util-linux inode=1085 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=400 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1087 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1088 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=402 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1089 t=29798482312 kinds=fragment-inferred,block pages=0 ranks=403 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1096 t=29798482312 kinds=fragment-inferred,block pages=0-5 ranks=404 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1098 t=29798482312 kinds=fragment-inferred,block pages=0-6 ranks=405 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1099 t=29798482312 kinds=fragment-inferred,block pages=0-7 ranks=406 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1100 t=29798482312 kinds=fragment-inferred,block pages=0-7 ranks=407 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1101 t=29848154312 kinds=fragment-inferred,block pages=0-21 ranks=408 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1103 t=29848154312 kinds=block pages=0-34 ranks=409 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1102 t=29848154312 kinds=fragment-inferred,block pages=0-24 ranks=410 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1104 t=29848154312 kinds=fragment-inferred,block pages=0-8 ranks=411 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1105 t=29848154312 kinds=fragment-inferred,block pages=0-3 ranks=412 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1106 t=29848154312 kinds=fragment-inferred,block pages=0-7 ranks=413 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1107 t=29848154312 kinds=fragment-inferred,block pages=0-3 ranks=414 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1108 t=29848154312 kinds=fragment-inferred,block pages=0-9 ranks=415 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=6000 t=29998553312 kinds=fragment-inferred,block pages=0-11 ranks=416 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=6003 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=417 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=6005 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=418 count=1
file /usr/lib/os-release inode=6009 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=419 count=1
file /usr/lib/pam.d/systemd-user inode=6011 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=420 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=6013 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=421 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=6016 t=29998553312 kinds=fragment-inferred,block pages=0-3 ranks=422 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=6017 t=29998553312 kinds=fragment-inferred,block pages=0-2 ranks=423 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=6018 t=29998553312 kinds=fragment-inferred,block pages=0-7 ranks=424 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=6019 t=29998553312 kinds=fragment-inferred,block pages=0-4 ranks=425 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=6020 t=29998553312 kinds=fragment-inferred,block pages=0-1 ranks=426 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=6021 t=29998553312 kinds=fragment-inferred,block pages=0 ranks=427 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=6022 t=30047747312 kinds=fragment-inferred,block pages=0-3 ranks=428 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=6023 t=30047747312 kinds=fragment-inferred,block pages=0-2 ranks=429 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=6024 t=30047747312 kinds=fragment-inferred,block pages=0-1 ranks=430 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=6025 t=30047747312 kinds=fragment-inferred,block pages=0-3 ranks=431 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=6026 t=30047747312 kinds=fragment-inferred,block pages=0-2 ranks=432 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=6027 t=30047747312 kinds=fragment-inferred,block pages=0-5 ranks=433 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=6028 t=30047747312 kinds=fragment-inferred,block pages=0-1 ranks=434 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=6029 t=30047747312 kinds=fragment-inferred,block pages=0-4 ranks=435 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=6030 t=30047747312 kinds=fragment-inferred,block pages=0-2 ranks=436 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=6031 t=30047747312 kinds=fragment-inferred,block pages=0-1 ranks=437 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=6032 t=30047747312 kinds=fragment-inferred,block pages=0-1 ranks=438 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=6034 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=439 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=6035 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=440 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=6036 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=441 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=6037 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=442 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=6038 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=443 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=6039 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=444 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=6040 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=445 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=6041 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=446 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=6042 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=447 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=6043 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=448 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=6044 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=449 count=1
file /usr/lib/systemd/network/99-default.link inode=6045 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=450 count=1
file /usr/lib/systemd/resolv.conf inode=6046 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=451 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=6048 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=452 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=6049 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=453 count=1
file /usr/lib/systemd/system/apt-daily.service inode=6050 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=454 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=6051 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=455 count=1
file /usr/lib/systemd/system/basic.target inode=6053 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=456 count=1
file /usr/lib/systemd/system/blockdev@.target inode=6054 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=457 count=1
file /usr/lib/systemd/system/bluetooth.target inode=6055 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=458 count=1
file /usr/lib/systemd/system/boot-complete.target inode=6056 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=459 count=1
file /usr/lib/systemd/system/console-getty.service inode=6057 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=460 count=1
file /usr/lib/systemd/system/container-getty@.service inode=6058 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=461 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=6061 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=462 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=6062 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=463 count=1
file /usr/lib/systemd/system/debug-shell.service inode=6068 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=464 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6070 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=465 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6071 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=466 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6072 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=467 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6073 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=468 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6083 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=469 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6084 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=470 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6085 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=471 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6086 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=472 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6087 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=473 count=1
file /usr/lib/systemd/system/emergency.service inode=6088 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=474 count=1
file /usr/lib/systemd/system/emergency.target inode=6089 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=475 count=1
file /usr/lib/systemd/system/exit.target inode=6090 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=476 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6091 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=477 count=1
file /usr/lib/systemd/system/final.target inode=6092 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=478 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6093 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=479 count=1
file /usr/lib/systemd/system/fstrim.service inode=6094 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=480 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6095 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=481 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6096 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=482 count=1
file /usr/lib/systemd/system/getty-static.service inode=6097 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=483 count=1
file /usr/lib/systemd/system/getty.target inode=6098 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=484 count=1
file /usr/lib/systemd/system/getty@.service inode=6101 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=485 count=1
file /usr/lib/systemd/system/graphical.target inode=6102 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=486 count=1
file /usr/lib/systemd/system/halt.target inode=6105 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=487 count=1
file /usr/lib/systemd/system/hibernate.target inode=6106 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=488 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6108 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=489 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6109 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=490 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6110 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=491 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6111 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=492 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6112 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=493 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6116 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=494 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6119 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=495 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6120 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=496 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6121 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=497 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6122 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=498 count=1
file /usr/lib/systemd/system/initrd.target inode=6123 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=499 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6133 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=500 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6134 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=501 count=1
file /usr/lib/systemd/system/kexec.target inode=6135 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=502 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6136 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=503 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6138 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=504 count=1
file /usr/lib/systemd/system/local-fs.target inode=6139 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=505 count=1
file /usr/lib/systemd/system/machine.slice inode=6141 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=506 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6142 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=507 count=1
file /usr/lib/systemd/system/multi-user.target inode=6143 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=508 count=1
file /usr/lib/systemd/system/network-online.target inode=6150 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=509 count=1
file /usr/lib/systemd/system/network-pre.target inode=6151 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=510 count=1
file /usr/lib/systemd/system/network.target inode=6152 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=511 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6153 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=512 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6154 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=513 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6155 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=514 count=1
file /usr/lib/systemd/system/paths.target inode=6156 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=515 count=1
file /usr/lib/systemd/system/poweroff.target inode=6157 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=516 count=1
file /usr/lib/systemd/system/printer.target inode=6158 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=517 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6159 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=518 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6160 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=519 count=1
file /usr/lib/systemd/system/quotaon.service inode=6162 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=520 count=1
file /usr/lib/systemd/system/rc-local.service inode=6163 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=521 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6165 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=522 count=1
file /usr/lib/systemd/system/reboot.target inode=6168 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=523 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6169 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=524 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6170 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=525 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6171 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=526 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6172 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=527 count=1
file /usr/lib/systemd/system/rescue.service inode=6173 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=528 count=1
file /usr/lib/systemd/system/rescue.target inode=6174 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=529 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6177 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=530 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6190 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=531 count=1
file /usr/lib/systemd/system/shutdown.target inode=6191 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=532 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6192 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=533 count=1
file /usr/lib/systemd/system/sleep.target inode=6193 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=534 count=1
file /usr/lib/systemd/system/slices.target inode=6194 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=535 count=1
file /usr/lib/systemd/system/smartcard.target inode=6195 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=536 count=1
file /usr/lib/systemd/system/sockets.target inode=6196 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=537 count=1
file /usr/lib/systemd/system/sound.target inode=6204 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=538 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6205 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=539 count=1
file /usr/lib/systemd/system/suspend.target inode=6206 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=540 count=1
file /usr/lib/systemd/system/swap.target inode=6207 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=541 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6208 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=542 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6209 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=543 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6210 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=544 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6211 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=545 count=1
file /usr/lib/systemd/system/sysinit.target inode=6212 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=546 count=1
file /usr/lib/systemd/system/syslog.socket inode=6244 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=547 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6245 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=548 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6246 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=549 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6247 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=550 count=1
file /usr/lib/systemd/system/system-update.target inode=6248 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=551 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6249 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=552 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6250 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=553 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6251 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=554 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6252 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=555 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6253 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=556 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6254 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=557 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6255 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=558 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6256 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=559 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6257 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=560 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6258 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=561 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6259 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=562 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6260 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=563 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6261 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=564 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6262 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=565 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6263 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=566 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6264 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=567 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6265 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=568 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6266 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=569 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6267 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=570 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6268 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=571 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6269 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=572 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6270 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=573 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6271 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=574 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6272 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=575 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6273 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=576 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6274 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=577 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6275 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=578 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6276 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=579 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6277 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=580 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6278 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=581 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6280 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=582 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6281 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=583 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6282 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=584 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6283 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=585 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6284 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=586 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6285 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=587 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6286 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=588 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6287 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=589 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6288 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=590 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6289 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=591 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6290 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=592 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6291 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=593 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6292 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=594 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6293 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=595 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6294 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=596 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6295 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=597 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6296 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=598 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6297 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=599 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6298 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=600 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6299 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=601 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6300 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=602 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6301 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=603 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6302 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=604 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6303 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=605 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6304 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=606 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6305 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=607 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6306 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=608 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6307 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=609 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6308 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=610 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6309 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=611 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6310 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=612 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6311 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=613 count=1
file /usr/lib/systemd/user/smartcard.target inode=6418 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=614 count=1
file /usr/lib/systemd/user/sound.target inode=6420 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=615 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6312 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=616 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6313 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=617 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6314 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=618 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6315 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=619 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6316 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=620 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6317 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=621 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6318 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=622 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6319 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=623 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6320 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=624 count=1
file /usr/lib/systemd/system/time-set.target inode=6321 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=625 count=1
file /usr/lib/systemd/system/time-sync.target inode=6322 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=626 count=1
file /usr/lib/systemd/system/timers.target inode=6323 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=627 count=1
file /usr/lib/systemd/system/umount.target inode=6327 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=628 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6328 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=629 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6330 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=630 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6331 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=631 count=1
file /usr/lib/systemd/system/user.slice inode=6332 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=632 count=1
file /usr/lib/systemd/system/user@.service inode=6333 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=633 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6335 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=634 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6337 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=635 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6338 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=636 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6339 t=30047747312 kinds=fragment-inferred,block pages=0 ranks=637 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6343 t=30047747312 kinds=fragment-inferred,block pages=0-8 ranks=638 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6344 t=30047747312 kinds=fragment-inferred,block pages=0-3 ranks=639 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6345 t=30047747312 kinds=fragment-inferred,block pages=0-10 ranks=640 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6346 t=30047747312 kinds=fragment-inferred,block pages=0-5 ranks=641 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=6001 t=30098058312 kinds=block pages=0-127,128 ranks=1379,642 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=6002 t=30198518312 kinds=block pages=0-171 ranks=643 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5996 t=30398061312 kinds=block pages=0-307 ranks=644 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5991 t=30498185312 kinds=fragment-inferred,block pages=0-19 ranks=645 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5994 t=30498185312 kinds=fragment-inferred,block pages=0-3 ranks=646 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5997 t=30498185312 kinds=fragment-inferred,block pages=0-1 ranks=647 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5998 t=30498185312 kinds=fragment-inferred,block pages=0 ranks=648 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5999 t=30498185312 kinds=fragment-inferred,block pages=0-1 ranks=649 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=6007 t=30648419312 kinds=block pages=0-186 ranks=650 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4835 t=30898498312 kinds=fragment-inferred,block pages=0-26 ranks=651 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4837 t=30947604312 kinds=fragment-inferred,block pages=0-17 ranks=652 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4839 t=30947604312 kinds=fragment-inferred,block pages=0-10 ranks=653 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4842 t=30947604312 kinds=block pages=0-31 ranks=654 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=6004 t=30998027312 kinds=block pages=0-39 ranks=655 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=6006 t=30998027312 kinds=block pages=0-127 ranks=656 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5410 t=31148473312 kinds=fragment-inferred,block pages=0-27 ranks=657 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5411 t=31148473312 kinds=fragment-inferred,block pages=0-3 ranks=658 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5412 t=31148473312 kinds=fragment-inferred,block pages=0-2 ranks=659 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5413 t=31148473312 kinds=fragment-inferred,block pages=0-2 ranks=660 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5414 t=31148473312 kinds=fragment-inferred,block pages=0-3 ranks=661 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5415 t=31148473312 kinds=fragment-inferred,block pages=0-5 ranks=662 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5416 t=31148473312 kinds=fragment-inferred,block pages=0-3 ranks=663 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5417 t=31148473312 kinds=fragment-inferred,block pages=0-2 ranks=664 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5418 t=31148473312 kinds=fragment-inferred,block pages=0-4 ranks=665 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5419 t=31198220312 kinds=fragment-inferred,block pages=0-10 ranks=666 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5420 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=667 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5421 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=668 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5422 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=669 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5423 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=670 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5424 t=31198220312 kinds=fragment-inferred,block pages=0-2 ranks=671 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5425 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=672 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5426 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=673 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5427 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=674 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5428 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=675 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5429 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=676 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5430 t=31198220312 kinds=fragment-inferred,block pages=0-2 ranks=677 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5431 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=678 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5432 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=679 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5433 t=31198220312 kinds=fragment-inferred,block pages=0-2 ranks=680 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5434 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=681 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5435 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=682 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5436 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=683 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5437 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=684 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5438 t=31198220312 kinds=fragment-inferred,block pages=0-2 ranks=685 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5439 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=686 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5440 t=31198220312 kinds=fragment-inferred,block pages=0-3 ranks=687 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5441 t=31198220312 kinds=fragment-inferred,block pages=0-2 ranks=688 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5442 t=31198220312 kinds=fragment-inferred,block pages=0-4 ranks=689 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5199 t=31348369312 kinds=fragment-inferred,block pages=0-2 ranks=690 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5200 t=31348369312 kinds=fragment-inferred,block pages=0-2 ranks=691 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5201 t=31348369312 kinds=fragment-inferred,block pages=0-15 ranks=692 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5202 t=31348369312 kinds=fragment-inferred,block pages=0-10 ranks=693 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5203 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=694 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5204 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=695 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5205 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=696 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5206 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=697 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5207 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=698 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5208 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=699 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5209 t=31397862312 kinds=fragment-inferred,block pages=0-2 ranks=700 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5210 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=701 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5211 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=702 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5212 t=31397862312 kinds=fragment-inferred,block pages=0-2 ranks=703 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5213 t=31397862312 kinds=fragment-inferred,block pages=0-2 ranks=704 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5214 t=31397862312 kinds=fragment-inferred,block pages=0-1 ranks=705 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5215 t=31397862312 kinds=fragment-inferred,block pages=0-8 ranks=706 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5216 t=31397862312 kinds=fragment-inferred,block pages=0-5 ranks=707 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5217 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=708 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5218 t=31397862312 kinds=fragment-inferred,block pages=0-4 ranks=709 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5219 t=31397862312 kinds=fragment-inferred,block pages=0-2 ranks=710 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5220 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=711 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5221 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=712 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5222 t=31397862312 kinds=fragment-inferred,block pages=0-4 ranks=713 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5223 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=714 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5224 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=715 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5225 t=31397862312 kinds=fragment-inferred,block pages=0-5 ranks=716 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5226 t=31397862312 kinds=fragment-inferred,block pages=0-3 ranks=717 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5227 t=31397862312 kinds=fragment-inferred,block pages=0-4 ranks=718 count=1
file /usr/bin/kmod inode=396 t=31598200312 kinds=block pages=0-43 ranks=719 count=1
file /usr/bin/journalctl inode=394 t=31598200312 kinds=fragment-inferred,block pages=0-18 ranks=720 count=1
file /usr/bin/kernel-install inode=395 t=31598200312 kinds=fragment-inferred,block pages=0-3 ranks=721 count=1
file /usr/bin/last inode=397 t=31647908312 kinds=fragment-inferred,block pages=0-12 ranks=722 count=1
file /usr/bin/lastlog inode=399 t=31647908312 kinds=fragment-inferred,block pages=0-7 ranks=723 count=1
file /usr/bin/ldd inode=401 t=31647908312 kinds=fragment-inferred,block pages=0-1 ranks=724 count=1
file /usr/bin/link inode=402 t=31647908312 kinds=fragment-inferred,block pages=0-9 ranks=725 count=1
file /usr/bin/linux-check-removal inode=403 t=31647908312 kinds=fragment-inferred,block pages=0-1 ranks=726 count=1
file /usr/bin/linux-run-hooks inode=404 t=31647908312 kinds=fragment-inferred,block pages=0 ranks=727 count=1
file /usr/bin/linux-update-symlinks inode=405 t=31647908312 kinds=fragment-inferred,block pages=0-1 ranks=728 count=1
file /usr/bin/linux-version inode=406 t=31647908312 kinds=fragment-inferred,block pages=0 ranks=729 count=1
file /usr/bin/ln inode=409 t=31647908312 kinds=fragment-inferred,block pages=0-17 ranks=730 count=1
file /usr/bin/localedef inode=412 t=31647908312 kinds=block pages=0-31 ranks=731 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6347 t=32297830312 kinds=fragment-inferred,block pages=0-7 ranks=733 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6348 t=32297830312 kinds=fragment-inferred,block pages=0-3 ranks=734 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6349 t=32297830312 kinds=fragment-inferred,block pages=0-5 ranks=735 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6350 t=32297830312 kinds=fragment-inferred,block pages=0-3 ranks=736 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6351 t=32297830312 kinds=fragment-inferred,block pages=0-3 ranks=737 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6352 t=32297830312 kinds=fragment-inferred,block pages=0-3 ranks=738 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6353 t=32297830312 kinds=fragment-inferred,block pages=0-7 ranks=739 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6354 t=32297830312 kinds=fragment-inferred,block pages=0-7 ranks=740 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6356 t=32297830312 kinds=fragment-inferred,block pages=0 ranks=741 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-cleanup.sh inode=847 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=744 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-needshutdown.sh inode=848 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=745 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid-waitclean.sh inode=849 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=746 count=1
file /usr/lib/dracut/modules.d/90mdraid/mdraid_start.sh inode=850 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=747 count=1
file /usr/lib/dracut/modules.d/90mdraid/module-setup.sh inode=851 t=33455013312 kinds=fragment-inferred,block pages=0-1 ranks=748 count=1
file /usr/lib/dracut/modules.d/90mdraid/parse-md.sh inode=852 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=749 count=1
file /usr/lib/dracut/modules.d/90multipath/module-setup.sh inode=854 t=33455013312 kinds=fragment-inferred,block pages=0-1 ranks=750 count=1
file /usr/lib/dracut/modules.d/90multipath/multipath-shutdown.sh inode=855 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=751 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-configure.service inode=856 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=752 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-needshutdown.sh inode=857 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=753 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd-stop.sh inode=858 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=754 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.service inode=859 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=755 count=1
file /usr/lib/dracut/modules.d/90multipath/multipathd.sh inode=860 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=756 count=1
file /usr/lib/dracut/modules.d/90nvdimm/module-setup.sh inode=862 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=757 count=1
file /usr/lib/dracut/modules.d/90overlay-root/README inode=864 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=758 count=1
file /usr/lib/dracut/modules.d/90overlay-root/module-setup.sh inode=865 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=759 count=1
file /usr/lib/dracut/modules.d/90overlay-root/overlay-mount.sh inode=866 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=760 count=1
file /usr/lib/dracut/modules.d/90overlayfs/module-setup.sh inode=868 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=761 count=1
file /usr/lib/dracut/modules.d/90overlayfs/mount-overlayfs.sh inode=869 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=762 count=1
file /usr/lib/dracut/modules.d/90ppcmac/load-thermal.sh inode=871 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=763 count=1
file /usr/lib/dracut/modules.d/90ppcmac/module-setup.sh inode=872 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=764 count=1
file /usr/lib/dracut/modules.d/90qemu/module-setup.sh inode=874 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=765 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/README inode=876 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=766 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/crypt-gpg-lib.sh inode=877 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=767 count=1
file /usr/lib/dracut/modules.d/91crypt-gpg/module-setup.sh inode=878 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=768 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/crypt-loop-lib.sh inode=880 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=769 count=1
file /usr/lib/dracut/modules.d/91crypt-loop/module-setup.sh inode=881 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=770 count=1
file /usr/lib/dracut/modules.d/91fido2/module-setup.sh inode=883 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=771 count=1
file /usr/lib/dracut/modules.d/91pcsc/module-setup.sh inode=885 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=772 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.service inode=886 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=773 count=1
file /usr/lib/dracut/modules.d/91pcsc/pcscd.socket inode=887 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=774 count=1
file /usr/lib/dracut/modules.d/91pkcs11/module-setup.sh inode=889 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=775 count=1
file /usr/lib/dracut/modules.d/91tpm2-tss/module-setup.sh inode=891 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=776 count=1
file /usr/lib/dracut/modules.d/91zipl/install_zipl_cmdline.sh inode=893 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=777 count=1
file /usr/lib/dracut/modules.d/91zipl/module-setup.sh inode=894 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=778 count=1
file /usr/lib/dracut/modules.d/91zipl/parse-zipl.sh inode=895 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=779 count=1
file /usr/lib/dracut/modules.d/95dasd/module-setup.sh inode=897 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=780 count=1
file /usr/lib/dracut/modules.d/95dasd/parse-dasd.sh inode=898 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=781 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/module-setup.sh inode=900 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=782 count=1
file /usr/lib/dracut/modules.d/95dasd_mod/parse-dasd-mod.sh inode=901 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=783 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/module-setup.sh inode=903 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=784 count=1
file /usr/lib/dracut/modules.d/95dasd_rules/parse-dasd.sh inode=904 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=785 count=1
file /usr/lib/dracut/modules.d/95dcssblk/module-setup.sh inode=906 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=786 count=1
file /usr/lib/dracut/modules.d/95dcssblk/parse-dcssblk.sh inode=907 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=787 count=1
file /usr/lib/dracut/modules.d/95debug/module-setup.sh inode=909 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=788 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/module-setup.sh inode=911 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=789 count=1
file /usr/lib/dracut/modules.d/95fstab-sys/mount-sys.sh inode=912 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=790 count=1
file /usr/lib/dracut/modules.d/95lunmask/fc_transport_scan_lun.sh inode=914 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=791 count=1
file /usr/lib/dracut/modules.d/95lunmask/module-setup.sh inode=915 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=792 count=1
file /usr/lib/dracut/modules.d/95lunmask/parse-lunmask.sh inode=916 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=793 count=1
file /usr/lib/dracut/modules.d/95lunmask/sas_transport_scan_lun.sh inode=917 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=794 count=1
file /usr/lib/dracut/modules.d/95nvmf/95-nvmf-initqueue.rules inode=919 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=795 count=1
file /usr/lib/dracut/modules.d/95nvmf/module-setup.sh inode=920 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=796 count=1
file /usr/lib/dracut/modules.d/95nvmf/nvmf-autoconnect.sh inode=921 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=797 count=1
file /usr/lib/dracut/modules.d/95nvmf/parse-nvmf-boot-connections.sh inode=922 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=798 count=1
file /usr/lib/dracut/modules.d/95qeth_rules/module-setup.sh inode=924 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=799 count=1
file /usr/lib/dracut/modules.d/95resume/module-setup.sh inode=926 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=800 count=1
file /usr/lib/dracut/modules.d/95resume/parse-resume.sh inode=927 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=801 count=1
file /usr/lib/dracut/modules.d/95resume/resume.sh inode=928 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=802 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/block-genrules.sh inode=930 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=803 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/module-setup.sh inode=931 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=804 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/mount-root.sh inode=932 t=33455013312 kinds=fragment-inferred,block pages=0-1 ranks=805 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/parse-block.sh inode=933 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=806 count=1
file /usr/lib/dracut/modules.d/95rootfs-block/rootfallback.sh inode=934 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=807 count=1
file /usr/lib/dracut/modules.d/95terminfo/module-setup.sh inode=936 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=808 count=1
file /usr/lib/dracut/modules.d/95udev-rules/59-persistent-storage.rules inode=938 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=809 count=1
file /usr/lib/dracut/modules.d/95udev-rules/61-persistent-storage.rules inode=939 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=810 count=1
file /usr/lib/dracut/modules.d/95udev-rules/module-setup.sh inode=940 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=811 count=1
file /usr/lib/dracut/modules.d/95virtfs/module-setup.sh inode=942 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=812 count=1
file /usr/lib/dracut/modules.d/95virtfs/mount-virtfs.sh inode=943 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=813 count=1
file /usr/lib/dracut/modules.d/95virtfs/parse-virtfs.sh inode=944 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=814 count=1
file /usr/lib/dracut/modules.d/95virtiofs/module-setup.sh inode=946 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=815 count=1
file /usr/lib/dracut/modules.d/95virtiofs/mount-virtiofs.sh inode=947 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=816 count=1
file /usr/lib/dracut/modules.d/95virtiofs/parse-virtiofs.sh inode=948 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=817 count=1
file /usr/lib/dracut/modules.d/96securityfs/module-setup.sh inode=950 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=818 count=1
file /usr/lib/dracut/modules.d/96securityfs/securityfs.sh inode=951 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=819 count=1
file /usr/lib/dracut/modules.d/97biosdevname/module-setup.sh inode=953 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=820 count=1
file /usr/lib/dracut/modules.d/97biosdevname/parse-biosdevname.sh inode=954 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=821 count=1
file /usr/lib/dracut/modules.d/97masterkey/README inode=956 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=822 count=1
file /usr/lib/dracut/modules.d/97masterkey/masterkey.sh inode=957 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=823 count=1
file /usr/lib/dracut/modules.d/97masterkey/module-setup.sh inode=958 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=824 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.service inode=960 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=825 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline-ask.sh inode=961 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=826 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service inode=962 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=827 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8 inode=963 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=828 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service.8.asc inode=964 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=829 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.sh inode=965 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=830 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.service inode=966 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=831 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-emergency.sh inode=967 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=832 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service inode=968 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=833 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8 inode=969 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=834 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.service.8.asc inode=970 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=835 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-initqueue.sh inode=971 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=836 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service inode=972 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=837 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8 inode=973 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=838 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.service.8.asc inode=974 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=839 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-mount.sh inode=975 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=840 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service inode=976 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=841 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8 inode=977 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=842 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.service.8.asc inode=978 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=843 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-mount.sh inode=979 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=844 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service inode=980 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=845 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8 inode=981 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=846 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.service.8.asc inode=982 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=847 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-pivot.sh inode=983 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=848 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service inode=984 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=849 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8 inode=985 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=850 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.service.8.asc inode=986 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=851 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-trigger.sh inode=987 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=852 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service inode=988 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=853 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8 inode=989 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=854 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.service.8.asc inode=990 t=33455013312 kinds=fragment-inferred,block pages=0 ranks=855 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-pre-udev.sh inode=991 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=856 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown-onfailure.service inode=992 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=857 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service inode=993 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=858 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8 inode=994 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=859 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-shutdown.service.8.asc inode=995 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=860 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/dracut-tmpfiles.conf inode=996 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=861 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/emergency.service inode=997 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=862 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/module-setup.sh inode=998 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=863 count=1
file /usr/lib/dracut/modules.d/98dracut-systemd/rootfs-generator.sh inode=999 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=864 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/README inode=1001 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=865 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/ecryptfs-mount.sh inode=1002 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=866 count=1
file /usr/lib/dracut/modules.d/98ecryptfs/module-setup.sh inode=1003 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=867 count=1
file /usr/lib/dracut/modules.d/98integrity/README inode=1005 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=868 count=1
file /usr/lib/dracut/modules.d/98integrity/evm-enable.sh inode=1006 t=33455360312 kinds=fragment-inferred,block pages=0-1 ranks=869 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-keys-load.sh inode=1007 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=870 count=1
file /usr/lib/dracut/modules.d/98integrity/ima-policy-load.sh inode=1008 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=871 count=1
file /usr/lib/dracut/modules.d/98integrity/module-setup.sh inode=1009 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=872 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/module-setup.sh inode=1011 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=873 count=1
file /usr/lib/dracut/modules.d/98pollcdrom/pollcdrom.sh inode=1012 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=874 count=1
file /usr/lib/dracut/modules.d/98selinux/module-setup.sh inode=1014 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=875 count=1
file /usr/lib/dracut/modules.d/98selinux/selinux-loadpolicy.sh inode=1015 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=876 count=1
file /usr/lib/dracut/modules.d/98syslog/README inode=1017 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=877 count=1
file /usr/lib/dracut/modules.d/98syslog/module-setup.sh inode=1018 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=878 count=1
file /usr/lib/dracut/modules.d/98syslog/parse-syslog-opts.sh inode=1019 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=879 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslog.conf inode=1020 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=880 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-start.sh inode=1021 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=881 count=1
file /usr/lib/dracut/modules.d/98syslog/rsyslogd-stop.sh inode=1022 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=882 count=1
file /usr/lib/dracut/modules.d/98syslog/syslog-cleanup.sh inode=1023 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=883 count=1
file /usr/lib/dracut/modules.d/98usrmount/module-setup.sh inode=1025 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=884 count=1
file /usr/lib/dracut/modules.d/98usrmount/mount-usr.sh inode=1026 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=885 count=1
file /usr/lib/dracut/modules.d/99base/dracut-dev-lib.sh inode=1028 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=886 count=1
file /usr/lib/dracut/modules.d/99base/dracut-lib.sh inode=1029 t=33455360312 kinds=fragment-inferred,block pages=0-7 ranks=887 count=1
file /usr/lib/dracut/modules.d/99base/init.sh inode=1030 t=33455360312 kinds=fragment-inferred,block pages=0-2 ranks=888 count=1
file /usr/lib/dracut/modules.d/99base/initqueue.sh inode=1031 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=889 count=1
file /usr/lib/dracut/modules.d/99base/loginit.sh inode=1032 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=890 count=1
file /usr/lib/dracut/modules.d/99base/module-setup.sh inode=1033 t=33455360312 kinds=fragment-inferred,block pages=0-1 ranks=891 count=1
file /usr/lib/dracut/modules.d/99base/parse-root-opts.sh inode=1034 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=892 count=1
file /usr/lib/dracut/modules.d/99base/rdsosreport.sh inode=1035 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=893 count=1
file /usr/lib/dracut/modules.d/99fs-lib/fs-lib.sh inode=1037 t=33455360312 kinds=fragment-inferred,block pages=0-1 ranks=894 count=1
file /usr/lib/dracut/modules.d/99fs-lib/module-setup.sh inode=1038 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=895 count=1
file /usr/lib/dracut/modules.d/99img-lib/img-lib.sh inode=1040 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=896 count=1
file /usr/lib/dracut/modules.d/99img-lib/module-setup.sh inode=1041 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=897 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-report.sh inode=1043 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=898 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack-start.sh inode=1044 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=899 count=1
file /usr/lib/dracut/modules.d/99memstrack/memstrack.service inode=1045 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=900 count=1
file /usr/lib/dracut/modules.d/99memstrack/module-setup.sh inode=1046 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=901 count=1
file /usr/lib/dracut/modules.d/99shutdown/module-setup.sh inode=1048 t=33455360312 kinds=fragment-inferred,block pages=0 ranks=902 count=1
file /usr/lib/dracut/modules.d/99shutdown/shutdown.sh inode=1049 t=33455360312 kinds=fragment-inferred,block pages=0-1 ranks=903 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=1066 t=33455360312 kinds=block pages=0-86 ranks=904 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11810 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=905 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11811 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=906 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11812 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=907 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11814 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=908 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11816 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=909 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11817 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=910 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11818 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=911 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11819 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=912 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11820 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=913 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11823 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=914 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11824 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=915 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11825 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=916 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11828 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=917 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11829 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=918 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11830 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=919 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11832 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=920 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11833 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=921 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11834 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=922 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11837 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=923 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11840 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=924 count=1
file /usr/share/zoneinfo/CET inode=11850 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=925 count=1
file /usr/share/zoneinfo/CST6CDT inode=11851 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=926 count=1
file /usr/share/zoneinfo/EET inode=11865 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=927 count=1
file /usr/share/zoneinfo/EST inode=11866 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=928 count=1
file /usr/share/zoneinfo/EST5EDT inode=11867 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=929 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11871 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=930 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11873 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=931 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11874 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=932 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11875 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=933 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11876 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=934 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11877 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=935 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11878 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=936 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11879 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=937 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11880 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=938 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11881 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=939 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11882 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=940 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11883 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=941 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11884 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=942 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11886 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=943 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11887 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=944 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11888 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=945 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11889 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=946 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11890 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=947 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11891 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=948 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11892 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=949 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11893 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=950 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11894 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=951 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11895 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=952 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11896 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=953 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11897 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=954 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11898 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=955 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11899 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=956 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11903 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=957 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11907 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=958 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11908 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=959 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11909 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=960 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11910 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=961 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11912 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=962 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11913 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=963 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11915 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=964 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11916 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=965 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11917 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=966 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11919 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=967 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11920 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=968 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11921 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=969 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11922 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=970 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=11923 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=971 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=11924 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=972 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=11925 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=973 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=11926 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=974 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=11927 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=975 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=11928 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=976 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=11930 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=977 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=11931 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=978 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=11932 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=979 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=11933 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=980 count=1
file /usr/share/zoneinfo/Europe/London inode=11934 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=981 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=11935 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=982 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=11936 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=983 count=1
file /usr/share/zoneinfo/Europe/Malta inode=11937 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=984 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=11939 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=985 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=11940 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=986 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=11941 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=987 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=11943 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=988 count=1
file /usr/share/zoneinfo/Europe/Paris inode=11944 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=989 count=1
file /usr/share/zoneinfo/Europe/Prague inode=11946 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=990 count=1
file /usr/share/zoneinfo/Europe/Riga inode=11947 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=991 count=1
file /usr/share/zoneinfo/Europe/Rome inode=11948 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=992 count=1
file /usr/share/zoneinfo/Europe/Samara inode=11949 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=993 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=11951 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=994 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=11952 t=33654532312 kinds=fragment-inferred,block pages=0 ranks=995 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=11953 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=996 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=11954 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=997 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=11955 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=998 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=11956 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=999 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=11957 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1000 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=11958 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1001 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=11960 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1002 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=11962 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1003 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=11964 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1004 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=11965 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1005 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=11966 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1006 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=11967 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1007 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=11968 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1008 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=11970 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1009 count=1
file /usr/share/zoneinfo/Factory inode=11971 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1010 count=1
file /usr/share/zoneinfo/HST inode=11979 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1011 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=11983 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1012 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=11984 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1013 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=11985 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1014 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=11986 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1015 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=11987 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1016 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=11988 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1017 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=11989 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1018 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=11990 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1019 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=11991 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1020 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=11992 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1021 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=11993 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1022 count=1
file /usr/share/zoneinfo/MET inode=12000 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1023 count=1
file /usr/share/zoneinfo/MST inode=12001 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1024 count=1
file /usr/share/zoneinfo/MST7MDT inode=12002 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1025 count=1
file /usr/share/zoneinfo/PST8PDT inode=12011 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1026 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=12013 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1027 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=12014 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1028 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=12015 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1029 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=12016 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1030 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=12017 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1031 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=12018 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1032 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=12019 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1033 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=12021 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1034 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=12022 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1035 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=12023 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1036 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=12024 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1037 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=12025 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1038 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=12026 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1039 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=12027 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1040 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=12028 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1041 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=12030 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1042 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=12031 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1043 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=12032 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1044 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=12033 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1045 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=12034 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1046 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=12035 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1047 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=12036 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1048 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=12037 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1049 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=12038 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1050 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=12039 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1051 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=12040 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1052 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=12041 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1053 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=12042 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1054 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=12043 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1055 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=12044 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1056 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=12046 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1057 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=12047 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1058 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=12048 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1059 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=12050 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1060 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=12051 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1061 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=12052 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1062 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=12054 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1063 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=12055 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1064 count=1
file /usr/share/zoneinfo/WET inode=12080 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1065 count=1
file /usr/share/zoneinfo/iso3166.tab inode=12082 t=33654961312 kinds=fragment-inferred,block pages=0-1 ranks=1066 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=12083 t=33654961312 kinds=fragment-inferred,block pages=0-1 ranks=1067 count=1
file /usr/share/zoneinfo/leapseconds inode=12084 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1068 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=12151 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1069 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=12152 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1070 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=12153 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1071 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=12154 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1072 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=12155 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1073 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=12157 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1074 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=12158 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1075 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=12159 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1076 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=12160 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1077 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=12161 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1078 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=12162 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1079 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=12163 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1080 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=12164 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1081 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=12165 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1082 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=12166 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1083 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=12167 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1084 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=12168 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1085 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=12169 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1086 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=12170 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1087 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=12171 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1088 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=12172 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1089 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=12173 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1090 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=12174 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1091 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=12175 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1092 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=12176 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1093 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=12177 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1094 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=12178 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1095 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=12179 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1096 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=12180 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1097 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=12181 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1098 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=12182 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1099 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=12183 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1100 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=12184 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1101 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=12185 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1102 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=12186 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1103 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=12187 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1104 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=12188 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1105 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=12189 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1106 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=12190 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1107 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=12191 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1108 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=12192 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1109 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=12193 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1110 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=12194 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1111 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=12195 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1112 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=12196 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1113 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=12197 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1114 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=12198 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1115 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=12199 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1116 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=12200 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1117 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=12202 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1118 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=12203 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1119 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=12204 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1120 count=1
file /usr/share/zoneinfo/right/America/Adak inode=12206 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1121 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=12207 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1122 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=12208 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1123 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=12209 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1124 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=12210 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1125 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=12212 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1126 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=12213 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1127 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=12215 t=33654961312 kinds=fragment-inferred,block pages=0 ranks=1128 count=1
file /usr/bin/more inode=439 t=34108050312 kinds=fragment-inferred,block pages=0-14 ranks=1130 count=1
file /usr/bin/mount inode=440 t=34108050312 kinds=fragment-inferred,block pages=0-14 ranks=1131 count=1
file /usr/bin/mv inode=444 t=34108585312 kinds=block pages=0-34 ranks=1132 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6859 t=34258782312 kinds=fragment-inferred,block pages=0-4 ranks=1133 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6860 t=34258782312 kinds=fragment-inferred,block pages=0-6 ranks=1134 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6861 t=34258782312 kinds=fragment-inferred,block pages=0-4 ranks=1135 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6862 t=34258782312 kinds=fragment-inferred,block pages=0 ranks=1136 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6863 t=34258782312 kinds=fragment-inferred,block pages=0-6 ranks=1137 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6866 t=34308028312 kinds=block pages=0-31 ranks=1138 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4850 t=34554661312 kinds=fragment-inferred,block pages=0-28 ranks=1139 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4860 t=34555123312 kinds=block pages=0-58 ranks=1140 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1609 t=34704293312 kinds=fragment-inferred,block pages=0-7 ranks=1141 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1611 t=34704293312 kinds=fragment-inferred,block pages=0-3 ranks=1142 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1612 t=34704293312 kinds=fragment-inferred,block pages=0-3 ranks=1143 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1613 t=34704293312 kinds=fragment-inferred,block pages=0-2 ranks=1144 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1615 t=34704293312 kinds=fragment-inferred,block pages=0-9 ranks=1145 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1616 t=34704293312 kinds=fragment-inferred,block pages=0-2 ranks=1146 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1617 t=34704293312 kinds=fragment-inferred,block pages=0-2 ranks=1147 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1618 t=34757572312 kinds=fragment-inferred,block pages=0-4 ranks=1148 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1619 t=34757572312 kinds=fragment-inferred,block pages=0-6 ranks=1149 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1620 t=34757572312 kinds=fragment-inferred,block pages=0-8 ranks=1150 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1622 t=34757572312 kinds=fragment-inferred,block pages=0-4 ranks=1151 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1623 t=34757572312 kinds=fragment-inferred,block pages=0-7 ranks=1152 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1624 t=34757572312 kinds=fragment-inferred,block pages=0-2 ranks=1153 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1625 t=34757572312 kinds=fragment-inferred,block pages=0-6 ranks=1154 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1627 t=34757572312 kinds=fragment-inferred,block pages=0-3 ranks=1155 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1628 t=34757572312 kinds=fragment-inferred,block pages=0-3 ranks=1156 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1629 t=34757572312 kinds=fragment-inferred,block pages=0-3 ranks=1157 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1630 t=34757572312 kinds=fragment-inferred,block pages=0-18 ranks=1158 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1631 t=34757572312 kinds=fragment-inferred,block pages=0-6 ranks=1159 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1632 t=34757572312 kinds=fragment-inferred,block pages=0-3 ranks=1160 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4877 t=34904556312 kinds=block pages=0-100 ranks=1161 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4870 t=35008114312 kinds=fragment-inferred,block pages=0-9 ranks=1162 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4872 t=35008114312 kinds=fragment-inferred,block pages=0-12 ranks=1163 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4876 t=35008114312 kinds=fragment-inferred,block pages=0-7 ranks=1164 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4880 t=35008114312 kinds=block pages=0-63 ranks=1165 count=1
file /usr/lib/systemd/systemd-journald inode=6373 t=35104795312 kinds=block pages=0-41 ranks=1166 count=1
file /usr/lib/systemd/systemd-growfs inode=6368 t=35155250312 kinds=fragment-inferred,block pages=0-5 ranks=1167 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6369 t=35155250312 kinds=fragment-inferred,block pages=0-3 ranks=1168 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6370 t=35155250312 kinds=fragment-inferred,block pages=0-10 ranks=1169 count=1
file /usr/lib/systemd/systemd-initctl inode=6371 t=35155250312 kinds=fragment-inferred,block pages=0-5 ranks=1170 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6372 t=35155250312 kinds=fragment-inferred,block pages=0-5 ranks=1171 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6384 t=35254631312 kinds=fragment-inferred,block pages=0-3 ranks=1172 count=1
file /usr/lib/systemd/systemd-random-seed inode=6385 t=35254631312 kinds=fragment-inferred,block pages=0-5 ranks=1173 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6386 t=35254631312 kinds=fragment-inferred,block pages=0-4 ranks=1174 count=1
file /usr/lib/systemd/systemd-reply-password inode=6387 t=35254631312 kinds=fragment-inferred,block pages=0-3 ranks=1175 count=1
file /usr/lib/systemd/systemd-rfkill inode=6388 t=35254631312 kinds=fragment-inferred,block pages=0-5 ranks=1176 count=1
file /usr/lib/systemd/systemd-logind inode=6375 t=35353739312 kinds=block pages=64-68 ranks=1177 count=1
file /usr/lib/systemd/systemd-localed inode=6374 t=35454896312 kinds=fragment-inferred,block pages=0-11 ranks=1178 count=1
file /usr/lib/systemd/systemd-makefs inode=6376 t=35454896312 kinds=fragment-inferred,block pages=0-3 ranks=1179 count=1
file /usr/lib/systemd/systemd-measure inode=6377 t=35454896312 kinds=fragment-inferred,block pages=0-11 ranks=1180 count=1
file /usr/lib/systemd/systemd-modules-load inode=6378 t=35454896312 kinds=fragment-inferred,block pages=0-4 ranks=1181 count=1
file /usr/lib/systemd/systemd-networkd inode=6380 t=35503964312 kinds=block pages=0-31 ranks=1182 count=1
file /usr/bin/udevadm inode=565 t=35654342312 kinds=block pages=0-63,64-191,192-255,256-287,288-330 ranks=1183,1190,1236,1187,1184 count=7
file /usr/bin/uclampset inode=564 t=35854947312 kinds=fragment-inferred,block pages=0-15 ranks=1185 count=1
file /usr/bin/umount inode=566 t=35854947312 kinds=fragment-inferred,block pages=0-8 ranks=1186 count=1
file /usr/bin/uname inode=567 t=36057565312 kinds=fragment-inferred,block pages=0-10 ranks=1188 count=1
file /usr/bin/unexpand inode=568 t=36057565312 kinds=fragment-inferred,block pages=0-10 ranks=1189 count=1
file /usr/lib/systemd/systemd-shutdown inode=6389 t=36211141312 kinds=fragment-inferred,block pages=0-11 ranks=1191 count=1
file /usr/lib/systemd/systemd-sleep inode=6390 t=36211141312 kinds=fragment-inferred,block pages=0-7 ranks=1192 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6391 t=36211141312 kinds=fragment-inferred,block pages=0-7 ranks=1193 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6392 t=36211141312 kinds=fragment-inferred,block pages=0-3 ranks=1194 count=1
file /usr/lib/systemd/systemd-sysctl inode=6393 t=36211141312 kinds=fragment-inferred,block pages=0-5 ranks=1195 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6395 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1196 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6396 t=36211141312 kinds=fragment-inferred,block pages=0-4 ranks=1197 count=1
file /usr/lib/systemd/systemd-timedated inode=6397 t=36211141312 kinds=fragment-inferred,block pages=0-10 ranks=1198 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6399 t=36211141312 kinds=fragment-inferred,block pages=0-4 ranks=1199 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6400 t=36211141312 kinds=fragment-inferred,block pages=0-4 ranks=1200 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6401 t=36211141312 kinds=fragment-inferred,block pages=0-3 ranks=1201 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6402 t=36211141312 kinds=fragment-inferred,block pages=0-5 ranks=1202 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6403 t=36211141312 kinds=fragment-inferred,block pages=0-4 ranks=1203 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6404 t=36211141312 kinds=fragment-inferred,block pages=0-3 ranks=1204 count=1
file /usr/lib/systemd/user/app.slice inode=6406 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1205 count=1
file /usr/lib/systemd/user/background.slice inode=6407 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1206 count=1
file /usr/lib/systemd/user/basic.target inode=6408 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1207 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6409 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1208 count=1
file /usr/lib/systemd/user/default.target inode=6410 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1209 count=1
file /usr/lib/systemd/user/exit.target inode=6411 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1210 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6412 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1211 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6413 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1212 count=1
file /usr/lib/systemd/user/paths.target inode=6414 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1213 count=1
file /usr/lib/systemd/user/printer.target inode=6415 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1214 count=1
file /usr/lib/systemd/user/session.slice inode=6416 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1215 count=1
file /usr/lib/systemd/user/shutdown.target inode=6417 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1216 count=1
file /usr/lib/systemd/user/sockets.target inode=6419 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1217 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6421 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1218 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6422 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1219 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6423 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1220 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6424 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1221 count=1
file /usr/lib/systemd/user/timers.target inode=6425 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1222 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6426 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1223 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6428 t=36211141312 kinds=fragment-inferred,block pages=0-3 ranks=1224 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6430 t=36211141312 kinds=fragment-inferred,block pages=0-7 ranks=1225 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6432 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1226 count=1
file /usr/lib/sysusers.d/basic.conf inode=6434 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1227 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6435 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1228 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6436 t=36211141312 kinds=fragment-inferred,block pages=0 ranks=1229 count=1
file /usr/bin/systemd-stdio-bridge inode=537 t=36354369312 kinds=fragment-inferred,block pages=0-4 ranks=1230 count=1
file /usr/bin/systemd-sysext inode=538 t=36354369312 kinds=fragment-inferred,block pages=0-10 ranks=1231 count=1
file /usr/bin/systemd-sysusers inode=539 t=36354369312 kinds=fragment-inferred,block pages=0-15 ranks=1232 count=1
file /usr/bin/systemd-tmpfiles inode=540 t=36409408312 kinds=fragment-inferred,block pages=0-27 ranks=1233 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=541 t=36409408312 kinds=fragment-inferred,block pages=0-8 ranks=1234 count=1
file /usr/bin/tabs inode=543 t=36409408312 kinds=fragment-inferred,block pages=0-4 ranks=1235 count=1
file /usr/bin/uniq inode=569 t=36510742312 kinds=fragment-inferred,block pages=0-11 ranks=1237 count=1
file /usr/bin/unlink inode=570 t=36510742312 kinds=fragment-inferred,block pages=0-9 ranks=1238 count=1
file /usr/bin/unshare inode=571 t=36510742312 kinds=fragment-inferred,block pages=0-20 ranks=1239 count=1
file /usr/lib/terminfo/E/Eterm inode=6439 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1240 count=1
file /usr/lib/terminfo/a/ansi inode=6442 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1241 count=1
file /usr/lib/terminfo/c/cons25 inode=6444 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1242 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6445 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1243 count=1
file /usr/lib/terminfo/c/cygwin inode=6446 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1244 count=1
file /usr/lib/terminfo/d/dumb inode=6448 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1245 count=1
file /usr/lib/terminfo/h/hurd inode=6450 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1246 count=1
file /usr/lib/terminfo/l/linux inode=6452 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1247 count=1
file /usr/lib/terminfo/m/mach inode=6454 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1248 count=1
file /usr/lib/terminfo/m/mach-bold inode=6455 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1249 count=1
file /usr/lib/terminfo/m/mach-color inode=6456 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1250 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6457 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1251 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6458 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1252 count=1
file /usr/lib/terminfo/p/pcansi inode=6460 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1253 count=1
file /usr/lib/terminfo/r/rxvt inode=6462 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1254 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6463 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1255 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6465 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1256 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6466 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1257 count=1
file /usr/lib/terminfo/s/screen inode=6468 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1258 count=1
file /usr/lib/terminfo/s/screen-256color inode=6469 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1259 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6470 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1260 count=1
file /usr/lib/terminfo/s/screen-bce inode=6471 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1261 count=1
file /usr/lib/terminfo/s/screen-s inode=6472 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1262 count=1
file /usr/lib/terminfo/s/screen-w inode=6473 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1263 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6474 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1264 count=1
file /usr/lib/terminfo/s/sun inode=6475 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1265 count=1
file /usr/lib/terminfo/t/tmux inode=6477 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1266 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6478 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1267 count=1
file /usr/lib/terminfo/v/vt100 inode=6480 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1268 count=1
file /usr/lib/terminfo/v/vt102 inode=6481 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1269 count=1
file /usr/lib/terminfo/v/vt220 inode=6482 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1270 count=1
file /usr/lib/terminfo/v/vt52 inode=6483 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1271 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6485 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1272 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6486 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1273 count=1
file /usr/lib/terminfo/x/xterm inode=6488 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1274 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6489 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1275 count=1
file /usr/lib/terminfo/x/xterm-color inode=6490 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1276 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6492 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1277 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6493 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1278 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6494 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1279 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6495 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1280 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6496 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1281 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6498 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1282 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6499 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1283 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6500 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1284 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6501 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1285 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6502 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1286 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6503 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1287 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6504 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1288 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6505 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1289 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6506 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1290 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6507 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1291 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6508 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1292 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6509 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1293 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6510 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1294 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6511 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1295 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6512 t=36747926312 kinds=fragment-inferred,block pages=0 ranks=1296 count=1
file /usr/bin/tac inode=544 t=37079398312 kinds=fragment-inferred,block pages=0-27 ranks=1297 count=1
file /usr/bin/tar inode=546 t=37079398312 kinds=block pages=0-31 ranks=1298 count=1
file /usr/lib/udev/ata_id inode=6514 t=37452504312 kinds=fragment-inferred,block pages=0-16 ranks=1299 count=1
file /usr/lib/udev/hwdb.bin inode=6519 t=39602039312 kinds=block pages=0-255,256-351,960-991,992-1087,1088-1151,1152-1311,1312-1471,1728-1919,1920-1951,1952-2143,2144-2271,2464-2623,2624-2655,2656-2751,2752-2911,2912-3071,3072-3135,3136-3178 ranks=1300,1509,1384,1377,1376,1378,1380,1387,1386,1370,1389,1369,1381,1372,1375,1391,1505,1382 count=29
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6552 t=39820701312 kinds=fragment-inferred,block pages=0-12 ranks=1301 count=1
file /usr/lib/udev/kpartx_id inode=6553 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1302 count=1
file /usr/lib/udev/mtd_probe inode=6554 t=39820701312 kinds=fragment-inferred,block pages=0-5 ranks=1303 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6556 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1304 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6557 t=39820701312 kinds=fragment-inferred,block pages=0-1 ranks=1305 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6558 t=39820701312 kinds=fragment-inferred,block pages=0-1 ranks=1306 count=1
file /usr/lib/udev/rules.d/56-dm-parts.rules inode=6559 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1307 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6560 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1308 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6561 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1309 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6562 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1310 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6563 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1311 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6564 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1312 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6565 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1313 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6566 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1314 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6567 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1315 count=1
file /usr/lib/udev/rules.d/60-kpartx.rules inode=6568 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1316 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6569 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1317 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6570 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1318 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6571 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1319 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6572 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1320 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6573 t=39820701312 kinds=fragment-inferred,block pages=0-2 ranks=1321 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6574 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1322 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6575 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1323 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6576 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1324 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6577 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1325 count=1
file /usr/lib/udev/rules.d/68-del-part-nodes.rules inode=6578 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1326 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6579 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1327 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6580 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1328 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6581 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1329 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6582 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1330 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6583 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1331 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6584 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1332 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6585 t=39820701312 kinds=fragment-inferred,block pages=0 ranks=1333 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6586 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1334 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6587 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1335 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6588 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1336 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6589 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1337 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6590 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1338 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6591 t=39822018312 kinds=fragment-inferred,block pages=0-1 ranks=1339 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6592 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1340 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6593 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1341 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6594 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1342 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6595 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1343 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6596 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1344 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6597 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1345 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6598 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1346 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6599 t=39822018312 kinds=fragment-inferred,block pages=0-1 ranks=1347 count=1
file /usr/lib/udev/scsi_id inode=6600 t=39822018312 kinds=fragment-inferred,block pages=0-20 ranks=1348 count=1
file /usr/lib/udev/v4l_id inode=6601 t=39822018312 kinds=fragment-inferred,block pages=0-5 ranks=1349 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6604 t=39822018312 kinds=fragment-inferred,block pages=0-4 ranks=1350 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6605 t=39822018312 kinds=fragment-inferred,block pages=0-4 ranks=1351 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6606 t=39822018312 kinds=fragment-inferred,block pages=0-5 ranks=1352 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6608 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1353 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6609 t=39822018312 kinds=fragment-inferred,block pages=0 ranks=1354 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6611 t=39822018312 kinds=fragment-inferred,block pages=0-5 ranks=1355 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6612 t=39926647312 kinds=fragment-inferred,block pages=0-12 ranks=1356 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6613 t=39926647312 kinds=fragment-inferred,block pages=0-6 ranks=1357 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6615 t=39926647312 kinds=fragment-inferred,block pages=0-6 ranks=1358 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6616 t=39926647312 kinds=fragment-inferred,block pages=0-4 ranks=1359 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6619 t=39926647312 kinds=block pages=0-58 ranks=1360 count=1
file /usr/bin/tput inode=556 t=40313365312 kinds=fragment-inferred,block pages=0-6 ranks=1361 count=1
file /usr/bin/tr inode=557 t=40313365312 kinds=fragment-inferred,block pages=0-13 ranks=1362 count=1
file /usr/bin/true inode=558 t=40313365312 kinds=fragment-inferred,block pages=0-8 ranks=1363 count=1
file /usr/bin/truncate inode=559 t=40313798312 kinds=fragment-inferred,block pages=0-10 ranks=1364 count=1
file /usr/bin/tset inode=560 t=40313798312 kinds=fragment-inferred,block pages=0-7 ranks=1365 count=1
file /usr/bin/tsort inode=561 t=40313798312 kinds=fragment-inferred,block pages=0-13 ranks=1366 count=1
file /usr/bin/tty inode=562 t=40313798312 kinds=fragment-inferred,block pages=0-8 ranks=1367 count=1
file /usr/bin/tzselect inode=563 t=40313798312 kinds=fragment-inferred,block pages=0-3 ranks=1368 count=1
file /usr/bin/systemctl inode=514 t=40913312312 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=1371,1388,1390,1467,1447,1373 count=7
file /usr/bin/systemd-analyze inode=516 t=41363627312 kinds=block pages=0-45 ranks=1374 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6521 t=42118841312 kinds=block pages=0-63,64-223 ranks=1383,1385 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/psmouse.ko inode=2424 t=42913091312 kinds=block pages=0-95 ranks=1392 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/elan_i2c.ko inode=2423 t=42962724312 kinds=fragment-inferred,block pages=0-26 ranks=1393 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/sermouse.ko inode=2425 t=42962724312 kinds=fragment-inferred,block pages=0-3 ranks=1394 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6527 t=43012936312 kinds=block pages=960 ranks=1395 count=1
file /usr/lib/udev/fido_id inode=6517 t=43113524312 kinds=fragment-inferred,block pages=0-25 ranks=1396 count=1
file /usr/lib/udev/hwclock-set inode=6518 t=43113524312 kinds=fragment-inferred,block pages=0 ranks=1397 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6524 t=43113524312 kinds=fragment-inferred,block pages=0 ranks=1398 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6525 t=43113524312 kinds=fragment-inferred,block pages=0 ranks=1399 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6526 t=43113524312 kinds=fragment-inferred,block pages=0-3 ranks=1400 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6528 t=43113524312 kinds=fragment-inferred,block pages=0 ranks=1401 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6529 t=43113524312 kinds=fragment-inferred,block pages=0-1 ranks=1402 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6531 t=43162825312 kinds=block pages=0-95 ranks=1403 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2313 t=43313377312 kinds=fragment-inferred,block pages=0-19 ranks=1404 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2352 t=43313377312 kinds=fragment-inferred,block pages=0-11 ranks=1405 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2353 t=43362842312 kinds=fragment-inferred,block pages=0-6 ranks=1406 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2355 t=43362842312 kinds=fragment-inferred,block pages=0-3 ranks=1407 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2356 t=43362842312 kinds=fragment-inferred,block pages=0-3 ranks=1408 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2357 t=43362842312 kinds=fragment-inferred,block pages=0-10 ranks=1409 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2358 t=43362842312 kinds=fragment-inferred,block pages=0-3 ranks=1410 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2359 t=43362842312 kinds=fragment-inferred,block pages=0-4 ranks=1411 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2360 t=43362842312 kinds=fragment-inferred,block pages=0-10 ranks=1412 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2362 t=43362842312 kinds=fragment-inferred,block pages=0-5 ranks=1413 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2363 t=43362842312 kinds=fragment-inferred,block pages=0-5 ranks=1414 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2364 t=43362842312 kinds=fragment-inferred,block pages=0-7 ranks=1415 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2365 t=43362842312 kinds=fragment-inferred,block pages=0-4 ranks=1416 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2366 t=43362842312 kinds=fragment-inferred,block pages=0-8 ranks=1417 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2367 t=43362842312 kinds=fragment-inferred,block pages=0-9 ranks=1418 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2368 t=43362842312 kinds=fragment-inferred,block pages=0-5 ranks=1419 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1514 t=43513621312 kinds=fragment-inferred,block pages=0-13 ranks=1420 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1515 t=43513621312 kinds=fragment-inferred,block pages=0-2 ranks=1421 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1516 t=43513621312 kinds=fragment-inferred,block pages=0-4 ranks=1422 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1517 t=43513621312 kinds=fragment-inferred,block pages=0-7 ranks=1423 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1518 t=43513621312 kinds=fragment-inferred,block pages=0-2 ranks=1424 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1519 t=43513621312 kinds=fragment-inferred,block pages=0-3 ranks=1425 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1520 t=43513621312 kinds=fragment-inferred,block pages=0-4 ranks=1426 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1521 t=43513621312 kinds=fragment-inferred,block pages=0-8 ranks=1427 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1522 t=43513621312 kinds=fragment-inferred,block pages=0-14 ranks=1428 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1528 t=43562794312 kinds=block pages=0-63 ranks=1429 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_core.ko inode=2430 t=43612920312 kinds=block pages=0-47 ranks=1430 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_i2c.ko inode=2426 t=43612920312 kinds=fragment-inferred,block pages=0-5 ranks=1431 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/synaptics_usb.ko inode=2427 t=43612920312 kinds=fragment-inferred,block pages=0-6 ranks=1432 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/vsxxxaa.ko inode=2428 t=43612920312 kinds=fragment-inferred,block pages=0-4 ranks=1433 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/rmi4/rmi_smbus.ko inode=2431 t=43612920312 kinds=fragment-inferred,block pages=0-6 ranks=1434 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/altera_ps2.ko inode=2433 t=43612920312 kinds=fragment-inferred,block pages=0-3 ranks=1435 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/ct82c710.ko inode=2434 t=43612920312 kinds=fragment-inferred,block pages=0-4 ranks=1436 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2435 t=43612920312 kinds=fragment-inferred,block pages=0-6 ranks=1437 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2436 t=43612920312 kinds=fragment-inferred,block pages=0-5 ranks=1438 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2437 t=43612920312 kinds=fragment-inferred,block pages=0-3 ranks=1439 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2438 t=43612920312 kinds=fragment-inferred,block pages=0-6 ranks=1440 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2439 t=43612920312 kinds=fragment-inferred,block pages=0-4 ranks=1441 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2440 t=43612920312 kinds=fragment-inferred,block pages=0-3 ranks=1442 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2442 t=43612920312 kinds=fragment-inferred,block pages=0-4 ranks=1443 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2443 t=43612920312 kinds=fragment-inferred,block pages=0-14 ranks=1444 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2444 t=43612920312 kinds=fragment-inferred,block pages=0-5 ranks=1445 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2445 t=43612920312 kinds=fragment-inferred,block pages=0-4 ranks=1446 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/apei/einj.ko inode=1249 t=43914647312 kinds=fragment-inferred,block pages=0-8 ranks=1448 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/battery.ko inode=1250 t=43914647312 kinds=fragment-inferred,block pages=0-11 ranks=1449 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/button.ko inode=1251 t=43914647312 kinds=fragment-inferred,block pages=0-7 ranks=1450 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/nfit/nfit.ko inode=1254 t=43963380312 kinds=block pages=0-37 ranks=1451 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/fan.ko inode=1252 t=43963380312 kinds=fragment-inferred,block pages=0-7 ranks=1452 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/platform_profile.ko inode=1255 t=43963380312 kinds=fragment-inferred,block pages=0-3 ranks=1453 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbs.ko inode=1256 t=43963380312 kinds=fragment-inferred,block pages=0-6 ranks=1454 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/acpi/sbshc.ko inode=1257 t=43963380312 kinds=fragment-inferred,block pages=0-5 ranks=1455 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2411 t=44113507312 kinds=fragment-inferred,block pages=0-9 ranks=1456 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2412 t=44113507312 kinds=fragment-inferred,block pages=0-4 ranks=1457 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2413 t=44113507312 kinds=fragment-inferred,block pages=0-6 ranks=1458 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2414 t=44113507312 kinds=fragment-inferred,block pages=0-2 ranks=1459 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2415 t=44113507312 kinds=fragment-inferred,block pages=0-5 ranks=1460 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2416 t=44113507312 kinds=fragment-inferred,block pages=0-5 ranks=1461 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2417 t=44113507312 kinds=fragment-inferred,block pages=0-8 ranks=1462 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2418 t=44113507312 kinds=fragment-inferred,block pages=0-9 ranks=1463 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2422 t=44162992312 kinds=block pages=0-36 ranks=1464 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2420 t=44162992312 kinds=fragment-inferred,block pages=0-9 ranks=1465 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2421 t=44162992312 kinds=fragment-inferred,block pages=0-9 ranks=1466 count=1
file /usr/bin/dash inode=316 t=44413867312 kinds=fragment-inferred,block pages=0-30 ranks=1468 count=1
file /usr/bin/date inode=317 t=44413867312 kinds=fragment-inferred,block pages=0-29 ranks=1469 count=1
file /usr/bin/dd inode=318 t=44469876312 kinds=fragment-inferred,block pages=0-21 ranks=1470 count=1
file /usr/bin/deb-systemd-helper inode=319 t=44469876312 kinds=fragment-inferred,block pages=0-5 ranks=1471 count=1
file /usr/bin/deb-systemd-invoke inode=320 t=44469876312 kinds=fragment-inferred,block pages=0-1 ranks=1472 count=1
file /usr/bin/debconf inode=321 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1473 count=1
file /usr/bin/debconf-apt-progress inode=322 t=44469876312 kinds=fragment-inferred,block pages=0-2 ranks=1474 count=1
file /usr/bin/debconf-communicate inode=323 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1475 count=1
file /usr/bin/debconf-copydb inode=324 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1476 count=1
file /usr/bin/debconf-escape inode=325 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1477 count=1
file /usr/bin/debconf-set-selections inode=326 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1478 count=1
file /usr/bin/debconf-show inode=327 t=44469876312 kinds=fragment-inferred,block pages=0 ranks=1479 count=1
file /usr/bin/delpart inode=328 t=44469876312 kinds=fragment-inferred,block pages=0-7 ranks=1480 count=1
file /usr/bin/diff inode=330 t=44469876312 kinds=block pages=0-37 ranks=1481 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-ocores.ko inode=1978 t=44613242312 kinds=fragment-inferred,block pages=0-7 ranks=1482 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-parport.ko inode=1979 t=44613242312 kinds=fragment-inferred,block pages=0-7 ranks=1483 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-pca-platform.ko inode=1980 t=44613242312 kinds=fragment-inferred,block pages=0-4 ranks=1484 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1981 t=44613242312 kinds=fragment-inferred,block pages=0-12 ranks=1485 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-robotfuzz-osif.ko inode=1982 t=44613242312 kinds=fragment-inferred,block pages=0-3 ranks=1486 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-scmi.ko inode=1983 t=44613242312 kinds=fragment-inferred,block pages=0-4 ranks=1487 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-simtec.ko inode=1984 t=44613242312 kinds=fragment-inferred,block pages=0-3 ranks=1488 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis5595.ko inode=1985 t=44613242312 kinds=fragment-inferred,block pages=0-5 ranks=1489 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis630.ko inode=1986 t=44613242312 kinds=fragment-inferred,block pages=0-7 ranks=1490 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-sis96x.ko inode=1987 t=44613242312 kinds=fragment-inferred,block pages=0-4 ranks=1491 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-taos-evm.ko inode=1988 t=44666253312 kinds=fragment-inferred,block pages=0-5 ranks=1492 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-tiny-usb.ko inode=1989 t=44666253312 kinds=fragment-inferred,block pages=0-5 ranks=1493 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-via.ko inode=1990 t=44666253312 kinds=fragment-inferred,block pages=0-3 ranks=1494 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viapro.ko inode=1991 t=44666253312 kinds=fragment-inferred,block pages=0-6 ranks=1495 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/busses/i2c-viperboard.ko inode=1992 t=44666253312 kinds=fragment-inferred,block pages=0-5 ranks=1496 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-dev.ko inode=1993 t=44666253312 kinds=fragment-inferred,block pages=0-8 ranks=1497 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-mux.ko inode=1994 t=44666253312 kinds=fragment-inferred,block pages=0-6 ranks=1498 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-smbus.ko inode=1995 t=44666253312 kinds=fragment-inferred,block pages=0-5 ranks=1499 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/i2c/i2c-stub.ko inode=1996 t=44666253312 kinds=fragment-inferred,block pages=0-6 ranks=1500 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/iio/accel/adis16201.ko inode=1999 t=44666253312 kinds=fragment-inferred,block pages=0-5 ranks=1501 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4345 t=44812975312 kinds=fragment-inferred,block pages=0-21 ranks=1502 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4351 t=44866466312 kinds=block pages=0-32 ranks=1503 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4350 t=44866466312 kinds=fragment-inferred,block pages=0-15 ranks=1504 count=1
file /usr/lib/udev/dmi_memory_id inode=6516 t=45162845312 kinds=fragment-inferred,block pages=0-18 ranks=1506 count=1
file /usr/lib/udev/cdrom_id inode=6515 t=45263286312 kinds=fragment-inferred,block pages=0-19 ranks=1507 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1139 t=45414303312 kinds=block pages=0-63,64-580 ranks=1508,1510 count=4
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1141 t=45649631312 kinds=block pages=0-46 ranks=1511 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1134 t=45700487312 kinds=fragment-inferred,block pages=0-3 ranks=1512 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1135 t=45700487312 kinds=fragment-inferred,block pages=0-4 ranks=1513 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1142 t=45700487312 kinds=fragment-inferred,block pages=0-16 ranks=1514 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1143 t=45700487312 kinds=fragment-inferred,block pages=0-6 ranks=1515 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1145 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1516 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1146 t=45700487312 kinds=fragment-inferred,block pages=0-4 ranks=1517 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1147 t=45700487312 kinds=fragment-inferred,block pages=0-2 ranks=1518 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1148 t=45700487312 kinds=fragment-inferred,block pages=0-12 ranks=1519 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1149 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1520 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1150 t=45700487312 kinds=fragment-inferred,block pages=0-6 ranks=1521 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1151 t=45700487312 kinds=fragment-inferred,block pages=0-3 ranks=1522 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1152 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1523 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1153 t=45700487312 kinds=fragment-inferred,block pages=0-4 ranks=1524 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1155 t=45700487312 kinds=fragment-inferred,block pages=0-3 ranks=1525 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1157 t=45700487312 kinds=fragment-inferred,block pages=0-2 ranks=1526 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1158 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1527 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1159 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1528 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1160 t=45700487312 kinds=fragment-inferred,block pages=0-3 ranks=1529 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1161 t=45700487312 kinds=fragment-inferred,block pages=0-4 ranks=1530 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1162 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1531 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1163 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1532 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1164 t=45700487312 kinds=fragment-inferred,block pages=0-5 ranks=1533 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1530 t=46313566312 kinds=block pages=0-41 ranks=1534 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1523 t=46313566312 kinds=fragment-inferred,block pages=0-3 ranks=1535 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1524 t=46313566312 kinds=fragment-inferred,block pages=0-6 ranks=1536 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1527 t=46313566312 kinds=fragment-inferred,block pages=0-21 ranks=1537 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1531 t=46313566312 kinds=fragment-inferred,block pages=0-5 ranks=1538 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1532 t=46313566312 kinds=fragment-inferred,block pages=0-5 ranks=1539 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1535 t=46313566312 kinds=fragment-inferred,block pages=0-7 ranks=1540 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1537 t=46313566312 kinds=fragment-inferred,block pages=0-6 ranks=1541 count=1
file /usr/sbin/e2scrub inode=7826 t=46613110312 kinds=fragment-inferred,block pages=0-1 ranks=1542 count=1
file /usr/sbin/e2scrub_all inode=7827 t=46613110312 kinds=fragment-inferred,block pages=0-1 ranks=1543 count=1
file /usr/sbin/e2undo inode=7828 t=46613110312 kinds=fragment-inferred,block pages=0-5 ranks=1544 count=1
file /usr/sbin/e4crypt inode=7829 t=46613110312 kinds=fragment-inferred,block pages=0-6 ranks=1545 count=1
file /usr/sbin/e4defrag inode=7830 t=46613110312 kinds=fragment-inferred,block pages=0-7 ranks=1546 count=1
file /usr/sbin/faillock inode=7831 t=46613110312 kinds=fragment-inferred,block pages=0-3 ranks=1547 count=1
file /usr/sbin/filefrag inode=7832 t=46613110312 kinds=fragment-inferred,block pages=0-4 ranks=1548 count=1
file /usr/sbin/findfs inode=7833 t=46613110312 kinds=fragment-inferred,block pages=0-3 ranks=1549 count=1
file /usr/sbin/fsck inode=7834 t=46613110312 kinds=fragment-inferred,block pages=0-13 ranks=1550 count=1
file /usr/sbin/fsck.cramfs inode=7835 t=46613110312 kinds=fragment-inferred,block pages=0-10 ranks=1551 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1137 t=46912976312 kinds=block pages=0-97 ranks=1552 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1138 t=47014655312 kinds=block pages=0-159 ranks=1553 count=1
file /usr/bin/bash inode=292 t=47316508312 kinds=block pages=0-63,64-287,288-308 ranks=1554,1574,1568 count=6
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1579 t=47613258312 kinds=fragment-inferred,block pages=0-16 ranks=1555 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1580 t=47613258312 kinds=fragment-inferred,block pages=0-7 ranks=1556 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1581 t=47613258312 kinds=fragment-inferred,block pages=0-4 ranks=1557 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1582 t=47613258312 kinds=fragment-inferred,block pages=0-4 ranks=1558 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1583 t=47613258312 kinds=fragment-inferred,block pages=0-7 ranks=1559 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1584 t=47613258312 kinds=fragment-inferred,block pages=0-5 ranks=1560 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1585 t=47613258312 kinds=fragment-inferred,block pages=0-6 ranks=1561 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1586 t=47613258312 kinds=fragment-inferred,block pages=0-6 ranks=1562 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1587 t=47613258312 kinds=fragment-inferred,block pages=0-13 ranks=1563 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1588 t=47613258312 kinds=fragment-inferred,block pages=0-4 ranks=1564 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1589 t=47613258312 kinds=fragment-inferred,block pages=0-4 ranks=1565 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1590 t=47613258312 kinds=fragment-inferred,block pages=0-9 ranks=1566 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1591 t=47613258312 kinds=fragment-inferred,block pages=0-12 ranks=1567 count=1
file /usr/bin/basenc inode=291 t=48069724312 kinds=fragment-inferred,block pages=0-13 ranks=1569 count=1
file /usr/bin/bashbug inode=293 t=48069724312 kinds=fragment-inferred,block pages=0-1 ranks=1570 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6994 t=48170627312 kinds=block pages=0-49 ranks=1571 count=2
file /usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 inode=6996 t=48270492312 kinds=block pages=0-44 ranks=1572 count=1
file /usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 inode=6998 t=48270492312 kinds=block pages=0-63 ranks=1573 count=1
file /usr/bin/busctl inode=294 t=48520139312 kinds=fragment-inferred,block pages=0-22 ranks=1575 count=1
file /usr/bin/cat inode=296 t=48570047312 kinds=fragment-inferred,block pages=0-10 ranks=1576 count=1
file /usr/bin/chage inode=297 t=48570047312 kinds=fragment-inferred,block pages=0-19 ranks=1577 count=1
file /usr/bin/chattr inode=298 t=48570047312 kinds=fragment-inferred,block pages=0-3 ranks=1578 count=1
file /usr/bin/chcon inode=299 t=48570047312 kinds=fragment-inferred,block pages=0-16 ranks=1579 count=1
file /usr/bin/chfn inode=300 t=48570047312 kinds=fragment-inferred,block pages=0-15 ranks=1580 count=1
file /usr/bin/chgrp inode=301 t=48570047312 kinds=fragment-inferred,block pages=0-16 ranks=1581 count=1
file /usr/bin/pwd inode=471 t=48720291312 kinds=fragment-inferred,block pages=0-10 ranks=1582 count=1
file /usr/bin/readlink inode=473 t=48720291312 kinds=fragment-inferred,block pages=0-12 ranks=1583 count=1
file /usr/bin/realpath inode=474 t=48770146312 kinds=fragment-inferred,block pages=0-12 ranks=1584 count=1
file /usr/bin/rename.ul inode=475 t=48770146312 kinds=fragment-inferred,block pages=0-5 ranks=1585 count=1
file /usr/bin/renice inode=476 t=48770146312 kinds=fragment-inferred,block pages=0-3 ranks=1586 count=1
file /usr/bin/resizepart inode=478 t=48770146312 kinds=fragment-inferred,block pages=0-17 ranks=1587 count=1
file /usr/bin/rev inode=479 t=48770146312 kinds=fragment-inferred,block pages=0-3 ranks=1588 count=1
file /usr/bin/rgrep inode=480 t=48770146312 kinds=fragment-inferred,block pages=0 ranks=1589 count=1
read t=13287921312 offset=22528 len=4096
read t=13338150312 offset=153600 len=4096
read t=13388156312 offset=415744 len=4096
read t=13438577312 offset=940032 len=4096
read t=13488676312 offset=1988608 len=4096
read t=13538695312 offset=4085760 len=4096
read t=13937092312 offset=0 len=22528
read t=13989055312 offset=26624 len=126976
read t=14039178312 offset=157696 len=131072
read t=14088617312 offset=288768 len=126976
read t=15309859312 offset=22528 len=4096
read t=15359914312 offset=153600 len=4096
read t=15409865312 offset=415744 len=4096
read t=15459758312 offset=940032 len=4096
read t=15510071312 offset=1988608 len=4096
read t=15559948312 offset=4085760 len=4096
read t=15959829312 offset=0 len=22528
read t=16010285312 offset=26624 len=126976
read t=16060797312 offset=157696 len=131072
read t=16111170312 offset=288768 len=126976
read t=16771207312 offset=179306496 len=4096
read t=16777609312 offset=179392512 len=4096
read t=16823666312 offset=0 len=16384
read t=16873228312 offset=16384 len=32768
read t=16922253312 offset=179396608 len=4096
read t=16974863312 offset=179265536 len=4096
read t=17023678312 offset=179367936 len=4096
read t=17072494312 offset=179269632 len=4096
read t=17123046312 offset=179376128 len=4096
read t=17173073312 offset=179195904 len=4096
read t=17223496312 offset=179240960 len=4096
read t=17273258312 offset=179097600 len=4096
read t=17322611312 offset=179052544 len=4096
read t=17372565312 offset=179023872 len=4096
read t=17423423312 offset=178933760 len=4096
read t=17473360312 offset=178900992 len=4096
read t=17522645312 offset=178892800 len=4096
read t=17573276312 offset=179122176 len=4096
read t=17623290312 offset=178913280 len=4096
read t=17672531312 offset=177819648 len=4096
read t=17726762312 offset=49152 len=65536
read t=17774074312 offset=131072 len=4096
read t=17822387312 offset=262144 len=4096
read t=17872974312 offset=524288 len=4096
read t=17923221312 offset=1048576 len=4096
read t=17972890312 offset=2097152 len=4096
read t=18023003312 offset=4194304 len=4096
read t=18075549312 offset=114688 len=16384
read t=18122372312 offset=135168 len=126976
read t=18172497312 offset=266240 len=110592
read t=18222319312 offset=376832 len=131072
read t=18272022312 offset=507904 len=16384
read t=18322974312 offset=528384 len=110592
read t=18372463312 offset=638976 len=131072
read t=18423024312 offset=178782208 len=4096
read t=18472543312 offset=178786304 len=16384
read t=18522983312 offset=178802688 len=32768
read t=18572012312 offset=178835456 len=57344
read t=18621930312 offset=178896896 len=4096
read t=18672318312 offset=178905088 len=8192
read t=18722385312 offset=178917376 len=16384
read t=18772195312 offset=178937856 len=86016
read t=18822551312 offset=179027968 len=4096
read t=18872589312 offset=179032064 len=20480
read t=18922159312 offset=179056640 len=40960
read t=18972231312 offset=179101696 len=20480
read t=19023280312 offset=179126272 len=36864
read t=19072581312 offset=179163136 len=32768
read t=19122914312 offset=179200000 len=40960
read t=19172233312 offset=179245056 len=20480
read t=19222500312 offset=179273728 len=32768
read t=19272374312 offset=179310592 len=57344
read t=19322135312 offset=179372032 len=4096
read t=19372911312 offset=179380224 len=12288
read t=20076702312 offset=8208384 len=4096
read t=20077628312 offset=8212480 len=16384
read t=20078369312 offset=8228864 len=32768
read t=20078808312 offset=8261632 len=65536
read t=20127999312 offset=8327168 len=131072
read t=20996196312 offset=106881024 len=4096
read t=20997192312 offset=106885120 len=16384
read t=20998224312 offset=106901504 len=32768
read t=20999704312 offset=106934272 len=65536
read t=21047631312 offset=113987584 len=4096
read t=21098069312 offset=113991680 len=16384
read t=21148385312 offset=114008064 len=32768
read t=21197926312 offset=114040832 len=65536
read t=21248096312 offset=114106368 len=131072
read t=21298537312 offset=127938560 len=4096
read t=21347998312 offset=127942656 len=16384
read t=21398148312 offset=127959040 len=32768
read t=21448134312 offset=127991808 len=65536
read t=21498297312 offset=128552960 len=4096
read t=21547843312 offset=128557056 len=16384
read t=21598057312 offset=128573440 len=32768
read t=21648232312 offset=128606208 len=65536
read t=21697771312 offset=128671744 len=131072
read t=21748168312 offset=129871872 len=4096
read t=21798166312 offset=129875968 len=16384
read t=21851366312 offset=129892352 len=32768
read t=21898572312 offset=115392512 len=4096
read t=21948263312 offset=115396608 len=16384
read t=21998322312 offset=115412992 len=32768
read t=22047664312 offset=115445760 len=65536
read t=22098227312 offset=115511296 len=131072
read t=22147979312 offset=116174848 len=4096
read t=22198254312 offset=116178944 len=16384
read t=22248267312 offset=116195328 len=32768
read t=22298214312 offset=116228096 len=65536
read t=22348161312 offset=124416000 len=4096
read t=22398244312 offset=124420096 len=16384
read t=22447954312 offset=124436480 len=32768
read t=22498219312 offset=124469248 len=65536
read t=22547819312 offset=123777024 len=4096
read t=22597956312 offset=123781120 len=16384
read t=22648574312 offset=123797504 len=32768
read t=22698326312 offset=123830272 len=65536
read t=22748166312 offset=115347456 len=4096
read t=22799033312 offset=115351552 len=16384
read t=22848094312 offset=115367936 len=24576
read t=22904219312 offset=122408960 len=4096
read t=22948114312 offset=122413056 len=16384
read t=22998498312 offset=122429440 len=32768
read t=23047704312 offset=122462208 len=65536
read t=23097671312 offset=115150848 len=4096
read t=23148150312 offset=115154944 len=16384
read t=23198155312 offset=115171328 len=32768
read t=23247976312 offset=115204096 len=65536
read t=23298268312 offset=123895808 len=16384
read t=23348720312 offset=123912192 len=32768
read t=23398207312 offset=123944960 len=65536
read t=23448288312 offset=122527744 len=131072
read t=23505115312 offset=114237440 len=131072
read t=23548240312 offset=115269632 len=77824
read t=23602331312 offset=119222272 len=4096
read t=23648192312 offset=119226368 len=16384
read t=23698496312 offset=119242752 len=32768
read t=23748230312 offset=119275520 len=65536
read t=23798340312 offset=116293632 len=16384
read t=23854139312 offset=116310016 len=32768
read t=23898025312 offset=116342784 len=65536
read t=23948254312 offset=119672832 len=4096
read t=23998633312 offset=119676928 len=16384
read t=24048478312 offset=119693312 len=32768
read t=24098271312 offset=119726080 len=65536
read t=24147909312 offset=120119296 len=4096
read t=24198454312 offset=120123392 len=16384
read t=24248092312 offset=120139776 len=32768
read t=24297723312 offset=120172544 len=65536
read t=24347794312 offset=121774080 len=4096
read t=24397961312 offset=121778176 len=16384
read t=24448819312 offset=121794560 len=32768
read t=24498089312 offset=121827328 len=65536
read t=24548188312 offset=121892864 len=131072
read t=24600118312 offset=116408320 len=131072
read t=24651345312 offset=118059008 len=4096
read t=24698523312 offset=118063104 len=16384
read t=24748253312 offset=118079488 len=32768
read t=24798528312 offset=116539392 len=131072
read t=24848109312 offset=126611456 len=4096
read t=24898872312 offset=126615552 len=16384
read t=24948513312 offset=126631936 len=32768
read t=24998246312 offset=126664704 len=65536
read t=25048321312 offset=126730240 len=131072
read t=25097831312 offset=126873600 len=4096
read t=25148124312 offset=126877696 len=16384
read t=25198091312 offset=126894080 len=32768
read t=25247769312 offset=126926848 len=65536
read t=25297874312 offset=122023936 len=131072
read t=25347889312 offset=122363904 len=4096
read t=25398296312 offset=122368000 len=16384
read t=25448490312 offset=122384384 len=24576
read t=25504835312 offset=123547648 len=4096
read t=25547979312 offset=123551744 len=16384
read t=25598316312 offset=123568128 len=32768
read t=25647699312 offset=123600896 len=65536
read t=25698228312 offset=123666432 len=110592
read t=25759411312 offset=121380864 len=4096
read t=25798557312 offset=121384960 len=16384
read t=25848588312 offset=121401344 len=32768
read t=25898243312 offset=121434112 len=65536
read t=25948259312 offset=121499648 len=131072
read t=26001762312 offset=128057344 len=131072
read t=26047922312 offset=115691520 len=4096
read t=26098468312 offset=115695616 len=16384
read t=26148519312 offset=115712000 len=32768
read t=26198138312 offset=115744768 len=65536
read t=26248108312 offset=115810304 len=131072
read t=26298485312 offset=115642368 len=16384
read t=26348507312 offset=115658752 len=32768
read t=26408410312 offset=115941376 len=16384
read t=26448540312 offset=115957760 len=32768
read t=26499747312 offset=115990528 len=65536
read t=26548203312 offset=116056064 len=118784
read t=26611888312 offset=122155008 len=131072
read t=26648180312 offset=122286080 len=77824
read t=26698237312 offset=126861312 len=12288
read t=26748081312 offset=117993472 len=4096
read t=26798385312 offset=117997568 len=16384
read t=26848537312 offset=118013952 len=32768
read t=26898236312 offset=118046720 len=12288
read t=26948104312 offset=118112256 len=131072
read t=26998751312 offset=116670464 len=131072
read t=27048217312 offset=119791616 len=131072
read t=27098591312 offset=119922688 len=131072
read t=27148590312 offset=122658816 len=131072
read t=27197838312 offset=129839104 len=4096
read t=27248456312 offset=129843200 len=16384
read t=27298754312 offset=129859584 len=12288
read t=27348293312 offset=129925120 len=32768
read t=27398239312 offset=128802816 len=131072
read t=27448221312 offset=128516096 len=4096
read t=27498543312 offset=128520192 len=16384
read t=27548345312 offset=128536576 len=16384
read t=27643003312 offset=117202944 len=4096
read t=27647941312 offset=117207040 len=16384
read t=27698351312 offset=117223424 len=32768
read t=27747891312 offset=117256192 len=65536
read t=27797848312 offset=117321728 len=131072
read t=27848090312 offset=117452800 len=131072
read t=27897976312 offset=117760000 len=4096
read t=27948270312 offset=117764096 len=16384
read t=27998068312 offset=117780480 len=32768
read t=28047923312 offset=117813248 len=65536
read t=28098078312 offset=117878784 len=114688
read t=28148115312 offset=129220608 len=4096
read t=28198370312 offset=129224704 len=16384
read t=28248483312 offset=129241088 len=32768
read t=28298145312 offset=129273856 len=65536
read t=28347948312 offset=129339392 len=131072
read t=28398105312 offset=129470464 len=131072
read t=28448476312 offset=129601536 len=131072
read t=28501690312 offset=129732608 len=106496
read t=28547921312 offset=129957888 len=36864
read t=28597717312 offset=129155072 len=4096
read t=28647848312 offset=129159168 len=16384
read t=28698092312 offset=129175552 len=32768
read t=28747876312 offset=129208320 len=12288
read t=28803519312 offset=129093632 len=4096
read t=28848220312 offset=129097728 len=16384
read t=28898009312 offset=129114112 len=32768
read t=28947683312 offset=129146880 len=8192
read t=29008740312 offset=128966656 len=4096
read t=29047866312 offset=128970752 len=16384
read t=29098319312 offset=128987136 len=32768
read t=29147720312 offset=129019904 len=65536
read t=29197838312 offset=129085440 len=8192
read t=29275378312 offset=128217088 len=4096
read t=29298322312 offset=128221184 len=16384
read t=29348412312 offset=128237568 len=32768
read t=29398091312 offset=128270336 len=65536
read t=29448061312 offset=128335872 len=131072
read t=29497969312 offset=128466944 len=49152
read t=29581198312 offset=128188416 len=16384
read t=29599964312 offset=128204800 len=12288
read t=29654060312 offset=128933888 len=32768
read t=29698172312 offset=18272256 len=4096
read t=29747794312 offset=18276352 len=16384
read t=29798482312 offset=18292736 len=32768
read t=29848154312 offset=18325504 len=65536
read t=29898054312 offset=106729472 len=4096
read t=29948441312 offset=106733568 len=16384
read t=29998553312 offset=106749952 len=32768
read t=30047747312 offset=106782720 len=65536
read t=30098058312 offset=106274816 len=4096
read t=30148812312 offset=106278912 len=16384
read t=30198518312 offset=106295296 len=32768
read t=30251494312 offset=106328064 len=65536
read t=30297746312 offset=106000384 len=4096
read t=30348670312 offset=106004480 len=16384
read t=30398061312 offset=106020864 len=32768
read t=30448265312 offset=106053632 len=65536
read t=30498185312 offset=106119168 len=131072
read t=30548113312 offset=106549248 len=4096
read t=30598535312 offset=106553344 len=16384
read t=30648419312 offset=106569728 len=32768
read t=30697620312 offset=106602496 len=65536
read t=30747984312 offset=106668032 len=61440
read t=30798157312 offset=83505152 len=4096
read t=30848278312 offset=83509248 len=16384
read t=30898498312 offset=83525632 len=32768
read t=30947604312 offset=83558400 len=65536
read t=30998027312 offset=106393600 len=131072
read t=31048135312 offset=96149504 len=4096
read t=31098779312 offset=96153600 len=16384
read t=31148473312 offset=96169984 len=32768
read t=31198220312 offset=96202752 len=65536
read t=31248241312 offset=93859840 len=4096
read t=31298065312 offset=93863936 len=16384
read t=31348369312 offset=93880320 len=32768
read t=31397862312 offset=93913088 len=65536
read t=31447639312 offset=11681792 len=4096
read t=31498612312 offset=11685888 len=16384
read t=31548361312 offset=11702272 len=32768
read t=31598200312 offset=11735040 len=65536
read t=31647908312 offset=11800576 len=131072
read t=31698134312 offset=117633024 len=4096
read t=31748347312 offset=117637120 len=16384
read t=31798445312 offset=117653504 len=32768
read t=31848066312 offset=117686272 len=65536
read t=31898033312 offset=117751808 len=8192
read t=32297080312 offset=106848256 len=16384
read t=32297830312 offset=106864640 len=16384
read t=32913998312 offset=120053760 len=16384
read t=32915011312 offset=120070144 len=32768
read t=32915744312 offset=120102912 len=16384
read t=32916104312 offset=120238080 len=61440
read t=33453356312 offset=18116608 len=4096
read t=33454223312 offset=18120704 len=16384
read t=33455013312 offset=18137088 len=32768
read t=33455360312 offset=18169856 len=65536
read t=33653929312 offset=154243072 len=4096
read t=33654532312 offset=154247168 len=16384
read t=33654961312 offset=154263552 len=32768
read t=33838054312 offset=18235392 len=36864
read t=34106575312 offset=12697600 len=4096
read t=34107281312 offset=12701696 len=16384
read t=34108050312 offset=12718080 len=32768
read t=34108585312 offset=12750848 len=65536
read t=34183725312 offset=113512448 len=4096
read t=34208385312 offset=113516544 len=16384
read t=34258782312 offset=113532928 len=32768
read t=34308028312 offset=113565696 len=65536
read t=34552474312 offset=84959232 len=4096
read t=34553689312 offset=84963328 len=16384
read t=34554661312 offset=84979712 len=32768
read t=34555123312 offset=85012480 len=65536
read t=34671580312 offset=23736320 len=4096
read t=34672100312 offset=23740416 len=16384
read t=34704293312 offset=23756800 len=32768
read t=34757572312 offset=23789568 len=65536
read t=34803803312 offset=86020096 len=4096
read t=34854325312 offset=86024192 len=16384
read t=34904556312 offset=86040576 len=32768
read t=34954232312 offset=86073344 len=65536
read t=35008114312 offset=86138880 len=131072
read t=35054010312 offset=106999808 len=16384
read t=35104795312 offset=107016192 len=32768
read t=35155250312 offset=107048960 len=65536
read t=35204539312 offset=107692032 len=4096
read t=35254631312 offset=107696128 len=16384
read t=35308226312 offset=107712512 len=32768
read t=35353739312 offset=107163648 len=4096
read t=35403902312 offset=107167744 len=16384
read t=35454896312 offset=107184128 len=32768
read t=35503964312 offset=107216896 len=65536
read t=35553821312 offset=16805888 len=4096
read t=35604451312 offset=16809984 len=16384
read t=35654342312 offset=16826368 len=32768
read t=35704026312 offset=16859136 len=65536
read t=35754246312 offset=17297408 len=4096
read t=35803840312 offset=17301504 len=16384
read t=35854947312 offset=17317888 len=32768
read t=35961985312 offset=17252352 len=4096
read t=35962953312 offset=17256448 len=16384
read t=36004657312 offset=17272832 len=24576
read t=36057565312 offset=17350656 len=20480
read t=36103976312 offset=16924672 len=131072
read t=36157766312 offset=17055744 len=131072
read t=36211141312 offset=107745280 len=57344
read t=36257443312 offset=16113664 len=4096
read t=36304102312 offset=16117760 len=16384
read t=36354369312 offset=16134144 len=32768
read t=36409408312 offset=16166912 len=65536
read t=36454743312 offset=17186816 len=65536
read t=36510742312 offset=17371136 len=77824
read t=36747926312 offset=107802624 len=16384
read t=37079398312 offset=16232448 len=131072
read t=37452504312 offset=107819008 len=40960
read t=39600483312 offset=107913216 len=4096
read t=39602039312 offset=107917312 len=16384
read t=39602837312 offset=107933696 len=32768
read t=39611964312 offset=107966464 len=65536
read t=39818917312 offset=111382528 len=4096
read t=39819869312 offset=111386624 len=16384
read t=39820701312 offset=111403008 len=32768
read t=39822018312 offset=111435776 len=65536
read t=39926647312 offset=111501312 len=131072
read t=40311863312 offset=16715776 len=4096
read t=40312577312 offset=16719872 len=16384
read t=40313365312 offset=16736256 len=32768
read t=40313798312 offset=16769024 len=36864
read t=40445004312 offset=109268992 len=4096
read t=40445887312 offset=109273088 len=16384
read t=40462988312 offset=109289472 len=32768
read t=40513907312 offset=109322240 len=65536
read t=40569446312 offset=109387776 len=131072
read t=40618152312 offset=108982272 len=4096
read t=40662796312 offset=108986368 len=16384
read t=40712954312 offset=109002752 len=32768
read t=40766513312 offset=109035520 len=65536
read t=40812852312 offset=15187968 len=4096
read t=40863161312 offset=15192064 len=16384
read t=40913312312 offset=15208448 len=32768
read t=40966284312 offset=15241216 len=65536
read t=41012881312 offset=109522944 len=4096
read t=41062915312 offset=109527040 len=16384
read t=41118156312 offset=109543424 len=32768
read t=41167202312 offset=109576192 len=65536
read t=41212782312 offset=15728640 len=4096
read t=41263192312 offset=15732736 len=16384
read t=41314234312 offset=15749120 len=32768
read t=41363627312 offset=15781888 len=65536
read t=41412816312 offset=109641728 len=131072
read t=41462760312 offset=108507136 len=4096
read t=41512921312 offset=108511232 len=16384
read t=41563335312 offset=108527616 len=32768
read t=41616572312 offset=108457984 len=4096
read t=41662665312 offset=108462080 len=16384
read t=41714335312 offset=108478464 len=28672
read t=41763313312 offset=108560384 len=73728
read t=41812997312 offset=106250240 len=24576
read t=41863417312 offset=108634112 len=106496
read t=41913362312 offset=109518848 len=4096
read t=41962755312 offset=109973504 len=4096
read t=42013659312 offset=109977600 len=16384
read t=42063043312 offset=109993984 len=32768
read t=42118841312 offset=110026752 len=65536
read t=42162647312 offset=108437504 len=4096
read t=42212874312 offset=108441600 len=16384
read t=42294231312 offset=110092288 len=131072
read t=42312928312 offset=108965888 len=4096
read t=42363136312 offset=108969984 len=12288
read t=42427342312 offset=108863488 len=4096
read t=42463416312 offset=108867584 len=16384
read t=42513627312 offset=108883968 len=32768
read t=42562798312 offset=108916736 len=49152
read t=42613295312 offset=15306752 len=131072
read t=42663057312 offset=109101056 len=77824
read t=42714967312 offset=15437824 len=131072
read t=42763031312 offset=109772800 len=131072
read t=42813220312 offset=39215104 len=4096
read t=42863083312 offset=39219200 len=16384
read t=42913091312 offset=39235584 len=32768
read t=42962724312 offset=39268352 len=65536
read t=43012936312 offset=111026176 len=4096
read t=43063169312 offset=111030272 len=16384
read t=43113524312 offset=111046656 len=32768
read t=43162825312 offset=111079424 len=65536
read t=43213520312 offset=38805504 len=4096
read t=43263037312 offset=38809600 len=16384
read t=43313377312 offset=38825984 len=32768
read t=43362842312 offset=38858752 len=65536
read t=43413042312 offset=22896640 len=4096
read t=43463004312 offset=22900736 len=16384
read t=43513621312 offset=22917120 len=32768
read t=43562794312 offset=22949888 len=65536
read t=43612920312 offset=39333888 len=131072
read t=43663142312 offset=15687680 len=4096
read t=43713245312 offset=15691776 len=16384
read t=43763316312 offset=15708160 len=20480
read t=43862007312 offset=19918848 len=4096
read t=43862919312 offset=19922944 len=16384
read t=43914647312 offset=19939328 len=32768
read t=43963380312 offset=19972096 len=65536
read t=44013024312 offset=39116800 len=4096
read t=44063497312 offset=39120896 len=16384
read t=44113507312 offset=39137280 len=32768
read t=44162992312 offset=39170048 len=45056
read t=44213264312 offset=15568896 len=118784
read t=44291537312 offset=9678848 len=4096
read t=44313655312 offset=9682944 len=16384
read t=44363357312 offset=9699328 len=32768
read t=44413867312 offset=9732096 len=65536
read t=44469876312 offset=9797632 len=131072
read t=44512528312 offset=34488320 len=4096
read t=44562818312 offset=34492416 len=16384
read t=44613242312 offset=34508800 len=32768
read t=44666253312 offset=34541568 len=65536
read t=44753815312 offset=76734464 len=4096
read t=44774560312 offset=76738560 len=16384
read t=44812975312 offset=76754944 len=32768
read t=44866466312 offset=76787712 len=65536
read t=44913103312 offset=109903872 len=16384
read t=44966371312 offset=109920256 len=32768
read t=45016185312 offset=109953024 len=20480
read t=45072514312 offset=107880448 len=4096
read t=45112766312 offset=107884544 len=16384
read t=45162845312 offset=107900928 len=12288
read t=45221502312 offset=107859968 len=16384
read t=45263286312 offset=107876352 len=4096
read t=45318531312 offset=18862080 len=4096
read t=45363937312 offset=18866176 len=16384
read t=45414303312 offset=18882560 len=98304
read t=45472285312 offset=108032000 len=49152
read t=45587715312 offset=18980864 len=131072
read t=45602720312 offset=19111936 len=131072
read t=45649631312 offset=19243008 len=131072
read t=45700487312 offset=19374080 len=131072
read t=45965488312 offset=22528 len=4096
read t=46013599312 offset=153600 len=4096
read t=46063917312 offset=415744 len=4096
read t=46113591312 offset=940032 len=4096
read t=46163971312 offset=1988608 len=4096
read t=46213705312 offset=4085760 len=4096
read t=46313566312 offset=23015424 len=131072
read t=46423096312 offset=130527232 len=4096
read t=46513316312 offset=130531328 len=16384
read t=46613110312 offset=130547712 len=98304
read t=46713129312 offset=18575360 len=4096
read t=46812949312 offset=18579456 len=16384
read t=46863132312 offset=0 len=22528
read t=46912976312 offset=18595840 len=98304
read t=47014655312 offset=18694144 len=131072
read t=47063754312 offset=26624 len=126976
read t=47114921312 offset=8491008 len=4096
read t=47163258312 offset=157696 len=131072
read t=47214545312 offset=8495104 len=16384
read t=47263717312 offset=288768 len=126976
read t=47316508312 offset=8511488 len=98304
read t=47416207312 offset=23441408 len=4096
read t=47515362312 offset=23445504 len=16384
read t=47613258312 offset=23461888 len=98304
read t=48068389312 offset=9048064 len=4096
read t=48069263312 offset=9052160 len=16384
read t=48069724312 offset=9068544 len=32768
read t=48075332312 offset=125763584 len=4096
read t=48120137312 offset=125767680 len=16384
read t=48170627312 offset=125784064 len=32768
read t=48220173312 offset=125816832 len=65536
read t=48270492312 offset=125882368 len=131072
read t=48320247312 offset=8609792 len=131072
read t=48370197312 offset=8740864 len=131072
read t=48420124312 offset=8871936 len=131072
read t=48470543312 offset=9003008 len=45056
read t=48520139312 offset=9101312 len=32768
read t=48570047312 offset=9134080 len=131072
read t=48620338312 offset=14483456 len=4096
read t=48670633312 offset=14487552 len=16384
read t=48720291312 offset=14503936 len=32768
read t=48770146312 offset=14536704 len=65536
end files=1521 reads=531
