liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=264879381 mkfs_time=1796448449 inode_count=15274 block_size=131072 compressor=zstd sha256=f8e79cc3afe2dea575f0887f6e29bc84a5267f83d8c8898e8f4a91fd00310471
events 813
dropped 0
boots 1
duration_ns 87430310450
file /boot/config-6.1.0-50-amd64 inode=4 t=26946170624 kinds=block pages=0-63 count=2
file /boot/initrd.img-6.1.0-50-amd64 inode=5 t=28027048624 kinds=block pages=0-159 count=6
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=15003 t=28378875624 kinds=block pages=96-99 count=1
file /var/lib/dpkg/info/libtirpc-common.md5sums inode=14962 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.list inode=14963 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.md5sums inode=14964 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.shlibs inode=14965 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.symbols inode=14966 t=28426877624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=14968 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=14969 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=14970 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=14971 t=28426877624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=14973 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=14974 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=14975 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=14976 t=28426877624 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=14978 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=14979 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=14980 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=14981 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.list inode=14983 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.md5sums inode=14984 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.shlibs inode=14985 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.symbols inode=14986 t=28426877624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=14988 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=14989 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=14990 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=14991 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=14993 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=14994 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=14995 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.list inode=14997 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=14998 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=14999 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.templates inode=15001 t=28426877624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=15004 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=15005 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=15006 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=15007 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=15008 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=15009 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=15010 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=15011 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=15012 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=15013 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.list inode=15014 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.md5sums inode=15015 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.postinst inode=15016 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.postrm inode=15017 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot.list inode=15019 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot.md5sums inode=15020 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot.postinst inode=15021 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-boot.postrm inode=15022 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config-systemd.list inode=15023 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config-systemd.md5sums inode=15024 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config-systemd.postinst inode=15025 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config-systemd.postrm inode=15026 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config-systemd.prerm inode=15027 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config.list inode=15028 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config.md5sums inode=15029 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config.postinst inode=15030 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/live-config.postrm inode=15031 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.conffiles inode=15032 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.list inode=15033 t=28426877624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.md5sums inode=15034 t=28426877624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/login.postinst inode=15035 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.postrm inode=15036 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.preinst inode=15037 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/login.prerm inode=15038 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.conffiles inode=15039 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.list inode=15040 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.md5sums inode=15041 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.postinst inode=15042 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.postrm inode=15043 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logrotate.prerm inode=15044 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.list inode=15045 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=15046 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.list inode=15047 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=15048 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.postinst inode=15049 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mawk.prerm inode=15050 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.list inode=15051 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/mount.md5sums inode=15052 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nano.conffiles inode=15053 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nano.list inode=15054 t=28426877624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/nano.md5sums inode=15055 t=28426877624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/nano.postinst inode=15056 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nano.prerm inode=15057 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=15058 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=15059 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=15060 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=15061 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=15062 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/netbase.conffiles inode=15063 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/netbase.list inode=15064 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/netbase.md5sums inode=15065 t=28426877624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/netbase.postinst inode=15066 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/netbase.postrm inode=15067 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nftables.conffiles inode=15068 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nftables.list inode=15069 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nftables.md5sums inode=15070 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nftables.postinst inode=15071 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/nftables.postrm inode=15072 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=15073 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.list inode=15074 t=28474665624 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=15075 t=28474665624 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/passwd.postinst inode=15076 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.postrm inode=15077 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.preinst inode=15078 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/passwd.prerm inode=15079 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.list inode=15080 t=28474665624 kinds=fragment-inferred,block pages=0-10 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=15081 t=28474665624 kinds=fragment-inferred,block pages=0-13 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=15082 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=15083 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=15084 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=15085 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/procps.conffiles inode=15086 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/procps.list inode=15087 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/procps.md5sums inode=15088 t=28474665624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/procps.postinst inode=15089 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/procps.postrm inode=15090 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/procps.preinst inode=15091 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/procps.prerm inode=15092 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/readline-common.list inode=15093 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/readline-common.md5sums inode=15094 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/readline-common.postinst inode=15095 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/readline-common.postrm inode=15096 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.conffiles inode=15097 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.list inode=15098 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.md5sums inode=15099 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.postinst inode=15100 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.postrm inode=15101 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.preinst inode=15102 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.prerm inode=15103 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/rsyslog.triggers inode=15104 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sed.list inode=15105 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/sed.md5sums inode=15106 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sensible-utils.list inode=15107 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sensible-utils.md5sums inode=15108 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=15109 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=15110 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=15111 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=15112 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.list inode=15113 t=28474665624 kinds=fragment-inferred,block pages=0-9 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=15114 t=28474665624 kinds=fragment-inferred,block pages=0-11 count=1
file /var/lib/dpkg/info/systemd.postinst inode=15115 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/systemd.postrm inode=15116 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.preinst inode=15117 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.prerm inode=15118 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/systemd.triggers inode=15119 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=15120 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=15121 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.list inode=15122 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tar.md5sums inode=15123 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.postinst inode=15124 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tar.prerm inode=15125 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tasksel-data.list inode=15126 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tasksel-data.md5sums inode=15127 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tasksel-data.postinst inode=15128 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tasksel.list inode=15129 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tasksel.md5sums inode=15130 t=28474665624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tasksel.postinst inode=15131 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tasksel.postrm inode=15132 t=28474665624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tasksel.templates inode=15133 t=28574567624 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.config inode=15134 t=28574567624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/tzdata.list inode=15135 t=28574567624 kinds=fragment-inferred,block pages=0-12 count=1
file /var/lib/dpkg/info/tzdata.templates inode=15141 t=28672618624 kinds=block pages=0-69 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=15136 t=28723065624 kinds=fragment-inferred,block pages=0-15 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=15137 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=15138 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=15139 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=15140 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.conffiles inode=15142 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.list inode=15143 t=28723065624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.md5sums inode=15144 t=28723065624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/udev.postinst inode=15145 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.postrm inode=15146 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.preinst inode=15147 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.prerm inode=15148 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/udev.triggers inode=15149 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=15150 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=15151 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=15152 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=15153 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=15154 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=15155 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=15156 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=15157 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=15158 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=15159 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=15160 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.list inode=15161 t=28723065624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=15162 t=28723065624 kinds=fragment-inferred,block pages=0-4 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=15163 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=15164 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=15165 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.conffiles inode=15166 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.list inode=15167 t=28723065624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/status inode=15188 t=28723065624 kinds=block pages=0-38 count=2
file /var/lib/systemd/catalog/database inode=15211 t=28822990624 kinds=block pages=0-52 count=1
file /var/lib/dpkg/info/vim-common.md5sums inode=15168 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.postinst inode=15169 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-common.postrm inode=15170 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.conffiles inode=15171 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.list inode=15172 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.md5sums inode=15173 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/vim-tiny.postinst inode=15174 t=28822990624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/vim-tiny.prerm inode=15175 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.list inode=15176 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.md5sums inode=15177 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/whiptail.preinst inode=15178 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=15179 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=15180 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=15181 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=15182 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/statoverride inode=15187 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/File inode=15190 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/ldconfig inode=15193 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=15194 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/account inode=15201 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/auth inode=15202 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/password inode=15203 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/seen inode=15204 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session inode=15205 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/pam/session-noninteractive inode=15206 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/shells.state inode=15208 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=15214 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=15215 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/cron.service.dsh-also inode=15218 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=15219 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=15220 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=15221 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=15222 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/ifupdown-wait-online.service.dsh-also inode=15223 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/live-config.service.dsh-also inode=15224 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/logrotate.timer.dsh-also inode=15225 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/networking.service.dsh-also inode=15233 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/nftables.service.dsh-also inode=15234 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/rsyslog.service.dsh-also inode=15235 t=28822990624 kinds=fragment-inferred,block pages=0 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/adduser.conf inode=24 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/adjtime inode=25 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/alternatives/README inode=27 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apparmor.d/sbin.dhclient inode=86 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/00recommends inode=89 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/01autoremove inode=90 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/apt.conf.d/70debconf inode=91 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/sources.list inode=95 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=98 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=99 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=100 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=101 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=102 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=103 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=104 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=105 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=106 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/bash.bashrc inode=107 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/bindresvport.blacklist inode=108 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/.placeholder inode=111 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.d/e2scrub_all inode=112 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/.placeholder inode=114 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/apt-compat inode=115 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/dpkg inode=116 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.daily/logrotate inode=117 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.hourly/.placeholder inode=119 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.monthly/.placeholder inode=121 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.weekly/.placeholder inode=123 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/cron.yearly/.placeholder inode=125 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/crontab inode=126 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/debconf.conf inode=130 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/debian_version inode=131 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/cron inode=133 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/dbus inode=134 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/hwclock inode=135 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/locale inode=136 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/networking inode=137 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/nss inode=138 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/default/useradd inode=139 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/deluser.conf inode=140 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/debug inode=142 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/dhclient-exit-hooks.d/rfc3442-classless-routes inode=147 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/dhcp/dhclient.conf inode=148 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/dpkg.cfg inode=150 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/dpkg/origins/debian inode=153 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/e2scrub.conf inode=155 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/ethertypes inode=157 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/fstab inode=158 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/gai.conf inode=159 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/group inode=160 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/gshadow inode=161 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/host.conf inode=164 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/hostname inode=165 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/cron inode=168 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/dbus inode=169 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/hwclock.sh inode=170 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/kmod inode=171 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/networking inode=172 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/init.d/procps inode=173 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8272 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8284 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/init.d/udev inode=174 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/initramfs-tools/initramfs.conf inode=178 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/initramfs-tools/modules inode=179 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/initramfs-tools/update-initramfs.conf inode=191 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/inputrc inode=192 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/bpf_pinning inode=194 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/ematch_map inode=195 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/group inode=196 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/nl_protos inode=197 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_dsfield inode=198 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_protos inode=199 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_protos.d/README inode=201 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_realms inode=202 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_scopes inode=203 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_tables inode=204 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/iproute2/rt_tables.d/README inode=206 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue inode=207 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/issue.net inode=208 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postinst.d/initramfs-tools inode=212 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/kernel/postrm.d/initramfs-tools inode=214 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=215 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/ld.so.conf inode=216 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/libc.conf inode=218 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=219 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/libaudit.conf inode=220 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logcheck/ignore.d.server/rsyslog inode=227 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/login.defs inode=228 t=29671975624 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/logrotate.conf inode=229 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/alternatives inode=231 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/apt inode=232 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/btmp inode=233 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/dpkg inode=234 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/rsyslog inode=235 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/logrotate.d/wtmp inode=236 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/mke2fs.conf inode=238 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/modules inode=240 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/motd inode=243 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/nanorc inode=245 t=29671975624 kinds=fragment-inferred,block pages=0-2 count=1
file /etc/netconfig inode=246 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/network/if-down.d/resolved inode=249 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/network/if-up.d/resolved inode=253 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/network/interfaces inode=254 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/networks inode=256 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/nftables.conf inode=257 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=258 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.conf inode=261 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chfn inode=263 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chpasswd inode=264 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/chsh inode=265 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-account inode=266 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-auth inode=267 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-password inode=268 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session inode=269 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/common-session-noninteractive inode=270 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/cron inode=271 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/login inode=272 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/pam.d/newusers inode=273 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/other inode=274 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/passwd inode=275 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser inode=276 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/runuser-l inode=277 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su inode=278 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/pam.d/su-l inode=279 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=280 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/profile inode=281 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/protocols inode=283 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/rpc inode=313 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/rsyslog.conf inode=314 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/access.conf inode=317 t=29671975624 kinds=fragment-inferred,block pages=0-1 count=1
file /etc/security/faillock.conf inode=318 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/group.conf inode=319 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/limits.conf inode=320 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.conf inode=322 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/namespace.init inode=324 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/pam_env.conf inode=326 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/sepermit.conf inode=327 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/security/time.conf inode=328 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/selinux/semanage.conf inode=330 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/services inode=331 t=29671975624 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/shadow inode=332 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/shells inode=333 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bash_logout inode=335 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.bashrc inode=336 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/skel/.profile inode=337 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/sysctl.conf inode=340 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/sysctl.d/README.sysctl inode=343 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=345 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/logind.conf inode=346 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/networkd.conf inode=348 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/pstore.conf inode=349 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/sleep.conf inode=350 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=356 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/motd inode=8037 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/profile inode=8038 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/procps/examples/sysctl.conf inode=9139 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=9410 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/readline/inputrc inode=12938 t=29671975624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=376 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/user.conf inode=378 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/terminfo/README inode=380 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/timezone inode=381 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=387 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/update-motd.d/10-uname inode=389 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/vim/vimrc inode=391 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/vim/vimrc.tiny inode=392 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /etc/xattr.conf inode=393 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /root/.bashrc inode=406 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /root/.profile inode=407 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/[ inode=437 t=29728153624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/addpart inode=438 t=29728153624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/apt inode=439 t=29728153624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/base-files/dot.bashrc inode=8033 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/base-files/dot.profile inode=8034 t=29728153624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/apt-cache inode=440 t=29728153624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/apt-cdrom inode=441 t=29728153624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-ftparchive inode=444 t=29728153624 kinds=block pages=0-67 count=2
file /usr/lib/systemd/systemd inode=6285 t=33003716624 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/systemd/systemd-ac-power inode=6286 t=33003716624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-backlight inode=6287 t=33003716624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-binfmt inode=6288 t=33003716624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6289 t=33003716624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6290 t=33003716624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6291 t=33008965624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/systemd/systemd-fsck inode=6292 t=33008965624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-fsckd inode=6293 t=33008965624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6816 t=33203073624 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/krb5/plugins/preauth/spake.so inode=6815 t=33253055624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6817 t=33253055624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6819 t=33253055624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6820 t=33253055624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6824 t=33253055624 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7834 t=33406877624 kinds=block pages=0-505 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7835 t=33656856624 kinds=block pages=0-817 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7832 t=33857039624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/experimental.dist inode=7837 t=33857039624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/m_xt.so inode=7839 t=33857039624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/tc/normal.dist inode=7840 t=33857039624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/pareto.dist inode=7841 t=33857039624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/tc/paretonormal.dist inode=7842 t=33857039624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6841 t=34053378624 kinds=block pages=0-470 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6840 t=34303114624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6842 t=34303114624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=34454534624 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6985 t=34503057624 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6953 t=34654438624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6955 t=34654438624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6957 t=34654438624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libpanelw.so.6.4 inode=6959 t=34654438624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6962 t=34703088624 kinds=block pages=0-153 count=3
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6831 t=34864406624 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libbsd.so.0.11.7 inode=6837 t=34903116624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6913 t=35053360624 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/liblognorm.so.5.1.0 inode=6919 t=35103196624 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6822 t=35253314624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6827 t=35253314624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6829 t=35303106624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6833 t=35303106624 kinds=block pages=0-86 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=35508623624 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=35553017624 kinds=block pages=0-66 count=1
file /usr/lib/x86_64-linux-gnu/libsepol.so.2 inode=6978 t=35553017624 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6933 t=35715890624 kinds=block pages=0-98 count=3
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6934 t=35815114624 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6844 t=36014916624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6846 t=36014916624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6848 t=36014916624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6858 t=36014916624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6860 t=36014916624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libedit.so.2.0.70 inode=6866 t=36053335624 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6850 t=36118459624 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6851 t=36210512624 kinds=block pages=0-351,544-735,800-1155 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6887 t=36353590624 kinds=block pages=0-325 count=7
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6889 t=36603369624 kinds=block pages=0-95 count=2
file /usr/lib/x86_64-linux-gnu/libhistory.so.8.2 inode=6897 t=36806820624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6903 t=36806820624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libjansson.so.4.14.0 inode=6905 t=36852998624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/libk5crypto.so.3.1 inode=6909 t=36852998624 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6921 t=36954184624 kinds=block pages=0-36 count=2
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6923 t=37003680624 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6924 t=37053195624 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7013 t=37502998624 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7011 t=37752878624 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/lib/x86_64-linux-gnu/libkrb5support.so.0.1 inode=6917 t=38003048624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/libmd.so.0.0.5 inode=6926 t=38003048624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libmemusage.so inode=6927 t=38003048624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1 inode=6966 t=38103095624 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libreadline.so.8.2 inode=6971 t=38103095624 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6893 t=38306573624 kinds=block pages=0-38 count=1
file /usr/lib/x86_64-linux-gnu/libgssapi_krb5.so.2.2 inode=6895 t=38306573624 kinds=block pages=0-82 count=2
file /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 inode=6885 t=38353974624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6853 t=39403146624 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libbpf.so.1.1.2 inode=6835 t=39603064624 kinds=block pages=0-87 count=1
file /usr/lib/x86_64-linux-gnu/tc/q_atm.so inode=7843 t=39852908624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7848 t=39852908624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7850 t=39852908624 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/add-shell inode=7863 t=39852908624 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/adduser inode=7865 t=39852908624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/agetty inode=7866 t=41053316624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/live/setup-network.sh inode=983 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=986 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=987 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=989 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=990 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=992 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=993 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=994 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=995 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=996 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=997 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=998 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions inode=1000 t=42303333624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1002 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1003 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/less inode=1006 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/sensible-utils inode=1007 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/tar inode=1008 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/util-linux inode=1009 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/mime/packages/vim-common inode=1010 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1012 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1013 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1014 t=42303333624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1021 t=42303333624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1023 t=42303333624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1024 t=42303333624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1025 t=42303333624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1026 t=42303333624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1028 t=42352972624 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1027 t=42352972624 kinds=fragment-inferred,block pages=0-24 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1029 t=42352972624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1030 t=42352972624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1031 t=42352972624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1032 t=42352972624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1033 t=42352972624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=1034 t=42352972624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=1035 t=42352972624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=1036 t=42352972624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=1037 t=42352972624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=5925 t=42503495624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=5928 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=5930 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/os-release inode=5934 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/pam.d/systemd-user inode=5936 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/rsyslog/rsyslog-rotate inode=5938 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5940 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysctl.d/99-protect-links.conf inode=5941 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5944 t=42503495624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5945 t=42503495624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5946 t=42503495624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5947 t=42503495624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5948 t=42503495624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5949 t=42503495624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5950 t=42553001624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5951 t=42553001624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5952 t=42553001624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5953 t=42553001624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5954 t=42553001624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5955 t=42553001624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5956 t=42553001624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5957 t=42553001624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5958 t=42553001624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5959 t=42553001624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5960 t=42553001624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5962 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5963 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5964 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5965 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5966 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5967 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5968 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5969 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5970 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5971 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5972 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5973 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5974 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5976 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5977 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5978 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5979 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5981 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5982 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5983 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5984 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5985 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5986 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cron.service inode=5987 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5990 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5991 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dbus.service inode=5997 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dbus.socket inode=5998 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5999 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6001 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6002 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6003 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6004 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6005 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6006 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6007 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6008 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6009 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=6010 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=6011 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=6012 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6013 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=6014 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6015 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=6016 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6017 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6018 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=6019 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=6020 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=6023 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=6024 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=6027 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=6028 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6030 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifup@.service inode=6031 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifupdown-pre.service inode=6032 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/ifupdown-wait-online.service inode=6033 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6034 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6035 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6036 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6037 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6041 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6044 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6045 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6046 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6047 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=6048 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6051 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6052 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=6053 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6054 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/live-config.service inode=6056 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6057 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=6058 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/logrotate.service inode=6060 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/logrotate.timer inode=6061 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=6062 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6063 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=6064 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=6072 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=6073 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=6074 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/networking.service inode=6075 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nftables.service inode=6076 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6077 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6078 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6079 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=6080 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=6081 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=6082 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6083 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6084 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=6086 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service inode=6087 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6089 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=6092 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6093 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6094 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6095 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6096 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=6097 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=6098 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6101 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rsyslog.service inode=6102 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6115 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=6116 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6117 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=6118 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=6119 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=6120 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=6121 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=6130 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6131 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=6132 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=6133 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6134 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6135 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6136 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6137 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=6138 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=6169 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6170 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6171 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6172 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=6173 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6174 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6175 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6176 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6177 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6178 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6179 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6180 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6181 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6182 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6183 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6184 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6185 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6186 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6187 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6188 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6189 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6190 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6191 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6192 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6193 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6194 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6195 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6196 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6197 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6198 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6199 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6200 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6201 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6202 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6203 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6205 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6206 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6207 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6208 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6209 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6210 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6211 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6212 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6213 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6214 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6215 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6216 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6217 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6218 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6219 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6220 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6221 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6222 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6223 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6224 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6225 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6226 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6227 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6228 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6229 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/smartcard.target inode=6344 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=6346 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6230 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6231 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6232 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6233 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6234 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6235 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6236 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6237 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6238 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6239 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6240 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6241 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6242 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6243 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6244 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6245 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=6246 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=6247 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=6248 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=6252 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6253 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6255 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6256 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=6257 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=6258 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6260 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6262 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6263 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6264 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/live-config-getty-generator inode=6268 t=42553001624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6269 t=42553001624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6270 t=42553001624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6271 t=42553001624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=5926 t=42603503624 kinds=block pages=0-128 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=5927 t=42703475624 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=5929 t=42753023624 kinds=block pages=0-39 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias inode=5920 t=42803033624 kinds=block pages=320 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5921 t=42903392624 kinds=block pages=0-307 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5916 t=43003005624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5919 t=43003005624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5922 t=43003005624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5923 t=43003005624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5924 t=43003005624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=5932 t=43159623624 kinds=block pages=0-186 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4760 t=43403337624 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4762 t=43403337624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4764 t=43403337624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4767 t=43458536624 kinds=block pages=0-31 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=5931 t=43503309624 kinds=block pages=0-127 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5335 t=43654857624 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5336 t=43654857624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5337 t=43654857624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5338 t=43654857624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5339 t=43654857624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5340 t=43654857624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5341 t=43654857624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5342 t=43654857624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5343 t=43654857624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5344 t=43702984624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5345 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5346 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5347 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5348 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5349 t=43702984624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5350 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5351 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5352 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5353 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5354 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5355 t=43702984624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5356 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5357 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5358 t=43702984624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5359 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5360 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5361 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5362 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5363 t=43702984624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5364 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5365 t=43702984624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5366 t=43702984624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5367 t=43702984624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5124 t=43853790624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5125 t=43853790624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5126 t=43853790624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5127 t=43853790624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5128 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5129 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5130 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5131 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5132 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5133 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5134 t=43853790624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5135 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5136 t=43853790624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5137 t=43853790624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5138 t=43903099624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5139 t=43903099624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5140 t=43903099624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5141 t=43903099624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5142 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5143 t=43903099624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5144 t=43903099624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5145 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5146 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5147 t=43903099624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5148 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5149 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5150 t=43903099624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5151 t=43903099624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5152 t=43903099624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1543 t=44053411624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1544 t=44053411624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1545 t=44053411624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1547 t=44053411624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1548 t=44053411624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1549 t=44053411624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1550 t=44053411624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1552 t=44053411624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1553 t=44053411624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1554 t=44053411624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1555 t=44103098624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1556 t=44103098624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1557 t=44103098624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/amd/amdgpu/amdgpu.ko inode=1566 t=44103098624 kinds=block pages=0-31 count=1
file /usr/bin/kmod inode=574 t=44306583624 kinds=block pages=0-43 count=1
file /usr/bin/journalctl inode=571 t=44306583624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/kernel-install inode=572 t=44306583624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/kill inode=573 t=44306583624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/less inode=580 t=44353974624 kinds=block pages=0-48 count=1
file /usr/bin/last inode=575 t=44353974624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/lastlog inode=577 t=44353974624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/ldd inode=579 t=44353974624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/lessecho inode=581 t=44353974624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/lesskey inode=583 t=44353974624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-config inode=442 t=44681551624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-extracttemplates inode=443 t=44681551624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/apt-get inode=445 t=44681551624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/apt-key inode=446 t=44681551624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/apt-mark inode=447 t=44681551624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/apt-sortpkgs inode=448 t=44681551624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dash inode=483 t=45136380624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/date inode=484 t=45136380624 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dbus-daemon inode=486 t=45189520624 kinds=block pages=0-59 count=1
file /usr/bin/dbus-cleanup-sockets inode=485 t=45189520624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-monitor inode=487 t=45189520624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/dbus-run-session inode=488 t=45189520624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-send inode=489 t=45189520624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/dbus-update-activation-environment inode=490 t=45189520624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/dbus-uuidgen inode=491 t=45189520624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6272 t=45284210624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6273 t=45284210624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6274 t=45284210624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6275 t=45284210624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6276 t=45284210624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6277 t=45284210624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6278 t=45284210624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6279 t=45284210624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6280 t=45284210624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6282 t=45284210624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-misc-helpers.sh inode=935 t=45434244624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/live/boot/9990-mount-cifs.sh inode=936 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-http.sh inode=937 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-iscsi.sh inode=938 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-mount-nfs.sh inode=939 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-netbase.sh inode=940 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-netboot.sh inode=941 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-networking.sh inode=942 t=45434244624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/live/boot/9990-overlay.sh inode=943 t=45434244624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/live/boot/9990-select-eth-device.sh inode=944 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/boot/9990-toram-todisk.sh inode=945 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0005-nss-systemd inode=947 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0010-debconf inode=948 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0020-hostname inode=949 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0030-live-debconfig_passwd inode=950 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0030-user-setup inode=951 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0040-sudo inode=952 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0050-locales inode=953 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0070-tzdata inode=954 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0080-gdm3 inode=955 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0085-sddm inode=956 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0090-kdm inode=957 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0100-lightdm inode=958 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0110-lxdm inode=959 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0120-nodm inode=960 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0130-slim inode=961 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0140-xinit inode=962 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/0150-keyboard-configuration inode=963 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1020-gnome-panel-data inode=964 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1030-gnome-power-manager inode=965 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1040-gnome-screensaver inode=966 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1050-kaboom inode=967 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1060-kde-services inode=968 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1080-policykit inode=969 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1090-ssl-cert inode=970 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1110-anacron inode=971 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1120-util-linux inode=972 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1130-login inode=973 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1140-xserver-xorg inode=974 t=45434244624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/live/config/1160-openssh-server inode=975 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1170-xfce4-panel inode=976 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1180-xscreensaver inode=977 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/1190-broadcom-sta inode=978 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/9990-hooks inode=979 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config/9995-nss-systemd inode=980 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/config.sh inode=981 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/live/init-config.sh inode=982 t=45434244624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=988 t=45487688624 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1022 t=45487688624 kinds=block pages=0-130 count=2
file /usr/bin/cat inode=461 t=45647915624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/chage inode=462 t=45647915624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/chattr inode=463 t=45684108624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/chcon inode=464 t=45684108624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/chfn inode=465 t=45684108624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6798 t=45988132624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6799 t=45988132624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6800 t=45988132624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6801 t=45988132624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6802 t=45988132624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6805 t=46034116624 kinds=block pages=0-31 count=1
file /usr/bin/grep inode=547 t=46284172624 kinds=block pages=0-49 count=1
file /usr/bin/gpasswd inode=545 t=46334088624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/groups inode=548 t=46334088624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/gunzip inode=549 t=46334088624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/gzexe inode=550 t=46334088624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/gzip inode=551 t=46334088624 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/hardlink inode=552 t=46334088624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/head inode=553 t=46334088624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/helpztags inode=554 t=46334088624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-editor inode=698 t=46583863624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-pager inode=699 t=46583863624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/seq inode=700 t=46583863624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/setarch inode=701 t=46583863624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/setpriv inode=702 t=46585560624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/setsid inode=703 t=46585560624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/setterm inode=704 t=46585560624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/sha1sum inode=707 t=46585560624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/mkdir inode=623 t=46732431624 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/mkfifo inode=624 t=46790007624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/bin/mknod inode=625 t=46790007624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/mktemp inode=626 t=46790007624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/share/zoneinfo/Antarctica/Macquarie inode=13200 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Mawson inode=13201 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/McMurdo inode=13202 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Palmer inode=13203 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Rothera inode=13204 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Syowa inode=13206 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Troll inode=13207 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Vostok inode=13208 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aden inode=13212 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Almaty inode=13213 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Amman inode=13214 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Anadyr inode=13215 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtau inode=13216 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Aqtobe inode=13217 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ashgabat inode=13218 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Atyrau inode=13220 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baghdad inode=13221 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bahrain inode=13222 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Baku inode=13223 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bangkok inode=13224 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Barnaul inode=13225 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Beirut inode=13226 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Bishkek inode=13227 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Brunei inode=13228 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Chita inode=13230 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Colombo inode=13234 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Damascus inode=13236 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dhaka inode=13237 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dili inode=13238 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dubai inode=13239 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=13240 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=13241 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=13242 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=13244 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=13245 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=13246 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=13247 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=13248 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=13250 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=13251 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=13252 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=13253 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=13254 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=13255 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=13257 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=13259 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=13260 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=13261 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=13262 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=13263 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=13264 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=13266 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=13267 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=13268 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=13269 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=13270 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=13271 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=13272 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=13273 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=13274 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=13275 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=13276 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=13277 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=13278 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=13279 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=13280 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=13281 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=13283 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=13285 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=13286 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=13287 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=13288 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=13289 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=13290 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=13291 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=13292 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=13293 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=13294 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=13297 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=13298 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=13299 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=13301 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=13303 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=13304 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=13305 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=13306 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=13307 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=13308 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=13309 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=13310 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=13312 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=13313 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=13314 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=13315 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=13317 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=13319 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=13320 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=13321 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=13322 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=13323 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=13326 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=13327 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=13328 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=13331 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=13332 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=13333 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=13335 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=13336 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=13337 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=13340 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=13343 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=13353 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=13354 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=13368 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=13369 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=13370 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=13374 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=13376 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=13377 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=13378 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=13379 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=13380 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=13381 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=13382 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=13383 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=13384 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=13385 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=13386 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=13387 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=13389 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=13390 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=13391 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=13392 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=13393 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=13394 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=13395 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=13396 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=13397 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=13398 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=13399 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=13400 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=13401 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=13402 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=13406 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=13410 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=13411 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=13412 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=13413 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=13415 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=13416 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=13418 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=13419 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=13420 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=13422 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=13423 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=13424 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=13425 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=13426 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=13427 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=13428 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=13429 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=13430 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=13431 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=13433 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=13434 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=13435 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=13436 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/London inode=13437 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=13438 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=13439 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Malta inode=13440 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=13442 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=13443 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=13444 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=13446 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Paris inode=13447 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Prague inode=13449 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Riga inode=13450 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Rome inode=13451 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Samara inode=13452 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=13454 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=13455 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=13456 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=13457 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=13458 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=13459 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=13460 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=13461 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=13463 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=13465 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=13467 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=13468 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=13469 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=13470 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=13471 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=13473 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Factory inode=13474 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/HST inode=13482 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=13486 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=13487 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=13488 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=13489 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=13490 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=13491 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=13492 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=13493 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=13494 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=13495 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=13496 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MET inode=13503 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST inode=13504 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/MST7MDT inode=13505 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/PST8PDT inode=13514 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=13516 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=13517 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=13518 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=13519 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=13520 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=13521 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=13522 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=13524 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=13525 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=13526 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=13527 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=13528 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=13529 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=13530 t=48493438624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=13531 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=13533 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=13534 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=13535 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=13536 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=13537 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=13538 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=13539 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=13540 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=13541 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=13542 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=13543 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=13544 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=13545 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=13546 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=13547 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=13549 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=13550 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=13551 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=13553 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=13554 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=13555 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=13557 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=13558 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/WET inode=13583 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/iso3166.tab inode=13585 t=48494056624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=13586 t=48494056624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zoneinfo/leapseconds inode=13587 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=13654 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=13655 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=13656 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=13657 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=13658 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=13660 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=13661 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=13662 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=13663 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=13664 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=13665 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=13666 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=13667 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=13668 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=13669 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=13670 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=13671 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=13672 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=13673 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=13674 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=13675 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=13676 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=13677 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=13678 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=13679 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=13680 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=13681 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=13682 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=13683 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=13684 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=13685 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=13686 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=13687 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=13688 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=13689 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=13690 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=13691 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=13692 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=13693 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=13694 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=13695 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=13696 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=13697 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=13698 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=13699 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=13700 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=13701 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=13702 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=13703 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=13705 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=13706 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=13707 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Adak inode=13709 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=13710 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=13711 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=13712 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=13713 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=13715 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=13716 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=13718 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=13719 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=13720 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=13721 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=13722 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=13723 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=13724 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=13725 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=13726 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=13727 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=13728 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=13729 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=13730 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=13732 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=13733 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=13734 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belem inode=13735 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Belize inode=13736 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=13737 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=13738 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=13739 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Boise inode=13740 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=13742 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=13743 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=13744 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=13745 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=13747 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=13748 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=13749 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=13750 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=13751 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=13754 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=13755 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Creston inode=13756 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=13757 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=13758 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=13759 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=13760 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=13761 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Denver inode=13762 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=13763 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=13764 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=13765 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=13766 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=13767 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=13769 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=13771 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=13772 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=13774 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=13775 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=13776 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=13777 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=13778 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=13779 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=13780 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=13781 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Havana inode=13782 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=13783 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=13785 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=13786 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=13787 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=13788 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=13789 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=13790 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=13791 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=13792 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=13794 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=13795 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=13796 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=13798 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=13800 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=13801 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=13804 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Lima inode=13805 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=13806 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=13809 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Managua inode=13810 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=13811 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=13813 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=13814 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=13815 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=13817 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Merida inode=13818 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=13819 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=13820 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=13821 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=13822 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=13823 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=13824 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=13826 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=13827 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/New_York inode=13828 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nome inode=13830 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=13831 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=13833 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=13834 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=13835 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=13836 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=13837 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Panama inode=13838 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=13840 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=13841 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=13842 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=13843 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=13845 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=13846 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=13847 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=13849 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Recife inode=13850 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Regina inode=13851 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=13852 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=13853 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=13856 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=13857 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=13858 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=13859 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=13860 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=13862 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=13864 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=13865 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=13866 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=13867 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=13868 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=13869 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=13870 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Thule inode=13871 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=13873 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=13874 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=13875 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=13876 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=13878 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=13879 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=13880 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=13883 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=13884 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=13885 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=13886 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=13887 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=13888 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=13889 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=13890 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=13892 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=13893 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=13894 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=13898 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=13899 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=13900 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=13901 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=13902 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=13903 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=13904 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=13906 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=13907 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=13908 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=13909 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=13910 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=13911 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=13912 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=13913 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=13914 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=13916 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=13920 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=13922 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=13923 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=13924 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=13925 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=13926 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=13927 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=13928 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=13930 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=13931 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=13932 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=13933 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=13934 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=13936 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=13937 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=13938 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=13939 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=13940 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=13941 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=13943 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=13945 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=13946 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=13947 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=13948 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=13949 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=13950 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=13952 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=13953 t=48494056624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/more inode=627 t=49304194624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mount inode=628 t=49304194624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/mv inode=632 t=49322172624 kinds=block pages=0-34 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/ecryptfs/ecryptfs.ko inode=4779 t=49791370624 kinds=block pages=64-67 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4775 t=49802808624 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4785 t=49814475624 kinds=block pages=0-58 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mod.ko inode=2465 t=50052172624 kinds=block pages=0-105 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-log.ko inode=2463 t=50101900624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mirror.ko inode=2464 t=50101900624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-multipath.ko inode=2466 t=50101900624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-queue-length.ko inode=2467 t=50101900624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-raid.ko inode=2468 t=50101900624 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-region-hash.ko inode=2469 t=50101900624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-round-robin.ko inode=2470 t=50101900624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-service-time.ko inode=2471 t=50101900624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-snapshot.ko inode=2472 t=50101900624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/display/drm_display_helper.ko inode=1570 t=50149201624 kinds=block pages=96 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm.ko inode=1571 t=50299989624 kinds=block pages=0-299 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_kms_helper.ko inode=1573 t=50460095624 kinds=block pages=0-112 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4802 t=50549379624 kinds=block pages=0-100 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4795 t=50653247624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4797 t=50653247624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4801 t=50653247624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4805 t=50653247624 kinds=block pages=0-63 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1534 t=50802272624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1536 t=50802272624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1537 t=50802272624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1538 t=50802272624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1540 t=50802272624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1541 t=50802272624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1542 t=50802272624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/systemd-journald inode=6299 t=50935626624 kinds=block pages=0-41 count=1
file /usr/lib/systemd/systemd-growfs inode=6294 t=50998533624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6295 t=50998533624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6296 t=50998533624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-initctl inode=6297 t=50998533624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6298 t=50998533624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-logind inode=6301 t=50998533624 kinds=block pages=0-68 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-ml-ioh.ko inode=1558 t=51006769624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pci-idio-16.ko inode=1559 t=51006769624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pcie-idio-24.ko inode=1560 t=51006769624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-viperboard.ko inode=1561 t=51006769624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_buddy.ko inode=1572 t=51006769624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_shmem_helper.ko inode=1574 t=51006769624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_ttm_helper.ko inode=1575 t=51006769624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/gma500/gma500_gfx.ko inode=1578 t=51006769624 kinds=block pages=0-95 count=1
file /usr/lib/systemd/systemd-localed inode=6300 t=51151432624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-makefs inode=6302 t=51151432624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-measure inode=6303 t=51151432624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-modules-load inode=6304 t=51151432624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-networkd inode=6306 t=51203921624 kinds=block pages=0-31 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6310 t=51354200624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-random-seed inode=6311 t=51354200624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6312 t=51354200624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-reply-password inode=6313 t=51354200624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-rfkill inode=6314 t=51354200624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-shutdown inode=6315 t=51426148624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=6316 t=51426148624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6317 t=51426148624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6318 t=51426148624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-sysctl inode=6319 t=51426148624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6321 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6322 t=51426148624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-timedated inode=6323 t=51426148624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6325 t=51426148624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6326 t=51426148624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6327 t=51426148624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6328 t=51426148624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6329 t=51426148624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6330 t=51426148624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user/app.slice inode=6332 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/background.slice inode=6333 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/basic.target inode=6334 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6335 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/default.target inode=6336 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/exit.target inode=6337 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6338 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6339 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/paths.target inode=6340 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/printer.target inode=6341 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/session.slice inode=6342 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/shutdown.target inode=6343 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sockets.target inode=6345 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6347 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6348 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6349 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6350 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/timers.target inode=6351 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6352 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6354 t=51426148624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6356 t=51426148624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6358 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=6360 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/dbus.conf inode=6361 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6362 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6363 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/default_desktop inode=6365 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/packages/list inode=6367 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tasksel-debconf inode=6368 t=51426148624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/udevadm inode=781 t=51554070624 kinds=block pages=0-330 count=7
file /usr/bin/uclampset inode=780 t=51749322624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=782 t=51749322624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=783 t=51951789624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=784 t=51951789624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=785 t=52150824624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=786 t=52150824624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unmkinitramfs inode=787 t=52150824624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/unshare inode=788 t=52150824624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/bin/systemd-stdio-bridge inode=750 t=52673279624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/systemd-sysext inode=751 t=52673279624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/systemd-sysusers inode=752 t=52673279624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/systemd-tmpfiles inode=753 t=52673594624 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=754 t=52673594624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/tabs inode=756 t=52673594624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/tasksel/tests/debconf inode=6370 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/default-desktop inode=6371 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/desktop inode=6372 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/lang inode=6373 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/laptop inode=6374 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/new-install inode=6375 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tasksel/tests/server inode=6376 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/E/Eterm inode=6379 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/a/ansi inode=6382 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25 inode=6384 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6385 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/c/cygwin inode=6386 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/d/dumb inode=6388 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/h/hurd inode=6390 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/l/linux inode=6392 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach inode=6394 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-bold inode=6395 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-color inode=6396 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6397 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6398 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/p/pcansi inode=6400 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt inode=6402 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6403 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6405 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6406 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen inode=6408 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color inode=6409 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6410 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-bce inode=6411 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-s inode=6412 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen-w inode=6413 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6414 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/s/sun inode=6415 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux inode=6417 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6418 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt100 inode=6420 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt102 inode=6421 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt220 inode=6422 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/v/vt52 inode=6423 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6425 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6426 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm inode=6428 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6429 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-color inode=6430 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6432 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6433 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6434 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6435 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6436 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/dbus.conf inode=6438 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6439 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6440 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6441 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6442 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6443 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6444 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6445 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6446 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6447 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6448 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6449 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6450 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6451 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6452 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6453 t=53379868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6455 t=53379868624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/udev/cdrom_id inode=6456 t=53379868624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/udev/dmi_memory_id inode=6457 t=53379868624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/udev/hwdb.bin inode=6460 t=53379868624 kinds=block pages=0-543,960-1471,1728-2303,2464-3178 count=29
file /usr/bin/tac inode=757 t=53717226624 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/bin/tar inode=759 t=53717226624 kinds=block pages=0-31 count=1
file /usr/bin/lesspipe inode=584 t=56283789624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/link inode=585 t=56283789624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/linux-check-removal inode=586 t=56283789624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-run-hooks inode=587 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/linux-update-symlinks inode=588 t=56283789624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/linux-version inode=589 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-boot inode=592 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-config inode=593 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-config-update inode=594 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/live-swapfile inode=595 t=56283789624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/ln inode=596 t=56299063624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/lnstat inode=597 t=56299063624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/ls inode=605 t=56535483624 kinds=block pages=0-36 count=1
file /usr/bin/lsblk inode=607 t=56535483624 kinds=block pages=0-50 count=2
file /usr/bin/logname inode=604 t=56583525624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/lsattr inode=606 t=56583525624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/lscpu inode=608 t=56583525624 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6493 t=56725265624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/udev/ifupdown-hotplug inode=6494 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/mtd_probe inode=6495 t=56725265624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6497 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6498 t=56725265624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6499 t=56725265624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6500 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6501 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6502 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6503 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6504 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6505 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6506 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6507 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6508 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6509 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6510 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6511 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6512 t=56725265624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6513 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6514 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6515 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6516 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6517 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6518 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6519 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6520 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6521 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6522 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6523 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6524 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6525 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6526 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6527 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6528 t=56725265624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6529 t=56778514624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6530 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6531 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-ifupdown.rules inode=6532 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6533 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6534 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6535 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6536 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6537 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6538 t=56778514624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/scsi_id inode=6539 t=56778514624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/udev/v4l_id inode=6540 t=56778514624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6543 t=56778514624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6544 t=56778514624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6545 t=56778514624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6547 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6548 t=56778514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6550 t=56778514624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/ifup inode=7941 t=56976467624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/sbin/installkernel inode=7944 t=56976467624 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/invoke-rc.d inode=7945 t=56976467624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/ldconfig inode=7950 t=56976793624 kinds=block pages=0-31 count=1
file /usr/bin/rm inode=682 t=57127327624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rmdir inode=683 t=57127327624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/routel inode=685 t=57127327624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/run-parts inode=687 t=57183731624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/runcon inode=688 t=57183731624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/savelog inode=690 t=57183731624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/script inode=691 t=57183731624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/scriptlive inode=692 t=57183731624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/scriptreplay inode=693 t=57230006624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/sdiff inode=694 t=57230006624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/sed inode=695 t=57230006624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/bin/select-editor inode=696 t=57230006624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/sensible-browser inode=697 t=57230006624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/mountpoint inode=629 t=57277590624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/mt-gnu inode=631 t=57277590624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/bin/nano inode=634 t=57277590624 kinds=block pages=0-70 count=2
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6551 t=57331672624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6552 t=57331672624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6554 t=57331672624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6555 t=57331672624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6558 t=57331672624 kinds=block pages=0-58 count=1
file /usr/bin/taskset inode=761 t=57477407624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/tee inode=762 t=57477407624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tempfile inode=763 t=57477407624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/test inode=764 t=57529427624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/tic inode=765 t=57529427624 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/ip inode=565 t=57728123624 kinds=block pages=0-168 count=3
file /usr/bin/infocmp inode=561 t=57827636624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/ionice inode=564 t=57827636624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ipcmk inode=566 t=57827636624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ipcrm inode=567 t=57827636624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ipcs inode=568 t=57827636624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/ischroot inode=569 t=57827636624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/sort inode=718 t=58027754624 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/bin/ss inode=720 t=58027754624 kinds=block pages=0-47 count=2
file /usr/bin/split inode=719 t=58090132624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/stat inode=721 t=58090132624 kinds=fragment-inferred,block pages=0-23 count=1
file /usr/bin/stdbuf inode=722 t=58090132624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/libelf-0.188.so inode=6867 t=58240522624 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/x86_64-linux-gnu/libestr.so.0.0.0 inode=6870 t=58240522624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/libfdisk.so.1.1.0 inode=6880 t=58278811624 kinds=block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libmenuw.so.6.4 inode=6929 t=58678868624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libmnl.so.0.2.0 inode=6931 t=58678868624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/libnftables.so.1.1.0 inode=6942 t=58678868624 kinds=block pages=0-63 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=7015 t=59255707624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=7017 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp/Heavy.pm inode=7019 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=7020 t=59255707624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config.pm inode=7021 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_git.pl inode=7022 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=7023 t=59255707624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=7024 t=59255707624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=7025 t=59255707624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=7026 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=7028 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter.pm inode=7029 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Fcntl.pm inode=7030 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=7032 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Glob.pm inode=7033 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=7034 t=59255707624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=7036 t=59255707624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec.pm inode=7037 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=7038 t=59255707624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/FileHandle.pm inode=7039 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Getopt/Long.pm inode=7041 t=59255707624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Hash/Util.pm inode=7043 t=59255707624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/File.pm inode=7045 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Handle.pm inode=7046 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Pipe.pm inode=7047 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Seekable.pm inode=7048 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Select.pm inode=7049 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/INET.pm inode=7051 t=59255707624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/IP.pm inode=7052 t=59255707624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/UNIX.pm inode=7053 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket.pm inode=7054 t=59255707624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO.pm inode=7055 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open2.pm inode=7057 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open3.pm inode=7058 t=59255707624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/List/Util.pm inode=7060 t=59255707624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6462 t=60181017624 kinds=block pages=0-223 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2238 t=60577416624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2277 t=60577416624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2278 t=60631466624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2280 t=60631466624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2281 t=60631466624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2282 t=60631466624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2283 t=60631466624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2284 t=60631466624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2285 t=60631466624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2287 t=60631466624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2288 t=60631466624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2289 t=60631466624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2290 t=60631466624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2291 t=60631466624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2292 t=60631466624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2293 t=60631466624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2360 t=60778297624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2361 t=60778297624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2362 t=60778297624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2363 t=60778297624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2364 t=60778297624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2365 t=60778297624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2367 t=60778297624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2368 t=60778297624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2369 t=60778297624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2370 t=60778297624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2371 t=60835618624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2372 t=60835618624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2374 t=60835618624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2375 t=60835618624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2376 t=60835618624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2377 t=60835618624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2336 t=61031016624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2337 t=61031016624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2338 t=61031016624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2339 t=61031016624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2340 t=61031016624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2341 t=61031016624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2342 t=61031016624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2343 t=61031016624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2347 t=61099615624 kinds=block pages=0-36 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2345 t=61099615624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2346 t=61099615624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dpkg-query inode=516 t=61277583624 kinds=block pages=0-39 count=1
file /usr/bin/dpkg-maintscript-helper inode=515 t=61277583624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/dpkg-realpath inode=517 t=61277583624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dpkg-split inode=518 t=61331585624 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/bin/dpkg-statoverride inode=519 t=61331585624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/du inode=521 t=61331585624 kinds=block pages=0-42 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6468 t=61377004624 kinds=block pages=960 count=1
file /usr/lib/udev/fido_id inode=6458 t=61527722624 kinds=fragment-inferred,block pages=0-25 count=1
file /usr/lib/udev/hwclock-set inode=6459 t=61527722624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6465 t=61527722624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6466 t=61527722624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6467 t=61527722624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6469 t=61527722624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6470 t=61527722624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6472 t=61527722624 kinds=block pages=0-255 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1439 t=61728508624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1440 t=61728508624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1441 t=61728508624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1442 t=61728508624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1443 t=61728508624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1444 t=61780636624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1445 t=61780636624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1446 t=61780636624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1447 t=61780636624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1453 t=61780636624 kinds=block pages=0-63 count=1
file /usr/bin/systemctl inode=727 t=62078857624 kinds=block pages=0-330 count=7
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4270 t=62283176624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4276 t=62327038624 kinds=block pages=0-32 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4275 t=62327038624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1455 t=62377044624 kinds=block pages=0-41 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1448 t=62377044624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1449 t=62377044624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1452 t=62377044624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1456 t=62377044624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1457 t=62377044624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1460 t=62377044624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1462 t=62377044624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/systemd-analyze inode=729 t=62578457624 kinds=block pages=0-45 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1064 t=62729685624 kinds=block pages=0-580 count=5
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1066 t=63035568624 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1059 t=63287654624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1060 t=63287654624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1067 t=63287654624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1068 t=63287654624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1070 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1071 t=63287654624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1072 t=63287654624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1073 t=63287654624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1074 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1075 t=63287654624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1076 t=63287654624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1077 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1078 t=63287654624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1080 t=63287654624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1082 t=63287654624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1083 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1084 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1085 t=63287654624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1086 t=63287654624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1087 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1088 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1089 t=63287654624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/mawk inode=618 t=63577506624 kinds=block pages=0-38 count=1
file /usr/bin/lsns inode=617 t=63577506624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/bin/mcookie inode=619 t=63577506624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/md5sum inode=620 t=63660348624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/mesg inode=622 t=63660348624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/bin/hostid inode=555 t=64416767624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/hostname inode=556 t=64416767624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/hostnamectl inode=557 t=64416767624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/touch inode=771 t=64457952624 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/tput inode=772 t=64470209624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/tr inode=773 t=64470209624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/true inode=774 t=64470209624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/truncate inode=775 t=64470209624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/tset inode=776 t=64470209624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1062 t=64701850624 kinds=block pages=0-97 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1063 t=64753883624 kinds=block pages=0-159 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1504 t=64982611624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1505 t=64982611624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1506 t=64982611624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1507 t=64982611624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1508 t=64982611624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1509 t=64982611624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1510 t=64982611624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1511 t=64982611624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1512 t=64983882624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1513 t=64983882624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1514 t=64983882624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1515 t=64983882624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1516 t=64983882624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/dpkg-fsys-usrunmess inode=7898 t=65132872624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/dpkg-preconfigure inode=7899 t=65132872624 kinds=fragment-inferred,block pages=0 count=1
file /usr/sbin/dpkg-reconfigure inode=7900 t=65132872624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/dumpe2fs inode=7901 t=65132872624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/e2freefrag inode=7902 t=65132872624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/e2image inode=7904 t=65132872624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fdisk inode=7913 t=65186647624 kinds=block pages=0-39 count=1
file /usr/bin/perl inode=652 t=65333510624 kinds=block pages=0-928 count=14
file /usr/bin/pathchk inode=651 t=65583061624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/pgrep inode=653 t=65583061624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/pidwait inode=656 t=65583061624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ping inode=657 t=65583061624 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/bin/pinky inode=660 t=66468456624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/pldd inode=662 t=66468456624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/pmap inode=663 t=66468456624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/pr inode=664 t=66468456624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/bin/printenv inode=665 t=66468456624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/ps inode=668 t=66468456624 kinds=block pages=0-35 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Socket/Socket.so inode=7094 t=66625762624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/attributes/attributes.so inode=7096 t=66625762624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/base.pm inode=7099 t=66625762624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/builtin.pm inode=7100 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes.pm inode=7101 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes_heavy.pl inode=7102 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/constant.pm inode=7103 t=66625762624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/feature.pm inode=7104 t=66625762624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/fields.pm inode=7105 t=66625762624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/integer.pm inode=7106 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/lib.pm inode=7107 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/locale.pm inode=7108 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overload.pm inode=7109 t=66625762624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overloading.pm inode=7110 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/parent.pm inode=7111 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/re.pm inode=7112 t=66625762624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/strict.pm inode=7113 t=66625762624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Age.pl inode=7116 t=66632597624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bc.pl inode=7117 t=66632597624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bmg.pl inode=7118 t=66632597624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpb.pl inode=7119 t=66632597624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpt.pl inode=7120 t=66632597624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Cf.pl inode=7121 t=66632597624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Ea.pl inode=7122 t=66632597624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/EqUIdeo.pl inode=7123 t=66632597624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/GCB.pl inode=7124 t=66632597624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Gc.pl inode=7125 t=66632597624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Hst.pl inode=7126 t=66632597624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identif2.pl inode=7127 t=66632597624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identifi.pl inode=7128 t=66632597624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InPC.pl inode=7129 t=66632597624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InSC.pl inode=7130 t=66632597624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Isc.pl inode=7131 t=66632597624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jg.pl inode=7132 t=66632597624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jt.pl inode=7133 t=66632597624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lb.pl inode=7134 t=66632597624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lc.pl inode=7135 t=66632597624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCCF.pl inode=7138 t=66632597624 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/perl-base/POSIX.pm inode=7061 t=66790868624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Scalar/Util.pm inode=7063 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/SelectSaver.pm inode=7064 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Socket.pm inode=7065 t=66790868624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Symbol.pm inode=7066 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/ParseWords.pm inode=7068 t=66790868624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Tabs.pm inode=7069 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Wrap.pm inode=7070 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Tie/Hash.pm inode=7072 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/XSLoader.pm inode=7073 t=66790868624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/attributes.pm inode=7074 t=66790868624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Cwd/Cwd.so inode=7077 t=66790868624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Fcntl/Fcntl.so inode=7079 t=66790868624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/File/Glob/Glob.so inode=7082 t=66790868624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Hash/Util/Util.so inode=7085 t=66791379624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/IO/IO.so inode=7087 t=66791379624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/List/Util/Util.so inode=7090 t=66791379624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/POSIX/POSIX.so inode=7092 t=66791379624 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/share/nano/ruby.nanorc inode=12774 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/rust.nanorc inode=12775 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/sh.nanorc inode=12776 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/sql.nanorc inode=12777 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/tcl.nanorc inode=12778 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/tex.nanorc inode=12779 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/texinfo.nanorc inode=12780 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/xml.nanorc inode=12781 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/nano/yaml.nanorc inode=12782 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-account inode=12784 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-account.md5sums inode=12785 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-auth inode=12786 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-auth.md5sums inode=12787 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-password inode=12788 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-password.md5sums inode=12789 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session inode=12790 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session-noninteractive inode=12791 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session-noninteractive.md5sums inode=12792 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam/common-session.md5sums inode=12793 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam-configs/mkhomedir inode=12795 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pam-configs/unix inode=12796 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/AutoSelect.pm inode=12799 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Base.pm inode=12800 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Client/ConfModule.pm inode=12802 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=12803 t=66933920624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/perl5/Debconf/Config.pm inode=12804 t=66933920624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/Db.pm inode=12805 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Backup.pm inode=12807 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=12808 t=66933920624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver/Copy.pm inode=12809 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Debug.pm inode=12810 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/DirTree.pm inode=12811 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Directory.pm inode=12812 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/File.pm inode=12813 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=12814 t=66933920624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver/PackageDir.pm inode=12815 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Pipe.pm inode=12816 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=12817 t=66933920624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/DbDriver.pm inode=12818 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Boolean.pm inode=12821 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Error.pm inode=12822 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Multiselect.pm inode=12823 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Note.pm inode=12824 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Password.pm inode=12825 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Progress.pm inode=12826 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Select.pm inode=12827 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/String.pm inode=12828 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Text.pm inode=12829 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Boolean.pm inode=12831 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Error.pm inode=12832 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Multiselect.pm inode=12833 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Note.pm inode=12834 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Password.pm inode=12835 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Progress.pm inode=12836 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Select.pm inode=12837 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/String.pm inode=12838 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Editor/Text.pm inode=12839 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Boolean.pm inode=12841 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Error.pm inode=12842 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Multiselect.pm inode=12843 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Note.pm inode=12844 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Password.pm inode=12845 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Progress.pm inode=12846 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Select.pm inode=12847 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/String.pm inode=12848 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Text.pm inode=12849 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Gnome.pm inode=12850 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Multiselect.pm inode=12851 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Boolean.pm inode=12853 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Error.pm inode=12854 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Multiselect.pm inode=12855 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Note.pm inode=12856 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Password.pm inode=12857 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Progress.pm inode=12858 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Select.pm inode=12859 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/String.pm inode=12860 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Text.pm inode=12861 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive.pm inode=12862 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Select.pm inode=12863 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Boolean.pm inode=12865 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Error.pm inode=12866 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Multiselect.pm inode=12867 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Note.pm inode=12868 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Password.pm inode=12869 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Progress.pm inode=12870 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Select.pm inode=12871 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/String.pm inode=12872 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Text.pm inode=12873 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Boolean.pm inode=12875 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Error.pm inode=12876 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Multiselect.pm inode=12877 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Note.pm inode=12878 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Password.pm inode=12879 t=66933920624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Progress.pm inode=12880 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Select.pm inode=12881 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/String.pm inode=12882 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element/Web/Text.pm inode=12883 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Element.pm inode=12884 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Encoding.pm inode=12885 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Format/822.pm inode=12887 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Format.pm inode=12888 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=12890 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Editor.pm inode=12891 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=12892 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Kde.pm inode=12893 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Noninteractive.pm inode=12894 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=12895 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/FrontEnd/Readline.pm inode=12896 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/ScreenSize.pm inode=12897 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Teletype.pm inode=12898 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Text.pm inode=12899 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd/Web.pm inode=12900 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/FrontEnd.pm inode=12901 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Gettext.pm inode=12902 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Iterator.pm inode=12903 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Log.pm inode=12904 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Path.pm inode=12905 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Priority.pm inode=12906 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Question.pm inode=12907 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Debconf/Template/Transient.pm inode=12909 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debconf/Template.pm inode=12910 t=66983326624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/perl5/Debconf/TmpFile.pm inode=12911 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=12913 t=66983326624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/perl5/Debian/DebConf/Client/ConfModule.pm inode=12916 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/perl5/DebianLinux.pm inode=12917 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/perl5/Text/WrapI18N.pm inode=12919 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/pixmaps/debian-logo.png inode=12921 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pkgconfig/systemd.pc inode=12923 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/pkgconfig/udev.pc inode=12924 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.dpkg.pkexec.update-alternatives.policy inode=12927 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=12928 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/polkit-1/actions/org.freedesktop.locale1.policy inode=12929 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=12930 t=66983326624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=12931 t=66983326624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=12932 t=66983326624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timedate1.policy inode=12933 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timesync1.policy inode=12934 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/polkit-1/rules.d/systemd-networkd.rules inode=12936 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/sensible-utils/bin/gettext inode=12941 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/kbd-model-map inode=12943 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/language-fallback-map inode=12944 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/systemd/tmp.mount inode=12945 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/std inode=12947 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/stdcrt inode=12948 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/vt100 inode=12949 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tabset/vt300 inode=12950 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/tasksel/descs/debian-tasks.desc inode=12953 t=66983326624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/util-linux/logcheck/ignore.d.server/util-linux inode=12958 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/debian.vim inode=12961 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/README.Debian inode=12963 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/help.txt inode=12964 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/vim/vim90/doc/tags inode=12965 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Abidjan inode=12968 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Accra inode=12969 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Addis_Ababa inode=12970 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Algiers inode=12971 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Asmara inode=12972 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bamako inode=12974 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bangui inode=12975 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Banjul inode=12976 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bissau inode=12977 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Blantyre inode=12978 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Brazzaville inode=12979 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Bujumbura inode=12980 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Cairo inode=12981 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Casablanca inode=12982 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ceuta inode=12983 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Conakry inode=12984 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Dakar inode=12985 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Dar_es_Salaam inode=12986 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Djibouti inode=12987 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Douala inode=12988 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/El_Aaiun inode=12989 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Freetown inode=12990 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Gaborone inode=12991 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Harare inode=12992 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Johannesburg inode=12993 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Juba inode=12994 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kampala inode=12995 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Khartoum inode=12996 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kigali inode=12997 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Kinshasa inode=12998 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lagos inode=12999 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Libreville inode=13000 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lome inode=13001 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Luanda inode=13002 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lubumbashi inode=13003 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Lusaka inode=13004 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Malabo inode=13005 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Maputo inode=13006 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Maseru inode=13007 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Mbabane inode=13008 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Mogadishu inode=13009 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Monrovia inode=13010 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Nairobi inode=13011 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ndjamena inode=13012 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Niamey inode=13013 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Nouakchott inode=13014 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Ouagadougou inode=13015 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Porto-Novo inode=13016 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Sao_Tome inode=13017 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Tripoli inode=13019 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Tunis inode=13020 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Africa/Windhoek inode=13021 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Adak inode=13023 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Anchorage inode=13024 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Anguilla inode=13025 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Antigua inode=13026 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Araguaina inode=13027 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Buenos_Aires inode=13029 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Catamarca inode=13030 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Cordoba inode=13032 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Jujuy inode=13033 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/La_Rioja inode=13034 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Mendoza inode=13035 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Rio_Gallegos inode=13036 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Salta inode=13037 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/San_Juan inode=13038 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/San_Luis inode=13039 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Tucuman inode=13040 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Argentina/Ushuaia inode=13041 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Aruba inode=13042 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Asuncion inode=13043 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Atikokan inode=13044 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bahia inode=13046 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bahia_Banderas inode=13047 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Barbados inode=13048 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Belem inode=13049 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Belize inode=13050 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Blanc-Sablon inode=13051 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Boa_Vista inode=13052 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Bogota inode=13053 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Boise inode=13054 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cambridge_Bay inode=13056 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Campo_Grande inode=13057 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cancun inode=13058 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Caracas inode=13059 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cayenne inode=13061 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cayman inode=13062 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Chicago inode=13063 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Chihuahua inode=13064 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Ciudad_Juarez inode=13065 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Costa_Rica inode=13068 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Coyhaique inode=13069 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Creston inode=13070 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Cuiaba inode=13071 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Curacao inode=13072 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Danmarkshavn inode=13073 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dawson inode=13074 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dawson_Creek inode=13075 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Denver inode=13076 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Detroit inode=13077 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Dominica inode=13078 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Edmonton inode=13079 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Eirunepe inode=13080 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/El_Salvador inode=13081 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Fort_Nelson inode=13083 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Fortaleza inode=13085 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Glace_Bay inode=13086 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Goose_Bay inode=13088 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Grand_Turk inode=13089 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Grenada inode=13090 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guadeloupe inode=13091 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guatemala inode=13092 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guayaquil inode=13093 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Guyana inode=13094 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Halifax inode=13095 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Havana inode=13096 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Hermosillo inode=13097 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Indianapolis inode=13099 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Knox inode=13100 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Marengo inode=13101 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Petersburg inode=13102 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Tell_City inode=13103 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vevay inode=13104 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Vincennes inode=13105 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Indiana/Winamac inode=13106 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Inuvik inode=13108 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Iqaluit inode=13109 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Jamaica inode=13110 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Juneau inode=13112 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Louisville inode=13114 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Kentucky/Monticello inode=13115 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/La_Paz inode=13118 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Lima inode=13119 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Los_Angeles inode=13120 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Maceio inode=13123 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Managua inode=13124 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Manaus inode=13125 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Martinique inode=13127 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Matamoros inode=13128 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mazatlan inode=13129 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Menominee inode=13131 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Merida inode=13132 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Metlakatla inode=13133 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Mexico_City inode=13134 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Miquelon inode=13135 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Moncton inode=13136 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Monterrey inode=13137 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montevideo inode=13138 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Montserrat inode=13140 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nassau inode=13141 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/New_York inode=13142 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nome inode=13144 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Noronha inode=13145 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Beulah inode=13147 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/Center inode=13148 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/North_Dakota/New_Salem inode=13149 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Nuuk inode=13150 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Ojinaga inode=13151 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Panama inode=13152 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Paramaribo inode=13154 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Phoenix inode=13155 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port-au-Prince inode=13156 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Port_of_Spain inode=13157 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Porto_Velho inode=13159 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Puerto_Rico inode=13160 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Punta_Arenas inode=13161 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rankin_Inlet inode=13163 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Recife inode=13164 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Regina inode=13165 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Resolute inode=13166 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Rio_Branco inode=13167 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santarem inode=13170 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santiago inode=13171 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Santo_Domingo inode=13172 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sao_Paulo inode=13173 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Scoresbysund inode=13174 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Sitka inode=13176 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Johns inode=13178 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Kitts inode=13179 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Lucia inode=13180 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Thomas inode=13181 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/St_Vincent inode=13182 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Swift_Current inode=13183 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tegucigalpa inode=13184 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Thule inode=13185 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tijuana inode=13187 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Toronto inode=13188 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Tortola inode=13189 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Vancouver inode=13190 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Whitehorse inode=13192 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Winnipeg inode=13193 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/America/Yakutat inode=13194 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Casey inode=13197 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/Davis inode=13198 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Antarctica/DumontDUrville inode=13199 t=66983326624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=13954 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=13955 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=13956 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=13957 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=13958 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=13959 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=13960 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=13961 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=13962 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=13963 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=13964 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=13965 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=13966 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=13967 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=13969 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=13971 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=13972 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=13973 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=13974 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=13975 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Srednekolymsk inode=13976 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Taipei inode=13977 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tashkent inode=13978 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tbilisi inode=13979 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tehran inode=13980 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Thimphu inode=13983 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tokyo inode=13984 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Tomsk inode=13985 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ulaanbaatar inode=13987 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Urumqi inode=13989 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Ust-Nera inode=13990 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Vientiane inode=13991 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Vladivostok inode=13992 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yakutsk inode=13993 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yangon inode=13994 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yekaterinburg inode=13995 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Asia/Yerevan inode=13996 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Azores inode=13998 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Bermuda inode=13999 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Canary inode=14000 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Cape_Verde inode=14001 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Faroe inode=14003 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Madeira inode=14005 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Reykjavik inode=14006 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/South_Georgia inode=14007 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/St_Helena inode=14008 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Atlantic/Stanley inode=14009 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Adelaide inode=14012 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Brisbane inode=14013 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Broken_Hill inode=14014 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Darwin inode=14017 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Eucla inode=14018 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Hobart inode=14019 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Lindeman inode=14021 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Lord_Howe inode=14022 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Melbourne inode=14023 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Perth inode=14026 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Australia/Sydney inode=14029 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/CET inode=14039 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/CST6CDT inode=14040 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EET inode=14054 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EST inode=14055 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/EST5EDT inode=14056 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT inode=14060 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+1 inode=14062 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+10 inode=14063 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+11 inode=14064 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+12 inode=14065 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+2 inode=14066 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+3 inode=14067 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+4 inode=14068 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+5 inode=14069 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+6 inode=14070 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+7 inode=14071 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+8 inode=14072 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT+9 inode=14073 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-1 inode=14075 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-10 inode=14076 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-11 inode=14077 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-12 inode=14078 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-13 inode=14079 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-14 inode=14080 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-2 inode=14081 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-3 inode=14082 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-4 inode=14083 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-5 inode=14084 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-6 inode=14085 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-7 inode=14086 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-8 inode=14087 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/GMT-9 inode=14088 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Etc/UTC inode=14092 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Amsterdam inode=14096 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Andorra inode=14097 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Astrakhan inode=14098 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Athens inode=14099 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Belgrade inode=14101 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Berlin inode=14102 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Brussels inode=14104 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Bucharest inode=14105 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Budapest inode=14106 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Chisinau inode=14108 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Copenhagen inode=14109 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Dublin inode=14110 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Gibraltar inode=14111 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Guernsey inode=14112 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Helsinki inode=14113 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Isle_of_Man inode=14114 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Istanbul inode=14115 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Jersey inode=14116 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kaliningrad inode=14117 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kirov inode=14119 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Kyiv inode=14120 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Lisbon inode=14121 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Ljubljana inode=14122 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/London inode=14123 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Luxembourg inode=14124 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Madrid inode=14125 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Malta inode=14126 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Minsk inode=14128 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Monaco inode=14129 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Moscow inode=14130 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Oslo inode=14132 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Paris inode=14133 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Prague inode=14135 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Riga inode=14136 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Rome inode=14137 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Samara inode=14138 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Sarajevo inode=14140 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Saratov inode=14141 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Simferopol inode=14142 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Skopje inode=14143 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Sofia inode=14144 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Stockholm inode=14145 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Tallinn inode=14146 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Tirane inode=14147 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Ulyanovsk inode=14149 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vaduz inode=14151 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vienna inode=14153 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Vilnius inode=14154 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Volgograd inode=14155 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Warsaw inode=14156 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Zagreb inode=14157 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Europe/Zurich inode=14159 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Factory inode=14160 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/HST inode=14168 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Antananarivo inode=14172 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Chagos inode=14173 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Christmas inode=14174 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Cocos inode=14175 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Comoro inode=14176 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Kerguelen inode=14177 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mahe inode=14178 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Maldives inode=14179 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mauritius inode=14180 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Mayotte inode=14181 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/Indian/Reunion inode=14182 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/MET inode=14189 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/right/MST inode=14190 t=67034610624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC/Y.pl inode=7724 t=67240254624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS/Y.pl inode=7726 t=67240254624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/utf8.pm inode=7727 t=67240254624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/vars.pm inode=7728 t=67240254624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings/register.pm inode=7730 t=67240254624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings.pm inode=7731 t=67240254624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Locale/gettext.pm inode=7735 t=67240254624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/CharWidth.pm inode=7737 t=67240254624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/Iconv.pm inode=7738 t=67240254624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Locale/gettext/gettext.so inode=7742 t=67240254624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/CharWidth/CharWidth.so inode=7745 t=67240254624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/Iconv.so inode=7747 t=67240254624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/autosplit.ix inode=7748 t=67240254624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/fmhash.so inode=7750 t=67240254624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imfile.so inode=7751 t=67251702624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imjournal.so inode=7752 t=67251702624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imklog.so inode=7753 t=67251702624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imkmsg.so inode=7754 t=67251702624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/immark.so inode=7755 t=67251702624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/impstats.so inode=7756 t=67251702624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imptcp.so inode=7757 t=67251702624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/re/re.so inode=7098 t=67896463624 kinds=block pages=0-160 count=2
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFCQC.pl inode=7136 t=68188447624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFDQC.pl inode=7137 t=68188447624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCQC.pl inode=7139 t=68188447624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKDQC.pl inode=7140 t=68188447624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Na1.pl inode=7141 t=68188447624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NameAlia.pl inode=7142 t=68188447624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nt.pl inode=7143 t=68188447624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nv.pl inode=7144 t=68188447624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/PerlDeci.pl inode=7145 t=68188447624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/locale inode=598 t=68383058624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/localectl inode=599 t=68383058624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/logger inode=601 t=68383058624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/login inode=602 t=68387588624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/loginctl inode=603 t=68387588624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/share/zoneinfo/zone.tab inode=14272 t=69376669624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/zoneinfo/zone1970.tab inode=14273 t=69376669624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/zsh/vendor-completions/_bootctl inode=14276 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=14277 t=69376669624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/share/zsh/vendor-completions/_hostnamectl inode=14278 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=14279 t=69376669624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_kernel-install inode=14280 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_localectl inode=14281 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=14282 t=69376669624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_networkctl inode=14283 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_hosts_or_user_at_host inode=14284 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_outputmodes inode=14285 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_sd_unit_files inode=14286 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=14287 t=69376669624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/zsh/vendor-completions/_systemd inode=14288 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=14289 t=69376669624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_systemd-delta inode=14290 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-inhibit inode=14291 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-path inode=14292 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=14293 t=69376669624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/zsh/vendor-completions/_systemd-tmpfiles inode=14294 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_timedatectl inode=14295 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=14296 t=69376669624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/cache/debconf/config.dat inode=14309 t=69376669624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/apt/extended_states inode=14316 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/awk inode=14332 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/builtins.7.gz inode=14333 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/editor inode=14334 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/ex inode=14335 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/mt inode=14336 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/pager inode=14337 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/pico inode=14338 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/rmt inode=14339 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/rview inode=14340 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/vi inode=14341 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/view inode=14342 t=69376669624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/alternatives/which inode=14343 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/available inode=14344 t=69376930624 kinds=fragment-inferred,block pages=0-28 count=1
file /var/lib/dpkg/cmethopt inode=14345 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/diversions inode=14346 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/diversions-old inode=14347 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/adduser.conffiles inode=14349 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/adduser.list inode=14350 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=14351 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/adduser.postrm inode=14352 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/adduser.preinst inode=14353 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt-utils.list inode=14354 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/apt-utils.md5sums inode=14355 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/apt.conffiles inode=14356 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.list inode=14357 t=69376930624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/apt.md5sums inode=14358 t=69376930624 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/apt.postinst inode=14359 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.postrm inode=14360 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.preinst inode=14361 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.prerm inode=14362 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.shlibs inode=14363 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/apt.triggers inode=14364 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.conffiles inode=14365 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.list inode=14366 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.md5sums inode=14367 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-files.postinst inode=14368 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.list inode=14369 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.md5sums inode=14370 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.postinst inode=14371 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.postrm inode=14372 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.preinst inode=14373 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.triggers inode=14549 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.triggers inode=14554 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.triggers inode=14559 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.triggers inode=14564 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.triggers inode=14570 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.triggers inode=14578 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.triggers inode=14583 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbpf1:amd64.triggers inode=14588 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbsd0:amd64.triggers inode=14593 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.triggers inode=14612 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.triggers inode=14617 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcap2:amd64.triggers inode=14624 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.triggers inode=14629 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.triggers inode=14634 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.triggers inode=14639 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.triggers inode=14643 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdbus-1-3:amd64.triggers inode=14648 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.triggers inode=14653 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libelf1:amd64.triggers inode=14668 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libexpat1:amd64.triggers inode=14678 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.triggers inode=14683 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfastjson4:amd64.triggers inode=14688 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.triggers inode=14693 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.triggers inode=14703 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.triggers inode=14709 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.triggers inode=14718 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgssapi-krb5-2:amd64.triggers inode=14730 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.triggers inode=14745 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libk5crypto3:amd64.triggers inode=14760 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkrb5-3:amd64.triggers inode=14777 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libkrb5support0:amd64.triggers inode=14782 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/liblzma5:amd64.triggers inode=14799 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libmount1:amd64.triggers inode=14814 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libncursesw6:amd64.triggers inode=14819 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnewt0.52:amd64.triggers inode=14829 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libnftables1:amd64.triggers inode=14834 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.triggers inode=14868 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libreadline8:amd64.triggers inode=14887 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.triggers inode=14892 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libselinux1:amd64.triggers inode=14897 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.triggers inode=14905 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsepol2:amd64.triggers inode=14910 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libslang2:amd64.triggers inode=14915 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.triggers inode=14920 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libss2:amd64.triggers inode=14925 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libssl3:amd64.triggers inode=14930 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.triggers inode=14936 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.triggers inode=14943 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.triggers inode=14948 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.triggers inode=14959 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libudev1:amd64.triggers inode=14972 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libuuid1:amd64.triggers inode=14982 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libxtables12:amd64.triggers inode=14987 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libzstd1:amd64.triggers inode=14996 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=14374 t=69376930624 kinds=fragment-inferred,block pages=0-28 count=1
file /var/lib/dpkg/info/bash.conffiles inode=14375 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.list inode=14376 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/bash.md5sums inode=14377 t=69376930624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/bash.postinst inode=14378 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.postrm inode=14379 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bash.prerm inode=14380 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/bsdutils.list inode=14381 t=69376930624 kinds=fragment-inferred,block pages=0 count=1
file /var/cache/debconf/templates.dat inode=14311 t=69478683624 kinds=block pages=0-203 count=3
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease inode=14319 t=69627124624 kinds=block pages=0-36 count=1
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages inode=14320 t=69677146624 kinds=block pages=0-127 count=1
file /usr/bin/dpkg inode=512 t=69992055624 kinds=block pages=0-77 count=2
file /usr/bin/dpkg-deb inode=513 t=70039560624 kinds=block pages=0-41 count=1
file /usr/bin/dpkg-divert inode=514 t=70039560624 kinds=block pages=0-38 count=2
file /usr/bin/dirname inode=508 t=70086007624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/dmesg inode=509 t=70086007624 kinds=fragment-inferred,block pages=0-21 count=1
file /var/lib/dpkg/info/dmsetup.md5sums inode=14456 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dmsetup.postinst inode=14457 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dmsetup.triggers inode=14458 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.conffiles inode=14459 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.list inode=14460 t=70302822624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=14461 t=70302822624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/dpkg.postinst inode=14462 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.postrm inode=14463 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/dpkg.prerm inode=14464 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.conffiles inode=14465 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.list inode=14466 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.md5sums inode=14467 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.postinst inode=14468 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.postrm inode=14469 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.preinst inode=14470 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/e2fsprogs.prerm inode=14471 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/fdisk.list inode=14472 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/fdisk.md5sums inode=14473 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/findutils.list inode=14474 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=14475 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/format inode=14476 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.list inode=14477 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.md5sums inode=14478 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gpgv.list inode=14479 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gpgv.md5sums inode=14480 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/grep.list inode=14481 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/grep.md5sums inode=14482 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/gzip.list inode=14483 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/gzip.md5sums inode=14484 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/hostname.list inode=14485 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/hostname.md5sums inode=14486 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.conffiles inode=14487 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.list inode=14488 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.md5sums inode=14489 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.postinst inode=14490 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.postrm inode=14491 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.preinst inode=14492 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/ifupdown.prerm inode=14493 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.list inode=14494 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.md5sums inode=14495 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init-system-helpers.postinst inode=14496 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init.list inode=14497 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/init.md5sums inode=14498 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.conffiles inode=14499 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.list inode=14500 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.md5sums inode=14501 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postinst inode=14502 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postrm inode=14503 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.conffiles inode=14504 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.list inode=14505 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.md5sums inode=14506 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.postinst inode=14507 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.postrm inode=14508 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.preinst inode=14509 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.prerm inode=14510 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/initramfs-tools.triggers inode=14511 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.conffiles inode=14512 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.config inode=14513 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.list inode=14514 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/iproute2.md5sums inode=14515 t=70302822624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/iproute2.postinst inode=14516 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.postrm inode=14517 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iproute2.templates inode=14518 t=70302822624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/iputils-ping.list inode=14519 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iputils-ping.md5sums inode=14520 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/iputils-ping.postinst inode=14521 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.conffiles inode=14522 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.list inode=14523 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.md5sums inode=14524 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postinst inode=14525 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postrm inode=14526 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-common.list inode=14527 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/isc-dhcp-common.md5sums inode=14528 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.list inode=14529 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.md5sums inode=14530 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/klibc-utils.postinst inode=14531 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.conffiles inode=14533 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.list inode=14534 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.md5sums inode=14535 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.postinst inode=14536 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.postrm inode=14537 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.preinst inode=14538 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/kmod.triggers inode=14539 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.list inode=14540 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=14851 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=14864 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/linux-base.postrm inode=15000 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.md5sums inode=14541 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.postinst inode=14542 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.preinst inode=14543 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/less.prerm inode=14544 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.list inode=14545 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.md5sums inode=14546 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.shlibs inode=14547 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libacl1:amd64.symbols inode=14548 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.list inode=14550 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.md5sums inode=14551 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.shlibs inode=14552 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.symbols inode=14553 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=14555 t=70302822624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.md5sums inode=14556 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.shlibs inode=14557 t=70302822624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=14558 t=70303136624 kinds=fragment-inferred,block pages=0-30 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.list inode=14560 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.md5sums inode=14561 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.shlibs inode=14562 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.symbols inode=14563 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.conffiles inode=14565 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.list inode=14566 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.md5sums inode=14567 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.shlibs inode=14568 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libattr1:amd64.symbols inode=14569 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.conffiles inode=14571 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.list inode=14572 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit-common.md5sums inode=14573 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.list inode=14574 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.md5sums inode=14575 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libaudit1:amd64.shlibs inode=14576 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=14610 t=70303136624 kinds=block pages=0-37 count=1
file /var/lib/dpkg/info/libaudit1:amd64.symbols inode=14577 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.list inode=14579 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.md5sums inode=14580 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.shlibs inode=14581 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=14582 t=70303136624 kinds=fragment-inferred,block pages=0-1 count=1
file /var/lib/dpkg/info/libbpf1:amd64.list inode=14584 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbpf1:amd64.md5sums inode=14585 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbpf1:amd64.shlibs inode=14586 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbpf1:amd64.symbols inode=14587 t=70303136624 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libbsd0:amd64.list inode=14589 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbsd0:amd64.md5sums inode=14590 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbsd0:amd64.shlibs inode=14591 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbsd0:amd64.symbols inode=14592 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.list inode=14594 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.md5sums inode=14595 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.shlibs inode=14596 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.triggers inode=14597 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc-bin.conffiles inode=14598 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc-bin.list inode=14599 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc-bin.md5sums inode=14600 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc-bin.postinst inode=14601 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc-bin.triggers inode=14602 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.conffiles inode=14603 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=14604 t=70303136624 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=14605 t=70303136624 kinds=fragment-inferred,block pages=0-5 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=14606 t=70303136624 kinds=fragment-inferred,block pages=0-2 count=1
file /var/lib/dpkg/info/libc6:amd64.postrm inode=14607 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=14608 t=70303136624 kinds=fragment-inferred,block pages=0-3 count=1
file /var/lib/dpkg/info/libc6:amd64.shlibs inode=14609 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libgmp10:amd64.triggers inode=14713 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.triggers inode=14755 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /var/lib/dpkg/info/libunistring2:amd64.triggers inode=14977 t=70303136624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/basename inode=454 t=70902043624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/basenc inode=455 t=70902043624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/bin/bashbug inode=457 t=70902043624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/busybox inode=459 t=70913502624 kinds=block pages=0-63 count=2
file /usr/share/doc/vim-common/changelog.Debian.gz inode=9290 t=71101932624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/vim-common/changelog.gz inode=9291 t=71101932624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/vim-common/copyright inode=9292 t=71101932624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/vim-tiny/changelog.Debian.gz inode=9295 t=71101932624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/vim-tiny/changelog.gz inode=9296 t=71101932624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/vim-tiny/copyright inode=9297 t=71101932624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/whiptail/NEWS.Debian.gz inode=9299 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/whiptail/README.whiptail inode=9300 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/whiptail/changelog.Debian.gz inode=9302 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/zlib1g/changelog.Debian.gz inode=9306 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/zlib1g/changelog.gz inode=9307 t=71101932624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/zlib1g/copyright inode=9308 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/base-passwd.users-and-groups inode=9310 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/findutils.findutils inode=9311 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/nano.nano inode=9312 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc-base/nano.nano-faq inode=9313 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/abitable inode=9315 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/cputable inode=9316 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/ostable inode=9317 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/sh/dpkg-error.sh inode=9319 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dpkg/tupletable inode=9320 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/__init__.py inode=9324 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/v6/__init__.py inode=9326 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/gcc/python/libstdcxx/v6/printers.py inode=9327 t=71101932624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/share/gcc/python/libstdcxx/v6/xmethods.py inode=9328 t=71101932624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30-gdb.py inode=9334 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/icons/hicolor/48x48/apps/gvim.png inode=9339 t=71101932624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/info/coreutils.info.gz inode=9351 t=71152045624 kinds=block pages=0-31 count=1
file /usr/share/common-licenses/MPL-2.0 inode=8230 t=75915963624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/session.conf inode=8234 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.hostname1.service inode=8236 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.locale1.service inode=8237 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.login1.service inode=8238 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.network1.service inode=8239 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.systemd1.service inode=8240 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.timedate1.service inode=8241 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.conf inode=8242 t=75915963624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.hostname1.conf inode=8244 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.locale1.conf inode=8245 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.login1.conf inode=8246 t=75915963624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.network1.conf inode=8247 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.systemd1.conf inode=8248 t=75915963624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.timedate1.conf inode=8249 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/confmodule inode=8251 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/confmodule.sh inode=8252 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/debconf.conf inode=8253 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/fix_db.pl inode=8254 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debconf/frontend inode=8255 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells inode=8257 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells.d/bash inode=8259 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/debianutils/shells.d/dash inode=8260 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/NEWS.Debian.gz inode=8264 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/README.gz inode=8265 t=75915963624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/TODO inode=8266 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/changelog.gz inode=8267 t=75915963624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/copyright inode=8268 t=75915963624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/doc/adduser/examples/INSTALL inode=8270 t=75915963624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/README inode=8271 t=75915963624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/adduser/examples/adduser.local inode=8273 t=75916230624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf inode=8274 t=75916230624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/bash.bashrc inode=8276 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/profile inode=8277 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_logout inode=8279 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_profile inode=8280 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bashrc inode=8281 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel.other/index.html inode=8283 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/NEWS.Debian.gz inode=8286 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/README.md.gz inode=8287 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/changelog.gz inode=8288 t=75916230624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/share/doc/apt/copyright inode=8289 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt/examples/apt.conf inode=8291 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/examples/configure-index inode=8292 t=75916230624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/share/doc/apt/examples/preferences inode=8293 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt/examples/sources.list inode=8294 t=75916230624 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/apt-utils/NEWS.Debian.gz inode=8296 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/apt-utils/copyright inode=8298 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/libapt-pkg6.0/NEWS.Debian.gz inode=8576 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/libapt-pkg6.0/copyright inode=8578 t=75916230624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/localedef inode=600 t=76182671624 kinds=block pages=0-31 count=1
file /usr/bin/namei inode=633 t=76209692624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/networkctl inode=636 t=76209692624 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/wdctl inode=802 t=76272514624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/whereis inode=803 t=76272514624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/which.debianutils inode=805 t=76272514624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/whiptail inode=806 t=76283734624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/bin/who inode=807 t=76283734624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/bin/whoami inode=808 t=76283734624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/xargs inode=810 t=76283734624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/yes inode=811 t=76283734624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/zcat inode=813 t=76283734624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/zcmp inode=814 t=76283734624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/zdiff inode=815 t=76283734624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/cppw inode=7884 t=82545117624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/sbin/cron inode=7885 t=82545117624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/sbin/dcb inode=7887 t=82545458624 kinds=block pages=0-36 count=1
file /usr/bin/dd inode=492 t=82594915624 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=493 t=82594915624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=494 t=82594915624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=495 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-apt-progress inode=496 t=82594915624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/bin/debconf-communicate inode=497 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-copydb inode=498 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-escape inode=499 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-set-selections inode=500 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/debconf-show inode=501 t=82594915624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/delpart inode=502 t=82594915624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/diff inode=504 t=82594915624 kinds=block pages=0-37 count=1
file /usr/lib/x86_64-linux-gnu/libdbus-1.so.3.32.4 inode=6856 t=82745067624 kinds=block pages=0-84 count=3
file /usr/sbin/e2scrub inode=7907 t=82895491624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2scrub_all inode=7908 t=82895491624 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/sbin/e2undo inode=7909 t=82895491624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/sbin/e4crypt inode=7910 t=82895491624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/sbin/e4defrag inode=7911 t=82895491624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/sbin/faillock inode=7912 t=82895491624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/filefrag inode=7914 t=82895491624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/sbin/findfs inode=7915 t=82944993624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/fsck inode=7916 t=82944993624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/sbin/fsck.cramfs inode=7917 t=82944993624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/fsck.minix inode=7921 t=82944993624 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libdevmapper.so.1.02.1 inode=6859 t=83095110624 kinds=block pages=0-108 count=2
file /usr/bin/bash inode=456 t=83245491624 kinds=block pages=0-308 count=7
file /usr/sbin/rsyslogd inode=7990 t=83445263624 kinds=block pages=0-182 count=5
file /usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0 inode=6989 t=83646735624 kinds=block pages=0-206 count=5
file /usr/lib/x86_64-linux-gnu/libss.so.2.0 inode=6984 t=83897241624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 inode=6991 t=83897241624 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/sbin/resize2fs inode=7986 t=84095049624 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/sbin/rmt-tar inode=7989 t=84095049624 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/sbin/rtacct inode=7991 t=84095049624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/sbin/rtcwake inode=7992 t=84095049624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10 inode=6872 t=84245457624 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10 inode=6874 t=84295065624 kinds=block pages=0-42 count=2
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6876 t=84447540624 kinds=block pages=0-63 count=1
file /usr/lib/x86_64-linux-gnu/libfastjson.so.4.3.0 inode=6878 t=84598762624 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 inode=6882 t=84598762624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/x86_64-linux-gnu/libformw.so.6.4 inode=6884 t=84645008624 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 inode=7005 t=85045435624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libxtables.so.12.7.0 inode=7007 t=85045435624 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 inode=7009 t=85095075624 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6996 t=85198991624 kinds=block pages=0-49 count=1
file /usr/lib/x86_64-linux-gnu/libtirpc.so.3.0.0 inode=6998 t=85244985624 kinds=block pages=0-31 count=1
file /usr/sbin/rtmon inode=7993 t=85451100624 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/sbin/sfdisk inode=7998 t=85451100624 kinds=block pages=0-35 count=1
file /usr/sbin/runuser inode=7995 t=85451100624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/sbin/service inode=7996 t=85451100624 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/sbin/setcap inode=7997 t=85451100624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/sbin/shadowconfig inode=7999 t=85451100624 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnet.so inode=7761 t=85545065624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnetstrms.so inode=7762 t=85545065624 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_ptcp.so inode=7763 t=85545065624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmregexp.so inode=7764 t=85545065624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpclt.so inode=7765 t=85545065624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpsrv.so inode=7766 t=85602455624 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmzlibw.so inode=7767 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmzstdw.so inode=7768 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmanon.so inode=7769 t=85602455624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmexternal.so inode=7770 t=85602455624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmfields.so inode=7771 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmjsonparse.so inode=7772 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmnormalize.so inode=7773 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmpstrucdata.so inode=7774 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmrm1stspace.so inode=7775 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmsequence.so inode=7776 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmutf8fix.so inode=7777 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omjournal.so inode=7778 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/ommail.so inode=7779 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omprog.so inode=7780 t=85602455624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omuxsock.so inode=7781 t=85602455624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmaixforwardedfrom.so inode=7782 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmciscoios.so inode=7783 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmcisconames.so inode=7784 t=85602455624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imtcp.so inode=7758 t=85825114624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imudp.so inode=7759 t=85825114624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imuxsock.so inode=7760 t=85825114624 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmlastmsg.so inode=7785 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmnormalize.so inode=7786 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmsnare.so inode=7787 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_access.so inode=7789 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_debug.so inode=7790 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_deny.so inode=7791 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_echo.so inode=7792 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_env.so inode=7793 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_exec.so inode=7794 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faildelay.so inode=7795 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faillock.so inode=7796 t=85947922624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_filter.so inode=7797 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_ftp.so inode=7798 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_group.so inode=7799 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_issue.so inode=7800 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_keyinit.so inode=7801 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_lastlog.so inode=7802 t=85947922624 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_limits.so inode=7803 t=85947922624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_listfile.so inode=7804 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_localuser.so inode=7805 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_loginuid.so inode=7806 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_mail.so inode=7807 t=85947922624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/pwd inode=670 t=86632189624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/pwdx inode=671 t=86632189624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/readlink inode=674 t=86632189624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/realpath inode=675 t=86679545624 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/rename.ul inode=676 t=86679545624 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/renice inode=677 t=86679545624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/resizepart inode=679 t=86679545624 kinds=fragment-inferred,block pages=0-17 count=1
file /usr/bin/rev inode=680 t=86679545624 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/rgrep inode=681 t=86679545624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/echo inode=522 t=86984808624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/egrep inode=524 t=86984808624 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/env inode=525 t=86984808624 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/expand inode=527 t=86984808624 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/expiry inode=528 t=86984808624 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/expr inode=529 t=87002543624 kinds=fragment-inferred,block pages=0-28 count=1
read t=22969115624 offset=122880 len=4096
read t=23019554624 offset=1171456 len=4096
read t=23069475624 offset=3268608 len=4096
read t=24801437624 offset=122880 len=4096
read t=24850822624 offset=1171456 len=4096
read t=24902760624 offset=3268608 len=4096
read t=26921620624 offset=264765440 len=4096
read t=26938743624 offset=264871936 len=4096
read t=26945242624 offset=0 len=16384
read t=26946170624 offset=16384 len=32768
read t=26973002624 offset=264876032 len=4096
read t=27027575624 offset=264744960 len=4096
read t=27074514624 offset=264847360 len=4096
read t=27123926624 offset=264749056 len=4096
read t=27174159624 offset=264675328 len=4096
read t=27223846624 offset=264577024 len=4096
read t=27275450624 offset=264531968 len=4096
read t=27327539624 offset=264503296 len=4096
read t=27379373624 offset=264413184 len=4096
read t=27427564624 offset=264380416 len=4096
read t=27475406624 offset=264372224 len=4096
read t=27523796624 offset=264392704 len=4096
read t=27574160624 offset=263299072 len=4096
read t=27628324624 offset=49152 len=65536
read t=27675449624 offset=131072 len=4096
read t=27724318624 offset=262144 len=4096
read t=27773483624 offset=524288 len=4096
read t=27823513624 offset=1048576 len=4096
read t=27873506624 offset=2097152 len=4096
read t=27923673624 offset=4194304 len=4096
read t=27990324624 offset=114688 len=16384
read t=28027048624 offset=135168 len=126976
read t=28073227624 offset=266240 len=110592
read t=28126755624 offset=376832 len=131072
read t=28174648624 offset=507904 len=16384
read t=28223431624 offset=528384 len=110592
read t=28278756624 offset=638976 len=131072
read t=28323687624 offset=264241152 len=4096
read t=28378875624 offset=264245248 len=16384
read t=28426877624 offset=264261632 len=32768
read t=28474665624 offset=264294400 len=65536
read t=28534337624 offset=264359936 len=12288
read t=28574567624 offset=264376320 len=4096
read t=28623046624 offset=264384512 len=8192
read t=28672618624 offset=264396800 len=16384
read t=28723065624 offset=264417280 len=86016
read t=28775136624 offset=264507392 len=24576
read t=28822990624 offset=264536064 len=40960
read t=28873293624 offset=264581120 len=94208
read t=28923131624 offset=264679424 len=65536
read t=28973081624 offset=264753152 len=12288
read t=29022937624 offset=264769536 len=77824
read t=29074741624 offset=264851456 len=20480
read t=29659071624 offset=49881088 len=4096
read t=29668062624 offset=49885184 len=16384
read t=29670247624 offset=49901568 len=32768
read t=29671975624 offset=49934336 len=65536
read t=29728153624 offset=49999872 len=131072
read t=31288490624 offset=122880 len=4096
read t=31338311624 offset=1171456 len=4096
read t=31388129624 offset=3268608 len=4096
read t=33001816624 offset=150994944 len=4096
read t=33002431624 offset=150999040 len=16384
read t=33003716624 offset=151015424 len=32768
read t=33008965624 offset=151048192 len=65536
read t=33054637624 offset=158138368 len=4096
read t=33106747624 offset=158142464 len=16384
read t=33155046624 offset=158158848 len=32768
read t=33203073624 offset=158191616 len=65536
read t=33253055624 offset=158257152 len=131072
read t=33303119624 offset=174841856 len=4096
read t=33353253624 offset=174845952 len=16384
read t=33406877624 offset=174862336 len=32768
read t=33453021624 offset=174895104 len=65536
read t=33503101624 offset=175456256 len=4096
read t=33553328624 offset=175460352 len=16384
read t=33603463624 offset=175476736 len=32768
read t=33656856624 offset=175509504 len=65536
read t=33703022624 offset=175575040 len=131072
read t=33753383624 offset=176775168 len=4096
read t=33804524624 offset=176779264 len=16384
read t=33857039624 offset=176795648 len=32768
read t=33906559624 offset=159748096 len=4096
read t=33955293624 offset=159752192 len=16384
read t=34016387624 offset=159768576 len=32768
read t=34053378624 offset=159801344 len=65536
read t=34107340624 offset=159866880 len=131072
read t=34154554624 offset=160530432 len=4096
read t=34203515624 offset=160534528 len=16384
read t=34253392624 offset=160550912 len=32768
read t=34303114624 offset=160583680 len=65536
read t=34353215624 offset=170991616 len=4096
read t=34405009624 offset=170995712 len=16384
read t=34454534624 offset=171012096 len=32768
read t=34503057624 offset=171044864 len=65536
read t=34553387624 offset=169529344 len=4096
read t=34604981624 offset=169533440 len=16384
read t=34654438624 offset=169549824 len=32768
read t=34703088624 offset=169582592 len=65536
read t=34756008624 offset=159666176 len=4096
read t=34807087624 offset=159670272 len=16384
read t=34864406624 offset=159686656 len=32768
read t=34903116624 offset=159719424 len=28672
read t=34953191624 offset=167178240 len=4096
read t=35006293624 offset=167182336 len=16384
read t=35053360624 offset=167198720 len=32768
read t=35103196624 offset=167231488 len=65536
read t=35153110624 offset=159318016 len=4096
read t=35203194624 offset=159322112 len=16384
read t=35253314624 offset=159338496 len=32768
read t=35303106624 offset=159371264 len=65536
read t=35354620624 offset=170041344 len=4096
read t=35416400624 offset=170045440 len=16384
read t=35467388624 offset=170061824 len=32768
read t=35508623624 offset=170094592 len=65536
read t=35553017624 offset=170160128 len=131072
read t=35612390624 offset=167923712 len=4096
read t=35654796624 offset=167927808 len=16384
read t=35715890624 offset=167944192 len=32768
read t=35753151624 offset=167976960 len=65536
read t=35815114624 offset=168042496 len=131072
read t=35878626624 offset=159436800 len=131072
read t=35919499624 offset=163713024 len=4096
read t=35958624624 offset=163717120 len=16384
read t=36014916624 offset=163733504 len=32768
read t=36053335624 offset=163766272 len=65536
read t=36118459624 offset=160649216 len=16384
read t=36171057624 offset=160665600 len=32768
read t=36210512624 offset=160698368 len=65536
read t=36254344624 offset=164466688 len=4096
read t=36304282624 offset=164470784 len=16384
read t=36353590624 offset=164487168 len=32768
read t=36403635624 offset=164519936 len=65536
read t=36466588624 offset=164913152 len=4096
read t=36503158624 offset=164917248 len=16384
read t=36553477624 offset=164933632 len=32768
read t=36603369624 offset=164966400 len=65536
read t=36653080624 offset=165031936 len=131072
read t=36710046624 offset=166703104 len=4096
read t=36753834624 offset=166707200 len=16384
read t=36806820624 offset=166723584 len=32768
read t=36852998624 offset=166756352 len=65536
read t=36903047624 offset=167297024 len=16384
read t=36954184624 offset=167313408 len=32768
read t=37003680624 offset=167346176 len=65536
read t=37053195624 offset=167411712 len=131072
read t=37103069624 offset=160763904 len=131072
read t=37153117624 offset=162410496 len=4096
read t=37203292624 offset=162414592 len=16384
read t=37253355624 offset=162430976 len=32768
read t=37304197624 offset=160894976 len=131072
read t=37353072624 offset=173289472 len=4096
read t=37403303624 offset=173293568 len=16384
read t=37453469624 offset=173309952 len=32768
read t=37502998624 offset=173342720 len=65536
read t=37553028624 offset=173408256 len=131072
read t=37603101624 offset=173551616 len=4096
read t=37658720624 offset=173555712 len=16384
read t=37702949624 offset=173572096 len=32768
read t=37752878624 offset=173604864 len=65536
read t=37803022624 offset=167542784 len=131072
read t=37853222624 offset=167833600 len=4096
read t=37903220624 offset=167837696 len=16384
read t=37953503624 offset=167854080 len=32768
read t=38003048624 offset=167886848 len=36864
read t=38053752624 offset=169648128 len=131072
read t=38103095624 offset=169779200 len=131072
read t=38166833624 offset=166178816 len=4096
read t=38206472624 offset=166182912 len=16384
read t=38254131624 offset=166199296 len=32768
read t=38306573624 offset=166232064 len=65536
read t=38353974624 offset=166297600 len=131072
read t=38404059624 offset=174960640 len=131072
read t=38453006624 offset=160047104 len=4096
read t=38503184624 offset=160051200 len=16384
read t=38553246624 offset=160067584 len=32768
read t=38602910624 offset=160100352 len=65536
read t=38656170624 offset=160165888 len=131072
read t=38703207624 offset=159997952 len=16384
read t=38754344624 offset=160014336 len=32768
read t=38814606624 offset=160296960 len=16384
read t=38853423624 offset=160313344 len=32768
read t=38903070624 offset=160346112 len=65536
read t=38953170624 offset=160411648 len=118784
read t=39019560624 offset=167673856 len=131072
read t=39053439624 offset=167804928 len=28672
read t=39104139624 offset=173539328 len=12288
read t=39152923624 offset=162349056 len=4096
read t=39206659624 offset=162353152 len=16384
read t=39253216624 offset=162369536 len=32768
read t=39302863624 offset=162402304 len=8192
read t=39353112624 offset=162463744 len=4096
read t=39403146624 offset=162467840 len=131072
read t=39453112624 offset=161026048 len=131072
read t=39503131624 offset=164585472 len=131072
read t=39553036624 offset=164716544 len=131072
read t=39603064624 offset=159567872 len=98304
read t=39653062624 offset=168173568 len=65536
read t=39702912624 offset=176742400 len=4096
read t=39753079624 offset=176746496 len=16384
read t=39803103624 offset=176762880 len=12288
read t=39852908624 offset=176828416 len=32768
read t=39903605624 offset=175706112 len=131072
read t=39953326624 offset=175419392 len=4096
read t=40003195624 offset=175423488 len=16384
read t=40053210624 offset=175439872 len=16384
read t=40129254624 offset=161554432 len=4096
read t=40153051624 offset=161558528 len=16384
read t=40203196624 offset=161574912 len=32768
read t=40252958624 offset=161607680 len=65536
read t=40303002624 offset=161673216 len=131072
read t=40353510624 offset=161804288 len=131072
read t=40402992624 offset=162115584 len=4096
read t=40453175624 offset=162119680 len=16384
read t=40503453624 offset=162136064 len=32768
read t=40553009624 offset=162168832 len=65536
read t=40602762624 offset=162234368 len=114688
read t=40653161624 offset=176123904 len=4096
read t=40703490624 offset=176128000 len=16384
read t=40754047624 offset=176144384 len=32768
read t=40803041624 offset=176177152 len=65536
read t=40853049624 offset=176242688 len=131072
read t=40903110624 offset=176373760 len=131072
read t=40953400624 offset=176504832 len=131072
read t=41005680624 offset=176635904 len=106496
read t=41053316624 offset=176861184 len=36864
read t=41106556624 offset=176058368 len=4096
read t=41154644624 offset=176062464 len=16384
read t=41205797624 offset=176078848 len=32768
read t=41253225624 offset=176111616 len=12288
read t=41307729624 offset=175996928 len=4096
read t=41353142624 offset=176001024 len=16384
read t=41403428624 offset=176017408 len=32768
read t=41452950624 offset=176050176 len=8192
read t=41528421624 offset=175869952 len=4096
read t=41553024624 offset=175874048 len=16384
read t=41603238624 offset=175890432 len=32768
read t=41652962624 offset=175923200 len=65536
read t=41702952624 offset=175988736 len=8192
read t=41775962624 offset=175120384 len=4096
read t=41803136624 offset=175124480 len=16384
read t=41853007624 offset=175140864 len=32768
read t=41902899624 offset=175173632 len=65536
read t=41952999624 offset=175239168 len=131072
read t=42008652624 offset=175370240 len=49152
read t=42150656624 offset=175091712 len=16384
read t=42151985624 offset=175108096 len=12288
read t=42164039624 offset=175837184 len=32768
read t=42207698624 offset=62390272 len=4096
read t=42254747624 offset=62394368 len=16384
read t=42303333624 offset=62410752 len=32768
read t=42352972624 offset=62443520 len=65536
read t=42403172624 offset=150839296 len=4096
read t=42453342624 offset=150843392 len=16384
read t=42503495624 offset=150859776 len=32768
read t=42553001624 offset=150892544 len=65536
read t=42603503624 offset=150384640 len=4096
read t=42653174624 offset=150388736 len=16384
read t=42703475624 offset=150405120 len=32768
read t=42753023624 offset=150437888 len=65536
read t=42803033624 offset=150106112 len=4096
read t=42853244624 offset=150110208 len=16384
read t=42903392624 offset=150126592 len=32768
read t=42952966624 offset=150159360 len=65536
read t=43003005624 offset=150224896 len=131072
read t=43053077624 offset=150654976 len=4096
read t=43103337624 offset=150659072 len=16384
read t=43159623624 offset=150675456 len=32768
read t=43210527624 offset=150708224 len=65536
read t=43254540624 offset=150773760 len=65536
read t=43303055624 offset=127614976 len=4096
read t=43358710624 offset=127619072 len=16384
read t=43403337624 offset=127635456 len=32768
read t=43458536624 offset=127668224 len=65536
read t=43503309624 offset=150503424 len=131072
read t=43562904624 offset=140259328 len=4096
read t=43603501624 offset=140263424 len=16384
read t=43654857624 offset=140279808 len=32768
read t=43702984624 offset=140312576 len=65536
read t=43754588624 offset=137969664 len=4096
read t=43803479624 offset=137973760 len=16384
read t=43853790624 offset=137990144 len=32768
read t=43903099624 offset=138022912 len=65536
read t=43952981624 offset=67870720 len=4096
read t=44003292624 offset=67874816 len=16384
read t=44053411624 offset=67891200 len=32768
read t=44103098624 offset=67923968 len=65536
read t=44153093624 offset=54329344 len=4096
read t=44206808624 offset=54333440 len=16384
read t=44253626624 offset=54349824 len=32768
read t=44306583624 offset=54382592 len=65536
read t=44353974624 offset=54448128 len=131072
read t=44402956624 offset=161988608 len=4096
read t=44453295624 offset=161992704 len=16384
read t=44503909624 offset=162009088 len=32768
read t=44553113624 offset=162041856 len=65536
read t=44603073624 offset=162107392 len=8192
read t=44681551624 offset=50130944 len=131072
read t=45132917624 offset=51945472 len=4096
read t=45134272624 offset=51949568 len=16384
read t=45136050624 offset=51965952 len=32768
read t=45136380624 offset=51998720 len=65536
read t=45189520624 offset=52064256 len=131072
read t=45243750624 offset=150958080 len=16384
read t=45284210624 offset=150974464 len=20480
read t=45373857624 offset=62259200 len=4096
read t=45384114624 offset=62263296 len=16384
read t=45434244624 offset=62279680 len=32768
read t=45487688624 offset=62312448 len=65536
read t=45646155624 offset=51372032 len=4096
read t=45646649624 offset=51376128 len=16384
read t=45647915624 offset=51392512 len=32768
read t=45684108624 offset=51425280 len=65536
read t=45739732624 offset=164847616 len=16384
read t=45784608624 offset=164864000 len=32768
read t=45834108624 offset=164896768 len=16384
read t=45984335624 offset=157626368 len=4096
read t=45987643624 offset=157630464 len=16384
read t=45988132624 offset=157646848 len=32768
read t=46034116624 offset=157679616 len=65536
read t=46086631624 offset=62377984 len=12288
read t=46155784624 offset=53587968 len=4096
read t=46184381624 offset=53592064 len=16384
read t=46236260624 offset=53608448 len=32768
read t=46284172624 offset=53641216 len=65536
read t=46334088624 offset=53706752 len=131072
read t=46580700624 offset=57864192 len=4096
read t=46581741624 offset=57868288 len=16384
read t=46583863624 offset=57884672 len=32768
read t=46585560624 offset=57917440 len=65536
read t=46642618624 offset=55349248 len=4096
read t=46682273624 offset=55353344 len=16384
read t=46732431624 offset=55369728 len=32768
read t=46790007624 offset=55402496 len=65536
read t=48492317624 offset=207831040 len=4096
read t=48492848624 offset=207835136 len=16384
read t=48493438624 offset=207851520 len=32768
read t=48494056624 offset=207884288 len=65536
read t=49301649624 offset=55468032 len=16384
read t=49304194624 offset=55484416 len=32768
read t=49322172624 offset=55517184 len=65536
read t=49791370624 offset=129064960 len=4096
read t=49795617624 offset=129069056 len=16384
read t=49802808624 offset=129085440 len=32768
read t=49814475624 offset=129118208 len=65536
read t=50047629624 offset=84520960 len=4096
read t=50049915624 offset=84525056 len=16384
read t=50052172624 offset=84541440 len=32768
read t=50053873624 offset=84574208 len=65536
read t=50101900624 offset=84639744 len=131072
read t=50149201624 offset=71929856 len=4096
read t=50199057624 offset=71933952 len=16384
read t=50257977624 offset=71950336 len=32768
read t=50299989624 offset=71983104 len=65536
read t=50351714624 offset=72048640 len=131072
read t=50460095624 offset=72179712 len=131072
read t=50480360624 offset=130129920 len=4096
read t=50498860624 offset=130134016 len=16384
read t=50549379624 offset=130150400 len=32768
read t=50604124624 offset=130183168 len=65536
read t=50653247624 offset=130248704 len=131072
read t=50698907624 offset=67846144 len=4096
read t=50758839624 offset=67850240 len=16384
read t=50802272624 offset=67866624 len=4096
read t=50910131624 offset=151113728 len=16384
read t=50935626624 offset=151130112 len=32768
read t=50998533624 offset=151162880 len=65536
read t=51006769624 offset=72310784 len=131072
read t=51058365624 offset=151277568 len=4096
read t=51107973624 offset=151281664 len=16384
read t=51151432624 offset=151298048 len=32768
read t=51203921624 offset=151330816 len=65536
read t=51250496624 offset=151801856 len=4096
read t=51298761624 offset=151805952 len=16384
read t=51354200624 offset=151822336 len=32768
read t=51426148624 offset=151855104 len=65536
read t=51450517624 offset=60067840 len=4096
read t=51498769624 offset=60071936 len=16384
read t=51554070624 offset=60088320 len=32768
read t=51645557624 offset=60121088 len=65536
read t=51674339624 offset=60559360 len=4096
read t=51699103624 offset=60563456 len=16384
read t=51749322624 offset=60579840 len=32768
read t=51837934624 offset=60514304 len=4096
read t=51860012624 offset=60518400 len=16384
read t=51899580624 offset=60534784 len=24576
read t=51951789624 offset=60612608 len=20480
read t=51998974624 offset=60186624 len=131072
read t=52051754624 offset=60317696 len=131072
read t=52100026624 offset=60448768 len=65536
read t=52150824624 offset=60633088 len=77824
read t=52671499624 offset=59301888 len=4096
read t=52672544624 offset=59305984 len=16384
read t=52673279624 offset=59322368 len=32768
read t=52673594624 offset=59355136 len=65536
read t=53379868624 offset=151920640 len=131072
read t=53717226624 offset=59420672 len=131072
read t=54027531624 offset=152051712 len=131072
read t=56283789624 offset=54579200 len=16384
read t=56299063624 offset=54595584 len=32768
read t=56319993624 offset=152182784 len=131072
read t=56523478624 offset=54829056 len=4096
read t=56524037624 offset=54833152 len=16384
read t=56524526624 offset=54849536 len=32768
read t=56535483624 offset=54882304 len=65536
read t=56583525624 offset=54947840 len=131072
read t=56672336624 offset=155496448 len=4096
read t=56675041624 offset=155500544 len=16384
read t=56725265624 offset=155516928 len=32768
read t=56778514624 offset=155549696 len=65536
read t=56975209624 offset=179421184 len=4096
read t=56975948624 offset=179425280 len=16384
read t=56976467624 offset=179441664 len=32768
read t=56976793624 offset=179474432 len=65536
read t=57100962624 offset=57663488 len=4096
read t=57101529624 offset=57667584 len=16384
read t=57127327624 offset=57683968 len=32768
read t=57183731624 offset=57716736 len=65536
read t=57230006624 offset=57782272 len=81920
read t=57277590624 offset=55582720 len=81920
read t=57331672624 offset=155615232 len=131072
read t=57376936624 offset=59731968 len=4096
read t=57430847624 offset=59736064 len=16384
read t=57477407624 offset=59752448 len=32768
read t=57529427624 offset=59785216 len=65536
read t=57580335624 offset=53944320 len=4096
read t=57628034624 offset=53948416 len=16384
read t=57678007624 offset=53964800 len=32768
read t=57728123624 offset=53997568 len=65536
read t=57779637624 offset=54063104 len=131072
read t=57827636624 offset=54194176 len=131072
read t=57883416624 offset=58081280 len=4096
read t=57927127624 offset=58085376 len=16384
read t=57977374624 offset=58101760 len=32768
read t=58027754624 offset=58134528 len=65536
read t=58090132624 offset=58200064 len=131072
read t=58204189624 offset=164159488 len=4096
read t=58219194624 offset=164163584 len=16384
read t=58240522624 offset=164179968 len=32768
read t=58278811624 offset=164212736 len=65536
read t=58327202624 offset=153382912 len=4096
read t=58377135624 offset=153387008 len=16384
read t=58428716624 offset=153403392 len=32768
read t=58480862624 offset=153436160 len=65536
read t=58538105624 offset=153501696 len=131072
read t=58587643624 offset=168800256 len=4096
read t=58630791624 offset=168804352 len=16384
read t=58678868624 offset=168820736 len=32768
read t=58738048624 offset=168853504 len=65536
read t=58778626624 offset=153096192 len=4096
read t=58827191624 offset=153100288 len=16384
read t=58877379624 offset=153116672 len=32768
read t=58935467624 offset=153149440 len=65536
read t=58976930624 offset=153636864 len=4096
read t=59027187624 offset=153640960 len=16384
read t=59078446624 offset=153657344 len=32768
read t=59130496624 offset=153690112 len=65536
read t=59180843624 offset=153755648 len=131072
read t=59255707624 offset=173670400 len=131072
read t=59286734624 offset=152621056 len=4096
read t=59330929624 offset=152625152 len=16384
read t=59380872624 offset=152641536 len=32768
read t=59449760624 offset=152674304 len=65536
read t=59477133624 offset=150355968 len=28672
read t=59527037624 offset=153632768 len=4096
read t=59577016624 offset=153079808 len=4096
read t=59627422624 offset=153083904 len=12288
read t=59724386624 offset=152981504 len=4096
read t=59726942624 offset=152985600 len=16384
read t=59777325624 offset=153001984 len=32768
read t=59829842624 offset=153034752 len=45056
read t=59880339624 offset=152571904 len=4096
read t=59928208624 offset=152576000 len=16384
read t=59978085624 offset=152592384 len=28672
read t=60026461624 offset=154087424 len=4096
read t=60077267624 offset=154091520 len=16384
read t=60127467624 offset=154107904 len=32768
read t=60181017624 offset=154140672 len=65536
read t=60227943624 offset=152739840 len=114688
read t=60277599624 offset=154206208 len=131072
read t=60327357624 offset=153886720 len=131072
read t=60376969624 offset=152551424 len=4096
read t=60427204624 offset=152555520 len=16384
read t=60501595624 offset=82915328 len=4096
read t=60527018624 offset=82919424 len=16384
read t=60577416624 offset=82935808 len=32768
read t=60631466624 offset=82968576 len=65536
read t=60676978624 offset=83509248 len=4096
read t=60727783624 offset=83513344 len=16384
read t=60778297624 offset=83529728 len=32768
read t=60835618624 offset=83562496 len=65536
read t=60894684624 offset=153214976 len=81920
read t=60930570624 offset=83222528 len=4096
read t=60978862624 offset=83226624 len=16384
read t=61031016624 offset=83243008 len=32768
read t=61099615624 offset=83275776 len=65536
read t=61142687624 offset=52740096 len=4096
read t=61177099624 offset=52744192 len=16384
read t=61241144624 offset=52760576 len=32768
read t=61277583624 offset=52793344 len=65536
read t=61331585624 offset=52858880 len=131072
read t=61377004624 offset=155140096 len=4096
read t=61427762624 offset=155144192 len=16384
read t=61477439624 offset=155160576 len=32768
read t=61527722624 offset=155193344 len=65536
read t=61583597624 offset=155258880 len=131072
read t=61626906624 offset=67002368 len=4096
read t=61677475624 offset=67006464 len=16384
read t=61728508624 offset=67022848 len=32768
read t=61780636624 offset=67055616 len=65536
read t=61826940624 offset=154017792 len=16384
read t=61883037624 offset=154034176 len=32768
read t=61926963624 offset=154066944 len=20480
read t=61977416624 offset=58376192 len=4096
read t=62027281624 offset=58380288 len=16384
read t=62078857624 offset=58396672 len=32768
read t=62127204624 offset=58429440 len=65536
read t=62180967624 offset=120844288 len=4096
read t=62227273624 offset=120848384 len=16384
read t=62283176624 offset=120864768 len=32768
read t=62327038624 offset=120897536 len=65536
read t=62377044624 offset=67121152 len=131072
read t=62427350624 offset=58916864 len=4096
read t=62477330624 offset=58920960 len=16384
read t=62527566624 offset=58937344 len=32768
read t=62578457624 offset=58970112 len=65536
read t=62626447624 offset=62971904 len=4096
read t=62686790624 offset=62976000 len=16384
read t=62729685624 offset=62992384 len=32768
read t=62779515624 offset=63025152 len=65536
read t=62831212624 offset=63090688 len=131072
read t=62877250624 offset=58494976 len=131072
read t=62926534624 offset=63221760 len=131072
read t=62977078624 offset=58626048 len=131072
read t=63035568624 offset=63352832 len=131072
read t=63078244624 offset=58875904 len=4096
read t=63126606624 offset=58880000 len=16384
read t=63177417624 offset=58896384 len=20480
read t=63243375624 offset=58757120 len=118784
read t=63287654624 offset=63483904 len=131072
read t=63576255624 offset=55218176 len=4096
read t=63576777624 offset=55222272 len=16384
read t=63577281624 offset=55238656 len=32768
read t=63577506624 offset=55271424 len=65536
read t=63660348624 offset=55336960 len=12288
read t=64416767624 offset=53837824 len=16384
read t=64456746624 offset=59932672 len=4096
read t=64457358624 offset=59936768 len=16384
read t=64457952624 offset=59953152 len=32768
read t=64470209624 offset=59985920 len=65536
read t=64700767624 offset=62685184 len=4096
read t=64701331624 offset=62689280 len=16384
read t=64701850624 offset=62705664 len=32768
read t=64702115624 offset=62738432 len=65536
read t=64753883624 offset=62803968 len=131072
read t=64981615624 offset=67551232 len=4096
read t=64982127624 offset=67555328 len=16384
read t=64982611624 offset=67571712 len=32768
read t=64983882624 offset=67604480 len=65536
read t=65128110624 offset=178909184 len=4096
read t=65128635624 offset=178913280 len=16384
read t=65132872624 offset=178929664 len=32768
read t=65186647624 offset=178962432 len=65536
read t=65233249624 offset=56066048 len=4096
read t=65282951624 offset=56070144 len=16384
read t=65333510624 offset=56086528 len=32768
read t=65382544624 offset=56119296 len=65536
read t=65433124624 offset=57204736 len=4096
read t=65483233624 offset=57208832 len=16384
read t=65555009624 offset=57225216 len=32768
read t=65583061624 offset=57257984 len=65536
read t=65633351624 offset=56184832 len=131072
read t=65683129624 offset=56315904 len=131072
read t=65733369624 offset=56446976 len=131072
read t=65783111624 offset=56889344 len=4096
read t=65833651624 offset=56893440 len=16384
read t=65887329624 offset=56909824 len=32768
read t=65934604624 offset=56942592 len=65536
read t=65986492624 offset=57008128 len=131072
read t=66034892624 offset=56578048 len=16384
read t=66083586624 offset=56594432 len=32768
read t=66133099624 offset=56627200 len=65536
read t=66183260624 offset=56692736 len=131072
read t=66233116624 offset=57139200 len=16384
read t=66283215624 offset=57155584 len=32768
read t=66333005624 offset=57188352 len=16384
read t=66383116624 offset=56823808 len=65536
read t=66468456624 offset=57323520 len=126976
read t=66624630624 offset=174153728 len=4096
read t=66625250624 offset=174157824 len=16384
read t=66625762624 offset=174174208 len=32768
read t=66632597624 offset=174206976 len=65536
read t=66790161624 offset=173801472 len=16384
read t=66790868624 offset=173817856 len=32768
read t=66791379624 offset=173850624 len=65536
read t=66832844624 offset=207728640 len=4096
read t=66890603624 offset=207732736 len=16384
read t=66933920624 offset=207749120 len=32768
read t=66983326624 offset=207781888 len=49152
read t=67034610624 offset=207949824 len=28672
read t=67217443624 offset=174440448 len=4096
read t=67232605624 offset=174444544 len=16384
read t=67240254624 offset=174460928 len=32768
read t=67251702624 offset=174493696 len=65536
read t=67896463624 offset=173916160 len=131072
read t=68166836624 offset=174047232 len=106496
read t=68188447624 offset=174272512 len=36864
read t=68376552624 offset=54747136 len=4096
read t=68382543624 offset=54751232 len=16384
read t=68383058624 offset=54767616 len=32768
read t=68387588624 offset=54800384 len=28672
read t=69375668624 offset=263655424 len=4096
read t=69376188624 offset=263659520 len=16384
read t=69376669624 offset=263675904 len=32768
read t=69376930624 offset=263708672 len=65536
read t=69426974624 offset=233504768 len=4096
read t=69478683624 offset=233508864 len=16384
read t=69527494624 offset=233525248 len=32768
read t=69577013624 offset=233558016 len=65536
read t=69627124624 offset=233623552 len=131072
read t=69677146624 offset=233754624 len=131072
read t=69984210624 offset=52445184 len=4096
read t=69990687624 offset=52449280 len=16384
read t=69991487624 offset=52465664 len=32768
read t=69992055624 offset=52498432 len=65536
read t=70039560624 offset=52563968 len=131072
read t=70086007624 offset=52695040 len=45056
read t=70300083624 offset=263819264 len=4096
read t=70302317624 offset=263823360 len=16384
read t=70302822624 offset=263839744 len=32768
read t=70303136624 offset=263872512 len=65536
read t=70900906624 offset=50872320 len=4096
read t=70901537624 offset=50876416 len=16384
read t=70902043624 offset=50892800 len=32768
read t=70913502624 offset=50925568 len=65536
read t=70951931624 offset=190472192 len=4096
read t=71002344624 offset=190476288 len=16384
read t=71052364624 offset=190492672 len=32768
read t=71101932624 offset=190525440 len=65536
read t=71152045624 offset=190590976 len=131072
read t=75914751624 offset=181645312 len=4096
read t=75915432624 offset=181649408 len=16384
read t=75915963624 offset=181665792 len=32768
read t=75916230624 offset=181698560 len=65536
read t=76182671624 offset=54628352 len=73728
read t=76209692624 offset=55664640 len=114688
read t=76270961624 offset=61603840 len=4096
read t=76271793624 offset=61607936 len=16384
read t=76272514624 offset=61624320 len=32768
read t=76283734624 offset=61657088 len=65536
read t=82544027624 offset=177258496 len=4096
read t=82544598624 offset=177262592 len=16384
read t=82545117624 offset=177278976 len=32768
read t=82545458624 offset=177311744 len=65536
read t=82594915624 offset=52195328 len=131072
read t=82646575624 offset=163442688 len=4096
read t=82695057624 offset=163446784 len=16384
read t=82745067624 offset=163463168 len=32768
read t=82794964624 offset=163495936 len=65536
read t=82850557624 offset=179027968 len=16384
read t=82895491624 offset=179044352 len=32768
read t=82944993624 offset=179077120 len=65536
read t=82994793624 offset=163561472 len=16384
read t=83045557624 offset=163577856 len=32768
read t=83095110624 offset=163610624 len=65536
read t=83145160624 offset=50298880 len=4096
read t=83198670624 offset=50302976 len=16384
read t=83245491624 offset=50319360 len=32768
read t=83295060624 offset=50352128 len=65536
read t=83346425624 offset=180293632 len=4096
read t=83395926624 offset=180297728 len=16384
read t=83445263624 offset=180314112 len=32768
read t=83494991624 offset=180346880 len=65536
read t=83546266624 offset=171958272 len=4096
read t=83596007624 offset=171962368 len=16384
read t=83646735624 offset=171978752 len=32768
read t=83723444624 offset=172011520 len=65536
read t=83744968624 offset=172244992 len=4096
read t=83798668624 offset=172249088 len=16384
read t=83848195624 offset=172265472 len=32768
read t=83897241624 offset=172298240 len=65536
read t=83945392624 offset=180568064 len=4096
read t=83995108624 offset=180572160 len=16384
read t=84045392624 offset=180588544 len=32768
read t=84095049624 offset=180621312 len=65536
read t=84144883624 offset=163840000 len=4096
read t=84195435624 offset=163844096 len=16384
read t=84245457624 offset=163860480 len=32768
read t=84295065624 offset=163893248 len=65536
read t=84345096624 offset=50851840 len=4096
read t=84395437624 offset=50855936 len=16384
read t=84447540624 offset=163958784 len=131072
read t=84495842624 offset=164401152 len=4096
read t=84545249624 offset=164405248 len=16384
read t=84598762624 offset=164421632 len=32768
read t=84645008624 offset=164454400 len=12288
read t=84695046624 offset=151228416 len=16384
read t=84745312624 offset=151244800 len=32768
read t=84798370624 offset=172077056 len=131072
read t=84858142624 offset=172208128 len=36864
read t=84899070624 offset=163676160 len=36864
read t=84946533624 offset=173228032 len=4096
read t=84995080624 offset=173232128 len=16384
read t=85045435624 offset=173248512 len=32768
read t=85095075624 offset=173281280 len=8192
read t=85145216624 offset=172363776 len=16384
read t=85198991624 offset=172380160 len=32768
read t=85244985624 offset=172412928 len=65536
read t=85295137624 offset=180412416 len=131072
read t=85345026624 offset=180543488 len=24576
read t=85451100624 offset=180686848 len=118784
read t=85534118624 offset=174563328 len=4096
read t=85534616624 offset=174567424 len=16384
read t=85545065624 offset=174583808 len=32768
read t=85602455624 offset=174616576 len=65536
read t=85825114624 offset=174559232 len=4096
read t=85947922624 offset=174682112 len=73728
read t=86428282624 offset=50417664 len=131072
read t=86437834624 offset=50548736 len=131072
read t=86444781624 offset=50679808 len=131072
read t=86447687624 offset=50810880 len=40960
read t=86479940624 offset=50991104 len=81920
read t=86610243624 offset=57577472 len=4096
read t=86618498624 offset=57581568 len=16384
read t=86632189624 offset=57597952 len=32768
read t=86679545624 offset=57630720 len=32768
read t=86966783624 offset=53002240 len=4096
read t=86982863624 offset=53006336 len=16384
read t=86984808624 offset=53022720 len=32768
read t=87002543624 offset=53055488 len=65536
end files=3077 reads=730
