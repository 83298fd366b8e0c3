//! One view of a live image's tree that squashfs and EROFS share, for comparing
//! images across formats (`liveopt verify`, the check of `liveopt iso sort`).

use std::collections::HashMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::iso::LiveImage;

impl LiveImage {
    /// Opens a standalone image file, told apart by the EROFS magic.
    pub fn open(path: &Path) -> Result<LiveImage> {
        if erofs::has_magic(path).with_context(|| format!("cannot open {}", path.display()))? {
            let archive = erofs::Archive::open(path)
                .with_context(|| format!("opening the EROFS image {}", path.display()))?;
            return Ok(LiveImage::Erofs(archive));
        }
        Ok(LiveImage::Squashfs(squashfs::Archive::open(path)?))
    }
}

/// What two images must agree on for one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// "/usr/bin/ls"; the root is "/".
    pub path: Vec<u8>,
    pub kind: &'static str,
    /// Permission and set-id/sticky bits.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    /// Seconds (squashfs keeps no more).
    pub mtime: u64,
    pub nlink: u32,
    /// The inode's identity within its image: equal for hard links.
    pub inode: u64,
    pub symlink_target: Option<Vec<u8>>,
    /// Devices: the kernel's 32-bit encoding, which both formats store.
    pub rdev: Option<u32>,
    /// Sorted by name.
    pub xattrs: Vec<(Vec<u8>, Vec<u8>)>,
    /// Where the entry is in its archive's `entries()`.
    pub index: usize,
}

impl LiveImage {
    /// Every path of the image.
    pub fn nodes(&self) -> Result<Vec<Node>> {
        match self {
            LiveImage::Squashfs(a) => Ok(a
                .paths()
                .enumerate()
                .map(|(index, (e, path))| {
                    let mut xattrs = e.xattrs.to_vec();
                    xattrs.sort();
                    Node {
                        path,
                        kind: squashfs_kind(e.kind),
                        mode: u32::from(e.mode),
                        uid: e.uid,
                        gid: e.gid,
                        mtime: u64::from(e.mtime),
                        nlink: e.nlink,
                        inode: u64::from(e.inode_number),
                        symlink_target: e.symlink_target().map(<[u8]>::to_vec),
                        rdev: e.rdev(),
                        xattrs,
                        index,
                    }
                })
                .collect()),
            LiveImage::Erofs(a) => a
                .entries()
                .iter()
                .enumerate()
                .map(|(index, e)| {
                    let mut xattrs: Vec<(Vec<u8>, Vec<u8>)> = a
                        .xattrs(e)?
                        .into_iter()
                        .map(|(name, value)| (name.into_bytes(), value))
                        .collect();
                    xattrs.sort();
                    let device =
                        matches!(e.kind, erofs::Kind::CharDevice | erofs::Kind::BlockDevice);
                    Ok(Node {
                        path: erofs_path(&e.path),
                        kind: erofs_kind(e.kind),
                        mode: e.permissions(),
                        uid: e.inode.uid,
                        gid: e.inode.gid,
                        mtime: a.mtime(e).0,
                        nlink: e.inode.nlink,
                        inode: e.nid,
                        symlink_target: match e.kind {
                            erofs::Kind::Symlink => Some(a.read_link(e)?),
                            _ => None,
                        },
                        rdev: device.then_some(e.inode.raw_u),
                        xattrs,
                        index,
                    })
                })
                .collect::<Result<_, erofs::Error>>()
                .map_err(anyhow::Error::from),
        }
    }

    /// The sha256 of a regular file's bytes.
    pub fn content_hash(&self, node: &Node) -> Result<[u8; 32]> {
        let mut hash = Sha256::new();
        match self {
            LiveImage::Squashfs(a) => {
                a.read_file_to(&a.entries()[node.index], &mut HashWriter(&mut hash))?;
            }
            LiveImage::Erofs(a) => hash.update(a.read_file(&a.entries()[node.index])?),
        }
        Ok(hash.finalize().into())
    }
}

