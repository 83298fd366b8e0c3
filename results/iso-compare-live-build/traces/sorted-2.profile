liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=264901641 mkfs_time=1796448449 inode_count=15274 block_size=131072 compressor=zstd sha256=422ed85df09660226340a292322df6b800ea6b8d28c38cddd7cabba187244e75
events 722
dropped 0
boots 1
duration_ns 86039472192
file /boot/vmlinuz-6.1.0-50-amd64 inode=6 t=26390451541 kinds=block pages=0-159 count=5
file /usr/bin/bash inode=456 t=26883054541 kinds=block pages=0-308 count=7
file /usr/bin/pwd inode=670 t=27084895541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/pwdx inode=671 t=27084895541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/readlink inode=674 t=27084895541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=675 t=27133398541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=676 t=27133398541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=677 t=27133398541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/echo inode=522 t=27133398541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=524 t=27133398541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/resizepart inode=679 t=27133398541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=680 t=27133398541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=681 t=27133398541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=525 t=27133398541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=527 t=27133398541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=528 t=27133398541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=529 t=27236837541 kinds=fragment-inferred,block pages=0-28 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/adduser.conf inode=24 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/adjtime inode=25 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/alternatives/README inode=27 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apparmor.d/sbin.dhclient inode=86 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/00recommends inode=89 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=90 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=91 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=95 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=98 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=99 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=100 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=101 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=102 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=103 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=104 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=105 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=106 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=107 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=108 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/.placeholder inode=111 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=112 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/.placeholder inode=114 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=115 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=116 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/logrotate inode=117 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.hourly/.placeholder inode=119 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.monthly/.placeholder inode=121 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.weekly/.placeholder inode=123 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.yearly/.placeholder inode=125 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/crontab inode=126 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=130 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=131 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/cron inode=133 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/dbus inode=134 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=135 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/locale inode=136 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/networking inode=137 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=138 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=139 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=140 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/debug inode=142 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/dhclient-exit-hooks.d/rfc3442-classless-routes inode=147 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/dhclient.conf inode=148 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=150 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=153 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=155 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/ethertypes inode=157 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=158 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=159 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=160 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=161 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=164 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=165 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8272 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8284 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.md5sums inode=15168 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.postinst inode=15169 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.postrm inode=15170 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.conffiles inode=15171 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.list inode=15172 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.md5sums inode=15173 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.postinst inode=15174 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/vim-tiny.prerm inode=15175 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.list inode=15176 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.md5sums inode=15177 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.preinst inode=15178 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=15179 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=15180 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=15181 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=15182 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/statoverride inode=15187 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/File inode=15190 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=15193 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=15194 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=15201 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=15202 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=15203 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=15204 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=15205 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=15206 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=15208 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=15214 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=15215 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/cron.service.dsh-also inode=15218 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=15219 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=15220 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=15221 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=15222 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/ifupdown-wait-online.service.dsh-also inode=15223 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/live-config.service.dsh-also inode=15224 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/logrotate.timer.dsh-also inode=15225 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/networking.service.dsh-also inode=15233 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/nftables.service.dsh-also inode=15234 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/rsyslog.service.dsh-also inode=15235 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/cron inode=168 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/dbus inode=169 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=170 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=171 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/networking inode=172 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/init.d/procps inode=173 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=174 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/initramfs-tools/initramfs.conf inode=178 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/initramfs-tools/modules inode=179 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/initramfs-tools/update-initramfs.conf inode=191 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/inputrc inode=192 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/bpf_pinning inode=194 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/ematch_map inode=195 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/group inode=196 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/nl_protos inode=197 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_dsfield inode=198 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_protos inode=199 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_protos.d/README inode=201 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_realms inode=202 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_scopes inode=203 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_tables inode=204 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_tables.d/README inode=206 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue inode=207 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=208 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/initramfs-tools inode=212 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/initramfs-tools inode=214 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=215 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=216 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=218 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=219 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=220 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logcheck/ignore.d.server/rsyslog inode=227 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=228 t=28614191541 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.conf inode=229 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/alternatives inode=231 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=232 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/btmp inode=233 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=234 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/rsyslog inode=235 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/wtmp inode=236 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=238 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=240 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=243 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/nanorc inode=245 t=28614191541 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/netconfig inode=246 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/network/if-down.d/resolved inode=249 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/network/if-up.d/resolved inode=253 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/network/interfaces inode=254 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/networks inode=256 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/nftables.conf inode=257 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=258 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=261 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=263 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=264 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=265 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=266 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=267 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=268 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=269 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=270 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/cron inode=271 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=272 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=273 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=274 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=275 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=276 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=277 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=278 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=279 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=280 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=281 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/protocols inode=283 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/rpc inode=313 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/rsyslog.conf inode=314 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=317 t=28614191541 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=318 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=319 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=320 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=322 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=324 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=326 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=327 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=328 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=330 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=8037 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=8038 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=9410 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/readline/inputrc inode=12938 t=28614191541 kinds=fragment-inferred,block pages=0 count=1
file /etc/services inode=331 t=28661305541 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/shadow inode=332 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=333 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=335 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=336 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=337 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/sysctl.conf inode=340 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/sysctl.d/README.sysctl inode=343 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=345 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=346 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=348 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=349 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=350 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=356 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=376 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=378 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=380 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=381 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=387 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=389 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/vim/vimrc inode=391 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/vim/vimrc.tiny inode=392 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=393 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=406 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=407 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=437 t=28661305541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/share/base-files/dot.bashrc inode=8033 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=8034 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/procps/examples/sysctl.conf inode=9139 t=28661305541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/addpart inode=438 t=28661305541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=439 t=28661305541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/apt-cache inode=440 t=28661305541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=441 t=28661305541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-ftparchive inode=444 t=28661305541 kinds=block pages=0-67 count=2
file /usr/lib/systemd/systemd inode=6285 t=32476061541 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6286 t=32476061541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6287 t=32476061541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6288 t=32476061541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6289 t=32476061541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6290 t=32476061541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6291 t=32477997541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6292 t=32477997541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6293 t=32477997541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6816 t=32515885541 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/krb5/plugins/preauth/spake.so inode=6815 t=32515885541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6817 t=32515885541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6819 t=32575514541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6820 t=32575514541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7832 t=32575514541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/experimental.dist inode=7837 t=32575514541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/m_xt.so inode=7839 t=32575514541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6824 t=32575514541 kinds=block pages=0-159 count=2
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7834 t=32714370541 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7835 t=32964758541 kinds=block pages=0-817 count=15
file /usr/lib/x86_64-linux-gnu/tc/normal.dist inode=7840 t=33167860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/pareto.dist inode=7841 t=33167860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/paretonormal.dist inode=7842 t=33167860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6841 t=33260331541 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6840 t=33414137541 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6842 t=33414137541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=33514168541 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6953 t=33668654541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6955 t=33668654541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6957 t=33668654541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpanelw.so.6.4 inode=6959 t=33668654541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6962 t=33714044541 kinds=block pages=0-153 count=3
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6831 t=33866526541 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libbsd.so.0.11.7 inode=6837 t=33914048541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6913 t=33966832541 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/liblognorm.so.5.1.0 inode=6919 t=33966832541 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6822 t=33966832541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6827 t=33966832541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6829 t=34019073541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6844 t=34019073541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6846 t=34019073541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6848 t=34019073541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6833 t=34019073541 kinds=block pages=0-86 count=3
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=34214066541 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=34264006541 kinds=block pages=0-66 count=1
file /usr/lib/x86_64-linux-gnu/libsepol.so.2 inode=6978 t=34264006541 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6933 t=34417416541 kinds=block pages=0-98 count=3
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6934 t=34514445541 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6850 t=34914326541 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6851 t=35014007541 kinds=block pages=0-319,544-735,800-1155 count=13
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6887 t=35164512541 kinds=block pages=0-325 count=7
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6889 t=35413940541 kinds=block pages=0-95 count=2
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6858 t=35564641541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6860 t=35564641541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libhistory.so.8.2 inode=6897 t=35564641541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6903 t=35564641541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libedit.so.2.0.70 inode=6866 t=35614021541 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6921 t=35814018541 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6923 t=35864018541 kinds=block pages=0-46 count=1
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6924 t=35864018541 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7013 t=36214188541 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7011 t=36464064541 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6893 t=36964029541 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libgssapi_krb5.so.2.2 inode=6895 t=36964029541 kinds=block pages=0-82 count=2
file /usr/lib/live/setup-network.sh inode=983 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=986 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=987 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=989 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=990 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=992 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=993 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=994 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=995 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=996 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=997 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=998 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1000 t=40715651541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1002 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1003 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/less inode=1006 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/sensible-utils inode=1007 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1008 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1009 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/vim-common inode=1010 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1012 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1013 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1014 t=40715651541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1021 t=40715651541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/agetty inode=7866 t=40715651541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1023 t=40764900541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1024 t=40764900541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1025 t=40764900541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1026 t=40764900541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1028 t=40764900541 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1027 t=40764900541 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=5925 t=40914320541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=5928 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=5930 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=5934 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=5936 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/rsyslog/rsyslog-rotate inode=5938 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5940 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/99-protect-links.conf inode=5941 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5944 t=40914320541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5945 t=40914320541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5946 t=40914320541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5947 t=40914320541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5948 t=40914320541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5949 t=40914320541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5950 t=40964843541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5951 t=40964843541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5952 t=40964843541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5953 t=40964843541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5954 t=40964843541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5955 t=40964843541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5956 t=40964843541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5957 t=40964843541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5958 t=40964843541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5959 t=40964843541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5960 t=40964843541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5962 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5963 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5964 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5965 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5966 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5967 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5968 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5969 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5970 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5971 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5972 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5973 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5974 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5976 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5977 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5978 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5979 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5981 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5982 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5983 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5984 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5985 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5986 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cron.service inode=5987 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5990 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5991 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dbus.service inode=5997 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dbus.socket inode=5998 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5999 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6001 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6002 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6003 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6004 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6005 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6006 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6007 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6008 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6009 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6010 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6011 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6012 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6013 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6014 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6015 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6016 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6017 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6018 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6019 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6020 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6023 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6024 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6027 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6028 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6030 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifup@.service inode=6031 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifupdown-pre.service inode=6032 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifupdown-wait-online.service inode=6033 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6034 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6035 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6036 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6037 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6041 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6044 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6045 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6046 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6047 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6048 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6051 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6052 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6053 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6054 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/live-config.service inode=6056 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6057 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6058 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/logrotate.service inode=6060 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/logrotate.timer inode=6061 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6062 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6063 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6064 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6072 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6073 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6074 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/networking.service inode=6075 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nftables.service inode=6076 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6077 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6078 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6079 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6080 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6081 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6082 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6083 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6084 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6086 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6087 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6089 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6092 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6093 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6094 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6095 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6096 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6097 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6098 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6101 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rsyslog.service inode=6102 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6115 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6116 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6117 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6118 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6119 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6120 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6121 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6130 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6131 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6132 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6133 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6134 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6135 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6136 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6137 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6138 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6169 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6170 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6171 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6172 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6173 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6174 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6175 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6176 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6177 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6178 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6179 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6180 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6181 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6182 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6183 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6184 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6185 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6186 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6187 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6188 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6189 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6190 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6191 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6192 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6193 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6194 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6195 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6196 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6197 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6198 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6199 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6200 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6201 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6202 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6203 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6205 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6206 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6207 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6208 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6209 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6210 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6211 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6212 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6213 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6214 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6215 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6216 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6217 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6218 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6219 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6220 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6221 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6222 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6223 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6224 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6225 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6226 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6227 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6228 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6229 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6344 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6346 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6230 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6231 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6232 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6233 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6234 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6235 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6236 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6237 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6238 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6239 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6240 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6241 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6242 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6243 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6244 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6245 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6246 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6247 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6248 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6252 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6253 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6255 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6256 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6257 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6258 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6260 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6262 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6263 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6264 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/live-config-getty-generator inode=6268 t=40964843541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6269 t=40964843541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6270 t=40964843541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6271 t=40964843541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=5926 t=41013105541 kinds=block pages=128 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=5927 t=41064347541 kinds=block pages=0-171 count=3
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=5929 t=41164276541 kinds=block pages=0-39 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias inode=5920 t=41214588541 kinds=block pages=0-320 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5921 t=41314783541 kinds=block pages=0-307 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5916 t=41414136541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5919 t=41414136541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5922 t=41414136541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5923 t=41414136541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5924 t=41414136541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=5932 t=41465001541 kinds=block pages=0-127 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4760 t=41617200541 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4762 t=41668541541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4764 t=41668541541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4767 t=41668541541 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5335 t=41864506541 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5336 t=41864506541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5337 t=41864506541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5338 t=41864506541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5339 t=41864506541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5340 t=41864506541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5341 t=41864506541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5342 t=41864506541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5343 t=41864506541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5344 t=41914190541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5345 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5346 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5347 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5348 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5349 t=41914190541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5350 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5351 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5352 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5353 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5354 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5355 t=41914190541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5356 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5357 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5358 t=41914190541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5359 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5360 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5361 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5362 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5363 t=41914190541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5364 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5365 t=41914190541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5366 t=41914190541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5367 t=41914190541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5124 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5125 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5126 t=41965002541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5127 t=41965002541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5128 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5129 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5130 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5131 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5132 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5133 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5134 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5135 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5136 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5137 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5138 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5139 t=41965002541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5140 t=41965002541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5141 t=41965002541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5142 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5143 t=41965002541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5144 t=41965002541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5145 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5146 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5147 t=41965002541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5148 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5149 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5150 t=41965002541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5151 t=41965002541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5152 t=41965002541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1543 t=41965002541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1544 t=41965002541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1545 t=41965002541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1547 t=41965002541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1548 t=41965002541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/kmod inode=574 t=42163559541 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=571 t=42163559541 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=572 t=42163559541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/kill inode=573 t=42163559541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/less inode=580 t=42214502541 kinds=block pages=0-48 count=1
file /usr/bin/last inode=575 t=42214502541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=577 t=42214502541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=579 t=42214502541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/lessecho inode=581 t=42214502541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/lesskey inode=583 t=42214502541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/dash inode=483 t=42846706541 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=484 t=42846706541 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dbus-daemon inode=486 t=42896547541 kinds=block pages=0-59 count=1
file /usr/bin/dbus-cleanup-sockets inode=485 t=42896547541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-monitor inode=487 t=42896547541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/dbus-run-session inode=488 t=42896547541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-send inode=489 t=42896547541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/dbus-update-activation-environment inode=490 t=42896547541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-uuidgen inode=491 t=42896547541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6272 t=42943323541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6273 t=42943323541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6274 t=42943323541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6275 t=42943323541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6276 t=42943323541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6277 t=42943323541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/live/boot/9990-misc-helpers.sh inode=935 t=42943323541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/live/boot/9990-mount-cifs.sh inode=936 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-http.sh inode=937 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-iscsi.sh inode=938 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-nfs.sh inode=939 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-netbase.sh inode=940 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-netboot.sh inode=941 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-networking.sh inode=942 t=42943323541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6278 t=42943323541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6279 t=42943323541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6280 t=42943323541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6282 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/cat inode=461 t=42943323541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/live/boot/9990-overlay.sh inode=943 t=42943323541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/live/boot/9990-select-eth-device.sh inode=944 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-toram-todisk.sh inode=945 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0005-nss-systemd inode=947 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0010-debconf inode=948 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0020-hostname inode=949 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0030-live-debconfig_passwd inode=950 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0030-user-setup inode=951 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0040-sudo inode=952 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0050-locales inode=953 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0070-tzdata inode=954 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0080-gdm3 inode=955 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0085-sddm inode=956 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0090-kdm inode=957 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0100-lightdm inode=958 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0110-lxdm inode=959 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0120-nodm inode=960 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0130-slim inode=961 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0140-xinit inode=962 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0150-keyboard-configuration inode=963 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1020-gnome-panel-data inode=964 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1030-gnome-power-manager inode=965 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1040-gnome-screensaver inode=966 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1050-kaboom inode=967 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1060-kde-services inode=968 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1080-policykit inode=969 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1090-ssl-cert inode=970 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1110-anacron inode=971 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1120-util-linux inode=972 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1130-login inode=973 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1140-xserver-xorg inode=974 t=42943323541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/live/config/1160-openssh-server inode=975 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1170-xfce4-panel inode=976 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1180-xscreensaver inode=977 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1190-broadcom-sta inode=978 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/9990-hooks inode=979 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/9995-nss-systemd inode=980 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config.sh inode=981 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/init-config.sh inode=982 t=42943323541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=988 t=42943323541 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1022 t=43437210541 kinds=block pages=0-130 count=1
file /usr/bin/chage inode=462 t=43437210541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=463 t=43437210541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=464 t=43437210541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/gpasswd inode=545 t=44189540541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6802 t=44189540541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6805 t=44189960541 kinds=block pages=0-31 count=1
file /usr/bin/grep inode=547 t=44382559541 kinds=block pages=0-49 count=1
file /usr/bin/groups inode=548 t=44382559541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/gunzip inode=549 t=44382559541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/gzexe inode=550 t=44382559541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/gzip inode=551 t=44440310541 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/hardlink inode=552 t=44440310541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/head inode=553 t=44440310541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/helpztags inode=554 t=44440310541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-editor inode=698 t=44440310541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-pager inode=699 t=44440310541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/seq inode=700 t=44440310541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/setarch inode=701 t=44440310541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/mkdir inode=623 t=44763714541 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/mkfifo inode=624 t=44768468541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/mknod inode=625 t=44768468541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/mktemp inode=626 t=44768468541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/share/zoneinfo/Antarctica/Macquarie inode=13200 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Mawson inode=13201 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/McMurdo inode=13202 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Palmer inode=13203 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Rothera inode=13204 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Syowa inode=13206 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Troll inode=13207 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Vostok inode=13208 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aden inode=13212 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Almaty inode=13213 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Amman inode=13214 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Anadyr inode=13215 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtau inode=13216 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtobe inode=13217 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ashgabat inode=13218 t=44768468541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Atyrau inode=13220 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baghdad inode=13221 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bahrain inode=13222 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baku inode=13223 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bangkok inode=13224 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Barnaul inode=13225 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Beirut inode=13226 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bishkek inode=13227 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Brunei inode=13228 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Chita inode=13230 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Colombo inode=13234 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Damascus inode=13236 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dhaka inode=13237 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dili inode=13238 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dubai inode=13239 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=13240 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=13241 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=13242 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=13244 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=13245 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=13246 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=13247 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=13248 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=13250 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=13251 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=13252 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=13253 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=13254 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=13255 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=13257 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=13259 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=13260 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=13261 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=13262 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=13263 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=13264 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=13266 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=13267 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=13268 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=13269 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=13270 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=13271 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=13272 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=13273 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=13274 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=13275 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=13276 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=13277 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=13278 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=13279 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=13280 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=13281 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=13283 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=13285 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=13286 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=13287 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=13288 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=13289 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=13290 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=13291 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=13292 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=13293 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=13294 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=13297 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=13298 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=13299 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=13301 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=13303 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=13304 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=13305 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=13306 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=13307 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=13308 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=13309 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=13310 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=13312 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=13313 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=13314 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=13315 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=13317 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=13319 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=13320 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=13321 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=13322 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=13323 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=13326 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=13327 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=13328 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=13331 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=13332 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=13333 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=13335 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=13336 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=13337 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=13340 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=13343 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=13353 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=13354 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=13368 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=13369 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=13370 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=13374 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=13376 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=13377 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=13378 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=13379 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=13380 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=13381 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=13382 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=13383 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=13384 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=13385 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=13386 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=13387 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=13389 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=13390 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=13391 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=13392 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=13393 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=13394 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=13395 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=13396 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=13397 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=13398 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=13399 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=13400 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=13401 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=13402 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=13406 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=13410 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=13411 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=13412 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=13413 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=13415 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=13416 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=13418 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=13419 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=13420 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=13422 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=13423 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=13424 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=13425 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=13426 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=13427 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=13428 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=13429 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=13430 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=13431 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=13433 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=13434 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=13435 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=13436 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=13437 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=13438 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=13439 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=13440 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=13442 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=13443 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=13444 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=13446 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=13447 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=13449 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=13450 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=13451 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=13452 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=13454 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=13455 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=13456 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=13457 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=13458 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=13459 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=13460 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=13461 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=13463 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=13465 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=13467 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=13468 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=13469 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=13470 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=13471 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=13473 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=13474 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=13482 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=13486 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=13487 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=13488 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=13489 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=13490 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=13491 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=13492 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=13493 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=13494 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=13495 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=13496 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=13503 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=13504 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=13505 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=13514 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=13516 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=13517 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=13518 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=13519 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=13520 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=13521 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=13522 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=13524 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=13525 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=13526 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=13527 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=13528 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=13529 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=13530 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=13531 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=13533 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=13534 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=13535 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=13536 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=13537 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=13538 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=13539 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=13540 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=13541 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=13542 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=13543 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=13544 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=13545 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=13546 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=13547 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=13549 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=13550 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=13551 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=13553 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=13554 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=13555 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=13557 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=13558 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=13583 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=13585 t=46058781541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=13586 t=46058781541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=13587 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=13654 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=13655 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=13656 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=13657 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=13658 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=13660 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=13661 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=13662 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=13663 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=13664 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=13665 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=13666 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=13667 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=13668 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=13669 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=13670 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=13671 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=13672 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=13673 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=13674 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=13675 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=13676 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=13677 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=13678 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=13679 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=13680 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=13681 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=13682 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=13683 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=13684 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=13685 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=13686 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=13687 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=13688 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=13689 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=13690 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=13691 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=13692 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=13693 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=13694 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=13695 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=13696 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=13697 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=13698 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=13699 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=13700 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=13701 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=13702 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=13703 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=13705 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=13706 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=13707 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=13709 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=13710 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=13711 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=13712 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=13713 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=13715 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=13716 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=13718 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=13719 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=13720 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=13721 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=13722 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=13723 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=13724 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=13725 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=13726 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=13727 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=13728 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=13729 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=13730 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=13732 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=13733 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=13734 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belem inode=13735 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belize inode=13736 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=13737 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=13738 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=13739 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boise inode=13740 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=13742 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=13743 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=13744 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=13745 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=13747 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=13748 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=13749 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=13750 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=13751 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=13754 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=13755 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Creston inode=13756 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=13757 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=13758 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=13759 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=13760 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=13761 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Denver inode=13762 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=13763 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=13764 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=13765 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=13766 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=13767 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=13769 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=13771 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=13772 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=13774 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=13775 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=13776 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=13777 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=13778 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=13779 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=13780 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=13781 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Havana inode=13782 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=13783 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=13785 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=13786 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=13787 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=13788 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=13789 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=13790 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=13791 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=13792 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=13794 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=13795 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=13796 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=13798 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=13800 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=13801 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=13804 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Lima inode=13805 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=13806 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=13809 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Managua inode=13810 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=13811 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=13813 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=13814 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=13815 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=13817 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Merida inode=13818 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=13819 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=13820 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=13821 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=13822 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=13823 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=13824 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=13826 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=13827 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/New_York inode=13828 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nome inode=13830 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=13831 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=13833 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=13834 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=13835 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=13836 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=13837 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Panama inode=13838 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=13840 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=13841 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=13842 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=13843 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=13845 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=13846 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=13847 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=13849 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Recife inode=13850 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Regina inode=13851 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=13852 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=13853 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=13856 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=13857 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=13858 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=13859 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=13860 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=13862 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=13864 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=13865 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=13866 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=13867 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=13868 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=13869 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=13870 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Thule inode=13871 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=13873 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=13874 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=13875 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=13876 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=13878 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=13879 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=13880 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=13883 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=13884 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=13885 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=13886 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=13887 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=13888 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=13889 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=13890 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=13892 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=13893 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=13894 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=13898 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=13899 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=13900 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=13901 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=13902 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=13903 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=13904 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=13906 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=13907 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=13908 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=13909 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=13910 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=13911 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=13912 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=13913 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=13914 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=13916 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=13920 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=13922 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=13923 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=13924 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=13925 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=13926 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=13927 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=13928 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=13930 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=13931 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=13932 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=13933 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=13934 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=13936 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=13937 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=13938 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=13939 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=13940 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=13941 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=13943 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=13945 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=13946 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=13947 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=13948 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=13949 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=13950 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=13952 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=13953 t=46058781541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=627 t=47095943541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=628 t=47095943541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=632 t=47095943541 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/ecryptfs/ecryptfs.ko inode=4779 t=47095943541 kinds=block pages=0-67 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4775 t=47679496541 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4785 t=47679496541 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mod.ko inode=2465 t=47679496541 kinds=block pages=0-105 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-log.ko inode=2463 t=47827970541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mirror.ko inode=2464 t=47827970541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-multipath.ko inode=2466 t=47827970541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-queue-length.ko inode=2467 t=47827970541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-raid.ko inode=2468 t=47827970541 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/display/drm_display_helper.ko inode=1570 t=48041354541 kinds=block pages=96 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm.ko inode=1571 t=48053178541 kinds=block pages=0-299 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_kms_helper.ko inode=1573 t=48150427541 kinds=block pages=0-112 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1534 t=48193873541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1536 t=48193873541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1537 t=48193873541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1538 t=48193873541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1540 t=48193873541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1541 t=48193873541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1542 t=48193873541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-ml-ioh.ko inode=1558 t=48193873541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pci-idio-16.ko inode=1559 t=48193873541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pcie-idio-24.ko inode=1560 t=48193873541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-viperboard.ko inode=1561 t=48193873541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_buddy.ko inode=1572 t=48193873541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_shmem_helper.ko inode=1574 t=48193873541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_ttm_helper.ko inode=1575 t=48193873541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4795 t=48193873541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/gma500/gma500_gfx.ko inode=1578 t=48193873541 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4802 t=48377816541 kinds=block pages=0-100 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4797 t=48444430541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4801 t=48444430541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4805 t=48444430541 kinds=block pages=0-95 count=1
file /usr/lib/systemd/systemd-localed inode=6300 t=48685842541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6302 t=48685842541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6303 t=48685842541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6304 t=48685842541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6306 t=48688608541 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6310 t=48824699541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6311 t=48824699541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6312 t=48824699541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6313 t=48824699541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6314 t=48824699541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/udevadm inode=781 t=49004487541 kinds=block pages=0-330 count=7
file /usr/bin/uclampset inode=780 t=49181311541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=782 t=49181311541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/systemd-journald inode=6299 t=49377751541 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6296 t=49377751541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6297 t=49377751541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6298 t=49377751541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-logind inode=6301 t=49441118541 kinds=block pages=0-68 count=1
file /usr/bin/uniq inode=785 t=49441118541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=786 t=49441118541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unmkinitramfs inode=787 t=49441118541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/uname inode=783 t=49629287541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=784 t=49629287541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-growfs inode=6294 t=49629287541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6295 t=49629287541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/systemd-sysext inode=751 t=50689681541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=752 t=50689681541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=753 t=50692433541 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=754 t=50692433541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=756 t=50692433541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-shutdown inode=6315 t=50740309541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6316 t=50740309541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6317 t=50740309541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6318 t=50740309541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6319 t=50740309541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6321 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6322 t=50740309541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6323 t=50740309541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6325 t=50740309541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6326 t=50740309541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6327 t=50740309541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6328 t=50740309541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6329 t=50740309541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6330 t=50740309541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6332 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6333 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6334 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6335 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6336 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6337 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6338 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6339 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6340 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6341 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6342 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6343 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6345 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6347 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6348 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6349 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6350 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6351 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6352 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6354 t=50740309541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6356 t=50740309541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6358 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6360 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/dbus.conf inode=6361 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6362 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6363 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/default_desktop inode=6365 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/packages/list inode=6367 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tasksel-debconf inode=6368 t=50740309541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/tac inode=757 t=51818701541 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/tar inode=759 t=51818701541 kinds=block pages=0-31 count=1
file /usr/bin/unshare inode=788 t=52334069541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/tasksel/tests/debconf inode=6370 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/default-desktop inode=6371 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/desktop inode=6372 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/lang inode=6373 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/laptop inode=6374 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/new-install inode=6375 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/server inode=6376 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/E/Eterm inode=6379 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6382 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6384 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6385 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6386 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6388 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6390 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6392 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6394 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6395 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6396 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6397 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6398 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6400 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6402 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6403 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6405 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6406 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6408 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6409 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6410 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6411 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6412 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6413 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6414 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6415 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6417 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6418 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6420 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6421 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6422 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6423 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6425 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6426 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6428 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6429 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6430 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6432 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6433 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6434 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6435 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6436 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/dbus.conf inode=6438 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6439 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6440 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6441 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6442 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6443 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6444 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6445 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6446 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6447 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6448 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6449 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6450 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6451 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6452 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6453 t=52334069541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6455 t=52334069541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/cdrom_id inode=6456 t=52334069541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/systemd-stdio-bridge inode=750 t=52334069541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/udev/dmi_memory_id inode=6457 t=52334069541 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.bin inode=6460 t=52334069541 kinds=block pages=0-159,960-1471,1728-2303,2464-3178 count=29
file /usr/bin/link inode=585 t=54904953541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=586 t=54904953541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=587 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=588 t=54904953541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=589 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-boot inode=592 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-config inode=593 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-config-update inode=594 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-swapfile inode=595 t=54904953541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=596 t=54905243541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/lnstat inode=597 t=54905243541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/ip inode=565 t=54905243541 kinds=block pages=0-168 count=3
file /usr/bin/ls inode=605 t=55105232541 kinds=block pages=0-36 count=1
file /usr/bin/lsblk inode=607 t=55105232541 kinds=block pages=0-50 count=2
file /usr/bin/lsattr inode=606 t=55165300541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/lscpu inode=608 t=55165300541 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libelf-0.188.so inode=6867 t=55165300541 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/x86_64-linux-gnu/libestr.so.0.0.0 inode=6870 t=55165300541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/ifup inode=7941 t=55409378541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/sbin/installkernel inode=7944 t=55409378541 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/invoke-rc.d inode=7945 t=55409378541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/ldconfig inode=7950 t=55461098541 kinds=block pages=0-31 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6493 t=55681813541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/ifupdown-hotplug inode=6494 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/mtd_probe inode=6495 t=55681813541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6497 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6498 t=55681813541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6499 t=55681813541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6500 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6501 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6502 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6503 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6504 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6505 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6506 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6507 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6508 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6509 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6510 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6511 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6512 t=55681813541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6513 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6514 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6515 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6516 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6517 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6518 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6519 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6520 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6521 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6522 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6523 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6524 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6525 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6526 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6527 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6528 t=55681813541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6529 t=55688539541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6530 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6531 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-ifupdown.rules inode=6532 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6533 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6534 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6535 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6536 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6537 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6538 t=55688539541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6539 t=55688539541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6540 t=55688539541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6543 t=55688539541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6544 t=55688539541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6545 t=55688539541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6547 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6548 t=55688539541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6550 t=55688539541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/rm inode=682 t=55738102541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rmdir inode=683 t=55738102541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/routel inode=685 t=55738102541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemctl inode=727 t=55738102541 kinds=block pages=0-330 count=7
file /usr/bin/taskset inode=761 t=56206440541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/tee inode=762 t=56206440541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tempfile inode=763 t=56206440541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/test inode=764 t=56218490541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/tic inode=765 t=56218490541 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/run-parts inode=687 t=56344916541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/runcon inode=688 t=56344916541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/savelog inode=690 t=56344916541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/script inode=691 t=56394922541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/scriptlive inode=692 t=56394922541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/lesspipe inode=584 t=56394922541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/scriptreplay inode=693 t=56394922541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/sdiff inode=694 t=56394922541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/sed inode=695 t=56594988541 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/select-editor inode=696 t=56594988541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-browser inode=697 t=56594988541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sort inode=718 t=56594988541 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/ss inode=720 t=56645022541 kinds=block pages=0-47 count=1
file /usr/bin/split inode=719 t=56645022541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/infocmp inode=561 t=57111845541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/ionice inode=564 t=57111845541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ipcmk inode=566 t=57111845541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ipcrm inode=567 t=57111845541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6853 t=57162108541 kinds=block pages=128 count=1
file /usr/lib/x86_64-linux-gnu/libbpf.so.1.1.2 inode=6835 t=57317389541 kinds=block pages=0-87 count=1
file /usr/lib/x86_64-linux-gnu/tc/q_atm.so inode=7843 t=57317389541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7848 t=57317389541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7850 t=57317389541 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7863 t=57317389541 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7865 t=57317389541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/dpkg-query inode=516 t=57516876541 kinds=block pages=0-39 count=1
file /usr/bin/dpkg-split inode=518 t=57516876541 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/bin/dpkg-statoverride inode=519 t=57572820541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/du inode=521 t=57572820541 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libkrb5support.so.0.1 inode=6917 t=58663013541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libmd.so.0.0.5 inode=6926 t=58663013541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libmemusage.so inode=6927 t=58663013541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1 inode=6966 t=58712363541 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libreadline.so.8.2 inode=6971 t=58712363541 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libmenuw.so.6.4 inode=6929 t=58862413541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libmnl.so.0.2.0 inode=6931 t=58862413541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libnftables.so.1.1.0 inode=6942 t=58912275541 kinds=block pages=0-63 count=1
file /var/lib/dpkg/status inode=15188 t=59469575541 kinds=block pages=0-38 count=1
file /var/lib/systemd/catalog/database inode=15211 t=59477801541 kinds=block pages=0-52 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2363 t=60229488541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2364 t=60229488541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2365 t=60229488541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2367 t=60229488541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2368 t=60280434541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2369 t=60280434541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2370 t=60280434541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2371 t=60280434541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2238 t=60417617541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2277 t=60417617541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2278 t=60480760541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2280 t=60480760541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2281 t=60480760541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2282 t=60480760541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2283 t=60480760541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2284 t=60480760541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2285 t=60480760541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2287 t=60480760541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2288 t=60480760541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2289 t=60480760541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2290 t=60480760541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2291 t=60480760541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2292 t=60480760541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2293 t=60480760541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1029 t=60521075541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1030 t=60521075541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1031 t=60521075541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1032 t=60521075541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1033 t=60521075541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=1034 t=60521075541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=1035 t=60521075541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=1036 t=60521075541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=1037 t=60521075541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4270 t=60569269541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/ipcs inode=568 t=60629935541 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/ischroot inode=569 t=60629935541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/logname inode=604 t=60629935541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1439 t=61205495541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1440 t=61205495541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1441 t=61205495541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1442 t=61205495541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1443 t=61205495541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1444 t=61205495541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1445 t=61205495541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1446 t=61205495541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1447 t=61205495541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1453 t=61205915541 kinds=block pages=0-63 count=1
file /usr/bin/mawk inode=618 t=61519725541 kinds=block pages=0-38 count=1
file /usr/bin/mcookie inode=619 t=61519725541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/md5sum inode=620 t=61519725541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/mesg inode=622 t=61519725541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-analyze inode=729 t=61704469541 kinds=block pages=0-45 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2336 t=62371446541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2337 t=62371446541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2338 t=62371446541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2339 t=62371446541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2340 t=62371446541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2341 t=62371446541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2342 t=62371446541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2343 t=62371446541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2347 t=62391078541 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2345 t=62391078541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2346 t=62391078541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6468 t=62391078541 kinds=block pages=0-31,960 count=2
file /usr/lib/udev/fido_id inode=6458 t=62744931541 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6459 t=62744931541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6465 t=62744931541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6466 t=62744931541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6467 t=62744931541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6469 t=62744931541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6470 t=62744931541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6472 t=62744931541 kinds=block pages=0-255 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1064 t=63045679541 kinds=block pages=0-580 count=5
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1066 t=63525971541 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1059 t=63666860541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1060 t=63666860541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1067 t=63666860541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1068 t=63666860541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1070 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1071 t=63666860541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1072 t=63666860541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1073 t=63666860541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1074 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1075 t=63666860541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1076 t=63666860541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1077 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1078 t=63666860541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1080 t=63666860541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1082 t=63666860541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1083 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1084 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1085 t=63666860541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1086 t=63666860541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1087 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1088 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1089 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/hostid inode=555 t=63666860541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/hostname inode=556 t=63666860541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/hostnamectl inode=557 t=63666860541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/touch inode=771 t=65052762541 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/tput inode=772 t=65053439541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/tr inode=773 t=65053439541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=774 t=65053439541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=775 t=65053439541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=776 t=65053439541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/dpkg-fsys-usrunmess inode=7898 t=65053439541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/dpkg-preconfigure inode=7899 t=65053439541 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/dpkg-reconfigure inode=7900 t=65053439541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1455 t=65913924541 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1448 t=65913924541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1449 t=65913924541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1452 t=65913924541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1456 t=65913924541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1457 t=65913924541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1460 t=65913924541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1462 t=65913924541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1062 t=66089386541 kinds=block pages=0-97 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1063 t=66093490541 kinds=block pages=0-159 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1504 t=66500914541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1505 t=66500914541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1506 t=66500914541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1507 t=66501392541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1508 t=66501392541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1509 t=66501392541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1510 t=66501392541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1511 t=66501392541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1512 t=66501392541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1513 t=66501392541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1514 t=66501392541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1515 t=66501392541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1516 t=66501392541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/perl inode=652 t=66767935541 kinds=block pages=0-928 count=14
file /usr/bin/pathchk inode=651 t=66953614541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/pgrep inode=653 t=66953614541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/pidwait inode=656 t=66953614541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ping inode=657 t=66953614541 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/pinky inode=660 t=67812712541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/pldd inode=662 t=67812712541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/pmap inode=663 t=67812712541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/pr inode=664 t=67812712541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/printenv inode=665 t=67812712541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ps inode=668 t=67812712541 kinds=block pages=0-35 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Socket/Socket.so inode=7094 t=67989427541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/attributes/attributes.so inode=7096 t=67989427541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/base.pm inode=7099 t=67989427541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/builtin.pm inode=7100 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes.pm inode=7101 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes_heavy.pl inode=7102 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/constant.pm inode=7103 t=67989427541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/feature.pm inode=7104 t=67989427541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/fields.pm inode=7105 t=67989427541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/integer.pm inode=7106 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/lib.pm inode=7107 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/locale.pm inode=7108 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overload.pm inode=7109 t=67989427541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overloading.pm inode=7110 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/parent.pm inode=7111 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/re.pm inode=7112 t=67989427541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/strict.pm inode=7113 t=67989427541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Age.pl inode=7116 t=67989993541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bc.pl inode=7117 t=67989993541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bmg.pl inode=7118 t=67989993541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpb.pl inode=7119 t=67989993541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpt.pl inode=7120 t=67989993541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Cf.pl inode=7121 t=67989993541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Ea.pl inode=7122 t=67989993541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/EqUIdeo.pl inode=7123 t=67989993541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/GCB.pl inode=7124 t=67989993541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Gc.pl inode=7125 t=67989993541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp/Heavy.pm inode=7019 t=68141601541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=7020 t=68141601541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config.pm inode=7021 t=68141601541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_git.pl inode=7022 t=68141601541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=7023 t=68141601541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=7024 t=68141601541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=7025 t=68141601541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=7026 t=68141601541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=7028 t=68141601541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter.pm inode=7029 t=68141601541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Fcntl.pm inode=7030 t=68141601541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=7032 t=68148330541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Glob.pm inode=7033 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=7034 t=68148330541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=7036 t=68148330541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec.pm inode=7037 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=7038 t=68148330541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/FileHandle.pm inode=7039 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Getopt/Long.pm inode=7041 t=68148330541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Hash/Util.pm inode=7043 t=68148330541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/File.pm inode=7045 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Handle.pm inode=7046 t=68148330541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Pipe.pm inode=7047 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Seekable.pm inode=7048 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Select.pm inode=7049 t=68148330541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/INET.pm inode=7051 t=68148330541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/IP.pm inode=7052 t=68148330541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/UNIX.pm inode=7053 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket.pm inode=7054 t=68148330541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO.pm inode=7055 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open2.pm inode=7057 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open3.pm inode=7058 t=68148330541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/List/Util.pm inode=7060 t=68148330541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCCF.pl inode=7138 t=68306667541 kinds=block pages=96-98 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/POSIX.pm inode=7061 t=68312912541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Scalar/Util.pm inode=7063 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/SelectSaver.pm inode=7064 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Socket.pm inode=7065 t=68312912541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Symbol.pm inode=7066 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/ParseWords.pm inode=7068 t=68312912541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Tabs.pm inode=7069 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Wrap.pm inode=7070 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Tie/Hash.pm inode=7072 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/XSLoader.pm inode=7073 t=68312912541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/attributes.pm inode=7074 t=68312912541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Cwd/Cwd.so inode=7077 t=68312912541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Fcntl/Fcntl.so inode=7079 t=68312912541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/File/Glob/Glob.so inode=7082 t=68312912541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Hash/Util/Util.so inode=7085 t=68344701541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/IO/IO.so inode=7087 t=68344701541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/List/Util/Util.so inode=7090 t=68344701541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/POSIX/POSIX.so inode=7092 t=68344701541 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/share/nano/ruby.nanorc inode=12774 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/rust.nanorc inode=12775 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/sh.nanorc inode=12776 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/sql.nanorc inode=12777 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/tcl.nanorc inode=12778 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/tex.nanorc inode=12779 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/texinfo.nanorc inode=12780 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/xml.nanorc inode=12781 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/yaml.nanorc inode=12782 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-account inode=12784 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-account.md5sums inode=12785 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-auth inode=12786 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-auth.md5sums inode=12787 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-password inode=12788 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-password.md5sums inode=12789 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session inode=12790 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session-noninteractive inode=12791 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session-noninteractive.md5sums inode=12792 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session.md5sums inode=12793 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam-configs/mkhomedir inode=12795 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam-configs/unix inode=12796 t=68344701541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/AutoSelect.pm inode=12799 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Base.pm inode=12800 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Client/ConfModule.pm inode=12802 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=12803 t=68431588541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/perl5/Debconf/Config.pm inode=12804 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/Db.pm inode=12805 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Backup.pm inode=12807 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=12808 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver/Copy.pm inode=12809 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Debug.pm inode=12810 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/DirTree.pm inode=12811 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Directory.pm inode=12812 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/File.pm inode=12813 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=12814 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver/PackageDir.pm inode=12815 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Pipe.pm inode=12816 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=12817 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver.pm inode=12818 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Boolean.pm inode=12821 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Error.pm inode=12822 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Multiselect.pm inode=12823 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Note.pm inode=12824 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Password.pm inode=12825 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Progress.pm inode=12826 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Select.pm inode=12827 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/String.pm inode=12828 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Text.pm inode=12829 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Boolean.pm inode=12831 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Error.pm inode=12832 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Multiselect.pm inode=12833 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Note.pm inode=12834 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Password.pm inode=12835 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Progress.pm inode=12836 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Select.pm inode=12837 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/String.pm inode=12838 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Text.pm inode=12839 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Boolean.pm inode=12841 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Error.pm inode=12842 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Multiselect.pm inode=12843 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Note.pm inode=12844 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Password.pm inode=12845 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Progress.pm inode=12846 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Select.pm inode=12847 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/String.pm inode=12848 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Text.pm inode=12849 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome.pm inode=12850 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Multiselect.pm inode=12851 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Boolean.pm inode=12853 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Error.pm inode=12854 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Multiselect.pm inode=12855 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Note.pm inode=12856 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Password.pm inode=12857 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Progress.pm inode=12858 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Select.pm inode=12859 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/String.pm inode=12860 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Text.pm inode=12861 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive.pm inode=12862 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Select.pm inode=12863 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Boolean.pm inode=12865 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Error.pm inode=12866 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Multiselect.pm inode=12867 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Note.pm inode=12868 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Password.pm inode=12869 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Progress.pm inode=12870 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Select.pm inode=12871 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/String.pm inode=12872 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Text.pm inode=12873 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Boolean.pm inode=12875 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Error.pm inode=12876 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Multiselect.pm inode=12877 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Note.pm inode=12878 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Password.pm inode=12879 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Progress.pm inode=12880 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Select.pm inode=12881 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/String.pm inode=12882 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Text.pm inode=12883 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element.pm inode=12884 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Encoding.pm inode=12885 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Format/822.pm inode=12887 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Format.pm inode=12888 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=12890 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Editor.pm inode=12891 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=12892 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Kde.pm inode=12893 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Noninteractive.pm inode=12894 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=12895 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Readline.pm inode=12896 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/ScreenSize.pm inode=12897 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Teletype.pm inode=12898 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Text.pm inode=12899 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Web.pm inode=12900 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd.pm inode=12901 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Gettext.pm inode=12902 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Iterator.pm inode=12903 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Log.pm inode=12904 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Path.pm inode=12905 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Priority.pm inode=12906 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Question.pm inode=12907 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/Template/Transient.pm inode=12909 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Template.pm inode=12910 t=68431588541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/perl5/Debconf/TmpFile.pm inode=12911 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=12913 t=68431588541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/perl5/Debian/DebConf/Client/ConfModule.pm inode=12916 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/DebianLinux.pm inode=12917 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Text/WrapI18N.pm inode=12919 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/pixmaps/debian-logo.png inode=12921 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pkgconfig/systemd.pc inode=12923 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pkgconfig/udev.pc inode=12924 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.dpkg.pkexec.update-alternatives.policy inode=12927 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=12928 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/polkit-1/actions/org.freedesktop.locale1.policy inode=12929 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=12930 t=68431588541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=12931 t=68431588541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=12932 t=68431588541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timedate1.policy inode=12933 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timesync1.policy inode=12934 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/rules.d/systemd-networkd.rules inode=12936 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/sensible-utils/bin/gettext inode=12941 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/kbd-model-map inode=12943 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/language-fallback-map inode=12944 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/tmp.mount inode=12945 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/std inode=12947 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/stdcrt inode=12948 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/vt100 inode=12949 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/vt300 inode=12950 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tasksel/descs/debian-tasks.desc inode=12953 t=68431588541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/util-linux/logcheck/ignore.d.server/util-linux inode=12958 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/debian.vim inode=12961 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/README.Debian inode=12963 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/help.txt inode=12964 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/tags inode=12965 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Abidjan inode=12968 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Accra inode=12969 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Addis_Ababa inode=12970 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Algiers inode=12971 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Asmara inode=12972 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bamako inode=12974 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bangui inode=12975 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Banjul inode=12976 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bissau inode=12977 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Blantyre inode=12978 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Brazzaville inode=12979 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bujumbura inode=12980 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Cairo inode=12981 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Casablanca inode=12982 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ceuta inode=12983 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Conakry inode=12984 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Dakar inode=12985 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Dar_es_Salaam inode=12986 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Djibouti inode=12987 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Douala inode=12988 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/El_Aaiun inode=12989 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Freetown inode=12990 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Gaborone inode=12991 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Harare inode=12992 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Johannesburg inode=12993 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Juba inode=12994 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kampala inode=12995 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Khartoum inode=12996 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kigali inode=12997 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kinshasa inode=12998 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lagos inode=12999 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Libreville inode=13000 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lome inode=13001 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Luanda inode=13002 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lubumbashi inode=13003 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lusaka inode=13004 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Malabo inode=13005 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Maputo inode=13006 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Maseru inode=13007 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Mbabane inode=13008 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Mogadishu inode=13009 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Monrovia inode=13010 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Nairobi inode=13011 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ndjamena inode=13012 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Niamey inode=13013 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Nouakchott inode=13014 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ouagadougou inode=13015 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Porto-Novo inode=13016 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Sao_Tome inode=13017 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Tripoli inode=13019 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Tunis inode=13020 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Windhoek inode=13021 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Adak inode=13023 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Anchorage inode=13024 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Anguilla inode=13025 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Antigua inode=13026 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Araguaina inode=13027 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Buenos_Aires inode=13029 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Catamarca inode=13030 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Cordoba inode=13032 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Jujuy inode=13033 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/La_Rioja inode=13034 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Mendoza inode=13035 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Rio_Gallegos inode=13036 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Salta inode=13037 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/San_Juan inode=13038 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/San_Luis inode=13039 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Tucuman inode=13040 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Ushuaia inode=13041 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Aruba inode=13042 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Asuncion inode=13043 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Atikokan inode=13044 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bahia inode=13046 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bahia_Banderas inode=13047 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Barbados inode=13048 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Belem inode=13049 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Belize inode=13050 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Blanc-Sablon inode=13051 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Boa_Vista inode=13052 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bogota inode=13053 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Boise inode=13054 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cambridge_Bay inode=13056 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Campo_Grande inode=13057 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cancun inode=13058 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Caracas inode=13059 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cayenne inode=13061 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cayman inode=13062 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Chicago inode=13063 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Chihuahua inode=13064 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Ciudad_Juarez inode=13065 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Costa_Rica inode=13068 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Coyhaique inode=13069 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Creston inode=13070 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cuiaba inode=13071 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Curacao inode=13072 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Danmarkshavn inode=13073 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dawson inode=13074 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dawson_Creek inode=13075 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Denver inode=13076 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Detroit inode=13077 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dominica inode=13078 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Edmonton inode=13079 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Eirunepe inode=13080 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/El_Salvador inode=13081 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Fort_Nelson inode=13083 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Fortaleza inode=13085 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Glace_Bay inode=13086 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Goose_Bay inode=13088 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Grand_Turk inode=13089 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Grenada inode=13090 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guadeloupe inode=13091 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guatemala inode=13092 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guayaquil inode=13093 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guyana inode=13094 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Halifax inode=13095 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Havana inode=13096 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Hermosillo inode=13097 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Indianapolis inode=13099 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Knox inode=13100 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Marengo inode=13101 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Petersburg inode=13102 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Tell_City inode=13103 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vevay inode=13104 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vincennes inode=13105 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Winamac inode=13106 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Inuvik inode=13108 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Iqaluit inode=13109 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Jamaica inode=13110 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Juneau inode=13112 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Louisville inode=13114 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Monticello inode=13115 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/La_Paz inode=13118 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Lima inode=13119 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Los_Angeles inode=13120 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Maceio inode=13123 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Managua inode=13124 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Manaus inode=13125 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Martinique inode=13127 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Matamoros inode=13128 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mazatlan inode=13129 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Menominee inode=13131 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Merida inode=13132 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Metlakatla inode=13133 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mexico_City inode=13134 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Miquelon inode=13135 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Moncton inode=13136 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Monterrey inode=13137 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montevideo inode=13138 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montserrat inode=13140 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nassau inode=13141 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/New_York inode=13142 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nome inode=13144 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Noronha inode=13145 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Beulah inode=13147 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Center inode=13148 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/New_Salem inode=13149 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nuuk inode=13150 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Ojinaga inode=13151 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Panama inode=13152 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Paramaribo inode=13154 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Phoenix inode=13155 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port-au-Prince inode=13156 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port_of_Spain inode=13157 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Porto_Velho inode=13159 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Puerto_Rico inode=13160 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Punta_Arenas inode=13161 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rankin_Inlet inode=13163 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Recife inode=13164 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Regina inode=13165 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Resolute inode=13166 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rio_Branco inode=13167 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santarem inode=13170 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santiago inode=13171 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santo_Domingo inode=13172 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sao_Paulo inode=13173 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Scoresbysund inode=13174 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sitka inode=13176 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Johns inode=13178 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Kitts inode=13179 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Lucia inode=13180 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Thomas inode=13181 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Vincent inode=13182 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Swift_Current inode=13183 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tegucigalpa inode=13184 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Thule inode=13185 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tijuana inode=13187 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Toronto inode=13188 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tortola inode=13189 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Vancouver inode=13190 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Whitehorse inode=13192 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Winnipeg inode=13193 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Yakutat inode=13194 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Casey inode=13197 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Davis inode=13198 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/DumontDUrville inode=13199 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=13954 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=13955 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=13956 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=13957 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=13958 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=13959 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=13960 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=13961 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=13962 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=13963 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=13964 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=13965 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=13966 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=13967 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=13969 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=13971 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=13972 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=13973 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=13974 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=13975 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Srednekolymsk inode=13976 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Taipei inode=13977 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tashkent inode=13978 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tbilisi inode=13979 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tehran inode=13980 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Thimphu inode=13983 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tokyo inode=13984 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tomsk inode=13985 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ulaanbaatar inode=13987 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Urumqi inode=13989 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ust-Nera inode=13990 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Vientiane inode=13991 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Vladivostok inode=13992 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yakutsk inode=13993 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yangon inode=13994 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yekaterinburg inode=13995 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yerevan inode=13996 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Azores inode=13998 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Bermuda inode=13999 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Canary inode=14000 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Cape_Verde inode=14001 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Faroe inode=14003 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Madeira inode=14005 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Reykjavik inode=14006 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/South_Georgia inode=14007 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/St_Helena inode=14008 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Stanley inode=14009 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Adelaide inode=14012 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Brisbane inode=14013 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Broken_Hill inode=14014 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Darwin inode=14017 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Eucla inode=14018 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Hobart inode=14019 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Lindeman inode=14021 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Lord_Howe inode=14022 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Melbourne inode=14023 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Perth inode=14026 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Sydney inode=14029 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/CET inode=14039 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/CST6CDT inode=14040 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EET inode=14054 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EST inode=14055 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EST5EDT inode=14056 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT inode=14060 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+1 inode=14062 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+10 inode=14063 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+11 inode=14064 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+12 inode=14065 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+2 inode=14066 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+3 inode=14067 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+4 inode=14068 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+5 inode=14069 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+6 inode=14070 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+7 inode=14071 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+8 inode=14072 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+9 inode=14073 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-1 inode=14075 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-10 inode=14076 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-11 inode=14077 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-12 inode=14078 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-13 inode=14079 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-14 inode=14080 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-2 inode=14081 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-3 inode=14082 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-4 inode=14083 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-5 inode=14084 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-6 inode=14085 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-7 inode=14086 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-8 inode=14087 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-9 inode=14088 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/UTC inode=14092 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Amsterdam inode=14096 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Andorra inode=14097 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Astrakhan inode=14098 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Athens inode=14099 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Belgrade inode=14101 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Berlin inode=14102 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Brussels inode=14104 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Bucharest inode=14105 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Budapest inode=14106 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Chisinau inode=14108 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Copenhagen inode=14109 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Dublin inode=14110 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Gibraltar inode=14111 t=68431588541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC/Y.pl inode=7724 t=68547425541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS/Y.pl inode=7726 t=68547425541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/utf8.pm inode=7727 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/vars.pm inode=7728 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings/register.pm inode=7730 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Guernsey inode=14112 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Helsinki inode=14113 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Isle_of_Man inode=14114 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Istanbul inode=14115 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Jersey inode=14116 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kaliningrad inode=14117 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kirov inode=14119 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kyiv inode=14120 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Lisbon inode=14121 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Ljubljana inode=14122 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/London inode=14123 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Luxembourg inode=14124 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Madrid inode=14125 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Malta inode=14126 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Minsk inode=14128 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Monaco inode=14129 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Moscow inode=14130 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Oslo inode=14132 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Paris inode=14133 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Prague inode=14135 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Riga inode=14136 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Rome inode=14137 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Samara inode=14138 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Sarajevo inode=14140 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Saratov inode=14141 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Simferopol inode=14142 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Skopje inode=14143 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Sofia inode=14144 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Stockholm inode=14145 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Tallinn inode=14146 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Tirane inode=14147 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Ulyanovsk inode=14149 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vaduz inode=14151 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vienna inode=14153 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vilnius inode=14154 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Volgograd inode=14155 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Warsaw inode=14156 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Zagreb inode=14157 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Zurich inode=14159 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Factory inode=14160 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/HST inode=14168 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Antananarivo inode=14172 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Chagos inode=14173 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Christmas inode=14174 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Cocos inode=14175 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Comoro inode=14176 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Kerguelen inode=14177 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mahe inode=14178 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Maldives inode=14179 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mauritius inode=14180 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mayotte inode=14181 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Reunion inode=14182 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/MET inode=14189 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/MST inode=14190 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings.pm inode=7731 t=68547425541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Locale/gettext.pm inode=7735 t=68547425541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/CharWidth.pm inode=7737 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/Iconv.pm inode=7738 t=68547425541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Locale/gettext/gettext.so inode=7742 t=68547425541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/CharWidth/CharWidth.so inode=7745 t=68547425541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/Iconv.so inode=7747 t=68547425541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/autosplit.ix inode=7748 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/fmhash.so inode=7750 t=68547425541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imfile.so inode=7751 t=68547425541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imjournal.so inode=7752 t=68547425541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imklog.so inode=7753 t=68547425541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFCQC.pl inode=7136 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFDQC.pl inode=7137 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCQC.pl inode=7139 t=68547425541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKDQC.pl inode=7140 t=68547425541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imkmsg.so inode=7754 t=68547425541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/immark.so inode=7755 t=68547425541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/impstats.so inode=7756 t=68547425541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imptcp.so inode=7757 t=68547425541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/re/re.so inode=7098 t=69355016541 kinds=block pages=0-160 count=4
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Na1.pl inode=7141 t=69406665541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NameAlia.pl inode=7142 t=69406665541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nt.pl inode=7143 t=69406665541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nv.pl inode=7144 t=69406665541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/PerlDeci.pl inode=7145 t=69406665541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/locale inode=598 t=69456571541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/localectl inode=599 t=69456571541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/logger inode=601 t=69456571541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/login inode=602 t=69616139541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/loginctl inode=603 t=69616139541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/share/zoneinfo/zone.tab inode=14272 t=69616139541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/zoneinfo/zone1970.tab inode=14273 t=69616139541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/zsh/vendor-completions/_bootctl inode=14276 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=14277 t=69616139541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/zsh/vendor-completions/_hostnamectl inode=14278 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=14279 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_kernel-install inode=14280 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_localectl inode=14281 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=14282 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_networkctl inode=14283 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_hosts_or_user_at_host inode=14284 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_outputmodes inode=14285 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_unit_files inode=14286 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=14287 t=69616139541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/zsh/vendor-completions/_systemd inode=14288 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=14289 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_systemd-delta inode=14290 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-inhibit inode=14291 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-path inode=14292 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=14293 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_systemd-tmpfiles inode=14294 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_timedatectl inode=14295 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=14296 t=69616139541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/cache/debconf/config.dat inode=14309 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/apt/extended_states inode=14316 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/awk inode=14332 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/builtins.7.gz inode=14333 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/editor inode=14334 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/ex inode=14335 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/mt inode=14336 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/pager inode=14337 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/pico inode=14338 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/rmt inode=14339 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/rview inode=14340 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/vi inode=14341 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/view inode=14342 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/which inode=14343 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/available inode=14344 t=69616139541 kinds=fragment-inferred,block pages=0-28 count=1
file /var/lib/dpkg/cmethopt inode=14345 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/diversions inode=14346 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/diversions-old inode=14347 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/adduser.conffiles inode=14349 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/adduser.list inode=14350 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=14351 t=69616139541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/adduser.postrm inode=14352 t=69616139541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=7015 t=69761037541 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=7017 t=69761037541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/adduser.preinst inode=14353 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt-utils.list inode=14354 t=69864856541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/apt-utils.md5sums inode=14355 t=69864856541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/apt.conffiles inode=14356 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.list inode=14357 t=69864856541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/apt.md5sums inode=14358 t=69864856541 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/apt.postinst inode=14359 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.postrm inode=14360 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.preinst inode=14361 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.prerm inode=14362 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.shlibs inode=14363 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.triggers inode=14364 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.conffiles inode=14365 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.list inode=14366 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.md5sums inode=14367 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.postinst inode=14368 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.list inode=14369 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.md5sums inode=14370 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.postinst inode=14371 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.postrm inode=14372 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.preinst inode=14373 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.triggers inode=14549 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.triggers inode=14554 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.triggers inode=14559 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.triggers inode=14564 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.triggers inode=14570 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.triggers inode=14578 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.triggers inode=14583 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbpf1:amd64.triggers inode=14588 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbsd0:amd64.triggers inode=14593 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.triggers inode=14612 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.triggers inode=14617 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.triggers inode=14624 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.triggers inode=14629 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.triggers inode=14634 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.triggers inode=14639 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.triggers inode=14643 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdbus-1-3:amd64.triggers inode=14648 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.triggers inode=14653 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libelf1:amd64.triggers inode=14668 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libexpat1:amd64.triggers inode=14678 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.triggers inode=14683 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfastjson4:amd64.triggers inode=14688 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.triggers inode=14693 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.triggers inode=14703 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.triggers inode=14709 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.triggers inode=14718 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgssapi-krb5-2:amd64.triggers inode=14730 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.triggers inode=14745 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libk5crypto3:amd64.triggers inode=14760 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkrb5-3:amd64.triggers inode=14777 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkrb5support0:amd64.triggers inode=14782 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.triggers inode=14799 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.triggers inode=14814 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libncursesw6:amd64.triggers inode=14819 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnewt0.52:amd64.triggers inode=14829 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnftables1:amd64.triggers inode=14834 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.triggers inode=14868 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libreadline8:amd64.triggers inode=14887 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.triggers inode=14892 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.triggers inode=14897 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.triggers inode=14905 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.triggers inode=14910 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libslang2:amd64.triggers inode=14915 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.triggers inode=14920 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.triggers inode=14925 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.triggers inode=14930 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.triggers inode=14936 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.triggers inode=14943 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.triggers inode=14948 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.triggers inode=14959 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.triggers inode=14972 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.triggers inode=14982 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.triggers inode=14987 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.triggers inode=14996 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=14374 t=69864856541 kinds=fragment-inferred,block pages=0-28 count=1
file /var/lib/dpkg/info/bash.conffiles inode=14375 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.list inode=14376 t=69864856541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/bash.md5sums inode=14377 t=69864856541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/bash.postinst inode=14378 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.postrm inode=14379 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.prerm inode=14380 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bsdutils.list inode=14381 t=69864856541 kinds=fragment-inferred,block pages=0 count=1
file /var/cache/debconf/templates.dat inode=14311 t=69864856541 kinds=block pages=0-203 count=2
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease inode=14319 t=71070683541 kinds=block pages=0-36 count=1
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages inode=14320 t=71070683541 kinds=block pages=0-95 count=1
file /usr/bin/dpkg inode=512 t=71357694541 kinds=block pages=0-77 count=2
file /usr/bin/dpkg-deb inode=513 t=71402540541 kinds=block pages=0-41 count=1
file /usr/bin/dpkg-divert inode=514 t=71402540541 kinds=block pages=0-38 count=2
file /usr/bin/dirname inode=508 t=71452711541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dmesg inode=509 t=71452711541 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/info/dmsetup.md5sums inode=14456 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dmsetup.postinst inode=14457 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dmsetup.triggers inode=14458 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.conffiles inode=14459 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.list inode=14460 t=71452711541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=14461 t=71452711541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/dpkg.postinst inode=14462 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.postrm inode=14463 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.prerm inode=14464 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.conffiles inode=14465 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.list inode=14466 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.md5sums inode=14467 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.postinst inode=14468 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.postrm inode=14469 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.preinst inode=14470 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.prerm inode=14471 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/fdisk.list inode=14472 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/fdisk.md5sums inode=14473 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/findutils.list inode=14474 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=14475 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/format inode=14476 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.list inode=14477 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.md5sums inode=14478 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gpgv.list inode=14479 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gpgv.md5sums inode=14480 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/grep.list inode=14481 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/grep.md5sums inode=14482 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/gzip.list inode=14483 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gzip.md5sums inode=14484 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/hostname.list inode=14485 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/hostname.md5sums inode=14486 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.conffiles inode=14487 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.list inode=14488 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.md5sums inode=14489 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.postinst inode=14490 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.postrm inode=14491 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.preinst inode=14492 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.prerm inode=14493 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.list inode=14494 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.md5sums inode=14495 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.postinst inode=14496 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init.list inode=14497 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init.md5sums inode=14498 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.conffiles inode=14499 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.list inode=14500 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.md5sums inode=14501 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postinst inode=14502 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postrm inode=14503 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.conffiles inode=14504 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.list inode=14505 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.md5sums inode=14506 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.postinst inode=14507 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.postrm inode=14508 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.preinst inode=14509 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.prerm inode=14510 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.triggers inode=14511 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.conffiles inode=14512 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.config inode=14513 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.list inode=14514 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/iproute2.md5sums inode=14515 t=71452711541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/iproute2.postinst inode=14516 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.postrm inode=14517 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.templates inode=14518 t=71452711541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/iputils-ping.list inode=14519 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iputils-ping.md5sums inode=14520 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iputils-ping.postinst inode=14521 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.conffiles inode=14522 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.list inode=14523 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.md5sums inode=14524 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postinst inode=14525 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postrm inode=14526 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-common.list inode=14527 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-common.md5sums inode=14528 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.list inode=14529 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.md5sums inode=14530 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.postinst inode=14531 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.conffiles inode=14533 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.list inode=14534 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.md5sums inode=14535 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.postinst inode=14536 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.postrm inode=14537 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.preinst inode=14538 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.triggers inode=14539 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.list inode=14540 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.md5sums inode=14541 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.postinst inode=14542 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.preinst inode=14543 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.prerm inode=14544 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=14851 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=14864 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postrm inode=15000 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.list inode=14545 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.md5sums inode=14546 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.shlibs inode=14547 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.symbols inode=14548 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.list inode=14550 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.md5sums inode=14551 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.shlibs inode=14552 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.symbols inode=14553 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=14555 t=71452711541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.md5sums inode=14556 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.shlibs inode=14557 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=14558 t=71452711541 kinds=fragment-inferred,block pages=0-30 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.list inode=14560 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.md5sums inode=14561 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.shlibs inode=14562 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.symbols inode=14563 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.conffiles inode=14565 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.list inode=14566 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.md5sums inode=14567 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.shlibs inode=14568 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.symbols inode=14569 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.conffiles inode=14571 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.list inode=14572 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.md5sums inode=14573 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.list inode=14574 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.md5sums inode=14575 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.shlibs inode=14576 t=71452711541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=14610 t=71452711541 kinds=block pages=0-37 count=1
file /var/lib/dpkg/info/tzdata.templates inode=15141 t=71658148541 kinds=block pages=0-69 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=15136 t=71658492541 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=15137 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=15138 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=15139 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=15140 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=15142 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=15143 t=71658492541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=15144 t=71658492541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=15145 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=15146 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=15147 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=15148 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=15149 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=15150 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=15151 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=15152 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=15153 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=15154 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=15155 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=15156 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=15157 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=15158 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=15159 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=15160 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=15161 t=71658492541 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=15162 t=71658492541 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=15163 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=15164 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=15165 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.conffiles inode=15166 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.list inode=15167 t=71658492541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/stat inode=721 t=72401843541 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/dpkg-maintscript-helper inode=515 t=72401843541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/dpkg-realpath inode=517 t=72401843541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/stdbuf inode=722 t=72401843541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/basename inode=454 t=72417854541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=455 t=72417854541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=457 t=72417854541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/vim-common/changelog.Debian.gz inode=9290 t=72417854541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busybox inode=459 t=72453195541 kinds=block pages=0-31 count=1
file /usr/share/doc/vim-common/changelog.gz inode=9291 t=72653387541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/vim-common/copyright inode=9292 t=72653387541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/vim-tiny/changelog.Debian.gz inode=9295 t=72653387541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/vim-tiny/changelog.gz inode=9296 t=72653387541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/vim-tiny/copyright inode=9297 t=72653387541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/whiptail/NEWS.Debian.gz inode=9299 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/whiptail/README.whiptail inode=9300 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/whiptail/changelog.Debian.gz inode=9302 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/zlib1g/changelog.Debian.gz inode=9306 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/zlib1g/changelog.gz inode=9307 t=72653387541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/zlib1g/copyright inode=9308 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/base-passwd.users-and-groups inode=9310 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/findutils.findutils inode=9311 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/nano.nano inode=9312 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/nano.nano-faq inode=9313 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/abitable inode=9315 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/cputable inode=9316 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/ostable inode=9317 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/sh/dpkg-error.sh inode=9319 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/tupletable inode=9320 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/__init__.py inode=9324 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/v6/__init__.py inode=9326 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/v6/printers.py inode=9327 t=72653387541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/share/gcc/python/libstdcxx/v6/xmethods.py inode=9328 t=72653387541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30-gdb.py inode=9334 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/icons/hicolor/48x48/apps/gvim.png inode=9339 t=72653387541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/info/coreutils.info.gz inode=9351 t=72703382541 kinds=block pages=0-31 count=1
file /var/lib/dpkg/info/tasksel.templates inode=15133 t=76562101541 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.config inode=15134 t=76562101541 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.list inode=15135 t=76562101541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/share/common-licenses/MPL-2.0 inode=8230 t=76662645541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/session.conf inode=8234 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.hostname1.service inode=8236 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.locale1.service inode=8237 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.login1.service inode=8238 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.network1.service inode=8239 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.systemd1.service inode=8240 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.timedate1.service inode=8241 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.conf inode=8242 t=76662645541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.hostname1.conf inode=8244 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.locale1.conf inode=8245 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.login1.conf inode=8246 t=76662645541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.network1.conf inode=8247 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.systemd1.conf inode=8248 t=76662645541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.timedate1.conf inode=8249 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/confmodule inode=8251 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/confmodule.sh inode=8252 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/debconf.conf inode=8253 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/fix_db.pl inode=8254 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/frontend inode=8255 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells inode=8257 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells.d/bash inode=8259 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells.d/dash inode=8260 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/NEWS.Debian.gz inode=8264 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/README.gz inode=8265 t=76662645541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/TODO inode=8266 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/changelog.gz inode=8267 t=76662645541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/copyright inode=8268 t=76662645541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/doc/adduser/examples/INSTALL inode=8270 t=76662645541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/README inode=8271 t=76662645541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/examples/adduser.local inode=8273 t=76712538541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf inode=8274 t=76712538541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/bash.bashrc inode=8276 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/profile inode=8277 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_logout inode=8279 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_profile inode=8280 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bashrc inode=8281 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel.other/index.html inode=8283 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/NEWS.Debian.gz inode=8286 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/README.md.gz inode=8287 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/changelog.gz inode=8288 t=76712538541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/doc/apt/copyright inode=8289 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/examples/apt.conf inode=8291 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/examples/configure-index inode=8292 t=76712538541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/apt/examples/preferences inode=8293 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/examples/sources.list inode=8294 t=76712538541 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt-utils/NEWS.Debian.gz inode=8296 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt-utils/copyright inode=8298 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/libapt-pkg6.0/NEWS.Debian.gz inode=8576 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/libapt-pkg6.0/copyright inode=8578 t=76712538541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/wdctl inode=802 t=77109612541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/whereis inode=803 t=77109612541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/which.debianutils inode=805 t=77109612541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/whiptail inode=806 t=77116798541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/who inode=807 t=77116798541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/whoami inode=808 t=77116798541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/xargs inode=810 t=77116798541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/yes inode=811 t=77116798541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/zcat inode=813 t=77116798541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/zcmp inode=814 t=77116798541 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/zdiff inode=815 t=77116798541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/cppw inode=7884 t=81598753541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/sbin/cron inode=7885 t=81598753541 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/dcb inode=7887 t=81598753541 kinds=block pages=0-36 count=1
file /usr/bin/dd inode=492 t=81598753541 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=493 t=81598753541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=494 t=81598753541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=495 t=81598753541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libdbus-1.so.3.32.4 inode=6856 t=81785048541 kinds=block pages=0-84 count=3
file /usr/lib/x86_64-linux-gnu/libdevmapper.so.1.02.1 inode=6859 t=81830322541 kinds=block pages=0-108 count=2
file /usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0 inode=6989 t=81980711541 kinds=block pages=0-206 count=5
file /usr/sbin/rsyslogd inode=7990 t=82181424541 kinds=block pages=0-182 count=5
file /usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 inode=6991 t=82430071541 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/sbin/resize2fs inode=7986 t=82630069541 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/sbin/rmt-tar inode=7989 t=82630069541 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/sbin/rtacct inode=7991 t=82630069541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/rtcwake inode=7992 t=82630069541 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_limits.so inode=7803 t=82785256541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_listfile.so inode=7804 t=82785256541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_localuser.so inode=7805 t=82785256541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_loginuid.so inode=7806 t=82785256541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_mail.so inode=7807 t=82785256541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/e2scrub inode=7907 t=82785256541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7908 t=82785256541 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7909 t=82785256541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7910 t=82832836541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7911 t=82832836541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7912 t=82832836541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7914 t=82832836541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7915 t=82832836541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7916 t=82832836541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7917 t=82832836541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10 inode=6872 t=83084918541 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libfastjson.so.4.3.0 inode=6878 t=83233542541 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 inode=6882 t=83233542541 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libformw.so.6.4 inode=6884 t=83281822541 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 inode=7005 t=83281822541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libxtables.so.12.7.0 inode=7007 t=83281822541 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 inode=7009 t=83281822541 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10 inode=6874 t=83333117541 kinds=block pages=0-42 count=1
file /usr/sbin/rtmon inode=7993 t=83380910541 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/sbin/sfdisk inode=7998 t=83380910541 kinds=block pages=0-35 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnet.so inode=7761 t=83777696541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/runuser inode=7995 t=83777696541 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/sbin/service inode=7996 t=83777696541 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/sbin/setcap inode=7997 t=83777696541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/shadowconfig inode=7999 t=83777696541 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnetstrms.so inode=7762 t=83785122541 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_ptcp.so inode=7763 t=83785122541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmregexp.so inode=7764 t=83785122541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpclt.so inode=7765 t=83785122541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpsrv.so inode=7766 t=83785122541 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imudp.so inode=7759 t=83931999541 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imuxsock.so inode=7760 t=83931999541 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmlastmsg.so inode=7785 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmnormalize.so inode=7786 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmsnare.so inode=7787 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_access.so inode=7789 t=83931999541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_debug.so inode=7790 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_deny.so inode=7791 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_echo.so inode=7792 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_env.so inode=7793 t=83931999541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_exec.so inode=7794 t=83931999541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faildelay.so inode=7795 t=83931999541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faillock.so inode=7796 t=83993217541 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_filter.so inode=7797 t=83993217541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_ftp.so inode=7798 t=83993217541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_group.so inode=7799 t=83993217541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_issue.so inode=7800 t=83993217541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_keyinit.so inode=7801 t=83993217541 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_lastlog.so inode=7802 t=83993217541 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6996 t=85357621541 kinds=block pages=0-49 count=2
file /usr/lib/x86_64-linux-gnu/libtirpc.so.3.0.0 inode=6998 t=85402934541 kinds=block pages=0-45 count=1
read t=25326316541 offset=264830976 len=4096
read t=25381893541 offset=264896512 len=4096
read t=25383103541 offset=0 len=16384
read t=25383910541 offset=16384 len=32768
read t=25385104541 offset=264900608 len=4096
read t=25433952541 offset=264769536 len=4096
read t=25484851541 offset=264871936 len=4096
read t=25533771541 offset=264773632 len=4096
read t=25583999541 offset=264699904 len=4096
read t=25633733541 offset=264601600 len=4096
read t=25685335541 offset=264556544 len=4096
read t=25734711541 offset=264527872 len=4096
read t=25783925541 offset=264437760 len=4096
read t=25833807541 offset=264404992 len=4096
read t=25884404541 offset=264396800 len=4096
read t=25942488541 offset=264417280 len=4096
read t=25985647541 offset=263323648 len=4096
read t=26034263541 offset=49152 len=65536
read t=26085352541 offset=131072 len=4096
read t=26141615541 offset=262144 len=4096
read t=26185040541 offset=524288 len=4096
read t=26236941541 offset=1048576 len=4096
read t=26285561541 offset=2097152 len=4096
read t=26333784541 offset=4194304 len=4096
read t=26390451541 offset=114688 len=16384
read t=26433208541 offset=135168 len=126976
read t=26483292541 offset=266240 len=110592
read t=26533214541 offset=376832 len=131072
read t=26584917541 offset=507904 len=16384
read t=26637003541 offset=528384 len=110592
read t=26683260541 offset=638976 len=131072
read t=26736811541 offset=264241152 len=4096
read t=26785057541 offset=264245248 len=16384
read t=26835103541 offset=264261632 len=32768
read t=26883054541 offset=264294400 len=65536
read t=26932903541 offset=264359936 len=36864
read t=26983088541 offset=264400896 len=4096
read t=27032805541 offset=264409088 len=8192
read t=27084895541 offset=264421376 len=16384
read t=27133398541 offset=264441856 len=86016
read t=27189018541 offset=264531968 len=24576
read t=27236837541 offset=264560640 len=40960
read t=27283201541 offset=264605696 len=94208
read t=27333185541 offset=264704000 len=49152
read t=27383092541 offset=264753152 len=16384
read t=27433083541 offset=264777728 len=53248
read t=27483118541 offset=264835072 len=36864
read t=27536960541 offset=264876032 len=20480
read t=28610356541 offset=215724032 len=4096
read t=28611411541 offset=215728128 len=16384
read t=28613825541 offset=215744512 len=32768
read t=28614191541 offset=215777280 len=65536
read t=28661305541 offset=215842816 len=131072
read t=32462469541 offset=216023040 len=4096
read t=32463191541 offset=216027136 len=16384
read t=32476061541 offset=216043520 len=32768
read t=32477997541 offset=216076288 len=65536
read t=32515885541 offset=216141824 len=131072
read t=32575514541 offset=216272896 len=131072
read t=32614636541 offset=217112576 len=4096
read t=32665426541 offset=217116672 len=16384
read t=32714370541 offset=217133056 len=32768
read t=32764094541 offset=217165824 len=65536
read t=32814090541 offset=217726976 len=4096
read t=32864413541 offset=217731072 len=16384
read t=32914560541 offset=217747456 len=32768
read t=32964758541 offset=217780224 len=65536
read t=33014128541 offset=217845760 len=131072
read t=33064331541 offset=219049984 len=4096
read t=33115363541 offset=219054080 len=16384
read t=33167860541 offset=219070464 len=32768
read t=33260331541 offset=219103232 len=131072
read t=33278330541 offset=219860992 len=4096
read t=33321440541 offset=219865088 len=16384
read t=33365940541 offset=219881472 len=32768
read t=33414137541 offset=219914240 len=65536
read t=33463978541 offset=219234304 len=131072
read t=33514168541 offset=219979776 len=16384
read t=33570938541 offset=220225536 len=4096
read t=33614133541 offset=220229632 len=16384
read t=33668654541 offset=220246016 len=32768
read t=33714044541 offset=220278784 len=65536
read t=33764022541 offset=220495872 len=4096
read t=33814961541 offset=220499968 len=16384
read t=33866526541 offset=220516352 len=32768
read t=33914048541 offset=220549120 len=65536
read t=33966832541 offset=220614656 len=131072
read t=34019073541 offset=220745728 len=131072
read t=34064351541 offset=220905472 len=4096
read t=34118014541 offset=220909568 len=16384
read t=34172282541 offset=220925952 len=32768
read t=34214066541 offset=220958720 len=65536
read t=34264006541 offset=221024256 len=131072
read t=34316841541 offset=221380608 len=4096
read t=34365349541 offset=221384704 len=16384
read t=34417416541 offset=221401088 len=32768
read t=34464021541 offset=221433856 len=65536
read t=34514445541 offset=221499392 len=131072
read t=34570417541 offset=216403968 len=131072
read t=34614103541 offset=220880896 len=4096
read t=34664320541 offset=220884992 len=16384
read t=34714306541 offset=220901376 len=4096
read t=34767210541 offset=220876800 len=4096
read t=34814038541 offset=222134272 len=4096
read t=34864224541 offset=222138368 len=16384
read t=34914326541 offset=222154752 len=32768
read t=34965315541 offset=222187520 len=65536
read t=35014007541 offset=222253056 len=131072
read t=35064068541 offset=223956992 len=4096
read t=35114185541 offset=223961088 len=16384
read t=35164512541 offset=223977472 len=32768
read t=35214081541 offset=224010240 len=65536
read t=35264034541 offset=224403456 len=4096
read t=35314124541 offset=224407552 len=16384
read t=35363781541 offset=224423936 len=32768
read t=35413940541 offset=224456704 len=65536
read t=35464853541 offset=222019584 len=4096
read t=35514228541 offset=222023680 len=16384
read t=35564641541 offset=222040064 len=32768
read t=35614021541 offset=222072832 len=61440
read t=35664162541 offset=224808960 len=4096
read t=35714307541 offset=224813056 len=16384
read t=35764500541 offset=224829440 len=32768
read t=35814018541 offset=224862208 len=65536
read t=35864018541 offset=224927744 len=131072
read t=35913973541 offset=222384128 len=131072
read t=35964000541 offset=223940608 len=4096
read t=36013512541 offset=223944704 len=12288
read t=36072325541 offset=225402880 len=4096
read t=36114118541 offset=225406976 len=16384
read t=36164597541 offset=225423360 len=32768
read t=36214188541 offset=225456128 len=65536
read t=36264175541 offset=225521664 len=131072
read t=36314101541 offset=225665024 len=4096
read t=36364545541 offset=225669120 len=16384
read t=36414334541 offset=225685504 len=32768
read t=36464064541 offset=225718272 len=65536
read t=36514091541 offset=225058816 len=131072
read t=36564541541 offset=225357824 len=4096
read t=36614335541 offset=225361920 len=16384
read t=36664665541 offset=225378304 len=24576
read t=36719590541 offset=220344320 len=131072
read t=36764013541 offset=220475392 len=20480
read t=36825419541 offset=225988608 len=4096
read t=36865056541 offset=225992704 len=16384
read t=36914382541 offset=226009088 len=32768
read t=36964029541 offset=226041856 len=65536
read t=37013958541 offset=226107392 len=131072
read t=37064073541 offset=217231360 len=131072
read t=37114067541 offset=219377664 len=4096
read t=37164538541 offset=219381760 len=16384
read t=37214447541 offset=219398144 len=32768
read t=37264178541 offset=219430912 len=65536
read t=37314182541 offset=219496448 len=131072
read t=37364291541 offset=219365376 len=12288
read t=37442386541 offset=219627520 len=16384
read t=37464299541 offset=219643904 len=32768
read t=37514074541 offset=219676672 len=65536
read t=37564342541 offset=219742208 len=118784
read t=37623057541 offset=225189888 len=131072
read t=37664076541 offset=225320960 len=36864
read t=37714065541 offset=225652736 len=12288
read t=37764295541 offset=223879168 len=4096
read t=37814587541 offset=223883264 len=16384
read t=37864470541 offset=223899648 len=32768
read t=37914139541 offset=223932416 len=8192
read t=37964122541 offset=224075776 len=53248
read t=38014110541 offset=222515200 len=131072
read t=38064182541 offset=224129024 len=131072
read t=38114106541 offset=221630464 len=65536
read t=38164323541 offset=219013120 len=4096
read t=38214491541 offset=219017216 len=16384
read t=38264769541 offset=219033600 len=16384
read t=38321444541 offset=217976832 len=131072
read t=38364299541 offset=217690112 len=4096
read t=38414333541 offset=217694208 len=16384
read t=38464559541 offset=217710592 len=16384
read t=38570995541 offset=219996160 len=8192
read t=38584864541 offset=223084544 len=4096
read t=38614573541 offset=223088640 len=16384
read t=38664680541 offset=223105024 len=32768
read t=38714196541 offset=223137792 len=65536
read t=38765055541 offset=223203328 len=131072
read t=38814170541 offset=223334400 len=131072
read t=38863615541 offset=223645696 len=4096
read t=38914320541 offset=223649792 len=16384
read t=38968815541 offset=223666176 len=32768
read t=39014146541 offset=223698944 len=65536
read t=39064037541 offset=223764480 len=114688
read t=39114083541 offset=218394624 len=4096
read t=39164568541 offset=218398720 len=16384
read t=39214395541 offset=218415104 len=32768
read t=39264232541 offset=218447872 len=65536
read t=39314085541 offset=218513408 len=131072
read t=39364421541 offset=218644480 len=131072
read t=39414571541 offset=218775552 len=131072
read t=39466773541 offset=218906624 len=106496
read t=39517004541 offset=218329088 len=4096
read t=39565334541 offset=218333184 len=16384
read t=39614286541 offset=218349568 len=32768
read t=39664234541 offset=218382336 len=12288
read t=39718100541 offset=218267648 len=4096
read t=39764365541 offset=218271744 len=16384
read t=39814332541 offset=218288128 len=32768
read t=39864119541 offset=218320896 len=8192
read t=39956216541 offset=218140672 len=4096
read t=39963722541 offset=218144768 len=16384
read t=40014611541 offset=218161152 len=32768
read t=40064067541 offset=218193920 len=65536
read t=40114107541 offset=218259456 len=8192
read t=40190024541 offset=217391104 len=4096
read t=40213846541 offset=217395200 len=16384
read t=40264705541 offset=217411584 len=32768
read t=40314542541 offset=217444352 len=65536
read t=40366879541 offset=217509888 len=131072
read t=40417566541 offset=217640960 len=49152
read t=40518237541 offset=217362432 len=16384
read t=40518713541 offset=217378816 len=12288
read t=40568523541 offset=218107904 len=32768
read t=40613986541 offset=226631680 len=4096
read t=40664505541 offset=226635776 len=16384
read t=40715651541 offset=226652160 len=32768
read t=40764900541 offset=226684928 len=65536
read t=40814042541 offset=226775040 len=4096
read t=40864546541 offset=226779136 len=16384
read t=40914320541 offset=226795520 len=32768
read t=40964843541 offset=226828288 len=65536
read t=41013105541 offset=226922496 len=4096
read t=41064347541 offset=226926592 len=16384
read t=41114291541 offset=226942976 len=32768
read t=41164276541 offset=226975744 len=65536
read t=41214588541 offset=227143680 len=4096
read t=41264565541 offset=227147776 len=16384
read t=41314783541 offset=227164160 len=32768
read t=41364222541 offset=227196928 len=65536
read t=41414136541 offset=227262464 len=131072
read t=41465001541 offset=227393536 len=131072
read t=41551904541 offset=227565568 len=4096
read t=41564565541 offset=227569664 len=16384
read t=41617200541 offset=227586048 len=32768
read t=41668541541 offset=227618816 len=65536
read t=41714017541 offset=227041280 len=102400
read t=41764227541 offset=228622336 len=4096
read t=41814393541 offset=228626432 len=16384
read t=41864506541 offset=228642816 len=32768
read t=41914190541 offset=228675584 len=65536
read t=41965002541 offset=228741120 len=131072
read t=42159833541 offset=232759296 len=4096
read t=42160587541 offset=232763392 len=16384
read t=42161122541 offset=232779776 len=32768
read t=42163559541 offset=232812544 len=65536
read t=42214502541 offset=232878080 len=131072
read t=42283587541 offset=223518720 len=4096
read t=42314087541 offset=223522816 len=16384
read t=42365289541 offset=223539200 len=32768
read t=42413751541 offset=223571968 len=65536
read t=42466959541 offset=223637504 len=8192
read t=42538870541 offset=215973888 len=49152
read t=42839198541 offset=233066496 len=4096
read t=42845327541 offset=233070592 len=16384
read t=42846340541 offset=233086976 len=32768
read t=42846706541 offset=233119744 len=65536
read t=42896547541 offset=233185280 len=131072
read t=42943323541 offset=233316352 len=131072
read t=43437210541 offset=233447424 len=131072
read t=43949772541 offset=224260096 len=131072
read t=44029710541 offset=224391168 len=12288
read t=44032762541 offset=224522240 len=131072
read t=44180921541 offset=233582592 len=4096
read t=44189071541 offset=233586688 len=16384
read t=44189540541 offset=233603072 len=32768
read t=44189960541 offset=233635840 len=65536
read t=44373938541 offset=233873408 len=4096
read t=44374481541 offset=233877504 len=16384
read t=44374982541 offset=233893888 len=32768
read t=44382559541 offset=233926656 len=65536
read t=44440310541 offset=233992192 len=131072
read t=44747305541 offset=234164224 len=4096
read t=44761178541 offset=234168320 len=16384
read t=44763714541 offset=234184704 len=32768
read t=44768468541 offset=234217472 len=65536
read t=46058781541 offset=234283008 len=131072
read t=47095943541 offset=234414080 len=131072
read t=47679496541 offset=234545152 len=131072
read t=47827970541 offset=234676224 len=131072
read t=48041354541 offset=234942464 len=4096
read t=48045094541 offset=234946560 len=16384
read t=48045719541 offset=234962944 len=32768
read t=48053178541 offset=234995712 len=65536
read t=48100485541 offset=235061248 len=131072
read t=48150427541 offset=235192320 len=131072
read t=48193873541 offset=235323392 len=131072
read t=48312075541 offset=235495424 len=4096
read t=48319175541 offset=235499520 len=16384
read t=48377816541 offset=235515904 len=32768
read t=48408618541 offset=235548672 len=65536
read t=48444430541 offset=235614208 len=131072
read t=48672026541 offset=235839488 len=4096
read t=48684569541 offset=235843584 len=16384
read t=48685842541 offset=235859968 len=32768
read t=48688608541 offset=235892736 len=65536
read t=48798444541 offset=236335104 len=4096
read t=48824699541 offset=236339200 len=16384
read t=48852716541 offset=236355584 len=32768
read t=48951826541 offset=236441600 len=4096
read t=48976448541 offset=236445696 len=16384
read t=49004487541 offset=236462080 len=32768
read t=49033210541 offset=236494848 len=65536
read t=49077124541 offset=236933120 len=4096
read t=49164521541 offset=236937216 len=16384
read t=49181311541 offset=236953600 len=32768
read t=49374213541 offset=237010944 len=4096
read t=49374773541 offset=237015040 len=16384
read t=49377445541 offset=237031424 len=32768
read t=49377751541 offset=237064192 len=65536
read t=49441118541 offset=237129728 len=131072
read t=49477682541 offset=236892160 len=4096
read t=49533287541 offset=236896256 len=16384
read t=49577655541 offset=236912640 len=20480
read t=49629287541 offset=236986368 len=24576
read t=49683989541 offset=236560384 len=131072
read t=49744543541 offset=236691456 len=131072
read t=49779474541 offset=236822528 len=69632
read t=50688386541 offset=239493120 len=4096
read t=50689146541 offset=239497216 len=16384
read t=50689681541 offset=239513600 len=32768
read t=50692433541 offset=239546368 len=65536
read t=50740309541 offset=236388352 len=53248
read t=51818701541 offset=239611904 len=131072
read t=52334069541 offset=237260800 len=131072
read t=54903623541 offset=240439296 len=4096
read t=54904362541 offset=240443392 len=16384
read t=54904953541 offset=240459776 len=32768
read t=54905243541 offset=240492544 len=65536
read t=54987781541 offset=240869376 len=4096
read t=55009246541 offset=240873472 len=16384
read t=55057778541 offset=240889856 len=32768
read t=55105232541 offset=240922624 len=65536
read t=55165300541 offset=240988160 len=131072
read t=55354082541 offset=237391872 len=16384
read t=55354614541 offset=237408256 len=32768
read t=55383469541 offset=239878144 len=4096
read t=55384742541 offset=239882240 len=16384
read t=55409378541 offset=239898624 len=32768
read t=55461098541 offset=239931392 len=65536
read t=55667232541 offset=241782784 len=4096
read t=55680639541 offset=241786880 len=16384
read t=55681813541 offset=241803264 len=32768
read t=55688539541 offset=241836032 len=65536
read t=55738102541 offset=241901568 len=131072
read t=56143939541 offset=242032640 len=65536
read t=56174846541 offset=242733056 len=4096
read t=56186835541 offset=242737152 len=16384
read t=56206440541 offset=242753536 len=32768
read t=56218490541 offset=242786304 len=65536
read t=56249156541 offset=240332800 len=4096
read t=56294995541 offset=240336896 len=16384
read t=56344916541 offset=240353280 len=32768
read t=56394922541 offset=240386048 len=53248
read t=56444940541 offset=242954240 len=4096
read t=56495089541 offset=242958336 len=16384
read t=56545259541 offset=242974720 len=32768
read t=56594988541 offset=243007488 len=65536
read t=56645022541 offset=243073024 len=131072
read t=57110556541 offset=240730112 len=4096
read t=57111137541 offset=240734208 len=16384
read t=57111598541 offset=240750592 len=32768
read t=57111845541 offset=240783360 len=65536
read t=57162108541 offset=226463744 len=4096
read t=57213273541 offset=226467840 len=16384
read t=57265448541 offset=226484224 len=32768
read t=57317389541 offset=226516992 len=114688
read t=57432334541 offset=243232768 len=4096
read t=57434228541 offset=243236864 len=16384
read t=57465392541 offset=243253248 len=32768
read t=57516876541 offset=243286016 len=65536
read t=57572820541 offset=243351552 len=131072
read t=57612484541 offset=238747648 len=4096
read t=57662305541 offset=238751744 len=16384
read t=57713578541 offset=238768128 len=32768
read t=57776650541 offset=238800896 len=65536
read t=57813383541 offset=238727168 len=4096
read t=57893253541 offset=238731264 len=16384
read t=57969428541 offset=238440448 len=4096
read t=57970056541 offset=238444544 len=16384
read t=58017474541 offset=238460928 len=32768
read t=58068056541 offset=238493696 len=65536
read t=58116552541 offset=238981120 len=4096
read t=58163044541 offset=238985216 len=16384
read t=58228439541 offset=239001600 len=32768
read t=58267560541 offset=239034368 len=65536
read t=58321554541 offset=239099904 len=131072
read t=58365313541 offset=237965312 len=4096
read t=58412316541 offset=237969408 len=16384
read t=58462474541 offset=237985792 len=32768
read t=58524538541 offset=238018560 len=65536
read t=58562026541 offset=238866432 len=114688
read t=58612198541 offset=225783808 len=16384
read t=58663013541 offset=225800192 len=32768
read t=58712363541 offset=225832960 len=65536
read t=58764901541 offset=241307648 len=4096
read t=58812322541 offset=241311744 len=16384
read t=58862413541 offset=241328128 len=32768
read t=58912275541 offset=241360896 len=65536
read t=58961957541 offset=238428160 len=4096
read t=59012339541 offset=238432256 len=8192
read t=59064945541 offset=238325760 len=4096
read t=59112608541 offset=238329856 len=16384
read t=59165073541 offset=238346240 len=32768
read t=59215373541 offset=238379008 len=49152
read t=59291504541 offset=239230976 len=131072
read t=59465935541 offset=215633920 len=4096
read t=59468876541 offset=215638016 len=16384
read t=59469575541 offset=215654400 len=32768
read t=59477801541 offset=215687168 len=36864
read t=59531276541 offset=237916160 len=4096
read t=59567898541 offset=237920256 len=16384
read t=59625877541 offset=237936640 len=28672
read t=59669272541 offset=225898496 len=81920
read t=59717041541 offset=239431680 len=4096
read t=59769733541 offset=239435776 len=16384
read t=59817346541 offset=239452160 len=32768
read t=59871443541 offset=239484928 len=8192
read t=59917248541 offset=238084096 len=114688
read t=59967158541 offset=240558080 len=16384
read t=60017420541 offset=240574464 len=32768
read t=60069544541 offset=240607232 len=122880
read t=60119846541 offset=239742976 len=4096
read t=60208099541 offset=244109312 len=4096
read t=60229488541 offset=244113408 len=16384
read t=60280434541 offset=244129792 len=32768
read t=60325054541 offset=244314112 len=4096
read t=60369302541 offset=244318208 len=16384
read t=60417617541 offset=244334592 len=32768
read t=60480760541 offset=244367360 len=65536
read t=60521075541 offset=226750464 len=24576
read t=60569269541 offset=243482624 len=16384
read t=60629935541 offset=240848896 len=20480
read t=60783741541 offset=237895680 len=4096
read t=60822902541 offset=237899776 len=16384
read t=61198278541 offset=244432896 len=16384
read t=61205495541 offset=244449280 len=32768
read t=61205915541 offset=244482048 len=65536
read t=61494800541 offset=244211712 len=4096
read t=61518455541 offset=244215808 len=16384
read t=61519355541 offset=244232192 len=32768
read t=61519725541 offset=244264960 len=49152
read t=61612057541 offset=242454528 len=4096
read t=61658535541 offset=242458624 len=16384
read t=61659367541 offset=242475008 len=32768
read t=61704469541 offset=242507776 len=65536
read t=61969208541 offset=238559232 len=81920
read t=62370100541 offset=244633600 len=4096
read t=62370747541 offset=244637696 len=16384
read t=62371446541 offset=244654080 len=32768
read t=62391078541 offset=244686848 len=65536
read t=62634340541 offset=242098176 len=131072
read t=62639455541 offset=245112832 len=4096
read t=62742792541 offset=245116928 len=16384
read t=62743868541 offset=245133312 len=32768
read t=62744931541 offset=245166080 len=65536
read t=62764887541 offset=245231616 len=131072
read t=62795921541 offset=242417664 len=4096
read t=62863753541 offset=242421760 len=16384
read t=62894944541 offset=242438144 len=16384
read t=62953836541 offset=245424128 len=4096
read t=62996314541 offset=245428224 len=16384
read t=63045679541 offset=245444608 len=32768
read t=63104921541 offset=245477376 len=65536
read t=63148570541 offset=242229248 len=131072
read t=63217232541 offset=242360320 len=57344
read t=63263972541 offset=245542912 len=131072
read t=63337022541 offset=245673984 len=131072
read t=63525971541 offset=245805056 len=131072
read t=63666860541 offset=245936128 len=131072
read t=63881758541 offset=239362048 len=16384
read t=63885113541 offset=239378432 len=32768
read t=63885505541 offset=239411200 len=20480
read t=65047543541 offset=246067200 len=16384
read t=65052762541 offset=246083584 len=32768
read t=65053439541 offset=246116352 len=65536
read t=65913924541 offset=244547584 len=86016
read t=66082540541 offset=246181888 len=16384
read t=66089386541 offset=246198272 len=32768
read t=66089869541 offset=246231040 len=65536
read t=66093490541 offset=246296576 len=131072
read t=66494751541 offset=247902208 len=4096
read t=66495284541 offset=247906304 len=16384
read t=66500914541 offset=247922688 len=32768
read t=66501392541 offset=247955456 len=65536
read t=66749727541 offset=246554624 len=4096
read t=66750228541 offset=246558720 len=16384
read t=66767935541 offset=246575104 len=32768
read t=66781579541 offset=246607872 len=65536
read t=66801019541 offset=247689216 len=4096
read t=66851460541 offset=247693312 len=16384
read t=66901603541 offset=247709696 len=32768
read t=66953614541 offset=247742464 len=65536
read t=67000878541 offset=246673408 len=131072
read t=67051296541 offset=246804480 len=131072
read t=67101212541 offset=246935552 len=131072
read t=67151307541 offset=247373824 len=4096
read t=67205206541 offset=247377920 len=16384
read t=67251524541 offset=247394304 len=32768
read t=67301065541 offset=247427072 len=65536
read t=67351346541 offset=247492608 len=131072
read t=67401320541 offset=247066624 len=16384
read t=67451646541 offset=247083008 len=32768
read t=67501179541 offset=247115776 len=65536
read t=67551298541 offset=247181312 len=131072
read t=67601099541 offset=247623680 len=16384
read t=67651686541 offset=247640064 len=32768
read t=67701224541 offset=247672832 len=16384
read t=67757094541 offset=247312384 len=61440
read t=67812712541 offset=247808000 len=94208
read t=67989427541 offset=248020992 len=16384
read t=67989993541 offset=248037376 len=32768
read t=68135483541 offset=241676288 len=4096
read t=68140345541 offset=241680384 len=16384
read t=68141601541 offset=241696768 len=32768
read t=68148330541 offset=241729536 len=53248
read t=68306667541 offset=248127488 len=4096
read t=68308875541 offset=248131584 len=16384
read t=68312912541 offset=248147968 len=32768
read t=68344701541 offset=248180736 len=65536
read t=68431588541 offset=248246272 len=131072
read t=68547425541 offset=248377344 len=131072
read t=69355016541 offset=248508416 len=16384
read t=69368786541 offset=248524800 len=32768
read t=69369818541 offset=248696832 len=4096
read t=69370172541 offset=248700928 len=16384
read t=69406665541 offset=248717312 len=32768
read t=69456571541 offset=248750080 len=65536
read t=69506293541 offset=248557568 len=73728
read t=69556503541 offset=248631296 len=65536
read t=69616139541 offset=248815616 len=77824
read t=69714334541 offset=241639424 len=4096
read t=69714885541 offset=241643520 len=16384
read t=69761037541 offset=241659904 len=16384
read t=69864856541 offset=248893440 len=118784
read t=71065534541 offset=249012224 len=131072
read t=71070683541 offset=249143296 len=131072
read t=71350497541 offset=259960832 len=4096
read t=71353256541 offset=259964928 len=16384
read t=71357012541 offset=259981312 len=32768
read t=71357694541 offset=260014080 len=65536
read t=71402540541 offset=260079616 len=131072
read t=71452711541 offset=260210688 len=131072
read t=71656567541 offset=215543808 len=4096
read t=71657403541 offset=215547904 len=16384
read t=71658148541 offset=215564288 len=32768
read t=71658492541 offset=215597056 len=36864
read t=72401843541 offset=243204096 len=28672
read t=72416922541 offset=260345856 len=4096
read t=72417389541 offset=260349952 len=16384
read t=72417854541 offset=260366336 len=32768
read t=72453195541 offset=260399104 len=65536
read t=72503299541 offset=260820992 len=4096
read t=72553541541 offset=260825088 len=16384
read t=72604070541 offset=260841472 len=32768
read t=72653387541 offset=260874240 len=65536
read t=72703382541 offset=260939776 len=131072
read t=76561198541 offset=215519232 len=4096
read t=76561772541 offset=215523328 len=16384
read t=76562101541 offset=215539712 len=4096
read t=76581210541 offset=261160960 len=4096
read t=76612761541 offset=261165056 len=16384
read t=76662645541 offset=261181440 len=32768
read t=76712538541 offset=261214208 len=65536
read t=77103616541 offset=261423104 len=4096
read t=77109050541 offset=261427200 len=16384
read t=77109612541 offset=261443584 len=32768
read t=77116798541 offset=261476352 len=65536
read t=81598753541 offset=261541888 len=131072
read t=81779286541 offset=261758976 len=4096
read t=81783896541 offset=261763072 len=16384
read t=81785048541 offset=261779456 len=32768
read t=81785405541 offset=261812224 len=65536
read t=81830322541 offset=261877760 len=131072
read t=81893975541 offset=262029312 len=4096
read t=81930018541 offset=262033408 len=16384
read t=81980711541 offset=262049792 len=32768
read t=82033296541 offset=262082560 len=65536
read t=82085272541 offset=262713344 len=4096
read t=82141873541 offset=262717440 len=16384
read t=82181424541 offset=262733824 len=32768
read t=82236895541 offset=262766592 len=65536
read t=82280896541 offset=262316032 len=4096
read t=82330299541 offset=262320128 len=16384
read t=82380820541 offset=262336512 len=32768
read t=82430071541 offset=262369280 len=65536
read t=82480554541 offset=262987776 len=4096
read t=82530343541 offset=262991872 len=16384
read t=82580629541 offset=263008256 len=32768
read t=82630069541 offset=263041024 len=65536
read t=82680080541 offset=263684096 len=4096
read t=82730245541 offset=263688192 len=16384
read t=82785256541 offset=263704576 len=32768
read t=82832836541 offset=263737344 len=65536
read t=82884920541 offset=263823360 len=4096
read t=82930288541 offset=263827456 len=16384
read t=82980626541 offset=263843840 len=32768
read t=83030126541 offset=263876608 len=65536
read t=83084918541 offset=262434816 len=16384
read t=83133322541 offset=262451200 len=32768
read t=83185014541 offset=263106560 len=16384
read t=83233542541 offset=263122944 len=32768
read t=83281822541 offset=263155712 len=65536
read t=83333117541 offset=262483968 len=73728
read t=83380910541 offset=263221248 len=102400
read t=83430566541 offset=263327744 len=24576
read t=83480642541 offset=262148096 len=131072
read t=83530582541 offset=262832128 len=131072
read t=83604725541 offset=262279168 len=36864
read t=83637023541 offset=262963200 len=24576
read t=83695061541 offset=262008832 len=20480
read t=83777696541 offset=263352320 len=16384
read t=83785122541 offset=263368704 len=32768
read t=83901595541 offset=263606272 len=4096
read t=83902149541 offset=263610368 len=16384
read t=83931999541 offset=263626752 len=32768
read t=83993217541 offset=263659520 len=24576
read t=85351668541 offset=263462912 len=4096
read t=85357036541 offset=263467008 len=16384
read t=85357621541 offset=263483392 len=32768
read t=85364668541 offset=263516160 len=65536
read t=85402934541 offset=263581696 len=24576
read t=85452800541 offset=263942144 len=131072
read t=85503127541 offset=264073216 len=131072
read t=85553015541 offset=264204288 len=36864
end files=2782 reads=630
