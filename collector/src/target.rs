//! What is being recorded: the filesystem devices to keep events for, the block
//! device whose reads are image reads, and the map from (device, inode) to the
//! file's path inside the target.
//!
//! `--image FILE`: the squashfs or EROFS reader lists every inode (squashfs inode
//! number, EROFS nid: each is the kernel's `i_ino` on 64-bit kernels); the device
//! is the loop device backing FILE, found through /sys/block/loop*/loop/backing_file
//! and /proc/self/mountinfo.
//! `--mount DIR`: the mount is walked once. If DIR is an overlay, page-cache
//! events name the lower (and upper) layers' inodes, so those layers are walked
//! and filtered on instead. Devices are kept in the kernel's dev_t encoding
//! (`MAJOR << 20 | MINOR`), which is what tracepoints report.

use std::{
    collections::HashMap,
    fs,
    os::unix::{ffi::OsStrExt, fs::MetadataExt},
    path::{Path, PathBuf},
};

use anyhow::{anyhow, bail, Context, Result};
use formats::ImageIdentity;

/// A kernel dev_t from major and minor numbers.
pub const fn kernel_dev(major: u32, minor: u32) -> u32 {
    (major << 20) | (minor & 0xfffff)
}

/// A userspace `st_dev` converted to the kernel's encoding.
pub fn kernel_dev_from_st(st_dev: u64) -> u32 {
    kernel_dev(libc::major(st_dev), libc::minor(st_dev))
}

/// One line of /proc/self/mountinfo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MountInfo {
    pub major: u32,
    pub minor: u32,
    /// Root of the mount inside its filesystem.
    pub root: PathBuf,
    pub mount_point: PathBuf,
    pub fs_type: String,
    pub source: String,
    pub super_options: String,
}

/// Undoes mountinfo's octal escapes (`\040` for a space, ...).
fn unescape_octal(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\'
            && i + 3 < b.len()
            && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c))
        {
            out.push((b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0'));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn path_of(s: &str) -> PathBuf {
    PathBuf::from(std::ffi::OsStr::from_bytes(&unescape_octal(s)))
}

/// Parses /proc/self/mountinfo text.
pub fn parse_mountinfo(text: &str) -> Vec<MountInfo> {
    let mut out = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let Some(sep) = fields.iter().position(|f| *f == "-") else {
            continue;
        };
        if fields.len() < sep + 3 || sep < 6 {
            continue;
        }
        let Some((major, minor)) = fields[2].split_once(':') else {
            continue;
        };
        let (Ok(major), Ok(minor)) = (major.parse(), minor.parse()) else {
            continue;
        };
        out.push(MountInfo {
            major,
            minor,
            root: path_of(fields[3]),
            mount_point: path_of(fields[4]),
            fs_type: fields[sep + 1].to_string(),
            source: String::from_utf8_lossy(&unescape_octal(fields[sep + 2])).into_owned(),
            super_options: fields
                .get(sep + 3)
                .map(|s| s.to_string())
                .unwrap_or_default(),
        });
    }
    out
}

fn mounts() -> Result<Vec<MountInfo>> {
    let text =
        fs::read_to_string("/proc/self/mountinfo").context("reading /proc/self/mountinfo")?;
    Ok(parse_mountinfo(&text))
}

/// Overlay layer directories from the super options, upper first, then lowers top to bottom.
pub fn overlay_layers(super_options: &str) -> Vec<PathBuf> {
    // Options are comma-separated; commas and colons inside paths are backslash-escaped.
    let mut opts = Vec::new();
    let mut cur = Vec::new();
    let bytes = super_options.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                cur.push(bytes[i]);
                cur.push(bytes[i + 1]);
                i += 2;
                continue;
            }
            b',' => opts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
        i += 1;
    }
    opts.push(cur);
    let split_colons = |v: &[u8]| -> Vec<Vec<u8>> {
        let mut parts = vec![Vec::new()];
        let mut i = 0;
        while i < v.len() {
            if v[i] == b'\\' && i + 1 < v.len() {
                parts.last_mut().unwrap().push(v[i + 1]);
                i += 2;
                continue;
            }
            if v[i] == b':' {
                parts.push(Vec::new());
            } else {
                parts.last_mut().unwrap().push(v[i]);
            }
            i += 1;
        }
        parts
    };
    let unescape = |v: &[u8]| -> Vec<u8> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < v.len() {
            if v[i] == b'\\' && i + 1 < v.len() {
                out.push(v[i + 1]);
                i += 2;
            } else {
                out.push(v[i]);
                i += 1;
            }
        }
        out
    };
    let to_path =
        |v: Vec<u8>| PathBuf::from(std::ffi::OsString::from(std::ffi::OsStr::from_bytes(&v)));
    let mut upper = Vec::new();
    let mut lower = Vec::new();
    for o in opts {
        let s = o.as_slice();
        if let Some(v) = s.strip_prefix(b"upperdir=") {
            upper.push(to_path(unescape(v)));
        } else if let Some(v) = s
            .strip_prefix(b"lowerdir+=")
            .or_else(|| s.strip_prefix(b"datadir+="))
        {
            lower.push(to_path(unescape(v)));
        } else if let Some(v) = s.strip_prefix(b"lowerdir=") {
            lower.extend(
                split_colons(v)
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .map(to_path),
            );
        }
    }
    upper.extend(lower);
    upper
}