struct HashWriter<'a>(&'a mut Sha256);
impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.update(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn erofs_path(rel: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let mut path = b"/".to_vec();
    path.extend_from_slice(rel.as_os_str().as_bytes());
    path
}

fn squashfs_kind(kind: squashfs::Kind) -> &'static str {
    match kind {
        squashfs::Kind::Dir => "directory",
        squashfs::Kind::File => "file",
        squashfs::Kind::Symlink => "symlink",
        squashfs::Kind::BlockDev => "block device",
        squashfs::Kind::CharDev => "character device",
        squashfs::Kind::Fifo => "fifo",
        squashfs::Kind::Socket => "socket",
    }
}

fn erofs_kind(kind: erofs::Kind) -> &'static str {
    match kind {
        erofs::Kind::Dir => "directory",
        erofs::Kind::File => "file",
        erofs::Kind::Symlink => "symlink",
        erofs::Kind::BlockDevice => "block device",
        erofs::Kind::CharDevice => "character device",
        erofs::Kind::Fifo => "fifo",
        erofs::Kind::Socket => "socket",
    }
}

/// The first difference between two images of any formats: paths, type,
/// permissions, owner, mtime (seconds), symlink target, device number,
/// xattrs, hard-link structure, link count and file contents. Two squashfs
/// images go through the squashfs crate's comparison, which reads files in
/// parallel.
pub fn compare(a: &LiveImage, b: &LiveImage) -> Result<()> {
    if let (LiveImage::Squashfs(a), LiveImage::Squashfs(b)) = (a, b) {
        return squashfs::compare(a, b).map_err(|diff| anyhow::anyhow!("{}", diff.0));
    }
    let na = a.nodes()?;
    let nb = b.nodes()?;
    let by_path: HashMap<&[u8], &Node> = nb.iter().map(|n| (n.path.as_slice(), n)).collect();
    if na.len() != nb.len() {
        let in_a: std::collections::HashSet<&[u8]> = na.iter().map(|n| n.path.as_slice()).collect();
        if let Some(n) = nb.iter().find(|n| !in_a.contains(n.path.as_slice())) {
            bail!("{}: only in the second image", show(&n.path));
        }
    }
    let mut a_to_b: HashMap<u64, u64> = HashMap::new();
    let mut b_to_a: HashMap<u64, u64> = HashMap::new();
    for x in &na {
        let p = show(&x.path);
        let Some(y) = by_path.get(x.path.as_slice()) else {
            bail!("{p}: only in the first image");
        };
        let differs = |what: &str| -> Result<()> { bail!("{p}: {what} differs") };
        match () {
            _ if x.kind != y.kind => bail!("{p}: type {} vs {}", x.kind, y.kind),
            _ if x.mode != y.mode => bail!("{p}: mode {:o} vs {:o}", x.mode, y.mode),
            _ if (x.uid, x.gid) != (y.uid, y.gid) => {
                bail!("{p}: owner {}:{} vs {}:{}", x.uid, x.gid, y.uid, y.gid)
            }
            _ if x.mtime != y.mtime => bail!("{p}: mtime {} vs {}", x.mtime, y.mtime),
            _ if x.symlink_target != y.symlink_target => differs("symlink target")?,
            _ if x.rdev != y.rdev => differs("device number")?,
            _ if x.xattrs != y.xattrs => differs("xattrs")?,
            _ if x.kind != "directory" && x.nlink != y.nlink => {
                bail!("{p}: link count {} vs {}", x.nlink, y.nlink)
            }
            _ => {}
        }
        if *a_to_b.entry(x.inode).or_insert(y.inode) != y.inode
            || *b_to_a.entry(y.inode).or_insert(x.inode) != x.inode
        {
            bail!("{p}: hard-link structure differs");
        }
        if x.kind == "file" && a.content_hash(x)? != b.content_hash(y)? {
            bail!("{p}: file contents differ");
        }
    }
    Ok(())
}

fn show(path: &[u8]) -> String {
    String::from_utf8_lossy(path).into_owned()
}
