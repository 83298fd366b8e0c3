# Stand-in for `liveopt initramfs` (no cargo yet): the same table, for a shell-side boot check.
import os, struct, sys, subprocess, shutil
M='/work/cache/example/kernel/root/lib/modules/6.1.0-57-amd64'
files={}
for d,_,fs in os.walk(M+'/kernel'):
    for f in fs:
        if f.endswith('.ko'): files[f[:-3].replace('-','_')]=os.path.relpath(os.path.join(d,f),M)
builtin=set(l.strip().rsplit('/',1)[-1][:-3].replace('-','_') for l in open(M+'/modules.builtin'))
def modinfo(p):
    b=open(p,'rb').read()
    shoff,=struct.unpack_from('<Q',b,0x28); shentsize,shnum,shstrndx=struct.unpack_from('<HHH',b,0x3a)
    stro,=struct.unpack_from('<Q',b,shoff+shstrndx*shentsize+24)
    for i in range(shnum):
        h=shoff+i*shentsize; n,=struct.unpack_from('<I',b,h); name=b[stro+n:b.index(b'\0',stro+n)]
        if name==b'.modinfo':
            o,s=struct.unpack_from('<QQ',b,h+24); return [f.decode(errors='replace') for f in b[o:o+s].split(b'\0') if f]
info={}
def get(n):
    if n not in info: info[n]=modinfo(os.path.join(M,files[n]))
    return info[n]
def deps(n): return [d.replace('-','_') for f in get(n) if f.startswith('depends=') for d in f[8:].split(',') if d]
def aliases(n): return [f[6:] for f in get(n) if f.startswith('alias=')]
order=[];done=set()
def visit(n):
    if n in done: return
    if n not in files: done.add(n); return
    for d in deps(n): visit(d)
    done.add(n); order.append(n)
G=["virtio_pci","virtio_blk","virtio_scsi","ahci","ata_piix","pata_","ata_generic","nvme","xhci_pci","ehci_pci","ohci_pci","uhci_hcd","uas","usb_storage","sd_mod","sr_mod","sdhci_pci","sdhci_acpi","mmc_block"]
drv=[]
for e in G:
    c=sorted(k for k in files if k.startswith(e) and k not in('pata_acpi','ata_generic')) if e.endswith('_') else ([e] if e in files or e in builtin else [])
    for x in c:
        if x not in drv: drv.append(x)
drv=[d for d in drv if d!='ata_generic']+[x for x in('pata_acpi','ata_generic') if x in files]
first=["cdrom","isofs","squashfs","loop","overlay"]+[x for x in["vfat","nls_cp437","nls_ascii","nls_utf8"] if x in files or x in builtin]
for n in first: visit(n)
firstorder=list(order)
for n in drv: visit(n)
def pat(a): return ''.join(c if c.isalnum() or c in '*?[]!^:_.-' else '\\'+c for c in a)
t="modalias_match() {\n"
for n in drv:
    if n in files and aliases(n): t+='    case "$1" in %s) MATCHED="$MATCHED %s" ;; esac\n'%('|'.join(pat(a) for a in aliases(n)),n)
t+='}\nmodule_deps() {\n    case "$1" in\n'
for n in drv:
    if n not in files: continue
    o=[];s=set()
    def cl(x):
        if x not in files or x in s: return
        s.add(x)
        for d in deps(x): cl(d)
        o.append(x)
    cl(n); t+='        %s) DEPS="%s" ;;\n'%(n,' '.join(o))
t+='        *) DEPS= ;;\n    esac\n}\nmodule_path() {\n    case "$1" in\n'
for n in order: t+='        %s) MODULE_PATH=%s ;;\n'%(n,files[n])
t+='        *) MODULE_PATH= ;;\n    esac\n}\n'
R='root'; shutil.rmtree(R,ignore_errors=True); os.makedirs(R)
subprocess.run('cpio -id --quiet < /work/cache/example/initrd.img',shell=True,cwd=R,check=True)
shutil.rmtree(R+'/lib/modules'); os.makedirs(R+'/lib/modules')
for n in order:
    os.makedirs(os.path.dirname(R+'/lib/modules/'+files[n]),exist_ok=True); shutil.copy(os.path.join(M,files[n]),R+'/lib/modules/'+files[n])
open(R+'/lib/modules/load.list','w').write(''.join(files[n]+'\n' for n in firstorder))
open(R+'/lib/liveopt/modalias.sh','w').write(t)
shutil.copy('/work/wt/drivers/boot/src/initramfs/drivers.sh',R+'/lib/liveopt/drivers.sh')
shutil.copy('/work/wt/drivers/boot/src/initramfs/init.sh',R+'/init')
with open(R+'/lib/liveopt/paths.sh','a') as f: f.write("DRIVERS_SCRIPT='/lib/liveopt/drivers.sh'\nALIAS_SCRIPT='/lib/liveopt/modalias.sh'\n")
subprocess.run('find . | cpio -o -H newc --quiet > ../initrd.img',shell=True,cwd=R,check=True)
print(len(order),'modules', os.path.getsize('initrd.img'),'bytes; drivers',len(drv)); print(' '.join(order))
