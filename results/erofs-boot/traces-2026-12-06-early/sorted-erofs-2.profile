liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 553
dropped 0
boots 1
duration_ns 50416537303
file /usr/bin/dash inode=213 t=15231575079 kinds=block pages=0-11,12-30 ranks=0,203 count=5
file /usr/lib/systemd/systemd inode=53945 t=15532973079 kinds=block pages=0-19,20-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=15719570079 kinds=block pages=0-11,12-35,36-52 ranks=2,8,5 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=15901309079 kinds=block pages=0-87,88-127,128-171,172-215,216-251,252-299,300-327,328-387,388-487,488-505 ranks=4,12,77,84,93,96,95,94,76,10 count=25
file /etc/ld.so.cache inode=3652 t=16018988079 kinds=block pages=0-1 ranks=6 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=16068844079 kinds=block pages=0-23,24-39,40-79,80-123,124-167,168-247,248-259,260-339,340-391,392-451,452-470 ranks=7,9,17,20,57,59,62,61,78,63,18 count=27
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=16424254079 kinds=block pages=0-35,36-43,44-147,148-187,188-231,232-255,256-327,328-355,356-383,384-463,464-507,508-547,548-575,576-687,688-767,768-799,800-817 ranks=11,58,16,75,90,126,92,89,88,85,87,103,127,86,91,74,13 count=41
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=16669371079 kinds=block pages=0-31 ranks=14 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=16719079079 kinds=block pages=0-3,4-16 ranks=15,21 count=3
file /usr/bin/touch inode=51584 t=17219227079 kinds=block pages=0-26 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=17511555079 kinds=block pages=0-31 ranks=22 count=3
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=17624201079 kinds=block pages=0-27 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=17624201079 kinds=block pages=0-19 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=17670838079 kinds=block pages=0-42 ranks=25 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=17771365079 kinds=block pages=0-67,68-79,80-98 ranks=26,30,27 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=18068906079 kinds=block pages=0-9 ranks=28 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=18068906079 kinds=block pages=0-15,16-55,56-67,68-86 ranks=29,31,73,32 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=18319268079 kinds=block pages=0-11 ranks=33 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=18368969079 kinds=block pages=0-50 ranks=34 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=18419239079 kinds=block pages=0-19,20-95,224-278,279-307,308-325 ranks=35,71,72,132,36 count=9
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=18623053079 kinds=block pages=0-8 ranks=37 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=18668922079 kinds=block pages=0-36 ranks=38 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=18718979079 kinds=block pages=0-87,88-151,152-255,544-587,588-607,800-823,824-865,866-871,872-927,1024-1035,1036-1135,1136-1155 ranks=39,64,69,70,79,80,83,125,81,82,68,40 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=18919244079 kinds=block pages=0-27,28-95,144-159,160-167,168-186 ranks=41,66,121,67,42 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=19169153079 kinds=block pages=0-23,24-27,28-46 ranks=43,46,44 count=5
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=19418917079 kinds=block pages=0-19,20-87,88-107,108-115,116-159,192-205,206-222 ranks=45,47,51,65,133,134,48 count=12
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=19768904079 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=19768904079 kinds=block pages=0-55,56-99,100-135,136-153 ranks=50,54,135,52 count=9
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=20019264079 kinds=block pages=0-27,28-38 ranks=53,55 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=20219291079 kinds=block pages=0-55,56-119,120-171 ranks=56,60,97 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=25446259079 kinds=block pages=0-99,100-155,156-191,288-291,292-308 ranks=98,204,173,174,120 count=10
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=25571582079 kinds=block pages=0-63 ranks=99 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=25720722079 kinds=block pages=0-1 ranks=100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=25720722079 kinds=block pages=0-26 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=25720722079 kinds=block pages=0-23,24-27 ranks=102,104 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=25869352079 kinds=block pages=0-15 ranks=105 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=25919307079 kinds=block pages=0-8 ranks=106 count=1
file /usr/bin/kmod inode=340463 t=25919307079 kinds=block pages=0-43 ranks=107 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=25984367079 kinds=block pages=0-8 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=25984367079 kinds=block pages=0-3 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=25984367079 kinds=block pages=0-10 ranks=110 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=26082310079 kinds=block pages=0-5 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=26082310079 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=26082310079 kinds=block pages=0-3 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=26082310079 kinds=block pages=0-5 ranks=114 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=26082310079 kinds=block pages=0-3 ranks=115 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=26082310079 kinds=block pages=0-3 ranks=116 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=26082310079 kinds=block pages=0-3 ranks=117 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=26082310079 kinds=block pages=0-7 ranks=118 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=26082310079 kinds=block pages=0-3,4-7 ranks=119,128 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=26431026079 kinds=block pages=0-30 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=26431026079 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=26431026079 kinds=block pages=0-6 ranks=124 count=1
file /usr/bin/mount inode=355584 t=27116816079 kinds=block pages=0-14 ranks=129 count=2
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=27483556079 kinds=block pages=0-6 ranks=130 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=27483556079 kinds=block pages=0-27,28-63,64-86 ranks=131,136,139 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=30997370079 kinds=block pages=0-28 ranks=137 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=31387105079 kinds=block pages=0-59,60-105 ranks=138,141 count=2
file /usr/lib/lsb/init-functions inode=618725 t=31407688079 kinds=block pages=0-2 ranks=140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=32051796079 kinds=block pages=0-3 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=32055309079 kinds=block pages=0-100 ranks=143 count=3
file /usr/lib/systemd/systemd-journald inode=371355 t=32235732079 kinds=block pages=0-41 ranks=144 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=32242987079 kinds=block pages=0-4 ranks=145 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=32242987079 kinds=block pages=0-4 ranks=146 count=1
file /usr/bin/udevadm inode=382592 t=32243453079 kinds=block pages=0-27,28-267,268-311,312-330 ranks=147,155,151,148 count=14
file /usr/lib/systemd/systemd-random-seed inode=408747 t=32705675079 kinds=block pages=0-5 ranks=149 count=1
file /usr/lib/systemd/systemd-sysctl inode=408751 t=32705675079 kinds=block pages=0-5 ranks=150 count=1
file /usr/bin/systemd-sysusers inode=408755 t=32959141079 kinds=block pages=0-15 ranks=152 count=1
file /usr/bin/journalctl inode=411045 t=32959141079 kinds=block pages=0-18 ranks=153 count=1
file /usr/bin/systemd-tmpfiles inode=411053 t=32959141079 kinds=block pages=0-11,12-27 ranks=154,156 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=33408851079 kinds=block pages=0-4 ranks=157 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=33502715079 kinds=block pages=0-31,960-983,984-1007,1008-1103,1104-1151,1728-1795,1796-1855,1888-1935,1936-1955,1956-2015,2464-2491,2492-2583,2584-2627,2628-2663,2664-2683,2684-2783,2944-2959,2960-3059,3060-3103,3104-3155,3156-3178 ranks=158,207,194,189,171,172,183,184,181,166,167,165,180,206,190,168,169,198,213,261,179 count=45
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=38228372079 kinds=block pages=0-1 ranks=159 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=38228372079 kinds=block pages=0-1 ranks=160 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=38308252079 kinds=block pages=0-2 ranks=161 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=38353100079 kinds=block pages=0-1 ranks=162 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=38353100079 kinds=block pages=0-1 ranks=163 count=1
file /usr/bin/systemctl inode=476416 t=38353100079 kinds=block pages=0-63,64-107,108-147,148-191,192-195,196-223,224-259,260-311,312-330 ranks=164,182,185,195,225,209,201,191,175 count=17
file /var/log/dpkg.log inode=880476 t=40167459079 kinds=block pages=0-12 ranks=170 count=2
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=40815119079 kinds=block pages=0-3 ranks=176 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=40868301079 kinds=block pages=0-21 ranks=177 count=1
file /usr/lib/udev/cdrom_id inode=505937 t=40868301079 kinds=block pages=0-7,8-19 ranks=178,219 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=41567546079 kinds=block pages=0-6 ranks=186 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=41567546079 kinds=block pages=0-3,4-11 ranks=187,192 count=2
file /var/lib/dpkg/info/tar.list inode=878829 t=41619867079 kinds=block pages=0-1 ranks=188 count=2
file /usr/lib/udev/ata_id inode=505973 t=42375295079 kinds=block pages=0-3,4-16 ranks=193,218 count=2
file /usr/sbin/e2scrub_all inode=525048 t=42770870079 kinds=block pages=0-1 ranks=196 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=42827250079 kinds=block pages=0-1 ranks=197 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=42915109079 kinds=block pages=0-2 ranks=199 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=42966985079 kinds=block pages=0-3,4-11,12-95 ranks=200,208,214 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=43265046079 kinds=block pages=0-7 ranks=202 count=1
file /usr/bin/bash inode=575872 t=43414899079 kinds=block pages=0-31,32-107,108-151,152-223,224-291,292-308 ranks=205,223,269,271,270,211 count=18
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=44175384079 kinds=block pages=0-13 ranks=210 count=1
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=44315886079 kinds=block pages=0-31,32-49 ranks=212,265 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=44564841079 kinds=block pages=0-3 ranks=215 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=44615042079 kinds=block pages=0-11,12-59,60-580 ranks=216,224,259 count=10
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=44664925079 kinds=block pages=0-35,36-46 ranks=217,220 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=44815323079 kinds=block pages=0-8 ranks=221 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=44815323079 kinds=block pages=0-12 ranks=222 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=45376563079 kinds=block pages=0-2 ranks=226 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=45376563079 kinds=block pages=0-4 ranks=227 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=45376563079 kinds=block pages=0-2 ranks=228 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=45416285079 kinds=block pages=0-1 ranks=229 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=45416285079 kinds=block pages=0-60 ranks=230 count=2
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=45467195079 kinds=block pages=0-101 ranks=231 count=4
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=45616447079 kinds=block pages=0-6 ranks=232 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=45616447079 kinds=block pages=0-3 ranks=233 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=45664663079 kinds=block pages=0-5 ranks=234 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=45664663079 kinds=block pages=0-2 ranks=235 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=45664663079 kinds=block pages=0-2 ranks=236 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=45664663079 kinds=block pages=0-3 ranks=237 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=45664663079 kinds=block pages=0-4 ranks=238 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=45664663079 kinds=block pages=0-10 ranks=239 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=45664663079 kinds=block pages=0-13 ranks=240 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=45664663079 kinds=block pages=0-1 ranks=241 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=45664663079 kinds=block pages=0-9 ranks=242 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=45717380079 kinds=block pages=0-11 ranks=243 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=45717380079 kinds=block pages=0-1 ranks=244 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=45764475079 kinds=block pages=0-1 ranks=245 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=45764475079 kinds=block pages=0-12 ranks=246 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=45826955079 kinds=block pages=0-15 ranks=247 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=45826955079 kinds=block pages=0-69 ranks=248 count=2
file /var/lib/dpkg/info/udev.list inode=879440 t=45865385079 kinds=block pages=0-1 ranks=249 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=45865385079 kinds=block pages=0-1 ranks=250 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=45865385079 kinds=block pages=0-2 ranks=251 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=45865385079 kinds=block pages=0-4 ranks=252 count=2
file /var/lib/dpkg/status inode=880133 t=45865385079 kinds=block pages=0-21 ranks=253 count=3
file /var/lib/dpkg/status-old inode=880141 t=45915105079 kinds=block pages=0-21 ranks=254 count=2
file /var/lib/systemd/catalog/database inode=880227 t=45966961079 kinds=block pages=0-52 ranks=255 count=4
file /var/log/bootstrap.log inode=880467 t=46015403079 kinds=block pages=0-15 ranks=256 count=2
file /usr/lib/udev/dmi_memory_id inode=524957 t=46118802079 kinds=block pages=0-18 ranks=257 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=46181374079 kinds=block pages=0-27,28-63 ranks=258,260 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=48648968079 kinds=block pages=0-97 ranks=262 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=48777544079 kinds=block pages=0-16 ranks=263 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=48777544079 kinds=block pages=0-14 ranks=264 count=2
file /usr/bin/readlink inode=575991 t=49353176079 kinds=block pages=0-12 ranks=266 count=1
file /usr/bin/cat inode=609024 t=49353176079 kinds=block pages=0-10 ranks=267 count=1
file /usr/bin/sleep inode=609030 t=49359286079 kinds=block pages=0-10 ranks=268 count=1
read t=15181470079 offset=0 len=16384
read t=15231575079 offset=16384 len=32768
read t=15269251079 offset=19673088 len=4096
read t=15271605079 offset=1650688 len=4096
read t=15320085079 offset=22188032 len=4096
read t=15391618079 offset=19550208 len=4096
read t=15519920079 offset=19668992 len=4096
read t=15523595079 offset=1724416 len=4096
read t=15532973079 offset=1728512 len=16384
read t=15569626079 offset=1744896 len=32768
read t=15618832079 offset=22163456 len=4096
read t=15669608079 offset=110592 len=4096
read t=15719570079 offset=114688 len=16384
read t=15899066079 offset=131072 len=32768
read t=15901309079 offset=1777664 len=73728
read t=15901717079 offset=1851392 len=131072
read t=15919067079 offset=245760 len=4096
read t=15969039079 offset=249856 len=16384
read t=16018988079 offset=266240 len=32768
read t=16068844079 offset=299008 len=65536
read t=16118806079 offset=163840 len=16384
read t=16169057079 offset=180224 len=32768
read t=16219391079 offset=212992 len=32768
read t=16268872079 offset=364544 len=45056
read t=16322835079 offset=2945024 len=4096
read t=16369565079 offset=2949120 len=16384
read t=16424254079 offset=2965504 len=32768
read t=16468972079 offset=2998272 len=65536
read t=16523023079 offset=1982464 len=131072
read t=16568975079 offset=5160960 len=4096
read t=16619293079 offset=5165056 len=16384
read t=16669371079 offset=5181440 len=32768
read t=16719079079 offset=5214208 len=65536
read t=16769001079 offset=3080192 len=4096
read t=16819487079 offset=3084288 len=16384
read t=16870302079 offset=3100672 len=32768
read t=16922942079 offset=3133440 len=65536
read t=16968942079 offset=3198976 len=131072
read t=17019103079 offset=409600 len=131072
read t=17069242079 offset=1613824 len=4096
read t=17119741079 offset=1617920 len=16384
read t=17170035079 offset=1634304 len=16384
read t=17219227079 offset=1654784 len=69632
read t=17269051079 offset=540672 len=131072
read t=17318956079 offset=21458944 len=4096
read t=17374934079 offset=21454848 len=4096
read t=17421642079 offset=5279744 len=16384
read t=17511555079 offset=5296128 len=32768
read t=17528784079 offset=5328896 len=65536
read t=17569230079 offset=21422080 len=4096
read t=17624201079 offset=5394432 len=131072
read t=17670838079 offset=5525504 len=65536
read t=17735666079 offset=21446656 len=4096
read t=17771365079 offset=5591040 len=131072
read t=17818987079 offset=21413888 len=4096
read t=17874103079 offset=5722112 len=131072
read t=17919247079 offset=5890048 len=4096
read t=17969065079 offset=5894144 len=16384
read t=18019274079 offset=5910528 len=32768
read t=18068906079 offset=5943296 len=65536
read t=18118919079 offset=5853184 len=36864
read t=18171348079 offset=6008832 len=131072
read t=18218974079 offset=6168576 len=4096
read t=18269020079 offset=6172672 len=16384
read t=18319268079 offset=6189056 len=32768
read t=18368969079 offset=6221824 len=65536
read t=18419239079 offset=6287360 len=131072
read t=18470619079 offset=21438464 len=4096
read t=18525052079 offset=6885376 len=4096
read t=18568742079 offset=6889472 len=16384
read t=18623053079 offset=6905856 len=32768
read t=18668922079 offset=6938624 len=65536
read t=18718979079 offset=7004160 len=131072
read t=18770962079 offset=7135232 len=131072
read t=18819235079 offset=8400896 len=4096
read t=18869058079 offset=8404992 len=16384
read t=18919244079 offset=8421376 len=32768
read t=18968883079 offset=8454144 len=65536
read t=19018963079 offset=21479424 len=4096
read t=19071208079 offset=8720384 len=4096
read t=19119103079 offset=8724480 len=16384
read t=19169153079 offset=8740864 len=32768
read t=19218947079 offset=8773632 len=65536
read t=19271347079 offset=8851456 len=4096
read t=19319085079 offset=8855552 len=16384
read t=19369128079 offset=8871936 len=32768
read t=19418917079 offset=8904704 len=65536
read t=19468945079 offset=8839168 len=12288
read t=19518955079 offset=8970240 len=131072
read t=19569030079 offset=9101312 len=65536
read t=19623178079 offset=9465856 len=4096
read t=19669061079 offset=9469952 len=16384
read t=19719199079 offset=9486336 len=32768
read t=19768904079 offset=9519104 len=65536
read t=19818965079 offset=9584640 len=131072
read t=19869000079 offset=9166848 len=65536
read t=19918934079 offset=9908224 len=4096
read t=19968987079 offset=9912320 len=16384
read t=20019264079 offset=9928704 len=32768
read t=20069033079 offset=9961472 len=65536
read t=20118991079 offset=9715712 len=131072
read t=20168897079 offset=10027008 len=16384
read t=20219291079 offset=10043392 len=32768
read t=20268961079 offset=10076160 len=65536
read t=20319445079 offset=671744 len=131072
read t=20368846079 offset=3063808 len=16384
read t=20419291079 offset=802816 len=16384
read t=20469106079 offset=819200 len=32768
read t=20518437079 offset=851968 len=65536
read t=20568844079 offset=917504 len=131072
read t=20618770079 offset=10141696 len=81920
read t=20668800079 offset=1081344 len=4096
read t=20719022079 offset=1085440 len=16384
read t=20769018079 offset=1101824 len=32768
read t=20818843079 offset=1134592 len=65536
read t=20868862079 offset=1200128 len=131072
read t=20918972079 offset=1048576 len=32768
read t=20969075079 offset=1441792 len=4096
read t=21019451079 offset=1445888 len=16384
read t=21069003079 offset=1462272 len=32768
read t=21118870079 offset=1495040 len=65536
read t=21168827079 offset=1560576 len=53248
read t=21220787079 offset=7266304 len=131072
read t=21268787079 offset=9232384 len=16384
read t=21319502079 offset=8519680 len=131072
read t=21368919079 offset=8650752 len=69632
read t=21418864079 offset=8253440 len=4096
read t=21468996079 offset=8257536 len=16384
read t=21519099079 offset=8273920 len=32768
read t=21568935079 offset=8306688 len=65536
read t=21619180079 offset=8372224 len=28672
read t=21678149079 offset=7397376 len=131072
read t=21722766079 offset=7528448 len=131072
read t=21769785079 offset=7659520 len=131072
read t=21819148079 offset=6418432 len=16384
read t=21869161079 offset=6434816 len=32768
read t=21918865079 offset=6467584 len=65536
read t=21975857079 offset=6533120 len=131072
read t=22019011079 offset=6664192 len=131072
read t=22069009079 offset=6139904 len=28672
read t=22124586079 offset=5095424 len=4096
read t=22169067079 offset=5099520 len=16384
read t=22219293079 offset=5115904 len=32768
read t=22268897079 offset=5148672 len=12288
read t=22321704079 offset=3330048 len=131072
read t=22368847079 offset=2822144 len=4096
read t=22419063079 offset=2826240 len=16384
read t=22469069079 offset=2842624 len=32768
read t=22518825079 offset=2875392 len=65536
read t=22568804079 offset=2940928 len=4096
read t=22621334079 offset=2113536 len=131072
read t=22668833079 offset=1331200 len=16384
read t=22719184079 offset=1347584 len=32768
read t=22768838079 offset=1380352 len=61440
read t=22821618079 offset=7790592 len=131072
read t=22868898079 offset=8077312 len=4096
read t=22919172079 offset=8081408 len=16384
read t=22969151079 offset=8097792 len=32768
read t=23018913079 offset=8130560 len=65536
read t=23068927079 offset=8196096 len=57344
read t=23118960079 offset=7921664 len=131072
read t=23168892079 offset=19648512 len=4096
read t=23224031079 offset=2244608 len=131072
read t=23269045079 offset=4055040 len=4096
read t=23319083079 offset=4059136 len=16384
read t=23369168079 offset=4075520 len=32768
read t=23419158079 offset=4108288 len=65536
read t=23468875079 offset=4173824 len=131072
read t=23519001079 offset=4644864 len=4096
read t=23568977079 offset=4648960 len=16384
read t=23619109079 offset=4665344 len=32768
read t=23668812079 offset=4698112 len=65536
read t=23718858079 offset=4763648 len=131072
read t=23768915079 offset=4304896 len=131072
read t=23818961079 offset=3969024 len=4096
read t=23869022079 offset=3973120 len=16384
read t=23919292079 offset=3989504 len=32768
read t=23969021079 offset=4022272 len=32768
read t=24022173079 offset=3883008 len=4096
read t=24069018079 offset=3887104 len=16384
read t=24119274079 offset=3903488 len=32768
read t=24169046079 offset=3936256 len=32768
read t=24249316079 offset=3461120 len=131072
read t=24268618079 offset=4894720 len=131072
read t=24322132079 offset=5025792 len=69632
read t=24369023079 offset=3661824 len=4096
read t=24423434079 offset=3665920 len=16384
read t=24469410079 offset=3682304 len=32768
read t=24519252079 offset=3715072 len=65536
read t=24568876079 offset=3780608 len=102400
read t=24620846079 offset=2375680 len=16384
read t=24669219079 offset=2392064 len=32768
read t=24718956079 offset=2424832 len=65536
read t=24768898079 offset=2691072 len=4096
read t=24819176079 offset=2695168 len=16384
read t=24869094079 offset=2711552 len=32768
read t=24923377079 offset=2744320 len=65536
read t=24968869079 offset=2809856 len=12288
read t=25018957079 offset=2633728 len=4096
read t=25068676079 offset=2637824 len=16384
read t=25119169079 offset=2654208 len=32768
read t=25171351079 offset=2686976 len=4096
read t=25231171079 offset=2490368 len=131072
read t=25271922079 offset=2621440 len=12288
read t=25318539079 offset=19603456 len=4096
read t=25372976079 offset=22167552 len=4096
read t=25446259079 offset=10223616 len=114688
read t=25470186079 offset=10338304 len=131072
read t=25520073079 offset=10633216 len=4096
read t=25571582079 offset=10637312 len=16384
read t=25619886079 offset=10653696 len=32768
read t=25675085079 offset=10686464 len=65536
read t=25720722079 offset=10752000 len=131072
read t=25820046079 offset=4435968 len=131072
read t=25837662079 offset=10883072 len=16384
read t=25869352079 offset=10899456 len=32768
read t=25919307079 offset=10932224 len=65536
read t=25984367079 offset=10997760 len=131072
read t=26035488079 offset=22200320 len=4096
read t=26082310079 offset=11128832 len=131072
read t=26125555079 offset=10608640 len=4096
read t=26169069079 offset=10612736 len=16384
read t=26219142079 offset=10629120 len=4096
read t=26277597079 offset=218050560 len=4096
read t=26319101079 offset=218054656 len=16384
read t=26369199079 offset=218071040 len=32768
read t=26431026079 offset=218103808 len=65536
read t=26468938079 offset=8052736 len=24576
read t=26523746079 offset=3592192 len=69632
read t=26583914079 offset=4567040 len=16384
read t=26619353079 offset=4583424 len=32768
read t=26668940079 offset=4616192 len=28672
read t=26836746079 offset=19578880 len=4096
read t=26937658079 offset=19599360 len=4096
read t=26961495079 offset=21106688 len=4096
read t=27116816079 offset=11259904 len=131072
read t=27483556079 offset=11390976 len=131072
read t=28043488079 offset=6795264 len=90112
read t=28085423079 offset=9248768 len=32768
read t=28086399079 offset=9281536 len=65536
read t=28094983079 offset=9347072 len=118784
read t=28107291079 offset=9846784 len=16384
read t=28148055079 offset=9863168 len=32768
read t=28202975079 offset=9895936 len=12288
read t=28330972079 offset=19595264 len=4096
read t=28383802079 offset=21118976 len=4096
read t=28389535079 offset=21123072 len=16384
read t=28409621079 offset=21168128 len=4096
read t=28456014079 offset=19623936 len=4096
read t=28591574079 offset=19664896 len=4096
read t=28594385079 offset=21110784 len=4096
read t=28596972079 offset=16183296 len=4096
read t=28655467079 offset=21114880 len=4096
read t=28718317079 offset=21139456 len=28672
read t=28747499079 offset=21172224 len=28672
read t=28823776079 offset=21200896 len=131072
read t=28853583079 offset=16187392 len=4096
read t=30738256079 offset=11882496 len=4096
read t=30802673079 offset=12242944 len=4096
read t=30997370079 offset=11522048 len=131072
read t=31074930079 offset=23158784 len=4096
read t=31387105079 offset=11653120 len=131072
read t=31401350079 offset=39849984 len=4096
read t=31407688079 offset=39854080 len=16384
read t=32051796079 offset=11784192 len=98304
read t=32055309079 offset=11886592 len=28672
read t=32064726079 offset=11915264 len=131072
read t=32235732079 offset=12046336 len=131072
read t=32242987079 offset=12177408 len=65536
read t=32243453079 offset=12247040 len=61440
read t=32323267079 offset=19804160 len=4096
read t=32704560079 offset=13058048 len=4096
read t=32705063079 offset=13062144 len=16384
read t=32705675079 offset=13078528 len=32768
read t=32900804079 offset=12992512 len=4096
read t=32901326079 offset=12996608 len=16384
read t=32901736079 offset=13012992 len=32768
read t=32902495079 offset=13045760 len=12288
read t=32959141079 offset=13111296 len=131072
read t=33003760079 offset=12308480 len=16384
read t=33059417079 offset=12324864 len=32768
read t=33102308079 offset=12357632 len=81920
read t=33156699079 offset=12439552 len=131072
read t=33206388079 offset=12570624 len=131072
read t=33252773079 offset=12701696 len=131072
read t=33303686079 offset=12832768 len=131072
read t=33358176079 offset=12963840 len=28672
read t=33408851079 offset=13242368 len=98304
read t=33454781079 offset=28172288 len=4096
read t=33502715079 offset=13340672 len=32768
read t=33703130079 offset=27766784 len=4096
read t=33718727079 offset=28164096 len=4096
read t=33980406079 offset=19660800 len=4096
read t=35514209079 offset=19570688 len=4096
read t=35519930079 offset=19783680 len=4096
read t=37796774079 offset=28168192 len=4096
read t=38069762079 offset=22429696 len=4096
read t=38086691079 offset=22966272 len=4096
read t=38112678079 offset=22982656 len=4096
read t=38124389079 offset=27758592 len=4096
read t=38126219079 offset=19677184 len=20480
read t=38227260079 offset=15179776 len=4096
read t=38228372079 offset=15183872 len=16384
read t=38308252079 offset=15200256 len=32768
read t=38353100079 offset=15233024 len=65536
read t=38445456079 offset=15298560 len=131072
read t=39463388079 offset=18427904 len=4096
read t=39494943079 offset=13905920 len=4096
read t=39495680079 offset=13910016 len=16384
read t=39496566079 offset=13926400 len=32768
read t=39519805079 offset=13959168 len=65536
read t=39568915079 offset=14024704 len=131072
read t=39619359079 offset=13815808 len=4096
read t=39667638079 offset=13819904 len=16384
read t=39720068079 offset=13836288 len=32768
read t=39769085079 offset=13869056 len=36864
read t=39815390079 offset=252444672 len=4096
read t=39868453079 offset=252526592 len=4096
read t=39920460079 offset=14458880 len=4096
read t=39967624079 offset=14462976 len=16384
read t=40015792079 offset=14479360 len=32768
read t=40067796079 offset=14512128 len=65536
read t=40118041079 offset=14577664 len=131072
read t=40167459079 offset=252530688 len=4096
read t=40218120079 offset=252399616 len=4096
read t=40270120079 offset=13565952 len=4096
read t=40319833079 offset=13570048 len=16384
read t=40368086079 offset=13586432 len=32768
read t=40421468079 offset=13619200 len=65536
read t=40467387079 offset=252502016 len=4096
read t=40514920079 offset=10539008 len=4096
read t=40567598079 offset=10543104 len=16384
read t=40619831079 offset=10559488 len=32768
read t=40667778079 offset=10592256 len=16384
read t=40721344079 offset=16146432 len=4096
read t=40764741079 offset=16150528 len=16384
read t=40815119079 offset=16166912 len=16384
read t=40868301079 offset=16191488 len=73728
read t=40914778079 offset=252403712 len=4096
read t=40966316079 offset=15122432 len=4096
read t=41015596079 offset=15126528 len=16384
read t=41065690079 offset=15142912 len=36864
read t=41118080079 offset=14155776 len=131072
read t=41164718079 offset=252329984 len=4096
read t=41220108079 offset=13795328 len=4096
read t=41265121079 offset=13799424 len=16384
read t=41318387079 offset=15429632 len=131072
read t=41364735079 offset=252231680 len=4096
read t=41417126079 offset=13684736 len=110592
read t=41464932079 offset=15560704 len=131072
read t=41515143079 offset=16297984 len=4096
read t=41567546079 offset=16302080 len=16384
read t=41619867079 offset=252186624 len=4096
read t=41665478079 offset=13455360 len=4096
read t=41715296079 offset=13459456 len=16384
read t=41765161079 offset=13475840 len=32768
read t=41816234079 offset=13508608 len=57344
read t=41864938079 offset=14397440 len=4096
read t=41915144079 offset=14401536 len=16384
read t=41965131079 offset=14417920 len=32768
read t=42014961079 offset=14450688 len=8192
read t=42083325079 offset=16019456 len=4096
read t=42115657079 offset=16023552 len=16384
read t=42168592079 offset=16039936 len=32768
read t=42215575079 offset=16072704 len=73728
read t=42270220079 offset=16265216 len=4096
read t=42315143079 offset=16797696 len=4096
read t=42375295079 offset=16318464 len=32768
read t=42415291079 offset=252157952 len=4096
read t=42467992079 offset=13430784 len=4096
read t=42515309079 offset=13434880 len=16384
read t=42565078079 offset=13451264 len=4096
read t=42623595079 offset=16379904 len=4096
read t=42667136079 offset=15691776 len=131072
read t=42715122079 offset=19746816 len=4096
read t=42770870079 offset=18423808 len=4096
read t=42827250079 offset=252067840 len=4096
read t=42871311079 offset=14708736 len=131072
read t=42915109079 offset=16576512 len=4096
read t=42966985079 offset=16580608 len=16384
read t=43015971079 offset=15921152 len=4096
read t=43065135079 offset=15925248 len=16384
read t=43115089079 offset=15941632 len=32768
read t=43165061079 offset=15974400 len=45056
read t=43220770079 offset=16384000 len=4096
read t=43265046079 offset=16388096 len=16384
read t=43316376079 offset=49152 len=61440
read t=43365004079 offset=10469376 len=69632
read t=43414899079 offset=18432000 len=12288
read t=43465141079 offset=18444288 len=24576
read t=43514868079 offset=18468864 len=49152
read t=43564851079 offset=252035072 len=4096
read t=43615416079 offset=14286848 len=16384
read t=43665188079 offset=14303232 len=32768
read t=43714904079 offset=14336000 len=61440
read t=43775003079 offset=13406208 len=4096
read t=43819553079 offset=13410304 len=16384
read t=43930553079 offset=13426688 len=4096
read t=43962248079 offset=16596992 len=32768
read t=43964671079 offset=15835136 len=4096
read t=44019122079 offset=15839232 len=16384
read t=44065095079 offset=15855616 len=32768
read t=44114742079 offset=15888384 len=32768
read t=44175384079 offset=16404480 len=32768
read t=44215270079 offset=19292160 len=4096
read t=44268188079 offset=19296256 len=16384
read t=44315886079 offset=19312640 len=32768
read t=44368461079 offset=19345408 len=65536
read t=44419818079 offset=252026880 len=4096
read t=44471486079 offset=14839808 len=131072
read t=44515299079 offset=16629760 len=73728
read t=44564841079 offset=16703488 len=94208
read t=44615042079 offset=16801792 len=32768
read t=44664925079 offset=16437248 len=73728
read t=44727124079 offset=16351232 len=28672
read t=44770716079 offset=16269312 len=28672
read t=44815323079 offset=16510976 len=65536
read t=44864586079 offset=18518016 len=106496
read t=44922743079 offset=18624512 len=131072
read t=44966956079 offset=252047360 len=4096
read t=45022274079 offset=16834560 len=131072
read t=45116025079 offset=21471232 len=4096
read t=45118551079 offset=250953728 len=4096
read t=45187196079 offset=15822848 len=12288
read t=45302435079 offset=20639744 len=4096
read t=45349328079 offset=20635648 len=4096
read t=45374798079 offset=251920384 len=4096
read t=45376563079 offset=251924480 len=16384
read t=45416285079 offset=251940864 len=32768
read t=45467195079 offset=251973632 len=53248
read t=45518901079 offset=252030976 len=4096
read t=45606855079 offset=252039168 len=8192
read t=45616447079 offset=252051456 len=16384
read t=45664663079 offset=252071936 len=86016
read t=45717380079 offset=252162048 len=24576
read t=45764475079 offset=252190720 len=40960
read t=45826955079 offset=252235776 len=94208
read t=45865385079 offset=252334080 len=65536
read t=45915105079 offset=252407808 len=36864
read t=45966961079 offset=252448768 len=53248
read t=46015403079 offset=252506112 len=20480
read t=46067344079 offset=17956864 len=4096
read t=46118802079 offset=17960960 len=16384
read t=46181374079 offset=17977344 len=98304
read t=46349469079 offset=16965632 len=131072
read t=46569202079 offset=17096704 len=131072
read t=46582961079 offset=17227776 len=131072
read t=46591521079 offset=17358848 len=131072
read t=46603643079 offset=17489920 len=131072
read t=46748542079 offset=17620992 len=131072
read t=46749324079 offset=17752064 len=131072
read t=46781389079 offset=17883136 len=73728
read t=46790745079 offset=18075648 len=69632
read t=46871549079 offset=14970880 len=16384
read t=46872032079 offset=14987264 len=32768
read t=46920595079 offset=15020032 len=102400
read t=47358926079 offset=61440 len=4096
read t=47409218079 offset=192512 len=4096
read t=47459320079 offset=454656 len=4096
read t=47539611079 offset=978944 len=4096
read t=47561369079 offset=2027520 len=4096
read t=47608719079 offset=4124672 len=4096
read t=48027002079 offset=0 len=61440
read t=48063671079 offset=65536 len=126976
read t=48114513079 offset=196608 len=131072
read t=48166973079 offset=327680 len=126976
read t=48211666079 offset=252112896 len=131072
read t=48260288079 offset=252243968 len=131072
read t=48325228079 offset=252375040 len=131072
read t=48386218079 offset=252506112 len=28672
read t=48648968079 offset=18145280 len=126976
read t=48777544079 offset=18272256 len=131072
read t=48780255079 offset=18403328 len=20480
read t=49341611079 offset=19410944 len=16384
read t=49352024079 offset=19427328 len=32768
read t=49353176079 offset=19460096 len=65536
read t=49359286079 offset=19525632 len=24576
read t=49392655079 offset=19554304 len=16384
read t=49442841079 offset=19574784 len=4096
read t=49495866079 offset=19582976 len=12288
read t=49543025079 offset=18755584 len=131072
read t=49592928079 offset=19107840 len=4096
read t=49643176079 offset=19111936 len=16384
read t=49693156079 offset=19128320 len=32768
read t=49743016079 offset=19161088 len=65536
read t=49792846079 offset=19226624 len=65536
read t=49842970079 offset=18886656 len=16384
read t=49893186079 offset=18903040 len=32768
read t=49942868079 offset=18935808 len=65536
read t=49996543079 offset=19001344 len=16384
read t=50043115079 offset=19017728 len=32768
read t=50092855079 offset=19050496 len=57344
read t=50304313079 offset=19607552 len=16384
read t=50306880079 offset=19628032 len=20480
read t=50307242079 offset=19652608 len=8192
read t=50307632079 offset=19697664 len=24576
end files=138 reads=496