/// The block device whose read requests are reads of the image, in image byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockSource {
    /// Kernel dev_t of the (loop) block device.
    pub dev: u32,
}

/// One way into the target from the outside: a directory whose contents are the
/// target's root (the mount point itself, or an overlay built on it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Root {
    pub dir: PathBuf,
}

/// Everything the collector needs to know about what it records.
#[derive(Clone, Debug, Default)]
pub struct Target {
    /// Directories whose contents are the target root (for resolving open/exec names).
    pub roots: Vec<Root>,
    /// Filesystem devices (kernel dev_t) to keep page-cache events for.
    pub fs_devs: Vec<u32>,
    /// Where image reads are seen at the block layer, if known.
    pub block: Option<BlockSource>,
    /// (kernel dev, inode) → path inside the target, starting with `/`.
    pub files: HashMap<(u32, u64), Vec<u8>>,
    /// Path inside the target → (kernel dev, inode).
    pub by_path: HashMap<Vec<u8>, (u32, u64)>,
    /// The squashfs image file behind the target, if known, opened when the target was
    /// resolved: its path may be gone by the end (a live system's /run is mounted over at
    /// switch_root). Its identity (a hash of the whole image) is computed only when asked,
    /// at the end of a recording: hashing at the start would read the whole medium during
    /// the boot being recorded.
    pub image_file: Option<ImageFile>,
}

/// An open image file and the path it was opened by.
#[derive(Clone, Debug)]
pub struct ImageFile {
    pub path: PathBuf,
    pub file: std::sync::Arc<fs::File>,
}

impl ImageFile {
    fn open(path: PathBuf) -> Result<ImageFile> {
        let file = fs::File::open(&path)
            .with_context(|| format!("cannot read image {}", path.display()))?;
        Ok(ImageFile {
            path,
            file: std::sync::Arc::new(file),
        })
    }
}

impl Target {
    fn add_file(&mut self, dev: u32, ino: u64, path: Vec<u8>) {
        self.by_path.entry(path.clone()).or_insert((dev, ino));
        self.files.entry((dev, ino)).or_insert(path);
    }

    /// The image's identity (reads the whole image; call after the recording).
    pub fn image_identity(&self) -> Option<ImageIdentity> {
        use std::os::fd::AsRawFd;
        let image = self.image_file.as_ref()?;
        // Through the descriptor opened at the start: the path may be hidden by now.
        let by_fd = PathBuf::from(format!("/proc/self/fd/{}", image.file.as_raw_fd()));
        match ImageContent::open(&by_fd).and_then(|c| c.identity(&by_fd)) {
            Ok(identity) => Some(identity),
            Err(e) => {
                eprintln!(
                    "liveopt: warning: no image identity for {}: {e:#}",
                    image.path.display()
                );
                None
            }
        }
    }

    /// Maps an absolute path seen by a process to a path inside the target.
    pub fn relative(&self, abs: &Path) -> Option<Vec<u8>> {
        for root in &self.roots {
            if let Ok(rest) = abs.strip_prefix(&root.dir) {
                let mut p = b"/".to_vec();
                p.extend_from_slice(rest.as_os_str().as_bytes());
                return Some(p);
            }
        }
        None
    }
}

