//! PXE boot tree: the kernel, an initrd with the squashfs image appended as a
//! newc cpio member (`/live/filesystem.squashfs`), and `pxelinux.cfg/default`.
//!
//! The kernel unpacks concatenated cpio archives (each may be compressed or
//! not) into its rootfs, so appending an uncompressed archive holding the image
//! to any initrd puts the image in the initramfs without rebuilding it; /init
//! then mounts it from there (`liveopt.media=initrd`). The input is either a
//! squashfs image (with `--kernel`/`--initrd`) or an ISO holding all three,
//! extracted with `xorriso -osirrox`.
//!
//! The cpio writer here streams the image (it may be gigabytes); the
//! initramfs's writer (boot::initramfs::cpio) keeps members in memory.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// Where the image lands in the initramfs.
pub const IMAGE_MEMBER: &str = "live/filesystem.squashfs";

#[derive(Clone, Debug)]
pub struct Spec {
    pub tftproot: PathBuf,
    /// Directory under the TFTP root for kernel and initrd.
    pub imagedir: String,
    /// The file name the DHCP server hands out (`filename`), e.g. pxelinux.0.
    pub bootfile: String,
    /// An ISO or a squashfs image.
    pub source: PathBuf,
    /// Kernel and initrd: required with a squashfs source, override the ISO's.
    pub kernel: Option<PathBuf>,
    pub initrd: Option<PathBuf>,
    /// Extra kernel command line.
    pub append: String,
}

#[derive(Clone, Debug)]
pub struct Written {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    pub config: PathBuf,
    /// Offset of the appended archive in the initrd.
    pub image_archive_offset: u64,
    pub image_bytes: u64,
    /// The bootloader copied into the TFTP root, if one was found on this host.
    pub bootloader: Option<PathBuf>,
}

// ---------------------------------------------------------------------------
// newc cpio, streaming

const S_IFDIR: u32 = 0o040000;
const S_IFREG: u32 = 0o100000;

fn pad4(out: &mut impl Write, written: u64) -> io::Result<u64> {
    let pad = (4 - written % 4) % 4;
    out.write_all(&[0u8; 3][..pad as usize])?;
    Ok(pad)
}

/// Writes one newc header + name (+ padding); returns bytes written.
fn newc_header(
    out: &mut impl Write,
    ino: u32,
    mode: u32,
    nlink: u32,
    size: u64,
    name: &str,
) -> io::Result<u64> {
    if size > u32::MAX as u64 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "newc members are limited to 4 GiB",
        ));
    }
    let header = format!(
        "070701{ino:08X}{mode:08X}{uid:08X}{gid:08X}{nlink:08X}{mtime:08X}{size:08X}{dmaj:08X}{dmin:08X}{rmaj:08X}{rmin:08X}{namesize:08X}{check:08X}",
        uid = 0,
        gid = 0,
        mtime = 0,
        dmaj = 0,
        dmin = 0,
        rmaj = 0,
        rmin = 0,
        namesize = name.len() + 1,
        check = 0,
    );
    out.write_all(header.as_bytes())?;
    out.write_all(name.as_bytes())?;
    out.write_all(&[0])?;
    let n = 110 + name.len() as u64 + 1;
    Ok(n + pad4(out, n)?)
}

/// Writes a newc archive: the parent directories of `name`, the file `name`
/// with `len` bytes streamed from `data`, the trailer. Returns bytes written.
pub fn write_file_archive(
    out: &mut impl Write,
    name: &str,
    data: &mut impl Read,
    len: u64,
) -> io::Result<u64> {
    let mut written = 0;
    let mut ino = 1;
    let parts: Vec<&str> = name.split('/').collect();
    for i in 1..parts.len() {
        written += newc_header(out, ino, S_IFDIR | 0o755, 2, 0, &parts[..i].join("/"))?;
        ino += 1;
    }
    written += newc_header(out, ino, S_IFREG | 0o444, 1, len, name)?;
    let copied = io::copy(&mut data.take(len), out)?;
    if copied != len {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "image shorter than its size",
        ));
    }
    written += copied;
    written += pad4(out, written)?;
    written += newc_header(out, 0, 0, 1, 0, "TRAILER!!!")?;
    Ok(written)
}

// ---------------------------------------------------------------------------
// Inputs

