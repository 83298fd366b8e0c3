liveopt-profile 1
recorder liveopt\x20qemu\x20profile\x20(host)
kernel 6.1.0-56-amd64
image bytes_used=145718002 mkfs_time=1795306361 inode_count=12821 block_size=131072 compressor=zstd sha256=05c9892c7508316cd91bd26328e6e3d15fdabeb0d0af413299b5897a381bc30e
events 204
dropped 0
boots 1
duration_ns 20885385230
file /usr/bin/addpart inode=268 t=5910278298 kinds=fragment-inferred,block pages=0-7 count=2
file /usr/bin/apt inode=269 t=5910278298 kinds=fragment-inferred,block pages=0-4 count=2
file /usr/share/doc/systemd-sysv/changelog.Debian.gz inode=8190 t=5962563298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/share/doc/sysvinit-utils/changelog.Debian.gz inode=8193 t=5962563298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/sysvinit-utils/copyright inode=8194 t=5962563298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/share/doc/tar/AUTHORS inode=8196 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Dushanbe inode=11170 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Famagusta inode=11171 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Gaza inode=11172 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hebron inode=11174 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ho_Chi_Minh inode=11175 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hong_Kong inode=11176 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Hovd inode=11177 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Irkutsk inode=11178 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jakarta inode=11180 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jayapura inode=11181 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Jerusalem inode=11182 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kabul inode=11183 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kamchatka inode=11184 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Karachi inode=11185 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kathmandu inode=11187 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Khandyga inode=11189 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kolkata inode=11190 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Krasnoyarsk inode=11191 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuala_Lumpur inode=11192 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuching inode=11193 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Kuwait inode=11194 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Macau inode=11196 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Magadan inode=11197 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Makassar inode=11198 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Manila inode=11199 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Muscat inode=11200 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Nicosia inode=11201 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novokuznetsk inode=11202 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Novosibirsk inode=11203 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Omsk inode=11204 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Oral inode=11205 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Phnom_Penh inode=11206 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pontianak inode=11207 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Pyongyang inode=11208 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qatar inode=11209 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qostanay inode=11210 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Qyzylorda inode=11211 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Riyadh inode=11213 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Sakhalin inode=11215 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Samarkand inode=11216 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Seoul inode=11217 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Shanghai inode=11218 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Singapore inode=11219 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Srednekolymsk inode=11220 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Taipei inode=11221 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tashkent inode=11222 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tbilisi inode=11223 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tehran inode=11224 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Thimphu inode=11227 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tokyo inode=11228 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Tomsk inode=11229 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ulaanbaatar inode=11231 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Urumqi inode=11233 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Ust-Nera inode=11234 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vientiane inode=11235 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Vladivostok inode=11236 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yakutsk inode=11237 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yangon inode=11238 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yekaterinburg inode=11239 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Asia/Yerevan inode=11240 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Azores inode=11242 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Bermuda inode=11243 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Canary inode=11244 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Cape_Verde inode=11245 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Faroe inode=11247 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Madeira inode=11249 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Reykjavik inode=11250 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/South_Georgia inode=11251 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/St_Helena inode=11252 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Atlantic/Stanley inode=11253 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Adelaide inode=11256 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Brisbane inode=11257 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Broken_Hill inode=11258 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Darwin inode=11261 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Eucla inode=11262 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Hobart inode=11263 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lindeman inode=11265 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Lord_Howe inode=11266 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Melbourne inode=11267 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Perth inode=11270 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Australia/Sydney inode=11273 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CET inode=11283 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/CST6CDT inode=11284 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EET inode=11298 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST inode=11299 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/EST5EDT inode=11300 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT inode=11304 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+1 inode=11306 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+10 inode=11307 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+11 inode=11308 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+12 inode=11309 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+2 inode=11310 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+3 inode=11311 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+4 inode=11312 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+5 inode=11313 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+6 inode=11314 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+7 inode=11315 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+8 inode=11316 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT+9 inode=11317 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-1 inode=11319 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-10 inode=11320 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-11 inode=11321 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-12 inode=11322 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-13 inode=11323 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-14 inode=11324 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-2 inode=11325 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-3 inode=11326 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-4 inode=11327 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-5 inode=11328 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-6 inode=11329 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-7 inode=11330 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-8 inode=11331 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/GMT-9 inode=11332 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Amsterdam inode=11340 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Andorra inode=11341 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Astrakhan inode=11342 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Athens inode=11343 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Belgrade inode=11345 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Berlin inode=11346 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Brussels inode=11348 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Bucharest inode=11349 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Budapest inode=11350 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Chisinau inode=11352 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Copenhagen inode=11353 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Dublin inode=11354 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Europe/Gibraltar inode=11355 t=5962563298 kinds=fragment-inferred,block pages=0 count=1
file /etc/ld.so.cache inode=100 t=5962563298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/dash inode=306 t=5962563298 kinds=fragment-inferred,block pages=0-30 count=1
file /usr/lib/x86_64-linux-gnu/libc.so.6 inode=6440 t=6058664298 kinds=block pages=0-470 count=7
file /usr/bin/touch inode=536 t=6508781298 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/bin/cat inode=287 t=6508781298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/switch_root inode=7455 t=6508781298 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd inode=5910 t=6508781298 kinds=fragment-inferred,block pages=0-22 count=1
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so inode=7319 t=6709153298 kinds=block pages=0-505 count=5
file /usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so inode=7320 t=7110156298 kinds=block pages=0-817 count=10
file /usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 inode=6522 t=7758535298 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 inode=6508 t=7758535298 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 inode=6434 t=7758535298 kinds=fragment-inferred,block pages=0-31 count=1
file /usr/lib/x86_64-linux-gnu/libkmod.so.2.4.0 inode=6486 t=7758535298 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 inode=6422 t=7858642298 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4 inode=6425 t=7858642298 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/x86_64-linux-gnu/libselinux.so.1 inode=6523 t=7858642298 kinds=block pages=0-42 count=1
file /usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 inode=6496 t=7908753298 kinds=block pages=0-98 count=2
file /usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 inode=6436 t=8008799298 kinds=block pages=0-86 count=2
file /usr/lib/modprobe.d/aliases.conf inode=653 t=8109356298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/fbdev-blacklist.conf inode=654 t=8109356298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modprobe.d/systemd.conf inode=655 t=8109356298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.alias.bin inode=5566 t=8109356298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.bin inode=5567 t=8109356298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.softdep inode=5573 t=8109356298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 inode=6443 t=8109356298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/x86_64-linux-gnu/libcap.so.2.66 inode=6445 t=8109356298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0 inode=6482 t=8109356298 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 inode=6449 t=8109356298 kinds=block pages=0-50 count=2
file /usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 inode=6470 t=8158580298 kinds=block pages=0-325 count=4
file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 inode=6419 t=8408746298 kinds=block pages=0-52 count=1
file /usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 inode=6427 t=8509799298 kinds=block pages=0-95 count=1
file /usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 inode=6488 t=8558609298 kinds=block pages=0-36 count=1
file /usr/lib/x86_64-linux-gnu/libcrypto.so.3 inode=6450 t=8558609298 kinds=block pages=0-1155 count=15
file /usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 inode=6554 t=9259273298 kinds=block pages=0-186 count=4
file /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 inode=6490 t=9658663298 kinds=block pages=0-46 count=2
file /usr/lib/x86_64-linux-gnu/libm.so.6 inode=6491 t=9759206298 kinds=block pages=0-222 count=5
file /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 inode=6515 t=10113962298 kinds=block pages=0-153 count=2
file /usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 inode=6476 t=10159393298 kinds=block pages=0-38 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.dep.bin inode=5570 t=10159393298 kinds=block pages=0-171 count=2
file /usr/lib/modules/6.1.0-56-amd64/modules.alias.bin inode=5564 t=10209815298 kinds=block pages=0-308 count=3
file /usr/lib/modules/6.1.0-56-amd64/modules.symbols.bin inode=5575 t=10309972298 kinds=block pages=0-186 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/autofs/autofs4.ko inode=4403 t=10359342298 kinds=fragment-inferred,block pages=0-26 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/x_tables.ko inode=4978 t=10359342298 kinds=fragment-inferred,block pages=0-27 count=1
file /etc/hostname inode=90 t=10410100298 kinds=fragment-inferred,block pages=0 count=1
file /etc/machine-id inode=112 t=10410100298 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system.conf inode=213 t=10410100298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko inode=1186 t=10410100298 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ip_tables.ko inode=4769 t=10410100298 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/os-release inode=5577 t=10410100298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/zoneinfo/Etc/UTC inode=11336 t=10410100298 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/kmod inode=384 t=10410100298 kinds=block pages=0-43 count=1
file /usr/lib/systemd/system-generators/systemd-cryptsetup-generator inode=5894 t=10410100298 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/systemd/system-generators/systemd-debug-generator inode=5895 t=10410100298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-fstab-generator inode=5896 t=10410100298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/systemd/system-generators/systemd-getty-generator inode=5897 t=10410100298 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-gpt-auto-generator inode=5898 t=10460191298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-hibernate-resume-generator inode=5899 t=10460191298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-integritysetup-generator inode=5900 t=10460191298 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/system-generators/systemd-rc-local-generator inode=5901 t=10460191298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-run-generator inode=5902 t=10460191298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/system-generators/systemd-system-update-generator inode=5903 t=10460191298 kinds=fragment-inferred,block pages=0-3 count=1
file /etc/fstab inode=83 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/system/liveopt-marker.service inode=199 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.service inode=5616 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily-upgrade.timer inode=5617 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.service inode=5618 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/apt-daily.timer inode=5619 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/basic.target inode=5621 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup-pre.target inode=5629 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.service inode=5640 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dpkg-db-backup.timer inode=5641 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.service inode=5643 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_all.timer inode=5644 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_reap.service inode=5646 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/first-boot-complete.target inode=5652 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.service inode=5653 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/fstrim.timer inode=5654 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty-static.service inode=5656 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty.target inode=5657 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/getty@.service inode=5660 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/graphical.target inode=5661 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-cleanup.service inode=5668 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-fs.target inode=5669 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-parse-etc.service inode=5670 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-device.target inode=5671 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-root-fs.target inode=5675 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.service inode=5678 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-switch-root.target inode=5679 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-udevadm-cleanup-db.service inode=5680 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd-usr-fs.target inode=5681 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/initrd.target inode=5682 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs.target inode=5691 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/modprobe@.service inode=5694 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/multi-user.target inode=5695 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-online.target inode=5702 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network-pre.target inode=5703 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/network.target inode=5704 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-user-lookup.target inode=5706 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/paths.target inode=5708 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/poweroff.target inode=5709 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.mount inode=5712 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-cryptsetup.target inode=5721 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs-pre.target inode=5722 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-fs.target inode=5723 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/remote-veritysetup.target inode=5724 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.service inode=5725 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rescue.target inode=5726 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/slices.target inode=5746 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sysinit.target inode=5764 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.path inode=5800 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-console.service inode=5801 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.path inode=5802 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-ask-password-wall.service inode=5803 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-binfmt.service inode=5805 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-firstboot.service inode=5808 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hostnamed.service inode=5816 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journal-flush.service inode=5820 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.service inode=5824 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald.socket inode=5825 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service inode=5829 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-logind.service inode=5832 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-machine-id-commit.service inode=5833 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-modules-load.service inode=5834 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.service inode=5838 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd.socket inode=5839 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-initrd.service inode=5840 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase-sysinit.service inode=5841 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pcrphase.service inode=5842 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-pstore.service inode=5844 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-random-seed.service inode=5846 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-remount-fs.service inode=5848 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-repart.service inode=5849 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysctl.service inode=5854 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysext.service inode=5855 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-sysusers.service inode=5856 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-timedated.service inode=5858 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.service inode=5859 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-clean.timer inode=5860 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup-dev.service inode=5861 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-tmpfiles-setup.service inode=5862 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-settle.service inode=5863 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udev-trigger.service inode=5864 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-control.socket inode=5865 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd-kernel.socket inode=5866 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-udevd.service inode=5867 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp-runlevel.service inode=5868 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-update-utmp.service inode=5869 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-user-sessions.service inode=5870 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-set.target inode=5872 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/time-sync.target inode=5873 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/timers.target inode=5874 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user.slice inode=5883 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup-pre.target inode=5889 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/veritysetup.target inode=5890 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-generators/systemd-sysv-generator inode=5904 t=10460191298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/system-generators/systemd-veritysetup-generator inode=5905 t=10460191298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/bin/mount inode=423 t=10460191298 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/locale/C.utf8/LC_ADDRESS inode=630 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_COLLATE inode=631 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_IDENTIFICATION inode=633 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MEASUREMENT inode=634 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES inode=636 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_MONETARY inode=637 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NAME inode=638 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_NUMERIC inode=639 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_PAPER inode=640 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TELEPHONE inode=641 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/locale/C.utf8/LC_TIME inode=642 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.devname inode=5571 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/blockdev@.target inode=5622 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/cryptsetup.target inode=5630 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-hugepages.mount inode=5638 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/dev-mqueue.mount inode=5639 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.service inode=5647 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/emergency.target inode=5648 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup.target inode=5686 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kmod-static-nodes.service inode=5688 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/local-fs-pre.target inode=5690 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/proc-sys-fs-binfmt_misc.automount inode=5711 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/shutdown.target inode=5743 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sockets.target inode=5748 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/swap.target inode=5759 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-fs-fuse-connections.mount inode=5760 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-config.mount inode=5761 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-debug.mount inode=5762 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sys-kernel-tracing.mount inode=5763 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/syslog.socket inode=5795 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck-root.service inode=5809 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.service inode=5811 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsckd.socket inode=5812 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.service inode=5818 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-initctl.socket inode=5819 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-audit.socket inode=5821 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-dev-log.socket inode=5822 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/umount.target inode=5878 t=10460191298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache inode=6410 t=10460191298 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/systemd-journald inode=5924 t=10460191298 kinds=block pages=0-41 count=1
file /usr/bin/udevadm inode=546 t=10510109298 kinds=block pages=0-330 count=4
file /usr/lib/locale/C.utf8/LC_CTYPE inode=632 t=10759032298 kinds=block pages=0-86 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/configfs/configfs.ko inode=4418 t=10759032298 kinds=fragment-inferred,block pages=0-28 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/md/dm-mod.ko inode=2108 t=10759032298 kinds=block pages=0-105 count=2
file /etc/modules inode=115 t=10808740298 kinds=fragment-inferred,block pages=0 count=1
file /etc/systemd/journald.conf inode=189 t=10808740298 kinds=fragment-inferred,block pages=0 count=1
file /etc/udev/udev.conf inode=223 t=10808740298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/firmware/efi/efi-pstore.ko inode=1178 t=10808740298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-modules-load inode=5929 t=10808740298 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-random-seed inode=5936 t=10808740298 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/systemd/systemd-remount-fs inode=5937 t=10808740298 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-sysctl inode=5944 t=10808740298 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/fs/fuse/fuse.ko inode=4445 t=10808740298 kinds=block pages=0-100 count=2
file /etc/group inode=85 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /etc/nsswitch.conf inode=120 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /etc/passwd inode=141 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/systemd-sysusers inode=520 t=10859664298 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/lib/sysctl.d/50-pid-max.conf inode=5581 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/basic.conf inode=5985 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-journal.conf inode=5986 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/sysusers.d/systemd-network.conf inode=5987 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/libc-bin/nsswitch.conf inode=8343 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/journalctl inode=382 t=10859664298 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/bin/systemd-tmpfiles inode=521 t=10859664298 kinds=fragment-inferred,block pages=0-27 count=1
file /usr/lib/tmpfiles.d/debian.conf inode=6049 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/home.conf inode=6050 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/journal-nocow.conf inode=6051 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/legacy.conf inode=6052 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/passwd.conf inode=6053 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/provision.conf inode=6054 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/static-nodes-permissions.conf inode=6055 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-network.conf inode=6056 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-nologin.conf inode=6057 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-pstore.conf inode=6058 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd-tmp.conf inode=6059 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/systemd.conf inode=6060 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/tmp.conf inode=6061 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/var.conf inode=6062 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/tmpfiles.d/x11.conf inode=6063 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/share/doc/systemd/README.logs inode=8182 t=10859664298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/ata/ata_generic.ko inode=830 t=10909864298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/network/73-usb-net-by-mac.link inode=5602 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/99-default.link inode=5613 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-update-utmp inode=5950 t=10909864298 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/systemd-user-sessions inode=5952 t=10909864298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/rules.d/50-firmware.rules inode=6106 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/50-udev-default.rules inode=6107 t=10909864298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/55-dm.rules inode=6108 t=10909864298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/60-autosuspend.rules inode=6109 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-block.rules inode=6110 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-cdrom_id.rules inode=6111 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-drm.rules inode=6112 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-evdev.rules inode=6113 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-fido-id.rules inode=6114 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-infiniband.rules inode=6115 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-input-id.rules inode=6116 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-alsa.rules inode=6117 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-input.rules inode=6118 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-dm.rules inode=6119 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage-tape.rules inode=6120 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-persistent-storage.rules inode=6121 t=10909864298 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/udev/rules.d/60-persistent-v4l.rules inode=6122 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-sensor.rules inode=6123 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/60-serial.rules inode=6124 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/64-btrfs.rules inode=6125 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-camera.rules inode=6126 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-joystick.rules inode=6127 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-memory.rules inode=6128 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-mouse.rules inode=6129 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-power-switch.rules inode=6130 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-touchpad.rules inode=6131 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/70-uaccess.rules inode=6132 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/71-seat.rules inode=6133 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-seat-late.rules inode=6134 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/73-special-net-names.rules inode=6135 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-net-description.rules inode=6136 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/75-probe_mtd.rules inode=6137 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/78-sound-card.rules inode=6138 t=10909864298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/rules.d/80-debian-compat.rules inode=6139 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-drivers.rules inode=6140 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/80-net-setup-link.rules inode=6141 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/81-net-dhcp.rules inode=6142 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/85-hwclock.rules inode=6143 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/95-dm-notify.rules inode=6144 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/96-e2scrub.rules inode=6145 t=10909864298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/rules.d/99-systemd.rules inode=6146 t=10909864298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/udev/hwdb.bin inode=6070 t=10909864298 kinds=block pages=0-3178 count=17
file /usr/bin/systemctl inode=495 t=11809053298 kinds=block pages=0-330 count=5
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/scsi/sg.ko inode=3913 t=12059127298 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/lib/systemd/system/rc-local.service inode=5715 t=12059127298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/cdrom_id inode=6066 t=12059127298 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/serio/serio_raw.ko inode=2006 t=12059127298 kinds=fragment-inferred,block pages=0-6 count=1
file /usr/lib/systemd/system/getty-pre.target inode=5655 t=12059127298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rc-local.service.d/debian.conf inode=5717 t=12059127298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/ata_id inode=6065 t=12059127298 kinds=fragment-inferred,block pages=0-16 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/acpi/button.ko inode=817 t=12059127298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/evdev.ko inode=1920 t=12059127298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/acpi-cpufreq.ko inode=1080 t=12059127298 kinds=fragment-inferred,block pages=0-13 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/pcc-cpufreq.ko inode=1087 t=12059127298 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/misc/pcspkr.ko inode=1982 t=12059127298 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/block/floppy.ko inode=905 t=12114062298 kinds=block pages=0-46 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/i2c/busses/i2c-piix4.ko inode=1547 t=12114062298 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/virt/lib/irqbypass.ko inode=5562 t=12114062298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/udev/hwclock-set inode=6069 t=12114062298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/input/mouse/psmouse.ko inode=1992 t=12114062298 kinds=block pages=0-95 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm.ko inode=705 t=12159065298 kinds=block pages=0-580 count=4
file /usr/lib/udev/dmi_memory_id inode=6067 t=12308727298 kinds=fragment-inferred,block pages=0-18 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/crypto/ccp/ccp.ko inode=1094 t=12308727298 kinds=block pages=0-63 count=2
file /usr/lib/modules/6.1.0-56-amd64/kernel/arch/x86/kvm/kvm-amd.ko inode=703 t=12358944298 kinds=block pages=0-97 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/cpufreq/powernow-k8.ko inode=1088 t=12409576298 kinds=fragment-inferred,block pages=0-14 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/drivers/edac/edac_mce_amd.ko inode=1145 t=12409576298 kinds=fragment-inferred,block pages=0-16 count=1
file /etc/e2scrub.conf inode=81 t=12409576298 kinds=fragment-inferred,block pages=0 count=1
file /usr/bin/readlink inode=454 t=12409576298 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/sleep inode=486 t=12409576298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/sbin/e2scrub_all inode=7374 t=12409576298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/bash inode=283 t=12409576298 kinds=block pages=0-308 count=5
file /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 inode=6541 t=12659054298 kinds=block pages=0-49 count=3
file /usr/bin/apt-cache inode=270 t=17747999298 kinds=fragment-inferred,block pages=0-21 count=2
file /usr/bin/apt-cdrom inode=271 t=17747999298 kinds=fragment-inferred,block pages=0-5 count=2
file /usr/bin/apt-config inode=272 t=17747999298 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-get inode=273 t=17747999298 kinds=fragment-inferred,block pages=0-12 count=4
file /usr/bin/apt-key inode=274 t=17747999298 kinds=fragment-inferred,block pages=0-6 count=4
file /usr/bin/apt-mark inode=275 t=17980274298 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/arch inode=276 t=17980274298 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/b2sum inode=278 t=18021904298 kinds=fragment-inferred,block pages=0-14 count=2
file /usr/bin/base32 inode=279 t=18021904298 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/base64 inode=280 t=18021904298 kinds=fragment-inferred,block pages=0-11 count=2
file /usr/bin/basename inode=281 t=18021904298 kinds=fragment-inferred,block pages=0-10 count=2
file /usr/bin/basenc inode=282 t=18021904298 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/bashbug inode=284 t=18021904298 kinds=fragment-inferred,block pages=0-1 count=3
file /usr/bin/busctl inode=285 t=18021904298 kinds=fragment-inferred,block pages=0-22 count=3
file /usr/bin/chattr inode=289 t=18021904298 kinds=fragment-inferred,block pages=0-3 count=2
file /usr/bin/chcon inode=290 t=18021904298 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chfn inode=291 t=18073824298 kinds=fragment-inferred,block pages=0-15 count=2
file /usr/bin/chgrp inode=292 t=18073824298 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chmod inode=293 t=18073824298 kinds=fragment-inferred,block pages=0-15 count=3
file /usr/bin/choom inode=294 t=18073824298 kinds=fragment-inferred,block pages=0-13 count=3
file /usr/bin/chown inode=295 t=18121043298 kinds=fragment-inferred,block pages=0-17 count=2
file /usr/bin/chrt inode=296 t=18121043298 kinds=fragment-inferred,block pages=0-16 count=2
file /usr/bin/chsh inode=297 t=18121043298 kinds=fragment-inferred,block pages=0-12 count=2
file /usr/bin/cksum inode=298 t=18121043298 kinds=block pages=0-34 count=3
file /usr/bin/clear inode=299 t=18220687298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/clear_console inode=300 t=18220687298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/bin/cmp inode=301 t=18220687298 kinds=fragment-inferred,block pages=0-12 count=1
file /usr/bin/comm inode=302 t=18220687298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/cp inode=303 t=18220687298 kinds=block pages=0-36 count=1
file /usr/bin/csplit inode=304 t=18274866298 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/cut inode=305 t=18274866298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/date inode=307 t=18274866298 kinds=fragment-inferred,block pages=0-29 count=1
file /usr/bin/dd inode=308 t=18274866298 kinds=fragment-inferred,block pages=0-21 count=1
file /usr/bin/deb-systemd-helper inode=309 t=18274866298 kinds=fragment-inferred,block pages=0-5 count=1
file /usr/bin/deb-systemd-invoke inode=310 t=18274866298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/bin/debconf inode=311 t=18274866298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-bluetooth-vendor-product.hwdb inode=6074 t=21020334298 kinds=block pages=32-34 count=1
file /usr/lib/systemd/catalog/systemd.zh_TW.catalog inode=5600 t=21022401298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/network/80-6rd-tunnel.network inode=5603 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-host0.network inode=5604 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vb.network inode=5605 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-ve.network inode=5606 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-container-vz.network inode=5607 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-ethernet.network.example inode=5608 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-vm-vt.network inode=5609 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-adhoc.network inode=5610 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-ap.network.example inode=5611 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/network/80-wifi-station.network.example inode=5612 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/resolv.conf inode=5614 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/bluetooth.target inode=5623 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/boot-complete.target inode=5624 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/console-getty.service inode=5625 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/container-getty@.service inode=5626 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/debug-shell.service inode=5636 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub@.service inode=5642 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/e2scrub_fail@.service inode=5645 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/exit.target inode=5649 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/factory-reset.target inode=5650 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/final.target inode=5651 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/halt.target inode=5664 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hibernate.target inode=5665 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/hybrid-sleep.target inode=5667 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/integritysetup-pre.target inode=5685 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/kexec.target inode=5687 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/machine.slice inode=5693 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/nss-lookup.target inode=5705 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/pam_namespace.service inode=5707 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/printer.target inode=5710 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/quotaon.service inode=5714 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/reboot.target inode=5720 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/rpcbind.target inode=5729 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/serial-getty@.service inode=5742 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sigpwr.target inode=5744 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sleep.target inode=5745 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/smartcard.target inode=5747 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/sound.target inode=5756 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend-then-hibernate.target inode=5757 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/suspend.target inode=5758 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-systemd\\x2dcryptsetup.slice inode=5796 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-cleanup.service inode=5797 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update-pre.target inode=5798 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/system-update.target inode=5799 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-backlight@.service inode=5804 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-boot-check-no-failures.service inode=5806 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-exit.service inode=5807 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-fsck@.service inode=5810 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-halt.service inode=5813 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate-resume@.service inode=5814 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hibernate.service inode=5815 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-hybrid-sleep.service inode=5817 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald-varlink@.socket inode=5823 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.service inode=5826 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-journald@.socket inode=5827 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-kexec.service inode=5828 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-localed.service.d/locale-gen.conf inode=5831 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-network-generator.service inode=5835 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online.service inode=5836 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-networkd-wait-online@.service inode=5837 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-poweroff.service inode=5843 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-quotacheck.service inode=5845 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-reboot.service inode=5847 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.service inode=5850 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-rfkill.socket inode=5851 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend-then-hibernate.service inode=5852 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-suspend.service inode=5853 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-time-wait-sync.service inode=5857 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/systemd-volatile-root.service inode=5871 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/usb-gadget.target inode=5879 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-.slice.d/10-defaults.conf inode=5881 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user-runtime-dir@.service inode=5882 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service inode=5884 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@.service.d/10-login-barrier.conf inode=5886 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system/user@0.service.d/10-login-barrier.conf inode=5888 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/system-preset/90-systemd.preset inode=5907 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/systemd-ac-power inode=5911 t=21022401298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/systemd-localed inode=5925 t=21022401298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/user/smartcard.target inode=5969 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/user/sound.target inode=5971 t=21022401298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb inode=6078 t=21022401298 kinds=block pages=0-223 count=2
file /usr/bin/uclampset inode=545 t=21848220298 kinds=fragment-inferred,block pages=0-15 count=1
file /usr/bin/umount inode=547 t=21848220298 kinds=fragment-inferred,block pages=0-8 count=1
file /usr/bin/uname inode=548 t=21848707298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/unexpand inode=549 t=21848707298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/bin/uniq inode=550 t=21848707298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/bin/unlink inode=551 t=21848707298 kinds=fragment-inferred,block pages=0-9 count=1
file /usr/bin/unshare inode=552 t=21848707298 kinds=fragment-inferred,block pages=0-20 count=1
file /usr/lib/systemd/systemd-shutdown inode=5940 t=22353174298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/systemd/systemd-sleep inode=5941 t=22353174298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-socket-proxyd inode=5942 t=22353174298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/systemd-sulogin-shell inode=5943 t=22353174298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/ipv4/netfilter/ipt_CLUSTERIP.ko inode=4770 t=22353174298 kinds=fragment-inferred,block pages=0-10 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/net/netfilter/xt_AUDIT.ko inode=4979 t=22353174298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/modules/6.1.0-56-amd64/kernel/sound/xen/snd_xen_front.ko inode=5559 t=22353827298 kinds=fragment-inferred,block pages=0-19 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin inode=5565 t=22353827298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/modules/6.1.0-56-amd64/modules.builtin.modinfo inode=5568 t=22353827298 kinds=fragment-inferred,block pages=0-11 count=1
file /usr/lib/pam.d/systemd-user inode=5579 t=22353827298 kinds=fragment-inferred,block pages=0 count=1
file /usr/lib/systemd/catalog/systemd.be.catalog inode=5584 t=22353827298 kinds=fragment-inferred,block pages=0-3 count=1
file /usr/lib/systemd/catalog/systemd.be@latin.catalog inode=5585 t=22353827298 kinds=fragment-inferred,block pages=0-2 count=1
file /usr/lib/systemd/catalog/systemd.bg.catalog inode=5586 t=22353827298 kinds=fragment-inferred,block pages=0-7 count=1
file /usr/lib/systemd/catalog/systemd.catalog inode=5587 t=22353827298 kinds=fragment-inferred,block pages=0-4 count=1
file /usr/lib/systemd/catalog/systemd.da.catalog inode=5588 t=22353827298 kinds=fragment-inferred,block pages=0-1 count=1
file /usr/lib/systemd/catalog/systemd.de.catalog inode=5589 t=22353827298 kinds=fragment-inferred,block pages=0 count=1
read t=5910278298 offset=0 len=16384
read t=5962563298 offset=132251648 len=131072
read t=6008718298 offset=145715200 len=4096
read t=6058664298 offset=132382720 len=131072
read t=6108817298 offset=145694720 len=4096
read t=6159943298 offset=132513792 len=131072
read t=6208961298 offset=145563648 len=4096
read t=6259222298 offset=132644864 len=131072
read t=6315001298 offset=132775936 len=131072
read t=6359443298 offset=132907008 len=131072
read t=6409422298 offset=133038080 len=131072
read t=6458550298 offset=145682432 len=4096
read t=6508781298 offset=133169152 len=131072
read t=6558785298 offset=145686528 len=8192
read t=6608958298 offset=145698816 len=4096
read t=6659377298 offset=145559552 len=4096
read t=6709153298 offset=133300224 len=131072
read t=6758791298 offset=133431296 len=131072
read t=6808951298 offset=145674240 len=4096
read t=6861408298 offset=133562368 len=131072
read t=6908790298 offset=145678336 len=4096
read t=6958836298 offset=133693440 len=131072
read t=7008659298 offset=145514496 len=4096
read t=7058813298 offset=133824512 len=131072
read t=7110156298 offset=133955584 len=131072
read t=7158604298 offset=134086656 len=131072
read t=7209122298 offset=145567744 len=16384
read t=7258865298 offset=134217728 len=131072
read t=7309422298 offset=134348800 len=131072
read t=7359370298 offset=134479872 len=131072
read t=7409364298 offset=134610944 len=131072
read t=7458729298 offset=145670144 len=4096
read t=7509161298 offset=134742016 len=131072
read t=7559434298 offset=134873088 len=131072
read t=7608799298 offset=135004160 len=131072
read t=7658639298 offset=145555456 len=4096
read t=7708904298 offset=135135232 len=131072
read t=7758535298 offset=135266304 len=131072
read t=7808801298 offset=145616896 len=4096
read t=7858642298 offset=135397376 len=131072
read t=7908753298 offset=135528448 len=131072
read t=7958686298 offset=145620992 len=16384
read t=8008799298 offset=135659520 len=131072
read t=8058831298 offset=145510400 len=4096
read t=8109356298 offset=135790592 len=131072
read t=8158580298 offset=135921664 len=131072
read t=8208780298 offset=99352576 len=4096
read t=8259083298 offset=136052736 len=131072
read t=8308644298 offset=99356672 len=16384
read t=8359442298 offset=136183808 len=131072
read t=8408746298 offset=99373056 len=98304
read t=8458833298 offset=136314880 len=131072
read t=8509799298 offset=99471360 len=131072
read t=8558609298 offset=136445952 len=131072
read t=8608506298 offset=145657856 len=4096
read t=8660885298 offset=136577024 len=131072
read t=8710185298 offset=136708096 len=131072
read t=8758586298 offset=145661952 len=8192
read t=8808719298 offset=136839168 len=131072
read t=8859078298 offset=136970240 len=131072
read t=8908986298 offset=137101312 len=131072
read t=8959105298 offset=137232384 len=131072
read t=9008790298 offset=137363456 len=131072
read t=9058478298 offset=138219520 len=4096
read t=9109083298 offset=137494528 len=131072
read t=9158182298 offset=138223616 len=16384
read t=9209185298 offset=137625600 len=131072
read t=9259273298 offset=138240000 len=98304
read t=9309673298 offset=137756672 len=131072
read t=9359982298 offset=138338304 len=131072
read t=9409155298 offset=137887744 len=131072
read t=9458892298 offset=138493952 len=4096
read t=9509110298 offset=138018816 len=131072
read t=9558440298 offset=138498048 len=16384
read t=9609426298 offset=138149888 len=69632
read t=9658663298 offset=138514432 len=98304
read t=9708950298 offset=138469376 len=24576
read t=9759206298 offset=138612736 len=131072
read t=9809881298 offset=138743808 len=131072
read t=9859630298 offset=139022336 len=4096
read t=9908743298 offset=138874880 len=131072
read t=9958542298 offset=139026432 len=16384
read t=10008776298 offset=139005952 len=16384
read t=10058468298 offset=139042816 len=94208
read t=10113962298 offset=139137024 len=131072
read t=10159393298 offset=139268096 len=131072
read t=10209815298 offset=139399168 len=131072
read t=10261818298 offset=139530240 len=131072
read t=10309972298 offset=139661312 len=131072
read t=10359342298 offset=139792384 len=131072
read t=10410100298 offset=139923456 len=131072
read t=10460191298 offset=140054528 len=131072
read t=10510109298 offset=140185600 len=131072
read t=10558723298 offset=140316672 len=131072
read t=10608595298 offset=145448960 len=4096
read t=10658579298 offset=140447744 len=131072
read t=10714128298 offset=140578816 len=131072
read t=10759032298 offset=140709888 len=131072
read t=10808740298 offset=140840960 len=131072
read t=10859664298 offset=140972032 len=131072
read t=10909864298 offset=141103104 len=131072
read t=10960239298 offset=145702912 len=12288
read t=11015945298 offset=141234176 len=131072
read t=11065270298 offset=141365248 len=131072
read t=11109243298 offset=141496320 len=131072
read t=11165644298 offset=141627392 len=131072
read t=11209398298 offset=141758464 len=131072
read t=11259468298 offset=141889536 len=131072
read t=11314132298 offset=142020608 len=131072
read t=11359277298 offset=142151680 len=131072
read t=11410123298 offset=142282752 len=131072
read t=11458700298 offset=142413824 len=131072
read t=11508142298 offset=145502208 len=4096
read t=11559217298 offset=142544896 len=131072
read t=11609296298 offset=142675968 len=131072
read t=11659588298 offset=142807040 len=131072
read t=11710608298 offset=142938112 len=131072
read t=11759210298 offset=143069184 len=131072
read t=11809053298 offset=143200256 len=131072
read t=11859147298 offset=143331328 len=131072
read t=11908939298 offset=143462400 len=131072
read t=11959326298 offset=143593472 len=131072
read t=12008867298 offset=143724544 len=131072
read t=12059127298 offset=143855616 len=131072
read t=12114062298 offset=143986688 len=131072
read t=12159065298 offset=144117760 len=131072
read t=12209019298 offset=144248832 len=131072
read t=12259071298 offset=144379904 len=131072
read t=12308727298 offset=144510976 len=131072
read t=12358944298 offset=144642048 len=131072
read t=12409576298 offset=144773120 len=131072
read t=12458545298 offset=144904192 len=131072
read t=12508724298 offset=145498112 len=4096
read t=12558427298 offset=145035264 len=131072
read t=12609042298 offset=145166336 len=131072
read t=12659054298 offset=145297408 len=131072
read t=12708732298 offset=145428480 len=20480
read t=12758636298 offset=145453056 len=45056
read t=12808506298 offset=145608704 len=4096
read t=12858192298 offset=145506304 len=4096
read t=12912848298 offset=145518592 len=36864
read t=12958620298 offset=145584128 len=24576
read t=13008568298 offset=145612800 len=4096
read t=13058529298 offset=145637376 len=20480
read t=17718715298 offset=16384 len=32768
read t=17747999298 offset=49152 len=65536
read t=17750328298 offset=131072 len=4096
read t=17754342298 offset=262144 len=4096
read t=17771018298 offset=524288 len=4096
read t=17822256298 offset=1048576 len=4096
read t=17875502298 offset=2097152 len=4096
read t=17927318298 offset=4194304 len=4096
read t=17980274298 offset=114688 len=16384
read t=18021904298 offset=135168 len=126976
read t=18073824298 offset=266240 len=110592
read t=18121043298 offset=376832 len=131072
read t=18171282298 offset=507904 len=16384
read t=18220687298 offset=528384 len=110592
read t=18274866298 offset=638976 len=131072
read t=19333689298 offset=61440 len=4096
read t=19383577298 offset=192512 len=4096
read t=19433750298 offset=454656 len=4096
read t=19483451298 offset=978944 len=4096
read t=19533347298 offset=2027520 len=4096
read t=19583681298 offset=4124672 len=4096
read t=19983569298 offset=0 len=61440
read t=20034288298 offset=65536 len=126976
read t=20084586298 offset=196608 len=131072
read t=20134429298 offset=327680 len=126976
read t=20185035298 offset=145420288 len=131072
read t=20234163298 offset=145551360 len=131072
read t=20299141298 offset=145682432 len=36864
read t=21020334298 offset=96079872 len=4096
read t=21021722298 offset=96083968 len=16384
read t=21022401298 offset=96100352 len=32768
read t=21022749298 offset=96133120 len=65536
read t=21845955298 offset=6774784 len=4096
read t=21846834298 offset=6778880 len=16384
read t=21848220298 offset=6795264 len=32768
read t=21848707298 offset=6828032 len=65536
read t=22351415298 offset=95367168 len=4096
read t=22352435298 offset=95371264 len=16384
read t=22353174298 offset=95387648 len=32768
read t=22353827298 offset=95420416 len=65536
end files=588 reads=184
