liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 563
dropped 0
boots 1
duration_ns 57515642030
file /usr/bin/dash inode=213 t=16131620228 kinds=block pages=0-11,12-30 ranks=0,204 count=5
file /usr/lib/systemd/systemd inode=53945 t=16355343228 kinds=block pages=0-19,20-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=16550580228 kinds=block pages=0-11,12-35,36-52 ranks=2,8,5 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=16651034228 kinds=block pages=0-87,88-127,128-171,172-215,216-251,252-299,300-327,328-387,388-487,488-505 ranks=4,12,77,84,93,96,95,94,76,10 count=25
file /etc/ld.so.cache inode=3652 t=16893360228 kinds=block pages=0-1 ranks=6 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=16905839228 kinds=block pages=0-23,24-39,40-79,80-123,124-167,168-247,248-259,260-339,340-391,392-451,452-470 ranks=7,9,17,20,57,59,62,61,78,63,18 count=27
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=17289972228 kinds=block pages=0-35,36-43,44-147,148-187,188-231,232-255,256-327,328-355,356-383,384-463,464-507,508-547,548-575,576-687,688-767,768-799,800-817 ranks=11,58,16,75,90,126,92,89,88,85,87,103,127,86,91,74,13 count=41
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=17506845228 kinds=block pages=0-31 ranks=14 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=17570408228 kinds=block pages=0-3,4-16 ranks=15,21 count=3
file /usr/bin/touch inode=51584 t=18078309228 kinds=block pages=0-26 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=18300687228 kinds=block pages=0-31 ranks=22 count=3
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=18471550228 kinds=block pages=0-27 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=18471550228 kinds=block pages=0-19 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=18506795228 kinds=block pages=0-42 ranks=25 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=18605672228 kinds=block pages=0-67,68-79,80-98 ranks=26,30,27 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=18905358228 kinds=block pages=0-9 ranks=28 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=18905358228 kinds=block pages=0-15,16-55,56-67,68-86 ranks=29,31,73,32 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=19150278228 kinds=block pages=0-11 ranks=33 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=19205535228 kinds=block pages=0-50 ranks=34 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=19249939228 kinds=block pages=0-19,20-95,224-278,279-307,308-325 ranks=35,71,72,132,36 count=9
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=19450350228 kinds=block pages=0-8 ranks=37 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=19505502228 kinds=block pages=0-36 ranks=38 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=19560036228 kinds=block pages=0-87,88-151,152-255,544-587,588-607,800-823,824-865,866-871,872-927,1024-1035,1036-1135,1136-1155 ranks=39,64,69,70,79,80,83,125,81,82,68,40 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=19754573228 kinds=block pages=0-27,28-95,144-159,160-167,168-186 ranks=41,66,121,67,42 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=20027875228 kinds=block pages=0-23,24-27,28-46 ranks=43,46,44 count=5
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=20249873228 kinds=block pages=0-19,20-87,88-107,108-115,116-159,192-205,206-222 ranks=45,47,51,65,133,134,48 count=12
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=20599801228 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=20599801228 kinds=block pages=0-55,56-99,100-135,136-153 ranks=50,54,135,52 count=9
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=20850048228 kinds=block pages=0-27,28-38 ranks=53,55 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=21085326228 kinds=block pages=0-55,56-119,120-171 ranks=56,60,97 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=26274706228 kinds=block pages=0-99,100-155,156-191,288-291,292-308 ranks=98,217,191,192,120 count=10
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=26406905228 kinds=block pages=0-63 ranks=99 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=26549852228 kinds=block pages=0-1 ranks=100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=26549852228 kinds=block pages=0-26 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=26549852228 kinds=block pages=0-23,24-27 ranks=102,104 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=26710301228 kinds=block pages=0-15 ranks=105 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=26750644228 kinds=block pages=0-8 ranks=106 count=1
file /usr/bin/kmod inode=340463 t=26750644228 kinds=block pages=0-43 ranks=107 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=26839556228 kinds=block pages=0-8 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=26839556228 kinds=block pages=0-3 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=26839556228 kinds=block pages=0-10 ranks=110 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=27116615228 kinds=block pages=0-5 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=27116615228 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=27116615228 kinds=block pages=0-3 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=27116615228 kinds=block pages=0-5 ranks=114 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=27116615228 kinds=block pages=0-3 ranks=115 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=27116615228 kinds=block pages=0-3 ranks=116 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=27116615228 kinds=block pages=0-3 ranks=117 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=27116615228 kinds=block pages=0-7 ranks=118 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=27116615228 kinds=block pages=0-3,4-7 ranks=119,128 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=27367787228 kinds=block pages=0-30 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=27367787228 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=27367787228 kinds=block pages=0-6 ranks=124 count=1
file /usr/bin/mount inode=355584 t=28364292228 kinds=block pages=0-14 ranks=129 count=2
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=28921689228 kinds=block pages=0-6 ranks=130 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=28921689228 kinds=block pages=0-27,28-63,64-86 ranks=131,136,139 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=33101524228 kinds=block pages=0-28 ranks=137 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=33209318228 kinds=block pages=0-59,60-105 ranks=138,141 count=2
file /usr/lib/lsb/init-functions inode=618725 t=33217715228 kinds=block pages=0-2 ranks=140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=34040492228 kinds=block pages=0-3 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=34069457228 kinds=block pages=0-100 ranks=143 count=3
file /usr/lib/systemd/systemd-journald inode=371355 t=34785304228 kinds=block pages=0-41 ranks=144 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=34824513228 kinds=block pages=0-4 ranks=145 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=34824513228 kinds=block pages=0-4 ranks=146 count=1
file /usr/bin/udevadm inode=382592 t=34827164228 kinds=block pages=0-27,28-147,148-151,152-267,268-311,312-330 ranks=147,155,157,156,151,148 count=17
file /usr/lib/systemd/systemd-random-seed inode=408747 t=35845439228 kinds=block pages=0-5 ranks=149 count=1
file /usr/lib/systemd/systemd-sysctl inode=408751 t=35845439228 kinds=block pages=0-5 ranks=150 count=1
file /usr/bin/systemd-sysusers inode=408755 t=36109195228 kinds=block pages=0-15 ranks=152 count=1
file /usr/bin/journalctl inode=411045 t=36109195228 kinds=block pages=0-18 ranks=153 count=1
file /usr/bin/systemd-tmpfiles inode=411053 t=36109195228 kinds=block pages=0-11,12-27 ranks=154,158 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=36979098228 kinds=block pages=0-4 ranks=159 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=38671056228 kinds=block pages=0-31,960-983,984-1007,1008-1103,1104-1115,1116-1151,1728-1743,1744-1855,1888-1903,1904-1935,1936-1955,1956-2015,2464-2491,2492-2583,2584-2627,2628-2663,2664-2683,2684-2783,2944-2959,2960-3059,3060-3103,3104-3155,3156-3178 ranks=160,207,199,190,189,187,188,205,213,209,200,176,177,173,197,215,195,185,186,212,220,260,196 count=54
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=42541552228 kinds=block pages=0-1 ranks=161 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=42541552228 kinds=block pages=0-1 ranks=162 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=42697175228 kinds=block pages=0-2 ranks=163 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=42838630228 kinds=block pages=0-1 ranks=164 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=42838630228 kinds=block pages=0-1 ranks=165 count=1
file /usr/bin/systemctl inode=476416 t=42838630228 kinds=block pages=0-63,64-147,148-191,192-195,196-223,224-259,260-311,312-330 ranks=166,171,174,193,178,175,172,167 count=17
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=44572035228 kinds=block pages=0-3 ranks=168 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=44609804228 kinds=block pages=0-21 ranks=169 count=1
file /usr/lib/udev/cdrom_id inode=505937 t=44609804228 kinds=block pages=0-7,8-19 ranks=170,179 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=46742734228 kinds=block pages=0-6 ranks=180 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=46742734228 kinds=block pages=0-11 ranks=181 count=1
file /usr/lib/udev/ata_id inode=505973 t=46742734228 kinds=block pages=0-16 ranks=182 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=46742734228 kinds=block pages=0-7 ranks=183 count=1
file /var/log/dpkg.log inode=880476 t=46786981228 kinds=block pages=0-12 ranks=184 count=2
file /usr/sbin/e2scrub_all inode=525048 t=47937668228 kinds=block pages=0-1 ranks=194 count=1
file /usr/bin/bash inode=575872 t=48487016228 kinds=block pages=0-31,32-107,108-151,152-187,188-223,224-291,292-308 ranks=198,208,269,273,279,272,201 count=17
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=49112999228 kinds=block pages=0-31,32-49 ranks=202,261 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=49206816228 kinds=block pages=0-2 ranks=203 count=1
file /var/lib/dpkg/info/tar.list inode=878829 t=49487146228 kinds=block pages=0-1 ranks=206 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=49990735228 kinds=block pages=0-13 ranks=210 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=49990735228 kinds=block pages=0-46 ranks=211 count=1
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=50189904228 kinds=block pages=0-1 ranks=214 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=50490446228 kinds=block pages=0-11,12-95 ranks=216,221 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=50641957228 kinds=block pages=0-8 ranks=218 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=50641957228 kinds=block pages=0-12 ranks=219 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=50843065228 kinds=block pages=0-3 ranks=222 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=50891707228 kinds=block pages=0-91,92-179,180-580 ranks=223,255,257 count=9
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=51224577228 kinds=block pages=0-2 ranks=224 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=51224577228 kinds=block pages=0-4 ranks=225 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=51224577228 kinds=block pages=0-2 ranks=226 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=51233371228 kinds=block pages=0-1 ranks=227 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=51233371228 kinds=block pages=0-60 ranks=228 count=2
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=51240533228 kinds=block pages=0-101 ranks=229 count=4
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=51387010228 kinds=block pages=0-6 ranks=230 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=51387010228 kinds=block pages=0-3 ranks=231 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=51442616228 kinds=block pages=0-5 ranks=232 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=51442616228 kinds=block pages=0-2 ranks=233 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=51442616228 kinds=block pages=0-2 ranks=234 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=51442616228 kinds=block pages=0-3 ranks=235 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=51442616228 kinds=block pages=0-4 ranks=236 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=51442616228 kinds=block pages=0-10 ranks=237 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=51442616228 kinds=block pages=0-13 ranks=238 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=51442616228 kinds=block pages=0-1 ranks=239 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=51442616228 kinds=block pages=0-9 ranks=240 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=51510798228 kinds=block pages=0-11 ranks=241 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=51510798228 kinds=block pages=0-1 ranks=242 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=51541252228 kinds=block pages=0-1 ranks=243 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=51541252228 kinds=block pages=0-12 ranks=244 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=51622757228 kinds=block pages=0-15 ranks=245 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=51622757228 kinds=block pages=0-69 ranks=246 count=2
file /var/lib/dpkg/info/udev.list inode=879440 t=51638672228 kinds=block pages=0-1 ranks=247 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=51638672228 kinds=block pages=0-1 ranks=248 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=51638672228 kinds=block pages=0-2 ranks=249 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=51638672228 kinds=block pages=0-4 ranks=250 count=2
file /var/lib/dpkg/status inode=880133 t=51638672228 kinds=block pages=0-21 ranks=251 count=3
file /var/lib/dpkg/status-old inode=880141 t=51714146228 kinds=block pages=0-21 ranks=252 count=3
file /var/lib/systemd/catalog/database inode=880227 t=51846555228 kinds=block pages=0-52 ranks=253 count=4
file /var/log/bootstrap.log inode=880467 t=51910540228 kinds=block pages=0-15 ranks=254 count=2
file /usr/lib/udev/dmi_memory_id inode=524957 t=52086947228 kinds=block pages=0-7,8-18 ranks=256,258 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=52506394228 kinds=block pages=0-43,44-63 ranks=259,264 count=2
file /usr/bin/readlink inode=575991 t=54044200228 kinds=block pages=0-12 ranks=262 count=1
file /usr/bin/cat inode=609024 t=54044200228 kinds=block pages=0-10 ranks=263 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=54844369228 kinds=block pages=0-39,40-97 ranks=265,267 count=2
file /usr/bin/sleep inode=609030 t=54944633228 kinds=block pages=0-10 ranks=266 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=55201375228 kinds=block pages=0-3,4-16 ranks=268,270 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=55347486228 kinds=block pages=0-14 ranks=271 count=1
file /usr/sbin/agetty inode=692908 t=56509385228 kinds=block pages=0-16 ranks=274 count=1
file /usr/sbin/badblocks inode=692915 t=56624718228 kinds=block pages=0-8 ranks=275 count=1
file /usr/sbin/blkdeactivate inode=692920 t=56624718228 kinds=block pages=0-3 ranks=276 count=1
file /usr/sbin/blkdiscard inode=692924 t=56624718228 kinds=block pages=0-8 ranks=277 count=1
file /usr/sbin/blkid inode=692929 t=56624718228 kinds=block pages=0-15 ranks=278 count=1
read t=16061615228 offset=0 len=16384
read t=16131620228 offset=16384 len=32768
read t=16169521228 offset=19673088 len=4096
read t=16173261228 offset=1650688 len=4096
read t=16173945228 offset=22188032 len=4096
read t=16225786228 offset=19550208 len=4096
read t=16296648228 offset=19668992 len=4096
read t=16307076228 offset=1724416 len=4096
read t=16355343228 offset=1728512 len=16384
read t=16400520228 offset=1744896 len=32768
read t=16450011228 offset=22163456 len=4096
read t=16506194228 offset=110592 len=4096
read t=16550580228 offset=114688 len=16384
read t=16609183228 offset=131072 len=32768
read t=16651034228 offset=1777664 len=73728
read t=16706631228 offset=1851392 len=131072
read t=16750801228 offset=245760 len=4096
read t=16806848228 offset=249856 len=16384
read t=16893360228 offset=266240 len=32768
read t=16905839228 offset=299008 len=65536
read t=16957901228 offset=163840 len=16384
read t=17006519228 offset=180224 len=32768
read t=17085760228 offset=212992 len=32768
read t=17105840228 offset=364544 len=45056
read t=17190540228 offset=2945024 len=4096
read t=17207288228 offset=2949120 len=16384
read t=17289972228 offset=2965504 len=32768
read t=17308536228 offset=2998272 len=65536
read t=17368238228 offset=1982464 len=131072
read t=17405790228 offset=5160960 len=4096
read t=17451470228 offset=5165056 len=16384
read t=17506845228 offset=5181440 len=32768
read t=17570408228 offset=5214208 len=65536
read t=17605668228 offset=3080192 len=4096
read t=17650836228 offset=3084288 len=16384
read t=17743451228 offset=3100672 len=32768
read t=17762390228 offset=3133440 len=65536
read t=17806138228 offset=3198976 len=131072
read t=17894641228 offset=409600 len=131072
read t=17900118228 offset=1613824 len=4096
read t=17954537228 offset=1617920 len=16384
read t=18007037228 offset=1634304 len=16384
read t=18078309228 offset=1654784 len=69632
read t=18120978228 offset=540672 len=131072
read t=18150551228 offset=21458944 len=4096
read t=18213258228 offset=21454848 len=4096
read t=18267770228 offset=5279744 len=16384
read t=18300687228 offset=5296128 len=32768
read t=18349874228 offset=5328896 len=65536
read t=18405743228 offset=21422080 len=4096
read t=18471550228 offset=5394432 len=131072
read t=18506795228 offset=5525504 len=65536
read t=18549868228 offset=21446656 len=4096
read t=18605672228 offset=5591040 len=131072
read t=18650044228 offset=21413888 len=4096
read t=18759668228 offset=5722112 len=131072
read t=18763028228 offset=5890048 len=4096
read t=18800581228 offset=5894144 len=16384
read t=18850041228 offset=5910528 len=32768
read t=18905358228 offset=5943296 len=65536
read t=18950815228 offset=5853184 len=36864
read t=19005437228 offset=6008832 len=131072
read t=19053595228 offset=6168576 len=4096
read t=19105626228 offset=6172672 len=16384
read t=19150278228 offset=6189056 len=32768
read t=19205535228 offset=6221824 len=65536
read t=19249939228 offset=6287360 len=131072
read t=19307883228 offset=21438464 len=4096
read t=19352467228 offset=6885376 len=4096
read t=19435642228 offset=6889472 len=16384
read t=19450350228 offset=6905856 len=32768
read t=19505502228 offset=6938624 len=65536
read t=19560036228 offset=7004160 len=131072
read t=19608434228 offset=7135232 len=131072
read t=19653831228 offset=8400896 len=4096
read t=19706372228 offset=8404992 len=16384
read t=19754573228 offset=8421376 len=32768
read t=19825743228 offset=8454144 len=65536
read t=19849887228 offset=21479424 len=4096
read t=19916956228 offset=8720384 len=4096
read t=19950949228 offset=8724480 len=16384
read t=20027875228 offset=8740864 len=32768
read t=20049823228 offset=8773632 len=65536
read t=20127151228 offset=8851456 len=4096
read t=20150266228 offset=8855552 len=16384
read t=20214695228 offset=8871936 len=32768
read t=20249873228 offset=8904704 len=65536
read t=20312399228 offset=8839168 len=12288
read t=20349840228 offset=8970240 len=131072
read t=20405491228 offset=9101312 len=65536
read t=20450576228 offset=9465856 len=4096
read t=20505662228 offset=9469952 len=16384
read t=20564404228 offset=9486336 len=32768
read t=20599801228 offset=9519104 len=65536
read t=20649859228 offset=9584640 len=131072
read t=20705337228 offset=9166848 len=65536
read t=20749850228 offset=9908224 len=4096
read t=20810477228 offset=9912320 len=16384
read t=20850048228 offset=9928704 len=32768
read t=20931756228 offset=9961472 len=65536
read t=20949987228 offset=9715712 len=131072
read t=21000217228 offset=10027008 len=16384
read t=21085326228 offset=10043392 len=32768
read t=21111323228 offset=10076160 len=65536
read t=21151220228 offset=671744 len=131072
read t=21200204228 offset=3063808 len=16384
read t=21263929228 offset=802816 len=16384
read t=21301344228 offset=819200 len=32768
read t=21350517228 offset=851968 len=65536
read t=21425817228 offset=917504 len=131072
read t=21450087228 offset=10141696 len=81920
read t=21501739228 offset=1081344 len=4096
read t=21557687228 offset=1085440 len=16384
read t=21601693228 offset=1101824 len=32768
read t=21665051228 offset=1134592 len=65536
read t=21699919228 offset=1200128 len=131072
read t=21778111228 offset=1048576 len=32768
read t=21800110228 offset=1441792 len=4096
read t=21850838228 offset=1445888 len=16384
read t=21932943228 offset=1462272 len=32768
read t=21950396228 offset=1495040 len=65536
read t=22000287228 offset=1560576 len=53248
read t=22088617228 offset=7266304 len=131072
read t=22100090228 offset=9232384 len=16384
read t=22150589228 offset=8519680 len=131072
read t=22207847228 offset=8650752 len=69632
read t=22250091228 offset=8253440 len=4096
read t=22300154228 offset=8257536 len=16384
read t=22386606228 offset=8273920 len=32768
read t=22399793228 offset=8306688 len=65536
read t=22449852228 offset=8372224 len=28672
read t=22523445228 offset=7397376 len=131072
read t=22551243228 offset=7528448 len=131072
read t=22606577228 offset=7659520 len=131072
read t=22657837228 offset=6418432 len=16384
read t=22700037228 offset=6434816 len=32768
read t=22771884228 offset=6467584 len=65536
read t=22807374228 offset=6533120 len=131072
read t=22850011228 offset=6664192 len=131072
read t=22921663228 offset=6139904 len=28672
read t=22951383228 offset=5095424 len=4096
read t=22999997228 offset=5099520 len=16384
read t=23054646228 offset=5115904 len=32768
read t=23099752228 offset=5148672 len=12288
read t=23174741228 offset=3330048 len=131072
read t=23199805228 offset=2822144 len=4096
read t=23249972228 offset=2826240 len=16384
read t=23318039228 offset=2842624 len=32768
read t=23349840228 offset=2875392 len=65536
read t=23405484228 offset=2940928 len=4096
read t=23481204228 offset=2113536 len=131072
read t=23505295228 offset=1331200 len=16384
read t=23553797228 offset=1347584 len=32768
read t=23605562228 offset=1380352 len=61440
read t=23653311228 offset=7790592 len=131072
read t=23733568228 offset=8077312 len=4096
read t=23749883228 offset=8081408 len=16384
read t=23806413228 offset=8097792 len=32768
read t=23852692228 offset=8130560 len=65536
read t=23905401228 offset=8196096 len=57344
read t=23949845228 offset=7921664 len=131072
read t=24005637228 offset=19648512 len=4096
read t=24053557228 offset=2244608 len=131072
read t=24108171228 offset=4055040 len=4096
read t=24150765228 offset=4059136 len=16384
read t=24200058228 offset=4075520 len=32768
read t=24250068228 offset=4108288 len=65536
read t=24305641228 offset=4173824 len=131072
read t=24350163228 offset=4644864 len=4096
read t=24405649228 offset=4648960 len=16384
read t=24454227228 offset=4665344 len=32768
read t=24621653228 offset=4698112 len=65536
read t=24622580228 offset=4763648 len=131072
read t=24624594228 offset=4304896 len=131072
read t=24681587228 offset=3969024 len=4096
read t=24716438228 offset=3973120 len=16384
read t=24757801228 offset=3989504 len=32768
read t=24805422228 offset=4022272 len=32768
read t=24852000228 offset=3883008 len=4096
read t=24905536228 offset=3887104 len=16384
read t=25014738228 offset=3903488 len=32768
read t=25017293228 offset=3936256 len=32768
read t=25126756228 offset=3461120 len=131072
read t=25131326228 offset=4894720 len=131072
read t=25171737228 offset=5025792 len=69632
read t=25199763228 offset=3661824 len=4096
read t=25262757228 offset=3665920 len=16384
read t=25300485228 offset=3682304 len=32768
read t=25367713228 offset=3715072 len=65536
read t=25400045228 offset=3780608 len=102400
read t=25458594228 offset=2375680 len=16384
read t=25515933228 offset=2392064 len=32768
read t=25550797228 offset=2424832 len=65536
read t=25617531228 offset=2691072 len=4096
read t=25649949228 offset=2695168 len=16384
read t=25706104228 offset=2711552 len=32768
read t=25777504228 offset=2744320 len=65536
read t=25801677228 offset=2809856 len=12288
read t=25852966228 offset=2633728 len=4096
read t=25905633228 offset=2637824 len=16384
read t=25950200228 offset=2654208 len=32768
read t=26005552228 offset=2686976 len=4096
read t=26057174228 offset=2490368 len=131072
read t=26110214228 offset=2621440 len=12288
read t=26178679228 offset=19603456 len=4096
read t=26207973228 offset=22167552 len=4096
read t=26274706228 offset=10223616 len=114688
read t=26301495228 offset=10338304 len=131072
read t=26354629228 offset=10633216 len=4096
read t=26406905228 offset=10637312 len=16384
read t=26450353228 offset=10653696 len=32768
read t=26505388228 offset=10686464 len=65536
read t=26549852228 offset=10752000 len=131072
read t=26679083228 offset=4435968 len=131072
read t=26708605228 offset=10883072 len=16384
read t=26710301228 offset=10899456 len=32768
read t=26750644228 offset=10932224 len=65536
read t=26839556228 offset=10997760 len=131072
read t=27093288228 offset=22200320 len=4096
read t=27116615228 offset=11128832 len=131072
read t=27138962228 offset=10608640 len=4096
read t=27139449228 offset=10612736 len=16384
read t=27145697228 offset=10629120 len=4096
read t=27198890228 offset=218050560 len=4096
read t=27275800228 offset=218054656 len=16384
read t=27367131228 offset=218071040 len=32768
read t=27367787228 offset=218103808 len=65536
read t=27406150228 offset=8052736 len=24576
read t=27447523228 offset=3592192 len=69632
read t=27543404228 offset=4567040 len=16384
read t=27550052228 offset=4583424 len=32768
read t=27613762228 offset=4616192 len=28672
read t=27890830228 offset=19578880 len=4096
read t=28084002228 offset=19599360 len=4096
read t=28148807228 offset=21106688 len=4096
read t=28364292228 offset=11259904 len=131072
read t=28921689228 offset=11390976 len=131072
read t=29821452228 offset=6795264 len=90112
read t=29925579228 offset=9248768 len=32768
read t=29973765228 offset=9281536 len=65536
read t=29974597228 offset=9347072 len=118784
read t=29978906228 offset=9846784 len=16384
read t=29979285228 offset=9863168 len=32768
read t=30037607228 offset=9895936 len=12288
read t=30430501228 offset=19595264 len=4096
read t=30479231228 offset=21118976 len=4096
read t=30488581228 offset=21123072 len=16384
read t=30579402228 offset=21168128 len=4096
read t=30608963228 offset=19623936 len=4096
read t=30691009228 offset=19664896 len=4096
read t=30711026228 offset=21110784 len=4096
read t=30712408228 offset=16183296 len=4096
read t=30716063228 offset=21114880 len=4096
read t=30749397228 offset=21139456 len=28672
read t=30806552228 offset=21172224 len=28672
read t=30871875228 offset=21200896 len=131072
read t=30892929228 offset=16187392 len=4096
read t=32927653228 offset=11882496 len=4096
read t=32952855228 offset=12242944 len=4096
read t=33101524228 offset=11522048 len=131072
read t=33149508228 offset=23158784 len=4096
read t=33209318228 offset=11653120 len=131072
read t=33216420228 offset=39849984 len=4096
read t=33217715228 offset=39854080 len=16384
read t=34040492228 offset=11784192 len=98304
read t=34069457228 offset=11886592 len=28672
read t=34173970228 offset=11915264 len=131072
read t=34785304228 offset=12046336 len=131072
read t=34824513228 offset=12177408 len=65536
read t=34827164228 offset=12247040 len=61440
read t=35221938228 offset=19804160 len=4096
read t=35829500228 offset=13058048 len=4096
read t=35837280228 offset=13062144 len=16384
read t=35845439228 offset=13078528 len=32768
read t=36053906228 offset=12992512 len=4096
read t=36054711228 offset=12996608 len=16384
read t=36057674228 offset=13012992 len=32768
read t=36065382228 offset=13045760 len=12288
read t=36109195228 offset=13111296 len=131072
read t=36158380228 offset=12308480 len=16384
read t=36221032228 offset=12324864 len=32768
read t=36261311228 offset=12357632 len=65536
read t=36314574228 offset=12423168 len=131072
read t=36358854228 offset=12554240 len=131072
read t=36410523228 offset=12689408 len=4096
read t=36458606228 offset=12693504 len=16384
read t=36511093228 offset=12709888 len=32768
read t=36555749228 offset=12742656 len=65536
read t=36611681228 offset=12808192 len=131072
read t=36677968228 offset=12939264 len=53248
read t=36781325228 offset=12685312 len=4096
read t=36979098228 offset=13242368 len=98304
read t=37214545228 offset=28172288 len=4096
read t=38671056228 offset=13340672 len=32768
read t=38981480228 offset=27766784 len=4096
read t=39001926228 offset=28164096 len=4096
read t=39615040228 offset=19660800 len=4096
read t=40659321228 offset=19570688 len=4096
read t=40660801228 offset=19783680 len=4096
read t=42024744228 offset=28168192 len=4096
read t=42040197228 offset=22429696 len=4096
read t=42041123228 offset=22966272 len=4096
read t=42041750228 offset=22982656 len=4096
read t=42084518228 offset=27758592 len=4096
read t=42135209228 offset=19677184 len=20480
read t=42521854228 offset=15179776 len=4096
read t=42541552228 offset=15183872 len=16384
read t=42697175228 offset=15200256 len=32768
read t=42838630228 offset=15233024 len=65536
read t=43063932228 offset=15298560 len=131072
read t=43938946228 offset=18427904 len=4096
read t=44556862228 offset=16146432 len=4096
read t=44570391228 offset=16150528 len=16384
read t=44572035228 offset=16166912 len=16384
read t=44609804228 offset=16191488 len=73728
read t=45512268228 offset=15429632 len=131072
read t=45585268228 offset=15560704 len=131072
read t=45588302228 offset=16019456 len=4096
read t=45617325228 offset=16023552 len=16384
read t=45618784228 offset=16039936 len=32768
read t=45642565228 offset=16072704 len=73728
read t=45690263228 offset=16265216 len=4096
read t=45738828228 offset=13905920 len=4096
read t=45786783228 offset=13910016 len=16384
read t=45838297228 offset=13926400 len=32768
read t=45887196228 offset=13959168 len=65536
read t=45943568228 offset=14024704 len=131072
read t=46004226228 offset=15691776 len=131072
read t=46045478228 offset=15921152 len=4096
read t=46087949228 offset=15925248 len=16384
read t=46137270228 offset=15941632 len=32768
read t=46187105228 offset=15974400 len=45056
read t=46237509228 offset=252444672 len=4096
read t=46287626228 offset=13815808 len=4096
read t=46336938228 offset=13819904 len=16384
read t=46387174228 offset=13836288 len=32768
read t=46438533228 offset=13869056 len=36864
read t=46487980228 offset=15835136 len=4096
read t=46536919228 offset=15839232 len=16384
read t=46590418228 offset=15855616 len=32768
read t=46654411228 offset=15888384 len=32768
read t=46687540228 offset=252526592 len=4096
read t=46742734228 offset=16269312 len=131072
read t=46786981228 offset=252530688 len=4096
read t=46842735228 offset=14458880 len=4096
read t=46887295228 offset=14462976 len=16384
read t=46942343228 offset=14479360 len=32768
read t=46987275228 offset=14512128 len=65536
read t=47036741228 offset=14577664 len=131072
read t=47090952228 offset=252399616 len=4096
read t=47157549228 offset=16797696 len=4096
read t=47196859228 offset=13578240 len=4096
read t=47237172228 offset=13582336 len=16384
read t=47288211228 offset=13598720 len=32768
read t=47336870228 offset=13565952 len=4096
read t=47386909228 offset=13570048 len=8192
read t=47442477228 offset=13455360 len=4096
read t=47487104228 offset=13459456 len=16384
read t=47537082228 offset=13475840 len=32768
read t=47586814228 offset=13508608 len=57344
read t=47636996228 offset=10539008 len=4096
read t=47686914228 offset=10543104 len=16384
read t=47737208228 offset=10559488 len=32768
read t=47786829228 offset=10592256 len=16384
read t=47851175228 offset=15822848 len=12288
read t=47890814228 offset=252502016 len=4096
read t=47937668228 offset=18423808 len=4096
read t=47990212228 offset=14397440 len=4096
read t=48037285228 offset=14401536 len=16384
read t=48105716228 offset=14417920 len=32768
read t=48136904228 offset=14450688 len=8192
read t=48206891228 offset=15122432 len=4096
read t=48237252228 offset=15126528 len=16384
read t=48287385228 offset=15142912 len=32768
read t=48337042228 offset=15175680 len=4096
read t=48401387228 offset=252403712 len=4096
read t=48437608228 offset=14155776 len=131072
read t=48487016228 offset=18432000 len=12288
read t=48536978228 offset=18444288 len=24576
read t=48590356228 offset=18468864 len=49152
read t=48637026228 offset=13430784 len=4096
read t=48689722228 offset=13434880 len=16384
read t=48737218228 offset=13451264 len=4096
read t=48803182228 offset=19746816 len=4096
read t=48842544228 offset=252329984 len=4096
read t=48890587228 offset=13795328 len=4096
read t=48939008228 offset=13799424 len=16384
read t=49010942228 offset=19292160 len=4096
read t=49037508228 offset=19296256 len=16384
read t=49112999228 offset=19312640 len=32768
read t=49145356228 offset=19345408 len=65536
read t=49206816228 offset=16576512 len=4096
read t=49246857228 offset=49152 len=61440
read t=49306696228 offset=252231680 len=4096
read t=49347067228 offset=13631488 len=16384
read t=49408298228 offset=13647872 len=32768
read t=49440575228 offset=13680640 len=65536
read t=49487146228 offset=252186624 len=4096
read t=49543005228 offset=13406208 len=4096
read t=49587440228 offset=13410304 len=16384
read t=49638572228 offset=13426688 len=4096
read t=49693242228 offset=18518016 len=106496
read t=49739117228 offset=18624512 len=131072
read t=49786781228 offset=13762560 len=4096
read t=49838227228 offset=13766656 len=16384
read t=49894635228 offset=13783040 len=12288
read t=49938013228 offset=252157952 len=4096
read t=49990735228 offset=16400384 len=131072
read t=50041149228 offset=21471232 len=4096
read t=50091812228 offset=14708736 len=131072
read t=50142294228 offset=13746176 len=16384
read t=50189904228 offset=252067840 len=4096
read t=50239156228 offset=16580608 len=4096
read t=50298614228 offset=14286848 len=16384
read t=50342582228 offset=14303232 len=32768
read t=50388520228 offset=14336000 len=61440
read t=50465831228 offset=252035072 len=4096
read t=50490446228 offset=16584704 len=12288
read t=50539665228 offset=16596992 len=24576
read t=50590587228 offset=10469376 len=69632
read t=50641957228 offset=16531456 len=45056
read t=50695138228 offset=14839808 len=131072
read t=50738823228 offset=252026880 len=4096
read t=50788526228 offset=16621568 len=57344
read t=50843065228 offset=16678912 len=118784
read t=50891707228 offset=16801792 len=122880
read t=50937782228 offset=252047360 len=4096
read t=51037769228 offset=250953728 len=4096
read t=51106218228 offset=16924672 len=131072
read t=51208704228 offset=251920384 len=4096
read t=51224577228 offset=251924480 len=16384
read t=51233371228 offset=251940864 len=32768
read t=51240533228 offset=251973632 len=53248
read t=51289960228 offset=252030976 len=4096
read t=51337912228 offset=252039168 len=8192
read t=51387010228 offset=252051456 len=16384
read t=51442616228 offset=252071936 len=86016
read t=51510798228 offset=252162048 len=24576
read t=51541252228 offset=252190720 len=40960
read t=51622757228 offset=252235776 len=94208
read t=51638672228 offset=252334080 len=65536
read t=51714146228 offset=252407808 len=24576
read t=51745924228 offset=20639744 len=4096
read t=51811223228 offset=252432384 len=12288
read t=51846555228 offset=252448768 len=53248
read t=51910540228 offset=252506112 len=20480
read t=51937807228 offset=20635648 len=4096
read t=51990937228 offset=17055744 len=131072
read t=52036294228 offset=17956864 len=4096
read t=52086947228 offset=17960960 len=16384
read t=52149363228 offset=17186816 len=131072
read t=52196501228 offset=17317888 len=131072
read t=52242271228 offset=17448960 len=131072
read t=52296290228 offset=17580032 len=131072
read t=52337896228 offset=17711104 len=131072
read t=52391873228 offset=17842176 len=114688
read t=52453790228 offset=17977344 len=32768
read t=52506394228 offset=18010112 len=94208
read t=52822502228 offset=14970880 len=16384
read t=52921410228 offset=14987264 len=32768
read t=52922235228 offset=15020032 len=65536
read t=52922626228 offset=15085568 len=36864
read t=54007259228 offset=19410944 len=16384
read t=54012491228 offset=19427328 len=32768
read t=54044200228 offset=19460096 len=65536
read t=54146641228 offset=61440 len=4096
read t=54206970228 offset=192512 len=4096
read t=54246591228 offset=454656 len=4096
read t=54307058228 offset=978944 len=4096
read t=54345032228 offset=2027520 len=4096
read t=54407245228 offset=4124672 len=4096
read t=54802537228 offset=0 len=61440
read t=54844369228 offset=18104320 len=131072
read t=54895024228 offset=65536 len=126976
read t=54944633228 offset=19525632 len=24576
read t=54994682228 offset=19554304 len=16384
read t=55043872228 offset=19574784 len=4096
read t=55095501228 offset=196608 len=131072
read t=55147922228 offset=19582976 len=12288
read t=55201375228 offset=18235392 len=131072
read t=55254947228 offset=18755584 len=131072
read t=55295277228 offset=327680 len=126976
read t=55347486228 offset=18366464 len=57344
read t=55398390228 offset=252112896 len=131072
read t=55449389228 offset=19107840 len=4096
read t=55498418228 offset=252243968 len=131072
read t=55547472228 offset=19111936 len=16384
read t=55594198228 offset=252375040 len=131072
read t=55647426228 offset=19128320 len=98304
read t=55699224228 offset=252506112 len=28672
read t=55748178228 offset=19226624 len=65536
read t=55797687228 offset=22171648 len=12288
read t=55852979228 offset=18886656 len=16384
read t=55894466228 offset=18903040 len=32768
read t=55952032228 offset=18935808 len=65536
read t=56001980228 offset=220315648 len=4096
read t=56460615228 offset=220319744 len=16384
read t=56509385228 offset=220336128 len=32768
read t=56624718228 offset=220368896 len=65536
read t=57045304228 offset=19001344 len=16384
read t=57046240228 offset=19017728 len=32768
read t=57047466228 offset=19050496 len=57344
read t=57173512228 offset=19607552 len=16384
read t=57176323228 offset=19628032 len=20480
read t=57181963228 offset=19652608 len=8192
read t=57201791228 offset=19697664 len=24576
end files=143 reads=506
