liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=964eb607936198fc599d4ad96ecc6493385d186bcfaa19732a3c6509a65834c5
events 552
dropped 0
boots 1
duration_ns 54611475883
file /usr/bin/dash inode=213 t=21115577945 kinds=block pages=0-11,12-30 ranks=0,215 count=5
file /usr/lib/systemd/systemd inode=53945 t=21357763945 kinds=block pages=0-19,20-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=21552327945 kinds=block pages=0-11,12-35,36-52 ranks=2,8,5 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=21675038945 kinds=block pages=0-87,88-127,128-171,172-215,216-251,252-299,300-327,328-387,388-487,488-505 ranks=4,12,77,84,93,96,95,94,76,10 count=25
file /etc/ld.so.cache inode=3652 t=21968100945 kinds=block pages=0-1 ranks=6 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=21968814945 kinds=block pages=0-23,24-39,40-79,80-123,124-167,168-247,248-259,260-339,340-391,392-451,452-470 ranks=7,9,17,20,57,59,62,61,78,63,18 count=27
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=22240354945 kinds=block pages=0-35,36-43,44-147,148-187,188-231,232-255,256-327,328-355,356-383,384-463,464-507,508-547,548-575,576-687,688-767,768-799,800-817 ranks=11,58,16,75,90,126,92,89,88,85,87,103,127,86,91,74,13 count=41
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=22486557945 kinds=block pages=0-31 ranks=14 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=22535897945 kinds=block pages=0-3,4-16 ranks=15,21 count=3
file /usr/bin/touch inode=51584 t=23216995945 kinds=block pages=0-26 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=23428513945 kinds=block pages=0-31 ranks=22 count=3
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=23608917945 kinds=block pages=0-27 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=23608917945 kinds=block pages=0-19 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=23621403945 kinds=block pages=0-42 ranks=25 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=23719184945 kinds=block pages=0-67,68-79,80-98 ranks=26,30,27 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=24092752945 kinds=block pages=0-9 ranks=28 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=24092752945 kinds=block pages=0-15,16-55,56-67,68-86 ranks=29,31,73,32 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=24264842945 kinds=block pages=0-11 ranks=33 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=24316187945 kinds=block pages=0-50 ranks=34 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=24364472945 kinds=block pages=0-19,20-95,224-278,279-307,308-325 ranks=35,71,72,131,36 count=9
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=24564774945 kinds=block pages=0-8 ranks=37 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=24616252945 kinds=block pages=0-36 ranks=38 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=24664274945 kinds=block pages=0-87,88-151,152-255,544-587,588-607,800-823,824-865,866-871,872-927,1024-1035,1036-1135,1136-1155 ranks=39,64,69,70,79,80,83,125,81,82,68,40 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=24868533945 kinds=block pages=0-27,28-95,144-159,160-167,168-186 ranks=41,66,121,67,42 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=25114872945 kinds=block pages=0-23,24-27,28-46 ranks=43,46,44 count=5
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=25364456945 kinds=block pages=0-19,20-87,88-107,108-115,116-159,192-205,206-222 ranks=45,47,51,65,132,133,48 count=12
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=25714760945 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=25714760945 kinds=block pages=0-55,56-99,100-135,136-153 ranks=50,54,134,52 count=9
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=25964751945 kinds=block pages=0-27,28-38 ranks=53,55 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=26164861945 kinds=block pages=0-55,56-119,120-171 ranks=56,60,97 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=31856139945 kinds=block pages=0-99,100-155,156-191,288-291,292-308 ranks=98,233,192,193,120 count=10
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=31997980945 kinds=block pages=0-63 ranks=99 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=32148246945 kinds=block pages=0-1 ranks=100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=32148246945 kinds=block pages=0-26 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=32148246945 kinds=block pages=0-23,24-27 ranks=102,104 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=32322216945 kinds=block pages=0-15 ranks=105 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=32350589945 kinds=block pages=0-8 ranks=106 count=1
file /usr/bin/kmod inode=340463 t=32350589945 kinds=block pages=0-43 ranks=107 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=32423061945 kinds=block pages=0-8 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=32423061945 kinds=block pages=0-3 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=32423061945 kinds=block pages=0-10 ranks=110 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=32509760945 kinds=block pages=0-5 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=32509760945 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=32509760945 kinds=block pages=0-3 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=32509760945 kinds=block pages=0-5 ranks=114 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=32509760945 kinds=block pages=0-3 ranks=115 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=32509760945 kinds=block pages=0-3 ranks=116 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=32509760945 kinds=block pages=0-3 ranks=117 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=32509760945 kinds=block pages=0-7 ranks=118 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=32509760945 kinds=block pages=0-3,4-7 ranks=119,128 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=6597916 t=32856298945 kinds=block pages=0-30 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=6597962 t=32856298945 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=6597969 t=32856298945 kinds=block pages=0-6 ranks=124 count=1
file /usr/lib/systemd/systemd-journald inode=355396 t=33374797945 kinds=block pages=0-41 ranks=129 count=2
file /usr/bin/mount inode=355409 t=33530576945 kinds=block pages=0-14 ranks=130 count=1
file /usr/lib/systemd/systemd-ac-power inode=5856486 t=34653475945 kinds=block pages=0-3 ranks=135 count=1
file /usr/lib/systemd/systemd-backlight inode=5856490 t=34653475945 kinds=block pages=0-7 ranks=136 count=1
file /usr/lib/systemd/systemd-binfmt inode=5856495 t=34653475945 kinds=block pages=0-4 ranks=137 count=1
file /usr/lib/systemd/systemd-boot-check-no-failures inode=5856499 t=34653475945 kinds=block pages=0-3 ranks=138 count=1
file /usr/lib/systemd/systemd-cgroups-agent inode=5856503 t=34653475945 kinds=block pages=0-3 ranks=139 count=1
file /usr/lib/systemd/systemd-cryptsetup inode=5857920 t=34712673945 kinds=block pages=0-17 ranks=140 count=1
file /usr/lib/systemd/systemd-fsck inode=5857927 t=34712673945 kinds=block pages=0-5 ranks=141 count=1
file /usr/lib/systemd/systemd-fsckd inode=5857931 t=34712673945 kinds=block pages=0-6 ranks=142 count=1
file /usr/lib/systemd/systemd-growfs inode=5857936 t=34712673945 kinds=block pages=0-5 ranks=143 count=1
file /usr/lib/systemd/systemd-hibernate-resume inode=5857940 t=34712673945 kinds=block pages=0-3 ranks=144 count=1
file /usr/lib/systemd/systemd-hostnamed inode=5857944 t=34712673945 kinds=block pages=0-10 ranks=145 count=1
file /usr/lib/systemd/systemd-initctl inode=5857950 t=34712673945 kinds=block pages=0-5 ranks=146 count=1
file /usr/lib/systemd/systemd-integritysetup inode=5857954 t=34712673945 kinds=block pages=0-5 ranks=147 count=1
file /usr/lib/systemd/systemd-localed inode=5857958 t=34712673945 kinds=block pages=0-11 ranks=148 count=1
file /usr/lib/systemd/systemd-logind inode=5857964 t=34753541945 kinds=block pages=0-15 ranks=149 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=360120 t=35830049945 kinds=block pages=0-6 ranks=150 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=361088 t=35830049945 kinds=block pages=0-34,36-63,64-86 ranks=151,154,152 count=5
file /usr/lib/lsb/init-functions inode=983141 t=35967326945 kinds=block pages=0-2 ranks=153 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=361133 t=36016166945 kinds=block pages=0-28 ranks=155 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=361174 t=36068031945 kinds=block pages=0-105 ranks=156 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=361207 t=36233743945 kinds=block pages=0-3 ranks=157 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=374656 t=36236220945 kinds=block pages=0-100 ranks=158 count=3
file /usr/lib/systemd/systemd-modules-load inode=374683 t=36374079945 kinds=block pages=0-4 ranks=159 count=1
file /usr/lib/systemd/systemd-remount-fs inode=374687 t=36374079945 kinds=block pages=0-4 ranks=160 count=1
file /usr/bin/udevadm inode=374691 t=36374079945 kinds=block pages=0-67,68-267,268-311,312-330 ranks=161,170,167,162 count=12
file /usr/lib/systemd/systemd-random-seed inode=408518 t=36682012945 kinds=block pages=0-5 ranks=163 count=1
file /usr/lib/systemd/systemd-sysctl inode=408522 t=36682012945 kinds=block pages=0-5 ranks=164 count=1
file /usr/bin/systemd-sysusers inode=408526 t=36793544945 kinds=block pages=0-15 ranks=165 count=1
file /usr/bin/systemd-tmpfiles inode=410789 t=36793544945 kinds=block pages=0-7,8-27 ranks=166,168 count=2
file /usr/bin/journalctl inode=410799 t=36934701945 kinds=block pages=0-3,4-18 ranks=169,171 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415254 t=37367310945 kinds=block pages=0-4 ranks=172 count=1
file /usr/lib/udev/hwdb.bin inode=415744 t=37367310945 kinds=block pages=0-63,960-1055,1056-1075,1076-1103,1104-1151,1728-1795,1796-1855,1888-1935,1936-1955,1956-2015,2464-2491,2492-2583,2584-2627,2628-2663,2664-2683,2684-2783,2944-2959,2960-3059,3060-3103,3104-3155,3156-3178 ranks=173,174,239,220,194,195,209,210,204,182,183,181,201,225,200,185,186,217,234,269,197 count=42
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474112 t=42980905945 kinds=block pages=0-1 ranks=175 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474115 t=43156312945 kinds=block pages=0-1 ranks=176 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=474951 t=43178819945 kinds=block pages=0-2 ranks=177 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475729 t=43178819945 kinds=block pages=0-1 ranks=178 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=475969 t=43195549945 kinds=block pages=0-1 ranks=179 count=1
file /usr/bin/systemctl inode=476160 t=43195549945 kinds=block pages=0-63,64-107,108-147,148-191,192-195,196-223,224-259,260-311,312-330 ranks=180,196,198,205,238,216,212,202,188 count=18
file /var/log/dpkg.log inode=7891036 t=44332022945 kinds=block pages=0-12 ranks=184 count=2
file /usr/lib/systemd/systemd-user-sessions inode=476246 t=44679954945 kinds=block pages=0-3 ranks=187 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505527 t=44892285945 kinds=block pages=0-21 ranks=189 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505553 t=44892285945 kinds=block pages=0-6 ranks=190 count=1
file /usr/lib/udev/cdrom_id inode=505557 t=44892285945 kinds=block pages=0-3,4-19 ranks=191,222 count=2
file /usr/sbin/e2scrub_all inode=526310 t=45778501945 kinds=block pages=0-1 ranks=199 count=1
file /usr/bin/bash inode=575616 t=46428173945 kinds=block pages=0-31,32-107,108-151,152-223,224-291,292-308 ranks=203,213,277,285,281,206 count=15
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575696 t=46928370945 kinds=block pages=0-31,32-49 ranks=207,235 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511646 t=47150563945 kinds=block pages=0-7 ranks=208 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=517772 t=47281215945 kinds=block pages=0-2 ranks=211 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511660 t=47874419945 kinds=block pages=0-15,16-46 ranks=214,221 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=517784 t=48188261945 kinds=block pages=0-11,12-95 ranks=218,226 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511687 t=48337522945 kinds=block pages=0-7,8-13 ranks=219,230 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505565 t=48595957945 kinds=block pages=0-11 ranks=223 count=1
file /usr/lib/udev/ata_id inode=510145 t=48638878945 kinds=block pages=0-16 ranks=224 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=517826 t=49112912945 kinds=block pages=0-3 ranks=227 count=1
file /usr/lib/udev/dmi_memory_id inode=517829 t=49132441945 kinds=block pages=0-18 ranks=228 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=526080 t=49140431945 kinds=block pages=0-31,32-75,76-235,236-563,564-580 ranks=229,266,270,276,278 count=10
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511692 t=49160008945 kinds=block pages=0-8 ranks=231 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511732 t=49160008945 kinds=block pages=0-12 ranks=232 count=1
file /usr/bin/readlink inode=575735 t=49465039945 kinds=block pages=0-12 ranks=236 count=1
file /usr/bin/cat inode=608768 t=49465039945 kinds=block pages=0-10 ranks=237 count=1
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=7869907 t=49928321945 kinds=block pages=64-101 ranks=240 count=2
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=7873472 t=49932559945 kinds=block pages=0-6 ranks=241 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=7873888 t=49932559945 kinds=block pages=0-3 ranks=242 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=7874065 t=49981447945 kinds=block pages=0-1 ranks=243 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=7874101 t=49981447945 kinds=block pages=0-5 ranks=244 count=1
file /var/lib/dpkg/info/login.list inode=7874697 t=49981447945 kinds=block pages=0-2 ranks=245 count=1
file /var/lib/dpkg/info/login.md5sums inode=7874701 t=49981447945 kinds=block pages=0-2 ranks=246 count=1
file /var/lib/dpkg/info/passwd.list inode=7875669 t=49981447945 kinds=block pages=0-3 ranks=247 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=7875673 t=50036422945 kinds=block pages=0-4 ranks=248 count=1
file /var/lib/dpkg/info/perl-base.list inode=7876286 t=50081801945 kinds=block pages=0-10 ranks=249 count=1
file /var/lib/dpkg/info/perl-base.md5sums inode=7876292 t=50182816945 kinds=block pages=0-13 ranks=250 count=1
file /var/lib/dpkg/info/sed.list inode=7876334 t=50182816945 kinds=block pages=0-1 ranks=251 count=1
file /var/lib/dpkg/info/systemd.list inode=7877690 t=50182816945 kinds=block pages=0-9 ranks=252 count=1
file /var/lib/dpkg/info/systemd.md5sums inode=7877695 t=50182816945 kinds=block pages=0-11 ranks=253 count=2
file /var/lib/dpkg/info/systemd.postinst inode=7877701 t=50182816945 kinds=block pages=0-1 ranks=254 count=2
file /var/lib/dpkg/info/tar.list inode=7879149 t=50182816945 kinds=block pages=0-1 ranks=255 count=2
file /var/lib/dpkg/info/tzdata.config inode=7879445 t=50182816945 kinds=block pages=0-1 ranks=256 count=2
file /var/lib/dpkg/info/tzdata.list inode=7879448 t=50182816945 kinds=block pages=0-12 ranks=257 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=7879454 t=50282104945 kinds=block pages=0-15 ranks=258 count=2
file /var/lib/dpkg/info/tzdata.templates inode=7881528 t=50282104945 kinds=block pages=0-69 ranks=259 count=4
file /var/lib/dpkg/info/udev.list inode=7881552 t=50332143945 kinds=block pages=0-1 ranks=260 count=2
file /var/lib/dpkg/info/udev.md5sums inode=7881555 t=50332143945 kinds=block pages=0-1 ranks=261 count=2
file /var/lib/dpkg/info/util-linux.list inode=7885166 t=50332143945 kinds=block pages=0-2 ranks=262 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=7885170 t=50382254945 kinds=block pages=0-4 ranks=263 count=2
file /var/lib/dpkg/status inode=7885957 t=50513493945 kinds=block pages=0-21 ranks=264 count=3
file /var/lib/dpkg/status-old inode=7885965 t=50525271945 kinds=block pages=0-21 ranks=265 count=2
file /var/lib/systemd/catalog/database inode=7886051 t=50581741945 kinds=block pages=0-52 ranks=267 count=3
file /var/log/bootstrap.log inode=7891027 t=50681515945 kinds=block pages=0-15 ranks=268 count=2
file /usr/bin/sleep inode=608774 t=50982418945 kinds=block pages=0-10 ranks=271 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc inode=611072 t=51032504945 kinds=block pages=0-2 ranks=272 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc inode=611076 t=51032504945 kinds=block pages=0-2 ranks=273 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc inode=611097 t=51032504945 kinds=block pages=0-2 ranks=274 count=1
file /etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc inode=611101 t=51032504945 kinds=block pages=0,1-2 ranks=275,286 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=526237 t=51517428945 kinds=block pages=0-63 ranks=279 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=526255 t=51524335945 kinds=block pages=0-39,40-97 ranks=280,282 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=526298 t=53044930945 kinds=block pages=0-16 ranks=283 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=526304 t=53572818945 kinds=block pages=0-14 ranks=284 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc inode=612845 t=54113718945 kinds=block pages=0-2 ranks=287 count=1
file /etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc inode=612849 t=54113718945 kinds=block pages=0-2 ranks=288 count=1
file /etc/init.d/udev inode=614595 t=54319920945 kinds=block pages=0-1 ranks=289 count=1
file /etc/login.defs inode=614645 t=54319920945 kinds=block pages=0-3 ranks=290 count=1
file /etc/pam.d/login inode=615463 t=54412338945 kinds=block pages=0-1 ranks=291 count=1
file /etc/security/access.conf inode=615907 t=54464432945 kinds=block pages=0-1 ranks=292 count=1
read t=20916771945 offset=0 len=16384
read t=21115577945 offset=16384 len=32768
read t=21184702945 offset=19759104 len=4096
read t=21192235945 offset=1650688 len=4096
read t=21196134945 offset=215535616 len=4096
read t=21217901945 offset=19542016 len=4096
read t=21306794945 offset=19755008 len=4096
read t=21326765945 offset=1724416 len=4096
read t=21357763945 offset=1728512 len=16384
read t=21516352945 offset=1744896 len=32768
read t=21526720945 offset=214212608 len=4096
read t=21530856945 offset=110592 len=4096
read t=21552327945 offset=114688 len=16384
read t=21637509945 offset=131072 len=32768
read t=21675038945 offset=1777664 len=73728
read t=21716162945 offset=1851392 len=131072
read t=21735612945 offset=245760 len=4096
read t=21796434945 offset=249856 len=16384
read t=21968100945 offset=266240 len=32768
read t=21968814945 offset=299008 len=65536
read t=21992618945 offset=163840 len=16384
read t=22007757945 offset=180224 len=32768
read t=22112391945 offset=212992 len=32768
read t=22113195945 offset=364544 len=45056
read t=22149420945 offset=2945024 len=4096
read t=22189068945 offset=2949120 len=16384
read t=22240354945 offset=2965504 len=32768
read t=22288300945 offset=2998272 len=65536
read t=22335694945 offset=1982464 len=131072
read t=22385527945 offset=5160960 len=4096
read t=22436078945 offset=5165056 len=16384
read t=22486557945 offset=5181440 len=32768
read t=22535897945 offset=5214208 len=65536
read t=22588403945 offset=3080192 len=4096
read t=22636744945 offset=3084288 len=16384
read t=22689357945 offset=3100672 len=32768
read t=22735594945 offset=3133440 len=65536
read t=22785708945 offset=3198976 len=131072
read t=22836870945 offset=409600 len=131072
read t=22885662945 offset=1613824 len=4096
read t=23213148945 offset=1617920 len=16384
read t=23214076945 offset=1634304 len=16384
read t=23216995945 offset=1654784 len=69632
read t=23233114945 offset=540672 len=131072
read t=23264559945 offset=207400960 len=4096
read t=23327955945 offset=206831616 len=4096
read t=23374854945 offset=5279744 len=16384
read t=23428513945 offset=5296128 len=32768
read t=23488173945 offset=5328896 len=65536
read t=23520144945 offset=198295552 len=4096
read t=23608917945 offset=5394432 len=131072
read t=23621403945 offset=5525504 len=65536
read t=23676196945 offset=204075008 len=4096
read t=23719184945 offset=5591040 len=131072
read t=23816212945 offset=197570560 len=4096
read t=23841326945 offset=5722112 len=131072
read t=23864798945 offset=5890048 len=4096
read t=23924483945 offset=5894144 len=16384
read t=24068619945 offset=5910528 len=32768
read t=24092752945 offset=5943296 len=65536
read t=24097563945 offset=5853184 len=36864
read t=24114674945 offset=6008832 len=131072
read t=24164541945 offset=6168576 len=4096
read t=24214810945 offset=6172672 len=16384
read t=24264842945 offset=6189056 len=32768
read t=24316187945 offset=6221824 len=65536
read t=24364472945 offset=6287360 len=131072
read t=24416553945 offset=203440128 len=4096
read t=24467762945 offset=6885376 len=4096
read t=24514729945 offset=6889472 len=16384
read t=24564774945 offset=6905856 len=32768
read t=24616252945 offset=6938624 len=65536
read t=24664274945 offset=7004160 len=131072
read t=24716682945 offset=7135232 len=131072
read t=24764483945 offset=8400896 len=4096
read t=24814758945 offset=8404992 len=16384
read t=24868533945 offset=8421376 len=32768
read t=24920275945 offset=8454144 len=65536
read t=24964495945 offset=211132416 len=4096
read t=25018485945 offset=8720384 len=4096
read t=25066455945 offset=8724480 len=16384
read t=25114872945 offset=8740864 len=32768
read t=25172379945 offset=8773632 len=65536
read t=25214516945 offset=8851456 len=4096
read t=25264596945 offset=8855552 len=16384
read t=25314946945 offset=8871936 len=32768
read t=25364456945 offset=8904704 len=65536
read t=25414569945 offset=8839168 len=12288
read t=25464646945 offset=8970240 len=131072
read t=25514668945 offset=9101312 len=65536
read t=25564478945 offset=9465856 len=4096
read t=25614772945 offset=9469952 len=16384
read t=25664801945 offset=9486336 len=32768
read t=25714760945 offset=9519104 len=65536
read t=25764552945 offset=9584640 len=131072
read t=25814603945 offset=9166848 len=65536
read t=25864520945 offset=9908224 len=4096
read t=25914756945 offset=9912320 len=16384
read t=25964751945 offset=9928704 len=32768
read t=26014544945 offset=9961472 len=65536
read t=26064498945 offset=9715712 len=131072
read t=26114555945 offset=10027008 len=16384
read t=26164861945 offset=10043392 len=32768
read t=26215547945 offset=10076160 len=65536
read t=26264566945 offset=671744 len=131072
read t=26352243945 offset=3063808 len=16384
read t=26365150945 offset=802816 len=16384
read t=26416262945 offset=819200 len=32768
read t=26464729945 offset=851968 len=65536
read t=26524354945 offset=917504 len=131072
read t=26564254945 offset=10141696 len=81920
read t=26614595945 offset=1081344 len=4096
read t=26664728945 offset=1085440 len=16384
read t=26714847945 offset=1101824 len=32768
read t=26770279945 offset=1134592 len=65536
read t=26813913945 offset=1200128 len=131072
read t=26864607945 offset=1048576 len=32768
read t=26916154945 offset=1441792 len=4096
read t=26964745945 offset=1445888 len=16384
read t=27014791945 offset=1462272 len=32768
read t=27064485945 offset=1495040 len=65536
read t=27115556945 offset=1560576 len=53248
read t=27164291945 offset=7266304 len=131072
read t=27218257945 offset=9232384 len=16384
read t=27264967945 offset=8519680 len=131072
read t=27316176945 offset=8650752 len=69632
read t=27364296945 offset=8253440 len=4096
read t=27428345945 offset=8257536 len=16384
read t=27466494945 offset=8273920 len=32768
read t=27514738945 offset=8306688 len=65536
read t=27564616945 offset=8372224 len=28672
read t=27617817945 offset=7397376 len=131072
read t=27669773945 offset=7528448 len=131072
read t=27717296945 offset=7659520 len=131072
read t=27764247945 offset=6418432 len=16384
read t=27816843945 offset=6434816 len=32768
read t=27872116945 offset=6467584 len=65536
read t=27915241945 offset=6533120 len=131072
read t=27964652945 offset=6664192 len=131072
read t=28014476945 offset=6139904 len=28672
read t=28065798945 offset=5095424 len=4096
read t=28114876945 offset=5099520 len=16384
read t=28164847945 offset=5115904 len=32768
read t=28214625945 offset=5148672 len=12288
read t=28267118945 offset=3330048 len=131072
read t=28324353945 offset=2822144 len=4096
read t=28368438945 offset=2826240 len=16384
read t=28450176945 offset=2842624 len=32768
read t=28470395945 offset=2875392 len=65536
read t=28530724945 offset=2940928 len=4096
read t=28577206945 offset=2113536 len=131072
read t=28614726945 offset=1331200 len=16384
read t=28672583945 offset=1347584 len=32768
read t=28714676945 offset=1380352 len=61440
read t=28777619945 offset=7790592 len=131072
read t=28818444945 offset=8077312 len=4096
read t=28864664945 offset=8081408 len=16384
read t=28915204945 offset=8097792 len=32768
read t=28964498945 offset=8130560 len=65536
read t=29014606945 offset=8196096 len=57344
read t=29064612945 offset=7921664 len=131072
read t=29114676945 offset=19734528 len=4096
read t=29167544945 offset=2244608 len=131072
read t=29214706945 offset=4055040 len=4096
read t=29264769945 offset=4059136 len=16384
read t=29314903945 offset=4075520 len=32768
read t=29364532945 offset=4108288 len=65536
read t=29414575945 offset=4173824 len=131072
read t=29468294945 offset=4644864 len=4096
read t=30144997945 offset=4648960 len=16384
read t=30145504945 offset=4665344 len=32768
read t=30145940945 offset=4698112 len=65536
read t=30146478945 offset=4763648 len=131072
read t=30204311945 offset=4304896 len=131072
read t=30268932945 offset=3969024 len=4096
read t=30308594945 offset=3973120 len=16384
read t=30354570945 offset=3989504 len=32768
read t=30410755945 offset=4022272 len=32768
read t=30449024945 offset=3883008 len=4096
read t=30496723945 offset=3887104 len=16384
read t=30546880945 offset=3903488 len=32768
read t=30596560945 offset=3936256 len=32768
read t=30661986945 offset=3461120 len=131072
read t=30696520945 offset=4894720 len=131072
read t=30746658945 offset=5025792 len=69632
read t=30814503945 offset=3661824 len=4096
read t=30854573945 offset=3665920 len=16384
read t=30896546945 offset=3682304 len=32768
read t=30946617945 offset=3715072 len=65536
read t=30996586945 offset=3780608 len=102400
read t=31048922945 offset=2375680 len=16384
read t=31096519945 offset=2392064 len=32768
read t=31150200945 offset=2424832 len=65536
read t=31196296945 offset=2691072 len=4096
read t=31248468945 offset=2695168 len=16384
read t=31304393945 offset=2711552 len=32768
read t=31350223945 offset=2744320 len=65536
read t=31398346945 offset=2809856 len=12288
read t=31446687945 offset=2633728 len=4096
read t=31496788945 offset=2637824 len=16384
read t=31546906945 offset=2654208 len=32768
read t=31596574945 offset=2686976 len=4096
read t=31650657945 offset=2490368 len=131072
read t=31697279945 offset=2621440 len=12288
read t=31746507945 offset=19681280 len=4096
read t=31799440945 offset=214290432 len=4096
read t=31856139945 offset=10223616 len=114688
read t=31898556945 offset=10338304 len=131072
read t=31948809945 offset=10633216 len=4096
read t=31997980945 offset=10637312 len=16384
read t=32050616945 offset=10653696 len=32768
read t=32100289945 offset=10686464 len=65536
read t=32148246945 offset=10752000 len=131072
read t=32265912945 offset=4435968 len=131072
read t=32320707945 offset=10883072 len=16384
read t=32322216945 offset=10899456 len=32768
read t=32350589945 offset=10932224 len=65536
read t=32423061945 offset=10997760 len=131072
read t=32486698945 offset=216788992 len=4096
read t=32509760945 offset=11128832 len=131072
read t=32587460945 offset=10608640 len=4096
read t=32599765945 offset=10612736 len=16384
read t=32646723945 offset=10629120 len=4096
read t=32701323945 offset=211357696 len=4096
read t=32748375945 offset=211361792 len=16384
read t=32800478945 offset=211378176 len=32768
read t=32856298945 offset=211410944 len=65536
read t=32896887945 offset=8052736 len=24576
read t=32946472945 offset=3592192 len=69632
read t=33004846945 offset=4567040 len=16384
read t=33048723945 offset=4583424 len=32768
read t=33104160945 offset=4616192 len=28672
read t=33202176945 offset=19644416 len=4096
read t=33256522945 offset=19664896 len=4096
read t=33273879945 offset=187330560 len=4096
read t=33374797945 offset=11259904 len=131072
read t=33530576945 offset=11390976 len=131072
read t=33802320945 offset=6795264 len=90112
read t=33818072945 offset=9248768 len=32768
read t=33824643945 offset=9281536 len=65536
read t=33833346945 offset=9347072 len=118784
read t=33855309945 offset=9846784 len=16384
read t=33904692945 offset=9863168 len=32768
read t=33954239945 offset=9895936 len=12288
read t=34003348945 offset=19660800 len=4096
read t=34068972945 offset=187342848 len=4096
read t=34106351945 offset=187346944 len=16384
read t=34162275945 offset=187400192 len=4096
read t=34210463945 offset=19705856 len=4096
read t=34290419945 offset=19750912 len=4096
read t=34305874945 offset=187334656 len=4096
read t=34354706945 offset=16322560 len=4096
read t=34405197945 offset=187338752 len=4096
read t=34457021945 offset=187379712 len=4096
read t=34504977945 offset=187387904 len=12288
read t=34559767945 offset=187363328 len=16384
read t=34603543945 offset=187383808 len=4096
read t=34653475945 offset=187404288 len=77824
read t=34712673945 offset=187482112 len=131072
read t=34753541945 offset=187613184 len=40960
read t=34803636945 offset=16371712 len=4096
read t=35588470945 offset=188563456 len=4096
read t=35591919945 offset=11988992 len=4096
read t=35785710945 offset=227639296 len=4096
read t=35830049945 offset=11522048 len=131072
read t=35964580945 offset=31465472 len=4096
read t=35967326945 offset=31469568 len=16384
read t=35972539945 offset=11657216 len=4096
read t=35980362945 offset=11661312 len=16384
read t=36016166945 offset=11677696 len=32768
read t=36068031945 offset=11710464 len=65536
read t=36163969945 offset=11776000 len=131072
read t=36233743945 offset=11907072 len=81920
read t=36236220945 offset=11993088 len=45056
read t=36265398945 offset=12038144 len=131072
read t=36374079945 offset=12169216 len=131072
read t=36376994945 offset=12300288 len=131072
read t=36466771945 offset=31490048 len=4096
read t=36681010945 offset=13049856 len=4096
read t=36681497945 offset=13053952 len=16384
read t=36682012945 offset=13070336 len=32768
read t=36793544945 offset=13103104 len=65536
read t=36811193945 offset=12984320 len=4096
read t=36926618945 offset=12988416 len=16384
read t=36933266945 offset=13004800 len=32768
read t=36934291945 offset=13037568 len=12288
read t=36934701945 offset=13168640 len=65536
read t=36988378945 offset=12431360 len=131072
read t=37036003945 offset=12562432 len=131072
read t=37084794945 offset=12693504 len=131072
read t=37136113945 offset=12824576 len=131072
read t=37184748945 offset=12955648 len=28672
read t=37367310945 offset=13234176 len=131072
read t=37455609945 offset=15171584 len=4096
read t=37468834945 offset=250449920 len=4096
read t=37469522945 offset=252350464 len=4096
read t=37504224945 offset=252510208 len=4096
read t=37535030945 offset=19746816 len=4096
read t=39442656945 offset=19636224 len=4096
read t=39477257945 offset=31014912 len=4096
read t=40752487945 offset=13365248 len=131072
read t=41994240945 offset=252506112 len=4096
read t=42005085945 offset=218230784 len=4096
read t=42012656945 offset=225300480 len=4096
read t=42013767945 offset=225779712 len=4096
read t=42077877945 offset=250433536 len=4096
read t=42109235945 offset=19763200 len=20480
read t=42980905945 offset=15175680 len=4096
read t=43156312945 offset=15179776 len=16384
read t=43178819945 offset=15196160 len=32768
read t=43195549945 offset=15228928 len=65536
read t=43275223945 offset=15294464 len=131072
read t=43876916945 offset=13897728 len=4096
read t=43877355945 offset=13901824 len=16384
read t=43877844945 offset=13918208 len=32768
read t=43878094945 offset=13950976 len=65536
read t=43935867945 offset=14016512 len=131072
read t=43980199945 offset=252444672 len=4096
read t=44029044945 offset=13807616 len=4096
read t=44078634945 offset=13811712 len=16384
read t=44128689945 offset=13828096 len=32768
read t=44180762945 offset=13860864 len=36864
read t=44228403945 offset=252526592 len=4096
read t=44280887945 offset=18419712 len=4096
read t=44332022945 offset=252530688 len=4096
read t=44379001945 offset=14450688 len=4096
read t=44428518945 offset=14454784 len=16384
read t=44478779945 offset=14471168 len=32768
read t=44528967945 offset=14503936 len=65536
read t=44579363945 offset=14569472 len=131072
read t=44628546945 offset=252399616 len=4096
read t=44679954945 offset=16171008 len=4096
read t=44731948945 offset=16138240 len=4096
read t=44780240945 offset=16142336 len=16384
read t=44828811945 offset=16158720 len=12288
read t=44892285945 offset=16175104 len=81920
read t=44928385945 offset=10539008 len=4096
read t=44978407945 offset=10543104 len=16384
read t=45028589945 offset=10559488 len=32768
read t=45077622945 offset=10592256 len=16384
read t=45132573945 offset=252502016 len=4096
read t=45193427945 offset=13557760 len=4096
read t=45228431945 offset=13561856 len=16384
read t=45280700945 offset=13578240 len=32768
read t=45327941945 offset=13611008 len=65536
read t=45378436945 offset=15425536 len=131072
read t=45428689945 offset=16838656 len=4096
read t=45478698945 offset=15114240 len=4096
read t=45527970945 offset=15118336 len=16384
read t=45578908945 offset=15134720 len=32768
read t=45628209945 offset=15167488 len=4096
read t=45692265945 offset=252403712 len=4096
read t=45733704945 offset=15556608 len=131072
read t=45778501945 offset=18415616 len=4096
read t=45834595945 offset=252329984 len=4096
read t=45878980945 offset=14389248 len=4096
read t=45928429945 offset=14393344 len=16384
read t=45978825945 offset=14409728 len=32768
read t=46028238945 offset=14442496 len=8192
read t=46089962945 offset=14147584 len=131072
read t=46128474945 offset=16011264 len=4096
read t=46178484945 offset=16015360 len=16384
read t=46228673945 offset=16031744 len=32768
read t=46278316945 offset=16064512 len=65536
read t=46328207945 offset=16130048 len=8192
read t=46378320945 offset=16257024 len=4096
read t=46428173945 offset=18423808 len=12288
read t=46478618945 offset=18436096 len=24576
read t=46528110945 offset=18460672 len=49152
read t=46578391945 offset=252231680 len=4096
read t=46639355945 offset=13787136 len=4096
read t=46678531945 offset=13791232 len=16384
read t=46728533945 offset=16568320 len=4096
read t=46784615945 offset=15687680 len=131072
read t=46828332945 offset=19283968 len=4096
read t=46877594945 offset=19288064 len=16384
read t=46928370945 offset=19304448 len=32768
read t=46978273945 offset=19337216 len=65536
read t=47030647945 offset=252186624 len=4096
read t=47080766945 offset=16375808 len=4096
read t=47150563945 offset=16379904 len=16384
read t=47180199945 offset=13676544 len=110592
read t=47244238945 offset=28110848 len=4096
read t=47281215945 offset=16572416 len=4096
read t=47332644945 offset=15912960 len=4096
read t=47378513945 offset=15917056 len=16384
read t=47435693945 offset=15933440 len=32768
read t=47487963945 offset=15966208 len=45056
read t=47636375945 offset=18509824 len=106496
read t=47637007945 offset=18616320 len=131072
read t=47640437945 offset=252157952 len=4096
read t=47874419945 offset=16396288 len=32768
read t=47936601945 offset=49152 len=61440
read t=47942624945 offset=15826944 len=4096
read t=47952018945 offset=15831040 len=16384
read t=47952604945 offset=15847424 len=32768
read t=48008257945 offset=15880192 len=32768
read t=48039986945 offset=208490496 len=4096
read t=48108603945 offset=14700544 len=131072
read t=48137349945 offset=252067840 len=4096
read t=48188261945 offset=16576512 len=12288
read t=48240268945 offset=16588800 len=24576
read t=48287885945 offset=16490496 len=4096
read t=48337522945 offset=16494592 len=16384
read t=48391264945 offset=13520896 len=4096
read t=48440134945 offset=13524992 len=16384
read t=48490770945 offset=13541376 len=16384
read t=48542316945 offset=16429056 len=61440
read t=48595957945 offset=16261120 len=61440
read t=48638878945 offset=16326656 len=45056
read t=48687454945 offset=14278656 len=16384
read t=48737719945 offset=14295040 len=32768
read t=48790413945 offset=14327808 len=61440
read t=48887687945 offset=252035072 len=4096
read t=49080722945 offset=16613376 len=57344
read t=49112912945 offset=16670720 len=114688
read t=49132441945 offset=16785408 len=53248
read t=49140431945 offset=16842752 len=73728
read t=49160008945 offset=16510976 len=57344
read t=49182361945 offset=10469376 len=69632
read t=49231670945 offset=14831616 len=131072
read t=49281520945 offset=19402752 len=16384
read t=49336660945 offset=19419136 len=32768
read t=49465039945 offset=19451904 len=65536
read t=49480408945 offset=252026880 len=4096
read t=49498165945 offset=15818752 len=8192
read t=49532985945 offset=252047360 len=4096
read t=49601215945 offset=250953728 len=4096
read t=49674745945 offset=133787648 len=4096
read t=49726976945 offset=132431872 len=4096
read t=49770666945 offset=13496320 len=16384
read t=49781464945 offset=13512704 len=8192
read t=49924728945 offset=251920384 len=4096
read t=49928321945 offset=251924480 len=16384
read t=49932559945 offset=251940864 len=32768
read t=49981447945 offset=251973632 len=53248
read t=50036422945 offset=252030976 len=4096
read t=50081801945 offset=252039168 len=8192
read t=50131652945 offset=252051456 len=16384
read t=50182816945 offset=252071936 len=86016
read t=50232141945 offset=252162048 len=24576
read t=50282104945 offset=252190720 len=40960
read t=50332143945 offset=252235776 len=94208
read t=50382254945 offset=252334080 len=16384
read t=50513493945 offset=252354560 len=45056
read t=50525271945 offset=252407808 len=24576
read t=50531937945 offset=16916480 len=131072
read t=50581741945 offset=252432384 len=12288
read t=50636083945 offset=252448768 len=53248
read t=50681515945 offset=252514304 len=12288
read t=50731593945 offset=14962688 len=16384
read t=50783003945 offset=14979072 len=98304
read t=50833980945 offset=15077376 len=36864
read t=50892598945 offset=17047552 len=131072
read t=50935460945 offset=17178624 len=131072
read t=50982418945 offset=19517440 len=24576
read t=51032504945 offset=19546112 len=53248
read t=51092306945 offset=17309696 len=131072
read t=51132444945 offset=17440768 len=131072
read t=51181323945 offset=17571840 len=131072
read t=51231463945 offset=17702912 len=131072
read t=51281475945 offset=17833984 len=131072
read t=51370813945 offset=18747392 len=131072
read t=51517428945 offset=17965056 len=131072
read t=51524335945 offset=18096128 len=131072
read t=51774490945 offset=19099648 len=4096
read t=51800410945 offset=19103744 len=16384
read t=51852443945 offset=61440 len=4096
read t=52100311945 offset=19120128 len=98304
read t=52975071945 offset=192512 len=4096
read t=52978916945 offset=19218432 len=65536
read t=53044010945 offset=454656 len=4096
read t=53044930945 offset=18227200 len=131072
read t=53076307945 offset=978944 len=4096
read t=53076954945 offset=2027520 len=4096
read t=53128388945 offset=4124672 len=4096
read t=53572818945 offset=18358272 len=57344
read t=53720807945 offset=0 len=61440
read t=53730209945 offset=18878464 len=16384
read t=53730975945 offset=65536 len=126976
read t=53768093945 offset=18894848 len=98304
read t=53813493945 offset=196608 len=131072
read t=53863227945 offset=18993152 len=16384
read t=53914415945 offset=327680 len=126976
read t=53990431945 offset=19009536 len=90112
read t=54012280945 offset=252112896 len=131072
read t=54072880945 offset=252243968 len=131072
read t=54113718945 offset=19599360 len=36864
read t=54164158945 offset=252375040 len=131072
read t=54212539945 offset=19640320 len=4096
read t=54262397945 offset=19648512 len=12288
read t=54319920945 offset=19668992 len=12288
read t=54362268945 offset=252506112 len=28672
read t=54412338945 offset=19685376 len=20480
read t=54464432945 offset=19709952 len=4096
end files=158 reads=495