/// What the source is, by its magic.
enum SourceKind {
    Squashfs,
    Iso,
}

fn source_kind(path: &Path) -> Result<SourceKind> {
    let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut head = vec![0u8; 0x8006];
    let n = read_up_to(&mut f, &mut head)?;
    if n >= 4 && &head[..4] == b"hsqs" {
        return Ok(SourceKind::Squashfs);
    }
    if n >= 0x8006 && &head[0x8001..0x8006] == b"CD001" {
        return Ok(SourceKind::Iso);
    }
    bail!(
        "{} is neither a squashfs image nor an ISO 9660 image",
        path.display()
    )
}

fn read_up_to(f: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Every regular file in the ISO, as absolute ISO paths.
fn iso_files(iso: &Path) -> Result<Vec<String>> {
    let out = Command::new("xorriso")
        .args(["-indev"])
        .arg(iso)
        .args(["-find", "/", "-type", "f", "--"])
        .output()
        .context("running xorriso (is it installed?)")?;
    if !out.status.success() {
        bail!(
            "xorriso could not read {}: {}",
            iso.display(),
            last_line(&out.stderr)
        );
    }
    // xorriso prints each path quoted: '/live/vmlinuz'
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('\'')?
                .strip_suffix('\'')
                .map(str::to_owned)
        })
        .collect())
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// The first file whose base name starts with one of `prefixes`, preferring the
/// usual live directories.
fn pick<'a>(
    files: &'a [String],
    prefixes: &[&str],
    suffix_ok: impl Fn(&str) -> bool,
) -> Option<&'a String> {
    let dirs = [
        "/live/",
        "/casper/",
        "/LiveOS/",
        "/boot/",
        "/isolinux/",
        "/",
    ];
    for dir in dirs {
        for f in files {
            let Some(base) = f.strip_prefix(dir) else {
                continue;
            };
            if base.contains('/') && dir != "/" {
                continue;
            }
            let base = base.rsplit('/').next().unwrap_or(base);
            if prefixes.iter().any(|p| base.starts_with(p)) && suffix_ok(base) {
                return Some(f);
            }
        }
    }
    None
}