/// The loop devices backed by `file`: (name such as "loop3", kernel dev_t).
fn loops_backed_by(file: &Path) -> Result<Vec<(String, u32)>> {
    let mut out = Vec::new();
    let Ok(dir) = fs::read_dir("/sys/block") else {
        return Ok(out);
    };
    for e in dir.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with("loop") {
            continue;
        }
        let Ok(backing) = fs::read_to_string(e.path().join("loop/backing_file")) else {
            continue;
        };
        let backing = backing.trim_end_matches('\n');
        let backing = backing.strip_suffix(" (deleted)").unwrap_or(backing);
        if Path::new(backing) != file {
            continue;
        }
        let offset: u64 = fs::read_to_string(e.path().join("loop/offset"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        if offset != 0 {
            continue; // the image is not at the start of this loop device
        }
        let dev = fs::read_to_string(e.path().join("dev")).unwrap_or_default();
        if let Some((ma, mi)) = dev.trim().split_once(':') {
            if let (Ok(ma), Ok(mi)) = (ma.parse(), mi.parse()) {
                out.push((name, kernel_dev(ma, mi)));
            }
        }
    }
    Ok(out)
}

/// The loop device's backing file, if `major:minor` is a loop device.
fn loop_backing_file(major: u32, minor: u32) -> Option<PathBuf> {
    let s = fs::read_to_string(format!("/sys/dev/block/{major}:{minor}/loop/backing_file")).ok()?;
    let s = s.trim_end_matches('\n');
    Some(PathBuf::from(s.strip_suffix(" (deleted)").unwrap_or(s)))
}

/// Overlays whose layers include `dir` (so opens through them name target files).
fn overlays_over(all: &[MountInfo], dir: &Path) -> Vec<Root> {
    all.iter()
        .filter(|m| {
            m.fs_type == "overlay" && overlay_layers(&m.super_options).iter().any(|l| l == dir)
        })
        .map(|m| Root {
            dir: m.mount_point.clone(),
        })
        .collect()
}

/// A live image of either format, as recording needs it.
enum ImageContent {
    Squashfs(squashfs::Archive),
    Erofs(erofs::Archive),
}

impl ImageContent {
    fn open(image: &Path) -> Result<ImageContent> {
        Ok(if erofs::has_magic(image)? {
            ImageContent::Erofs(erofs::Archive::open(image)?)
        } else {
            ImageContent::Squashfs(squashfs::Archive::open(image)?)
        })
    }

    /// The filesystem type in /proc/self/mountinfo.
    fn fs_type(&self) -> &'static str {
        match self {
            ImageContent::Squashfs(_) => "squashfs",
            ImageContent::Erofs(_) => "erofs",
        }
    }

    /// Every regular file: (the kernel's inode number, path starting with `/`).
    fn files(&self) -> Vec<(u64, Vec<u8>)> {
        match self {
            ImageContent::Squashfs(a) => a
                .paths()
                .filter(|(e, _)| e.kind == squashfs::Kind::File)
                .map(|(e, path)| (u64::from(e.inode_number), path))
                .collect(),
            ImageContent::Erofs(a) => a
                .entries()
                .iter()
                .filter(|e| e.kind == erofs::Kind::File)
                .map(|e| {
                    let mut path = b"/".to_vec();
                    path.extend_from_slice(e.path.as_os_str().as_bytes());
                    (e.nid, path)
                })
                .collect(),
        }
    }

    fn identity(&self, image: &Path) -> Result<ImageIdentity> {
        Ok(match self {
            ImageContent::Squashfs(a) => ImageIdentity::of_squashfs(a)?,
            ImageContent::Erofs(a) => ImageIdentity::of_erofs(a, image, 0)?,
        })
    }
}

/// `--image FILE`: the mounted squashfs or EROFS image FILE.
pub fn from_image(image: &Path) -> Result<Target> {
    let content = ImageContent::open(image)
        .with_context(|| format!("cannot read image {}", image.display()))?;
    let fs_type = content.fs_type();
    let canonical = fs::canonicalize(image)
        .with_context(|| format!("cannot read image {}", image.display()))?;
    let loops = loops_backed_by(&canonical)?;
    let all = mounts()?;
    let mut target = Target::default();
    for (_, dev) in &loops {
        for m in all
            .iter()
            .filter(|m| m.fs_type == fs_type && kernel_dev(m.major, m.minor) == *dev)
        {
            if m.root == Path::new("/") {
                target.roots.push(Root {
                    dir: m.mount_point.clone(),
                });
                target.roots.extend(overlays_over(&all, &m.mount_point));
            }
            if !target.fs_devs.contains(dev) {
                target.fs_devs.push(*dev);
            }
        }
    }
    let Some(&dev) = target.fs_devs.first() else {
        bail!(
            "image {} is not mounted (no {fs_type} mount on a loop device backed by it)",
            image.display()
        );
    };
    if target.fs_devs.len() > 1 {
        eprintln!(
            "liveopt: warning: image mounted through several loop devices; recording all of them"
        );
    }
    target.block = Some(BlockSource { dev });
    for (ino, path) in content.files() {
        for &d in &target.fs_devs.clone() {
            target.add_file(d, ino, path.clone());
        }
    }
    target.image_file = Some(ImageFile::open(canonical)?);
    Ok(target)
}

