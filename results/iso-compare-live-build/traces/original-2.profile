liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-50-amd64
image bytes_used=264880526 mkfs_time=1796593616 inode_count=15274 block_size=131072 compressor=zstd sha256=8fb34fbcbd0b2d8d5672c5cdd607bda05e624284a496a4af7e375929c4436424
events 814
dropped 0
boots 1
duration_ns 71917208151
file /boot/config-6.1.0-50-amd64 inode=4 t=18520027408 kinds=block pages=0-63 ranks=0 count=2
file /boot/initrd.img-6.1.0-50-amd64 inode=5 t=19616153408 kinds=block pages=0-159 ranks=1 count=6
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.md5sums inode=15003 t=20015683408 kinds=block pages=96-99 ranks=2 count=1
file /var/lib/dpkg/info/libtirpc-common.md5sums inode=14962 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=3 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.list inode=14963 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=4 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.md5sums inode=14964 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=5 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.shlibs inode=14965 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=6 count=1
file /var/lib/dpkg/info/libtirpc3:amd64.symbols inode=14966 t=20015683408 kinds=fragment-inferred,block pages=0-2 ranks=7 count=1
file /var/lib/dpkg/info/libudev1:amd64.list inode=14968 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=8 count=1
file /var/lib/dpkg/info/libudev1:amd64.md5sums inode=14969 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=9 count=1
file /var/lib/dpkg/info/libudev1:amd64.shlibs inode=14970 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=10 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=14971 t=20015683408 kinds=fragment-inferred,block pages=0-1 ranks=11 count=1
file /var/lib/dpkg/info/libunistring2:amd64.list inode=14973 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=12 count=1
file /var/lib/dpkg/info/libunistring2:amd64.md5sums inode=14974 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=13 count=1
file /var/lib/dpkg/info/libunistring2:amd64.shlibs inode=14975 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=14 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=14976 t=20015683408 kinds=fragment-inferred,block pages=0-5 ranks=15 count=1
file /var/lib/dpkg/info/libuuid1:amd64.list inode=14978 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=16 count=1
file /var/lib/dpkg/info/libuuid1:amd64.md5sums inode=14979 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=17 count=1
file /var/lib/dpkg/info/libuuid1:amd64.shlibs inode=14980 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=18 count=1
file /var/lib/dpkg/info/libuuid1:amd64.symbols inode=14981 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=19 count=1
file /var/lib/dpkg/info/libxtables12:amd64.list inode=14983 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=20 count=1
file /var/lib/dpkg/info/libxtables12:amd64.md5sums inode=14984 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=21 count=1
file /var/lib/dpkg/info/libxtables12:amd64.shlibs inode=14985 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=22 count=1
file /var/lib/dpkg/info/libxtables12:amd64.symbols inode=14986 t=20015683408 kinds=fragment-inferred,block pages=0-1 ranks=23 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.list inode=14988 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=24 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.md5sums inode=14989 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=25 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.shlibs inode=14990 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=26 count=1
file /var/lib/dpkg/info/libxxhash0:amd64.symbols inode=14991 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=27 count=1
file /var/lib/dpkg/info/libzstd1:amd64.list inode=14993 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=28 count=1
file /var/lib/dpkg/info/libzstd1:amd64.md5sums inode=14994 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=29 count=1
file /var/lib/dpkg/info/libzstd1:amd64.shlibs inode=14995 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=30 count=1
file /var/lib/dpkg/info/linux-base.list inode=14997 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=31 count=1
file /var/lib/dpkg/info/linux-base.md5sums inode=14998 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=32 count=1
file /var/lib/dpkg/info/linux-base.postinst inode=14999 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=33 count=1
file /var/lib/dpkg/info/linux-base.templates inode=15001 t=20015683408 kinds=fragment-inferred,block pages=0-2 ranks=34 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postinst inode=15004 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=35 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.postrm inode=15005 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=36 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.preinst inode=15006 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=37 count=1
file /var/lib/dpkg/info/linux-image-6.1.0-50-amd64.prerm inode=15007 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=38 count=1
file /var/lib/dpkg/info/linux-image-amd64.list inode=15008 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=39 count=1
file /var/lib/dpkg/info/linux-image-amd64.md5sums inode=15009 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=40 count=1
file /var/lib/dpkg/info/linux-image-amd64.postinst inode=15010 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=41 count=1
file /var/lib/dpkg/info/linux-image-amd64.postrm inode=15011 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=42 count=1
file /var/lib/dpkg/info/linux-image-amd64.preinst inode=15012 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=43 count=1
file /var/lib/dpkg/info/linux-image-amd64.prerm inode=15013 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=44 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.list inode=15014 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=45 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.md5sums inode=15015 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=46 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.postinst inode=15016 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=47 count=1
file /var/lib/dpkg/info/live-boot-initramfs-tools.postrm inode=15017 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=48 count=1
file /var/lib/dpkg/info/live-boot.list inode=15019 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=49 count=1
file /var/lib/dpkg/info/live-boot.md5sums inode=15020 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=50 count=1
file /var/lib/dpkg/info/live-boot.postinst inode=15021 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=51 count=1
file /var/lib/dpkg/info/live-boot.postrm inode=15022 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=52 count=1
file /var/lib/dpkg/info/live-config-systemd.list inode=15023 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=53 count=1
file /var/lib/dpkg/info/live-config-systemd.md5sums inode=15024 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=54 count=1
file /var/lib/dpkg/info/live-config-systemd.postinst inode=15025 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=55 count=1
file /var/lib/dpkg/info/live-config-systemd.postrm inode=15026 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=56 count=1
file /var/lib/dpkg/info/live-config-systemd.prerm inode=15027 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=57 count=1
file /var/lib/dpkg/info/live-config.list inode=15028 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=58 count=1
file /var/lib/dpkg/info/live-config.md5sums inode=15029 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=59 count=1
file /var/lib/dpkg/info/live-config.postinst inode=15030 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=60 count=1
file /var/lib/dpkg/info/live-config.postrm inode=15031 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=61 count=1
file /var/lib/dpkg/info/login.conffiles inode=15032 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=62 count=1
file /var/lib/dpkg/info/login.list inode=15033 t=20015683408 kinds=fragment-inferred,block pages=0-2 ranks=63 count=1
file /var/lib/dpkg/info/login.md5sums inode=15034 t=20015683408 kinds=fragment-inferred,block pages=0-2 ranks=64 count=1
file /var/lib/dpkg/info/login.postinst inode=15035 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=65 count=1
file /var/lib/dpkg/info/login.postrm inode=15036 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=66 count=1
file /var/lib/dpkg/info/login.preinst inode=15037 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=67 count=1
file /var/lib/dpkg/info/login.prerm inode=15038 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=68 count=1
file /var/lib/dpkg/info/logrotate.conffiles inode=15039 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=69 count=1
file /var/lib/dpkg/info/logrotate.list inode=15040 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=70 count=1
file /var/lib/dpkg/info/logrotate.md5sums inode=15041 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=71 count=1
file /var/lib/dpkg/info/logrotate.postinst inode=15042 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=72 count=1
file /var/lib/dpkg/info/logrotate.postrm inode=15043 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=73 count=1
file /var/lib/dpkg/info/logrotate.prerm inode=15044 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=74 count=1
file /var/lib/dpkg/info/logsave.list inode=15045 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=75 count=1
file /var/lib/dpkg/info/logsave.md5sums inode=15046 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=76 count=1
file /var/lib/dpkg/info/mawk.list inode=15047 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=77 count=1
file /var/lib/dpkg/info/mawk.md5sums inode=15048 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=78 count=1
file /var/lib/dpkg/info/mawk.postinst inode=15049 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=79 count=1
file /var/lib/dpkg/info/mawk.prerm inode=15050 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=80 count=1
file /var/lib/dpkg/info/mount.list inode=15051 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=81 count=1
file /var/lib/dpkg/info/mount.md5sums inode=15052 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=82 count=1
file /var/lib/dpkg/info/nano.conffiles inode=15053 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=83 count=1
file /var/lib/dpkg/info/nano.list inode=15054 t=20015683408 kinds=fragment-inferred,block pages=0-1 ranks=84 count=1
file /var/lib/dpkg/info/nano.md5sums inode=15055 t=20015683408 kinds=fragment-inferred,block pages=0-1 ranks=85 count=1
file /var/lib/dpkg/info/nano.postinst inode=15056 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=86 count=1
file /var/lib/dpkg/info/nano.prerm inode=15057 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=87 count=1
file /var/lib/dpkg/info/ncurses-base.conffiles inode=15058 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=88 count=1
file /var/lib/dpkg/info/ncurses-base.list inode=15059 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=89 count=1
file /var/lib/dpkg/info/ncurses-base.md5sums inode=15060 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=90 count=1
file /var/lib/dpkg/info/ncurses-bin.list inode=15061 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=91 count=1
file /var/lib/dpkg/info/ncurses-bin.md5sums inode=15062 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=92 count=1
file /var/lib/dpkg/info/netbase.conffiles inode=15063 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=93 count=1
file /var/lib/dpkg/info/netbase.list inode=15064 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=94 count=1
file /var/lib/dpkg/info/netbase.md5sums inode=15065 t=20015683408 kinds=fragment-inferred,block pages=0 ranks=95 count=1
file /var/lib/dpkg/info/netbase.postinst inode=15066 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=96 count=1
file /var/lib/dpkg/info/netbase.postrm inode=15067 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=97 count=1
file /var/lib/dpkg/info/nftables.conffiles inode=15068 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=98 count=1
file /var/lib/dpkg/info/nftables.list inode=15069 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=99 count=1
file /var/lib/dpkg/info/nftables.md5sums inode=15070 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=100 count=1
file /var/lib/dpkg/info/nftables.postinst inode=15071 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=101 count=1
file /var/lib/dpkg/info/nftables.postrm inode=15072 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=102 count=1
file /var/lib/dpkg/info/passwd.conffiles inode=15073 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=103 count=1
file /var/lib/dpkg/info/passwd.list inode=15074 t=20065960408 kinds=fragment-inferred,block pages=0-3 ranks=104 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=15075 t=20065960408 kinds=fragment-inferred,block pages=0-4 ranks=105 count=1
file /var/lib/dpkg/info/passwd.postinst inode=15076 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=106 count=1
file /var/lib/dpkg/info/passwd.postrm inode=15077 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=107 count=1
file /var/lib/dpkg/info/passwd.preinst inode=15078 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=108 count=1
file /var/lib/dpkg/info/passwd.prerm inode=15079 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=109 count=1
file /var/lib/dpkg/info/perl-base.list inode=15080 t=20065960408 kinds=fragment-inferred,block pages=0-10 ranks=110 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=15081 t=20065960408 kinds=fragment-inferred,block pages=0-13 ranks=111 count=1
file /var/lib/dpkg/info/perl-base.postinst inode=15082 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=112 count=1
file /var/lib/dpkg/info/perl-base.postrm inode=15083 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=113 count=1
file /var/lib/dpkg/info/perl-base.preinst inode=15084 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=114 count=1
file /var/lib/dpkg/info/perl-base.prerm inode=15085 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=115 count=1
file /var/lib/dpkg/info/procps.conffiles inode=15086 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=116 count=1
file /var/lib/dpkg/info/procps.list inode=15087 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=117 count=1
file /var/lib/dpkg/info/procps.md5sums inode=15088 t=20065960408 kinds=fragment-inferred,block pages=0-2 ranks=118 count=1
file /var/lib/dpkg/info/procps.postinst inode=15089 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=119 count=1
file /var/lib/dpkg/info/procps.postrm inode=15090 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=120 count=1
file /var/lib/dpkg/info/procps.preinst inode=15091 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=121 count=1
file /var/lib/dpkg/info/procps.prerm inode=15092 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=122 count=1
file /var/lib/dpkg/info/readline-common.list inode=15093 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=123 count=1
file /var/lib/dpkg/info/readline-common.md5sums inode=15094 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=124 count=1
file /var/lib/dpkg/info/readline-common.postinst inode=15095 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=125 count=1
file /var/lib/dpkg/info/readline-common.postrm inode=15096 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=126 count=1
file /var/lib/dpkg/info/rsyslog.conffiles inode=15097 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=127 count=1
file /var/lib/dpkg/info/rsyslog.list inode=15098 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=128 count=1
file /var/lib/dpkg/info/rsyslog.md5sums inode=15099 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=129 count=1
file /var/lib/dpkg/info/rsyslog.postinst inode=15100 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=130 count=1
file /var/lib/dpkg/info/rsyslog.postrm inode=15101 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=131 count=1
file /var/lib/dpkg/info/rsyslog.preinst inode=15102 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=132 count=1
file /var/lib/dpkg/info/rsyslog.prerm inode=15103 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=133 count=1
file /var/lib/dpkg/info/rsyslog.triggers inode=15104 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=134 count=1
file /var/lib/dpkg/info/sed.list inode=15105 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=135 count=1
file /var/lib/dpkg/info/sed.md5sums inode=15106 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=136 count=1
file /var/lib/dpkg/info/sensible-utils.list inode=15107 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=137 count=1
file /var/lib/dpkg/info/sensible-utils.md5sums inode=15108 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=138 count=1
file /var/lib/dpkg/info/systemd-sysv.list inode=15109 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=139 count=1
file /var/lib/dpkg/info/systemd-sysv.md5sums inode=15110 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=140 count=1
file /var/lib/dpkg/info/systemd-sysv.postinst inode=15111 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=141 count=1
file /var/lib/dpkg/info/systemd.conffiles inode=15112 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=142 count=1
file /var/lib/dpkg/info/systemd.list inode=15113 t=20065960408 kinds=fragment-inferred,block pages=0-9 ranks=143 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=15114 t=20065960408 kinds=fragment-inferred,block pages=0-11 ranks=144 count=1
file /var/lib/dpkg/info/systemd.postinst inode=15115 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=145 count=1
file /var/lib/dpkg/info/systemd.postrm inode=15116 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=146 count=1
file /var/lib/dpkg/info/systemd.preinst inode=15117 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=147 count=1
file /var/lib/dpkg/info/systemd.prerm inode=15118 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=148 count=1
file /var/lib/dpkg/info/systemd.triggers inode=15119 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=149 count=1
file /var/lib/dpkg/info/sysvinit-utils.list inode=15120 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=150 count=1
file /var/lib/dpkg/info/sysvinit-utils.md5sums inode=15121 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=151 count=1
file /var/lib/dpkg/info/tar.list inode=15122 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=152 count=1
file /var/lib/dpkg/info/tar.md5sums inode=15123 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=153 count=1
file /var/lib/dpkg/info/tar.postinst inode=15124 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=154 count=1
file /var/lib/dpkg/info/tar.prerm inode=15125 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=155 count=1
file /var/lib/dpkg/info/tasksel-data.list inode=15126 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=156 count=1
file /var/lib/dpkg/info/tasksel-data.md5sums inode=15127 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=157 count=1
file /var/lib/dpkg/info/tasksel-data.postinst inode=15128 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=158 count=1
file /var/lib/dpkg/info/tasksel.list inode=15129 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=159 count=1
file /var/lib/dpkg/info/tasksel.md5sums inode=15130 t=20065960408 kinds=fragment-inferred,block pages=0-1 ranks=160 count=1
file /var/lib/dpkg/info/tasksel.postinst inode=15131 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=161 count=1
file /var/lib/dpkg/info/tasksel.postrm inode=15132 t=20065960408 kinds=fragment-inferred,block pages=0 ranks=162 count=1
file /var/lib/dpkg/info/tasksel.templates inode=15133 t=20115358408 kinds=fragment-inferred,block pages=0-12 ranks=163 count=1
file /var/lib/dpkg/info/tzdata.config inode=15134 t=20115358408 kinds=fragment-inferred,block pages=0-1 ranks=164 count=1
file /var/lib/dpkg/info/tzdata.list inode=15135 t=20115358408 kinds=fragment-inferred,block pages=0-12 ranks=165 count=1
file /var/lib/dpkg/info/tzdata.templates inode=15141 t=20265972408 kinds=block pages=0-69 ranks=166 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=15136 t=20316055408 kinds=fragment-inferred,block pages=0-15 ranks=167 count=1
file /var/lib/dpkg/info/tzdata.postinst inode=15137 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=168 count=1
file /var/lib/dpkg/info/tzdata.postrm inode=15138 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=169 count=1
file /var/lib/dpkg/info/tzdata.preinst inode=15139 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=170 count=1
file /var/lib/dpkg/info/tzdata.prerm inode=15140 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=171 count=1
file /var/lib/dpkg/info/udev.conffiles inode=15142 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=172 count=1
file /var/lib/dpkg/info/udev.list inode=15143 t=20316055408 kinds=fragment-inferred,block pages=0-1 ranks=173 count=1
file /var/lib/dpkg/info/udev.md5sums inode=15144 t=20316055408 kinds=fragment-inferred,block pages=0-1 ranks=174 count=1
file /var/lib/dpkg/info/udev.postinst inode=15145 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=175 count=1
file /var/lib/dpkg/info/udev.postrm inode=15146 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=176 count=1
file /var/lib/dpkg/info/udev.preinst inode=15147 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=177 count=1
file /var/lib/dpkg/info/udev.prerm inode=15148 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=178 count=1
file /var/lib/dpkg/info/udev.triggers inode=15149 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=179 count=1
file /var/lib/dpkg/info/usr-is-merged.list inode=15150 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=180 count=1
file /var/lib/dpkg/info/usr-is-merged.md5sums inode=15151 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=181 count=1
file /var/lib/dpkg/info/usr-is-merged.postinst inode=15152 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=182 count=1
file /var/lib/dpkg/info/usr-is-merged.preinst inode=15153 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=183 count=1
file /var/lib/dpkg/info/util-linux-extra.conffiles inode=15154 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=184 count=1
file /var/lib/dpkg/info/util-linux-extra.list inode=15155 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=185 count=1
file /var/lib/dpkg/info/util-linux-extra.md5sums inode=15156 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=186 count=1
file /var/lib/dpkg/info/util-linux-extra.postinst inode=15157 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=187 count=1
file /var/lib/dpkg/info/util-linux-extra.postrm inode=15158 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=188 count=1
file /var/lib/dpkg/info/util-linux-extra.preinst inode=15159 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=189 count=1
file /var/lib/dpkg/info/util-linux.conffiles inode=15160 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=190 count=1
file /var/lib/dpkg/info/util-linux.list inode=15161 t=20316055408 kinds=fragment-inferred,block pages=0-2 ranks=191 count=1
file /var/lib/dpkg/info/util-linux.md5sums inode=15162 t=20316055408 kinds=fragment-inferred,block pages=0-4 ranks=192 count=1
file /var/lib/dpkg/info/util-linux.postinst inode=15163 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=193 count=1
file /var/lib/dpkg/info/util-linux.postrm inode=15164 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=194 count=1
file /var/lib/dpkg/info/util-linux.prerm inode=15165 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=195 count=1
file /var/lib/dpkg/info/vim-common.conffiles inode=15166 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=196 count=1
file /var/lib/dpkg/info/vim-common.list inode=15167 t=20316055408 kinds=fragment-inferred,block pages=0 ranks=197 count=1
file /var/lib/dpkg/status inode=15188 t=20316055408 kinds=block pages=0-38 ranks=198 count=2
file /var/lib/systemd/catalog/database inode=15211 t=20366321408 kinds=block pages=0-52 ranks=199 count=2
file /var/lib/dpkg/info/vim-common.md5sums inode=15168 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=200 count=1
file /var/lib/dpkg/info/vim-common.postinst inode=15169 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=201 count=1
file /var/lib/dpkg/info/vim-common.postrm inode=15170 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=202 count=1
file /var/lib/dpkg/info/vim-tiny.conffiles inode=15171 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=203 count=1
file /var/lib/dpkg/info/vim-tiny.list inode=15172 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=204 count=1
file /var/lib/dpkg/info/vim-tiny.md5sums inode=15173 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=205 count=1
file /var/lib/dpkg/info/vim-tiny.postinst inode=15174 t=20415447408 kinds=fragment-inferred,block pages=0-1 ranks=206 count=1
file /var/lib/dpkg/info/vim-tiny.prerm inode=15175 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=207 count=1
file /var/lib/dpkg/info/whiptail.list inode=15176 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=208 count=1
file /var/lib/dpkg/info/whiptail.md5sums inode=15177 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=209 count=1
file /var/lib/dpkg/info/whiptail.preinst inode=15178 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=210 count=1
file /var/lib/dpkg/info/zlib1g:amd64.list inode=15179 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=211 count=1
file /var/lib/dpkg/info/zlib1g:amd64.md5sums inode=15180 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=212 count=1
file /var/lib/dpkg/info/zlib1g:amd64.shlibs inode=15181 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=213 count=1
file /var/lib/dpkg/info/zlib1g:amd64.symbols inode=15182 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=214 count=1
file /var/lib/dpkg/statoverride inode=15187 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=215 count=1
file /var/lib/dpkg/triggers/File inode=15190 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=216 count=1
file /var/lib/dpkg/triggers/ldconfig inode=15193 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=217 count=1
file /var/lib/dpkg/triggers/update-initramfs inode=15194 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=218 count=1
file /var/lib/pam/account inode=15201 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=219 count=1
file /var/lib/pam/auth inode=15202 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=220 count=1
file /var/lib/pam/password inode=15203 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=221 count=1
file /var/lib/pam/seen inode=15204 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=222 count=1
file /var/lib/pam/session inode=15205 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=223 count=1
file /var/lib/pam/session-noninteractive inode=15206 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=224 count=1
file /var/lib/shells.state inode=15208 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=225 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also inode=15214 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=226 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also inode=15215 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=227 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/cron.service.dsh-also inode=15218 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=228 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also inode=15219 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=229 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also inode=15220 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=230 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also inode=15221 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=231 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also inode=15222 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=232 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/ifupdown-wait-online.service.dsh-also inode=15223 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=233 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/live-config.service.dsh-also inode=15224 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=234 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/logrotate.timer.dsh-also inode=15225 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=235 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/networking.service.dsh-also inode=15233 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=236 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/nftables.service.dsh-also inode=15234 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=237 count=1
file /var/lib/systemd/deb-systemd-helper-enabled/rsyslog.service.dsh-also inode=15235 t=20415447408 kinds=fragment-inferred,block pages=0 ranks=238 count=1
file /boot/System.map-6.1.0-50-amd64 inode=3 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=239 count=1
file /etc/adduser.conf inode=24 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=240 count=1
file /etc/adjtime inode=25 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=241 count=1
file /etc/alternatives/README inode=27 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=242 count=1
file /etc/apparmor.d/sbin.dhclient inode=86 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=243 count=1
file /etc/apt/apt.conf.d/00recommends inode=89 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=244 count=1
file /etc/apt/apt.conf.d/01autoremove inode=90 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=245 count=1
file /etc/apt/apt.conf.d/70debconf inode=91 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=246 count=1
file /etc/apt/sources.list inode=95 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=247 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=98 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=248 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=99 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=249 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc inode=100 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=250 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=101 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=251 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=102 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=252 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc inode=103 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=253 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=104 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=254 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=105 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=255 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc inode=106 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=256 count=1
file /etc/bash.bashrc inode=107 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=257 count=1
file /etc/bindresvport.blacklist inode=108 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=258 count=1
file /etc/cron.d/.placeholder inode=111 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=259 count=1
file /etc/cron.d/e2scrub_all inode=112 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=260 count=1
file /etc/cron.daily/.placeholder inode=114 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=261 count=1
file /etc/cron.daily/apt-compat inode=115 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=262 count=1
file /etc/cron.daily/dpkg inode=116 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=263 count=1
file /etc/cron.daily/logrotate inode=117 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=264 count=1
file /etc/cron.hourly/.placeholder inode=119 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=265 count=1
file /etc/cron.monthly/.placeholder inode=121 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=266 count=1
file /etc/cron.weekly/.placeholder inode=123 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=267 count=1
file /etc/cron.yearly/.placeholder inode=125 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=268 count=1
file /etc/crontab inode=126 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=269 count=1
file /etc/debconf.conf inode=130 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=270 count=1
file /etc/debian_version inode=131 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=271 count=1
file /etc/default/cron inode=133 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=272 count=1
file /etc/default/dbus inode=134 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=273 count=1
file /etc/default/hwclock inode=135 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=274 count=1
file /etc/default/locale inode=136 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=275 count=1
file /etc/default/networking inode=137 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=276 count=1
file /etc/default/nss inode=138 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=277 count=1
file /etc/default/useradd inode=139 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=278 count=1
file /etc/deluser.conf inode=140 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=279 count=1
file /etc/dhcp/debug inode=142 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=280 count=1
file /etc/dhcp/dhclient-exit-hooks.d/rfc3442-classless-routes inode=147 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=281 count=1
file /etc/dhcp/dhclient.conf inode=148 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=282 count=1
file /etc/dpkg/dpkg.cfg inode=150 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=283 count=1
file /etc/dpkg/origins/debian inode=153 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=284 count=1
file /etc/e2scrub.conf inode=155 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=285 count=1
file /etc/ethertypes inode=157 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=286 count=1
file /etc/fstab inode=158 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=287 count=1
file /etc/gai.conf inode=159 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=288 count=1
file /etc/group inode=160 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=289 count=1
file /etc/gshadow inode=161 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=290 count=1
file /etc/host.conf inode=164 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=291 count=1
file /etc/hostname inode=165 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=292 count=1
file /etc/init.d/cron inode=168 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=293 count=1
file /etc/init.d/dbus inode=169 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=294 count=1
file /etc/init.d/hwclock.sh inode=170 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=295 count=1
file /etc/init.d/kmod inode=171 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=296 count=1
file /etc/init.d/networking inode=172 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=297 count=1
file /etc/init.d/procps inode=173 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=298 count=1
file /usr/share/doc/adduser/examples/adduser.conf inode=8272 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=299 count=1
file /usr/share/doc/adduser/examples/deluser.conf inode=8284 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=300 count=1
file /etc/init.d/udev inode=174 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=301 count=1
file /etc/initramfs-tools/initramfs.conf inode=178 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=302 count=1
file /etc/initramfs-tools/modules inode=179 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=303 count=1
file /etc/initramfs-tools/update-initramfs.conf inode=191 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=304 count=1
file /etc/inputrc inode=192 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=305 count=1
file /etc/iproute2/bpf_pinning inode=194 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=306 count=1
file /etc/iproute2/ematch_map inode=195 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=307 count=1
file /etc/iproute2/group inode=196 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=308 count=1
file /etc/iproute2/nl_protos inode=197 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=309 count=1
file /etc/iproute2/rt_dsfield inode=198 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=310 count=1
file /etc/iproute2/rt_protos inode=199 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=311 count=1
file /etc/iproute2/rt_protos.d/README inode=201 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=312 count=1
file /etc/iproute2/rt_realms inode=202 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=313 count=1
file /etc/iproute2/rt_scopes inode=203 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=314 count=1
file /etc/iproute2/rt_tables inode=204 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=315 count=1
file /etc/iproute2/rt_tables.d/README inode=206 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=316 count=1
file /etc/issue inode=207 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=317 count=1
file /etc/issue.net inode=208 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=318 count=1
file /etc/kernel/postinst.d/initramfs-tools inode=212 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=319 count=1
file /etc/kernel/postrm.d/initramfs-tools inode=214 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=320 count=1
file /etc/ld.so.cache inode=215 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=321 count=1
file /etc/ld.so.conf inode=216 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=322 count=1
file /etc/ld.so.conf.d/libc.conf inode=218 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=323 count=1
file /etc/ld.so.conf.d/x86_64-linux-gnu.conf inode=219 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=324 count=1
file /etc/libaudit.conf inode=220 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=325 count=1
file /etc/logcheck/ignore.d.server/rsyslog inode=227 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=326 count=1
file /etc/login.defs inode=228 t=21244050408 kinds=fragment-inferred,block pages=0-3 ranks=327 count=1
file /etc/logrotate.conf inode=229 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=328 count=1
file /etc/logrotate.d/alternatives inode=231 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=329 count=1
file /etc/logrotate.d/apt inode=232 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=330 count=1
file /etc/logrotate.d/btmp inode=233 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=331 count=1
file /etc/logrotate.d/dpkg inode=234 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=332 count=1
file /etc/logrotate.d/rsyslog inode=235 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=333 count=1
file /etc/logrotate.d/wtmp inode=236 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=334 count=1
file /etc/mke2fs.conf inode=238 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=335 count=1
file /etc/modules inode=240 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=336 count=1
file /etc/motd inode=243 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=337 count=1
file /etc/nanorc inode=245 t=21244050408 kinds=fragment-inferred,block pages=0-2 ranks=338 count=1
file /etc/netconfig inode=246 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=339 count=1
file /etc/network/if-down.d/resolved inode=249 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=340 count=1
file /etc/network/if-up.d/resolved inode=253 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=341 count=1
file /etc/network/interfaces inode=254 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=342 count=1
file /etc/networks inode=256 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=343 count=1
file /etc/nftables.conf inode=257 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=344 count=1
file /etc/nsswitch.conf inode=258 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=345 count=1
file /etc/pam.conf inode=261 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=346 count=1
file /etc/pam.d/chfn inode=263 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=347 count=1
file /etc/pam.d/chpasswd inode=264 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=348 count=1
file /etc/pam.d/chsh inode=265 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=349 count=1
file /etc/pam.d/common-account inode=266 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=350 count=1
file /etc/pam.d/common-auth inode=267 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=351 count=1
file /etc/pam.d/common-password inode=268 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=352 count=1
file /etc/pam.d/common-session inode=269 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=353 count=1
file /etc/pam.d/common-session-noninteractive inode=270 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=354 count=1
file /etc/pam.d/cron inode=271 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=355 count=1
file /etc/pam.d/login inode=272 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=356 count=1
file /etc/pam.d/newusers inode=273 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=357 count=1
file /etc/pam.d/other inode=274 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=358 count=1
file /etc/pam.d/passwd inode=275 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=359 count=1
file /etc/pam.d/runuser inode=276 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=360 count=1
file /etc/pam.d/runuser-l inode=277 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=361 count=1
file /etc/pam.d/su inode=278 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=362 count=1
file /etc/pam.d/su-l inode=279 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=363 count=1
file /etc/passwd inode=280 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=364 count=1
file /etc/profile inode=281 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=365 count=1
file /etc/protocols inode=283 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=366 count=1
file /etc/rpc inode=313 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=367 count=1
file /etc/rsyslog.conf inode=314 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=368 count=1
file /etc/security/access.conf inode=317 t=21244050408 kinds=fragment-inferred,block pages=0-1 ranks=369 count=1
file /etc/security/faillock.conf inode=318 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=370 count=1
file /etc/security/group.conf inode=319 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=371 count=1
file /etc/security/limits.conf inode=320 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=372 count=1
file /etc/security/namespace.conf inode=322 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=373 count=1
file /etc/security/namespace.init inode=324 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=374 count=1
file /etc/security/pam_env.conf inode=326 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=375 count=1
file /etc/security/sepermit.conf inode=327 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=376 count=1
file /etc/security/time.conf inode=328 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=377 count=1
file /etc/selinux/semanage.conf inode=330 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=378 count=1
file /etc/services inode=331 t=21244050408 kinds=fragment-inferred,block pages=0-3 ranks=379 count=1
file /etc/shadow inode=332 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=380 count=1
file /etc/shells inode=333 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=381 count=1
file /etc/skel/.bash_logout inode=335 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=382 count=1
file /etc/skel/.bashrc inode=336 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=383 count=1
file /etc/skel/.profile inode=337 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=384 count=1
file /etc/sysctl.conf inode=340 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=385 count=1
file /etc/sysctl.d/README.sysctl inode=343 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=386 count=1
file /etc/systemd/journald.conf inode=345 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=387 count=1
file /etc/systemd/logind.conf inode=346 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=388 count=1
file /etc/systemd/networkd.conf inode=348 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=389 count=1
file /etc/systemd/pstore.conf inode=349 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=390 count=1
file /etc/systemd/sleep.conf inode=350 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=391 count=1
file /etc/systemd/system/liveopt-marker.service inode=356 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=392 count=1
file /usr/share/base-files/motd inode=8037 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=393 count=1
file /usr/share/base-files/profile inode=8038 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=394 count=1
file /usr/share/doc/procps/examples/sysctl.conf inode=9139 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=395 count=1
file /usr/share/libc-bin/nsswitch.conf inode=9410 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=396 count=1
file /usr/share/readline/inputrc inode=12938 t=21244050408 kinds=fragment-inferred,block pages=0 ranks=397 count=1
file /etc/systemd/system.conf inode=376 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=398 count=1
file /etc/systemd/user.conf inode=378 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=399 count=1
file /etc/terminfo/README inode=380 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=400 count=1
file /etc/timezone inode=381 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=401 count=1
file /etc/udev/udev.conf inode=387 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=402 count=1
file /etc/update-motd.d/10-uname inode=389 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=403 count=1
file /etc/vim/vimrc inode=391 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=404 count=1
file /etc/vim/vimrc.tiny inode=392 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=405 count=1
file /etc/xattr.conf inode=393 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=406 count=1
file /root/.bashrc inode=406 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=407 count=1
file /root/.profile inode=407 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=408 count=1
file /usr/bin/[ inode=437 t=21295748408 kinds=fragment-inferred,block pages=0-16 ranks=409 count=1
file /usr/bin/addpart inode=438 t=21295748408 kinds=fragment-inferred,block pages=0-7 ranks=410 count=1
file /usr/bin/apt inode=439 t=21295748408 kinds=fragment-inferred,block pages=0-4 ranks=411 count=1
file /usr/share/base-files/dot.bashrc inode=8033 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=412 count=1
file /usr/share/base-files/dot.profile inode=8034 t=21295748408 kinds=fragment-inferred,block pages=0 ranks=413 count=1
file /usr/bin/apt-cache inode=440 t=21295748408 kinds=fragment-inferred,block pages=0-21 ranks=414 count=1
file /usr/bin/apt-cdrom inode=441 t=21295748408 kinds=fragment-inferred,block pages=0-5 ranks=415 count=1
file /usr/bin/apt-ftparchive inode=444 t=21295748408 kinds=block pages=0-31,32-67 ranks=416,914 count=2
file /usr/lib/systemd/systemd inode=6285 t=24621624408 kinds=fragment-inferred,block pages=0-22 ranks=417 count=1
file /usr/lib/systemd/systemd-ac-power inode=6286 t=24621624408 kinds=fragment-inferred,block pages=0-3 ranks=418 count=1
file /usr/lib/systemd/systemd-backlight inode=6287 t=24621624408 kinds=fragment-inferred,block pages=0-7 ranks=419 count=1
file /usr/lib/systemd/systemd-binfmt inode=6288 t=24621624408 kinds=fragment-inferred,block pages=0-4 ranks=420 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=6289 t=24621624408 kinds=fragment-inferred,block pages=0-3 ranks=421 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=6290 t=24621624408 kinds=fragment-inferred,block pages=0-3 ranks=422 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=6291 t=24623287408 kinds=fragment-inferred,block pages=0-17 ranks=423 count=1
file /usr/lib/systemd/systemd-fsck inode=6292 t=24623287408 kinds=fragment-inferred,block pages=0-5 ranks=424 count=1
file /usr/lib/systemd/systemd-fsckd inode=6293 t=24623287408 kinds=fragment-inferred,block pages=0-6 ranks=425 count=1
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6816 t=24812430408 kinds=block pages=0-52 ranks=426 count=1
file /usr/lib/x86_64-linux-gnu/krb5/plugins/preauth/spake.so inode=6815 t=24862411408 kinds=fragment-inferred,block pages=0-20 ranks=427 count=1
file /usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 inode=6817 t=24862411408 kinds=fragment-inferred,block pages=0-3 ranks=428 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6819 t=24862411408 kinds=fragment-inferred,block pages=0-9 ranks=429 count=1
file /usr/lib/x86_64-linux-gnu/libanl.so.1 inode=6820 t=24862411408 kinds=fragment-inferred,block pages=0-3 ranks=430 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6824 t=24862411408 kinds=block pages=0-63 ranks=431 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7834 t=25016319408 kinds=block pages=0-95,96-159,160-191,192-383,384-447,448-505 ranks=432,501,529,528,520,433 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7835 t=25262331408 kinds=block pages=0-159,160-223,224-255,256-319,320-351,352-383,384-767,768-799,800-817 ranks=434,519,530,527,526,525,523,513,435 count=15
file /usr/lib/x86_64-linux-gnu/security/pam_xauth.so inode=7832 t=25466519408 kinds=fragment-inferred,block pages=0-5 ranks=436 count=1
file /usr/lib/x86_64-linux-gnu/tc/experimental.dist inode=7837 t=25466519408 kinds=fragment-inferred,block pages=0-5 ranks=437 count=1
file /usr/lib/x86_64-linux-gnu/tc/m_xt.so inode=7839 t=25466519408 kinds=fragment-inferred,block pages=0-3 ranks=438 count=1
file /usr/lib/x86_64-linux-gnu/tc/normal.dist inode=7840 t=25466519408 kinds=fragment-inferred,block pages=0-5 ranks=439 count=1
file /usr/lib/x86_64-linux-gnu/tc/pareto.dist inode=7841 t=25466519408 kinds=fragment-inferred,block pages=0-5 ranks=440 count=1
file /usr/lib/x86_64-linux-gnu/tc/paretonormal.dist inode=7842 t=25466519408 kinds=fragment-inferred,block pages=0-5 ranks=441 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6841 t=25662077408 kinds=block pages=0-127,128-159,160-287,288-447,448-470 ranks=442,503,502,504,443 count=9
file /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 inode=6840 t=25915612408 kinds=fragment-inferred,block pages=0-18 ranks=444 count=1
file /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 inode=6842 t=25915612408 kinds=fragment-inferred,block pages=0-12 ranks=445 count=1
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6975 t=26064149408 kinds=fragment-inferred,block pages=0-31 ranks=446 count=1
file /usr/lib/x86_64-linux-gnu/libssl.so.3 inode=6985 t=26112375408 kinds=block pages=0-31 ranks=447 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6953 t=26263956408 kinds=fragment-inferred,block pages=0-16 ranks=448 count=1
file /usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 inode=6955 t=26263956408 kinds=fragment-inferred,block pages=0-3 ranks=449 count=1
file /usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 inode=6957 t=26263956408 kinds=fragment-inferred,block pages=0-4 ranks=450 count=1
file /usr/lib/x86_64-linux-gnu/libpanelw.so.6.4 inode=6959 t=26263956408 kinds=fragment-inferred,block pages=0-5 ranks=451 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6962 t=26312297408 kinds=block pages=0-31,32-153 ranks=452,496 count=3
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6831 t=26477005408 kinds=fragment-inferred,block pages=0-31 ranks=453 count=1
file /usr/lib/x86_64-linux-gnu/libbsd.so.0.11.7 inode=6837 t=26512022408 kinds=fragment-inferred,block pages=0-20 ranks=454 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6913 t=26662355408 kinds=fragment-inferred,block pages=0-27 ranks=455 count=1
file /usr/lib/x86_64-linux-gnu/liblognorm.so.5.1.0 inode=6919 t=26712372408 kinds=block pages=0-36 ranks=456 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6822 t=26862574408 kinds=fragment-inferred,block pages=0-19 ranks=457 count=1
file /usr/lib/x86_64-linux-gnu/libargon2.so.1 inode=6827 t=26862574408 kinds=fragment-inferred,block pages=0-8 ranks=458 count=1
file /usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 inode=6829 t=26912401408 kinds=fragment-inferred,block pages=0-6 ranks=459 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6833 t=26912401408 kinds=block pages=0-31,32-86 ranks=460,466 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6976 t=27112256408 kinds=block pages=0-42 ranks=461 count=1
file /usr/lib/x86_64-linux-gnu/libsemanage.so.2 inode=6977 t=27162366408 kinds=block pages=0-66 ranks=462 count=1
file /usr/lib/x86_64-linux-gnu/libsepol.so.2 inode=6978 t=27162366408 kinds=block pages=0-31 ranks=463 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6933 t=27317066408 kinds=block pages=0-98 ranks=464 count=3
file /usr/lib/x86_64-linux-gnu/libmvec.so.1 inode=6934 t=27416637408 kinds=block pages=0-31,32-63 ranks=465,512 count=2
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6844 t=27612889408 kinds=fragment-inferred,block pages=0-7 ranks=467 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6846 t=27612889408 kinds=fragment-inferred,block pages=0-11 ranks=468 count=1
file /usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 inode=6848 t=27612889408 kinds=fragment-inferred,block pages=0-4 ranks=469 count=1
file /usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 inode=6858 t=27612889408 kinds=fragment-inferred,block pages=0-3 ranks=470 count=1
file /usr/lib/x86_64-linux-gnu/libdl.so.2 inode=6860 t=27612889408 kinds=fragment-inferred,block pages=0-3 ranks=471 count=1
file /usr/lib/x86_64-linux-gnu/libedit.so.2.0.70 inode=6866 t=27662351408 kinds=block pages=0-52 ranks=472 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6850 t=27712391408 kinds=block pages=0-50 ranks=473 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6851 t=27812395408 kinds=block pages=0-31,32-223,224-287,288-351,544-735,800-863,864-1023,1024-1119,1120-1155 ranks=474,485,487,509,521,913,522,507,486 count=14
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6887 t=27962791408 kinds=block pages=0-63,64-255,256-287,288-325 ranks=475,510,994,476 count=7
file /usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 inode=6889 t=28212160408 kinds=block pages=0-95 ranks=477 count=2
file /usr/lib/x86_64-linux-gnu/libhistory.so.8.2 inode=6897 t=28413126408 kinds=fragment-inferred,block pages=0-12 ranks=478 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6903 t=28413126408 kinds=fragment-inferred,block pages=0-8 ranks=479 count=1
file /usr/lib/x86_64-linux-gnu/libjansson.so.4.14.0 inode=6905 t=28462218408 kinds=fragment-inferred,block pages=0-14 ranks=480 count=1
file /usr/lib/x86_64-linux-gnu/libk5crypto.so.3.1 inode=6909 t=28462218408 kinds=block pages=0-31 ranks=481 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6921 t=28564016408 kinds=block pages=0-36 ranks=482 count=2
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6923 t=28614244408 kinds=block pages=0-46 ranks=483 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6924 t=28662458408 kinds=block pages=0-31,32-127,128-191,192-222 ranks=484,491,505,492 count=5
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=7013 t=29111988408 kinds=block pages=0-127,128-159,160-186 ranks=488,506,489 count=4
file /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 inode=7011 t=29362468408 kinds=fragment-inferred,block pages=0-29 ranks=490 count=1
file /usr/lib/x86_64-linux-gnu/libkrb5support.so.0.1 inode=6917 t=29612329408 kinds=fragment-inferred,block pages=0-12 ranks=493 count=1
file /usr/lib/x86_64-linux-gnu/libmd.so.0.0.5 inode=6926 t=29612329408 kinds=fragment-inferred,block pages=0-11 ranks=494 count=1
file /usr/lib/x86_64-linux-gnu/libmemusage.so inode=6927 t=29612329408 kinds=fragment-inferred,block pages=0-4 ranks=495 count=1
file /usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1 inode=6966 t=29712494408 kinds=block pages=0-49 ranks=497 count=1
file /usr/lib/x86_64-linux-gnu/libreadline.so.8.2 inode=6971 t=29712494408 kinds=block pages=0-31 ranks=498 count=1
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6893 t=29912382408 kinds=block pages=0-38 ranks=499 count=1
file /usr/lib/x86_64-linux-gnu/libgssapi_krb5.so.2.2 inode=6895 t=29912382408 kinds=block pages=0-82 ranks=500 count=2
file /usr/lib/x86_64-linux-gnu/libcryptsetup.so.12.9.0 inode=6853 t=31015847408 kinds=block pages=0-63 ranks=508 count=1
file /usr/lib/x86_64-linux-gnu/libbpf.so.1.1.2 inode=6835 t=31212147408 kinds=block pages=0-87 ranks=511 count=1
file /usr/lib/x86_64-linux-gnu/tc/q_atm.so inode=7843 t=31461703408 kinds=fragment-inferred,block pages=0-3 ranks=514 count=1
file /usr/libexec/coreutils/libstdbuf.so inode=7848 t=31461703408 kinds=fragment-inferred,block pages=0-3 ranks=515 count=1
file /usr/libexec/dpkg/dpkg-db-backup inode=7850 t=31461703408 kinds=fragment-inferred,block pages=0 ranks=516 count=1
file /usr/sbin/add-shell inode=7863 t=31461703408 kinds=fragment-inferred,block pages=0 ranks=517 count=1
file /usr/sbin/adduser inode=7865 t=31461703408 kinds=fragment-inferred,block pages=0-11 ranks=518 count=1
file /usr/sbin/agetty inode=7866 t=32664325408 kinds=fragment-inferred,block pages=0-16 ranks=524 count=1
file /usr/lib/live/setup-network.sh inode=983 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=531 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=986 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=532 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=987 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=533 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=989 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=534 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=990 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=535 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=992 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=536 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=993 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=537 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=994 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=538 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=995 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=539 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=996 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=540 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=997 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=541 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=998 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=542 count=1
file /usr/lib/lsb/init-functions inode=1000 t=33912769408 kinds=fragment-inferred,block pages=0-2 ranks=543 count=1
file /usr/lib/lsb/init-functions.d/00-verbose inode=1002 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=544 count=1
file /usr/lib/lsb/init-functions.d/40-systemd inode=1003 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=545 count=1
file /usr/lib/mime/packages/less inode=1006 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=546 count=1
file /usr/lib/mime/packages/sensible-utils inode=1007 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=547 count=1
file /usr/lib/mime/packages/tar inode=1008 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=548 count=1
file /usr/lib/mime/packages/util-linux inode=1009 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=549 count=1
file /usr/lib/mime/packages/vim-common inode=1010 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=550 count=1
file /usr/lib/modprobe.d/aliases.conf inode=1012 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=551 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=1013 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=552 count=1
file /usr/lib/modprobe.d/systemd.conf inode=1014 t=33912769408 kinds=fragment-inferred,block pages=0 ranks=553 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aegis128-aesni.ko inode=1021 t=33912769408 kinds=fragment-inferred,block pages=0-5 ranks=554 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/blowfish-x86_64.ko inode=1023 t=33912769408 kinds=fragment-inferred,block pages=0-6 ranks=555 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx-x86_64.ko inode=1024 t=33912769408 kinds=fragment-inferred,block pages=0-7 ranks=556 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-aesni-avx2.ko inode=1025 t=33912769408 kinds=fragment-inferred,block pages=0-7 ranks=557 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/camellia-x86_64.ko inode=1026 t=33912769408 kinds=fragment-inferred,block pages=0-21 ranks=558 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast6-avx-x86_64.ko inode=1028 t=33961437408 kinds=block pages=0-34 ranks=559 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/cast5-avx-x86_64.ko inode=1027 t=33961437408 kinds=fragment-inferred,block pages=0-24 ranks=560 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/chacha-x86_64.ko inode=1029 t=33961437408 kinds=fragment-inferred,block pages=0-8 ranks=561 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32-pclmul.ko inode=1030 t=33961437408 kinds=fragment-inferred,block pages=0-3 ranks=562 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crc32c-intel.ko inode=1031 t=33961437408 kinds=fragment-inferred,block pages=0-7 ranks=563 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/crct10dif-pclmul.ko inode=1032 t=33961437408 kinds=fragment-inferred,block pages=0-3 ranks=564 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/curve25519-x86_64.ko inode=1033 t=33961437408 kinds=fragment-inferred,block pages=0-9 ranks=565 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/des3_ede-x86_64.ko inode=1034 t=33961437408 kinds=fragment-inferred,block pages=0-19 ranks=566 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/ghash-clmulni-intel.ko inode=1035 t=33961437408 kinds=fragment-inferred,block pages=0-4 ranks=567 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-avx2.ko inode=1036 t=33961437408 kinds=fragment-inferred,block pages=0-2 ranks=568 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/nhpoly1305-sse2.ko inode=1037 t=33961437408 kinds=fragment-inferred,block pages=0-2 ranks=569 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.modinfo inode=5925 t=34116255408 kinds=fragment-inferred,block pages=0-11 ranks=570 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.devname inode=5928 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=571 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.softdep inode=5930 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=572 count=1
file /usr/lib/os-release inode=5934 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=573 count=1
file /usr/lib/pam.d/systemd-user inode=5936 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=574 count=1
file /usr/lib/rsyslog/rsyslog-rotate inode=5938 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=575 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5940 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=576 count=1
file /usr/lib/sysctl.d/99-protect-links.conf inode=5941 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=577 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5944 t=34116255408 kinds=fragment-inferred,block pages=0-3 ranks=578 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5945 t=34116255408 kinds=fragment-inferred,block pages=0-2 ranks=579 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5946 t=34116255408 kinds=fragment-inferred,block pages=0-7 ranks=580 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5947 t=34116255408 kinds=fragment-inferred,block pages=0-4 ranks=581 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5948 t=34116255408 kinds=fragment-inferred,block pages=0-1 ranks=582 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5949 t=34116255408 kinds=fragment-inferred,block pages=0 ranks=583 count=1
file /usr/lib/systemd/catalog/systemd.fr.catalog inode=5950 t=34162487408 kinds=fragment-inferred,block pages=0-3 ranks=584 count=1
file /usr/lib/systemd/catalog/systemd.hr.catalog inode=5951 t=34162487408 kinds=fragment-inferred,block pages=0-2 ranks=585 count=1
file /usr/lib/systemd/catalog/systemd.hu.catalog inode=5952 t=34162487408 kinds=fragment-inferred,block pages=0-1 ranks=586 count=1
file /usr/lib/systemd/catalog/systemd.it.catalog inode=5953 t=34162487408 kinds=fragment-inferred,block pages=0-3 ranks=587 count=1
file /usr/lib/systemd/catalog/systemd.ko.catalog inode=5954 t=34162487408 kinds=fragment-inferred,block pages=0-2 ranks=588 count=1
file /usr/lib/systemd/catalog/systemd.pl.catalog inode=5955 t=34162487408 kinds=fragment-inferred,block pages=0-5 ranks=589 count=1
file /usr/lib/systemd/catalog/systemd.pt_BR.catalog inode=5956 t=34162487408 kinds=fragment-inferred,block pages=0-1 ranks=590 count=1
file /usr/lib/systemd/catalog/systemd.ru.catalog inode=5957 t=34162487408 kinds=fragment-inferred,block pages=0-4 ranks=591 count=1
file /usr/lib/systemd/catalog/systemd.sr.catalog inode=5958 t=34162487408 kinds=fragment-inferred,block pages=0-2 ranks=592 count=1
file /usr/lib/systemd/catalog/systemd.zh_CN.catalog inode=5959 t=34162487408 kinds=fragment-inferred,block pages=0-1 ranks=593 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5960 t=34162487408 kinds=fragment-inferred,block pages=0-1 ranks=594 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5962 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=595 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5963 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=596 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5964 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=597 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5965 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=598 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5966 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=599 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5967 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=600 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5968 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=601 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5969 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=602 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5970 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=603 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5971 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=604 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5972 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=605 count=1
file /usr/lib/systemd/network/99-default.link inode=5973 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=606 count=1
file /usr/lib/systemd/resolv.conf inode=5974 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=607 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5976 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=608 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5977 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=609 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5978 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=610 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5979 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=611 count=1
file /usr/lib/systemd/system/basic.target inode=5981 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=612 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5982 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=613 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5983 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=614 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5984 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=615 count=1
file /usr/lib/systemd/system/console-getty.service inode=5985 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=616 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5986 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=617 count=1
file /usr/lib/systemd/system/cron.service inode=5987 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=618 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5990 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=619 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5991 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=620 count=1
file /usr/lib/systemd/system/dbus.service inode=5997 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=621 count=1
file /usr/lib/systemd/system/dbus.socket inode=5998 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=622 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5999 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=623 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=6001 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=624 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=6002 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=625 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=6003 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=626 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=6004 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=627 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=6005 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=628 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=6006 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=629 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=6007 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=630 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=6008 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=631 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=6009 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=632 count=1
file /usr/lib/systemd/system/emergency.service inode=6010 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=633 count=1
file /usr/lib/systemd/system/emergency.target inode=6011 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=634 count=1
file /usr/lib/systemd/system/exit.target inode=6012 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=635 count=1
file /usr/lib/systemd/system/factory-reset.target inode=6013 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=636 count=1
file /usr/lib/systemd/system/final.target inode=6014 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=637 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=6015 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=638 count=1
file /usr/lib/systemd/system/fstrim.service inode=6016 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=639 count=1
file /usr/lib/systemd/system/fstrim.timer inode=6017 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=640 count=1
file /usr/lib/systemd/system/getty-pre.target inode=6018 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=641 count=1
file /usr/lib/systemd/system/getty-static.service inode=6019 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=642 count=1
file /usr/lib/systemd/system/getty.target inode=6020 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=643 count=1
file /usr/lib/systemd/system/getty@.service inode=6023 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=644 count=1
file /usr/lib/systemd/system/graphical.target inode=6024 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=645 count=1
file /usr/lib/systemd/system/halt.target inode=6027 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=646 count=1
file /usr/lib/systemd/system/hibernate.target inode=6028 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=647 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=6030 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=648 count=1
file /usr/lib/systemd/system/ifup@.service inode=6031 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=649 count=1
file /usr/lib/systemd/system/ifupdown-pre.service inode=6032 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=650 count=1
file /usr/lib/systemd/system/ifupdown-wait-online.service inode=6033 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=651 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=6034 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=652 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=6035 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=653 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=6036 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=654 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=6037 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=655 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=6041 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=656 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=6044 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=657 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=6045 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=658 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=6046 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=659 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=6047 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=660 count=1
file /usr/lib/systemd/system/initrd.target inode=6048 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=661 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=6051 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=662 count=1
file /usr/lib/systemd/system/integritysetup.target inode=6052 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=663 count=1
file /usr/lib/systemd/system/kexec.target inode=6053 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=664 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=6054 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=665 count=1
file /usr/lib/systemd/system/live-config.service inode=6056 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=666 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=6057 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=667 count=1
file /usr/lib/systemd/system/local-fs.target inode=6058 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=668 count=1
file /usr/lib/systemd/system/logrotate.service inode=6060 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=669 count=1
file /usr/lib/systemd/system/logrotate.timer inode=6061 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=670 count=1
file /usr/lib/systemd/system/machine.slice inode=6062 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=671 count=1
file /usr/lib/systemd/system/modprobe@.service inode=6063 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=672 count=1
file /usr/lib/systemd/system/multi-user.target inode=6064 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=673 count=1
file /usr/lib/systemd/system/network-online.target inode=6072 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=674 count=1
file /usr/lib/systemd/system/network-pre.target inode=6073 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=675 count=1
file /usr/lib/systemd/system/network.target inode=6074 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=676 count=1
file /usr/lib/systemd/system/networking.service inode=6075 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=677 count=1
file /usr/lib/systemd/system/nftables.service inode=6076 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=678 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=6077 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=679 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=6078 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=680 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=6079 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=681 count=1
file /usr/lib/systemd/system/paths.target inode=6080 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=682 count=1
file /usr/lib/systemd/system/poweroff.target inode=6081 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=683 count=1
file /usr/lib/systemd/system/printer.target inode=6082 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=684 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=6083 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=685 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=6084 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=686 count=1
file /usr/lib/systemd/system/quotaon.service inode=6086 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=687 count=1
file /usr/lib/systemd/system/rc-local.service inode=6087 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=688 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=6089 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=689 count=1
file /usr/lib/systemd/system/reboot.target inode=6092 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=690 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=6093 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=691 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=6094 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=692 count=1
file /usr/lib/systemd/system/remote-fs.target inode=6095 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=693 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=6096 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=694 count=1
file /usr/lib/systemd/system/rescue.service inode=6097 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=695 count=1
file /usr/lib/systemd/system/rescue.target inode=6098 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=696 count=1
file /usr/lib/systemd/system/rpcbind.target inode=6101 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=697 count=1
file /usr/lib/systemd/system/rsyslog.service inode=6102 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=698 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=6115 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=699 count=1
file /usr/lib/systemd/system/shutdown.target inode=6116 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=700 count=1
file /usr/lib/systemd/system/sigpwr.target inode=6117 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=701 count=1
file /usr/lib/systemd/system/sleep.target inode=6118 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=702 count=1
file /usr/lib/systemd/system/slices.target inode=6119 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=703 count=1
file /usr/lib/systemd/system/smartcard.target inode=6120 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=704 count=1
file /usr/lib/systemd/system/sockets.target inode=6121 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=705 count=1
file /usr/lib/systemd/system/sound.target inode=6130 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=706 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=6131 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=707 count=1
file /usr/lib/systemd/system/suspend.target inode=6132 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=708 count=1
file /usr/lib/systemd/system/swap.target inode=6133 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=709 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=6134 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=710 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=6135 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=711 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=6136 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=712 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=6137 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=713 count=1
file /usr/lib/systemd/system/sysinit.target inode=6138 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=714 count=1
file /usr/lib/systemd/system/syslog.socket inode=6169 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=715 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=6170 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=716 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=6171 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=717 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=6172 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=718 count=1
file /usr/lib/systemd/system/system-update.target inode=6173 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=719 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=6174 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=720 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=6175 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=721 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=6176 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=722 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=6177 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=723 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=6178 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=724 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=6179 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=725 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=6180 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=726 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=6181 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=727 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=6182 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=728 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=6183 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=729 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=6184 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=730 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=6185 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=731 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=6186 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=732 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=6187 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=733 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=6188 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=734 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=6189 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=735 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=6190 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=736 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=6191 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=737 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=6192 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=738 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=6193 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=739 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=6194 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=740 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=6195 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=741 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=6196 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=742 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=6197 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=743 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=6198 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=744 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=6199 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=745 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=6200 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=746 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=6201 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=747 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=6202 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=748 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=6203 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=749 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=6205 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=750 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=6206 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=751 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=6207 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=752 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=6208 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=753 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=6209 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=754 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=6210 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=755 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=6211 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=756 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=6212 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=757 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=6213 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=758 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=6214 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=759 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=6215 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=760 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=6216 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=761 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=6217 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=762 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=6218 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=763 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=6219 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=764 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=6220 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=765 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=6221 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=766 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=6222 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=767 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=6223 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=768 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=6224 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=769 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=6225 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=770 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=6226 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=771 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=6227 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=772 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=6228 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=773 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=6229 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=774 count=1
file /usr/lib/systemd/user/smartcard.target inode=6344 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=775 count=1
file /usr/lib/systemd/user/sound.target inode=6346 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=776 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=6230 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=777 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=6231 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=778 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=6232 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=779 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=6233 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=780 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=6234 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=781 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=6235 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=782 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=6236 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=783 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=6237 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=784 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=6238 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=785 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=6239 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=786 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=6240 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=787 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=6241 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=788 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=6242 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=789 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=6243 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=790 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=6244 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=791 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=6245 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=792 count=1
file /usr/lib/systemd/system/time-set.target inode=6246 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=793 count=1
file /usr/lib/systemd/system/time-sync.target inode=6247 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=794 count=1
file /usr/lib/systemd/system/timers.target inode=6248 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=795 count=1
file /usr/lib/systemd/system/umount.target inode=6252 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=796 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=6253 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=797 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=6255 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=798 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=6256 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=799 count=1
file /usr/lib/systemd/system/user.slice inode=6257 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=800 count=1
file /usr/lib/systemd/system/user@.service inode=6258 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=801 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=6260 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=802 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=6262 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=803 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=6263 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=804 count=1
file /usr/lib/systemd/system/veritysetup.target inode=6264 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=805 count=1
file /usr/lib/systemd/system-generators/live-config-getty-generator inode=6268 t=34162487408 kinds=fragment-inferred,block pages=0 ranks=806 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=6269 t=34162487408 kinds=fragment-inferred,block pages=0-8 ranks=807 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=6270 t=34162487408 kinds=fragment-inferred,block pages=0-3 ranks=808 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=6271 t=34162487408 kinds=fragment-inferred,block pages=0-10 ranks=809 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.dep inode=5926 t=34212380408 kinds=block pages=0-127,128 ranks=1878,810 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.dep.bin inode=5927 t=34312598408 kinds=block pages=0-171 ranks=811 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.order inode=5929 t=34362277408 kinds=block pages=0-31,32-39 ranks=812,825 count=2
file /usr/lib/modules/6.1.0-50-amd64/modules.alias inode=5920 t=34412308408 kinds=block pages=320 ranks=813 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.alias.bin inode=5921 t=34512569408 kinds=block pages=0-307 ranks=814 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/sound/xen/snd_xen_front.ko inode=5916 t=34612392408 kinds=fragment-inferred,block pages=0-19 ranks=815 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/virt/lib/irqbypass.ko inode=5919 t=34612392408 kinds=fragment-inferred,block pages=0-3 ranks=816 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin inode=5922 t=34612392408 kinds=fragment-inferred,block pages=0-1 ranks=817 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.alias.bin inode=5923 t=34612392408 kinds=fragment-inferred,block pages=0 ranks=818 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.builtin.bin inode=5924 t=34612392408 kinds=fragment-inferred,block pages=0-1 ranks=819 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols.bin inode=5932 t=34762771408 kinds=block pages=0-186 ranks=820 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/autofs/autofs4.ko inode=4760 t=35012955408 kinds=fragment-inferred,block pages=0-26 ranks=821 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/befs/befs.ko inode=4762 t=35012955408 kinds=fragment-inferred,block pages=0-17 ranks=822 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/bfs/bfs.ko inode=4764 t=35012955408 kinds=fragment-inferred,block pages=0-10 ranks=823 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/btrfs/btrfs.ko inode=4767 t=35062697408 kinds=block pages=0-31 ranks=824 count=1
file /usr/lib/modules/6.1.0-50-amd64/modules.symbols inode=5931 t=35111906408 kinds=block pages=0-127 ranks=826 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/x_tables.ko inode=5335 t=35262617408 kinds=fragment-inferred,block pages=0-27 ranks=827 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=5336 t=35262617408 kinds=fragment-inferred,block pages=0-3 ranks=828 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CHECKSUM.ko inode=5337 t=35262617408 kinds=fragment-inferred,block pages=0-2 ranks=829 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CLASSIFY.ko inode=5338 t=35262617408 kinds=fragment-inferred,block pages=0-2 ranks=830 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CONNSECMARK.ko inode=5339 t=35262617408 kinds=fragment-inferred,block pages=0-3 ranks=831 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_CT.ko inode=5340 t=35262617408 kinds=fragment-inferred,block pages=0-5 ranks=832 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_DSCP.ko inode=5341 t=35262617408 kinds=fragment-inferred,block pages=0-3 ranks=833 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HL.ko inode=5342 t=35262617408 kinds=fragment-inferred,block pages=0-2 ranks=834 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_HMARK.ko inode=5343 t=35262617408 kinds=fragment-inferred,block pages=0-4 ranks=835 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_IDLETIMER.ko inode=5344 t=35312194408 kinds=fragment-inferred,block pages=0-10 ranks=836 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LED.ko inode=5345 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=837 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_LOG.ko inode=5346 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=838 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_MASQUERADE.ko inode=5347 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=839 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NETMAP.ko inode=5348 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=840 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFLOG.ko inode=5349 t=35312194408 kinds=fragment-inferred,block pages=0-2 ranks=841 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_NFQUEUE.ko inode=5350 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=842 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_RATEEST.ko inode=5351 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=843 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_REDIRECT.ko inode=5352 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=844 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_SECMARK.ko inode=5353 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=845 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPMSS.ko inode=5354 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=846 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TCPOPTSTRIP.ko inode=5355 t=35312194408 kinds=fragment-inferred,block pages=0-2 ranks=847 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TEE.ko inode=5356 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=848 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TPROXY.ko inode=5357 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=849 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_TRACE.ko inode=5358 t=35312194408 kinds=fragment-inferred,block pages=0-2 ranks=850 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_addrtype.ko inode=5359 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=851 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_bpf.ko inode=5360 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=852 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cgroup.ko inode=5361 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=853 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_cluster.ko inode=5362 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=854 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_comment.ko inode=5363 t=35312194408 kinds=fragment-inferred,block pages=0-2 ranks=855 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connbytes.ko inode=5364 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=856 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlabel.ko inode=5365 t=35312194408 kinds=fragment-inferred,block pages=0-3 ranks=857 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connlimit.ko inode=5366 t=35312194408 kinds=fragment-inferred,block pages=0-2 ranks=858 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/netfilter/xt_connmark.ko inode=5367 t=35312194408 kinds=fragment-inferred,block pages=0-4 ranks=859 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arpt_mangle.ko inode=5124 t=35462493408 kinds=fragment-inferred,block pages=0-2 ranks=860 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/arptable_filter.ko inode=5125 t=35462493408 kinds=fragment-inferred,block pages=0-2 ranks=861 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=5126 t=35462493408 kinds=fragment-inferred,block pages=0-15 ranks=862 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=5127 t=35462493408 kinds=fragment-inferred,block pages=0-10 ranks=863 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ECN.ko inode=5128 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=864 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_REJECT.ko inode=5129 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=865 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_SYNPROXY.ko inode=5130 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=866 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_ah.ko inode=5131 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=867 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/ipt_rpfilter.ko inode=5132 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=868 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_filter.ko inode=5133 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=869 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_mangle.ko inode=5134 t=35462493408 kinds=fragment-inferred,block pages=0-2 ranks=870 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_nat.ko inode=5135 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=871 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_raw.ko inode=5136 t=35462493408 kinds=fragment-inferred,block pages=0-3 ranks=872 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/iptable_security.ko inode=5137 t=35462493408 kinds=fragment-inferred,block pages=0-2 ranks=873 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_defrag_ipv4.ko inode=5138 t=35512005408 kinds=fragment-inferred,block pages=0-2 ranks=874 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_dup_ipv4.ko inode=5139 t=35512005408 kinds=fragment-inferred,block pages=0-1 ranks=875 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_h323.ko inode=5140 t=35512005408 kinds=fragment-inferred,block pages=0-8 ranks=876 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_pptp.ko inode=5141 t=35512005408 kinds=fragment-inferred,block pages=0-5 ranks=877 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_nat_snmp_basic.ko inode=5142 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=878 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_reject_ipv4.ko inode=5143 t=35512005408 kinds=fragment-inferred,block pages=0-4 ranks=879 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_socket_ipv4.ko inode=5144 t=35512005408 kinds=fragment-inferred,block pages=0-2 ranks=880 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nf_tproxy_ipv4.ko inode=5145 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=881 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_dup_ipv4.ko inode=5146 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=882 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_fib_ipv4.ko inode=5147 t=35512005408 kinds=fragment-inferred,block pages=0-4 ranks=883 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/netfilter/nft_reject_ipv4.ko inode=5148 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=884 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/raw_diag.ko inode=5149 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=885 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bbr.ko inode=5150 t=35512005408 kinds=fragment-inferred,block pages=0-5 ranks=886 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_bic.ko inode=5151 t=35512005408 kinds=fragment-inferred,block pages=0-3 ranks=887 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/net/ipv4/tcp_cdg.ko inode=5152 t=35512005408 kinds=fragment-inferred,block pages=0-4 ranks=888 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/vpd-sysfs.ko inode=1543 t=35662238408 kinds=fragment-inferred,block pages=0-4 ranks=889 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/iscsi_ibft.ko inode=1544 t=35662238408 kinds=fragment-inferred,block pages=0-6 ranks=890 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1545 t=35662238408 kinds=fragment-inferred,block pages=0-8 ranks=891 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-serial.ko inode=1547 t=35662238408 kinds=fragment-inferred,block pages=0-4 ranks=892 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-sirf.ko inode=1548 t=35662238408 kinds=fragment-inferred,block pages=0-7 ranks=893 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss-ubx.ko inode=1549 t=35662238408 kinds=fragment-inferred,block pages=0-2 ranks=894 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gnss/gnss.ko inode=1550 t=35662238408 kinds=fragment-inferred,block pages=0-6 ranks=895 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amd-fch.ko inode=1552 t=35662238408 kinds=fragment-inferred,block pages=0-3 ranks=896 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-amdpt.ko inode=1553 t=35662238408 kinds=fragment-inferred,block pages=0-3 ranks=897 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-exar.ko inode=1554 t=35662238408 kinds=fragment-inferred,block pages=0-3 ranks=898 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-f7188x.ko inode=1555 t=35711651408 kinds=fragment-inferred,block pages=0-18 ranks=899 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-generic.ko inode=1556 t=35711651408 kinds=fragment-inferred,block pages=0-6 ranks=900 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-kempld.ko inode=1557 t=35711651408 kinds=fragment-inferred,block pages=0-3 ranks=901 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/amd/amdgpu/amdgpu.ko inode=1566 t=35711651408 kinds=block pages=0-31 ranks=902 count=1
file /usr/bin/kmod inode=574 t=35912363408 kinds=block pages=0-43 ranks=903 count=1
file /usr/bin/journalctl inode=571 t=35912363408 kinds=fragment-inferred,block pages=0-18 ranks=904 count=1
file /usr/bin/kernel-install inode=572 t=35912363408 kinds=fragment-inferred,block pages=0-3 ranks=905 count=1
file /usr/bin/kill inode=573 t=35912363408 kinds=fragment-inferred,block pages=0-5 ranks=906 count=1
file /usr/bin/less inode=580 t=35962347408 kinds=block pages=0-48 ranks=907 count=1
file /usr/bin/last inode=575 t=35962347408 kinds=fragment-inferred,block pages=0-12 ranks=908 count=1
file /usr/bin/lastlog inode=577 t=35962347408 kinds=fragment-inferred,block pages=0-7 ranks=909 count=1
file /usr/bin/ldd inode=579 t=35962347408 kinds=fragment-inferred,block pages=0-1 ranks=910 count=1
file /usr/bin/lessecho inode=581 t=35962347408 kinds=fragment-inferred,block pages=0-3 ranks=911 count=1
file /usr/bin/lesskey inode=583 t=35962347408 kinds=fragment-inferred,block pages=0-5 ranks=912 count=1
file /usr/bin/apt-config inode=442 t=36300697408 kinds=fragment-inferred,block pages=0-6 ranks=915 count=1
file /usr/bin/apt-extracttemplates inode=443 t=36300697408 kinds=fragment-inferred,block pages=0-5 ranks=916 count=1
file /usr/bin/apt-get inode=445 t=36300697408 kinds=fragment-inferred,block pages=0-12 ranks=917 count=1
file /usr/bin/apt-key inode=446 t=36300697408 kinds=fragment-inferred,block pages=0-6 ranks=918 count=1
file /usr/bin/apt-mark inode=447 t=36300697408 kinds=fragment-inferred,block pages=0-14 ranks=919 count=1
file /usr/bin/apt-sortpkgs inode=448 t=36300697408 kinds=fragment-inferred,block pages=0-9 ranks=920 count=1
file /usr/bin/dash inode=483 t=36622890408 kinds=fragment-inferred,block pages=0-30 ranks=921 count=1
file /usr/bin/date inode=484 t=36622890408 kinds=fragment-inferred,block pages=0-29 ranks=922 count=1
file /usr/bin/dbus-daemon inode=486 t=36678222408 kinds=block pages=0-59 ranks=923 count=1
file /usr/bin/dbus-cleanup-sockets inode=485 t=36678222408 kinds=fragment-inferred,block pages=0-3 ranks=924 count=1
file /usr/bin/dbus-monitor inode=487 t=36678222408 kinds=fragment-inferred,block pages=0-6 ranks=925 count=1
file /usr/bin/dbus-run-session inode=488 t=36678222408 kinds=fragment-inferred,block pages=0-3 ranks=926 count=1
file /usr/bin/dbus-send inode=489 t=36678222408 kinds=fragment-inferred,block pages=0-7 ranks=927 count=1
file /usr/bin/dbus-update-activation-environment inode=490 t=36678222408 kinds=fragment-inferred,block pages=0-3 ranks=928 count=1
file /usr/bin/dbus-uuidgen inode=491 t=36678222408 kinds=fragment-inferred,block pages=0-3 ranks=929 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=6272 t=36773991408 kinds=fragment-inferred,block pages=0-5 ranks=930 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=6273 t=36773991408 kinds=fragment-inferred,block pages=0-7 ranks=931 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=6274 t=36773991408 kinds=fragment-inferred,block pages=0-3 ranks=932 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=6275 t=36773991408 kinds=fragment-inferred,block pages=0-5 ranks=933 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=6276 t=36773991408 kinds=fragment-inferred,block pages=0-3 ranks=934 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=6277 t=36773991408 kinds=fragment-inferred,block pages=0-3 ranks=935 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=6278 t=36773991408 kinds=fragment-inferred,block pages=0-3 ranks=936 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=6279 t=36773991408 kinds=fragment-inferred,block pages=0-7 ranks=937 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=6280 t=36773991408 kinds=fragment-inferred,block pages=0-7 ranks=938 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=6282 t=36773991408 kinds=fragment-inferred,block pages=0 ranks=939 count=1
file /usr/lib/live/boot/9990-misc-helpers.sh inode=935 t=36964311408 kinds=fragment-inferred,block pages=0-9 ranks=940 count=1
file /usr/lib/live/boot/9990-mount-cifs.sh inode=936 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=941 count=1
file /usr/lib/live/boot/9990-mount-http.sh inode=937 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=942 count=1
file /usr/lib/live/boot/9990-mount-iscsi.sh inode=938 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=943 count=1
file /usr/lib/live/boot/9990-mount-nfs.sh inode=939 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=944 count=1
file /usr/lib/live/boot/9990-netbase.sh inode=940 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=945 count=1
file /usr/lib/live/boot/9990-netboot.sh inode=941 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=946 count=1
file /usr/lib/live/boot/9990-networking.sh inode=942 t=36964311408 kinds=fragment-inferred,block pages=0-1 ranks=947 count=1
file /usr/lib/live/boot/9990-overlay.sh inode=943 t=36964311408 kinds=fragment-inferred,block pages=0-2 ranks=948 count=1
file /usr/lib/live/boot/9990-select-eth-device.sh inode=944 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=949 count=1
file /usr/lib/live/boot/9990-toram-todisk.sh inode=945 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=950 count=1
file /usr/lib/live/config/0005-nss-systemd inode=947 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=951 count=1
file /usr/lib/live/config/0010-debconf inode=948 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=952 count=1
file /usr/lib/live/config/0020-hostname inode=949 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=953 count=1
file /usr/lib/live/config/0030-live-debconfig_passwd inode=950 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=954 count=1
file /usr/lib/live/config/0030-user-setup inode=951 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=955 count=1
file /usr/lib/live/config/0040-sudo inode=952 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=956 count=1
file /usr/lib/live/config/0050-locales inode=953 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=957 count=1
file /usr/lib/live/config/0070-tzdata inode=954 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=958 count=1
file /usr/lib/live/config/0080-gdm3 inode=955 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=959 count=1
file /usr/lib/live/config/0085-sddm inode=956 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=960 count=1
file /usr/lib/live/config/0090-kdm inode=957 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=961 count=1
file /usr/lib/live/config/0100-lightdm inode=958 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=962 count=1
file /usr/lib/live/config/0110-lxdm inode=959 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=963 count=1
file /usr/lib/live/config/0120-nodm inode=960 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=964 count=1
file /usr/lib/live/config/0130-slim inode=961 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=965 count=1
file /usr/lib/live/config/0140-xinit inode=962 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=966 count=1
file /usr/lib/live/config/0150-keyboard-configuration inode=963 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=967 count=1
file /usr/lib/live/config/1020-gnome-panel-data inode=964 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=968 count=1
file /usr/lib/live/config/1030-gnome-power-manager inode=965 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=969 count=1
file /usr/lib/live/config/1040-gnome-screensaver inode=966 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=970 count=1
file /usr/lib/live/config/1050-kaboom inode=967 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=971 count=1
file /usr/lib/live/config/1060-kde-services inode=968 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=972 count=1
file /usr/lib/live/config/1080-policykit inode=969 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=973 count=1
file /usr/lib/live/config/1090-ssl-cert inode=970 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=974 count=1
file /usr/lib/live/config/1110-anacron inode=971 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=975 count=1
file /usr/lib/live/config/1120-util-linux inode=972 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=976 count=1
file /usr/lib/live/config/1130-login inode=973 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=977 count=1
file /usr/lib/live/config/1140-xserver-xorg inode=974 t=36964311408 kinds=fragment-inferred,block pages=0-1 ranks=978 count=1
file /usr/lib/live/config/1160-openssh-server inode=975 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=979 count=1
file /usr/lib/live/config/1170-xfce4-panel inode=976 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=980 count=1
file /usr/lib/live/config/1180-xscreensaver inode=977 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=981 count=1
file /usr/lib/live/config/1190-broadcom-sta inode=978 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=982 count=1
file /usr/lib/live/config/9990-hooks inode=979 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=983 count=1
file /usr/lib/live/config/9995-nss-systemd inode=980 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=984 count=1
file /usr/lib/live/config.sh inode=981 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=985 count=1
file /usr/lib/live/init-config.sh inode=982 t=36964311408 kinds=fragment-inferred,block pages=0 ranks=986 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=988 t=36973448408 kinds=block pages=0-86 ranks=987 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/crypto/aesni-intel.ko inode=1022 t=36973448408 kinds=block pages=0-95,96-130 ranks=988,1001 count=2
file /usr/bin/cat inode=461 t=37279673408 kinds=fragment-inferred,block pages=0-10 ranks=989 count=1
file /usr/bin/chage inode=462 t=37279673408 kinds=fragment-inferred,block pages=0-19 ranks=990 count=1
file /usr/bin/chattr inode=463 t=37280339408 kinds=fragment-inferred,block pages=0-3 ranks=991 count=1
file /usr/bin/chcon inode=464 t=37280339408 kinds=fragment-inferred,block pages=0-16 ranks=992 count=1
file /usr/bin/chfn inode=465 t=37280339408 kinds=fragment-inferred,block pages=0-15 ranks=993 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-32.so inode=6798 t=37794536408 kinds=fragment-inferred,block pages=0-4 ranks=995 count=1
file /usr/lib/x86_64-linux-gnu/gconv/UTF-7.so inode=6799 t=37794536408 kinds=fragment-inferred,block pages=0-6 ranks=996 count=1
file /usr/lib/x86_64-linux-gnu/gconv/VISCII.so inode=6800 t=37794536408 kinds=fragment-inferred,block pages=0-4 ranks=997 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules inode=6801 t=37794536408 kinds=fragment-inferred,block pages=0 ranks=998 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6802 t=37794536408 kinds=fragment-inferred,block pages=0-6 ranks=999 count=1
file /usr/lib/x86_64-linux-gnu/gconv/libCNS.so inode=6805 t=37795097408 kinds=block pages=0-31 ranks=1000 count=1
file /usr/bin/grep inode=547 t=38044371408 kinds=block pages=0-49 ranks=1002 count=1
file /usr/bin/gpasswd inode=545 t=38094290408 kinds=fragment-inferred,block pages=0-21 ranks=1003 count=1
file /usr/bin/groups inode=548 t=38094290408 kinds=fragment-inferred,block pages=0-10 ranks=1004 count=1
file /usr/bin/gunzip inode=549 t=38094290408 kinds=fragment-inferred,block pages=0 ranks=1005 count=1
file /usr/bin/gzexe inode=550 t=38094290408 kinds=fragment-inferred,block pages=0-1 ranks=1006 count=1
file /usr/bin/gzip inode=551 t=38094290408 kinds=fragment-inferred,block pages=0-23 ranks=1007 count=1
file /usr/bin/hardlink inode=552 t=38094290408 kinds=fragment-inferred,block pages=0-12 ranks=1008 count=1
file /usr/bin/head inode=553 t=38094290408 kinds=fragment-inferred,block pages=0-11 ranks=1009 count=1
file /usr/bin/helpztags inode=554 t=38094290408 kinds=fragment-inferred,block pages=0 ranks=1010 count=1
file /usr/bin/sensible-editor inode=698 t=38244496408 kinds=fragment-inferred,block pages=0 ranks=1011 count=1
file /usr/bin/sensible-pager inode=699 t=38244496408 kinds=fragment-inferred,block pages=0 ranks=1012 count=1
file /usr/bin/seq inode=700 t=38244496408 kinds=fragment-inferred,block pages=0-14 ranks=1013 count=1
file /usr/bin/setarch inode=701 t=38244496408 kinds=fragment-inferred,block pages=0-6 ranks=1014 count=1
file /usr/bin/setpriv inode=702 t=38294283408 kinds=fragment-inferred,block pages=0-19 ranks=1015 count=1
file /usr/bin/setsid inode=703 t=38294283408 kinds=fragment-inferred,block pages=0-3 ranks=1016 count=1
file /usr/bin/setterm inode=704 t=38294283408 kinds=fragment-inferred,block pages=0-11 ranks=1017 count=1
file /usr/bin/sha1sum inode=707 t=38294283408 kinds=fragment-inferred,block pages=0-13 ranks=1018 count=1
file /usr/bin/mkdir inode=623 t=38444488408 kinds=fragment-inferred,block pages=0-23 ranks=1019 count=1
file /usr/bin/mkfifo inode=624 t=38494800408 kinds=fragment-inferred,block pages=0-16 ranks=1020 count=1
file /usr/bin/mknod inode=625 t=38494800408 kinds=fragment-inferred,block pages=0-17 ranks=1021 count=1
file /usr/bin/mktemp inode=626 t=38494800408 kinds=fragment-inferred,block pages=0-10 ranks=1022 count=1
file /usr/share/zoneinfo/Antarctica/Macquarie inode=13200 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1023 count=1
file /usr/share/zoneinfo/Antarctica/Mawson inode=13201 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1024 count=1
file /usr/share/zoneinfo/Antarctica/McMurdo inode=13202 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1025 count=1
file /usr/share/zoneinfo/Antarctica/Palmer inode=13203 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1026 count=1
file /usr/share/zoneinfo/Antarctica/Rothera inode=13204 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1027 count=1
file /usr/share/zoneinfo/Antarctica/Syowa inode=13206 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1028 count=1
file /usr/share/zoneinfo/Antarctica/Troll inode=13207 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1029 count=1
file /usr/share/zoneinfo/Antarctica/Vostok inode=13208 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1030 count=1
file /usr/share/zoneinfo/Asia/Aden inode=13212 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1031 count=1
file /usr/share/zoneinfo/Asia/Almaty inode=13213 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1032 count=1
file /usr/share/zoneinfo/Asia/Amman inode=13214 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1033 count=1
file /usr/share/zoneinfo/Asia/Anadyr inode=13215 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1034 count=1
file /usr/share/zoneinfo/Asia/Aqtau inode=13216 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1035 count=1
file /usr/share/zoneinfo/Asia/Aqtobe inode=13217 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1036 count=1
file /usr/share/zoneinfo/Asia/Ashgabat inode=13218 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1037 count=1
file /usr/share/zoneinfo/Asia/Atyrau inode=13220 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1038 count=1
file /usr/share/zoneinfo/Asia/Baghdad inode=13221 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1039 count=1
file /usr/share/zoneinfo/Asia/Bahrain inode=13222 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1040 count=1
file /usr/share/zoneinfo/Asia/Baku inode=13223 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1041 count=1
file /usr/share/zoneinfo/Asia/Bangkok inode=13224 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1042 count=1
file /usr/share/zoneinfo/Asia/Barnaul inode=13225 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1043 count=1
file /usr/share/zoneinfo/Asia/Beirut inode=13226 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1044 count=1
file /usr/share/zoneinfo/Asia/Bishkek inode=13227 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1045 count=1
file /usr/share/zoneinfo/Asia/Brunei inode=13228 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1046 count=1
file /usr/share/zoneinfo/Asia/Chita inode=13230 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1047 count=1
file /usr/share/zoneinfo/Asia/Colombo inode=13234 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1048 count=1
file /usr/share/zoneinfo/Asia/Damascus inode=13236 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1049 count=1
file /usr/share/zoneinfo/Asia/Dhaka inode=13237 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1050 count=1
file /usr/share/zoneinfo/Asia/Dili inode=13238 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1051 count=1
file /usr/share/zoneinfo/Asia/Dubai inode=13239 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1052 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=13240 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1053 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=13241 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1054 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=13242 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1055 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=13244 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1056 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=13245 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1057 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=13246 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1058 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=13247 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1059 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=13248 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1060 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=13250 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1061 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=13251 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1062 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=13252 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1063 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=13253 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1064 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=13254 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1065 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=13255 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1066 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=13257 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1067 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=13259 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1068 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=13260 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1069 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=13261 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1070 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=13262 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1071 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=13263 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1072 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=13264 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1073 count=1
file /usr/share/zoneinfo/Asia/Macau inode=13266 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1074 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=13267 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1075 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=13268 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1076 count=1
file /usr/share/zoneinfo/Asia/Manila inode=13269 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1077 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=13270 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1078 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=13271 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1079 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=13272 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1080 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=13273 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1081 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=13274 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1082 count=1
file /usr/share/zoneinfo/Asia/Oral inode=13275 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1083 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=13276 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1084 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=13277 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1085 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=13278 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1086 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=13279 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1087 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=13280 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1088 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=13281 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1089 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=13283 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1090 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=13285 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1091 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=13286 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1092 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=13287 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1093 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=13288 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1094 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=13289 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1095 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=13290 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1096 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=13291 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1097 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=13292 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1098 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=13293 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1099 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=13294 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1100 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=13297 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1101 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=13298 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1102 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=13299 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1103 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=13301 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1104 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=13303 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1105 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=13304 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1106 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=13305 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1107 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=13306 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1108 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=13307 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1109 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=13308 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1110 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=13309 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1111 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=13310 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1112 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=13312 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1113 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=13313 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1114 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=13314 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1115 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=13315 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1116 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=13317 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1117 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=13319 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1118 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=13320 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1119 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=13321 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1120 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=13322 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1121 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=13323 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1122 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=13326 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1123 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=13327 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1124 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=13328 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1125 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=13331 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1126 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=13332 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1127 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=13333 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1128 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=13335 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1129 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=13336 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1130 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=13337 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1131 count=1
file /usr/share/zoneinfo/Australia/Perth inode=13340 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1132 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=13343 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1133 count=1
file /usr/share/zoneinfo/CET inode=13353 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1134 count=1
file /usr/share/zoneinfo/CST6CDT inode=13354 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1135 count=1
file /usr/share/zoneinfo/EET inode=13368 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1136 count=1
file /usr/share/zoneinfo/EST inode=13369 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1137 count=1
file /usr/share/zoneinfo/EST5EDT inode=13370 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1138 count=1
file /usr/share/zoneinfo/Etc/GMT inode=13374 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1139 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=13376 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1140 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=13377 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1141 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=13378 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1142 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=13379 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1143 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=13380 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1144 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=13381 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1145 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=13382 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1146 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=13383 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1147 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=13384 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1148 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=13385 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1149 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=13386 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1150 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=13387 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1151 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=13389 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1152 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=13390 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1153 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=13391 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1154 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=13392 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1155 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=13393 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1156 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=13394 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1157 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=13395 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1158 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=13396 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1159 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=13397 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1160 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=13398 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1161 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=13399 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1162 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=13400 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1163 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=13401 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1164 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=13402 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1165 count=1
file /usr/share/zoneinfo/Etc/UTC inode=13406 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1166 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=13410 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1167 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=13411 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1168 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=13412 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1169 count=1
file /usr/share/zoneinfo/Europe/Athens inode=13413 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1170 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=13415 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1171 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=13416 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1172 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=13418 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1173 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=13419 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1174 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=13420 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1175 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=13422 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1176 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=13423 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1177 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=13424 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1178 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=13425 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1179 count=1
file /usr/share/zoneinfo/Europe/Guernsey inode=13426 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1180 count=1
file /usr/share/zoneinfo/Europe/Helsinki inode=13427 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1181 count=1
file /usr/share/zoneinfo/Europe/Isle_of_Man inode=13428 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1182 count=1
file /usr/share/zoneinfo/Europe/Istanbul inode=13429 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1183 count=1
file /usr/share/zoneinfo/Europe/Jersey inode=13430 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1184 count=1
file /usr/share/zoneinfo/Europe/Kaliningrad inode=13431 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1185 count=1
file /usr/share/zoneinfo/Europe/Kirov inode=13433 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1186 count=1
file /usr/share/zoneinfo/Europe/Kyiv inode=13434 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1187 count=1
file /usr/share/zoneinfo/Europe/Lisbon inode=13435 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1188 count=1
file /usr/share/zoneinfo/Europe/Ljubljana inode=13436 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1189 count=1
file /usr/share/zoneinfo/Europe/London inode=13437 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1190 count=1
file /usr/share/zoneinfo/Europe/Luxembourg inode=13438 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1191 count=1
file /usr/share/zoneinfo/Europe/Madrid inode=13439 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1192 count=1
file /usr/share/zoneinfo/Europe/Malta inode=13440 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1193 count=1
file /usr/share/zoneinfo/Europe/Minsk inode=13442 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1194 count=1
file /usr/share/zoneinfo/Europe/Monaco inode=13443 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1195 count=1
file /usr/share/zoneinfo/Europe/Moscow inode=13444 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1196 count=1
file /usr/share/zoneinfo/Europe/Oslo inode=13446 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1197 count=1
file /usr/share/zoneinfo/Europe/Paris inode=13447 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1198 count=1
file /usr/share/zoneinfo/Europe/Prague inode=13449 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1199 count=1
file /usr/share/zoneinfo/Europe/Riga inode=13450 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1200 count=1
file /usr/share/zoneinfo/Europe/Rome inode=13451 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1201 count=1
file /usr/share/zoneinfo/Europe/Samara inode=13452 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1202 count=1
file /usr/share/zoneinfo/Europe/Sarajevo inode=13454 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1203 count=1
file /usr/share/zoneinfo/Europe/Saratov inode=13455 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1204 count=1
file /usr/share/zoneinfo/Europe/Simferopol inode=13456 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1205 count=1
file /usr/share/zoneinfo/Europe/Skopje inode=13457 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1206 count=1
file /usr/share/zoneinfo/Europe/Sofia inode=13458 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1207 count=1
file /usr/share/zoneinfo/Europe/Stockholm inode=13459 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1208 count=1
file /usr/share/zoneinfo/Europe/Tallinn inode=13460 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1209 count=1
file /usr/share/zoneinfo/Europe/Tirane inode=13461 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1210 count=1
file /usr/share/zoneinfo/Europe/Ulyanovsk inode=13463 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1211 count=1
file /usr/share/zoneinfo/Europe/Vaduz inode=13465 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1212 count=1
file /usr/share/zoneinfo/Europe/Vienna inode=13467 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1213 count=1
file /usr/share/zoneinfo/Europe/Vilnius inode=13468 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1214 count=1
file /usr/share/zoneinfo/Europe/Volgograd inode=13469 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1215 count=1
file /usr/share/zoneinfo/Europe/Warsaw inode=13470 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1216 count=1
file /usr/share/zoneinfo/Europe/Zagreb inode=13471 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1217 count=1
file /usr/share/zoneinfo/Europe/Zurich inode=13473 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1218 count=1
file /usr/share/zoneinfo/Factory inode=13474 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1219 count=1
file /usr/share/zoneinfo/HST inode=13482 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1220 count=1
file /usr/share/zoneinfo/Indian/Antananarivo inode=13486 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1221 count=1
file /usr/share/zoneinfo/Indian/Chagos inode=13487 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1222 count=1
file /usr/share/zoneinfo/Indian/Christmas inode=13488 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1223 count=1
file /usr/share/zoneinfo/Indian/Cocos inode=13489 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1224 count=1
file /usr/share/zoneinfo/Indian/Comoro inode=13490 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1225 count=1
file /usr/share/zoneinfo/Indian/Kerguelen inode=13491 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1226 count=1
file /usr/share/zoneinfo/Indian/Mahe inode=13492 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1227 count=1
file /usr/share/zoneinfo/Indian/Maldives inode=13493 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1228 count=1
file /usr/share/zoneinfo/Indian/Mauritius inode=13494 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1229 count=1
file /usr/share/zoneinfo/Indian/Mayotte inode=13495 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1230 count=1
file /usr/share/zoneinfo/Indian/Reunion inode=13496 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1231 count=1
file /usr/share/zoneinfo/MET inode=13503 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1232 count=1
file /usr/share/zoneinfo/MST inode=13504 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1233 count=1
file /usr/share/zoneinfo/MST7MDT inode=13505 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1234 count=1
file /usr/share/zoneinfo/PST8PDT inode=13514 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1235 count=1
file /usr/share/zoneinfo/Pacific/Apia inode=13516 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1236 count=1
file /usr/share/zoneinfo/Pacific/Auckland inode=13517 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1237 count=1
file /usr/share/zoneinfo/Pacific/Bougainville inode=13518 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1238 count=1
file /usr/share/zoneinfo/Pacific/Chatham inode=13519 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1239 count=1
file /usr/share/zoneinfo/Pacific/Chuuk inode=13520 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1240 count=1
file /usr/share/zoneinfo/Pacific/Easter inode=13521 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1241 count=1
file /usr/share/zoneinfo/Pacific/Efate inode=13522 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1242 count=1
file /usr/share/zoneinfo/Pacific/Fakaofo inode=13524 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1243 count=1
file /usr/share/zoneinfo/Pacific/Fiji inode=13525 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1244 count=1
file /usr/share/zoneinfo/Pacific/Funafuti inode=13526 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1245 count=1
file /usr/share/zoneinfo/Pacific/Galapagos inode=13527 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1246 count=1
file /usr/share/zoneinfo/Pacific/Gambier inode=13528 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1247 count=1
file /usr/share/zoneinfo/Pacific/Guadalcanal inode=13529 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1248 count=1
file /usr/share/zoneinfo/Pacific/Guam inode=13530 t=39475097408 kinds=fragment-inferred,block pages=0 ranks=1249 count=1
file /usr/share/zoneinfo/Pacific/Honolulu inode=13531 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1250 count=1
file /usr/share/zoneinfo/Pacific/Kanton inode=13533 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1251 count=1
file /usr/share/zoneinfo/Pacific/Kiritimati inode=13534 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1252 count=1
file /usr/share/zoneinfo/Pacific/Kosrae inode=13535 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1253 count=1
file /usr/share/zoneinfo/Pacific/Kwajalein inode=13536 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1254 count=1
file /usr/share/zoneinfo/Pacific/Majuro inode=13537 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1255 count=1
file /usr/share/zoneinfo/Pacific/Marquesas inode=13538 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1256 count=1
file /usr/share/zoneinfo/Pacific/Midway inode=13539 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1257 count=1
file /usr/share/zoneinfo/Pacific/Nauru inode=13540 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1258 count=1
file /usr/share/zoneinfo/Pacific/Niue inode=13541 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1259 count=1
file /usr/share/zoneinfo/Pacific/Norfolk inode=13542 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1260 count=1
file /usr/share/zoneinfo/Pacific/Noumea inode=13543 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1261 count=1
file /usr/share/zoneinfo/Pacific/Pago_Pago inode=13544 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1262 count=1
file /usr/share/zoneinfo/Pacific/Palau inode=13545 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1263 count=1
file /usr/share/zoneinfo/Pacific/Pitcairn inode=13546 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1264 count=1
file /usr/share/zoneinfo/Pacific/Pohnpei inode=13547 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1265 count=1
file /usr/share/zoneinfo/Pacific/Port_Moresby inode=13549 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1266 count=1
file /usr/share/zoneinfo/Pacific/Rarotonga inode=13550 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1267 count=1
file /usr/share/zoneinfo/Pacific/Saipan inode=13551 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1268 count=1
file /usr/share/zoneinfo/Pacific/Tahiti inode=13553 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1269 count=1
file /usr/share/zoneinfo/Pacific/Tarawa inode=13554 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1270 count=1
file /usr/share/zoneinfo/Pacific/Tongatapu inode=13555 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1271 count=1
file /usr/share/zoneinfo/Pacific/Wake inode=13557 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1272 count=1
file /usr/share/zoneinfo/Pacific/Wallis inode=13558 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1273 count=1
file /usr/share/zoneinfo/WET inode=13583 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1274 count=1
file /usr/share/zoneinfo/iso3166.tab inode=13585 t=39475586408 kinds=fragment-inferred,block pages=0-1 ranks=1275 count=1
file /usr/share/zoneinfo/leap-seconds.list inode=13586 t=39475586408 kinds=fragment-inferred,block pages=0-1 ranks=1276 count=1
file /usr/share/zoneinfo/leapseconds inode=13587 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1277 count=1
file /usr/share/zoneinfo/right/Africa/Abidjan inode=13654 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1278 count=1
file /usr/share/zoneinfo/right/Africa/Accra inode=13655 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1279 count=1
file /usr/share/zoneinfo/right/Africa/Addis_Ababa inode=13656 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1280 count=1
file /usr/share/zoneinfo/right/Africa/Algiers inode=13657 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1281 count=1
file /usr/share/zoneinfo/right/Africa/Asmara inode=13658 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1282 count=1
file /usr/share/zoneinfo/right/Africa/Bamako inode=13660 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1283 count=1
file /usr/share/zoneinfo/right/Africa/Bangui inode=13661 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1284 count=1
file /usr/share/zoneinfo/right/Africa/Banjul inode=13662 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1285 count=1
file /usr/share/zoneinfo/right/Africa/Bissau inode=13663 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1286 count=1
file /usr/share/zoneinfo/right/Africa/Blantyre inode=13664 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1287 count=1
file /usr/share/zoneinfo/right/Africa/Brazzaville inode=13665 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1288 count=1
file /usr/share/zoneinfo/right/Africa/Bujumbura inode=13666 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1289 count=1
file /usr/share/zoneinfo/right/Africa/Cairo inode=13667 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1290 count=1
file /usr/share/zoneinfo/right/Africa/Casablanca inode=13668 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1291 count=1
file /usr/share/zoneinfo/right/Africa/Ceuta inode=13669 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1292 count=1
file /usr/share/zoneinfo/right/Africa/Conakry inode=13670 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1293 count=1
file /usr/share/zoneinfo/right/Africa/Dakar inode=13671 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1294 count=1
file /usr/share/zoneinfo/right/Africa/Dar_es_Salaam inode=13672 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1295 count=1
file /usr/share/zoneinfo/right/Africa/Djibouti inode=13673 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1296 count=1
file /usr/share/zoneinfo/right/Africa/Douala inode=13674 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1297 count=1
file /usr/share/zoneinfo/right/Africa/El_Aaiun inode=13675 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1298 count=1
file /usr/share/zoneinfo/right/Africa/Freetown inode=13676 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1299 count=1
file /usr/share/zoneinfo/right/Africa/Gaborone inode=13677 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1300 count=1
file /usr/share/zoneinfo/right/Africa/Harare inode=13678 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1301 count=1
file /usr/share/zoneinfo/right/Africa/Johannesburg inode=13679 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1302 count=1
file /usr/share/zoneinfo/right/Africa/Juba inode=13680 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1303 count=1
file /usr/share/zoneinfo/right/Africa/Kampala inode=13681 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1304 count=1
file /usr/share/zoneinfo/right/Africa/Khartoum inode=13682 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1305 count=1
file /usr/share/zoneinfo/right/Africa/Kigali inode=13683 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1306 count=1
file /usr/share/zoneinfo/right/Africa/Kinshasa inode=13684 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1307 count=1
file /usr/share/zoneinfo/right/Africa/Lagos inode=13685 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1308 count=1
file /usr/share/zoneinfo/right/Africa/Libreville inode=13686 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1309 count=1
file /usr/share/zoneinfo/right/Africa/Lome inode=13687 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1310 count=1
file /usr/share/zoneinfo/right/Africa/Luanda inode=13688 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1311 count=1
file /usr/share/zoneinfo/right/Africa/Lubumbashi inode=13689 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1312 count=1
file /usr/share/zoneinfo/right/Africa/Lusaka inode=13690 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1313 count=1
file /usr/share/zoneinfo/right/Africa/Malabo inode=13691 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1314 count=1
file /usr/share/zoneinfo/right/Africa/Maputo inode=13692 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1315 count=1
file /usr/share/zoneinfo/right/Africa/Maseru inode=13693 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1316 count=1
file /usr/share/zoneinfo/right/Africa/Mbabane inode=13694 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1317 count=1
file /usr/share/zoneinfo/right/Africa/Mogadishu inode=13695 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1318 count=1
file /usr/share/zoneinfo/right/Africa/Monrovia inode=13696 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1319 count=1
file /usr/share/zoneinfo/right/Africa/Nairobi inode=13697 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1320 count=1
file /usr/share/zoneinfo/right/Africa/Ndjamena inode=13698 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1321 count=1
file /usr/share/zoneinfo/right/Africa/Niamey inode=13699 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1322 count=1
file /usr/share/zoneinfo/right/Africa/Nouakchott inode=13700 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1323 count=1
file /usr/share/zoneinfo/right/Africa/Ouagadougou inode=13701 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1324 count=1
file /usr/share/zoneinfo/right/Africa/Porto-Novo inode=13702 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1325 count=1
file /usr/share/zoneinfo/right/Africa/Sao_Tome inode=13703 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1326 count=1
file /usr/share/zoneinfo/right/Africa/Tripoli inode=13705 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1327 count=1
file /usr/share/zoneinfo/right/Africa/Tunis inode=13706 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1328 count=1
file /usr/share/zoneinfo/right/Africa/Windhoek inode=13707 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1329 count=1
file /usr/share/zoneinfo/right/America/Adak inode=13709 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1330 count=1
file /usr/share/zoneinfo/right/America/Anchorage inode=13710 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1331 count=1
file /usr/share/zoneinfo/right/America/Anguilla inode=13711 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1332 count=1
file /usr/share/zoneinfo/right/America/Antigua inode=13712 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1333 count=1
file /usr/share/zoneinfo/right/America/Araguaina inode=13713 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1334 count=1
file /usr/share/zoneinfo/right/America/Argentina/Buenos_Aires inode=13715 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1335 count=1
file /usr/share/zoneinfo/right/America/Argentina/Catamarca inode=13716 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1336 count=1
file /usr/share/zoneinfo/right/America/Argentina/Cordoba inode=13718 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1337 count=1
file /usr/share/zoneinfo/right/America/Argentina/Jujuy inode=13719 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1338 count=1
file /usr/share/zoneinfo/right/America/Argentina/La_Rioja inode=13720 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1339 count=1
file /usr/share/zoneinfo/right/America/Argentina/Mendoza inode=13721 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1340 count=1
file /usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos inode=13722 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1341 count=1
file /usr/share/zoneinfo/right/America/Argentina/Salta inode=13723 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1342 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Juan inode=13724 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1343 count=1
file /usr/share/zoneinfo/right/America/Argentina/San_Luis inode=13725 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1344 count=1
file /usr/share/zoneinfo/right/America/Argentina/Tucuman inode=13726 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1345 count=1
file /usr/share/zoneinfo/right/America/Argentina/Ushuaia inode=13727 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1346 count=1
file /usr/share/zoneinfo/right/America/Aruba inode=13728 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1347 count=1
file /usr/share/zoneinfo/right/America/Asuncion inode=13729 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1348 count=1
file /usr/share/zoneinfo/right/America/Atikokan inode=13730 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1349 count=1
file /usr/share/zoneinfo/right/America/Bahia inode=13732 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1350 count=1
file /usr/share/zoneinfo/right/America/Bahia_Banderas inode=13733 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1351 count=1
file /usr/share/zoneinfo/right/America/Barbados inode=13734 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1352 count=1
file /usr/share/zoneinfo/right/America/Belem inode=13735 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1353 count=1
file /usr/share/zoneinfo/right/America/Belize inode=13736 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1354 count=1
file /usr/share/zoneinfo/right/America/Blanc-Sablon inode=13737 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1355 count=1
file /usr/share/zoneinfo/right/America/Boa_Vista inode=13738 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1356 count=1
file /usr/share/zoneinfo/right/America/Bogota inode=13739 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1357 count=1
file /usr/share/zoneinfo/right/America/Boise inode=13740 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1358 count=1
file /usr/share/zoneinfo/right/America/Cambridge_Bay inode=13742 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1359 count=1
file /usr/share/zoneinfo/right/America/Campo_Grande inode=13743 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1360 count=1
file /usr/share/zoneinfo/right/America/Cancun inode=13744 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1361 count=1
file /usr/share/zoneinfo/right/America/Caracas inode=13745 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1362 count=1
file /usr/share/zoneinfo/right/America/Cayenne inode=13747 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1363 count=1
file /usr/share/zoneinfo/right/America/Cayman inode=13748 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1364 count=1
file /usr/share/zoneinfo/right/America/Chicago inode=13749 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1365 count=1
file /usr/share/zoneinfo/right/America/Chihuahua inode=13750 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1366 count=1
file /usr/share/zoneinfo/right/America/Ciudad_Juarez inode=13751 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1367 count=1
file /usr/share/zoneinfo/right/America/Costa_Rica inode=13754 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1368 count=1
file /usr/share/zoneinfo/right/America/Coyhaique inode=13755 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1369 count=1
file /usr/share/zoneinfo/right/America/Creston inode=13756 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1370 count=1
file /usr/share/zoneinfo/right/America/Cuiaba inode=13757 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1371 count=1
file /usr/share/zoneinfo/right/America/Curacao inode=13758 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1372 count=1
file /usr/share/zoneinfo/right/America/Danmarkshavn inode=13759 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1373 count=1
file /usr/share/zoneinfo/right/America/Dawson inode=13760 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1374 count=1
file /usr/share/zoneinfo/right/America/Dawson_Creek inode=13761 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1375 count=1
file /usr/share/zoneinfo/right/America/Denver inode=13762 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1376 count=1
file /usr/share/zoneinfo/right/America/Detroit inode=13763 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1377 count=1
file /usr/share/zoneinfo/right/America/Dominica inode=13764 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1378 count=1
file /usr/share/zoneinfo/right/America/Edmonton inode=13765 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1379 count=1
file /usr/share/zoneinfo/right/America/Eirunepe inode=13766 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1380 count=1
file /usr/share/zoneinfo/right/America/El_Salvador inode=13767 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1381 count=1
file /usr/share/zoneinfo/right/America/Fort_Nelson inode=13769 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1382 count=1
file /usr/share/zoneinfo/right/America/Fortaleza inode=13771 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1383 count=1
file /usr/share/zoneinfo/right/America/Glace_Bay inode=13772 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1384 count=1
file /usr/share/zoneinfo/right/America/Goose_Bay inode=13774 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1385 count=1
file /usr/share/zoneinfo/right/America/Grand_Turk inode=13775 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1386 count=1
file /usr/share/zoneinfo/right/America/Grenada inode=13776 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1387 count=1
file /usr/share/zoneinfo/right/America/Guadeloupe inode=13777 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1388 count=1
file /usr/share/zoneinfo/right/America/Guatemala inode=13778 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1389 count=1
file /usr/share/zoneinfo/right/America/Guayaquil inode=13779 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1390 count=1
file /usr/share/zoneinfo/right/America/Guyana inode=13780 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1391 count=1
file /usr/share/zoneinfo/right/America/Halifax inode=13781 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1392 count=1
file /usr/share/zoneinfo/right/America/Havana inode=13782 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1393 count=1
file /usr/share/zoneinfo/right/America/Hermosillo inode=13783 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1394 count=1
file /usr/share/zoneinfo/right/America/Indiana/Indianapolis inode=13785 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1395 count=1
file /usr/share/zoneinfo/right/America/Indiana/Knox inode=13786 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1396 count=1
file /usr/share/zoneinfo/right/America/Indiana/Marengo inode=13787 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1397 count=1
file /usr/share/zoneinfo/right/America/Indiana/Petersburg inode=13788 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1398 count=1
file /usr/share/zoneinfo/right/America/Indiana/Tell_City inode=13789 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1399 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vevay inode=13790 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1400 count=1
file /usr/share/zoneinfo/right/America/Indiana/Vincennes inode=13791 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1401 count=1
file /usr/share/zoneinfo/right/America/Indiana/Winamac inode=13792 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1402 count=1
file /usr/share/zoneinfo/right/America/Inuvik inode=13794 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1403 count=1
file /usr/share/zoneinfo/right/America/Iqaluit inode=13795 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1404 count=1
file /usr/share/zoneinfo/right/America/Jamaica inode=13796 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1405 count=1
file /usr/share/zoneinfo/right/America/Juneau inode=13798 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1406 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Louisville inode=13800 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1407 count=1
file /usr/share/zoneinfo/right/America/Kentucky/Monticello inode=13801 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1408 count=1
file /usr/share/zoneinfo/right/America/La_Paz inode=13804 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1409 count=1
file /usr/share/zoneinfo/right/America/Lima inode=13805 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1410 count=1
file /usr/share/zoneinfo/right/America/Los_Angeles inode=13806 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1411 count=1
file /usr/share/zoneinfo/right/America/Maceio inode=13809 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1412 count=1
file /usr/share/zoneinfo/right/America/Managua inode=13810 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1413 count=1
file /usr/share/zoneinfo/right/America/Manaus inode=13811 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1414 count=1
file /usr/share/zoneinfo/right/America/Martinique inode=13813 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1415 count=1
file /usr/share/zoneinfo/right/America/Matamoros inode=13814 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1416 count=1
file /usr/share/zoneinfo/right/America/Mazatlan inode=13815 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1417 count=1
file /usr/share/zoneinfo/right/America/Menominee inode=13817 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1418 count=1
file /usr/share/zoneinfo/right/America/Merida inode=13818 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1419 count=1
file /usr/share/zoneinfo/right/America/Metlakatla inode=13819 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1420 count=1
file /usr/share/zoneinfo/right/America/Mexico_City inode=13820 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1421 count=1
file /usr/share/zoneinfo/right/America/Miquelon inode=13821 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1422 count=1
file /usr/share/zoneinfo/right/America/Moncton inode=13822 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1423 count=1
file /usr/share/zoneinfo/right/America/Monterrey inode=13823 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1424 count=1
file /usr/share/zoneinfo/right/America/Montevideo inode=13824 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1425 count=1
file /usr/share/zoneinfo/right/America/Montserrat inode=13826 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1426 count=1
file /usr/share/zoneinfo/right/America/Nassau inode=13827 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1427 count=1
file /usr/share/zoneinfo/right/America/New_York inode=13828 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1428 count=1
file /usr/share/zoneinfo/right/America/Nome inode=13830 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1429 count=1
file /usr/share/zoneinfo/right/America/Noronha inode=13831 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1430 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Beulah inode=13833 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1431 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/Center inode=13834 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1432 count=1
file /usr/share/zoneinfo/right/America/North_Dakota/New_Salem inode=13835 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1433 count=1
file /usr/share/zoneinfo/right/America/Nuuk inode=13836 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1434 count=1
file /usr/share/zoneinfo/right/America/Ojinaga inode=13837 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1435 count=1
file /usr/share/zoneinfo/right/America/Panama inode=13838 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1436 count=1
file /usr/share/zoneinfo/right/America/Paramaribo inode=13840 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1437 count=1
file /usr/share/zoneinfo/right/America/Phoenix inode=13841 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1438 count=1
file /usr/share/zoneinfo/right/America/Port-au-Prince inode=13842 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1439 count=1
file /usr/share/zoneinfo/right/America/Port_of_Spain inode=13843 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1440 count=1
file /usr/share/zoneinfo/right/America/Porto_Velho inode=13845 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1441 count=1
file /usr/share/zoneinfo/right/America/Puerto_Rico inode=13846 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1442 count=1
file /usr/share/zoneinfo/right/America/Punta_Arenas inode=13847 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1443 count=1
file /usr/share/zoneinfo/right/America/Rankin_Inlet inode=13849 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1444 count=1
file /usr/share/zoneinfo/right/America/Recife inode=13850 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1445 count=1
file /usr/share/zoneinfo/right/America/Regina inode=13851 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1446 count=1
file /usr/share/zoneinfo/right/America/Resolute inode=13852 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1447 count=1
file /usr/share/zoneinfo/right/America/Rio_Branco inode=13853 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1448 count=1
file /usr/share/zoneinfo/right/America/Santarem inode=13856 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1449 count=1
file /usr/share/zoneinfo/right/America/Santiago inode=13857 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1450 count=1
file /usr/share/zoneinfo/right/America/Santo_Domingo inode=13858 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1451 count=1
file /usr/share/zoneinfo/right/America/Sao_Paulo inode=13859 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1452 count=1
file /usr/share/zoneinfo/right/America/Scoresbysund inode=13860 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1453 count=1
file /usr/share/zoneinfo/right/America/Sitka inode=13862 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1454 count=1
file /usr/share/zoneinfo/right/America/St_Johns inode=13864 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1455 count=1
file /usr/share/zoneinfo/right/America/St_Kitts inode=13865 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1456 count=1
file /usr/share/zoneinfo/right/America/St_Lucia inode=13866 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1457 count=1
file /usr/share/zoneinfo/right/America/St_Thomas inode=13867 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1458 count=1
file /usr/share/zoneinfo/right/America/St_Vincent inode=13868 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1459 count=1
file /usr/share/zoneinfo/right/America/Swift_Current inode=13869 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1460 count=1
file /usr/share/zoneinfo/right/America/Tegucigalpa inode=13870 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1461 count=1
file /usr/share/zoneinfo/right/America/Thule inode=13871 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1462 count=1
file /usr/share/zoneinfo/right/America/Tijuana inode=13873 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1463 count=1
file /usr/share/zoneinfo/right/America/Toronto inode=13874 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1464 count=1
file /usr/share/zoneinfo/right/America/Tortola inode=13875 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1465 count=1
file /usr/share/zoneinfo/right/America/Vancouver inode=13876 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1466 count=1
file /usr/share/zoneinfo/right/America/Whitehorse inode=13878 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1467 count=1
file /usr/share/zoneinfo/right/America/Winnipeg inode=13879 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1468 count=1
file /usr/share/zoneinfo/right/America/Yakutat inode=13880 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1469 count=1
file /usr/share/zoneinfo/right/Antarctica/Casey inode=13883 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1470 count=1
file /usr/share/zoneinfo/right/Antarctica/Davis inode=13884 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1471 count=1
file /usr/share/zoneinfo/right/Antarctica/DumontDUrville inode=13885 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1472 count=1
file /usr/share/zoneinfo/right/Antarctica/Macquarie inode=13886 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1473 count=1
file /usr/share/zoneinfo/right/Antarctica/Mawson inode=13887 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1474 count=1
file /usr/share/zoneinfo/right/Antarctica/McMurdo inode=13888 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1475 count=1
file /usr/share/zoneinfo/right/Antarctica/Palmer inode=13889 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1476 count=1
file /usr/share/zoneinfo/right/Antarctica/Rothera inode=13890 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1477 count=1
file /usr/share/zoneinfo/right/Antarctica/Syowa inode=13892 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1478 count=1
file /usr/share/zoneinfo/right/Antarctica/Troll inode=13893 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1479 count=1
file /usr/share/zoneinfo/right/Antarctica/Vostok inode=13894 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1480 count=1
file /usr/share/zoneinfo/right/Asia/Aden inode=13898 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1481 count=1
file /usr/share/zoneinfo/right/Asia/Almaty inode=13899 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1482 count=1
file /usr/share/zoneinfo/right/Asia/Amman inode=13900 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1483 count=1
file /usr/share/zoneinfo/right/Asia/Anadyr inode=13901 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1484 count=1
file /usr/share/zoneinfo/right/Asia/Aqtau inode=13902 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1485 count=1
file /usr/share/zoneinfo/right/Asia/Aqtobe inode=13903 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1486 count=1
file /usr/share/zoneinfo/right/Asia/Ashgabat inode=13904 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1487 count=1
file /usr/share/zoneinfo/right/Asia/Atyrau inode=13906 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1488 count=1
file /usr/share/zoneinfo/right/Asia/Baghdad inode=13907 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1489 count=1
file /usr/share/zoneinfo/right/Asia/Bahrain inode=13908 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1490 count=1
file /usr/share/zoneinfo/right/Asia/Baku inode=13909 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1491 count=1
file /usr/share/zoneinfo/right/Asia/Bangkok inode=13910 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1492 count=1
file /usr/share/zoneinfo/right/Asia/Barnaul inode=13911 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1493 count=1
file /usr/share/zoneinfo/right/Asia/Beirut inode=13912 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1494 count=1
file /usr/share/zoneinfo/right/Asia/Bishkek inode=13913 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1495 count=1
file /usr/share/zoneinfo/right/Asia/Brunei inode=13914 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1496 count=1
file /usr/share/zoneinfo/right/Asia/Chita inode=13916 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1497 count=1
file /usr/share/zoneinfo/right/Asia/Colombo inode=13920 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1498 count=1
file /usr/share/zoneinfo/right/Asia/Damascus inode=13922 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1499 count=1
file /usr/share/zoneinfo/right/Asia/Dhaka inode=13923 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1500 count=1
file /usr/share/zoneinfo/right/Asia/Dili inode=13924 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1501 count=1
file /usr/share/zoneinfo/right/Asia/Dubai inode=13925 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1502 count=1
file /usr/share/zoneinfo/right/Asia/Dushanbe inode=13926 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1503 count=1
file /usr/share/zoneinfo/right/Asia/Famagusta inode=13927 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1504 count=1
file /usr/share/zoneinfo/right/Asia/Gaza inode=13928 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1505 count=1
file /usr/share/zoneinfo/right/Asia/Hebron inode=13930 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1506 count=1
file /usr/share/zoneinfo/right/Asia/Ho_Chi_Minh inode=13931 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1507 count=1
file /usr/share/zoneinfo/right/Asia/Hong_Kong inode=13932 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1508 count=1
file /usr/share/zoneinfo/right/Asia/Hovd inode=13933 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1509 count=1
file /usr/share/zoneinfo/right/Asia/Irkutsk inode=13934 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1510 count=1
file /usr/share/zoneinfo/right/Asia/Jakarta inode=13936 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1511 count=1
file /usr/share/zoneinfo/right/Asia/Jayapura inode=13937 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1512 count=1
file /usr/share/zoneinfo/right/Asia/Jerusalem inode=13938 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1513 count=1
file /usr/share/zoneinfo/right/Asia/Kabul inode=13939 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1514 count=1
file /usr/share/zoneinfo/right/Asia/Kamchatka inode=13940 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1515 count=1
file /usr/share/zoneinfo/right/Asia/Karachi inode=13941 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1516 count=1
file /usr/share/zoneinfo/right/Asia/Kathmandu inode=13943 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1517 count=1
file /usr/share/zoneinfo/right/Asia/Khandyga inode=13945 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1518 count=1
file /usr/share/zoneinfo/right/Asia/Kolkata inode=13946 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1519 count=1
file /usr/share/zoneinfo/right/Asia/Krasnoyarsk inode=13947 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1520 count=1
file /usr/share/zoneinfo/right/Asia/Kuala_Lumpur inode=13948 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1521 count=1
file /usr/share/zoneinfo/right/Asia/Kuching inode=13949 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1522 count=1
file /usr/share/zoneinfo/right/Asia/Kuwait inode=13950 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1523 count=1
file /usr/share/zoneinfo/right/Asia/Macau inode=13952 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1524 count=1
file /usr/share/zoneinfo/right/Asia/Magadan inode=13953 t=39475586408 kinds=fragment-inferred,block pages=0 ranks=1525 count=1
file /usr/bin/more inode=627 t=40346164408 kinds=fragment-inferred,block pages=0-14 ranks=1526 count=1
file /usr/bin/mount inode=628 t=40346164408 kinds=fragment-inferred,block pages=0-14 ranks=1527 count=1
file /usr/bin/mv inode=632 t=40347055408 kinds=block pages=0-34 ranks=1528 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/ecryptfs/ecryptfs.ko inode=4779 t=40847301408 kinds=block pages=64-67 ranks=1529 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/configfs/configfs.ko inode=4775 t=40848985408 kinds=fragment-inferred,block pages=0-28 ranks=1530 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/erofs/erofs.ko inode=4785 t=40849530408 kinds=block pages=0-58 ranks=1531 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mod.ko inode=2465 t=40999737408 kinds=block pages=0-105 ranks=1532 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-log.ko inode=2463 t=41101791408 kinds=fragment-inferred,block pages=0-9 ranks=1533 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-mirror.ko inode=2464 t=41101791408 kinds=fragment-inferred,block pages=0-14 ranks=1534 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-multipath.ko inode=2466 t=41101791408 kinds=fragment-inferred,block pages=0-21 ranks=1535 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-queue-length.ko inode=2467 t=41101791408 kinds=fragment-inferred,block pages=0-4 ranks=1536 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-raid.ko inode=2468 t=41101791408 kinds=fragment-inferred,block pages=0-22 ranks=1537 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-region-hash.ko inode=2469 t=41101791408 kinds=fragment-inferred,block pages=0-10 ranks=1538 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-round-robin.ko inode=2470 t=41101791408 kinds=fragment-inferred,block pages=0-4 ranks=1539 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-service-time.ko inode=2471 t=41101791408 kinds=fragment-inferred,block pages=0-4 ranks=1540 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/md/dm-snapshot.ko inode=2472 t=41101791408 kinds=fragment-inferred,block pages=0-30 ranks=1541 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/display/drm_display_helper.ko inode=1570 t=41149535408 kinds=block pages=96 ranks=1542 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm.ko inode=1571 t=41300415408 kinds=block pages=0-255,256-299 ranks=1543,1559 count=3
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/edd.ko inode=1534 t=41499448408 kinds=fragment-inferred,block pages=0-7 ranks=1544 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/capsule-loader.ko inode=1536 t=41499448408 kinds=fragment-inferred,block pages=0-3 ranks=1545 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1537 t=41499448408 kinds=fragment-inferred,block pages=0-3 ranks=1546 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/efi/efibc.ko inode=1538 t=41499448408 kinds=fragment-inferred,block pages=0-2 ranks=1547 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/gsmi.ko inode=1540 t=41499448408 kinds=fragment-inferred,block pages=0-9 ranks=1548 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole-coreboot.ko inode=1541 t=41499448408 kinds=fragment-inferred,block pages=0-2 ranks=1549 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/firmware/google/memconsole.ko inode=1542 t=41499448408 kinds=fragment-inferred,block pages=0-2 ranks=1550 count=1
file /usr/lib/systemd/systemd-journald inode=6299 t=41599208408 kinds=block pages=0-41 ranks=1551 count=1
file /usr/lib/systemd/systemd-growfs inode=6294 t=41650395408 kinds=fragment-inferred,block pages=0-5 ranks=1552 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=6295 t=41650395408 kinds=fragment-inferred,block pages=0-3 ranks=1553 count=1
file /usr/lib/systemd/systemd-hostnamed inode=6296 t=41650395408 kinds=fragment-inferred,block pages=0-10 ranks=1554 count=1
file /usr/lib/systemd/systemd-initctl inode=6297 t=41650395408 kinds=fragment-inferred,block pages=0-5 ranks=1555 count=1
file /usr/lib/systemd/systemd-integritysetup inode=6298 t=41650395408 kinds=fragment-inferred,block pages=0-5 ranks=1556 count=1
file /usr/lib/systemd/systemd-logind inode=6301 t=41650395408 kinds=block pages=0-31,32-68 ranks=1557,3080 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/fuse.ko inode=4802 t=41811603408 kinds=block pages=0-100 ranks=1558 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_kms_helper.ko inode=1573 t=41899119408 kinds=block pages=0-112 ranks=1560 count=1
file /usr/lib/systemd/systemd-quotacheck inode=6310 t=42052741408 kinds=fragment-inferred,block pages=0-3 ranks=1561 count=1
file /usr/lib/systemd/systemd-random-seed inode=6311 t=42052741408 kinds=fragment-inferred,block pages=0-5 ranks=1562 count=1
file /usr/lib/systemd/systemd-remount-fs inode=6312 t=42052741408 kinds=fragment-inferred,block pages=0-4 ranks=1563 count=1
file /usr/lib/systemd/systemd-reply-password inode=6313 t=42052741408 kinds=fragment-inferred,block pages=0-3 ranks=1564 count=1
file /usr/lib/systemd/systemd-rfkill inode=6314 t=42052741408 kinds=fragment-inferred,block pages=0-5 ranks=1565 count=1
file /usr/lib/systemd/systemd-shutdown inode=6315 t=42105751408 kinds=fragment-inferred,block pages=0-11 ranks=1566 count=1
file /usr/lib/systemd/systemd-sleep inode=6316 t=42105751408 kinds=fragment-inferred,block pages=0-7 ranks=1567 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=6317 t=42105751408 kinds=fragment-inferred,block pages=0-7 ranks=1568 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=6318 t=42105751408 kinds=fragment-inferred,block pages=0-3 ranks=1569 count=1
file /usr/lib/systemd/systemd-sysctl inode=6319 t=42105751408 kinds=fragment-inferred,block pages=0-5 ranks=1570 count=1
file /usr/lib/systemd/systemd-sysv-install inode=6321 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1571 count=1
file /usr/lib/systemd/systemd-time-wait-sync inode=6322 t=42105751408 kinds=fragment-inferred,block pages=0-4 ranks=1572 count=1
file /usr/lib/systemd/systemd-timedated inode=6323 t=42105751408 kinds=fragment-inferred,block pages=0-10 ranks=1573 count=1
file /usr/lib/systemd/systemd-update-utmp inode=6325 t=42105751408 kinds=fragment-inferred,block pages=0-4 ranks=1574 count=1
file /usr/lib/systemd/systemd-user-runtime-dir inode=6326 t=42105751408 kinds=fragment-inferred,block pages=0-4 ranks=1575 count=1
file /usr/lib/systemd/systemd-user-sessions inode=6327 t=42105751408 kinds=fragment-inferred,block pages=0-3 ranks=1576 count=1
file /usr/lib/systemd/systemd-veritysetup inode=6328 t=42105751408 kinds=fragment-inferred,block pages=0-5 ranks=1577 count=1
file /usr/lib/systemd/systemd-volatile-root inode=6329 t=42105751408 kinds=fragment-inferred,block pages=0-4 ranks=1578 count=1
file /usr/lib/systemd/systemd-xdg-autostart-condition inode=6330 t=42105751408 kinds=fragment-inferred,block pages=0-3 ranks=1579 count=1
file /usr/lib/systemd/user/app.slice inode=6332 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1580 count=1
file /usr/lib/systemd/user/background.slice inode=6333 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1581 count=1
file /usr/lib/systemd/user/basic.target inode=6334 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1582 count=1
file /usr/lib/systemd/user/bluetooth.target inode=6335 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1583 count=1
file /usr/lib/systemd/user/default.target inode=6336 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1584 count=1
file /usr/lib/systemd/user/exit.target inode=6337 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1585 count=1
file /usr/lib/systemd/user/graphical-session-pre.target inode=6338 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1586 count=1
file /usr/lib/systemd/user/graphical-session.target inode=6339 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1587 count=1
file /usr/lib/systemd/user/paths.target inode=6340 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1588 count=1
file /usr/lib/systemd/user/printer.target inode=6341 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1589 count=1
file /usr/lib/systemd/user/session.slice inode=6342 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1590 count=1
file /usr/lib/systemd/user/shutdown.target inode=6343 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1591 count=1
file /usr/lib/systemd/user/sockets.target inode=6345 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1592 count=1
file /usr/lib/systemd/user/systemd-exit.service inode=6347 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1593 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.service inode=6348 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1594 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-clean.timer inode=6349 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1595 count=1
file /usr/lib/systemd/user/systemd-tmpfiles-setup.service inode=6350 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1596 count=1
file /usr/lib/systemd/user/timers.target inode=6351 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1597 count=1
file /usr/lib/systemd/user/xdg-desktop-autostart.target inode=6352 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1598 count=1
file /usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator inode=6354 t=42105751408 kinds=fragment-inferred,block pages=0-3 ranks=1599 count=1
file /usr/lib/systemd/user-generators/systemd-xdg-autostart-generator inode=6356 t=42105751408 kinds=fragment-inferred,block pages=0-7 ranks=1600 count=1
file /usr/lib/systemd/user-preset/90-systemd.preset inode=6358 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1601 count=1
file /usr/lib/sysusers.d/basic.conf inode=6360 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1602 count=1
file /usr/lib/sysusers.d/dbus.conf inode=6361 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1603 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=6362 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1604 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=6363 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1605 count=1
file /usr/lib/tasksel/default_desktop inode=6365 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1606 count=1
file /usr/lib/tasksel/packages/list inode=6367 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1607 count=1
file /usr/lib/tasksel/tasksel-debconf inode=6368 t=42105751408 kinds=fragment-inferred,block pages=0 ranks=1608 count=1
file /usr/lib/systemd/systemd-localed inode=6300 t=42249694408 kinds=fragment-inferred,block pages=0-11 ranks=1609 count=1
file /usr/lib/systemd/systemd-makefs inode=6302 t=42249694408 kinds=fragment-inferred,block pages=0-3 ranks=1610 count=1
file /usr/lib/systemd/systemd-measure inode=6303 t=42249694408 kinds=fragment-inferred,block pages=0-11 ranks=1611 count=1
file /usr/lib/systemd/systemd-modules-load inode=6304 t=42249694408 kinds=fragment-inferred,block pages=0-4 ranks=1612 count=1
file /usr/lib/systemd/systemd-networkd inode=6306 t=42299376408 kinds=block pages=0-31 ranks=1613 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fat/vfat.ko inode=4795 t=42349584408 kinds=fragment-inferred,block pages=0-9 ranks=1614 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/freevxfs/freevxfs.ko inode=4797 t=42349584408 kinds=fragment-inferred,block pages=0-12 ranks=1615 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/fuse/cuse.ko inode=4801 t=42349584408 kinds=fragment-inferred,block pages=0-7 ranks=1616 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/fs/gfs2/gfs2.ko inode=4805 t=42349584408 kinds=block pages=0-63 ranks=1617 count=1
file /usr/bin/udevadm inode=781 t=42499796408 kinds=block pages=0-63,64-255,256-287,288-330 ranks=1618,1633,1630,1627 count=7
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-ml-ioh.ko inode=1558 t=42598679408 kinds=fragment-inferred,block pages=0-6 ranks=1619 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pci-idio-16.ko inode=1559 t=42598679408 kinds=fragment-inferred,block pages=0-5 ranks=1620 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-pcie-idio-24.ko inode=1560 t=42598679408 kinds=fragment-inferred,block pages=0-6 ranks=1621 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpio/gpio-viperboard.ko inode=1561 t=42598679408 kinds=fragment-inferred,block pages=0-5 ranks=1622 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_buddy.ko inode=1572 t=42598679408 kinds=fragment-inferred,block pages=0-6 ranks=1623 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_shmem_helper.ko inode=1574 t=42598679408 kinds=fragment-inferred,block pages=0-12 ranks=1624 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/drm_ttm_helper.ko inode=1575 t=42598679408 kinds=fragment-inferred,block pages=0-5 ranks=1625 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/gpu/drm/gma500/gma500_gfx.ko inode=1578 t=42598679408 kinds=block pages=0-95 ranks=1626 count=1
file /usr/bin/uclampset inode=780 t=42749618408 kinds=fragment-inferred,block pages=0-15 ranks=1628 count=1
file /usr/bin/umount inode=782 t=42749618408 kinds=fragment-inferred,block pages=0-8 ranks=1629 count=1
file /usr/bin/uname inode=783 t=42948107408 kinds=fragment-inferred,block pages=0-10 ranks=1631 count=1
file /usr/bin/unexpand inode=784 t=42948107408 kinds=fragment-inferred,block pages=0-10 ranks=1632 count=1
file /usr/bin/uniq inode=785 t=43151871408 kinds=fragment-inferred,block pages=0-11 ranks=1634 count=1
file /usr/bin/unlink inode=786 t=43151871408 kinds=fragment-inferred,block pages=0-9 ranks=1635 count=1
file /usr/bin/unmkinitramfs inode=787 t=43151871408 kinds=fragment-inferred,block pages=0 ranks=1636 count=1
file /usr/bin/unshare inode=788 t=43151871408 kinds=fragment-inferred,block pages=0-20 ranks=1637 count=1
file /usr/bin/systemd-stdio-bridge inode=750 t=43422944408 kinds=fragment-inferred,block pages=0-4 ranks=1638 count=1
file /usr/bin/systemd-sysext inode=751 t=43422944408 kinds=fragment-inferred,block pages=0-10 ranks=1639 count=1
file /usr/bin/systemd-sysusers inode=752 t=43422944408 kinds=fragment-inferred,block pages=0-15 ranks=1640 count=1
file /usr/bin/systemd-tmpfiles inode=753 t=43423678408 kinds=fragment-inferred,block pages=0-27 ranks=1641 count=1
file /usr/bin/systemd-tty-ask-password-agent inode=754 t=43423678408 kinds=fragment-inferred,block pages=0-8 ranks=1642 count=1
file /usr/bin/tabs inode=756 t=43423678408 kinds=fragment-inferred,block pages=0-4 ranks=1643 count=1
file /usr/lib/tasksel/tests/debconf inode=6370 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1644 count=1
file /usr/lib/tasksel/tests/default-desktop inode=6371 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1645 count=1
file /usr/lib/tasksel/tests/desktop inode=6372 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1646 count=1
file /usr/lib/tasksel/tests/lang inode=6373 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1647 count=1
file /usr/lib/tasksel/tests/laptop inode=6374 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1648 count=1
file /usr/lib/tasksel/tests/new-install inode=6375 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1649 count=1
file /usr/lib/tasksel/tests/server inode=6376 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1650 count=1
file /usr/lib/terminfo/E/Eterm inode=6379 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1651 count=1
file /usr/lib/terminfo/a/ansi inode=6382 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1652 count=1
file /usr/lib/terminfo/c/cons25 inode=6384 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1653 count=1
file /usr/lib/terminfo/c/cons25-debian inode=6385 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1654 count=1
file /usr/lib/terminfo/c/cygwin inode=6386 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1655 count=1
file /usr/lib/terminfo/d/dumb inode=6388 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1656 count=1
file /usr/lib/terminfo/h/hurd inode=6390 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1657 count=1
file /usr/lib/terminfo/l/linux inode=6392 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1658 count=1
file /usr/lib/terminfo/m/mach inode=6394 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1659 count=1
file /usr/lib/terminfo/m/mach-bold inode=6395 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1660 count=1
file /usr/lib/terminfo/m/mach-color inode=6396 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1661 count=1
file /usr/lib/terminfo/m/mach-gnu inode=6397 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1662 count=1
file /usr/lib/terminfo/m/mach-gnu-color inode=6398 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1663 count=1
file /usr/lib/terminfo/p/pcansi inode=6400 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1664 count=1
file /usr/lib/terminfo/r/rxvt inode=6402 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1665 count=1
file /usr/lib/terminfo/r/rxvt-basic inode=6403 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1666 count=1
file /usr/lib/terminfo/r/rxvt-unicode inode=6405 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1667 count=1
file /usr/lib/terminfo/r/rxvt-unicode-256color inode=6406 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1668 count=1
file /usr/lib/terminfo/s/screen inode=6408 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1669 count=1
file /usr/lib/terminfo/s/screen-256color inode=6409 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1670 count=1
file /usr/lib/terminfo/s/screen-256color-bce inode=6410 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1671 count=1
file /usr/lib/terminfo/s/screen-bce inode=6411 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1672 count=1
file /usr/lib/terminfo/s/screen-s inode=6412 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1673 count=1
file /usr/lib/terminfo/s/screen-w inode=6413 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1674 count=1
file /usr/lib/terminfo/s/screen.xterm-256color inode=6414 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1675 count=1
file /usr/lib/terminfo/s/sun inode=6415 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1676 count=1
file /usr/lib/terminfo/t/tmux inode=6417 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1677 count=1
file /usr/lib/terminfo/t/tmux-256color inode=6418 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1678 count=1
file /usr/lib/terminfo/v/vt100 inode=6420 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1679 count=1
file /usr/lib/terminfo/v/vt102 inode=6421 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1680 count=1
file /usr/lib/terminfo/v/vt220 inode=6422 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1681 count=1
file /usr/lib/terminfo/v/vt52 inode=6423 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1682 count=1
file /usr/lib/terminfo/w/wsvt25 inode=6425 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1683 count=1
file /usr/lib/terminfo/w/wsvt25m inode=6426 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1684 count=1
file /usr/lib/terminfo/x/xterm inode=6428 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1685 count=1
file /usr/lib/terminfo/x/xterm-256color inode=6429 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1686 count=1
file /usr/lib/terminfo/x/xterm-color inode=6430 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1687 count=1
file /usr/lib/terminfo/x/xterm-mono inode=6432 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1688 count=1
file /usr/lib/terminfo/x/xterm-r5 inode=6433 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1689 count=1
file /usr/lib/terminfo/x/xterm-r6 inode=6434 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1690 count=1
file /usr/lib/terminfo/x/xterm-vt220 inode=6435 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1691 count=1
file /usr/lib/terminfo/x/xterm-xfree86 inode=6436 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1692 count=1
file /usr/lib/tmpfiles.d/dbus.conf inode=6438 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1693 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6439 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1694 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6440 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1695 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6441 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1696 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6442 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1697 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6443 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1698 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6444 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1699 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6445 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1700 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6446 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1701 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6447 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1702 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6448 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1703 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6449 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1704 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6450 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1705 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6451 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1706 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6452 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1707 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6453 t=44018509408 kinds=fragment-inferred,block pages=0 ranks=1708 count=1
file /usr/lib/udev/ata_id inode=6455 t=44018509408 kinds=fragment-inferred,block pages=0-16 ranks=1709 count=1
file /usr/lib/udev/cdrom_id inode=6456 t=44018509408 kinds=fragment-inferred,block pages=0-19 ranks=1710 count=1
file /usr/lib/udev/dmi_memory_id inode=6457 t=44018509408 kinds=fragment-inferred,block pages=0-18 ranks=1711 count=1
file /usr/lib/udev/hwdb.bin inode=6460 t=44018509408 kinds=block pages=0-31,32-319,320-543,960-991,992-1087,1088-1279,1280-1471,1728-1791,1792-1919,1920-1951,1952-2143,2144-2303,2464-2559,2560-2623,2624-2655,2656-2911,2912-3071,3072-3135,3136-3178 ranks=1712,1715,1739,1931,1893,1877,1896,1887,1889,1886,1873,1953,1870,1872,1885,1876,1892,2003,1894 count=29
file /usr/bin/tac inode=757 t=44656696408 kinds=fragment-inferred,block pages=0-27 ranks=1713 count=1
file /usr/bin/tar inode=759 t=44656696408 kinds=block pages=0-31 ranks=1714 count=1
file /usr/sbin/ifup inode=7941 t=47114228408 kinds=fragment-inferred,block pages=0-21 ranks=1716 count=1
file /usr/sbin/installkernel inode=7944 t=47114228408 kinds=fragment-inferred,block pages=0 ranks=1717 count=1
file /usr/sbin/invoke-rc.d inode=7945 t=47114228408 kinds=fragment-inferred,block pages=0-4 ranks=1718 count=1
file /usr/sbin/ldconfig inode=7950 t=47115396408 kinds=block pages=0-31 ranks=1719 count=1
file /usr/bin/run-parts inode=687 t=47446150408 kinds=fragment-inferred,block pages=0-6 ranks=1720 count=1
file /usr/bin/runcon inode=688 t=47446150408 kinds=fragment-inferred,block pages=0-10 ranks=1721 count=1
file /usr/bin/savelog inode=690 t=47446150408 kinds=fragment-inferred,block pages=0-2 ranks=1722 count=1
file /usr/bin/script inode=691 t=47446864408 kinds=fragment-inferred,block pages=0-17 ranks=1723 count=1
file /usr/bin/scriptlive inode=692 t=47446864408 kinds=fragment-inferred,block pages=0-13 ranks=1724 count=1
file /usr/bin/scriptreplay inode=693 t=47446864408 kinds=fragment-inferred,block pages=0-11 ranks=1725 count=1
file /usr/bin/sdiff inode=694 t=47446864408 kinds=fragment-inferred,block pages=0-13 ranks=1726 count=1
file /usr/bin/lesspipe inode=584 t=47495824408 kinds=fragment-inferred,block pages=0-2 ranks=1727 count=1
file /usr/bin/link inode=585 t=47495824408 kinds=fragment-inferred,block pages=0-9 ranks=1728 count=1
file /usr/bin/linux-check-removal inode=586 t=47495824408 kinds=fragment-inferred,block pages=0-1 ranks=1729 count=1
file /usr/bin/linux-run-hooks inode=587 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1730 count=1
file /usr/bin/linux-update-symlinks inode=588 t=47495824408 kinds=fragment-inferred,block pages=0-1 ranks=1731 count=1
file /usr/bin/linux-version inode=589 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1732 count=1
file /usr/bin/live-boot inode=592 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1733 count=1
file /usr/bin/live-config inode=593 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1734 count=1
file /usr/bin/live-config-update inode=594 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1735 count=1
file /usr/bin/live-swapfile inode=595 t=47495824408 kinds=fragment-inferred,block pages=0 ranks=1736 count=1
file /usr/bin/ln inode=596 t=47546059408 kinds=fragment-inferred,block pages=0-17 ranks=1737 count=1
file /usr/bin/lnstat inode=597 t=47546059408 kinds=fragment-inferred,block pages=0-6 ranks=1738 count=1
file /usr/bin/ls inode=605 t=47796050408 kinds=block pages=0-36 ranks=1740 count=1
file /usr/bin/lsblk inode=607 t=47796050408 kinds=block pages=0-50 ranks=1741 count=2
file /usr/bin/logname inode=604 t=47854013408 kinds=fragment-inferred,block pages=0-9 ranks=1742 count=1
file /usr/bin/lsattr inode=606 t=47854013408 kinds=fragment-inferred,block pages=0-3 ranks=1743 count=1
file /usr/bin/lscpu inode=608 t=47854013408 kinds=fragment-inferred,block pages=0-31 ranks=1744 count=1
file /usr/bin/ip inode=565 t=48045170408 kinds=block pages=0-168 ranks=1745 count=3
file /usr/bin/infocmp inode=561 t=48146227408 kinds=fragment-inferred,block pages=0-15 ranks=1746 count=1
file /usr/bin/ionice inode=564 t=48146227408 kinds=fragment-inferred,block pages=0-8 ranks=1747 count=1
file /usr/bin/ipcmk inode=566 t=48146227408 kinds=fragment-inferred,block pages=0-8 ranks=1748 count=1
file /usr/bin/ipcrm inode=567 t=48146227408 kinds=fragment-inferred,block pages=0-8 ranks=1749 count=1
file /usr/bin/ipcs inode=568 t=48146227408 kinds=fragment-inferred,block pages=0-18 ranks=1750 count=1
file /usr/bin/ischroot inode=569 t=48146227408 kinds=fragment-inferred,block pages=0-3 ranks=1751 count=1
file /usr/lib/udev/hwdb.d/80-ieee1394-unit-function.hwdb inode=6493 t=48295709408 kinds=fragment-inferred,block pages=0-12 ranks=1752 count=1
file /usr/lib/udev/ifupdown-hotplug inode=6494 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1753 count=1
file /usr/lib/udev/mtd_probe inode=6495 t=48295709408 kinds=fragment-inferred,block pages=0-5 ranks=1754 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6497 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1755 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6498 t=48295709408 kinds=fragment-inferred,block pages=0-1 ranks=1756 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6499 t=48295709408 kinds=fragment-inferred,block pages=0-1 ranks=1757 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6500 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1758 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6501 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1759 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6502 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1760 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6503 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1761 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6504 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1762 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6505 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1763 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6506 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1764 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6507 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1765 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6508 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1766 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6509 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1767 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6510 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1768 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6511 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1769 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6512 t=48295709408 kinds=fragment-inferred,block pages=0-2 ranks=1770 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6513 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1771 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6514 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1772 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6515 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1773 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6516 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1774 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6517 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1775 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6518 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1776 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6519 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1777 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6520 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1778 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6521 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1779 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6522 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1780 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6523 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1781 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6524 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1782 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6525 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1783 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6526 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1784 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6527 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1785 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6528 t=48295709408 kinds=fragment-inferred,block pages=0 ranks=1786 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6529 t=48350160408 kinds=fragment-inferred,block pages=0-1 ranks=1787 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6530 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1788 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6531 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1789 count=1
file /usr/lib/udev/rules.d/80-ifupdown.rules inode=6532 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1790 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6533 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1791 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6534 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1792 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6535 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1793 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6536 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1794 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6537 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1795 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6538 t=48350160408 kinds=fragment-inferred,block pages=0-1 ranks=1796 count=1
file /usr/lib/udev/scsi_id inode=6539 t=48350160408 kinds=fragment-inferred,block pages=0-20 ranks=1797 count=1
file /usr/lib/udev/v4l_id inode=6540 t=48350160408 kinds=fragment-inferred,block pages=0-5 ranks=1798 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-fido2.so inode=6543 t=48350160408 kinds=fragment-inferred,block pages=0-4 ranks=1799 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-pkcs11.so inode=6544 t=48350160408 kinds=fragment-inferred,block pages=0-4 ranks=1800 count=1
file /usr/lib/x86_64-linux-gnu/cryptsetup/libcryptsetup-token-systemd-tpm2.so inode=6545 t=48350160408 kinds=fragment-inferred,block pages=0-5 ranks=1801 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron inode=6547 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1802 count=1
file /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail inode=6548 t=48350160408 kinds=fragment-inferred,block pages=0 ranks=1803 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/afalg.so inode=6550 t=48350160408 kinds=fragment-inferred,block pages=0-5 ranks=1804 count=1
file /usr/lib/x86_64-linux-gnu/libelf-0.188.so inode=6867 t=48496503408 kinds=fragment-inferred,block pages=0-26 ranks=1805 count=1
file /usr/lib/x86_64-linux-gnu/libestr.so.0.0.0 inode=6870 t=48496503408 kinds=fragment-inferred,block pages=0-3 ranks=1806 count=1
file /usr/lib/x86_64-linux-gnu/libfdisk.so.1.1.0 inode=6880 t=48546167408 kinds=block pages=0-31 ranks=1807 count=1
file /usr/bin/rm inode=682 t=48695663408 kinds=fragment-inferred,block pages=0-17 ranks=1808 count=1
file /usr/bin/rmdir inode=683 t=48695663408 kinds=fragment-inferred,block pages=0-13 ranks=1809 count=1
file /usr/bin/routel inode=685 t=48695663408 kinds=fragment-inferred,block pages=0 ranks=1810 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/loader_attic.so inode=6551 t=48751244408 kinds=fragment-inferred,block pages=0-12 ranks=1811 count=1
file /usr/lib/x86_64-linux-gnu/engines-3/padlock.so inode=6552 t=48751244408 kinds=fragment-inferred,block pages=0-6 ranks=1812 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so inode=6554 t=48751244408 kinds=fragment-inferred,block pages=0-6 ranks=1813 count=1
file /usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so inode=6555 t=48751244408 kinds=fragment-inferred,block pages=0-4 ranks=1814 count=1
file /usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so inode=6558 t=48751244408 kinds=block pages=0-58 ranks=1815 count=1
file /usr/lib/x86_64-linux-gnu/libmenuw.so.6.4 inode=6929 t=48895835408 kinds=fragment-inferred,block pages=0-10 ranks=1816 count=1
file /usr/lib/x86_64-linux-gnu/libmnl.so.0.2.0 inode=6931 t=48895835408 kinds=fragment-inferred,block pages=0-6 ranks=1817 count=1
file /usr/lib/x86_64-linux-gnu/libnftables.so.1.1.0 inode=6942 t=48895835408 kinds=block pages=0-63 ranks=1818 count=2
file /usr/bin/mountpoint inode=629 t=48995468408 kinds=fragment-inferred,block pages=0-4 ranks=1819 count=1
file /usr/bin/mt-gnu inode=631 t=48995468408 kinds=fragment-inferred,block pages=0-20 ranks=1820 count=1
file /usr/bin/nano inode=634 t=48995468408 kinds=block pages=0-31,32-70 ranks=1821,3020 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=7015 t=49045700408 kinds=fragment-inferred,block pages=0-30 ranks=1822 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=7017 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1823 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp/Heavy.pm inode=7019 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1824 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=7020 t=49045700408 kinds=fragment-inferred,block pages=0-6 ranks=1825 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config.pm inode=7021 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1826 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_git.pl inode=7022 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1827 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl inode=7023 t=49045700408 kinds=fragment-inferred,block pages=0-13 ranks=1828 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm inode=7024 t=49045700408 kinds=fragment-inferred,block pages=0-4 ranks=1829 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm inode=7025 t=49045700408 kinds=fragment-inferred,block pages=0-2 ranks=1830 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Errno.pm inode=7026 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1831 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm inode=7028 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1832 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Exporter.pm inode=7029 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1833 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Fcntl.pm inode=7030 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1834 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm inode=7032 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1835 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Glob.pm inode=7033 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1836 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm inode=7034 t=49045700408 kinds=fragment-inferred,block pages=0-5 ranks=1837 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm inode=7036 t=49045700408 kinds=fragment-inferred,block pages=0-2 ranks=1838 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Spec.pm inode=7037 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1839 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm inode=7038 t=49045700408 kinds=fragment-inferred,block pages=0-20 ranks=1840 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/FileHandle.pm inode=7039 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1841 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Getopt/Long.pm inode=7041 t=49045700408 kinds=fragment-inferred,block pages=0-10 ranks=1842 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Hash/Util.pm inode=7043 t=49045700408 kinds=fragment-inferred,block pages=0-2 ranks=1843 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/File.pm inode=7045 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1844 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Handle.pm inode=7046 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1845 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Pipe.pm inode=7047 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1846 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Seekable.pm inode=7048 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1847 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Select.pm inode=7049 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1848 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/INET.pm inode=7051 t=49045700408 kinds=fragment-inferred,block pages=0-1 ranks=1849 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/IP.pm inode=7052 t=49045700408 kinds=fragment-inferred,block pages=0-5 ranks=1850 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/UNIX.pm inode=7053 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1851 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO/Socket.pm inode=7054 t=49045700408 kinds=fragment-inferred,block pages=0-2 ranks=1852 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IO.pm inode=7055 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1853 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open2.pm inode=7057 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1854 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/IPC/Open3.pm inode=7058 t=49045700408 kinds=fragment-inferred,block pages=0-2 ranks=1855 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/List/Util.pm inode=7060 t=49045700408 kinds=fragment-inferred,block pages=0 ranks=1856 count=1
file /usr/bin/taskset inode=761 t=49195869408 kinds=fragment-inferred,block pages=0-15 ranks=1857 count=1
file /usr/bin/tee inode=762 t=49195869408 kinds=fragment-inferred,block pages=0-10 ranks=1858 count=1
file /usr/bin/tempfile inode=763 t=49195869408 kinds=fragment-inferred,block pages=0-3 ranks=1859 count=1
file /usr/bin/test inode=764 t=49254312408 kinds=fragment-inferred,block pages=0-14 ranks=1860 count=1
file /usr/bin/tic inode=765 t=49254312408 kinds=fragment-inferred,block pages=0-22 ranks=1861 count=1
file /usr/bin/sed inode=695 t=49564273408 kinds=fragment-inferred,block pages=0-30 ranks=1862 count=1
file /usr/bin/select-editor inode=696 t=49564273408 kinds=fragment-inferred,block pages=0 ranks=1863 count=1
file /usr/bin/sensible-browser inode=697 t=49564273408 kinds=fragment-inferred,block pages=0 ranks=1864 count=1
file /usr/bin/sort inode=718 t=49663101408 kinds=fragment-inferred,block pages=0-28 ranks=1865 count=1
file /usr/bin/ss inode=720 t=49663101408 kinds=block pages=0-47 ranks=1866 count=2
file /usr/bin/split inode=719 t=49716832408 kinds=fragment-inferred,block pages=0-14 ranks=1867 count=1
file /usr/bin/stat inode=721 t=49716832408 kinds=fragment-inferred,block pages=0-23 ranks=1868 count=1
file /usr/bin/stdbuf inode=722 t=49716832408 kinds=fragment-inferred,block pages=0-14 ranks=1869 count=1
file /usr/bin/systemctl inode=727 t=50216454408 kinds=block pages=0-63,64-127,128-191,192-255,256-287,288-330 ranks=1871,1888,1890,1898,1891,1874 count=7
file /usr/bin/systemd-analyze inode=729 t=50714258408 kinds=block pages=0-45 ranks=1875 count=1
file /usr/bin/dpkg-query inode=516 t=51415308408 kinds=block pages=0-39 ranks=1879 count=1
file /usr/bin/dpkg-maintscript-helper inode=515 t=51415308408 kinds=fragment-inferred,block pages=0-5 ranks=1880 count=1
file /usr/bin/dpkg-realpath inode=517 t=51415308408 kinds=fragment-inferred,block pages=0-1 ranks=1881 count=1
file /usr/bin/dpkg-split inode=518 t=51469615408 kinds=fragment-inferred,block pages=0-31 ranks=1882 count=1
file /usr/bin/dpkg-statoverride inode=519 t=51469615408 kinds=fragment-inferred,block pages=0-15 ranks=1883 count=1
file /usr/bin/du inode=521 t=51469615408 kinds=block pages=0-42 ranks=1884 count=1
file /usr/lib/udev/hwdb.d/20-OUI.hwdb inode=6462 t=52465098408 kinds=block pages=0-63,64-223 ranks=1895,1897 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/hyperv-keyboard.ko inode=2360 t=52764776408 kinds=fragment-inferred,block pages=0-6 ranks=1899 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/parkbd.ko inode=2361 t=52764776408 kinds=fragment-inferred,block pages=0-5 ranks=1900 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/pcips2.ko inode=2362 t=52764776408 kinds=fragment-inferred,block pages=0-3 ranks=1901 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2363 t=52764776408 kinds=fragment-inferred,block pages=0-6 ranks=1902 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/serio/serport.ko inode=2364 t=52764776408 kinds=fragment-inferred,block pages=0-4 ranks=1903 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/sparse-keymap.ko inode=2365 t=52764776408 kinds=fragment-inferred,block pages=0-3 ranks=1904 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/acecad.ko inode=2367 t=52764776408 kinds=fragment-inferred,block pages=0-4 ranks=1905 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/aiptek.ko inode=2368 t=52764776408 kinds=fragment-inferred,block pages=0-14 ranks=1906 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/hanwang.ko inode=2369 t=52764776408 kinds=fragment-inferred,block pages=0-5 ranks=1907 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/kbtab.ko inode=2370 t=52764776408 kinds=fragment-inferred,block pages=0-4 ranks=1908 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/pegasus_notetaker.ko inode=2371 t=52826421408 kinds=fragment-inferred,block pages=0-6 ranks=1909 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/tablet/wacom_serial4.ko inode=2372 t=52826421408 kinds=fragment-inferred,block pages=0-5 ranks=1910 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7877.ko inode=2374 t=52826421408 kinds=fragment-inferred,block pages=0-8 ranks=1911 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879-i2c.ko inode=2375 t=52826421408 kinds=fragment-inferred,block pages=0-2 ranks=1912 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ad7879.ko inode=2376 t=52826421408 kinds=fragment-inferred,block pages=0-6 ranks=1913 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/touchscreen/ads7846.ko inode=2377 t=52826421408 kinds=fragment-inferred,block pages=0-9 ranks=1914 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/infiniband/core/rdma_ucm.ko inode=2238 t=52964684408 kinds=fragment-inferred,block pages=0-19 ranks=1915 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/evdev.ko inode=2277 t=52964684408 kinds=fragment-inferred,block pages=0-11 ranks=1916 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/ff-memless.ko inode=2278 t=53018241408 kinds=fragment-inferred,block pages=0-6 ranks=1917 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/emu10k1-gp.ko inode=2280 t=53018241408 kinds=fragment-inferred,block pages=0-3 ranks=1918 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/fm801-gp.ko inode=2281 t=53018241408 kinds=fragment-inferred,block pages=0-3 ranks=1919 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/gameport.ko inode=2282 t=53018241408 kinds=fragment-inferred,block pages=0-10 ranks=1920 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/lightning.ko inode=2283 t=53018241408 kinds=fragment-inferred,block pages=0-3 ranks=1921 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/gameport/ns558.ko inode=2284 t=53018241408 kinds=fragment-inferred,block pages=0-4 ranks=1922 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joydev.ko inode=2285 t=53018241408 kinds=fragment-inferred,block pages=0-10 ranks=1923 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/a3d.ko inode=2287 t=53018241408 kinds=fragment-inferred,block pages=0-5 ranks=1924 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/adi.ko inode=2288 t=53018241408 kinds=fragment-inferred,block pages=0-5 ranks=1925 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/analog.ko inode=2289 t=53018241408 kinds=fragment-inferred,block pages=0-7 ranks=1926 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/cobra.ko inode=2290 t=53018241408 kinds=fragment-inferred,block pages=0-4 ranks=1927 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/db9.ko inode=2291 t=53018241408 kinds=fragment-inferred,block pages=0-8 ranks=1928 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gamecon.ko inode=2292 t=53018241408 kinds=fragment-inferred,block pages=0-9 ranks=1929 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/joystick/gf2k.ko inode=2293 t=53018241408 kinds=fragment-inferred,block pages=0-5 ranks=1930 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sg.ko inode=4270 t=53264710408 kinds=fragment-inferred,block pages=0-21 ranks=1932 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/st.ko inode=4276 t=53322318408 kinds=block pages=0-32 ranks=1933 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/scsi/sr_mod.ko inode=4275 t=53322318408 kinds=fragment-inferred,block pages=0-15 ranks=1934 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1439 t=53466873408 kinds=fragment-inferred,block pages=0-13 ranks=1935 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/amd_freq_sensitivity.ko inode=1440 t=53466873408 kinds=fragment-inferred,block pages=0-2 ranks=1936 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_conservative.ko inode=1441 t=53466873408 kinds=fragment-inferred,block pages=0-4 ranks=1937 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_ondemand.ko inode=1442 t=53466873408 kinds=fragment-inferred,block pages=0-7 ranks=1938 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_powersave.ko inode=1443 t=53466873408 kinds=fragment-inferred,block pages=0-2 ranks=1939 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/cpufreq_userspace.ko inode=1444 t=53517934408 kinds=fragment-inferred,block pages=0-3 ranks=1940 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/p4-clockmod.ko inode=1445 t=53517934408 kinds=fragment-inferred,block pages=0-4 ranks=1941 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1446 t=53517934408 kinds=fragment-inferred,block pages=0-8 ranks=1942 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1447 t=53517934408 kinds=fragment-inferred,block pages=0-14 ranks=1943 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1453 t=53517934408 kinds=block pages=0-63 ranks=1944 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/chelsio/chcr.ko inode=1455 t=53662032408 kinds=block pages=0-41 ranks=1945 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-centrino.ko inode=1448 t=53662032408 kinds=fragment-inferred,block pages=0-3 ranks=1946 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/cpufreq/speedstep-lib.ko inode=1449 t=53662032408 kinds=fragment-inferred,block pages=0-6 ranks=1947 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/ccp/ccp-crypto.ko inode=1452 t=53662032408 kinds=fragment-inferred,block pages=0-21 ranks=1948 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-aes.ko inode=1456 t=53662032408 kinds=fragment-inferred,block pages=0-5 ranks=1949 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/padlock-sha.ko inode=1457 t=53662032408 kinds=fragment-inferred,block pages=0-5 ranks=1950 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxx/qat_c3xxx.ko inode=1460 t=53662032408 kinds=fragment-inferred,block pages=0-7 ranks=1951 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/crypto/qat/qat_c3xxxvf/qat_c3xxxvf.ko inode=1462 t=53662032408 kinds=fragment-inferred,block pages=0-6 ranks=1952 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/cm109.ko inode=2336 t=54104227408 kinds=fragment-inferred,block pages=0-9 ranks=1954 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/ideapad_slidebar.ko inode=2337 t=54104227408 kinds=fragment-inferred,block pages=0-4 ranks=1955 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/keyspan_remote.ko inode=2338 t=54104227408 kinds=fragment-inferred,block pages=0-6 ranks=1956 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/pcspkr.ko inode=2339 t=54104227408 kinds=fragment-inferred,block pages=0-2 ranks=1957 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/powermate.ko inode=2340 t=54104227408 kinds=fragment-inferred,block pages=0-5 ranks=1958 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/soc_button_array.ko inode=2341 t=54104227408 kinds=fragment-inferred,block pages=0-5 ranks=1959 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/uinput.ko inode=2342 t=54104227408 kinds=fragment-inferred,block pages=0-8 ranks=1960 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/misc/yealink.ko inode=2343 t=54104227408 kinds=fragment-inferred,block pages=0-9 ranks=1961 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/cyapatp.ko inode=2347 t=54104868408 kinds=block pages=0-36 ranks=1962 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/appletouch.ko inode=2345 t=54104868408 kinds=fragment-inferred,block pages=0-9 ranks=1963 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/input/mouse/bcm5974.ko inode=2346 t=54104868408 kinds=fragment-inferred,block pages=0-9 ranks=1964 count=1
file /usr/bin/mawk inode=618 t=54320829408 kinds=block pages=0-38 ranks=1965 count=1
file /usr/bin/lsns inode=617 t=54320829408 kinds=fragment-inferred,block pages=0-20 ranks=1966 count=1
file /usr/bin/mcookie inode=619 t=54320829408 kinds=fragment-inferred,block pages=0-8 ranks=1967 count=1
file /usr/bin/md5sum inode=620 t=54370511408 kinds=fragment-inferred,block pages=0-12 ranks=1968 count=1
file /usr/bin/mesg inode=622 t=54370511408 kinds=fragment-inferred,block pages=0-4 ranks=1969 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6468 t=54487336408 kinds=block pages=960 ranks=1970 count=1
file /usr/lib/udev/fido_id inode=6458 t=54570789408 kinds=fragment-inferred,block pages=0-25 ranks=1971 count=1
file /usr/lib/udev/hwclock-set inode=6459 t=54570789408 kinds=fragment-inferred,block pages=0 ranks=1972 count=1
file /usr/lib/udev/hwdb.d/20-dmi-id.hwdb inode=6465 t=54570789408 kinds=fragment-inferred,block pages=0 ranks=1973 count=1
file /usr/lib/udev/hwdb.d/20-net-ifname.hwdb inode=6466 t=54570789408 kinds=fragment-inferred,block pages=0 ranks=1974 count=1
file /usr/lib/udev/hwdb.d/20-pci-classes.hwdb inode=6467 t=54570789408 kinds=fragment-inferred,block pages=0-3 ranks=1975 count=1
file /usr/lib/udev/hwdb.d/20-sdio-classes.hwdb inode=6469 t=54570789408 kinds=fragment-inferred,block pages=0 ranks=1976 count=1
file /usr/lib/udev/hwdb.d/20-sdio-vendor-model.hwdb inode=6470 t=54570789408 kinds=fragment-inferred,block pages=0-1 ranks=1977 count=1
file /usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb inode=6472 t=54570789408 kinds=block pages=0-255 ranks=1978 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm.ko inode=1064 t=54770724408 kinds=block pages=0-580 ranks=1979 count=5
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/bfq.ko inode=1066 t=54998796408 kinds=block pages=0-46 ranks=1980 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/cpuid.ko inode=1059 t=55211136408 kinds=fragment-inferred,block pages=0-3 ranks=1981 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kernel/msr.ko inode=1060 t=55211136408 kinds=fragment-inferred,block pages=0-4 ranks=1982 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/kyber-iosched.ko inode=1067 t=55211136408 kinds=fragment-inferred,block pages=0-16 ranks=1983 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/block/t10-pi.ko inode=1068 t=55211136408 kinds=fragment-inferred,block pages=0-6 ranks=1984 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/adiantum.ko inode=1070 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=1985 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aegis128.ko inode=1071 t=55211136408 kinds=fragment-inferred,block pages=0-4 ranks=1986 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/aes_ti.ko inode=1072 t=55211136408 kinds=fragment-inferred,block pages=0-2 ranks=1987 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/af_alg.ko inode=1073 t=55211136408 kinds=fragment-inferred,block pages=0-12 ranks=1988 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_aead.ko inode=1074 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=1989 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_hash.ko inode=1075 t=55211136408 kinds=fragment-inferred,block pages=0-6 ranks=1990 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_rng.ko inode=1076 t=55211136408 kinds=fragment-inferred,block pages=0-3 ranks=1991 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/algif_skcipher.ko inode=1077 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=1992 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/ansi_cprng.ko inode=1078 t=55211136408 kinds=fragment-inferred,block pages=0-4 ranks=1993 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/asymmetric_keys/pkcs8_key_parser.ko inode=1080 t=55211136408 kinds=fragment-inferred,block pages=0-3 ranks=1994 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_memcpy.ko inode=1082 t=55211136408 kinds=fragment-inferred,block pages=0-2 ranks=1995 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_pq.ko inode=1083 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=1996 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_raid6_recov.ko inode=1084 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=1997 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_tx.ko inode=1085 t=55211136408 kinds=fragment-inferred,block pages=0-3 ranks=1998 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/async_tx/async_xor.ko inode=1086 t=55211136408 kinds=fragment-inferred,block pages=0-4 ranks=1999 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authenc.ko inode=1087 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=2000 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/authencesn.ko inode=1088 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=2001 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/crypto/blake2b_generic.ko inode=1089 t=55211136408 kinds=fragment-inferred,block pages=0-5 ranks=2002 count=1
file /usr/bin/hostid inode=555 t=56251200408 kinds=fragment-inferred,block pages=0-9 ranks=2004 count=1
file /usr/bin/hostname inode=556 t=56251200408 kinds=fragment-inferred,block pages=0-5 ranks=2005 count=1
file /usr/bin/hostnamectl inode=557 t=56251200408 kinds=fragment-inferred,block pages=0-7 ranks=2006 count=1
file /usr/bin/touch inode=771 t=56276662408 kinds=fragment-inferred,block pages=0-26 ranks=2007 count=1
file /usr/bin/tput inode=772 t=56307969408 kinds=fragment-inferred,block pages=0-6 ranks=2008 count=1
file /usr/bin/tr inode=773 t=56307969408 kinds=fragment-inferred,block pages=0-13 ranks=2009 count=1
file /usr/bin/true inode=774 t=56307969408 kinds=fragment-inferred,block pages=0-8 ranks=2010 count=1
file /usr/bin/truncate inode=775 t=56307969408 kinds=fragment-inferred,block pages=0-10 ranks=2011 count=1
file /usr/bin/tset inode=776 t=56307969408 kinds=fragment-inferred,block pages=0-7 ranks=2012 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=1062 t=56652600408 kinds=block pages=0-97 ranks=2013 count=2
file /usr/lib/modules/6.1.0-50-amd64/kernel/arch/x86/kvm/kvm-intel.ko inode=1063 t=56704807408 kinds=block pages=0-159 ranks=2014 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1504 t=56919219408 kinds=fragment-inferred,block pages=0-16 ranks=2015 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i10nm_edac.ko inode=1505 t=56919219408 kinds=fragment-inferred,block pages=0-7 ranks=2016 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3000_edac.ko inode=1506 t=56919219408 kinds=fragment-inferred,block pages=0-4 ranks=2017 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i3200_edac.ko inode=1507 t=56919219408 kinds=fragment-inferred,block pages=0-4 ranks=2018 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5000_edac.ko inode=1508 t=56919219408 kinds=fragment-inferred,block pages=0-7 ranks=2019 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5100_edac.ko inode=1509 t=56919219408 kinds=fragment-inferred,block pages=0-5 ranks=2020 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i5400_edac.ko inode=1510 t=56919219408 kinds=fragment-inferred,block pages=0-6 ranks=2021 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7300_edac.ko inode=1511 t=56919219408 kinds=fragment-inferred,block pages=0-6 ranks=2022 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i7core_edac.ko inode=1512 t=56919770408 kinds=fragment-inferred,block pages=0-13 ranks=2023 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/i82975x_edac.ko inode=1513 t=56919770408 kinds=fragment-inferred,block pages=0-4 ranks=2024 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/ie31200_edac.ko inode=1514 t=56919770408 kinds=fragment-inferred,block pages=0-4 ranks=2025 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/igen6_edac.ko inode=1515 t=56919770408 kinds=fragment-inferred,block pages=0-9 ranks=2026 count=1
file /usr/lib/modules/6.1.0-50-amd64/kernel/drivers/edac/pnd2_edac.ko inode=1516 t=56919770408 kinds=fragment-inferred,block pages=0-12 ranks=2027 count=1
file /usr/sbin/dpkg-fsys-usrunmess inode=7898 t=57072199408 kinds=fragment-inferred,block pages=0-4 ranks=2028 count=1
file /usr/sbin/dpkg-preconfigure inode=7899 t=57072199408 kinds=fragment-inferred,block pages=0 ranks=2029 count=1
file /usr/sbin/dpkg-reconfigure inode=7900 t=57072199408 kinds=fragment-inferred,block pages=0-1 ranks=2030 count=1
file /usr/sbin/dumpe2fs inode=7901 t=57072199408 kinds=fragment-inferred,block pages=0-7 ranks=2031 count=1
file /usr/sbin/e2freefrag inode=7902 t=57072199408 kinds=fragment-inferred,block pages=0-3 ranks=2032 count=1
file /usr/sbin/e2image inode=7904 t=57072199408 kinds=fragment-inferred,block pages=0-13 ranks=2033 count=1
file /usr/sbin/fdisk inode=7913 t=57118104408 kinds=block pages=0-39 ranks=2034 count=1
file /usr/bin/perl inode=652 t=57268435408 kinds=block pages=0-95,96-287,288-383,384-447,448-831,832-895,896-928 ranks=2035,2041,2043,2045,2042,2044,2036 count=14
file /usr/bin/pathchk inode=651 t=57518163408 kinds=fragment-inferred,block pages=0-10 ranks=2037 count=1
file /usr/bin/pgrep inode=653 t=57518163408 kinds=fragment-inferred,block pages=0-8 ranks=2038 count=1
file /usr/bin/pidwait inode=656 t=57518163408 kinds=fragment-inferred,block pages=0-8 ranks=2039 count=1
file /usr/bin/ping inode=657 t=57518163408 kinds=fragment-inferred,block pages=0-22 ranks=2040 count=1
file /usr/bin/pinky inode=660 t=58398665408 kinds=fragment-inferred,block pages=0-11 ranks=2046 count=1
file /usr/bin/pldd inode=662 t=58398665408 kinds=fragment-inferred,block pages=0-5 ranks=2047 count=1
file /usr/bin/pmap inode=663 t=58398665408 kinds=fragment-inferred,block pages=0-8 ranks=2048 count=1
file /usr/bin/pr inode=664 t=58398665408 kinds=fragment-inferred,block pages=0-19 ranks=2049 count=1
file /usr/bin/printenv inode=665 t=58398665408 kinds=fragment-inferred,block pages=0-8 ranks=2050 count=1
file /usr/bin/ps inode=668 t=58398665408 kinds=block pages=0-35 ranks=2051 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Socket/Socket.so inode=7094 t=58518604408 kinds=fragment-inferred,block pages=0-11 ranks=2052 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/attributes/attributes.so inode=7096 t=58518604408 kinds=fragment-inferred,block pages=0-3 ranks=2053 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/base.pm inode=7099 t=58518604408 kinds=fragment-inferred,block pages=0-2 ranks=2054 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/builtin.pm inode=7100 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2055 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes.pm inode=7101 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2056 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/bytes_heavy.pl inode=7102 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2057 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/constant.pm inode=7103 t=58518604408 kinds=fragment-inferred,block pages=0-1 ranks=2058 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/feature.pm inode=7104 t=58518604408 kinds=fragment-inferred,block pages=0-1 ranks=2059 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/fields.pm inode=7105 t=58518604408 kinds=fragment-inferred,block pages=0-1 ranks=2060 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/integer.pm inode=7106 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2061 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/lib.pm inode=7107 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2062 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/locale.pm inode=7108 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2063 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overload.pm inode=7109 t=58518604408 kinds=fragment-inferred,block pages=0-1 ranks=2064 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/overloading.pm inode=7110 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2065 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/parent.pm inode=7111 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2066 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/re.pm inode=7112 t=58518604408 kinds=fragment-inferred,block pages=0-2 ranks=2067 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/strict.pm inode=7113 t=58518604408 kinds=fragment-inferred,block pages=0 ranks=2068 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Age.pl inode=7116 t=58567151408 kinds=fragment-inferred,block pages=0-5 ranks=2069 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bc.pl inode=7117 t=58567151408 kinds=fragment-inferred,block pages=0-2 ranks=2070 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bmg.pl inode=7118 t=58567151408 kinds=fragment-inferred,block pages=0-1 ranks=2071 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpb.pl inode=7119 t=58567151408 kinds=fragment-inferred,block pages=0 ranks=2072 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpt.pl inode=7120 t=58567151408 kinds=fragment-inferred,block pages=0 ranks=2073 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Cf.pl inode=7121 t=58567151408 kinds=fragment-inferred,block pages=0-3 ranks=2074 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Ea.pl inode=7122 t=58567151408 kinds=fragment-inferred,block pages=0 ranks=2075 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/EqUIdeo.pl inode=7123 t=58567151408 kinds=fragment-inferred,block pages=0-1 ranks=2076 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/GCB.pl inode=7124 t=58567151408 kinds=fragment-inferred,block pages=0-5 ranks=2077 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Gc.pl inode=7125 t=58567151408 kinds=fragment-inferred,block pages=0-8 ranks=2078 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Hst.pl inode=7126 t=58567151408 kinds=fragment-inferred,block pages=0-2 ranks=2079 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identif2.pl inode=7127 t=58567151408 kinds=fragment-inferred,block pages=0-8 ranks=2080 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identifi.pl inode=7128 t=58567151408 kinds=fragment-inferred,block pages=0-1 ranks=2081 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InPC.pl inode=7129 t=58567151408 kinds=fragment-inferred,block pages=0-2 ranks=2082 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InSC.pl inode=7130 t=58567151408 kinds=fragment-inferred,block pages=0-4 ranks=2083 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Isc.pl inode=7131 t=58567151408 kinds=fragment-inferred,block pages=0 ranks=2084 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jg.pl inode=7132 t=58567151408 kinds=fragment-inferred,block pages=0 ranks=2085 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jt.pl inode=7133 t=58567151408 kinds=fragment-inferred,block pages=0-1 ranks=2086 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lb.pl inode=7134 t=58567151408 kinds=fragment-inferred,block pages=0-8 ranks=2087 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lc.pl inode=7135 t=58567151408 kinds=fragment-inferred,block pages=0-2 ranks=2088 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCCF.pl inode=7138 t=58567151408 kinds=block pages=0-63,64-98 ranks=2089,2635 count=2
file /usr/lib/x86_64-linux-gnu/perl-base/POSIX.pm inode=7061 t=58751068408 kinds=fragment-inferred,block pages=0-4 ranks=2090 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Scalar/Util.pm inode=7063 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2091 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/SelectSaver.pm inode=7064 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2092 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Socket.pm inode=7065 t=58751068408 kinds=fragment-inferred,block pages=0-3 ranks=2093 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Symbol.pm inode=7066 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2094 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/ParseWords.pm inode=7068 t=58751068408 kinds=fragment-inferred,block pages=0-1 ranks=2095 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Tabs.pm inode=7069 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2096 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Text/Wrap.pm inode=7070 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2097 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Tie/Hash.pm inode=7072 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2098 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/XSLoader.pm inode=7073 t=58751068408 kinds=fragment-inferred,block pages=0-1 ranks=2099 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/attributes.pm inode=7074 t=58751068408 kinds=fragment-inferred,block pages=0 ranks=2100 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Cwd/Cwd.so inode=7077 t=58751068408 kinds=fragment-inferred,block pages=0-4 ranks=2101 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Fcntl/Fcntl.so inode=7079 t=58751068408 kinds=fragment-inferred,block pages=0-5 ranks=2102 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/File/Glob/Glob.so inode=7082 t=58751068408 kinds=fragment-inferred,block pages=0-7 ranks=2103 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/Hash/Util/Util.so inode=7085 t=58754275408 kinds=fragment-inferred,block pages=0-4 ranks=2104 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/IO/IO.so inode=7087 t=58754275408 kinds=fragment-inferred,block pages=0-5 ranks=2105 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/List/Util/Util.so inode=7090 t=58754275408 kinds=fragment-inferred,block pages=0-14 ranks=2106 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/POSIX/POSIX.so inode=7092 t=58754275408 kinds=fragment-inferred,block pages=0-26 ranks=2107 count=1
file /usr/share/nano/ruby.nanorc inode=12774 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2108 count=1
file /usr/share/nano/rust.nanorc inode=12775 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2109 count=1
file /usr/share/nano/sh.nanorc inode=12776 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2110 count=1
file /usr/share/nano/sql.nanorc inode=12777 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2111 count=1
file /usr/share/nano/tcl.nanorc inode=12778 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2112 count=1
file /usr/share/nano/tex.nanorc inode=12779 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2113 count=1
file /usr/share/nano/texinfo.nanorc inode=12780 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2114 count=1
file /usr/share/nano/xml.nanorc inode=12781 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2115 count=1
file /usr/share/nano/yaml.nanorc inode=12782 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2116 count=1
file /usr/share/pam/common-account inode=12784 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2117 count=1
file /usr/share/pam/common-account.md5sums inode=12785 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2118 count=1
file /usr/share/pam/common-auth inode=12786 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2119 count=1
file /usr/share/pam/common-auth.md5sums inode=12787 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2120 count=1
file /usr/share/pam/common-password inode=12788 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2121 count=1
file /usr/share/pam/common-password.md5sums inode=12789 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2122 count=1
file /usr/share/pam/common-session inode=12790 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2123 count=1
file /usr/share/pam/common-session-noninteractive inode=12791 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2124 count=1
file /usr/share/pam/common-session-noninteractive.md5sums inode=12792 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2125 count=1
file /usr/share/pam/common-session.md5sums inode=12793 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2126 count=1
file /usr/share/pam-configs/mkhomedir inode=12795 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2127 count=1
file /usr/share/pam-configs/unix inode=12796 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2128 count=1
file /usr/share/perl5/Debconf/AutoSelect.pm inode=12799 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2129 count=1
file /usr/share/perl5/Debconf/Base.pm inode=12800 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2130 count=1
file /usr/share/perl5/Debconf/Client/ConfModule.pm inode=12802 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2131 count=1
file /usr/share/perl5/Debconf/ConfModule.pm inode=12803 t=58871921408 kinds=fragment-inferred,block pages=0-3 ranks=2132 count=1
file /usr/share/perl5/Debconf/Config.pm inode=12804 t=58871921408 kinds=fragment-inferred,block pages=0-1 ranks=2133 count=1
file /usr/share/perl5/Debconf/Db.pm inode=12805 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2134 count=1
file /usr/share/perl5/Debconf/DbDriver/Backup.pm inode=12807 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2135 count=1
file /usr/share/perl5/Debconf/DbDriver/Cache.pm inode=12808 t=58871921408 kinds=fragment-inferred,block pages=0-1 ranks=2136 count=1
file /usr/share/perl5/Debconf/DbDriver/Copy.pm inode=12809 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2137 count=1
file /usr/share/perl5/Debconf/DbDriver/Debug.pm inode=12810 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2138 count=1
file /usr/share/perl5/Debconf/DbDriver/DirTree.pm inode=12811 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2139 count=1
file /usr/share/perl5/Debconf/DbDriver/Directory.pm inode=12812 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2140 count=1
file /usr/share/perl5/Debconf/DbDriver/File.pm inode=12813 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2141 count=1
file /usr/share/perl5/Debconf/DbDriver/LDAP.pm inode=12814 t=58871921408 kinds=fragment-inferred,block pages=0-1 ranks=2142 count=1
file /usr/share/perl5/Debconf/DbDriver/PackageDir.pm inode=12815 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2143 count=1
file /usr/share/perl5/Debconf/DbDriver/Pipe.pm inode=12816 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2144 count=1
file /usr/share/perl5/Debconf/DbDriver/Stack.pm inode=12817 t=58871921408 kinds=fragment-inferred,block pages=0-1 ranks=2145 count=1
file /usr/share/perl5/Debconf/DbDriver.pm inode=12818 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2146 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Boolean.pm inode=12821 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2147 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Error.pm inode=12822 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2148 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Multiselect.pm inode=12823 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2149 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Note.pm inode=12824 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2150 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Password.pm inode=12825 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2151 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Progress.pm inode=12826 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2152 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Select.pm inode=12827 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2153 count=1
file /usr/share/perl5/Debconf/Element/Dialog/String.pm inode=12828 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2154 count=1
file /usr/share/perl5/Debconf/Element/Dialog/Text.pm inode=12829 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2155 count=1
file /usr/share/perl5/Debconf/Element/Editor/Boolean.pm inode=12831 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2156 count=1
file /usr/share/perl5/Debconf/Element/Editor/Error.pm inode=12832 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2157 count=1
file /usr/share/perl5/Debconf/Element/Editor/Multiselect.pm inode=12833 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2158 count=1
file /usr/share/perl5/Debconf/Element/Editor/Note.pm inode=12834 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2159 count=1
file /usr/share/perl5/Debconf/Element/Editor/Password.pm inode=12835 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2160 count=1
file /usr/share/perl5/Debconf/Element/Editor/Progress.pm inode=12836 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2161 count=1
file /usr/share/perl5/Debconf/Element/Editor/Select.pm inode=12837 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2162 count=1
file /usr/share/perl5/Debconf/Element/Editor/String.pm inode=12838 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2163 count=1
file /usr/share/perl5/Debconf/Element/Editor/Text.pm inode=12839 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2164 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Boolean.pm inode=12841 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2165 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Error.pm inode=12842 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2166 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Multiselect.pm inode=12843 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2167 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Note.pm inode=12844 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2168 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Password.pm inode=12845 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2169 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Progress.pm inode=12846 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2170 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Select.pm inode=12847 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2171 count=1
file /usr/share/perl5/Debconf/Element/Gnome/String.pm inode=12848 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2172 count=1
file /usr/share/perl5/Debconf/Element/Gnome/Text.pm inode=12849 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2173 count=1
file /usr/share/perl5/Debconf/Element/Gnome.pm inode=12850 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2174 count=1
file /usr/share/perl5/Debconf/Element/Multiselect.pm inode=12851 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2175 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Boolean.pm inode=12853 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2176 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Error.pm inode=12854 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2177 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Multiselect.pm inode=12855 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2178 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Note.pm inode=12856 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2179 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Password.pm inode=12857 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2180 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Progress.pm inode=12858 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2181 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Select.pm inode=12859 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2182 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/String.pm inode=12860 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2183 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive/Text.pm inode=12861 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2184 count=1
file /usr/share/perl5/Debconf/Element/Noninteractive.pm inode=12862 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2185 count=1
file /usr/share/perl5/Debconf/Element/Select.pm inode=12863 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2186 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Boolean.pm inode=12865 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2187 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Error.pm inode=12866 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2188 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Multiselect.pm inode=12867 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2189 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Note.pm inode=12868 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2190 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Password.pm inode=12869 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2191 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Progress.pm inode=12870 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2192 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Select.pm inode=12871 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2193 count=1
file /usr/share/perl5/Debconf/Element/Teletype/String.pm inode=12872 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2194 count=1
file /usr/share/perl5/Debconf/Element/Teletype/Text.pm inode=12873 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2195 count=1
file /usr/share/perl5/Debconf/Element/Web/Boolean.pm inode=12875 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2196 count=1
file /usr/share/perl5/Debconf/Element/Web/Error.pm inode=12876 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2197 count=1
file /usr/share/perl5/Debconf/Element/Web/Multiselect.pm inode=12877 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2198 count=1
file /usr/share/perl5/Debconf/Element/Web/Note.pm inode=12878 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2199 count=1
file /usr/share/perl5/Debconf/Element/Web/Password.pm inode=12879 t=58871921408 kinds=fragment-inferred,block pages=0 ranks=2200 count=1
file /usr/share/perl5/Debconf/Element/Web/Progress.pm inode=12880 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2201 count=1
file /usr/share/perl5/Debconf/Element/Web/Select.pm inode=12881 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2202 count=1
file /usr/share/perl5/Debconf/Element/Web/String.pm inode=12882 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2203 count=1
file /usr/share/perl5/Debconf/Element/Web/Text.pm inode=12883 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2204 count=1
file /usr/share/perl5/Debconf/Element.pm inode=12884 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2205 count=1
file /usr/share/perl5/Debconf/Encoding.pm inode=12885 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2206 count=1
file /usr/share/perl5/Debconf/Format/822.pm inode=12887 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2207 count=1
file /usr/share/perl5/Debconf/Format.pm inode=12888 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2208 count=1
file /usr/share/perl5/Debconf/FrontEnd/Dialog.pm inode=12890 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2209 count=1
file /usr/share/perl5/Debconf/FrontEnd/Editor.pm inode=12891 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2210 count=1
file /usr/share/perl5/Debconf/FrontEnd/Gnome.pm inode=12892 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2211 count=1
file /usr/share/perl5/Debconf/FrontEnd/Kde.pm inode=12893 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2212 count=1
file /usr/share/perl5/Debconf/FrontEnd/Noninteractive.pm inode=12894 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2213 count=1
file /usr/share/perl5/Debconf/FrontEnd/Passthrough.pm inode=12895 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2214 count=1
file /usr/share/perl5/Debconf/FrontEnd/Readline.pm inode=12896 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2215 count=1
file /usr/share/perl5/Debconf/FrontEnd/ScreenSize.pm inode=12897 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2216 count=1
file /usr/share/perl5/Debconf/FrontEnd/Teletype.pm inode=12898 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2217 count=1
file /usr/share/perl5/Debconf/FrontEnd/Text.pm inode=12899 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2218 count=1
file /usr/share/perl5/Debconf/FrontEnd/Web.pm inode=12900 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2219 count=1
file /usr/share/perl5/Debconf/FrontEnd.pm inode=12901 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2220 count=1
file /usr/share/perl5/Debconf/Gettext.pm inode=12902 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2221 count=1
file /usr/share/perl5/Debconf/Iterator.pm inode=12903 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2222 count=1
file /usr/share/perl5/Debconf/Log.pm inode=12904 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2223 count=1
file /usr/share/perl5/Debconf/Path.pm inode=12905 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2224 count=1
file /usr/share/perl5/Debconf/Priority.pm inode=12906 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2225 count=1
file /usr/share/perl5/Debconf/Question.pm inode=12907 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2226 count=1
file /usr/share/perl5/Debconf/Template/Transient.pm inode=12909 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2227 count=1
file /usr/share/perl5/Debconf/Template.pm inode=12910 t=58918311408 kinds=fragment-inferred,block pages=0-2 ranks=2228 count=1
file /usr/share/perl5/Debconf/TmpFile.pm inode=12911 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2229 count=1
file /usr/share/perl5/Debian/AdduserCommon.pm inode=12913 t=58918311408 kinds=fragment-inferred,block pages=0-2 ranks=2230 count=1
file /usr/share/perl5/Debian/DebConf/Client/ConfModule.pm inode=12916 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2231 count=1
file /usr/share/perl5/DebianLinux.pm inode=12917 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2232 count=1
file /usr/share/perl5/Text/WrapI18N.pm inode=12919 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2233 count=1
file /usr/share/pixmaps/debian-logo.png inode=12921 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2234 count=1
file /usr/share/pkgconfig/systemd.pc inode=12923 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2235 count=1
file /usr/share/pkgconfig/udev.pc inode=12924 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2236 count=1
file /usr/share/polkit-1/actions/org.dpkg.pkexec.update-alternatives.policy inode=12927 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2237 count=1
file /usr/share/polkit-1/actions/org.freedesktop.hostname1.policy inode=12928 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2238 count=1
file /usr/share/polkit-1/actions/org.freedesktop.locale1.policy inode=12929 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2239 count=1
file /usr/share/polkit-1/actions/org.freedesktop.login1.policy inode=12930 t=58918311408 kinds=fragment-inferred,block pages=0-6 ranks=2240 count=1
file /usr/share/polkit-1/actions/org.freedesktop.network1.policy inode=12931 t=58918311408 kinds=fragment-inferred,block pages=0-2 ranks=2241 count=1
file /usr/share/polkit-1/actions/org.freedesktop.systemd1.policy inode=12932 t=58918311408 kinds=fragment-inferred,block pages=0-1 ranks=2242 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timedate1.policy inode=12933 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2243 count=1
file /usr/share/polkit-1/actions/org.freedesktop.timesync1.policy inode=12934 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2244 count=1
file /usr/share/polkit-1/rules.d/systemd-networkd.rules inode=12936 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2245 count=1
file /usr/share/sensible-utils/bin/gettext inode=12941 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2246 count=1
file /usr/share/systemd/kbd-model-map inode=12943 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2247 count=1
file /usr/share/systemd/language-fallback-map inode=12944 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2248 count=1
file /usr/share/systemd/tmp.mount inode=12945 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2249 count=1
file /usr/share/tabset/std inode=12947 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2250 count=1
file /usr/share/tabset/stdcrt inode=12948 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2251 count=1
file /usr/share/tabset/vt100 inode=12949 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2252 count=1
file /usr/share/tabset/vt300 inode=12950 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2253 count=1
file /usr/share/tasksel/descs/debian-tasks.desc inode=12953 t=58918311408 kinds=fragment-inferred,block pages=0-5 ranks=2254 count=1
file /usr/share/util-linux/logcheck/ignore.d.server/util-linux inode=12958 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2255 count=1
file /usr/share/vim/vim90/debian.vim inode=12961 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2256 count=1
file /usr/share/vim/vim90/doc/README.Debian inode=12963 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2257 count=1
file /usr/share/vim/vim90/doc/help.txt inode=12964 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2258 count=1
file /usr/share/vim/vim90/doc/tags inode=12965 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2259 count=1
file /usr/share/zoneinfo/Africa/Abidjan inode=12968 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2260 count=1
file /usr/share/zoneinfo/Africa/Accra inode=12969 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2261 count=1
file /usr/share/zoneinfo/Africa/Addis_Ababa inode=12970 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2262 count=1
file /usr/share/zoneinfo/Africa/Algiers inode=12971 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2263 count=1
file /usr/share/zoneinfo/Africa/Asmara inode=12972 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2264 count=1
file /usr/share/zoneinfo/Africa/Bamako inode=12974 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2265 count=1
file /usr/share/zoneinfo/Africa/Bangui inode=12975 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2266 count=1
file /usr/share/zoneinfo/Africa/Banjul inode=12976 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2267 count=1
file /usr/share/zoneinfo/Africa/Bissau inode=12977 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2268 count=1
file /usr/share/zoneinfo/Africa/Blantyre inode=12978 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2269 count=1
file /usr/share/zoneinfo/Africa/Brazzaville inode=12979 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2270 count=1
file /usr/share/zoneinfo/Africa/Bujumbura inode=12980 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2271 count=1
file /usr/share/zoneinfo/Africa/Cairo inode=12981 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2272 count=1
file /usr/share/zoneinfo/Africa/Casablanca inode=12982 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2273 count=1
file /usr/share/zoneinfo/Africa/Ceuta inode=12983 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2274 count=1
file /usr/share/zoneinfo/Africa/Conakry inode=12984 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2275 count=1
file /usr/share/zoneinfo/Africa/Dakar inode=12985 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2276 count=1
file /usr/share/zoneinfo/Africa/Dar_es_Salaam inode=12986 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2277 count=1
file /usr/share/zoneinfo/Africa/Djibouti inode=12987 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2278 count=1
file /usr/share/zoneinfo/Africa/Douala inode=12988 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2279 count=1
file /usr/share/zoneinfo/Africa/El_Aaiun inode=12989 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2280 count=1
file /usr/share/zoneinfo/Africa/Freetown inode=12990 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2281 count=1
file /usr/share/zoneinfo/Africa/Gaborone inode=12991 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2282 count=1
file /usr/share/zoneinfo/Africa/Harare inode=12992 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2283 count=1
file /usr/share/zoneinfo/Africa/Johannesburg inode=12993 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2284 count=1
file /usr/share/zoneinfo/Africa/Juba inode=12994 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2285 count=1
file /usr/share/zoneinfo/Africa/Kampala inode=12995 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2286 count=1
file /usr/share/zoneinfo/Africa/Khartoum inode=12996 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2287 count=1
file /usr/share/zoneinfo/Africa/Kigali inode=12997 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2288 count=1
file /usr/share/zoneinfo/Africa/Kinshasa inode=12998 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2289 count=1
file /usr/share/zoneinfo/Africa/Lagos inode=12999 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2290 count=1
file /usr/share/zoneinfo/Africa/Libreville inode=13000 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2291 count=1
file /usr/share/zoneinfo/Africa/Lome inode=13001 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2292 count=1
file /usr/share/zoneinfo/Africa/Luanda inode=13002 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2293 count=1
file /usr/share/zoneinfo/Africa/Lubumbashi inode=13003 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2294 count=1
file /usr/share/zoneinfo/Africa/Lusaka inode=13004 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2295 count=1
file /usr/share/zoneinfo/Africa/Malabo inode=13005 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2296 count=1
file /usr/share/zoneinfo/Africa/Maputo inode=13006 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2297 count=1
file /usr/share/zoneinfo/Africa/Maseru inode=13007 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2298 count=1
file /usr/share/zoneinfo/Africa/Mbabane inode=13008 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2299 count=1
file /usr/share/zoneinfo/Africa/Mogadishu inode=13009 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2300 count=1
file /usr/share/zoneinfo/Africa/Monrovia inode=13010 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2301 count=1
file /usr/share/zoneinfo/Africa/Nairobi inode=13011 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2302 count=1
file /usr/share/zoneinfo/Africa/Ndjamena inode=13012 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2303 count=1
file /usr/share/zoneinfo/Africa/Niamey inode=13013 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2304 count=1
file /usr/share/zoneinfo/Africa/Nouakchott inode=13014 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2305 count=1
file /usr/share/zoneinfo/Africa/Ouagadougou inode=13015 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2306 count=1
file /usr/share/zoneinfo/Africa/Porto-Novo inode=13016 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2307 count=1
file /usr/share/zoneinfo/Africa/Sao_Tome inode=13017 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2308 count=1
file /usr/share/zoneinfo/Africa/Tripoli inode=13019 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2309 count=1
file /usr/share/zoneinfo/Africa/Tunis inode=13020 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2310 count=1
file /usr/share/zoneinfo/Africa/Windhoek inode=13021 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2311 count=1
file /usr/share/zoneinfo/America/Adak inode=13023 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2312 count=1
file /usr/share/zoneinfo/America/Anchorage inode=13024 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2313 count=1
file /usr/share/zoneinfo/America/Anguilla inode=13025 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2314 count=1
file /usr/share/zoneinfo/America/Antigua inode=13026 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2315 count=1
file /usr/share/zoneinfo/America/Araguaina inode=13027 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2316 count=1
file /usr/share/zoneinfo/America/Argentina/Buenos_Aires inode=13029 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2317 count=1
file /usr/share/zoneinfo/America/Argentina/Catamarca inode=13030 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2318 count=1
file /usr/share/zoneinfo/America/Argentina/Cordoba inode=13032 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2319 count=1
file /usr/share/zoneinfo/America/Argentina/Jujuy inode=13033 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2320 count=1
file /usr/share/zoneinfo/America/Argentina/La_Rioja inode=13034 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2321 count=1
file /usr/share/zoneinfo/America/Argentina/Mendoza inode=13035 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2322 count=1
file /usr/share/zoneinfo/America/Argentina/Rio_Gallegos inode=13036 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2323 count=1
file /usr/share/zoneinfo/America/Argentina/Salta inode=13037 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2324 count=1
file /usr/share/zoneinfo/America/Argentina/San_Juan inode=13038 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2325 count=1
file /usr/share/zoneinfo/America/Argentina/San_Luis inode=13039 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2326 count=1
file /usr/share/zoneinfo/America/Argentina/Tucuman inode=13040 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2327 count=1
file /usr/share/zoneinfo/America/Argentina/Ushuaia inode=13041 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2328 count=1
file /usr/share/zoneinfo/America/Aruba inode=13042 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2329 count=1
file /usr/share/zoneinfo/America/Asuncion inode=13043 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2330 count=1
file /usr/share/zoneinfo/America/Atikokan inode=13044 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2331 count=1
file /usr/share/zoneinfo/America/Bahia inode=13046 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2332 count=1
file /usr/share/zoneinfo/America/Bahia_Banderas inode=13047 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2333 count=1
file /usr/share/zoneinfo/America/Barbados inode=13048 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2334 count=1
file /usr/share/zoneinfo/America/Belem inode=13049 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2335 count=1
file /usr/share/zoneinfo/America/Belize inode=13050 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2336 count=1
file /usr/share/zoneinfo/America/Blanc-Sablon inode=13051 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2337 count=1
file /usr/share/zoneinfo/America/Boa_Vista inode=13052 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2338 count=1
file /usr/share/zoneinfo/America/Bogota inode=13053 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2339 count=1
file /usr/share/zoneinfo/America/Boise inode=13054 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2340 count=1
file /usr/share/zoneinfo/America/Cambridge_Bay inode=13056 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2341 count=1
file /usr/share/zoneinfo/America/Campo_Grande inode=13057 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2342 count=1
file /usr/share/zoneinfo/America/Cancun inode=13058 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2343 count=1
file /usr/share/zoneinfo/America/Caracas inode=13059 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2344 count=1
file /usr/share/zoneinfo/America/Cayenne inode=13061 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2345 count=1
file /usr/share/zoneinfo/America/Cayman inode=13062 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2346 count=1
file /usr/share/zoneinfo/America/Chicago inode=13063 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2347 count=1
file /usr/share/zoneinfo/America/Chihuahua inode=13064 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2348 count=1
file /usr/share/zoneinfo/America/Ciudad_Juarez inode=13065 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2349 count=1
file /usr/share/zoneinfo/America/Costa_Rica inode=13068 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2350 count=1
file /usr/share/zoneinfo/America/Coyhaique inode=13069 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2351 count=1
file /usr/share/zoneinfo/America/Creston inode=13070 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2352 count=1
file /usr/share/zoneinfo/America/Cuiaba inode=13071 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2353 count=1
file /usr/share/zoneinfo/America/Curacao inode=13072 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2354 count=1
file /usr/share/zoneinfo/America/Danmarkshavn inode=13073 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2355 count=1
file /usr/share/zoneinfo/America/Dawson inode=13074 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2356 count=1
file /usr/share/zoneinfo/America/Dawson_Creek inode=13075 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2357 count=1
file /usr/share/zoneinfo/America/Denver inode=13076 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2358 count=1
file /usr/share/zoneinfo/America/Detroit inode=13077 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2359 count=1
file /usr/share/zoneinfo/America/Dominica inode=13078 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2360 count=1
file /usr/share/zoneinfo/America/Edmonton inode=13079 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2361 count=1
file /usr/share/zoneinfo/America/Eirunepe inode=13080 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2362 count=1
file /usr/share/zoneinfo/America/El_Salvador inode=13081 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2363 count=1
file /usr/share/zoneinfo/America/Fort_Nelson inode=13083 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2364 count=1
file /usr/share/zoneinfo/America/Fortaleza inode=13085 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2365 count=1
file /usr/share/zoneinfo/America/Glace_Bay inode=13086 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2366 count=1
file /usr/share/zoneinfo/America/Goose_Bay inode=13088 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2367 count=1
file /usr/share/zoneinfo/America/Grand_Turk inode=13089 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2368 count=1
file /usr/share/zoneinfo/America/Grenada inode=13090 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2369 count=1
file /usr/share/zoneinfo/America/Guadeloupe inode=13091 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2370 count=1
file /usr/share/zoneinfo/America/Guatemala inode=13092 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2371 count=1
file /usr/share/zoneinfo/America/Guayaquil inode=13093 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2372 count=1
file /usr/share/zoneinfo/America/Guyana inode=13094 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2373 count=1
file /usr/share/zoneinfo/America/Halifax inode=13095 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2374 count=1
file /usr/share/zoneinfo/America/Havana inode=13096 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2375 count=1
file /usr/share/zoneinfo/America/Hermosillo inode=13097 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2376 count=1
file /usr/share/zoneinfo/America/Indiana/Indianapolis inode=13099 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2377 count=1
file /usr/share/zoneinfo/America/Indiana/Knox inode=13100 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2378 count=1
file /usr/share/zoneinfo/America/Indiana/Marengo inode=13101 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2379 count=1
file /usr/share/zoneinfo/America/Indiana/Petersburg inode=13102 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2380 count=1
file /usr/share/zoneinfo/America/Indiana/Tell_City inode=13103 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2381 count=1
file /usr/share/zoneinfo/America/Indiana/Vevay inode=13104 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2382 count=1
file /usr/share/zoneinfo/America/Indiana/Vincennes inode=13105 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2383 count=1
file /usr/share/zoneinfo/America/Indiana/Winamac inode=13106 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2384 count=1
file /usr/share/zoneinfo/America/Inuvik inode=13108 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2385 count=1
file /usr/share/zoneinfo/America/Iqaluit inode=13109 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2386 count=1
file /usr/share/zoneinfo/America/Jamaica inode=13110 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2387 count=1
file /usr/share/zoneinfo/America/Juneau inode=13112 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2388 count=1
file /usr/share/zoneinfo/America/Kentucky/Louisville inode=13114 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2389 count=1
file /usr/share/zoneinfo/America/Kentucky/Monticello inode=13115 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2390 count=1
file /usr/share/zoneinfo/America/La_Paz inode=13118 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2391 count=1
file /usr/share/zoneinfo/America/Lima inode=13119 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2392 count=1
file /usr/share/zoneinfo/America/Los_Angeles inode=13120 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2393 count=1
file /usr/share/zoneinfo/America/Maceio inode=13123 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2394 count=1
file /usr/share/zoneinfo/America/Managua inode=13124 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2395 count=1
file /usr/share/zoneinfo/America/Manaus inode=13125 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2396 count=1
file /usr/share/zoneinfo/America/Martinique inode=13127 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2397 count=1
file /usr/share/zoneinfo/America/Matamoros inode=13128 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2398 count=1
file /usr/share/zoneinfo/America/Mazatlan inode=13129 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2399 count=1
file /usr/share/zoneinfo/America/Menominee inode=13131 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2400 count=1
file /usr/share/zoneinfo/America/Merida inode=13132 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2401 count=1
file /usr/share/zoneinfo/America/Metlakatla inode=13133 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2402 count=1
file /usr/share/zoneinfo/America/Mexico_City inode=13134 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2403 count=1
file /usr/share/zoneinfo/America/Miquelon inode=13135 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2404 count=1
file /usr/share/zoneinfo/America/Moncton inode=13136 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2405 count=1
file /usr/share/zoneinfo/America/Monterrey inode=13137 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2406 count=1
file /usr/share/zoneinfo/America/Montevideo inode=13138 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2407 count=1
file /usr/share/zoneinfo/America/Montserrat inode=13140 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2408 count=1
file /usr/share/zoneinfo/America/Nassau inode=13141 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2409 count=1
file /usr/share/zoneinfo/America/New_York inode=13142 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2410 count=1
file /usr/share/zoneinfo/America/Nome inode=13144 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2411 count=1
file /usr/share/zoneinfo/America/Noronha inode=13145 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2412 count=1
file /usr/share/zoneinfo/America/North_Dakota/Beulah inode=13147 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2413 count=1
file /usr/share/zoneinfo/America/North_Dakota/Center inode=13148 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2414 count=1
file /usr/share/zoneinfo/America/North_Dakota/New_Salem inode=13149 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2415 count=1
file /usr/share/zoneinfo/America/Nuuk inode=13150 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2416 count=1
file /usr/share/zoneinfo/America/Ojinaga inode=13151 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2417 count=1
file /usr/share/zoneinfo/America/Panama inode=13152 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2418 count=1
file /usr/share/zoneinfo/America/Paramaribo inode=13154 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2419 count=1
file /usr/share/zoneinfo/America/Phoenix inode=13155 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2420 count=1
file /usr/share/zoneinfo/America/Port-au-Prince inode=13156 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2421 count=1
file /usr/share/zoneinfo/America/Port_of_Spain inode=13157 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2422 count=1
file /usr/share/zoneinfo/America/Porto_Velho inode=13159 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2423 count=1
file /usr/share/zoneinfo/America/Puerto_Rico inode=13160 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2424 count=1
file /usr/share/zoneinfo/America/Punta_Arenas inode=13161 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2425 count=1
file /usr/share/zoneinfo/America/Rankin_Inlet inode=13163 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2426 count=1
file /usr/share/zoneinfo/America/Recife inode=13164 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2427 count=1
file /usr/share/zoneinfo/America/Regina inode=13165 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2428 count=1
file /usr/share/zoneinfo/America/Resolute inode=13166 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2429 count=1
file /usr/share/zoneinfo/America/Rio_Branco inode=13167 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2430 count=1
file /usr/share/zoneinfo/America/Santarem inode=13170 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2431 count=1
file /usr/share/zoneinfo/America/Santiago inode=13171 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2432 count=1
file /usr/share/zoneinfo/America/Santo_Domingo inode=13172 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2433 count=1
file /usr/share/zoneinfo/America/Sao_Paulo inode=13173 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2434 count=1
file /usr/share/zoneinfo/America/Scoresbysund inode=13174 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2435 count=1
file /usr/share/zoneinfo/America/Sitka inode=13176 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2436 count=1
file /usr/share/zoneinfo/America/St_Johns inode=13178 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2437 count=1
file /usr/share/zoneinfo/America/St_Kitts inode=13179 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2438 count=1
file /usr/share/zoneinfo/America/St_Lucia inode=13180 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2439 count=1
file /usr/share/zoneinfo/America/St_Thomas inode=13181 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2440 count=1
file /usr/share/zoneinfo/America/St_Vincent inode=13182 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2441 count=1
file /usr/share/zoneinfo/America/Swift_Current inode=13183 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2442 count=1
file /usr/share/zoneinfo/America/Tegucigalpa inode=13184 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2443 count=1
file /usr/share/zoneinfo/America/Thule inode=13185 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2444 count=1
file /usr/share/zoneinfo/America/Tijuana inode=13187 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2445 count=1
file /usr/share/zoneinfo/America/Toronto inode=13188 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2446 count=1
file /usr/share/zoneinfo/America/Tortola inode=13189 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2447 count=1
file /usr/share/zoneinfo/America/Vancouver inode=13190 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2448 count=1
file /usr/share/zoneinfo/America/Whitehorse inode=13192 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2449 count=1
file /usr/share/zoneinfo/America/Winnipeg inode=13193 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2450 count=1
file /usr/share/zoneinfo/America/Yakutat inode=13194 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2451 count=1
file /usr/share/zoneinfo/Antarctica/Casey inode=13197 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2452 count=1
file /usr/share/zoneinfo/Antarctica/Davis inode=13198 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2453 count=1
file /usr/share/zoneinfo/Antarctica/DumontDUrville inode=13199 t=58918311408 kinds=fragment-inferred,block pages=0 ranks=2454 count=1
file /usr/share/zoneinfo/right/Asia/Makassar inode=13954 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2455 count=1
file /usr/share/zoneinfo/right/Asia/Manila inode=13955 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2456 count=1
file /usr/share/zoneinfo/right/Asia/Muscat inode=13956 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2457 count=1
file /usr/share/zoneinfo/right/Asia/Nicosia inode=13957 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2458 count=1
file /usr/share/zoneinfo/right/Asia/Novokuznetsk inode=13958 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2459 count=1
file /usr/share/zoneinfo/right/Asia/Novosibirsk inode=13959 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2460 count=1
file /usr/share/zoneinfo/right/Asia/Omsk inode=13960 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2461 count=1
file /usr/share/zoneinfo/right/Asia/Oral inode=13961 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2462 count=1
file /usr/share/zoneinfo/right/Asia/Phnom_Penh inode=13962 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2463 count=1
file /usr/share/zoneinfo/right/Asia/Pontianak inode=13963 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2464 count=1
file /usr/share/zoneinfo/right/Asia/Pyongyang inode=13964 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2465 count=1
file /usr/share/zoneinfo/right/Asia/Qatar inode=13965 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2466 count=1
file /usr/share/zoneinfo/right/Asia/Qostanay inode=13966 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2467 count=1
file /usr/share/zoneinfo/right/Asia/Qyzylorda inode=13967 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2468 count=1
file /usr/share/zoneinfo/right/Asia/Riyadh inode=13969 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2469 count=1
file /usr/share/zoneinfo/right/Asia/Sakhalin inode=13971 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2470 count=1
file /usr/share/zoneinfo/right/Asia/Samarkand inode=13972 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2471 count=1
file /usr/share/zoneinfo/right/Asia/Seoul inode=13973 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2472 count=1
file /usr/share/zoneinfo/right/Asia/Shanghai inode=13974 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2473 count=1
file /usr/share/zoneinfo/right/Asia/Singapore inode=13975 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2474 count=1
file /usr/share/zoneinfo/right/Asia/Srednekolymsk inode=13976 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2475 count=1
file /usr/share/zoneinfo/right/Asia/Taipei inode=13977 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2476 count=1
file /usr/share/zoneinfo/right/Asia/Tashkent inode=13978 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2477 count=1
file /usr/share/zoneinfo/right/Asia/Tbilisi inode=13979 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2478 count=1
file /usr/share/zoneinfo/right/Asia/Tehran inode=13980 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2479 count=1
file /usr/share/zoneinfo/right/Asia/Thimphu inode=13983 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2480 count=1
file /usr/share/zoneinfo/right/Asia/Tokyo inode=13984 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2481 count=1
file /usr/share/zoneinfo/right/Asia/Tomsk inode=13985 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2482 count=1
file /usr/share/zoneinfo/right/Asia/Ulaanbaatar inode=13987 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2483 count=1
file /usr/share/zoneinfo/right/Asia/Urumqi inode=13989 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2484 count=1
file /usr/share/zoneinfo/right/Asia/Ust-Nera inode=13990 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2485 count=1
file /usr/share/zoneinfo/right/Asia/Vientiane inode=13991 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2486 count=1
file /usr/share/zoneinfo/right/Asia/Vladivostok inode=13992 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2487 count=1
file /usr/share/zoneinfo/right/Asia/Yakutsk inode=13993 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2488 count=1
file /usr/share/zoneinfo/right/Asia/Yangon inode=13994 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2489 count=1
file /usr/share/zoneinfo/right/Asia/Yekaterinburg inode=13995 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2490 count=1
file /usr/share/zoneinfo/right/Asia/Yerevan inode=13996 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2491 count=1
file /usr/share/zoneinfo/right/Atlantic/Azores inode=13998 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2492 count=1
file /usr/share/zoneinfo/right/Atlantic/Bermuda inode=13999 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2493 count=1
file /usr/share/zoneinfo/right/Atlantic/Canary inode=14000 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2494 count=1
file /usr/share/zoneinfo/right/Atlantic/Cape_Verde inode=14001 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2495 count=1
file /usr/share/zoneinfo/right/Atlantic/Faroe inode=14003 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2496 count=1
file /usr/share/zoneinfo/right/Atlantic/Madeira inode=14005 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2497 count=1
file /usr/share/zoneinfo/right/Atlantic/Reykjavik inode=14006 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2498 count=1
file /usr/share/zoneinfo/right/Atlantic/South_Georgia inode=14007 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2499 count=1
file /usr/share/zoneinfo/right/Atlantic/St_Helena inode=14008 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2500 count=1
file /usr/share/zoneinfo/right/Atlantic/Stanley inode=14009 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2501 count=1
file /usr/share/zoneinfo/right/Australia/Adelaide inode=14012 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2502 count=1
file /usr/share/zoneinfo/right/Australia/Brisbane inode=14013 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2503 count=1
file /usr/share/zoneinfo/right/Australia/Broken_Hill inode=14014 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2504 count=1
file /usr/share/zoneinfo/right/Australia/Darwin inode=14017 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2505 count=1
file /usr/share/zoneinfo/right/Australia/Eucla inode=14018 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2506 count=1
file /usr/share/zoneinfo/right/Australia/Hobart inode=14019 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2507 count=1
file /usr/share/zoneinfo/right/Australia/Lindeman inode=14021 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2508 count=1
file /usr/share/zoneinfo/right/Australia/Lord_Howe inode=14022 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2509 count=1
file /usr/share/zoneinfo/right/Australia/Melbourne inode=14023 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2510 count=1
file /usr/share/zoneinfo/right/Australia/Perth inode=14026 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2511 count=1
file /usr/share/zoneinfo/right/Australia/Sydney inode=14029 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2512 count=1
file /usr/share/zoneinfo/right/CET inode=14039 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2513 count=1
file /usr/share/zoneinfo/right/CST6CDT inode=14040 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2514 count=1
file /usr/share/zoneinfo/right/EET inode=14054 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2515 count=1
file /usr/share/zoneinfo/right/EST inode=14055 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2516 count=1
file /usr/share/zoneinfo/right/EST5EDT inode=14056 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2517 count=1
file /usr/share/zoneinfo/right/Etc/GMT inode=14060 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2518 count=1
file /usr/share/zoneinfo/right/Etc/GMT+1 inode=14062 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2519 count=1
file /usr/share/zoneinfo/right/Etc/GMT+10 inode=14063 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2520 count=1
file /usr/share/zoneinfo/right/Etc/GMT+11 inode=14064 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2521 count=1
file /usr/share/zoneinfo/right/Etc/GMT+12 inode=14065 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2522 count=1
file /usr/share/zoneinfo/right/Etc/GMT+2 inode=14066 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2523 count=1
file /usr/share/zoneinfo/right/Etc/GMT+3 inode=14067 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2524 count=1
file /usr/share/zoneinfo/right/Etc/GMT+4 inode=14068 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2525 count=1
file /usr/share/zoneinfo/right/Etc/GMT+5 inode=14069 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2526 count=1
file /usr/share/zoneinfo/right/Etc/GMT+6 inode=14070 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2527 count=1
file /usr/share/zoneinfo/right/Etc/GMT+7 inode=14071 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2528 count=1
file /usr/share/zoneinfo/right/Etc/GMT+8 inode=14072 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2529 count=1
file /usr/share/zoneinfo/right/Etc/GMT+9 inode=14073 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2530 count=1
file /usr/share/zoneinfo/right/Etc/GMT-1 inode=14075 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2531 count=1
file /usr/share/zoneinfo/right/Etc/GMT-10 inode=14076 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2532 count=1
file /usr/share/zoneinfo/right/Etc/GMT-11 inode=14077 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2533 count=1
file /usr/share/zoneinfo/right/Etc/GMT-12 inode=14078 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2534 count=1
file /usr/share/zoneinfo/right/Etc/GMT-13 inode=14079 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2535 count=1
file /usr/share/zoneinfo/right/Etc/GMT-14 inode=14080 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2536 count=1
file /usr/share/zoneinfo/right/Etc/GMT-2 inode=14081 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2537 count=1
file /usr/share/zoneinfo/right/Etc/GMT-3 inode=14082 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2538 count=1
file /usr/share/zoneinfo/right/Etc/GMT-4 inode=14083 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2539 count=1
file /usr/share/zoneinfo/right/Etc/GMT-5 inode=14084 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2540 count=1
file /usr/share/zoneinfo/right/Etc/GMT-6 inode=14085 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2541 count=1
file /usr/share/zoneinfo/right/Etc/GMT-7 inode=14086 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2542 count=1
file /usr/share/zoneinfo/right/Etc/GMT-8 inode=14087 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2543 count=1
file /usr/share/zoneinfo/right/Etc/GMT-9 inode=14088 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2544 count=1
file /usr/share/zoneinfo/right/Etc/UTC inode=14092 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2545 count=1
file /usr/share/zoneinfo/right/Europe/Amsterdam inode=14096 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2546 count=1
file /usr/share/zoneinfo/right/Europe/Andorra inode=14097 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2547 count=1
file /usr/share/zoneinfo/right/Europe/Astrakhan inode=14098 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2548 count=1
file /usr/share/zoneinfo/right/Europe/Athens inode=14099 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2549 count=1
file /usr/share/zoneinfo/right/Europe/Belgrade inode=14101 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2550 count=1
file /usr/share/zoneinfo/right/Europe/Berlin inode=14102 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2551 count=1
file /usr/share/zoneinfo/right/Europe/Brussels inode=14104 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2552 count=1
file /usr/share/zoneinfo/right/Europe/Bucharest inode=14105 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2553 count=1
file /usr/share/zoneinfo/right/Europe/Budapest inode=14106 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2554 count=1
file /usr/share/zoneinfo/right/Europe/Chisinau inode=14108 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2555 count=1
file /usr/share/zoneinfo/right/Europe/Copenhagen inode=14109 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2556 count=1
file /usr/share/zoneinfo/right/Europe/Dublin inode=14110 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2557 count=1
file /usr/share/zoneinfo/right/Europe/Gibraltar inode=14111 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2558 count=1
file /usr/share/zoneinfo/right/Europe/Guernsey inode=14112 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2559 count=1
file /usr/share/zoneinfo/right/Europe/Helsinki inode=14113 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2560 count=1
file /usr/share/zoneinfo/right/Europe/Isle_of_Man inode=14114 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2561 count=1
file /usr/share/zoneinfo/right/Europe/Istanbul inode=14115 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2562 count=1
file /usr/share/zoneinfo/right/Europe/Jersey inode=14116 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2563 count=1
file /usr/share/zoneinfo/right/Europe/Kaliningrad inode=14117 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2564 count=1
file /usr/share/zoneinfo/right/Europe/Kirov inode=14119 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2565 count=1
file /usr/share/zoneinfo/right/Europe/Kyiv inode=14120 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2566 count=1
file /usr/share/zoneinfo/right/Europe/Lisbon inode=14121 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2567 count=1
file /usr/share/zoneinfo/right/Europe/Ljubljana inode=14122 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2568 count=1
file /usr/share/zoneinfo/right/Europe/London inode=14123 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2569 count=1
file /usr/share/zoneinfo/right/Europe/Luxembourg inode=14124 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2570 count=1
file /usr/share/zoneinfo/right/Europe/Madrid inode=14125 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2571 count=1
file /usr/share/zoneinfo/right/Europe/Malta inode=14126 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2572 count=1
file /usr/share/zoneinfo/right/Europe/Minsk inode=14128 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2573 count=1
file /usr/share/zoneinfo/right/Europe/Monaco inode=14129 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2574 count=1
file /usr/share/zoneinfo/right/Europe/Moscow inode=14130 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2575 count=1
file /usr/share/zoneinfo/right/Europe/Oslo inode=14132 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2576 count=1
file /usr/share/zoneinfo/right/Europe/Paris inode=14133 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2577 count=1
file /usr/share/zoneinfo/right/Europe/Prague inode=14135 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2578 count=1
file /usr/share/zoneinfo/right/Europe/Riga inode=14136 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2579 count=1
file /usr/share/zoneinfo/right/Europe/Rome inode=14137 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2580 count=1
file /usr/share/zoneinfo/right/Europe/Samara inode=14138 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2581 count=1
file /usr/share/zoneinfo/right/Europe/Sarajevo inode=14140 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2582 count=1
file /usr/share/zoneinfo/right/Europe/Saratov inode=14141 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2583 count=1
file /usr/share/zoneinfo/right/Europe/Simferopol inode=14142 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2584 count=1
file /usr/share/zoneinfo/right/Europe/Skopje inode=14143 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2585 count=1
file /usr/share/zoneinfo/right/Europe/Sofia inode=14144 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2586 count=1
file /usr/share/zoneinfo/right/Europe/Stockholm inode=14145 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2587 count=1
file /usr/share/zoneinfo/right/Europe/Tallinn inode=14146 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2588 count=1
file /usr/share/zoneinfo/right/Europe/Tirane inode=14147 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2589 count=1
file /usr/share/zoneinfo/right/Europe/Ulyanovsk inode=14149 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2590 count=1
file /usr/share/zoneinfo/right/Europe/Vaduz inode=14151 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2591 count=1
file /usr/share/zoneinfo/right/Europe/Vienna inode=14153 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2592 count=1
file /usr/share/zoneinfo/right/Europe/Vilnius inode=14154 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2593 count=1
file /usr/share/zoneinfo/right/Europe/Volgograd inode=14155 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2594 count=1
file /usr/share/zoneinfo/right/Europe/Warsaw inode=14156 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2595 count=1
file /usr/share/zoneinfo/right/Europe/Zagreb inode=14157 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2596 count=1
file /usr/share/zoneinfo/right/Europe/Zurich inode=14159 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2597 count=1
file /usr/share/zoneinfo/right/Factory inode=14160 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2598 count=1
file /usr/share/zoneinfo/right/HST inode=14168 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2599 count=1
file /usr/share/zoneinfo/right/Indian/Antananarivo inode=14172 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2600 count=1
file /usr/share/zoneinfo/right/Indian/Chagos inode=14173 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2601 count=1
file /usr/share/zoneinfo/right/Indian/Christmas inode=14174 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2602 count=1
file /usr/share/zoneinfo/right/Indian/Cocos inode=14175 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2603 count=1
file /usr/share/zoneinfo/right/Indian/Comoro inode=14176 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2604 count=1
file /usr/share/zoneinfo/right/Indian/Kerguelen inode=14177 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2605 count=1
file /usr/share/zoneinfo/right/Indian/Mahe inode=14178 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2606 count=1
file /usr/share/zoneinfo/right/Indian/Maldives inode=14179 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2607 count=1
file /usr/share/zoneinfo/right/Indian/Mauritius inode=14180 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2608 count=1
file /usr/share/zoneinfo/right/Indian/Mayotte inode=14181 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2609 count=1
file /usr/share/zoneinfo/right/Indian/Reunion inode=14182 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2610 count=1
file /usr/share/zoneinfo/right/MET inode=14189 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2611 count=1
file /usr/share/zoneinfo/right/MST inode=14190 t=58968583408 kinds=fragment-inferred,block pages=0 ranks=2612 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC/Y.pl inode=7724 t=59118587408 kinds=fragment-inferred,block pages=0-2 ranks=2613 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS/Y.pl inode=7726 t=59118587408 kinds=fragment-inferred,block pages=0-1 ranks=2614 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/utf8.pm inode=7727 t=59118587408 kinds=fragment-inferred,block pages=0 ranks=2615 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/vars.pm inode=7728 t=59118587408 kinds=fragment-inferred,block pages=0 ranks=2616 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings/register.pm inode=7730 t=59118587408 kinds=fragment-inferred,block pages=0 ranks=2617 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/warnings.pm inode=7731 t=59118587408 kinds=fragment-inferred,block pages=0-7 ranks=2618 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Locale/gettext.pm inode=7735 t=59118587408 kinds=fragment-inferred,block pages=0-1 ranks=2619 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/CharWidth.pm inode=7737 t=59118587408 kinds=fragment-inferred,block pages=0 ranks=2620 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/Text/Iconv.pm inode=7738 t=59118587408 kinds=fragment-inferred,block pages=0-1 ranks=2621 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Locale/gettext/gettext.so inode=7742 t=59118587408 kinds=fragment-inferred,block pages=0-4 ranks=2622 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/CharWidth/CharWidth.so inode=7745 t=59118587408 kinds=fragment-inferred,block pages=0-3 ranks=2623 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/Iconv.so inode=7747 t=59118587408 kinds=fragment-inferred,block pages=0-4 ranks=2624 count=1
file /usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Text/Iconv/autosplit.ix inode=7748 t=59118587408 kinds=fragment-inferred,block pages=0 ranks=2625 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/fmhash.so inode=7750 t=59118587408 kinds=fragment-inferred,block pages=0-3 ranks=2626 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imfile.so inode=7751 t=59168309408 kinds=fragment-inferred,block pages=0-14 ranks=2627 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imjournal.so inode=7752 t=59168309408 kinds=fragment-inferred,block pages=0-7 ranks=2628 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imklog.so inode=7753 t=59168309408 kinds=fragment-inferred,block pages=0-5 ranks=2629 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imkmsg.so inode=7754 t=59168309408 kinds=fragment-inferred,block pages=0-4 ranks=2630 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/immark.so inode=7755 t=59168309408 kinds=fragment-inferred,block pages=0-3 ranks=2631 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/impstats.so inode=7756 t=59168309408 kinds=fragment-inferred,block pages=0-4 ranks=2632 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imptcp.so inode=7757 t=59168309408 kinds=fragment-inferred,block pages=0-11 ranks=2633 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/auto/re/re.so inode=7098 t=59542198408 kinds=block pages=0-160 ranks=2634 count=2
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFCQC.pl inode=7136 t=59775529408 kinds=fragment-inferred,block pages=0 ranks=2636 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFDQC.pl inode=7137 t=59775529408 kinds=fragment-inferred,block pages=0 ranks=2637 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCQC.pl inode=7139 t=59775529408 kinds=fragment-inferred,block pages=0 ranks=2638 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKDQC.pl inode=7140 t=59775529408 kinds=fragment-inferred,block pages=0-1 ranks=2639 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Na1.pl inode=7141 t=59775529408 kinds=fragment-inferred,block pages=0-15 ranks=2640 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NameAlia.pl inode=7142 t=59775529408 kinds=fragment-inferred,block pages=0-3 ranks=2641 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nt.pl inode=7143 t=59775529408 kinds=fragment-inferred,block pages=0-1 ranks=2642 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nv.pl inode=7144 t=59775529408 kinds=fragment-inferred,block pages=0-2 ranks=2643 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/unicore/To/PerlDeci.pl inode=7145 t=59775529408 kinds=fragment-inferred,block pages=0 ranks=2644 count=1
file /usr/bin/locale inode=598 t=59902006408 kinds=fragment-inferred,block pages=0-11 ranks=2645 count=1
file /usr/bin/localectl inode=599 t=59902006408 kinds=fragment-inferred,block pages=0-6 ranks=2646 count=1
file /usr/bin/logger inode=601 t=59902006408 kinds=fragment-inferred,block pages=0-13 ranks=2647 count=1
file /usr/bin/login inode=602 t=59902390408 kinds=fragment-inferred,block pages=0-12 ranks=2648 count=1
file /usr/bin/loginctl inode=603 t=59902390408 kinds=fragment-inferred,block pages=0-14 ranks=2649 count=1
file /usr/share/zoneinfo/zone.tab inode=14272 t=60536926408 kinds=fragment-inferred,block pages=0-4 ranks=2650 count=1
file /usr/share/zoneinfo/zone1970.tab inode=14273 t=60536926408 kinds=fragment-inferred,block pages=0-4 ranks=2651 count=1
file /usr/share/zsh/vendor-completions/_bootctl inode=14276 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2652 count=1
file /usr/share/zsh/vendor-completions/_busctl inode=14277 t=60536926408 kinds=fragment-inferred,block pages=0-2 ranks=2653 count=1
file /usr/share/zsh/vendor-completions/_hostnamectl inode=14278 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2654 count=1
file /usr/share/zsh/vendor-completions/_journalctl inode=14279 t=60536926408 kinds=fragment-inferred,block pages=0-1 ranks=2655 count=1
file /usr/share/zsh/vendor-completions/_kernel-install inode=14280 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2656 count=1
file /usr/share/zsh/vendor-completions/_localectl inode=14281 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2657 count=1
file /usr/share/zsh/vendor-completions/_loginctl inode=14282 t=60536926408 kinds=fragment-inferred,block pages=0-1 ranks=2658 count=1
file /usr/share/zsh/vendor-completions/_networkctl inode=14283 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2659 count=1
file /usr/share/zsh/vendor-completions/_sd_hosts_or_user_at_host inode=14284 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2660 count=1
file /usr/share/zsh/vendor-completions/_sd_outputmodes inode=14285 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2661 count=1
file /usr/share/zsh/vendor-completions/_sd_unit_files inode=14286 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2662 count=1
file /usr/share/zsh/vendor-completions/_systemctl inode=14287 t=60536926408 kinds=fragment-inferred,block pages=0-5 ranks=2663 count=1
file /usr/share/zsh/vendor-completions/_systemd inode=14288 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2664 count=1
file /usr/share/zsh/vendor-completions/_systemd-analyze inode=14289 t=60536926408 kinds=fragment-inferred,block pages=0-1 ranks=2665 count=1
file /usr/share/zsh/vendor-completions/_systemd-delta inode=14290 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2666 count=1
file /usr/share/zsh/vendor-completions/_systemd-inhibit inode=14291 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2667 count=1
file /usr/share/zsh/vendor-completions/_systemd-path inode=14292 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2668 count=1
file /usr/share/zsh/vendor-completions/_systemd-run inode=14293 t=60536926408 kinds=fragment-inferred,block pages=0-1 ranks=2669 count=1
file /usr/share/zsh/vendor-completions/_systemd-tmpfiles inode=14294 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2670 count=1
file /usr/share/zsh/vendor-completions/_timedatectl inode=14295 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2671 count=1
file /usr/share/zsh/vendor-completions/_udevadm inode=14296 t=60536926408 kinds=fragment-inferred,block pages=0-2 ranks=2672 count=1
file /var/cache/debconf/config.dat inode=14309 t=60536926408 kinds=fragment-inferred,block pages=0-1 ranks=2673 count=1
file /var/lib/apt/extended_states inode=14316 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2674 count=1
file /var/lib/dpkg/alternatives/awk inode=14332 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2675 count=1
file /var/lib/dpkg/alternatives/builtins.7.gz inode=14333 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2676 count=1
file /var/lib/dpkg/alternatives/editor inode=14334 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2677 count=1
file /var/lib/dpkg/alternatives/ex inode=14335 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2678 count=1
file /var/lib/dpkg/alternatives/mt inode=14336 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2679 count=1
file /var/lib/dpkg/alternatives/pager inode=14337 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2680 count=1
file /var/lib/dpkg/alternatives/pico inode=14338 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2681 count=1
file /var/lib/dpkg/alternatives/rmt inode=14339 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2682 count=1
file /var/lib/dpkg/alternatives/rview inode=14340 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2683 count=1
file /var/lib/dpkg/alternatives/vi inode=14341 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2684 count=1
file /var/lib/dpkg/alternatives/view inode=14342 t=60536926408 kinds=fragment-inferred,block pages=0 ranks=2685 count=1
file /var/lib/dpkg/alternatives/which inode=14343 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2686 count=1
file /var/lib/dpkg/available inode=14344 t=60537534408 kinds=fragment-inferred,block pages=0-28 ranks=2687 count=1
file /var/lib/dpkg/cmethopt inode=14345 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2688 count=1
file /var/lib/dpkg/diversions inode=14346 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2689 count=1
file /var/lib/dpkg/diversions-old inode=14347 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2690 count=1
file /var/lib/dpkg/info/adduser.conffiles inode=14349 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2691 count=1
file /var/lib/dpkg/info/adduser.list inode=14350 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2692 count=1
file /var/lib/dpkg/info/adduser.md5sums inode=14351 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2693 count=1
file /var/lib/dpkg/info/adduser.postrm inode=14352 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2694 count=1
file /var/lib/dpkg/info/adduser.preinst inode=14353 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2695 count=1
file /var/lib/dpkg/info/apt-utils.list inode=14354 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2696 count=1
file /var/lib/dpkg/info/apt-utils.md5sums inode=14355 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2697 count=1
file /var/lib/dpkg/info/apt.conffiles inode=14356 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2698 count=1
file /var/lib/dpkg/info/apt.list inode=14357 t=60537534408 kinds=fragment-inferred,block pages=0-2 ranks=2699 count=1
file /var/lib/dpkg/info/apt.md5sums inode=14358 t=60537534408 kinds=fragment-inferred,block pages=0-3 ranks=2700 count=1
file /var/lib/dpkg/info/apt.postinst inode=14359 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2701 count=1
file /var/lib/dpkg/info/apt.postrm inode=14360 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2702 count=1
file /var/lib/dpkg/info/apt.preinst inode=14361 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2703 count=1
file /var/lib/dpkg/info/apt.prerm inode=14362 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2704 count=1
file /var/lib/dpkg/info/apt.shlibs inode=14363 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2705 count=1
file /var/lib/dpkg/info/apt.triggers inode=14364 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2706 count=1
file /var/lib/dpkg/info/base-files.conffiles inode=14365 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2707 count=1
file /var/lib/dpkg/info/base-files.list inode=14366 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2708 count=1
file /var/lib/dpkg/info/base-files.md5sums inode=14367 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2709 count=1
file /var/lib/dpkg/info/base-files.postinst inode=14368 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2710 count=1
file /var/lib/dpkg/info/base-passwd.list inode=14369 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2711 count=1
file /var/lib/dpkg/info/base-passwd.md5sums inode=14370 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2712 count=1
file /var/lib/dpkg/info/base-passwd.postinst inode=14371 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2713 count=1
file /var/lib/dpkg/info/base-passwd.postrm inode=14372 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2714 count=1
file /var/lib/dpkg/info/base-passwd.preinst inode=14373 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2715 count=1
file /var/lib/dpkg/info/libacl1:amd64.triggers inode=14549 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2716 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.triggers inode=14554 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2717 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.triggers inode=14559 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2718 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.triggers inode=14564 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2719 count=1
file /var/lib/dpkg/info/libattr1:amd64.triggers inode=14570 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2720 count=1
file /var/lib/dpkg/info/libaudit1:amd64.triggers inode=14578 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2721 count=1
file /var/lib/dpkg/info/libblkid1:amd64.triggers inode=14583 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2722 count=1
file /var/lib/dpkg/info/libbpf1:amd64.triggers inode=14588 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2723 count=1
file /var/lib/dpkg/info/libbsd0:amd64.triggers inode=14593 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2724 count=1
file /var/lib/dpkg/info/libc6:amd64.triggers inode=14612 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2725 count=1
file /var/lib/dpkg/info/libcap-ng0:amd64.triggers inode=14617 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2726 count=1
file /var/lib/dpkg/info/libcap2:amd64.triggers inode=14624 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2727 count=1
file /var/lib/dpkg/info/libcom-err2:amd64.triggers inode=14629 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2728 count=1
file /var/lib/dpkg/info/libcrypt1:amd64.triggers inode=14634 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2729 count=1
file /var/lib/dpkg/info/libcryptsetup12:amd64.triggers inode=14639 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2730 count=1
file /var/lib/dpkg/info/libdb5.3:amd64.triggers inode=14643 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2731 count=1
file /var/lib/dpkg/info/libdbus-1-3:amd64.triggers inode=14648 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2732 count=1
file /var/lib/dpkg/info/libdebconfclient0:amd64.triggers inode=14653 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2733 count=1
file /var/lib/dpkg/info/libelf1:amd64.triggers inode=14668 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2734 count=1
file /var/lib/dpkg/info/libexpat1:amd64.triggers inode=14678 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2735 count=1
file /var/lib/dpkg/info/libext2fs2:amd64.triggers inode=14683 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2736 count=1
file /var/lib/dpkg/info/libfastjson4:amd64.triggers inode=14688 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2737 count=1
file /var/lib/dpkg/info/libfdisk1:amd64.triggers inode=14693 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2738 count=1
file /var/lib/dpkg/info/libgcc-s1:amd64.triggers inode=14703 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2739 count=1
file /var/lib/dpkg/info/libgcrypt20:amd64.triggers inode=14709 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2740 count=1
file /var/lib/dpkg/info/libgnutls30:amd64.triggers inode=14718 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2741 count=1
file /var/lib/dpkg/info/libgssapi-krb5-2:amd64.triggers inode=14730 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2742 count=1
file /var/lib/dpkg/info/libip4tc2:amd64.triggers inode=14745 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2743 count=1
file /var/lib/dpkg/info/libk5crypto3:amd64.triggers inode=14760 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2744 count=1
file /var/lib/dpkg/info/libkrb5-3:amd64.triggers inode=14777 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2745 count=1
file /var/lib/dpkg/info/libkrb5support0:amd64.triggers inode=14782 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2746 count=1
file /var/lib/dpkg/info/liblzma5:amd64.triggers inode=14799 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2747 count=1
file /var/lib/dpkg/info/libmount1:amd64.triggers inode=14814 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2748 count=1
file /var/lib/dpkg/info/libncursesw6:amd64.triggers inode=14819 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2749 count=1
file /var/lib/dpkg/info/libnewt0.52:amd64.triggers inode=14829 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2750 count=1
file /var/lib/dpkg/info/libnftables1:amd64.triggers inode=14834 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2751 count=1
file /var/lib/dpkg/info/libpam0g:amd64.triggers inode=14868 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2752 count=1
file /var/lib/dpkg/info/libreadline8:amd64.triggers inode=14887 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2753 count=1
file /var/lib/dpkg/info/libseccomp2:amd64.triggers inode=14892 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2754 count=1
file /var/lib/dpkg/info/libselinux1:amd64.triggers inode=14897 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2755 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.triggers inode=14905 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2756 count=1
file /var/lib/dpkg/info/libsepol2:amd64.triggers inode=14910 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2757 count=1
file /var/lib/dpkg/info/libslang2:amd64.triggers inode=14915 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2758 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.triggers inode=14920 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2759 count=1
file /var/lib/dpkg/info/libss2:amd64.triggers inode=14925 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2760 count=1
file /var/lib/dpkg/info/libssl3:amd64.triggers inode=14930 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2761 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.triggers inode=14936 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2762 count=1
file /var/lib/dpkg/info/libsystemd0:amd64.triggers inode=14943 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2763 count=1
file /var/lib/dpkg/info/libtasn1-6:amd64.triggers inode=14948 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2764 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.triggers inode=14959 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2765 count=1
file /var/lib/dpkg/info/libudev1:amd64.triggers inode=14972 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2766 count=1
file /var/lib/dpkg/info/libuuid1:amd64.triggers inode=14982 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2767 count=1
file /var/lib/dpkg/info/libxtables12:amd64.triggers inode=14987 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2768 count=1
file /var/lib/dpkg/info/libzstd1:amd64.triggers inode=14996 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2769 count=1
file /var/lib/dpkg/info/base-passwd.templates inode=14374 t=60537534408 kinds=fragment-inferred,block pages=0-28 ranks=2770 count=1
file /var/lib/dpkg/info/bash.conffiles inode=14375 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2771 count=1
file /var/lib/dpkg/info/bash.list inode=14376 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2772 count=1
file /var/lib/dpkg/info/bash.md5sums inode=14377 t=60537534408 kinds=fragment-inferred,block pages=0-1 ranks=2773 count=1
file /var/lib/dpkg/info/bash.postinst inode=14378 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2774 count=1
file /var/lib/dpkg/info/bash.postrm inode=14379 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2775 count=1
file /var/lib/dpkg/info/bash.prerm inode=14380 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2776 count=1
file /var/lib/dpkg/info/bsdutils.list inode=14381 t=60537534408 kinds=fragment-inferred,block pages=0 ranks=2777 count=1
file /var/cache/debconf/templates.dat inode=14311 t=60640077408 kinds=block pages=0-203 ranks=2778 count=3
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease inode=14319 t=60787825408 kinds=block pages=0-36 ranks=2779 count=1
file /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages inode=14320 t=60839490408 kinds=block pages=0-127 ranks=2780 count=1
file /usr/bin/dpkg inode=512 t=61118747408 kinds=block pages=0-77 ranks=2781 count=2
file /usr/bin/dpkg-deb inode=513 t=61168971408 kinds=block pages=0-41 ranks=2782 count=1
file /usr/bin/dpkg-divert inode=514 t=61168971408 kinds=block pages=0-38 ranks=2783 count=2
file /usr/bin/dirname inode=508 t=61218130408 kinds=fragment-inferred,block pages=0-9 ranks=2784 count=1
file /usr/bin/dmesg inode=509 t=61218130408 kinds=fragment-inferred,block pages=0-21 ranks=2785 count=1
file /var/lib/dpkg/info/dmsetup.md5sums inode=14456 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2786 count=1
file /var/lib/dpkg/info/dmsetup.postinst inode=14457 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2787 count=1
file /var/lib/dpkg/info/dmsetup.triggers inode=14458 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2788 count=1
file /var/lib/dpkg/info/dpkg.conffiles inode=14459 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2789 count=1
file /var/lib/dpkg/info/dpkg.list inode=14460 t=61368624408 kinds=fragment-inferred,block pages=0-2 ranks=2790 count=1
file /var/lib/dpkg/info/dpkg.md5sums inode=14461 t=61368624408 kinds=fragment-inferred,block pages=0-2 ranks=2791 count=1
file /var/lib/dpkg/info/dpkg.postinst inode=14462 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2792 count=1
file /var/lib/dpkg/info/dpkg.postrm inode=14463 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2793 count=1
file /var/lib/dpkg/info/dpkg.prerm inode=14464 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2794 count=1
file /var/lib/dpkg/info/e2fsprogs.conffiles inode=14465 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2795 count=1
file /var/lib/dpkg/info/e2fsprogs.list inode=14466 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2796 count=1
file /var/lib/dpkg/info/e2fsprogs.md5sums inode=14467 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2797 count=1
file /var/lib/dpkg/info/e2fsprogs.postinst inode=14468 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2798 count=1
file /var/lib/dpkg/info/e2fsprogs.postrm inode=14469 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2799 count=1
file /var/lib/dpkg/info/e2fsprogs.preinst inode=14470 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2800 count=1
file /var/lib/dpkg/info/e2fsprogs.prerm inode=14471 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2801 count=1
file /var/lib/dpkg/info/fdisk.list inode=14472 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2802 count=1
file /var/lib/dpkg/info/fdisk.md5sums inode=14473 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2803 count=1
file /var/lib/dpkg/info/findutils.list inode=14474 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2804 count=1
file /var/lib/dpkg/info/findutils.md5sums inode=14475 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2805 count=1
file /var/lib/dpkg/info/format inode=14476 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2806 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.list inode=14477 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2807 count=1
file /var/lib/dpkg/info/gcc-12-base:amd64.md5sums inode=14478 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2808 count=1
file /var/lib/dpkg/info/gpgv.list inode=14479 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2809 count=1
file /var/lib/dpkg/info/gpgv.md5sums inode=14480 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2810 count=1
file /var/lib/dpkg/info/grep.list inode=14481 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2811 count=1
file /var/lib/dpkg/info/grep.md5sums inode=14482 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2812 count=1
file /var/lib/dpkg/info/gzip.list inode=14483 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2813 count=1
file /var/lib/dpkg/info/gzip.md5sums inode=14484 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2814 count=1
file /var/lib/dpkg/info/hostname.list inode=14485 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2815 count=1
file /var/lib/dpkg/info/hostname.md5sums inode=14486 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2816 count=1
file /var/lib/dpkg/info/ifupdown.conffiles inode=14487 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2817 count=1
file /var/lib/dpkg/info/ifupdown.list inode=14488 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2818 count=1
file /var/lib/dpkg/info/ifupdown.md5sums inode=14489 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2819 count=1
file /var/lib/dpkg/info/ifupdown.postinst inode=14490 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2820 count=1
file /var/lib/dpkg/info/ifupdown.postrm inode=14491 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2821 count=1
file /var/lib/dpkg/info/ifupdown.preinst inode=14492 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2822 count=1
file /var/lib/dpkg/info/ifupdown.prerm inode=14493 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2823 count=1
file /var/lib/dpkg/info/init-system-helpers.list inode=14494 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2824 count=1
file /var/lib/dpkg/info/init-system-helpers.md5sums inode=14495 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2825 count=1
file /var/lib/dpkg/info/init-system-helpers.postinst inode=14496 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2826 count=1
file /var/lib/dpkg/info/init.list inode=14497 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2827 count=1
file /var/lib/dpkg/info/init.md5sums inode=14498 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2828 count=1
file /var/lib/dpkg/info/initramfs-tools-core.conffiles inode=14499 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2829 count=1
file /var/lib/dpkg/info/initramfs-tools-core.list inode=14500 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2830 count=1
file /var/lib/dpkg/info/initramfs-tools-core.md5sums inode=14501 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2831 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postinst inode=14502 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2832 count=1
file /var/lib/dpkg/info/initramfs-tools-core.postrm inode=14503 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2833 count=1
file /var/lib/dpkg/info/initramfs-tools.conffiles inode=14504 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2834 count=1
file /var/lib/dpkg/info/initramfs-tools.list inode=14505 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2835 count=1
file /var/lib/dpkg/info/initramfs-tools.md5sums inode=14506 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2836 count=1
file /var/lib/dpkg/info/initramfs-tools.postinst inode=14507 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2837 count=1
file /var/lib/dpkg/info/initramfs-tools.postrm inode=14508 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2838 count=1
file /var/lib/dpkg/info/initramfs-tools.preinst inode=14509 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2839 count=1
file /var/lib/dpkg/info/initramfs-tools.prerm inode=14510 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2840 count=1
file /var/lib/dpkg/info/initramfs-tools.triggers inode=14511 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2841 count=1
file /var/lib/dpkg/info/iproute2.conffiles inode=14512 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2842 count=1
file /var/lib/dpkg/info/iproute2.config inode=14513 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2843 count=1
file /var/lib/dpkg/info/iproute2.list inode=14514 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2844 count=1
file /var/lib/dpkg/info/iproute2.md5sums inode=14515 t=61368624408 kinds=fragment-inferred,block pages=0-2 ranks=2845 count=1
file /var/lib/dpkg/info/iproute2.postinst inode=14516 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2846 count=1
file /var/lib/dpkg/info/iproute2.postrm inode=14517 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2847 count=1
file /var/lib/dpkg/info/iproute2.templates inode=14518 t=61368624408 kinds=fragment-inferred,block pages=0-2 ranks=2848 count=1
file /var/lib/dpkg/info/iputils-ping.list inode=14519 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2849 count=1
file /var/lib/dpkg/info/iputils-ping.md5sums inode=14520 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2850 count=1
file /var/lib/dpkg/info/iputils-ping.postinst inode=14521 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2851 count=1
file /var/lib/dpkg/info/isc-dhcp-client.conffiles inode=14522 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2852 count=1
file /var/lib/dpkg/info/isc-dhcp-client.list inode=14523 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2853 count=1
file /var/lib/dpkg/info/isc-dhcp-client.md5sums inode=14524 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2854 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postinst inode=14525 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2855 count=1
file /var/lib/dpkg/info/isc-dhcp-client.postrm inode=14526 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2856 count=1
file /var/lib/dpkg/info/isc-dhcp-common.list inode=14527 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2857 count=1
file /var/lib/dpkg/info/isc-dhcp-common.md5sums inode=14528 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2858 count=1
file /var/lib/dpkg/info/klibc-utils.list inode=14529 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2859 count=1
file /var/lib/dpkg/info/klibc-utils.md5sums inode=14530 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2860 count=1
file /var/lib/dpkg/info/klibc-utils.postinst inode=14531 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2861 count=1
file /var/lib/dpkg/info/kmod.conffiles inode=14533 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2862 count=1
file /var/lib/dpkg/info/kmod.list inode=14534 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2863 count=1
file /var/lib/dpkg/info/kmod.md5sums inode=14535 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2864 count=1
file /var/lib/dpkg/info/kmod.postinst inode=14536 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2865 count=1
file /var/lib/dpkg/info/kmod.postrm inode=14537 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2866 count=1
file /var/lib/dpkg/info/kmod.preinst inode=14538 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2867 count=1
file /var/lib/dpkg/info/kmod.triggers inode=14539 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2868 count=1
file /var/lib/dpkg/info/less.list inode=14540 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2869 count=1
file /var/lib/dpkg/info/libpam-modules:amd64.postrm inode=14851 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2870 count=1
file /var/lib/dpkg/info/libpam0g:amd64.postrm inode=14864 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2871 count=1
file /var/lib/dpkg/info/linux-base.postrm inode=15000 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2872 count=1
file /var/lib/dpkg/info/less.md5sums inode=14541 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2873 count=1
file /var/lib/dpkg/info/less.postinst inode=14542 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2874 count=1
file /var/lib/dpkg/info/less.preinst inode=14543 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2875 count=1
file /var/lib/dpkg/info/less.prerm inode=14544 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2876 count=1
file /var/lib/dpkg/info/libacl1:amd64.list inode=14545 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2877 count=1
file /var/lib/dpkg/info/libacl1:amd64.md5sums inode=14546 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2878 count=1
file /var/lib/dpkg/info/libacl1:amd64.shlibs inode=14547 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2879 count=1
file /var/lib/dpkg/info/libacl1:amd64.symbols inode=14548 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2880 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.list inode=14550 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2881 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.md5sums inode=14551 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2882 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.shlibs inode=14552 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2883 count=1
file /var/lib/dpkg/info/libapparmor1:amd64.symbols inode=14553 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2884 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.list inode=14555 t=61368624408 kinds=fragment-inferred,block pages=0-1 ranks=2885 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.md5sums inode=14556 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2886 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.shlibs inode=14557 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2887 count=1
file /var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols inode=14558 t=61368624408 kinds=fragment-inferred,block pages=0-30 ranks=2888 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.list inode=14560 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2889 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.md5sums inode=14561 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2890 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.shlibs inode=14562 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2891 count=1
file /var/lib/dpkg/info/libargon2-1:amd64.symbols inode=14563 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2892 count=1
file /var/lib/dpkg/info/libattr1:amd64.conffiles inode=14565 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2893 count=1
file /var/lib/dpkg/info/libattr1:amd64.list inode=14566 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2894 count=1
file /var/lib/dpkg/info/libattr1:amd64.md5sums inode=14567 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2895 count=1
file /var/lib/dpkg/info/libattr1:amd64.shlibs inode=14568 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2896 count=1
file /var/lib/dpkg/info/libattr1:amd64.symbols inode=14569 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2897 count=1
file /var/lib/dpkg/info/libaudit-common.conffiles inode=14571 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2898 count=1
file /var/lib/dpkg/info/libaudit-common.list inode=14572 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2899 count=1
file /var/lib/dpkg/info/libaudit-common.md5sums inode=14573 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2900 count=1
file /var/lib/dpkg/info/libaudit1:amd64.list inode=14574 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2901 count=1
file /var/lib/dpkg/info/libaudit1:amd64.md5sums inode=14575 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2902 count=1
file /var/lib/dpkg/info/libaudit1:amd64.shlibs inode=14576 t=61368624408 kinds=fragment-inferred,block pages=0 ranks=2903 count=1
file /var/lib/dpkg/info/libc6:amd64.symbols inode=14610 t=61418328408 kinds=block pages=0-37 ranks=2904 count=1
file /var/lib/dpkg/info/libaudit1:amd64.symbols inode=14577 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2905 count=1
file /var/lib/dpkg/info/libblkid1:amd64.list inode=14579 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2906 count=1
file /var/lib/dpkg/info/libblkid1:amd64.md5sums inode=14580 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2907 count=1
file /var/lib/dpkg/info/libblkid1:amd64.shlibs inode=14581 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2908 count=1
file /var/lib/dpkg/info/libblkid1:amd64.symbols inode=14582 t=61418328408 kinds=fragment-inferred,block pages=0-1 ranks=2909 count=1
file /var/lib/dpkg/info/libbpf1:amd64.list inode=14584 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2910 count=1
file /var/lib/dpkg/info/libbpf1:amd64.md5sums inode=14585 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2911 count=1
file /var/lib/dpkg/info/libbpf1:amd64.shlibs inode=14586 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2912 count=1
file /var/lib/dpkg/info/libbpf1:amd64.symbols inode=14587 t=61418328408 kinds=fragment-inferred,block pages=0-3 ranks=2913 count=1
file /var/lib/dpkg/info/libbsd0:amd64.list inode=14589 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2914 count=1
file /var/lib/dpkg/info/libbsd0:amd64.md5sums inode=14590 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2915 count=1
file /var/lib/dpkg/info/libbsd0:amd64.shlibs inode=14591 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2916 count=1
file /var/lib/dpkg/info/libbsd0:amd64.symbols inode=14592 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2917 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.list inode=14594 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2918 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.md5sums inode=14595 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2919 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.shlibs inode=14596 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2920 count=1
file /var/lib/dpkg/info/libbz2-1.0:amd64.triggers inode=14597 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2921 count=1
file /var/lib/dpkg/info/libc-bin.conffiles inode=14598 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2922 count=1
file /var/lib/dpkg/info/libc-bin.list inode=14599 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2923 count=1
file /var/lib/dpkg/info/libc-bin.md5sums inode=14600 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2924 count=1
file /var/lib/dpkg/info/libc-bin.postinst inode=14601 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2925 count=1
file /var/lib/dpkg/info/libc-bin.triggers inode=14602 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2926 count=1
file /var/lib/dpkg/info/libc6:amd64.conffiles inode=14603 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2927 count=1
file /var/lib/dpkg/info/libc6:amd64.list inode=14604 t=61418328408 kinds=fragment-inferred,block pages=0-3 ranks=2928 count=1
file /var/lib/dpkg/info/libc6:amd64.md5sums inode=14605 t=61418328408 kinds=fragment-inferred,block pages=0-5 ranks=2929 count=1
file /var/lib/dpkg/info/libc6:amd64.postinst inode=14606 t=61418328408 kinds=fragment-inferred,block pages=0-2 ranks=2930 count=1
file /var/lib/dpkg/info/libc6:amd64.postrm inode=14607 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2931 count=1
file /var/lib/dpkg/info/libc6:amd64.preinst inode=14608 t=61418328408 kinds=fragment-inferred,block pages=0-3 ranks=2932 count=1
file /var/lib/dpkg/info/libc6:amd64.shlibs inode=14609 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2933 count=1
file /var/lib/dpkg/info/libgmp10:amd64.triggers inode=14713 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2934 count=1
file /var/lib/dpkg/info/libjson-c5:amd64.triggers inode=14755 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2935 count=1
file /var/lib/dpkg/info/libunistring2:amd64.triggers inode=14977 t=61418328408 kinds=fragment-inferred,block pages=0 ranks=2936 count=1
file /usr/bin/basename inode=454 t=61988371408 kinds=fragment-inferred,block pages=0-10 ranks=2937 count=1
file /usr/bin/basenc inode=455 t=61988371408 kinds=fragment-inferred,block pages=0-13 ranks=2938 count=1
file /usr/bin/bashbug inode=457 t=61988371408 kinds=fragment-inferred,block pages=0-1 ranks=2939 count=1
file /usr/bin/busybox inode=459 t=61993579408 kinds=block pages=0-31,32-63 ranks=2940,3145 count=2
file /usr/share/doc/vim-common/changelog.Debian.gz inode=9290 t=62188360408 kinds=fragment-inferred,block pages=0-1 ranks=2941 count=1
file /usr/share/doc/vim-common/changelog.gz inode=9291 t=62188360408 kinds=fragment-inferred,block pages=0-7 ranks=2942 count=1
file /usr/share/doc/vim-common/copyright inode=9292 t=62188360408 kinds=fragment-inferred,block pages=0-6 ranks=2943 count=1
file /usr/share/doc/vim-tiny/changelog.Debian.gz inode=9295 t=62188360408 kinds=fragment-inferred,block pages=0-1 ranks=2944 count=1
file /usr/share/doc/vim-tiny/changelog.gz inode=9296 t=62188360408 kinds=fragment-inferred,block pages=0-7 ranks=2945 count=1
file /usr/share/doc/vim-tiny/copyright inode=9297 t=62188360408 kinds=fragment-inferred,block pages=0-6 ranks=2946 count=1
file /usr/share/doc/whiptail/NEWS.Debian.gz inode=9299 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2947 count=1
file /usr/share/doc/whiptail/README.whiptail inode=9300 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2948 count=1
file /usr/share/doc/whiptail/changelog.Debian.gz inode=9302 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2949 count=1
file /usr/share/doc/zlib1g/changelog.Debian.gz inode=9306 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2950 count=1
file /usr/share/doc/zlib1g/changelog.gz inode=9307 t=62188360408 kinds=fragment-inferred,block pages=0-7 ranks=2951 count=1
file /usr/share/doc/zlib1g/copyright inode=9308 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2952 count=1
file /usr/share/doc-base/base-passwd.users-and-groups inode=9310 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2953 count=1
file /usr/share/doc-base/findutils.findutils inode=9311 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2954 count=1
file /usr/share/doc-base/nano.nano inode=9312 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2955 count=1
file /usr/share/doc-base/nano.nano-faq inode=9313 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2956 count=1
file /usr/share/dpkg/abitable inode=9315 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2957 count=1
file /usr/share/dpkg/cputable inode=9316 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2958 count=1
file /usr/share/dpkg/ostable inode=9317 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2959 count=1
file /usr/share/dpkg/sh/dpkg-error.sh inode=9319 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2960 count=1
file /usr/share/dpkg/tupletable inode=9320 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2961 count=1
file /usr/share/gcc/python/libstdcxx/__init__.py inode=9324 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2962 count=1
file /usr/share/gcc/python/libstdcxx/v6/__init__.py inode=9326 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2963 count=1
file /usr/share/gcc/python/libstdcxx/v6/printers.py inode=9327 t=62188360408 kinds=fragment-inferred,block pages=0-21 ranks=2964 count=1
file /usr/share/gcc/python/libstdcxx/v6/xmethods.py inode=9328 t=62188360408 kinds=fragment-inferred,block pages=0-6 ranks=2965 count=1
file /usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30-gdb.py inode=9334 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2966 count=1
file /usr/share/icons/hicolor/48x48/apps/gvim.png inode=9339 t=62188360408 kinds=fragment-inferred,block pages=0 ranks=2967 count=1
file /usr/share/info/coreutils.info.gz inode=9351 t=62238610408 kinds=block pages=0-31 ranks=2968 count=1
file /usr/share/common-licenses/MPL-2.0 inode=8230 t=64472973408 kinds=fragment-inferred,block pages=0-4 ranks=2969 count=1
file /usr/share/dbus-1/session.conf inode=8234 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2970 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.hostname1.service inode=8236 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2971 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.locale1.service inode=8237 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2972 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.login1.service inode=8238 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2973 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.network1.service inode=8239 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2974 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.systemd1.service inode=8240 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2975 count=1
file /usr/share/dbus-1/system-services/org.freedesktop.timedate1.service inode=8241 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2976 count=1
file /usr/share/dbus-1/system.conf inode=8242 t=64472973408 kinds=fragment-inferred,block pages=0-1 ranks=2977 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.hostname1.conf inode=8244 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2978 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.locale1.conf inode=8245 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2979 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.login1.conf inode=8246 t=64472973408 kinds=fragment-inferred,block pages=0-4 ranks=2980 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.network1.conf inode=8247 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2981 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.systemd1.conf inode=8248 t=64472973408 kinds=fragment-inferred,block pages=0-4 ranks=2982 count=1
file /usr/share/dbus-1/system.d/org.freedesktop.timedate1.conf inode=8249 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2983 count=1
file /usr/share/debconf/confmodule inode=8251 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2984 count=1
file /usr/share/debconf/confmodule.sh inode=8252 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2985 count=1
file /usr/share/debconf/debconf.conf inode=8253 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2986 count=1
file /usr/share/debconf/fix_db.pl inode=8254 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2987 count=1
file /usr/share/debconf/frontend inode=8255 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2988 count=1
file /usr/share/debianutils/shells inode=8257 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2989 count=1
file /usr/share/debianutils/shells.d/bash inode=8259 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2990 count=1
file /usr/share/debianutils/shells.d/dash inode=8260 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2991 count=1
file /usr/share/doc/adduser/NEWS.Debian.gz inode=8264 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2992 count=1
file /usr/share/doc/adduser/README.gz inode=8265 t=64472973408 kinds=fragment-inferred,block pages=0-1 ranks=2993 count=1
file /usr/share/doc/adduser/TODO inode=8266 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2994 count=1
file /usr/share/doc/adduser/changelog.gz inode=8267 t=64472973408 kinds=fragment-inferred,block pages=0-1 ranks=2995 count=1
file /usr/share/doc/adduser/copyright inode=8268 t=64472973408 kinds=fragment-inferred,block pages=0-3 ranks=2996 count=1
file /usr/share/doc/adduser/examples/INSTALL inode=8270 t=64472973408 kinds=fragment-inferred,block pages=0 ranks=2997 count=1
file /usr/share/doc/adduser/examples/README inode=8271 t=64472973408 kinds=fragment-inferred,block pages=0-1 ranks=2998 count=1
file /usr/share/doc/adduser/examples/adduser.local inode=8273 t=64473461408 kinds=fragment-inferred,block pages=0-6 ranks=2999 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf inode=8274 t=64473461408 kinds=fragment-inferred,block pages=0-5 ranks=3000 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/bash.bashrc inode=8276 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3001 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/profile inode=8277 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3002 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_logout inode=8279 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3003 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_profile inode=8280 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3004 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bashrc inode=8281 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3005 count=1
file /usr/share/doc/adduser/examples/adduser.local.conf.examples/skel.other/index.html inode=8283 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3006 count=1
file /usr/share/doc/apt/NEWS.Debian.gz inode=8286 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3007 count=1
file /usr/share/doc/apt/README.md.gz inode=8287 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3008 count=1
file /usr/share/doc/apt/changelog.gz inode=8288 t=64473461408 kinds=fragment-inferred,block pages=0-3 ranks=3009 count=1
file /usr/share/doc/apt/copyright inode=8289 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3010 count=1
file /usr/share/doc/apt/examples/apt.conf inode=8291 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3011 count=1
file /usr/share/doc/apt/examples/configure-index inode=8292 t=64473461408 kinds=fragment-inferred,block pages=0-6 ranks=3012 count=1
file /usr/share/doc/apt/examples/preferences inode=8293 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3013 count=1
file /usr/share/doc/apt/examples/sources.list inode=8294 t=64473461408 kinds=fragment-inferred,block pages=0 ranks=3014 count=1
file /usr/share/doc/apt-utils/NEWS.Debian.gz inode=8296 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3015 count=1
file /usr/share/doc/apt-utils/copyright inode=8298 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3016 count=1
file /usr/share/doc/libapt-pkg6.0/NEWS.Debian.gz inode=8576 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3017 count=1
file /usr/share/doc/libapt-pkg6.0/copyright inode=8578 t=64473461408 kinds=fragment-inferred,block pages=0-1 ranks=3018 count=1
file /usr/bin/localedef inode=600 t=64642803408 kinds=block pages=0-31 ranks=3019 count=1
file /usr/bin/namei inode=633 t=64666479408 kinds=fragment-inferred,block pages=0-8 ranks=3021 count=1
file /usr/bin/networkctl inode=636 t=64666479408 kinds=fragment-inferred,block pages=0-26 ranks=3022 count=1
file /usr/bin/wdctl inode=802 t=64720363408 kinds=fragment-inferred,block pages=0-17 ranks=3023 count=1
file /usr/bin/whereis inode=803 t=64720363408 kinds=fragment-inferred,block pages=0-7 ranks=3024 count=1
file /usr/bin/which.debianutils inode=805 t=64720363408 kinds=fragment-inferred,block pages=0 ranks=3025 count=1
file /usr/bin/whiptail inode=806 t=64769993408 kinds=fragment-inferred,block pages=0-6 ranks=3026 count=1
file /usr/bin/who inode=807 t=64769993408 kinds=fragment-inferred,block pages=0-14 ranks=3027 count=1
file /usr/bin/whoami inode=808 t=64769993408 kinds=fragment-inferred,block pages=0-9 ranks=3028 count=1
file /usr/bin/xargs inode=810 t=64769993408 kinds=fragment-inferred,block pages=0-17 ranks=3029 count=1
file /usr/bin/yes inode=811 t=64769993408 kinds=fragment-inferred,block pages=0-9 ranks=3030 count=1
file /usr/bin/zcat inode=813 t=64769993408 kinds=fragment-inferred,block pages=0 ranks=3031 count=1
file /usr/bin/zcmp inode=814 t=64769993408 kinds=fragment-inferred,block pages=0 ranks=3032 count=1
file /usr/bin/zdiff inode=815 t=64769993408 kinds=fragment-inferred,block pages=0-1 ranks=3033 count=1
file /usr/sbin/cppw inode=7884 t=67994342408 kinds=fragment-inferred,block pages=0-15 ranks=3034 count=1
file /usr/sbin/cron inode=7885 t=67994342408 kinds=fragment-inferred,block pages=0-12 ranks=3035 count=1
file /usr/sbin/dcb inode=7887 t=67994883408 kinds=block pages=0-36 ranks=3036 count=1
file /usr/bin/dd inode=492 t=68092142408 kinds=fragment-inferred,block pages=0-21 ranks=3037 count=1
file /usr/bin/deb-systemd-helper inode=493 t=68092142408 kinds=fragment-inferred,block pages=0-5 ranks=3038 count=1
file /usr/bin/deb-systemd-invoke inode=494 t=68092142408 kinds=fragment-inferred,block pages=0-1 ranks=3039 count=1
file /usr/bin/debconf inode=495 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3040 count=1
file /usr/bin/debconf-apt-progress inode=496 t=68092142408 kinds=fragment-inferred,block pages=0-2 ranks=3041 count=1
file /usr/bin/debconf-communicate inode=497 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3042 count=1
file /usr/bin/debconf-copydb inode=498 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3043 count=1
file /usr/bin/debconf-escape inode=499 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3044 count=1
file /usr/bin/debconf-set-selections inode=500 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3045 count=1
file /usr/bin/debconf-show inode=501 t=68092142408 kinds=fragment-inferred,block pages=0 ranks=3046 count=1
file /usr/bin/delpart inode=502 t=68092142408 kinds=fragment-inferred,block pages=0-7 ranks=3047 count=1
file /usr/bin/diff inode=504 t=68092142408 kinds=block pages=0-37 ranks=3048 count=1
file /usr/lib/x86_64-linux-gnu/libdbus-1.so.3.32.4 inode=6856 t=68194974408 kinds=block pages=0-84 ranks=3049 count=3
file /usr/lib/x86_64-linux-gnu/libdevmapper.so.1.02.1 inode=6859 t=68301894408 kinds=block pages=0-63,64-108 ranks=3050,3082 count=2
file /usr/sbin/e2scrub inode=7907 t=68396999408 kinds=fragment-inferred,block pages=0-1 ranks=3051 count=1
file /usr/sbin/e2scrub_all inode=7908 t=68396999408 kinds=fragment-inferred,block pages=0-1 ranks=3052 count=1
file /usr/sbin/e2undo inode=7909 t=68396999408 kinds=fragment-inferred,block pages=0-5 ranks=3053 count=1
file /usr/sbin/e4crypt inode=7910 t=68396999408 kinds=fragment-inferred,block pages=0-6 ranks=3054 count=1
file /usr/sbin/e4defrag inode=7911 t=68396999408 kinds=fragment-inferred,block pages=0-7 ranks=3055 count=1
file /usr/sbin/faillock inode=7912 t=68396999408 kinds=fragment-inferred,block pages=0-3 ranks=3056 count=1
file /usr/sbin/filefrag inode=7914 t=68396999408 kinds=fragment-inferred,block pages=0-4 ranks=3057 count=1
file /usr/sbin/findfs inode=7915 t=68444354408 kinds=fragment-inferred,block pages=0-3 ranks=3058 count=1
file /usr/sbin/fsck inode=7916 t=68444354408 kinds=fragment-inferred,block pages=0-13 ranks=3059 count=1
file /usr/sbin/fsck.cramfs inode=7917 t=68444354408 kinds=fragment-inferred,block pages=0-10 ranks=3060 count=1
file /usr/sbin/fsck.minix inode=7921 t=68444354408 kinds=fragment-inferred,block pages=0-30 ranks=3061 count=1
file /usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0 inode=6989 t=68595065408 kinds=block pages=0-63,64-159,160-206 ranks=3062,3081,3064 count=5
file /usr/sbin/rsyslogd inode=7990 t=68794467408 kinds=block pages=0-63,64-159,160-182 ranks=3063,3087,3068 count=5
file /usr/lib/x86_64-linux-gnu/libss.so.2.0 inode=6984 t=69046928408 kinds=fragment-inferred,block pages=0-8 ranks=3065 count=1
file /usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 inode=6991 t=69046928408 kinds=fragment-inferred,block pages=0-20 ranks=3066 count=1
file /usr/bin/bash inode=456 t=69195131408 kinds=block pages=0-63,64-287,288-308 ranks=3067,3144,3073 count=7
file /usr/sbin/resize2fs inode=7986 t=69444407408 kinds=fragment-inferred,block pages=0-15 ranks=3069 count=1
file /usr/sbin/rmt-tar inode=7989 t=69444407408 kinds=fragment-inferred,block pages=0-14 ranks=3070 count=1
file /usr/sbin/rtacct inode=7991 t=69444407408 kinds=fragment-inferred,block pages=0-11 ranks=3071 count=1
file /usr/sbin/rtcwake inode=7992 t=69444407408 kinds=fragment-inferred,block pages=0-11 ranks=3072 count=1
file /usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10 inode=6872 t=69694962408 kinds=block pages=0-42 ranks=3074 count=1
file /usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10 inode=6874 t=69694962408 kinds=block pages=0-42 ranks=3075 count=2
file /usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 inode=6876 t=69754266408 kinds=block pages=0-63 ranks=3076 count=1
file /usr/lib/x86_64-linux-gnu/libfastjson.so.4.3.0 inode=6878 t=69896099408 kinds=fragment-inferred,block pages=0-13 ranks=3077 count=1
file /usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 inode=6882 t=69896099408 kinds=fragment-inferred,block pages=0-10 ranks=3078 count=1
file /usr/lib/x86_64-linux-gnu/libformw.so.6.4 inode=6884 t=69949599408 kinds=fragment-inferred,block pages=0-18 ranks=3079 count=1
file /usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 inode=7005 t=70344852408 kinds=fragment-inferred,block pages=0-8 ranks=3083 count=1
file /usr/lib/x86_64-linux-gnu/libxtables.so.12.7.0 inode=7007 t=70344852408 kinds=fragment-inferred,block pages=0-16 ranks=3084 count=1
file /usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 inode=7009 t=70394409408 kinds=fragment-inferred,block pages=0-19 ranks=3085 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6996 t=70444462408 kinds=block pages=0-49 ranks=3086 count=2
file /usr/sbin/rtmon inode=7993 t=70644759408 kinds=fragment-inferred,block pages=0-28 ranks=3088 count=1
file /usr/sbin/sfdisk inode=7998 t=70644759408 kinds=block pages=0-35 ranks=3089 count=1
file /usr/sbin/runuser inode=7995 t=70644759408 kinds=fragment-inferred,block pages=0-17 ranks=3090 count=1
file /usr/sbin/service inode=7996 t=70644759408 kinds=fragment-inferred,block pages=0-2 ranks=3091 count=1
file /usr/sbin/setcap inode=7997 t=70644759408 kinds=fragment-inferred,block pages=0-3 ranks=3092 count=1
file /usr/sbin/shadowconfig inode=7999 t=70644759408 kinds=fragment-inferred,block pages=0 ranks=3093 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnet.so inode=7761 t=70795007408 kinds=fragment-inferred,block pages=0-7 ranks=3094 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnetstrms.so inode=7762 t=70795007408 kinds=fragment-inferred,block pages=0-6 ranks=3095 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_ptcp.so inode=7763 t=70795007408 kinds=fragment-inferred,block pages=0-8 ranks=3096 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmregexp.so inode=7764 t=70795007408 kinds=fragment-inferred,block pages=0-3 ranks=3097 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpclt.so inode=7765 t=70795007408 kinds=fragment-inferred,block pages=0-3 ranks=3098 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmtcpsrv.so inode=7766 t=70844456408 kinds=fragment-inferred,block pages=0-9 ranks=3099 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmzlibw.so inode=7767 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3100 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/lmzstdw.so inode=7768 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3101 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmanon.so inode=7769 t=70844456408 kinds=fragment-inferred,block pages=0-7 ranks=3102 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmexternal.so inode=7770 t=70844456408 kinds=fragment-inferred,block pages=0-5 ranks=3103 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmfields.so inode=7771 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3104 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmjsonparse.so inode=7772 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3105 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmnormalize.so inode=7773 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3106 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmpstrucdata.so inode=7774 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3107 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmrm1stspace.so inode=7775 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3108 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmsequence.so inode=7776 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3109 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/mmutf8fix.so inode=7777 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3110 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omjournal.so inode=7778 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3111 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/ommail.so inode=7779 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3112 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omprog.so inode=7780 t=70844456408 kinds=fragment-inferred,block pages=0-7 ranks=3113 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/omuxsock.so inode=7781 t=70844456408 kinds=fragment-inferred,block pages=0-4 ranks=3114 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmaixforwardedfrom.so inode=7782 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3115 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmciscoios.so inode=7783 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3116 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmcisconames.so inode=7784 t=70844456408 kinds=fragment-inferred,block pages=0-3 ranks=3117 count=1
file /usr/lib/x86_64-linux-gnu/libtirpc.so.3.0.0 inode=6998 t=70894442408 kinds=block pages=0-45 ranks=3118 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imtcp.so inode=7758 t=70978562408 kinds=fragment-inferred,block pages=0-8 ranks=3119 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imudp.so inode=7759 t=70978562408 kinds=fragment-inferred,block pages=0-7 ranks=3120 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/imuxsock.so inode=7760 t=70978562408 kinds=fragment-inferred,block pages=0-8 ranks=3121 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmlastmsg.so inode=7785 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3122 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmnormalize.so inode=7786 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3123 count=1
file /usr/lib/x86_64-linux-gnu/rsyslog/pmsnare.so inode=7787 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3124 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_access.so inode=7789 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3125 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_debug.so inode=7790 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3126 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_deny.so inode=7791 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3127 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_echo.so inode=7792 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3128 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_env.so inode=7793 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3129 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_exec.so inode=7794 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3130 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faildelay.so inode=7795 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3131 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_faillock.so inode=7796 t=71009840408 kinds=fragment-inferred,block pages=0-5 ranks=3132 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_filter.so inode=7797 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3133 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_ftp.so inode=7798 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3134 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_group.so inode=7799 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3135 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_issue.so inode=7800 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3136 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_keyinit.so inode=7801 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3137 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_lastlog.so inode=7802 t=71009840408 kinds=fragment-inferred,block pages=0-4 ranks=3138 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_limits.so inode=7803 t=71009840408 kinds=fragment-inferred,block pages=0-7 ranks=3139 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_listfile.so inode=7804 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3140 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_localuser.so inode=7805 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3141 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_loginuid.so inode=7806 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3142 count=1
file /usr/lib/x86_64-linux-gnu/security/pam_mail.so inode=7807 t=71009840408 kinds=fragment-inferred,block pages=0-3 ranks=3143 count=1
file /usr/bin/pwd inode=670 t=71616463408 kinds=fragment-inferred,block pages=0-10 ranks=3146 count=1
file /usr/bin/pwdx inode=671 t=71616463408 kinds=fragment-inferred,block pages=0-3 ranks=3147 count=1
file /usr/bin/readlink inode=674 t=71616463408 kinds=fragment-inferred,block pages=0-12 ranks=3148 count=1
file /usr/bin/realpath inode=675 t=71671576408 kinds=fragment-inferred,block pages=0-12 ranks=3149 count=1
file /usr/bin/rename.ul inode=676 t=71671576408 kinds=fragment-inferred,block pages=0-5 ranks=3150 count=1
file /usr/bin/renice inode=677 t=71671576408 kinds=fragment-inferred,block pages=0-3 ranks=3151 count=1
file /usr/bin/resizepart inode=679 t=71671576408 kinds=fragment-inferred,block pages=0-17 ranks=3152 count=1
file /usr/bin/rev inode=680 t=71671576408 kinds=fragment-inferred,block pages=0-3 ranks=3153 count=1
file /usr/bin/rgrep inode=681 t=71671576408 kinds=fragment-inferred,block pages=0 ranks=3154 count=1
file /usr/bin/echo inode=522 t=71885610408 kinds=fragment-inferred,block pages=0-10 ranks=3155 count=1
file /usr/bin/egrep inode=524 t=71885610408 kinds=fragment-inferred,block pages=0 ranks=3156 count=1
file /usr/bin/env inode=525 t=71885610408 kinds=fragment-inferred,block pages=0-11 ranks=3157 count=1
file /usr/bin/expand inode=527 t=71885610408 kinds=fragment-inferred,block pages=0-10 ranks=3158 count=1
file /usr/bin/expiry inode=528 t=71885610408 kinds=fragment-inferred,block pages=0-7 ranks=3159 count=1
file /usr/bin/expr inode=529 t=71886456408 kinds=fragment-inferred,block pages=0-28 ranks=3160 count=1
read t=14771441408 offset=122880 len=4096
read t=14823516408 offset=1171456 len=4096
read t=14871300408 offset=3268608 len=4096
read t=16565320408 offset=122880 len=4096
read t=16615251408 offset=1171456 len=4096
read t=16665740408 offset=3268608 len=4096
read t=18514061408 offset=264765440 len=4096
read t=18515798408 offset=264876032 len=4096
read t=18518238408 offset=0 len=16384
read t=18520027408 offset=16384 len=32768
read t=18566339408 offset=264880128 len=4096
read t=18616378408 offset=264749056 len=4096
read t=18667437408 offset=264851456 len=4096
read t=18716460408 offset=264753152 len=4096
read t=18767697408 offset=264679424 len=4096
read t=18816404408 offset=264581120 len=4096
read t=18867552408 offset=264536064 len=4096
read t=18916713408 offset=264507392 len=4096
read t=18967566408 offset=264417280 len=4096
read t=19016755408 offset=264384512 len=4096
read t=19065891408 offset=264376320 len=4096
read t=19116936408 offset=264396800 len=4096
read t=19165951408 offset=263303168 len=4096
read t=19217938408 offset=49152 len=65536
read t=19266373408 offset=131072 len=4096
read t=19318440408 offset=262144 len=4096
read t=19367160408 offset=524288 len=4096
read t=19417783408 offset=1048576 len=4096
read t=19466771408 offset=2097152 len=4096
read t=19516076408 offset=4194304 len=4096
read t=19569678408 offset=114688 len=16384
read t=19616153408 offset=135168 len=126976
read t=19666159408 offset=266240 len=110592
read t=19716099408 offset=376832 len=131072
read t=19765749408 offset=507904 len=16384
read t=19816085408 offset=528384 len=110592
read t=19866322408 offset=638976 len=131072
read t=19916350408 offset=264241152 len=4096
read t=19966538408 offset=264245248 len=16384
read t=20015683408 offset=264261632 len=32768
read t=20065960408 offset=264294400 len=65536
read t=20115358408 offset=264359936 len=16384
read t=20166590408 offset=264380416 len=4096
read t=20216212408 offset=264388608 len=8192
read t=20265972408 offset=264400896 len=16384
read t=20316055408 offset=264421376 len=86016
read t=20366321408 offset=264511488 len=24576
read t=20415447408 offset=264540160 len=40960
read t=20466404408 offset=264585216 len=94208
read t=20515460408 offset=264683520 len=65536
read t=20566347408 offset=264757248 len=8192
read t=20616172408 offset=264769536 len=81920
read t=20666345408 offset=264855552 len=20480
read t=21242018408 offset=49881088 len=4096
read t=21242788408 offset=49885184 len=16384
read t=21243613408 offset=49901568 len=32768
read t=21244050408 offset=49934336 len=65536
read t=21295748408 offset=49999872 len=131072
read t=22623045408 offset=122880 len=4096
read t=22672511408 offset=1171456 len=4096
read t=22722724408 offset=3268608 len=4096
read t=24610244408 offset=150994944 len=4096
read t=24615990408 offset=150999040 len=16384
read t=24621624408 offset=151015424 len=32768
read t=24623287408 offset=151048192 len=65536
read t=24662154408 offset=158138368 len=4096
read t=24712231408 offset=158142464 len=16384
read t=24765060408 offset=158158848 len=32768
read t=24812430408 offset=158191616 len=65536
read t=24862411408 offset=158257152 len=131072
read t=24912487408 offset=174841856 len=4096
read t=24964236408 offset=174845952 len=16384
read t=25016319408 offset=174862336 len=32768
read t=25062233408 offset=174895104 len=65536
read t=25112256408 offset=175456256 len=4096
read t=25162182408 offset=175460352 len=16384
read t=25212221408 offset=175476736 len=32768
read t=25262331408 offset=175509504 len=65536
read t=25313707408 offset=175575040 len=131072
read t=25362239408 offset=176775168 len=4096
read t=25413609408 offset=176779264 len=16384
read t=25466519408 offset=176795648 len=32768
read t=25512519408 offset=159748096 len=4096
read t=25564319408 offset=159752192 len=16384
read t=25613362408 offset=159768576 len=32768
read t=25662077408 offset=159801344 len=65536
read t=25712142408 offset=159866880 len=131072
read t=25762175408 offset=160530432 len=4096
read t=25816245408 offset=160534528 len=16384
read t=25862653408 offset=160550912 len=32768
read t=25915612408 offset=160583680 len=65536
read t=25962488408 offset=170991616 len=4096
read t=26015282408 offset=170995712 len=16384
read t=26064149408 offset=171012096 len=32768
read t=26112375408 offset=171044864 len=65536
read t=26162344408 offset=169529344 len=4096
read t=26215195408 offset=169533440 len=16384
read t=26263956408 offset=169549824 len=32768
read t=26312297408 offset=169582592 len=65536
read t=26363876408 offset=159666176 len=4096
read t=26419076408 offset=159670272 len=16384
read t=26477005408 offset=159686656 len=32768
read t=26512022408 offset=159719424 len=28672
read t=26562320408 offset=167178240 len=4096
read t=26612436408 offset=167182336 len=16384
read t=26662355408 offset=167198720 len=32768
read t=26712372408 offset=167231488 len=65536
read t=26762333408 offset=159318016 len=4096
read t=26812502408 offset=159322112 len=16384
read t=26862574408 offset=159338496 len=32768
read t=26912401408 offset=159371264 len=65536
read t=26962314408 offset=170041344 len=4096
read t=27014754408 offset=170045440 len=16384
read t=27069576408 offset=170061824 len=32768
read t=27112256408 offset=170094592 len=65536
read t=27162366408 offset=170160128 len=131072
read t=27212147408 offset=167923712 len=4096
read t=27264248408 offset=167927808 len=16384
read t=27317066408 offset=167944192 len=32768
read t=27365455408 offset=167976960 len=65536
read t=27416637408 offset=168042496 len=131072
read t=27474048408 offset=159436800 len=131072
read t=27516484408 offset=163713024 len=4096
read t=27562621408 offset=163717120 len=16384
read t=27612889408 offset=163733504 len=32768
read t=27662351408 offset=163766272 len=65536
read t=27712391408 offset=160649216 len=16384
read t=27770709408 offset=160665600 len=32768
read t=27812395408 offset=160698368 len=65536
read t=27862310408 offset=164466688 len=4096
read t=27912448408 offset=164470784 len=16384
read t=27962791408 offset=164487168 len=32768
read t=28012372408 offset=164519936 len=65536
read t=28062470408 offset=164913152 len=4096
read t=28112661408 offset=164917248 len=16384
read t=28162549408 offset=164933632 len=32768
read t=28212160408 offset=164966400 len=65536
read t=28263999408 offset=165031936 len=131072
read t=28313488408 offset=166703104 len=4096
read t=28362436408 offset=166707200 len=16384
read t=28413126408 offset=166723584 len=32768
read t=28462218408 offset=166756352 len=65536
read t=28512408408 offset=167297024 len=16384
read t=28564016408 offset=167313408 len=32768
read t=28614244408 offset=167346176 len=65536
read t=28662458408 offset=167411712 len=131072
read t=28712490408 offset=160763904 len=131072
read t=28762323408 offset=162410496 len=4096
read t=28812606408 offset=162414592 len=16384
read t=28862614408 offset=162430976 len=32768
read t=28912453408 offset=160894976 len=131072
read t=28962349408 offset=173289472 len=4096
read t=29012695408 offset=173293568 len=16384
read t=29062897408 offset=173309952 len=32768
read t=29111988408 offset=173342720 len=65536
read t=29162388408 offset=173408256 len=131072
read t=29212421408 offset=173551616 len=4096
read t=29262575408 offset=173555712 len=16384
read t=29312861408 offset=173572096 len=32768
read t=29362468408 offset=173604864 len=65536
read t=29412609408 offset=167542784 len=131072
read t=29462466408 offset=167833600 len=4096
read t=29512734408 offset=167837696 len=16384
read t=29562885408 offset=167854080 len=32768
read t=29612329408 offset=167886848 len=36864
read t=29662433408 offset=169648128 len=131072
read t=29712494408 offset=169779200 len=131072
read t=29773809408 offset=166174720 len=4096
read t=29812772408 offset=166178816 len=16384
read t=29862598408 offset=166195200 len=32768
read t=29912382408 offset=166227968 len=65536
read t=29962347408 offset=166293504 len=131072
read t=30012556408 offset=174960640 len=131072
read t=30062116408 offset=160047104 len=4096
read t=30112817408 offset=160051200 len=16384
read t=30162777408 offset=160067584 len=32768
read t=30212336408 offset=160100352 len=65536
read t=30262291408 offset=160165888 len=131072
read t=30312329408 offset=159997952 len=16384
read t=30362644408 offset=160014336 len=32768
read t=30426714408 offset=160296960 len=16384
read t=30462901408 offset=160313344 len=32768
read t=30512228408 offset=160346112 len=65536
read t=30562197408 offset=160411648 len=118784
read t=30622729408 offset=167673856 len=131072
read t=30661973408 offset=167804928 len=28672
read t=30712187408 offset=173539328 len=12288
read t=30762247408 offset=162349056 len=4096
read t=30812672408 offset=162353152 len=16384
read t=30862154408 offset=162369536 len=32768
read t=30912575408 offset=162402304 len=8192
read t=30962264408 offset=162463744 len=4096
read t=31015847408 offset=162467840 len=131072
read t=31062106408 offset=161026048 len=131072
read t=31112622408 offset=164585472 len=131072
read t=31162049408 offset=164716544 len=131072
read t=31212147408 offset=159567872 len=98304
read t=31262093408 offset=168173568 len=65536
read t=31311402408 offset=176742400 len=4096
read t=31362580408 offset=176746496 len=16384
read t=31412948408 offset=176762880 len=12288
read t=31461703408 offset=176828416 len=32768
read t=31512346408 offset=175706112 len=131072
read t=31562962408 offset=175419392 len=4096
read t=31612854408 offset=175423488 len=16384
read t=31662715408 offset=175439872 len=16384
read t=31751743408 offset=161554432 len=4096
read t=31762532408 offset=161558528 len=16384
read t=31813030408 offset=161574912 len=32768
read t=31862404408 offset=161607680 len=65536
read t=31911638408 offset=161673216 len=131072
read t=31962459408 offset=161804288 len=131072
read t=32011938408 offset=162115584 len=4096
read t=32062591408 offset=162119680 len=16384
read t=32112768408 offset=162136064 len=32768
read t=32161542408 offset=162168832 len=65536
read t=32212516408 offset=162234368 len=114688
read t=32262350408 offset=176123904 len=4096
read t=32312561408 offset=176128000 len=16384
read t=32362886408 offset=176144384 len=32768
read t=32412476408 offset=176177152 len=65536
read t=32463822408 offset=176242688 len=131072
read t=32517453408 offset=176373760 len=131072
read t=32567953408 offset=176504832 len=131072
read t=32617290408 offset=176635904 len=106496
read t=32664325408 offset=176861184 len=36864
read t=32712420408 offset=176058368 len=4096
read t=32766017408 offset=176062464 len=16384
read t=32812717408 offset=176078848 len=32768
read t=32864194408 offset=176111616 len=12288
read t=32919402408 offset=175996928 len=4096
read t=32962594408 offset=176001024 len=16384
read t=33014329408 offset=176017408 len=32768
read t=33061692408 offset=176050176 len=8192
read t=33135561408 offset=175869952 len=4096
read t=33162617408 offset=175874048 len=16384
read t=33212812408 offset=175890432 len=32768
read t=33263521408 offset=175923200 len=65536
read t=33312556408 offset=175988736 len=8192
read t=33382238408 offset=175120384 len=4096
read t=33414718408 offset=175124480 len=16384
read t=33462609408 offset=175140864 len=32768
read t=33512424408 offset=175173632 len=65536
read t=33562438408 offset=175239168 len=131072
read t=33612677408 offset=175370240 len=49152
read t=33714777408 offset=175091712 len=16384
read t=33715573408 offset=175108096 len=12288
read t=33768557408 offset=175837184 len=32768
read t=33812044408 offset=62390272 len=4096
read t=33862615408 offset=62394368 len=16384
read t=33912769408 offset=62410752 len=32768
read t=33961437408 offset=62443520 len=65536
read t=34012155408 offset=150839296 len=4096
read t=34062501408 offset=150843392 len=16384
read t=34116255408 offset=150859776 len=32768
read t=34162487408 offset=150892544 len=65536
read t=34212380408 offset=150384640 len=4096
read t=34262775408 offset=150388736 len=16384
read t=34312598408 offset=150405120 len=32768
read t=34362277408 offset=150437888 len=65536
read t=34412308408 offset=150106112 len=4096
read t=34462526408 offset=150110208 len=16384
read t=34512569408 offset=150126592 len=32768
read t=34562216408 offset=150159360 len=65536
read t=34612392408 offset=150224896 len=131072
read t=34662394408 offset=150654976 len=4096
read t=34712581408 offset=150659072 len=16384
read t=34762771408 offset=150675456 len=32768
read t=34812424408 offset=150708224 len=65536
read t=34862895408 offset=150773760 len=65536
read t=34912382408 offset=127614976 len=4096
read t=34962669408 offset=127619072 len=16384
read t=35012955408 offset=127635456 len=32768
read t=35062697408 offset=127668224 len=65536
read t=35111906408 offset=150503424 len=131072
read t=35164032408 offset=140259328 len=4096
read t=35212503408 offset=140263424 len=16384
read t=35262617408 offset=140279808 len=32768
read t=35312194408 offset=140312576 len=65536
read t=35362285408 offset=137969664 len=4096
read t=35412517408 offset=137973760 len=16384
read t=35462493408 offset=137990144 len=32768
read t=35512005408 offset=138022912 len=65536
read t=35564055408 offset=67870720 len=4096
read t=35612598408 offset=67874816 len=16384
read t=35662238408 offset=67891200 len=32768
read t=35711651408 offset=67923968 len=65536
read t=35761497408 offset=54329344 len=4096
read t=35812617408 offset=54333440 len=16384
read t=35862710408 offset=54349824 len=32768
read t=35912363408 offset=54382592 len=65536
read t=35962347408 offset=54448128 len=131072
read t=36017714408 offset=161988608 len=4096
read t=36062708408 offset=161992704 len=16384
read t=36113737408 offset=162009088 len=32768
read t=36162384408 offset=162041856 len=65536
read t=36212383408 offset=162107392 len=8192
read t=36300697408 offset=50130944 len=131072
read t=36621370408 offset=51945472 len=4096
read t=36622024408 offset=51949568 len=16384
read t=36622576408 offset=51965952 len=32768
read t=36622890408 offset=51998720 len=65536
read t=36678222408 offset=52064256 len=131072
read t=36723696408 offset=150958080 len=16384
read t=36773991408 offset=150974464 len=20480
read t=36954913408 offset=62259200 len=4096
read t=36958883408 offset=62263296 len=16384
read t=36964311408 offset=62279680 len=32768
read t=36973448408 offset=62312448 len=65536
read t=37277836408 offset=51372032 len=4096
read t=37278684408 offset=51376128 len=16384
read t=37279673408 offset=51392512 len=32768
read t=37280339408 offset=51425280 len=65536
read t=37642205408 offset=164847616 len=16384
read t=37643040408 offset=164864000 len=32768
read t=37644857408 offset=164896768 len=16384
read t=37792775408 offset=157626368 len=4096
read t=37793912408 offset=157630464 len=16384
read t=37794536408 offset=157646848 len=32768
read t=37795097408 offset=157679616 len=65536
read t=37952020408 offset=62377984 len=12288
read t=37998801408 offset=53587968 len=4096
read t=38000170408 offset=53592064 len=16384
read t=38000965408 offset=53608448 len=32768
read t=38044371408 offset=53641216 len=65536
read t=38094290408 offset=53706752 len=131072
read t=38230342408 offset=57864192 len=4096
read t=38231140408 offset=57868288 len=16384
read t=38244496408 offset=57884672 len=32768
read t=38294283408 offset=57917440 len=65536
read t=38344842408 offset=55349248 len=4096
read t=38394639408 offset=55353344 len=16384
read t=38444488408 offset=55369728 len=32768
read t=38494800408 offset=55402496 len=65536
read t=39472633408 offset=207831040 len=4096
read t=39474061408 offset=207835136 len=16384
read t=39475097408 offset=207851520 len=32768
read t=39475586408 offset=207884288 len=65536
read t=40344770408 offset=55468032 len=16384
read t=40346164408 offset=55484416 len=32768
read t=40347055408 offset=55517184 len=65536
read t=40847301408 offset=129064960 len=4096
read t=40848292408 offset=129069056 len=16384
read t=40848985408 offset=129085440 len=32768
read t=40849530408 offset=129118208 len=65536
read t=40953493408 offset=84520960 len=4096
read t=40954300408 offset=84525056 len=16384
read t=40999737408 offset=84541440 len=32768
read t=41053688408 offset=84574208 len=65536
read t=41101791408 offset=84639744 len=131072
read t=41149535408 offset=71929856 len=4096
read t=41199442408 offset=71933952 len=16384
read t=41249722408 offset=71950336 len=32768
read t=41300415408 offset=71983104 len=65536
read t=41349713408 offset=72048640 len=131072
read t=41399922408 offset=67846144 len=4096
read t=41449667408 offset=67850240 len=16384
read t=41499448408 offset=67866624 len=4096
read t=41562329408 offset=151113728 len=16384
read t=41599208408 offset=151130112 len=32768
read t=41650395408 offset=151162880 len=65536
read t=41699138408 offset=130129920 len=4096
read t=41749694408 offset=130134016 len=16384
read t=41811603408 offset=130150400 len=32768
read t=41850107408 offset=130183168 len=65536
read t=41899119408 offset=72179712 len=131072
read t=41948912408 offset=151801856 len=4096
read t=41999427408 offset=151805952 len=16384
read t=42052741408 offset=151822336 len=32768
read t=42105751408 offset=151855104 len=65536
read t=42149169408 offset=151277568 len=4096
read t=42199307408 offset=151281664 len=16384
read t=42249694408 offset=151298048 len=32768
read t=42299376408 offset=151330816 len=65536
read t=42349584408 offset=130248704 len=131072
read t=42399389408 offset=60067840 len=4096
read t=42449984408 offset=60071936 len=16384
read t=42499796408 offset=60088320 len=32768
read t=42549347408 offset=60121088 len=65536
read t=42598679408 offset=72310784 len=131072
read t=42649404408 offset=60559360 len=4096
read t=42702903408 offset=60563456 len=16384
read t=42749618408 offset=60579840 len=32768
read t=42943812408 offset=60514304 len=4096
read t=42944620408 offset=60518400 len=16384
read t=42945336408 offset=60534784 len=24576
read t=42948107408 offset=60612608 len=20480
read t=43011667408 offset=60186624 len=131072
read t=43054167408 offset=60317696 len=131072
read t=43103778408 offset=60448768 len=65536
read t=43151871408 offset=60633088 len=77824
read t=43420100408 offset=59301888 len=4096
read t=43421597408 offset=59305984 len=16384
read t=43422944408 offset=59322368 len=32768
read t=43423678408 offset=59355136 len=65536
read t=44018509408 offset=151920640 len=131072
read t=44656696408 offset=59420672 len=131072
read t=45051708408 offset=152051712 len=131072
read t=47111750408 offset=179421184 len=4096
read t=47112948408 offset=179425280 len=16384
read t=47114228408 offset=179441664 len=32768
read t=47115396408 offset=179474432 len=65536
read t=47444078408 offset=57704448 len=4096
read t=47445029408 offset=57708544 len=16384
read t=47446150408 offset=57724928 len=32768
read t=47446864408 offset=57757696 len=65536
read t=47495824408 offset=54579200 len=16384
read t=47546059408 offset=54595584 len=32768
read t=47596265408 offset=152182784 len=131072
read t=47710914408 offset=54829056 len=4096
read t=47712102408 offset=54833152 len=16384
read t=47745886408 offset=54849536 len=32768
read t=47796050408 offset=54882304 len=65536
read t=47854013408 offset=54947840 len=131072
read t=47895265408 offset=53944320 len=4096
read t=47946323408 offset=53948416 len=16384
read t=47995950408 offset=53964800 len=32768
read t=48045170408 offset=53997568 len=65536
read t=48095358408 offset=54063104 len=131072
read t=48146227408 offset=54194176 len=131072
read t=48288814408 offset=155496448 len=4096
read t=48289685408 offset=155500544 len=16384
read t=48295709408 offset=155516928 len=32768
read t=48350160408 offset=155549696 len=65536
read t=48395548408 offset=164159488 len=4096
read t=48446068408 offset=164163584 len=16384
read t=48496503408 offset=164179968 len=32768
read t=48546167408 offset=164212736 len=65536
read t=48597023408 offset=57663488 len=4096
read t=48646168408 offset=57667584 len=16384
read t=48695663408 offset=57683968 len=20480
read t=48751244408 offset=155615232 len=131072
read t=48795462408 offset=168800256 len=4096
read t=48846015408 offset=168804352 len=16384
read t=48895835408 offset=168820736 len=32768
read t=48945429408 offset=168853504 len=65536
read t=48995468408 offset=55582720 len=81920
read t=49045700408 offset=173670400 len=131072
read t=49104555408 offset=59731968 len=4096
read t=49146004408 offset=59736064 len=16384
read t=49195869408 offset=59752448 len=32768
read t=49254312408 offset=59785216 len=65536
read t=49560955408 offset=57823232 len=16384
read t=49564273408 offset=57839616 len=24576
read t=49612804408 offset=58081280 len=4096
read t=49614335408 offset=58085376 len=16384
read t=49615346408 offset=58101760 len=32768
read t=49663101408 offset=58134528 len=65536
read t=49716832408 offset=58200064 len=131072
read t=50062924408 offset=153382912 len=4096
read t=50066201408 offset=153387008 len=16384
read t=50067042408 offset=153403392 len=32768
read t=50068056408 offset=153436160 len=65536
read t=50114747408 offset=58376192 len=4096
read t=50164941408 offset=58380288 len=16384
read t=50216454408 offset=58396672 len=32768
read t=50264945408 offset=58429440 len=65536
read t=50314881408 offset=153501696 len=131072
read t=50364054408 offset=153096192 len=4096
read t=50416567408 offset=153100288 len=16384
read t=50464888408 offset=153116672 len=32768
read t=50519068408 offset=153149440 len=65536
read t=50564497408 offset=58916864 len=4096
read t=50615078408 offset=58920960 len=16384
read t=50664766408 offset=58937344 len=32768
read t=50714258408 offset=58970112 len=65536
read t=50764397408 offset=153636864 len=4096
read t=50814564408 offset=153640960 len=16384
read t=50864670408 offset=153657344 len=32768
read t=50914259408 offset=153690112 len=65536
read t=50964448408 offset=153755648 len=131072
read t=51014328408 offset=152621056 len=4096
read t=51064676408 offset=152625152 len=16384
read t=51114548408 offset=152641536 len=32768
read t=51181875408 offset=152674304 len=65536
read t=51214624408 offset=150355968 len=28672
read t=51265663408 offset=52740096 len=4096
read t=51314724408 offset=52744192 len=16384
read t=51364678408 offset=52760576 len=32768
read t=51415308408 offset=52793344 len=65536
read t=51469615408 offset=52858880 len=131072
read t=51514492408 offset=153632768 len=4096
read t=51564206408 offset=153079808 len=4096
read t=51614560408 offset=153083904 len=12288
read t=51702173408 offset=152981504 len=4096
read t=51714677408 offset=152985600 len=16384
read t=51765892408 offset=153001984 len=32768
read t=51815324408 offset=58494976 len=131072
read t=51864597408 offset=153034752 len=45056
read t=51917596408 offset=58626048 len=131072
read t=51964212408 offset=58875904 len=4096
read t=52014611408 offset=58880000 len=16384
read t=52064604408 offset=58896384 len=20480
read t=52115314408 offset=153886720 len=131072
read t=52164201408 offset=152571904 len=4096
read t=52214563408 offset=152576000 len=16384
read t=52264497408 offset=152592384 len=28672
read t=52314441408 offset=154087424 len=4096
read t=52364465408 offset=154091520 len=16384
read t=52415030408 offset=154107904 len=32768
read t=52465098408 offset=154140672 len=65536
read t=52515149408 offset=152739840 len=114688
read t=52564599408 offset=154206208 len=131072
read t=52614357408 offset=58757120 len=118784
read t=52682244408 offset=83509248 len=4096
read t=52714776408 offset=83513344 len=16384
read t=52764776408 offset=83529728 len=32768
read t=52826421408 offset=83562496 len=65536
read t=52866350408 offset=82915328 len=4096
read t=52916253408 offset=82919424 len=16384
read t=52964684408 offset=82935808 len=32768
read t=53018241408 offset=82968576 len=65536
read t=53064216408 offset=152551424 len=4096
read t=53114937408 offset=152555520 len=16384
read t=53214573408 offset=120844288 len=4096
read t=53216515408 offset=120848384 len=16384
read t=53264710408 offset=120864768 len=32768
read t=53322318408 offset=120897536 len=65536
read t=53373724408 offset=67002368 len=4096
read t=53415370408 offset=67006464 len=16384
read t=53466873408 offset=67022848 len=32768
read t=53517934408 offset=67055616 len=65536
read t=53662032408 offset=67121152 len=131072
read t=53763991408 offset=153214976 len=81920
read t=54100032408 offset=83222528 len=4096
read t=54101084408 offset=83226624 len=16384
read t=54104227408 offset=83243008 len=32768
read t=54104868408 offset=83275776 len=65536
read t=54318691408 offset=55218176 len=4096
read t=54319626408 offset=55222272 len=16384
read t=54320384408 offset=55238656 len=32768
read t=54320829408 offset=55271424 len=65536
read t=54370511408 offset=55336960 len=12288
read t=54487336408 offset=155140096 len=4096
read t=54488314408 offset=155144192 len=16384
read t=54520642408 offset=155160576 len=32768
read t=54570789408 offset=155193344 len=65536
read t=54624596408 offset=155258880 len=131072
read t=54747845408 offset=62971904 len=4096
read t=54748775408 offset=62976000 len=16384
read t=54770724408 offset=62992384 len=32768
read t=54823146408 offset=63025152 len=65536
read t=54870332408 offset=63090688 len=131072
read t=54920597408 offset=63221760 len=131072
read t=54998796408 offset=63352832 len=131072
read t=55211136408 offset=63483904 len=131072
read t=55293056408 offset=154017792 len=16384
read t=55294089408 offset=154034176 len=32768
read t=55294632408 offset=154066944 len=20480
read t=56251200408 offset=53837824 len=16384
read t=56274922408 offset=59932672 len=4096
read t=56275865408 offset=59936768 len=16384
read t=56276662408 offset=59953152 len=32768
read t=56307969408 offset=59985920 len=65536
read t=56651235408 offset=62685184 len=4096
read t=56651975408 offset=62689280 len=16384
read t=56652600408 offset=62705664 len=32768
read t=56652948408 offset=62738432 len=65536
read t=56704807408 offset=62803968 len=131072
read t=56916211408 offset=67551232 len=4096
read t=56918402408 offset=67555328 len=16384
read t=56919219408 offset=67571712 len=32768
read t=56919770408 offset=67604480 len=65536
read t=57063464408 offset=178909184 len=4096
read t=57064291408 offset=178913280 len=16384
read t=57072199408 offset=178929664 len=32768
read t=57118104408 offset=178962432 len=65536
read t=57168112408 offset=56066048 len=4096
read t=57218147408 offset=56070144 len=16384
read t=57268435408 offset=56086528 len=32768
read t=57318253408 offset=56119296 len=65536
read t=57368441408 offset=57204736 len=4096
read t=57420252408 offset=57208832 len=16384
read t=57472217408 offset=57225216 len=32768
read t=57518163408 offset=57257984 len=65536
read t=57568580408 offset=56184832 len=131072
read t=57618102408 offset=56315904 len=131072
read t=57668251408 offset=56446976 len=131072
read t=57719710408 offset=56889344 len=4096
read t=57768107408 offset=56893440 len=16384
read t=57818643408 offset=56909824 len=32768
read t=57868003408 offset=56942592 len=65536
read t=57917971408 offset=57008128 len=131072
read t=57968124408 offset=56578048 len=16384
read t=58018768408 offset=56594432 len=32768
read t=58069637408 offset=56627200 len=65536
read t=58118338408 offset=56692736 len=131072
read t=58168205408 offset=57139200 len=16384
read t=58223357408 offset=57155584 len=32768
read t=58268002408 offset=57188352 len=16384
read t=58318270408 offset=56823808 len=65536
read t=58398665408 offset=57323520 len=126976
read t=58473028408 offset=174153728 len=4096
read t=58473952408 offset=174157824 len=16384
read t=58518604408 offset=174174208 len=32768
read t=58567151408 offset=174206976 len=65536
read t=58749847408 offset=173801472 len=16384
read t=58751068408 offset=173817856 len=32768
read t=58754275408 offset=173850624 len=65536
read t=58795388408 offset=207728640 len=4096
read t=58818541408 offset=207732736 len=16384
read t=58871921408 offset=207749120 len=32768
read t=58918311408 offset=207781888 len=49152
read t=58968583408 offset=207949824 len=28672
read t=59042154408 offset=174440448 len=4096
read t=59069030408 offset=174444544 len=16384
read t=59118587408 offset=174460928 len=32768
read t=59168309408 offset=174493696 len=65536
read t=59542198408 offset=173916160 len=131072
read t=59760690408 offset=174047232 len=106496
read t=59775529408 offset=174272512 len=36864
read t=59900003408 offset=54747136 len=4096
read t=59901130408 offset=54751232 len=16384
read t=59902006408 offset=54767616 len=32768
read t=59902390408 offset=54800384 len=28672
read t=60535468408 offset=263655424 len=4096
read t=60536276408 offset=263659520 len=16384
read t=60536926408 offset=263675904 len=32768
read t=60537534408 offset=263708672 len=65536
read t=60592373408 offset=233504768 len=4096
read t=60640077408 offset=233508864 len=16384
read t=60688140408 offset=233525248 len=32768
read t=60739077408 offset=233558016 len=65536
read t=60787825408 offset=233623552 len=131072
read t=60839490408 offset=233754624 len=131072
read t=61116685408 offset=52445184 len=4096
read t=61117672408 offset=52449280 len=16384
read t=61118373408 offset=52465664 len=32768
read t=61118747408 offset=52498432 len=65536
read t=61168971408 offset=52563968 len=131072
read t=61218130408 offset=52695040 len=45056
read t=61317153408 offset=263823360 len=4096
read t=61317776408 offset=263827456 len=16384
read t=61368624408 offset=263843840 len=32768
read t=61418328408 offset=263876608 len=65536
read t=61986598408 offset=50872320 len=4096
read t=61987551408 offset=50876416 len=16384
read t=61988371408 offset=50892800 len=32768
read t=61993579408 offset=50925568 len=65536
read t=62038354408 offset=190472192 len=4096
read t=62088349408 offset=190476288 len=16384
read t=62138596408 offset=190492672 len=32768
read t=62188360408 offset=190525440 len=65536
read t=62238610408 offset=190590976 len=131072
read t=64468924408 offset=181645312 len=4096
read t=64471820408 offset=181649408 len=16384
read t=64472973408 offset=181665792 len=32768
read t=64473461408 offset=181698560 len=65536
read t=64642803408 offset=54628352 len=73728
read t=64666479408 offset=55664640 len=114688
read t=64703611408 offset=61603840 len=4096
read t=64704500408 offset=61607936 len=16384
read t=64720363408 offset=61624320 len=32768
read t=64769993408 offset=61657088 len=65536
read t=67992399408 offset=177258496 len=4096
read t=67993597408 offset=177262592 len=16384
read t=67994342408 offset=177278976 len=32768
read t=67994883408 offset=177311744 len=65536
read t=68092142408 offset=52195328 len=131072
read t=68136926408 offset=163442688 len=4096
read t=68144409408 offset=163446784 len=16384
read t=68194974408 offset=163463168 len=32768
read t=68250292408 offset=163495936 len=65536
read t=68301894408 offset=163561472 len=131072
read t=68352811408 offset=179027968 len=16384
read t=68396999408 offset=179044352 len=32768
read t=68444354408 offset=179077120 len=65536
read t=68494627408 offset=171958272 len=4096
read t=68544203408 offset=171962368 len=16384
read t=68595065408 offset=171978752 len=32768
read t=68647811408 offset=172011520 len=65536
read t=68694485408 offset=180293632 len=4096
read t=68744431408 offset=180297728 len=16384
read t=68794467408 offset=180314112 len=32768
read t=68847902408 offset=180346880 len=65536
read t=68894288408 offset=172244992 len=4096
read t=68944259408 offset=172249088 len=16384
read t=68994458408 offset=172265472 len=32768
read t=69046928408 offset=172298240 len=65536
read t=69094507408 offset=50298880 len=4096
read t=69144587408 offset=50302976 len=16384
read t=69195131408 offset=50319360 len=32768
read t=69244398408 offset=50352128 len=65536
read t=69294486408 offset=180568064 len=4096
read t=69344630408 offset=180572160 len=16384
read t=69394641408 offset=180588544 len=32768
read t=69444407408 offset=180621312 len=65536
read t=69494645408 offset=50851840 len=4096
read t=69544300408 offset=50855936 len=16384
read t=69611989408 offset=163840000 len=4096
read t=69644204408 offset=163844096 len=16384
read t=69694962408 offset=163860480 len=98304
read t=69754266408 offset=163958784 len=131072
read t=69794314408 offset=164401152 len=4096
read t=69844462408 offset=164405248 len=16384
read t=69896099408 offset=164421632 len=32768
read t=69949599408 offset=164454400 len=12288
read t=69994309408 offset=151228416 len=16384
read t=70044853408 offset=151244800 len=32768
read t=70099287408 offset=172077056 len=131072
read t=70149477408 offset=172208128 len=36864
read t=70194704408 offset=163692544 len=20480
read t=70244103408 offset=173228032 len=4096
read t=70294694408 offset=173232128 len=16384
read t=70344852408 offset=173248512 len=32768
read t=70394409408 offset=173281280 len=8192
read t=70444462408 offset=172363776 len=16384
read t=70498140408 offset=172380160 len=32768
read t=70544619408 offset=180412416 len=131072
read t=70594446408 offset=180543488 len=24576
read t=70644759408 offset=180686848 len=118784
read t=70694570408 offset=174563328 len=4096
read t=70744469408 offset=174567424 len=16384
read t=70795007408 offset=174583808 len=32768
read t=70844456408 offset=174616576 len=65536
read t=70894442408 offset=172412928 len=73728
read t=70978562408 offset=174559232 len=4096
read t=71009840408 offset=174682112 len=73728
read t=71414673408 offset=50417664 len=131072
read t=71417702408 offset=50548736 len=131072
read t=71427338408 offset=50679808 len=131072
read t=71431191408 offset=50810880 len=40960
read t=71466460408 offset=50991104 len=81920
read t=71577990408 offset=57577472 len=4096
read t=71579778408 offset=57581568 len=16384
read t=71616463408 offset=57597952 len=32768
read t=71671576408 offset=57630720 len=32768
read t=71879689408 offset=53002240 len=4096
read t=71884267408 offset=53006336 len=16384
read t=71885610408 offset=53022720 len=32768
read t=71886456408 offset=53055488 len=65536
end files=3076 reads=731