/// Extracts one file from the ISO.
fn iso_extract(iso: &Path, inside: &str, to: &Path) -> Result<()> {
    let out = Command::new("xorriso")
        .args(["-osirrox", "on", "-indev"])
        .arg(iso)
        .args(["-extract", inside])
        .arg(to)
        .output()
        .context("running xorriso")?;
    if !out.status.success() || !to.is_file() {
        bail!(
            "extracting {inside} from {}: {}",
            iso.display(),
            last_line(&out.stderr)
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The tree

/// Writes `path` via a temporary file in the same directory, renamed at the end.
fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<&mut File>) -> Result<()>,
) -> Result<()> {
    let mut tmp = formats::AtomicFile::create(path)?;
    {
        let mut w = BufWriter::with_capacity(1 << 20, tmp.file());
        fill(&mut w)?;
        w.flush()?;
    }
    tmp.commit()?;
    Ok(())
}

/// Paths of syslinux's PXE loader and its core module on Debian-like hosts.
fn find_bootloader(name: &str) -> Option<(PathBuf, Option<PathBuf>)> {
    let loader = [
        "/usr/lib/PXELINUX",
        "/usr/lib/syslinux",
        "/usr/share/syslinux",
    ]
    .iter()
    .map(|d| Path::new(d).join(name))
    .find(|p| p.is_file())?;
    let ldlinux = [
        "/usr/lib/syslinux/modules/bios/ldlinux.c32",
        "/usr/share/syslinux/ldlinux.c32",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file());
    Some((loader, ldlinux))
}

/// Builds the PXE tree described by `spec`.
pub fn write_tree(spec: &Spec) -> Result<Written> {
    if spec.imagedir.is_empty() || spec.imagedir.contains("..") || spec.imagedir.starts_with('/') {
        bail!(
            "--imagedir must be a relative directory name, got {:?}",
            spec.imagedir
        );
    }
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    let (kernel, base_initrd, image) = match source_kind(&spec.source)? {
        SourceKind::Squashfs => {
            let (Some(k), Some(i)) = (&spec.kernel, &spec.initrd) else {
                bail!(
                    "a squashfs source needs --kernel and --initrd (an ISO source brings its own)"
                );
            };
            (k.clone(), i.clone(), spec.source.clone())
        }
        SourceKind::Iso => {
            let files = iso_files(&spec.source)?;
            let fetch = |given: &Option<PathBuf>,
                         prefixes: &[&str],
                         what: &str,
                         name: &str|
             -> Result<PathBuf> {
                if let Some(p) = given {
                    return Ok(p.clone());
                }
                let inside = pick(&files, prefixes, |b| {
                    !b.ends_with(".cfg") && !b.ends_with(".c32")
                })
                .with_context(|| format!("no {what} in {}", spec.source.display()))?;
                let to = scratch.path().join(name);
                iso_extract(&spec.source, inside, &to)?;
                Ok(to)
            };
            let kernel = fetch(
                &spec.kernel,
                &["vmlinuz", "bzImage", "linux", "kernel"],
                "kernel",
                "vmlinuz",
            )?;
            let initrd = fetch(&spec.initrd, &["initrd", "initramfs"], "initrd", "initrd")?;
            let inside = pick(&files, &["filesystem.squashfs", "squashfs.img"], |_| true)
                .or_else(|| files.iter().find(|f| f.ends_with(".squashfs")))
                .with_context(|| format!("no squashfs image in {}", spec.source.display()))?;
            let image = scratch.path().join("filesystem.squashfs");
            iso_extract(&spec.source, inside, &image)?;
            (kernel, initrd, image)
        }
    };
    let mut image_file =
        File::open(&image).with_context(|| format!("opening {}", image.display()))?;
    let image_bytes = image_file.metadata()?.len();
    let mut magic = [0u8; 4];
    read_up_to(&mut image_file, &mut magic)?;
    if &magic != b"hsqs" {
        bail!("{} is not a squashfs image", image.display());
    }
    let mut image_file = File::open(&image)?;

    let dir = spec.tftproot.join(&spec.imagedir);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::create_dir_all(spec.tftproot.join("pxelinux.cfg"))?;

    let kernel_out = dir.join("vmlinuz");
    write_atomically(&kernel_out, |w| {
        let mut k =
            File::open(&kernel).with_context(|| format!("opening kernel {}", kernel.display()))?;
        io::copy(&mut k, w)?;
        Ok(())
    })?;

    let initrd_out = dir.join("initrd.img");
    let mut archive_offset = 0;
    write_atomically(&initrd_out, |w| {
        let mut base = File::open(&base_initrd)
            .with_context(|| format!("opening initrd {}", base_initrd.display()))?;
        let n = io::copy(&mut base, w)?;
        // The kernel looks for each archive's header on a 4-byte boundary and skips zeros.
        archive_offset = n + pad4(w, n)?;
        write_file_archive(w, IMAGE_MEMBER, &mut image_file, image_bytes)?;
        Ok(())
    })?;

    let config = spec.tftproot.join("pxelinux.cfg/default");
    let cfg = format!(
        "# Written by liveopt pxe from {source}\n\
         DEFAULT liveopt\n\
         PROMPT 0\n\
         TIMEOUT 0\n\
         LABEL liveopt\n\
         \x20 KERNEL {dir}/vmlinuz\n\
         \x20 APPEND initrd={dir}/initrd.img liveopt.media=initrd liveopt.image=/{member}{extra}\n",
        source = spec.source.display(),
        dir = spec.imagedir,
        member = IMAGE_MEMBER,
        extra = if spec.append.is_empty() {
            String::new()
        } else {
            format!(" {}", spec.append)
        },
    );
    write_atomically(&config, |w| Ok(w.write_all(cfg.as_bytes())?))?;

    let bootloader = match find_bootloader(&spec.bootfile) {
        Some((loader, ldlinux)) => {
            let to = spec.tftproot.join(&spec.bootfile);
            std::fs::copy(&loader, &to).with_context(|| format!("copying {}", loader.display()))?;
            if let Some(ld) = ldlinux {
                std::fs::copy(&ld, spec.tftproot.join("ldlinux.c32"))?;
            }
            Some(to)
        }
        None => None,
    };
    Ok(Written {
        kernel: kernel_out,
        initrd: initrd_out,
        config,
        image_archive_offset: archive_offset,
        image_bytes,
        bootloader,
    })
}