/// Walks `dir` (staying on `st_dev`), adding regular files as paths relative to `dir`.
fn walk(target: &mut Target, dir: &Path) -> Result<()> {
    let meta = fs::metadata(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let st_dev = meta.dev();
    let kdev = kernel_dev_from_st(st_dev);
    if !target.fs_devs.contains(&kdev) {
        target.fs_devs.push(kdev);
    }
    let mut stack = vec![(dir.to_path_buf(), b"".to_vec())];
    while let Some((abs, rel)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&abs) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(m) = e.metadata() else { continue };
            if m.dev() != st_dev {
                continue;
            }
            let mut child = rel.clone();
            child.push(b'/');
            child.extend_from_slice(e.file_name().as_bytes());
            if m.is_dir() {
                stack.push((e.path(), child));
            } else if m.is_file() {
                target.add_file(kdev, m.ino(), child);
            }
        }
    }
    Ok(())
}

/// `--mount DIR`: any mounted filesystem, or an overlay (its layers are recorded).
pub fn from_mount(dir: &Path) -> Result<Target> {
    let dir =
        fs::canonicalize(dir).with_context(|| format!("cannot read mount {}", dir.display()))?;
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let all = mounts()?;
    // The mount DIR is on: the last (top) mount whose mount point is a prefix of DIR.
    let mount = all
        .iter()
        .filter(|m| dir.starts_with(&m.mount_point))
        .max_by_key(|m| m.mount_point.as_os_str().len())
        .ok_or_else(|| anyhow!("{} is on no mount in /proc/self/mountinfo", dir.display()))?
        .clone();
    let mut target = Target {
        roots: vec![Root { dir: dir.clone() }],
        ..Target::default()
    };
    let inside = dir
        .strip_prefix(&mount.mount_point)
        .unwrap_or(Path::new(""))
        .to_path_buf();
    let mut backing = Vec::new();
    if mount.fs_type == "overlay" {
        let layers = overlay_layers(&mount.super_options);
        if layers.is_empty() {
            bail!(
                "overlay {} shows no layers in mountinfo",
                mount.mount_point.display()
            );
        }
        // Upper first so its paths win; each layer's own device is what page-cache events carry.
        for layer in layers {
            let layer_dir = layer.join(&inside);
            if layer_dir.is_dir() {
                walk(&mut target, &layer_dir)?;
                if let Some(m) = all
                    .iter()
                    .filter(|m| layer.starts_with(&m.mount_point))
                    .max_by_key(|m| m.mount_point.as_os_str().len())
                {
                    backing.push(m.clone());
                }
            }
        }
    } else {
        walk(&mut target, &dir)?;
        target.roots.extend(overlays_over(&all, &dir));
        backing.push(mount.clone());
    }
    // Image reads are known when the data comes from one loop-backed squashfs or EROFS.
    let images: Vec<&MountInfo> = backing
        .iter()
        .filter(|m| matches!(m.fs_type.as_str(), "squashfs" | "erofs"))
        .collect();
    if let [m] = images.as_slice() {
        if let Some(file) = loop_backing_file(m.major, m.minor) {
            target.block = Some(BlockSource {
                dev: kernel_dev(m.major, m.minor),
            });
            if ImageContent::open(&file).is_ok() {
                target.image_file = ImageFile::open(file).ok();
            }
        }
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mountinfo_line() {
        let t = "36 35 7:3 / /mnt/my\\040dir ro,relatime shared:1 - squashfs /dev/loop3 ro,errors=continue\n\
                 40 1 0:50 / /ov rw - overlay overlay rw,lowerdir=/a\\:b:/c,upperdir=/u,workdir=/w\n";
        let m = parse_mountinfo(t);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].major, m[0].minor), (7, 3));
        assert_eq!(m[0].mount_point, PathBuf::from("/mnt/my dir"));
        assert_eq!(m[0].fs_type, "squashfs");
        assert_eq!(m[0].source, "/dev/loop3");
        assert_eq!(
            overlay_layers(&m[1].super_options),
            vec![
                PathBuf::from("/u"),
                PathBuf::from("/a:b"),
                PathBuf::from("/c")
            ]
        );
    }

    #[test]
    fn new_mount_api_layers() {
        assert_eq!(
            overlay_layers("rw,lowerdir+=/l1,lowerdir+=/l2,datadir+=/d"),
            vec![
                PathBuf::from("/l1"),
                PathBuf::from("/l2"),
                PathBuf::from("/d")
            ]
        );
    }

    #[test]
    fn dev_encoding() {
        assert_eq!(kernel_dev(7, 3), (7 << 20) | 3);
        assert_eq!(kernel_dev_from_st(libc::makedev(7, 3)), (7 << 20) | 3);
    }
}
