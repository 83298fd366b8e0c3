liveopt-profile 2
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-57-amd64
image bytes_used=252534784 mkfs_time=0 inode_count=12821 block_size=4096 compressor=lz4 sha256=648fb55d137dc427ef65b8cef63fec7fb51574e1e9337d0cb6aca9884dab0c24
events 576
dropped 0
boots 1
duration_ns 45597919933
file /usr/bin/dash inode=213 t=11799291329 kinds=block pages=0-11,12-30 ranks=0,207 count=5
file /usr/lib/systemd/systemd inode=53945 t=12092300329 kinds=block pages=0-19,20-22 ranks=1,3 count=3
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=3584 t=12269233329 kinds=block pages=0-11,12-35,36-52 ranks=2,8,5 count=10
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=55808 t=12366848329 kinds=block pages=0-87,88-127,128-171,172-215,216-251,252-299,300-327,328-387,388-487,488-505 ranks=4,12,77,84,93,96,95,94,76,10 count=25
file /etc/ld.so.cache inode=3652 t=12567844329 kinds=block pages=0-1 ranks=6 count=2
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=9088 t=12617366329 kinds=block pages=0-23,24-39,40-79,80-123,124-167,168-247,248-259,260-339,340-391,392-451,452-470 ranks=7,9,17,20,57,59,62,61,78,63,18 count=27
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=92800 t=12968700329 kinds=block pages=0-35,36-43,44-147,148-187,188-231,232-255,256-327,328-355,356-383,384-463,464-507,508-547,548-575,576-687,688-767,768-799,800-817 ranks=11,58,16,75,90,126,92,89,88,85,87,103,127,86,91,74,13 count=41
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=93007 t=13225317329 kinds=block pages=0-31 ranks=14 count=2
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=93018 t=13266277329 kinds=block pages=0-3,4-16 ranks=15,21 count=3
file /usr/bin/touch inode=51584 t=13766819329 kinds=block pages=0-26 ranks=19 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=93025 t=14017526329 kinds=block pages=0-31 ranks=22 count=3
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=93036 t=14170588329 kinds=block pages=0-27 ranks=23 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=93046 t=14170588329 kinds=block pages=0-19 ranks=24 count=2
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=172800 t=14219549329 kinds=block pages=0-42 ranks=25 count=2
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=172814 t=14319619329 kinds=block pages=0-67,68-79,80-98 ranks=26,30,27 count=5
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=172842 t=14619917329 kinds=block pages=0-9 ranks=28 count=1
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=172847 t=14619917329 kinds=block pages=0-15,16-55,56-67,68-86 ranks=29,31,73,32 count=5
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=172872 t=14867713329 kinds=block pages=0-11 ranks=33 count=2
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=172878 t=14917062329 kinds=block pages=0-50 ranks=34 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=199040 t=14967377329 kinds=block pages=0-19,20-95,224-278,279-307,308-325 ranks=35,71,72,132,36 count=9
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=199124 t=15166559329 kinds=block pages=0-8 ranks=37 count=2
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=199129 t=15216427329 kinds=block pages=0-36 ranks=38 count=2
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=220544 t=15266501329 kinds=block pages=0-87,88-151,152-255,544-587,588-607,800-823,824-865,866-871,872-927,1024-1035,1036-1135,1136-1155 ranks=39,64,69,70,79,80,83,125,81,82,68,40 count=20
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=220836 t=15466602329 kinds=block pages=0-27,28-95,144-159,160-167,168-186 ranks=41,66,121,67,42 count=7
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=220886 t=15716841329 kinds=block pages=0-23,24-27,28-46 ranks=43,46,44 count=5
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=278272 t=15971410329 kinds=block pages=0-19,20-87,88-107,108-115,116-159,192-205,206-222 ranks=45,47,51,65,133,134,48 count=12
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=278331 t=16317647329 kinds=block pages=0-7 ranks=49 count=1
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=278336 t=16317647329 kinds=block pages=0-55,56-99,100-135,136-153 ranks=50,54,135,52 count=9
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=278377 t=16567649329 kinds=block pages=0-27,28-38 ranks=53,55 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.dep.bin inode=314524 t=16766861329 kinds=block pages=0-55,56-119,120-171 ranks=56,60,97 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.alias.bin inode=321408 t=21975130329 kinds=block pages=0-99,100-155,156-191,288-291,292-308 ranks=98,216,174,175,120 count=10
file /usr/lib/modules/6.1.0-57-amd64/modules.symbols.bin inode=332288 t=22118261329 kinds=block pages=0-63 ranks=99 count=4
file /usr/lib/modules/6.1.0-57-amd64/modules.builtin.bin inode=336591 t=22266402329 kinds=block pages=0-1 ranks=100 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/autofs/autofs4.ko inode=336768 t=22266402329 kinds=block pages=0-26 ranks=101 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/netfilter/x_tables.ko inode=338670 t=22266402329 kinds=block pages=0-23,24-27 ranks=102,104 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=340402 t=22417721329 kinds=block pages=0-15 ranks=105 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=340459 t=22467622329 kinds=block pages=0-8 ranks=106 count=1
file /usr/bin/kmod inode=340463 t=22467622329 kinds=block pages=0-43 ranks=107 count=2
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=346329 t=22520811329 kinds=block pages=0-8 ranks=108 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=346334 t=22520811329 kinds=block pages=0-3 ranks=109 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=346338 t=22520811329 kinds=block pages=0-10 ranks=110 count=2
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=346344 t=22628353329 kinds=block pages=0-5 ranks=111 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=346348 t=22628353329 kinds=block pages=0-7 ranks=112 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=346353 t=22628353329 kinds=block pages=0-3 ranks=113 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=346357 t=22628353329 kinds=block pages=0-5 ranks=114 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=346361 t=22628353329 kinds=block pages=0-3 ranks=115 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=350208 t=22628353329 kinds=block pages=0-3 ranks=116 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=350212 t=22628353329 kinds=block pages=0-3 ranks=117 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=350216 t=22628353329 kinds=block pages=0-7 ranks=118 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=350221 t=22628353329 kinds=block pages=0-3,4-7 ranks=119,128 count=2
file /usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so inode=671260 t=22972568329 kinds=block pages=0-30 ranks=122 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm inode=671306 t=22972568329 kinds=block pages=0-1 ranks=123 count=1
file /usr/lib/x86_64-linux-gnu/perl-base/Carp.pm inode=671313 t=22972568329 kinds=block pages=0-6 ranks=124 count=1
file /usr/bin/mount inode=355584 t=23581955329 kinds=block pages=0-14 ranks=129 count=2
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=355674 t=23978549329 kinds=block pages=0-6 ranks=130 count=1
file /usr/lib/locale/C.utf8/LC_CTYPE inode=357760 t=23978549329 kinds=block pages=0-27,28-63,64-86 ranks=131,136,139 count=3
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/configfs/configfs.ko inode=357805 t=26550212329 kinds=block pages=0-28 ranks=137 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/md/dm-mod.ko inode=357846 t=26619724329 kinds=block pages=0-59,60-105 ranks=138,141 count=2
file /usr/lib/lsb/init-functions inode=618725 t=26636575329 kinds=block pages=0-2 ranks=140 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=357879 t=27103468329 kinds=block pages=0-3 ranks=142 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/fs/fuse/fuse.ko inode=371328 t=27104096329 kinds=block pages=0-100 ranks=143 count=3
file /usr/lib/systemd/systemd-journald inode=371355 t=27237710329 kinds=block pages=0-41 ranks=144 count=2
file /usr/lib/systemd/systemd-modules-load inode=371368 t=27243700329 kinds=block pages=0-4 ranks=145 count=1
file /usr/lib/systemd/systemd-remount-fs inode=371372 t=27243700329 kinds=block pages=0-4 ranks=146 count=1
file /usr/bin/udevadm inode=382592 t=27244108329 kinds=block pages=0-27,28-147,148-151,152-243,244-267,268-311,312-330 ranks=147,155,161,156,159,151,148 count=19
file /usr/lib/systemd/systemd-random-seed inode=408747 t=27785308329 kinds=block pages=0-5 ranks=149 count=1
file /usr/lib/systemd/systemd-sysctl inode=408751 t=27785308329 kinds=block pages=0-5 ranks=150 count=1
file /usr/bin/systemd-sysusers inode=408755 t=28102578329 kinds=block pages=0-15 ranks=152 count=1
file /usr/bin/journalctl inode=411045 t=28102578329 kinds=block pages=0-18 ranks=153 count=1
file /usr/bin/systemd-tmpfiles inode=411053 t=28102578329 kinds=block pages=0-11,12-27 ranks=154,157 count=2
file /usr/lib/systemd/systemd-update-utmp inode=415510 t=28655696329 kinds=block pages=0-4 ranks=158 count=1
file /usr/lib/udev/hwdb.bin inode=416000 t=28866747329 kinds=block pages=0-31,960-983,984-1007,1008-1103,1104-1151,1728-1795,1796-1855,1888-1935,1936-1955,1956-2015,2464-2491,2492-2583,2584-2627,2628-2663,2664-2683,2684-2695,2696-2751,2752-2767,2768-2783,2944-2959,2960-3015,3016-3075,3076-3091,3092-3155,3156-3178 ranks=160,212,198,186,176,177,189,190,185,169,170,168,183,211,192,173,172,193,269,270,217,210,268,267,179 count=55
file /usr/lib/udev/rules.d/50-udev-default.rules inode=474368 t=32130651329 kinds=block pages=0-1 ranks=162 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=474371 t=32130651329 kinds=block pages=0-1 ranks=163 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=475207 t=32163423329 kinds=block pages=0-2 ranks=164 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=475985 t=32215678329 kinds=block pages=0-1 ranks=165 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=476225 t=32215678329 kinds=block pages=0-1 ranks=166 count=1
file /usr/bin/systemctl inode=476416 t=32215678329 kinds=block pages=0-63,64-107,108-147,148-191,192-195,196-223,224-259,260-311,312-330 ranks=167,184,187,201,230,214,208,196,180 count=18
file /var/log/dpkg.log inode=880476 t=34354808329 kinds=block pages=0-12 ranks=171 count=2
file /usr/lib/systemd/systemd-user-sessions inode=476502 t=35260382329 kinds=block pages=0-3 ranks=178 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/scsi/sg.ko inode=505911 t=35705609329 kinds=block pages=0-21 ranks=181 count=1
file /usr/lib/udev/cdrom_id inode=505937 t=35705609329 kinds=block pages=0-7,8-19 ranks=182,219 count=2
file /usr/sbin/e2scrub_all inode=525048 t=36350295329 kinds=block pages=0-1 ranks=188 count=1
file /var/lib/dpkg/info/tar.list inode=878829 t=36450500329 kinds=block pages=0-1 ranks=191 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/serio/serio_raw.ko inode=505964 t=36805608329 kinds=block pages=0-6 ranks=194 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/evdev.ko inode=505968 t=36805608329 kinds=block pages=0-3,4-11 ranks=195,199 count=2
file /usr/bin/bash inode=575872 t=37150220329 kinds=block pages=0-31,32-107,108-151,152-223,224-291,292-308 ranks=197,209,278,280,279,202 count=17
file /usr/lib/udev/ata_id inode=505973 t=37602368329 kinds=block pages=0-3,4-16 ranks=200,220 count=2
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=575952 t=37800722329 kinds=block pages=0-31,32-49 ranks=203,227 count=4
file /var/lib/dpkg/info/libudev1:amd64.symbols inode=877457 t=37900516329 kinds=block pages=0-1 ranks=204 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/misc/pcspkr.ko inode=511986 t=37951266329 kinds=block pages=0-2 ranks=205 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/acpi/button.ko inode=511883 t=38053216329 kinds=block pages=0-7 ranks=206 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=511900 t=39062181329 kinds=block pages=0-13 ranks=213 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/input/mouse/psmouse.ko inode=518144 t=39301766329 kinds=block pages=0-11,12-95 ranks=215,224 count=4
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/block/floppy.ko inode=511915 t=39750460329 kinds=block pages=0-35,36-46 ranks=218,221 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=511929 t=39905970329 kinds=block pages=0-8 ranks=222 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=511969 t=39905970329 kinds=block pages=0-12 ranks=223 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/virt/lib/irqbypass.ko inode=518176 t=40001852329 kinds=block pages=0-3 ranks=225 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm.ko inode=524800 t=40053179329 kinds=block pages=0-71,72-303,304-563,564-580 ranks=226,262,264,271 count=10
file /usr/bin/readlink inode=575991 t=40305791329 kinds=block pages=0-12 ranks=228 count=1
file /usr/bin/cat inode=609024 t=40305791329 kinds=block pages=0-10 ranks=229 count=1
file /var/lib/dpkg/info/libselinux1:amd64.symbols inode=876779 t=40526101329 kinds=block pages=0-2 ranks=231 count=1
file /var/lib/dpkg/info/libsemanage2:amd64.symbols inode=876853 t=40526101329 kinds=block pages=0-4 ranks=232 count=1
file /var/lib/dpkg/info/libsepol2:amd64.symbols inode=876883 t=40526101329 kinds=block pages=0-2 ranks=233 count=1
file /var/lib/dpkg/info/libsmartcols1:amd64.symbols inode=876928 t=40550213329 kinds=block pages=0-1 ranks=234 count=1
file /var/lib/dpkg/info/libssl3:amd64.symbols inode=877056 t=40550213329 kinds=block pages=0-60 ranks=235 count=2
file /var/lib/dpkg/info/libstdc++6:amd64.symbols inode=877139 t=40600524329 kinds=block pages=0-101 ranks=236 count=4
file /var/lib/dpkg/info/libsystemd0:amd64.symbols inode=877248 t=40809525329 kinds=block pages=0-6 ranks=237 count=1
file /var/lib/dpkg/info/libtinfo6:amd64.symbols inode=877408 t=40809525329 kinds=block pages=0-3 ranks=238 count=1
file /var/lib/dpkg/info/libunistring2:amd64.symbols inode=877493 t=40810936329 kinds=block pages=0-5 ranks=239 count=1
file /var/lib/dpkg/info/login.list inode=877705 t=40810936329 kinds=block pages=0-2 ranks=240 count=1
file /var/lib/dpkg/info/login.md5sums inode=877709 t=40810936329 kinds=block pages=0-2 ranks=241 count=1
file /var/lib/dpkg/info/passwd.list inode=878293 t=40810936329 kinds=block pages=0-3 ranks=242 count=1
file /var/lib/dpkg/info/passwd.md5sums inode=878297 t=40810936329 kinds=block pages=0-4 ranks=243 count=1
file /var/lib/dpkg/info/perl-base.list inode=878398 t=40810936329 kinds=block pages=0-10 ranks=244 count=2
file /var/lib/dpkg/info/perl-base.md5sums inode=878404 t=40810936329 kinds=block pages=0-13 ranks=245 count=2
file /var/lib/dpkg/info/sed.list inode=878446 t=40810936329 kinds=block pages=0-1 ranks=246 count=2
file /var/lib/dpkg/info/systemd.list inode=878650 t=40810936329 kinds=block pages=0-9 ranks=247 count=2
file /var/lib/dpkg/info/systemd.md5sums inode=878655 t=40889314329 kinds=block pages=0-11 ranks=248 count=2
file /var/lib/dpkg/info/systemd.postinst inode=878661 t=40889314329 kinds=block pages=0-1 ranks=249 count=2
file /var/lib/dpkg/info/tzdata.config inode=878997 t=40905463329 kinds=block pages=0-1 ranks=250 count=2
file /var/lib/dpkg/info/tzdata.list inode=879000 t=40905463329 kinds=block pages=0-12 ranks=251 count=2
file /var/lib/dpkg/info/tzdata.md5sums inode=879006 t=40950368329 kinds=block pages=0-15 ranks=252 count=2
file /var/lib/dpkg/info/tzdata.templates inode=879416 t=40950368329 kinds=block pages=0-69 ranks=253 count=2
file /var/lib/dpkg/info/udev.list inode=879440 t=41000586329 kinds=block pages=0-1 ranks=254 count=2
file /var/lib/dpkg/info/udev.md5sums inode=879443 t=41000586329 kinds=block pages=0-1 ranks=255 count=2
file /var/lib/dpkg/info/util-linux.list inode=879854 t=41000586329 kinds=block pages=0-2 ranks=256 count=2
file /var/lib/dpkg/info/util-linux.md5sums inode=879858 t=41000586329 kinds=block pages=0-4 ranks=257 count=2
file /var/lib/dpkg/status inode=880133 t=41000586329 kinds=block pages=0-21 ranks=258 count=3
file /var/lib/dpkg/status-old inode=880141 t=41052798329 kinds=block pages=0-21 ranks=259 count=3
file /var/lib/systemd/catalog/database inode=880227 t=41201854329 kinds=block pages=0-52 ranks=260 count=4
file /var/log/bootstrap.log inode=880467 t=41307682329 kinds=block pages=0-15 ranks=261 count=2
file /usr/lib/udev/dmi_memory_id inode=524957 t=41754660329 kinds=block pages=0-7,8-18 ranks=263,265 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=524975 t=42239572329 kinds=block pages=0-27,28-63 ranks=266,272 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=524993 t=43225829329 kinds=block pages=0-55,56-97 ranks=273,275 count=4
file /usr/bin/sleep inode=609030 t=44279569329 kinds=block pages=0-10 ranks=274 count=1
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=525036 t=44630993329 kinds=block pages=0-16 ranks=276 count=2
file /usr/lib/modules/6.1.0-57-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=525042 t=44679179329 kinds=block pages=0-14 ranks=277 count=1
read t=11737659329 offset=0 len=16384
read t=11799291329 offset=16384 len=32768
read t=11860904329 offset=19673088 len=4096
read t=11866268329 offset=1650688 len=4096
read t=11866842329 offset=22188032 len=4096
read t=11960624329 offset=19550208 len=4096
read t=12068052329 offset=19668992 len=4096
read t=12072901329 offset=1724416 len=4096
read t=12092300329 offset=1728512 len=16384
read t=12121161329 offset=1744896 len=32768
read t=12166519329 offset=22163456 len=4096
read t=12218322329 offset=110592 len=4096
read t=12269233329 offset=114688 len=16384
read t=12318466329 offset=131072 len=32768
read t=12366848329 offset=1777664 len=73728
read t=12417784329 offset=1851392 len=131072
read t=12469093329 offset=245760 len=4096
read t=12521270329 offset=249856 len=16384
read t=12567844329 offset=266240 len=32768
read t=12617366329 offset=299008 len=65536
read t=12667293329 offset=163840 len=16384
read t=12717639329 offset=180224 len=32768
read t=12767322329 offset=212992 len=32768
read t=12817298329 offset=364544 len=45056
read t=12903599329 offset=2945024 len=4096
read t=12917968329 offset=2949120 len=16384
read t=12968700329 offset=2965504 len=32768
read t=13022985329 offset=2998272 len=65536
read t=13067339329 offset=1982464 len=131072
read t=13117566329 offset=5160960 len=4096
read t=13178219329 offset=5165056 len=16384
read t=13225317329 offset=5181440 len=32768
read t=13266277329 offset=5214208 len=65536
read t=13316651329 offset=3080192 len=4096
read t=13367808329 offset=3084288 len=16384
read t=13417809329 offset=3100672 len=32768
read t=13467433329 offset=3133440 len=65536
read t=13517549329 offset=3198976 len=131072
read t=13567678329 offset=409600 len=131072
read t=13620815329 offset=1613824 len=4096
read t=13667934329 offset=1617920 len=16384
read t=13718143329 offset=1634304 len=16384
read t=13766819329 offset=1654784 len=69632
read t=13820935329 offset=540672 len=131072
read t=13868991329 offset=21458944 len=4096
read t=13920846329 offset=21454848 len=4096
read t=13970087329 offset=5279744 len=16384
read t=14017526329 offset=5296128 len=32768
read t=14066340329 offset=5328896 len=65536
read t=14117402329 offset=21422080 len=4096
read t=14170588329 offset=5394432 len=131072
read t=14219549329 offset=5525504 len=65536
read t=14267316329 offset=21446656 len=4096
read t=14319619329 offset=5591040 len=131072
read t=14367383329 offset=21413888 len=4096
read t=14444199329 offset=5722112 len=131072
read t=14468914329 offset=5890048 len=4096
read t=14520822329 offset=5894144 len=16384
read t=14568915329 offset=5910528 len=32768
read t=14619917329 offset=5943296 len=65536
read t=14667367329 offset=5853184 len=36864
read t=14716485329 offset=6008832 len=131072
read t=14767336329 offset=6168576 len=4096
read t=14817466329 offset=6172672 len=16384
read t=14867713329 offset=6189056 len=32768
read t=14917062329 offset=6221824 len=65536
read t=14967377329 offset=6287360 len=131072
read t=15020294329 offset=21438464 len=4096
read t=15071060329 offset=6885376 len=4096
read t=15116749329 offset=6889472 len=16384
read t=15166559329 offset=6905856 len=32768
read t=15216427329 offset=6938624 len=65536
read t=15266501329 offset=7004160 len=131072
read t=15318310329 offset=7135232 len=131072
read t=15366492329 offset=8400896 len=4096
read t=15416714329 offset=8404992 len=16384
read t=15466602329 offset=8421376 len=32768
read t=15516652329 offset=8454144 len=65536
read t=15567348329 offset=21479424 len=4096
read t=15619019329 offset=8720384 len=4096
read t=15667409329 offset=8724480 len=16384
read t=15716841329 offset=8740864 len=32768
read t=15772035329 offset=8773632 len=65536
read t=15820204329 offset=8851456 len=4096
read t=15866583329 offset=8855552 len=16384
read t=15920962329 offset=8871936 len=32768
read t=15971410329 offset=8904704 len=65536
read t=16016591329 offset=8839168 len=12288
read t=16072502329 offset=8970240 len=131072
read t=16116952329 offset=9101312 len=65536
read t=16167271329 offset=9465856 len=4096
read t=16216563329 offset=9469952 len=16384
read t=16266650329 offset=9486336 len=32768
read t=16317647329 offset=9519104 len=65536
read t=16367508329 offset=9584640 len=131072
read t=16416390329 offset=9166848 len=65536
read t=16466354329 offset=9908224 len=4096
read t=16516581329 offset=9912320 len=16384
read t=16567649329 offset=9928704 len=32768
read t=16618317329 offset=9961472 len=65536
read t=16666303329 offset=9715712 len=131072
read t=16716691329 offset=10027008 len=16384
read t=16766861329 offset=10043392 len=32768
read t=16820212329 offset=10076160 len=65536
read t=16867927329 offset=671744 len=131072
read t=16916742329 offset=3063808 len=16384
read t=16967104329 offset=802816 len=16384
read t=17016985329 offset=819200 len=32768
read t=17066679329 offset=851968 len=65536
read t=17122227329 offset=917504 len=131072
read t=17167850329 offset=10141696 len=81920
read t=17217765329 offset=1081344 len=4096
read t=17267579329 offset=1085440 len=16384
read t=17316720329 offset=1101824 len=32768
read t=17367314329 offset=1134592 len=65536
read t=17416583329 offset=1200128 len=131072
read t=17467412329 offset=1048576 len=32768
read t=17516472329 offset=1441792 len=4096
read t=17567947329 offset=1445888 len=16384
read t=17620899329 offset=1462272 len=32768
read t=17666777329 offset=1495040 len=65536
read t=17720731329 offset=1560576 len=53248
read t=17766708329 offset=7266304 len=131072
read t=17817907329 offset=9232384 len=16384
read t=17872375329 offset=8519680 len=131072
read t=17917980329 offset=8650752 len=69632
read t=17967852329 offset=8253440 len=4096
read t=18017907329 offset=8257536 len=16384
read t=18067095329 offset=8273920 len=32768
read t=18120396329 offset=8306688 len=65536
read t=18166769329 offset=8372224 len=28672
read t=18220691329 offset=7397376 len=131072
read t=18266911329 offset=7528448 len=131072
read t=18318158329 offset=7659520 len=131072
read t=18367685329 offset=6418432 len=16384
read t=18416983329 offset=6434816 len=32768
read t=18466755329 offset=6467584 len=65536
read t=18521170329 offset=6533120 len=131072
read t=18566491329 offset=6664192 len=131072
read t=18621154329 offset=6139904 len=28672
read t=18667909329 offset=5095424 len=4096
read t=18717832329 offset=5099520 len=16384
read t=18766960329 offset=5115904 len=32768
read t=18817691329 offset=5148672 len=12288
read t=18873876329 offset=3330048 len=131072
read t=18917030329 offset=2822144 len=4096
read t=18966845329 offset=2826240 len=16384
read t=19017011329 offset=2842624 len=32768
read t=19066559329 offset=2875392 len=65536
read t=19116926329 offset=2940928 len=4096
read t=19173998329 offset=2113536 len=131072
read t=19217202329 offset=1331200 len=16384
read t=19277074329 offset=1347584 len=32768
read t=19320507329 offset=1380352 len=61440
read t=19371640329 offset=7790592 len=131072
read t=19417274329 offset=8077312 len=4096
read t=19468890329 offset=8081408 len=16384
read t=19517032329 offset=8097792 len=32768
read t=19567624329 offset=8130560 len=65536
read t=19617926329 offset=8196096 len=57344
read t=19667685329 offset=7921664 len=131072
read t=19717558329 offset=19648512 len=4096
read t=19770011329 offset=2244608 len=131072
read t=19817566329 offset=4055040 len=4096
read t=19867609329 offset=4059136 len=16384
read t=19917881329 offset=4075520 len=32768
read t=19967388329 offset=4108288 len=65536
read t=20017551329 offset=4173824 len=131072
read t=20067860329 offset=4644864 len=4096
read t=20117827329 offset=4648960 len=16384
read t=20167577329 offset=4665344 len=32768
read t=20217499329 offset=4698112 len=65536
read t=20284831329 offset=4763648 len=131072
read t=20317554329 offset=4304896 len=131072
read t=20367376329 offset=3969024 len=4096
read t=20420490329 offset=3973120 len=16384
read t=20467574329 offset=3989504 len=32768
read t=20517477329 offset=4022272 len=32768
read t=20569738329 offset=3883008 len=4096
read t=20617749329 offset=3887104 len=16384
read t=20667506329 offset=3903488 len=32768
read t=20717371329 offset=3936256 len=32768
read t=20787516329 offset=3461120 len=131072
read t=20817456329 offset=4894720 len=131072
read t=20867357329 offset=5025792 len=69632
read t=20917383329 offset=3661824 len=4096
read t=20967574329 offset=3665920 len=16384
read t=21017745329 offset=3682304 len=32768
read t=21067325329 offset=3715072 len=65536
read t=21117453329 offset=3780608 len=102400
read t=21168721329 offset=2375680 len=16384
read t=21217582329 offset=2392064 len=32768
read t=21267293329 offset=2424832 len=65536
read t=21317370329 offset=2691072 len=4096
read t=21367337329 offset=2695168 len=16384
read t=21417919329 offset=2711552 len=32768
read t=21467376329 offset=2744320 len=65536
read t=21517461329 offset=2809856 len=12288
read t=21567389329 offset=2633728 len=4096
read t=21617734329 offset=2637824 len=16384
read t=21667555329 offset=2654208 len=32768
read t=21718090329 offset=2686976 len=4096
read t=21771193329 offset=2490368 len=131072
read t=21821793329 offset=2621440 len=12288
read t=21867257329 offset=19603456 len=4096
read t=21919082329 offset=22167552 len=4096
read t=21975130329 offset=10223616 len=114688
read t=22018794329 offset=10338304 len=131072
read t=22068977329 offset=10633216 len=4096
read t=22118261329 offset=10637312 len=16384
read t=22170623329 offset=10653696 len=32768
read t=22216619329 offset=10686464 len=65536
read t=22266402329 offset=10752000 len=131072
read t=22353566329 offset=4435968 len=131072
read t=22367385329 offset=10883072 len=16384
read t=22417721329 offset=10899456 len=32768
read t=22467622329 offset=10932224 len=65536
read t=22520811329 offset=10997760 len=131072
read t=22568611329 offset=22200320 len=4096
read t=22628353329 offset=11128832 len=131072
read t=22668383329 offset=10608640 len=4096
read t=22717428329 offset=10612736 len=16384
read t=22767493329 offset=10629120 len=4096
read t=22823213329 offset=218050560 len=4096
read t=22867460329 offset=218054656 len=16384
read t=22916982329 offset=218071040 len=32768
read t=22972568329 offset=218103808 len=65536
read t=23024522329 offset=8052736 len=24576
read t=23067370329 offset=3592192 len=69632
read t=23124183329 offset=4567040 len=16384
read t=23166761329 offset=4583424 len=32768
read t=23216399329 offset=4616192 len=28672
read t=23368991329 offset=19578880 len=4096
read t=23428244329 offset=19599360 len=4096
read t=23452904329 offset=21106688 len=4096
read t=23581955329 offset=11259904 len=131072
read t=23978549329 offset=11390976 len=131072
read t=24269337329 offset=6795264 len=90112
read t=24304307329 offset=9248768 len=32768
read t=24304745329 offset=9281536 len=65536
read t=24305335329 offset=9347072 len=118784
read t=24425196329 offset=9846784 len=16384
read t=24425980329 offset=9863168 len=32768
read t=24438797329 offset=9895936 len=12288
read t=24519826329 offset=19595264 len=4096
read t=24535492329 offset=21118976 len=4096
read t=24575877329 offset=21123072 len=16384
read t=24639617329 offset=21168128 len=4096
read t=24675641329 offset=19623936 len=4096
read t=24779856329 offset=19664896 len=4096
read t=24787158329 offset=21110784 len=4096
read t=24821700329 offset=16183296 len=4096
read t=24871740329 offset=21114880 len=4096
read t=24934365329 offset=21139456 len=28672
read t=24970240329 offset=21172224 len=28672
read t=25034235329 offset=21200896 len=131072
read t=25070426329 offset=16187392 len=4096
read t=26475471329 offset=11882496 len=4096
read t=26487409329 offset=12242944 len=4096
read t=26550212329 offset=11522048 len=131072
read t=26588231329 offset=23158784 len=4096
read t=26619724329 offset=11653120 len=131072
read t=26633826329 offset=39849984 len=4096
read t=26636575329 offset=39854080 len=16384
read t=27103468329 offset=11784192 len=98304
read t=27104096329 offset=11886592 len=28672
read t=27123989329 offset=11915264 len=131072
read t=27237710329 offset=12046336 len=131072
read t=27243700329 offset=12177408 len=65536
read t=27244108329 offset=12247040 len=61440
read t=27398231329 offset=19804160 len=4096
read t=27776722329 offset=13058048 len=4096
read t=27778061329 offset=13062144 len=16384
read t=27785308329 offset=13078528 len=32768
read t=28050161329 offset=12992512 len=4096
read t=28058835329 offset=12996608 len=16384
read t=28064870329 offset=13012992 len=32768
read t=28065774329 offset=13045760 len=12288
read t=28102578329 offset=13111296 len=131072
read t=28151425329 offset=12308480 len=16384
read t=28202250329 offset=12324864 len=32768
read t=28253674329 offset=12357632 len=65536
read t=28305662329 offset=12423168 len=131072
read t=28352755329 offset=12554240 len=131072
read t=28405251329 offset=12689408 len=4096
read t=28473100329 offset=12693504 len=16384
read t=28503239329 offset=12709888 len=32768
read t=28553984329 offset=12742656 len=65536
read t=28606509329 offset=12808192 len=131072
read t=28655696329 offset=13242368 len=98304
read t=28710042329 offset=12939264 len=16384
read t=28753160329 offset=12955648 len=32768
read t=28812392329 offset=12988416 len=4096
read t=28866747329 offset=13340672 len=32768
read t=28901650329 offset=12685312 len=4096
read t=28999017329 offset=28172288 len=4096
read t=29234267329 offset=27766784 len=4096
read t=29239726329 offset=28164096 len=4096
read t=29283633329 offset=19660800 len=4096
read t=30321156329 offset=19570688 len=4096
read t=30331702329 offset=19783680 len=4096
read t=32127412329 offset=15179776 len=4096
read t=32130651329 offset=15183872 len=16384
read t=32163423329 offset=15200256 len=32768
read t=32215678329 offset=15233024 len=65536
read t=32287020329 offset=28168192 len=4096
read t=32298304329 offset=22429696 len=4096
read t=32306518329 offset=22966272 len=4096
read t=32333015329 offset=22982656 len=4096
read t=32399184329 offset=15298560 len=131072
read t=32428417329 offset=27758592 len=4096
read t=32479836329 offset=19677184 len=20480
read t=33949165329 offset=13905920 len=4096
read t=33949871329 offset=13910016 len=16384
read t=33950399329 offset=13926400 len=32768
read t=33950902329 offset=13959168 len=65536
read t=34005712329 offset=14024704 len=131072
read t=34050498329 offset=252444672 len=4096
read t=34100989329 offset=13815808 len=4096
read t=34150356329 offset=13819904 len=16384
read t=34200541329 offset=13836288 len=32768
read t=34254053329 offset=13869056 len=36864
read t=34305018329 offset=252526592 len=4096
read t=34354808329 offset=252530688 len=4096
read t=34401180329 offset=14495744 len=4096
read t=34453064329 offset=14499840 len=16384
read t=34502401329 offset=14516224 len=32768
read t=34550861329 offset=14548992 len=65536
read t=34601206329 offset=14458880 len=4096
read t=34661234329 offset=14462976 len=16384
read t=34701373329 offset=14479360 len=16384
read t=34750825329 offset=252399616 len=4096
read t=34806433329 offset=18427904 len=4096
read t=34859130329 offset=10539008 len=4096
read t=34905219329 offset=10543104 len=16384
read t=34953227329 offset=10559488 len=32768
read t=35003596329 offset=10592256 len=16384
read t=35061664329 offset=252502016 len=4096
read t=35101821329 offset=13565952 len=4096
read t=35153249329 offset=13570048 len=16384
read t=35201932329 offset=13586432 len=98304
read t=35260382329 offset=16179200 len=4096
read t=35308737329 offset=252403712 len=4096
read t=35357842329 offset=15122432 len=4096
read t=35400510329 offset=15126528 len=16384
read t=35450483329 offset=15142912 len=32768
read t=35500352329 offset=15175680 len=4096
read t=35551051329 offset=16146432 len=4096
read t=35600495329 offset=16150528 len=16384
read t=35654184329 offset=16166912 len=12288
read t=35705609329 offset=16191488 len=73728
read t=35750433329 offset=252329984 len=4096
read t=35803058329 offset=14155776 len=131072
read t=35850511329 offset=15429632 len=131072
read t=35900399329 offset=16797696 len=4096
read t=35950871329 offset=13795328 len=4096
read t=36000698329 offset=13799424 len=16384
read t=36052440329 offset=252231680 len=4096
read t=36101076329 offset=13455360 len=4096
read t=36150471329 offset=13459456 len=16384
read t=36201023329 offset=13475840 len=32768
read t=36272353329 offset=13508608 len=57344
read t=36300617329 offset=15560704 len=131072
read t=36350295329 offset=18423808 len=4096
read t=36400774329 offset=13684736 len=110592
read t=36450500329 offset=252186624 len=4096
read t=36500958329 offset=14397440 len=4096
read t=36550965329 offset=14401536 len=16384
read t=36600953329 offset=14417920 len=32768
read t=36652713329 offset=14450688 len=8192
read t=36700317329 offset=14614528 len=32768
read t=36765038329 offset=16297984 len=4096
read t=36805608329 offset=16302080 len=16384
read t=36851585329 offset=16019456 len=4096
read t=36901206329 offset=16023552 len=16384
read t=36953177329 offset=16039936 len=32768
read t=37000609329 offset=16072704 len=65536
read t=37054431329 offset=16138240 len=8192
read t=37100589329 offset=16265216 len=4096
read t=37150220329 offset=18432000 len=12288
read t=37200713329 offset=18444288 len=24576
read t=37250232329 offset=18468864 len=49152
read t=37300647329 offset=252157952 len=4096
read t=37350891329 offset=13430784 len=4096
read t=37400651329 offset=13434880 len=16384
read t=37450401329 offset=13451264 len=4096
read t=37521112329 offset=16379904 len=4096
read t=37554374329 offset=19746816 len=4096
read t=37602368329 offset=16318464 len=32768
read t=37653273329 offset=15691776 len=131072
read t=37700484329 offset=19292160 len=4096
read t=37750564329 offset=19296256 len=16384
read t=37800722329 offset=19312640 len=32768
read t=37850254329 offset=19345408 len=65536
read t=37900516329 offset=252067840 len=4096
read t=37951266329 offset=16576512 len=4096
read t=38017125329 offset=16384000 len=4096
read t=38053216329 offset=16388096 len=16384
read t=38105770329 offset=49152 len=61440
read t=38150400329 offset=15921152 len=4096
read t=38200610329 offset=15925248 len=16384
read t=38250495329 offset=15941632 len=32768
read t=38300303329 offset=15974400 len=45056
read t=38356902329 offset=16580608 len=4096
read t=38410277329 offset=18518016 len=106496
read t=38451089329 offset=18624512 len=131072
read t=38500445329 offset=252035072 len=4096
read t=38550993329 offset=14770176 len=4096
read t=38600662329 offset=14774272 len=16384
read t=38650598329 offset=14790656 len=32768
read t=38700307329 offset=14823424 len=65536
read t=38750372329 offset=14286848 len=16384
read t=38800765329 offset=14303232 len=32768
read t=38850217329 offset=14336000 len=61440
read t=38908592329 offset=13406208 len=4096
read t=38950533329 offset=13410304 len=16384
read t=39000507329 offset=13426688 len=4096
read t=39062181329 offset=16404480 len=32768
read t=39104374329 offset=15835136 len=4096
read t=39161140329 offset=15839232 len=16384
read t=39201582329 offset=15855616 len=32768
read t=39253077329 offset=15888384 len=32768
read t=39301766329 offset=16584704 len=12288
read t=39354173329 offset=16596992 len=24576
read t=39400553329 offset=10469376 len=69632
read t=39450188329 offset=21471232 len=4096
read t=39500468329 offset=252026880 len=4096
read t=39551148329 offset=14704640 len=4096
read t=39600801329 offset=14708736 len=16384
read t=39650506329 offset=14725120 len=32768
read t=39700369329 offset=14757888 len=12288
read t=39750460329 offset=16437248 len=73728
read t=39802288329 offset=16269312 len=28672
read t=39853633329 offset=16351232 len=28672
read t=39905970329 offset=16510976 len=65536
read t=39953039329 offset=16621568 len=118784
read t=40001852329 offset=16740352 len=57344
read t=40053179329 offset=16801792 len=69632
read t=40102256329 offset=252047360 len=4096
read t=40151582329 offset=16871424 len=131072
read t=40205049329 offset=19410944 len=16384
read t=40261404329 offset=19427328 len=32768
read t=40305791329 offset=19460096 len=65536
read t=40352901329 offset=250953728 len=4096
read t=40401074329 offset=15822848 len=12288
read t=40524323329 offset=251920384 len=4096
read t=40526101329 offset=251924480 len=16384
read t=40550213329 offset=251940864 len=32768
read t=40600524329 offset=251973632 len=53248
read t=40653749329 offset=252030976 len=4096
read t=40721310329 offset=252039168 len=8192
read t=40809525329 offset=252051456 len=16384
read t=40810936329 offset=252071936 len=86016
read t=40889314329 offset=252162048 len=24576
read t=40905463329 offset=252190720 len=40960
read t=40950368329 offset=252235776 len=94208
read t=41000586329 offset=252334080 len=65536
read t=41052798329 offset=252407808 len=24576
read t=41104781329 offset=20639744 len=4096
read t=41190173329 offset=252432384 len=12288
read t=41201854329 offset=252448768 len=53248
read t=41307682329 offset=252506112 len=20480
read t=41310028329 offset=20635648 len=4096
read t=41628149329 offset=17002496 len=131072
read t=41628764329 offset=17133568 len=131072
read t=41682320329 offset=17264640 len=131072
read t=41754119329 offset=17956864 len=4096
read t=41754660329 offset=17960960 len=16384
read t=41931795329 offset=17395712 len=131072
read t=42201289329 offset=17526784 len=131072
read t=42225851329 offset=17657856 len=131072
read t=42231377329 offset=17788928 len=131072
read t=42239572329 offset=17977344 len=98304
read t=42370326329 offset=14925824 len=4096
read t=42371006329 offset=14929920 len=16384
read t=42371404329 offset=14946304 len=32768
read t=42402851329 offset=14979072 len=65536
read t=42454795329 offset=15044608 len=77824
read t=42509934329 offset=14888960 len=36864
read t=42574156329 offset=14647296 len=57344
read t=43129696329 offset=17920000 len=36864
read t=43225829329 offset=18075648 len=106496
read t=43275340329 offset=61440 len=4096
read t=43325223329 offset=192512 len=4096
read t=43428031329 offset=454656 len=4096
read t=43521195329 offset=978944 len=4096
read t=43521892329 offset=2027520 len=4096
read t=43528946329 offset=4124672 len=4096
read t=43929216329 offset=0 len=61440
read t=43977504329 offset=65536 len=126976
read t=44027057329 offset=196608 len=131072
read t=44077800329 offset=327680 len=126976
read t=44131525329 offset=252112896 len=131072
read t=44176348329 offset=18182144 len=90112
read t=44226266329 offset=252243968 len=131072
read t=44279569329 offset=19525632 len=24576
read t=44328383329 offset=19554304 len=16384
read t=44375030329 offset=19574784 len=4096
read t=44425280329 offset=252375040 len=131072
read t=44476540329 offset=19582976 len=12288
read t=44525604329 offset=252506112 len=28672
read t=44586202329 offset=18272256 len=16384
read t=44630993329 offset=18288640 len=98304
read t=44679179329 offset=18386944 len=36864
read t=44731373329 offset=18755584 len=131072
read t=44775331329 offset=19107840 len=4096
read t=44829079329 offset=19111936 len=16384
read t=44878655329 offset=19128320 len=32768
read t=44925711329 offset=19161088 len=131072
read t=44995025329 offset=18886656 len=16384
read t=45032252329 offset=18903040 len=32768
read t=45076790329 offset=18935808 len=65536
read t=45165126329 offset=19001344 len=16384
read t=45175088329 offset=19017728 len=32768
read t=45225334329 offset=19050496 len=57344
read t=45361589329 offset=19607552 len=16384
read t=45362278329 offset=19628032 len=20480
read t=45376623329 offset=19652608 len=8192
read t=45429372329 offset=19697664 len=24576
end files=138 reads=519
