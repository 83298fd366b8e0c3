//! Images made by mkfs.erofs from one tree (regular, sparse, empty and large
//! files, hard links, short and long symlinks, devices, a fifo, xattrs incl.
//! security.* and ACLs, deep and huge directories), read by `erofs::Archive`
//! and compared with what the real kernel shows for the same image mounted:
//! every path, type, mode, uid/gid, mtime, size, symlink target, rdev, nlink,
//! inode number, xattrs and the sha256 of contents. Needs root (mknod, mount).

// Integration tests link every dev-dependency of the crate.

use crate::common;

use common::{build, mkfs};
use erofs::format::{DataLayout, INCOMPAT_FRAGMENTS};
use erofs::{Algorithm, Archive, CompressedExtent, Kind, Source};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) fn scratch() -> tempfile::TempDir {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/scratch-erofs");
    std::fs::create_dir_all(&dir).unwrap();
    tempfile::tempdir_in(dir).unwrap()
}

fn cstr(p: &Path) -> CString {
    CString::new(p.as_os_str().as_bytes()).unwrap()
}

fn set_xattr(p: &Path, name: &str, value: &[u8]) {
    let name = CString::new(name).unwrap();
    // SAFETY: valid NUL-terminated path and name, value pointer and length from a slice.
    let rc = unsafe {
        libc::lsetxattr(
            cstr(p).as_ptr(),
            name.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    };
    assert_eq!(
        rc,
        0,
        "setxattr {name:?} on {}: {}",
        p.display(),
        std::io::Error::last_os_error()
    );
}

fn mknod(p: &Path, mode: u32, dev: u64) {
    // SAFETY: valid NUL-terminated path.
    let rc = unsafe { libc::mknod(cstr(p).as_ptr(), mode, dev) };
    assert_eq!(
        rc,
        0,
        "mknod {}: {}",
        p.display(),
        std::io::Error::last_os_error()
    );
}

fn set_mtime(p: &Path, sec: i64, nsec: i64) {
    let times = [
        libc::timespec {
            tv_sec: sec,
            tv_nsec: nsec,
        },
        libc::timespec {
            tv_sec: sec,
            tv_nsec: nsec,
        },
    ];
    // SAFETY: valid path, two timespecs.
    let rc = unsafe {
        libc::utimensat(
            libc::AT_FDCWD,
            cstr(p).as_ptr(),
            times.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    assert_eq!(rc, 0, "utimensat {}", p.display());
}

/// A POSIX ACL xattr value (version 2): user::rw- user:1000:r-- group::r-- mask::r-- other::---.
fn acl_value() -> Vec<u8> {
    let mut v = 2u32.to_le_bytes().to_vec();
    for (tag, perm, id) in [
        (1u16, 6u16, u32::MAX),
        (2, 4, 1000),
        (4, 4, u32::MAX),
        (0x10, 4, u32::MAX),
        (0x20, 0, u32::MAX),
    ] {
        v.extend_from_slice(&tag.to_le_bytes());
        v.extend_from_slice(&perm.to_le_bytes());
        v.extend_from_slice(&id.to_le_bytes());
    }
    v
}

/// `wide_ids`: also a file whose uid/gid need an extended inode.
pub(crate) fn make_tree(root: &Path, wide_ids: bool) {
    use std::fs;
    fs::create_dir(root).unwrap();
    fs::write(root.join("small.txt"), b"hello erofs\n").unwrap();
    fs::write(root.join("empty"), b"").unwrap();
    fs::write(root.join("block-exact"), vec![7u8; 8192]).unwrap();
    // xorshift64: incompressible bytes.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let large: Vec<u8> = (0..3 * 1024 * 1024 + 123)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect();
    fs::write(root.join("large.bin"), &large).unwrap();
    // Compressible and incompressible stretches: compressed and plain pclusters in one file.
    let text = b"the quick brown fox jumps over the lazy dog\n".repeat(400);
    let mixed = [
        &text[..],
        &large[..70_001],
        &text[..],
        &large[200_000..300_000],
        &text[..999],
    ]
    .concat();
    fs::write(root.join("mixed.bin"), &mixed).unwrap();
    // The same bytes under another name (not a hard link): deduplicated fragments.
    fs::write(root.join("mixed-copy.bin"), &mixed).unwrap();
    fs::write(root.join("text.txt"), &text[..12_000]).unwrap();
    fs::write(root.join("text-copy.txt"), &text[..12_000]).unwrap();
    let sparse = fs::File::create(root.join("sparse")).unwrap();
    sparse.set_len(10 << 20).unwrap();
    std::os::unix::fs::FileExt::write_all_at(&sparse, b"in the middle", 5 << 20).unwrap();
    fs::hard_link(root.join("small.txt"), root.join("hardlink")).unwrap();
    std::os::unix::fs::symlink("small.txt", root.join("link")).unwrap();
    std::os::unix::fs::symlink("x/".repeat(700) + "end", root.join("longlink")).unwrap();
    mknod(
        &root.join("chr"),
        libc::S_IFCHR | 0o620,
        libc::makedev(4, 64),
    );
    mknod(
        &root.join("blk"),
        libc::S_IFBLK | 0o660,
        libc::makedev(259, 300_000),
    );
    mknod(&root.join("fifo"), libc::S_IFIFO | 0o644, 0);
    fs::write(root.join("attrs"), b"with xattrs").unwrap();
    set_xattr(&root.join("attrs"), "user.comment", b"a value");
    set_xattr(&root.join("attrs"), "user.empty", b"");
    set_xattr(
        &root.join("attrs"),
        "security.capability",
        &[
            1, 0, 0, 2, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
    );
    set_xattr(&root.join("attrs"), "trusted.big", &vec![b'v'; 1500]);
    set_xattr(&root.join("attrs"), "system.posix_acl_access", &acl_value());
    fs::create_dir(root.join("acldir")).unwrap();
    set_xattr(
        &root.join("acldir"),
        "system.posix_acl_default",
        &acl_value(),
    );
    // The same xattr on many files becomes a shared xattr.
    fs::create_dir(root.join("shared")).unwrap();
    for i in 0..6 {
        let p = root.join(format!("shared/f{i}"));
        fs::write(&p, format!("{i}")).unwrap();
        set_xattr(&p, "user.shared", b"the same on every file");
    }
    let mut deep = root.join("deep");
    for i in 0..40 {
        deep = deep.join(format!("level{i}"));
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom"), b"bottom").unwrap();
    fs::create_dir(root.join("huge")).unwrap();
    for i in 0..3000 {
        fs::write(
            root.join(format!("huge/entry-with-a-longish-name-{i:05}")),
            format!("{i}\n"),
        )
        .unwrap();
    }
    let owned = root.join("owned");
    fs::write(&owned, b"owned").unwrap();
    let (uid, gid) = if wide_ids {
        (100_000, 70_000)
    } else {
        (60_000, 1_234)
    };
    std::os::unix::fs::lchown(&owned, Some(uid), Some(gid)).unwrap();
    fs::set_permissions(&owned, fs::Permissions::from_mode(0o4755)).unwrap();
    set_mtime(&root.join("small.txt"), 1_600_000_000, 123_456_789);
    set_mtime(&root.join("large.bin"), 2_000_000_000, 5);
    set_mtime(&root.join("link"), 1_000, 0);
}

/// What both sides must agree on, per path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    pub kind: String,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub mtime: (i64, i64),
    pub size: u64,
    pub nlink: u64,
    pub ino: u64,
    pub rdev: u64,
    pub target: Vec<u8>,
    pub xattrs: BTreeMap<String, Vec<u8>>,
    pub sha256: String,
}

fn kernel_xattrs(p: &Path) -> BTreeMap<String, Vec<u8>> {
    let c = cstr(p);
    let mut names = vec![0u8; 65536];
    // SAFETY: buffer pointer and length from a Vec.
    let n = unsafe { libc::llistxattr(c.as_ptr(), names.as_mut_ptr().cast(), names.len()) };
    assert!(n >= 0, "listxattr {}", p.display());
    let mut out = BTreeMap::new();
    for name in names[..n as usize]
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
    {
        let cname = CString::new(name).unwrap();
        let mut value = vec![0u8; 65536];
        // SAFETY: as above.
        let len = unsafe {
            libc::lgetxattr(
                c.as_ptr(),
                cname.as_ptr(),
                value.as_mut_ptr().cast(),
                value.len(),
            )
        };
        assert!(len >= 0, "getxattr {:?} {}", cname, p.display());
        value.truncate(len as usize);
        out.insert(String::from_utf8(name.to_vec()).unwrap(), value);
    }
    out
}

fn kind_name(ft: std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let name = if ft.is_dir() {
        "dir"
    } else if ft.is_symlink() {
        "symlink"
    } else if ft.is_file() {
        "file"
    } else if ft.is_char_device() {
        "chr"
    } else if ft.is_block_device() {
        "blk"
    } else if ft.is_fifo() {
        "fifo"
    } else {
        "socket"
    };
    name.to_string()
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

pub(crate) fn kernel_facts(mnt: &Path) -> BTreeMap<PathBuf, Facts> {
    let mut out = BTreeMap::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let p = mnt.join(&rel);
        let md = std::fs::symlink_metadata(&p).unwrap();
        let kind = kind_name(md.file_type());
        if md.is_dir() {
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(rel.join(e.unwrap().file_name()));
            }
        }
        let target = if md.file_type().is_symlink() {
            std::fs::read_link(&p)
                .unwrap()
                .as_os_str()
                .as_bytes()
                .to_vec()
        } else {
            Vec::new()
        };
        let sha256 = if md.is_file() {
            sha(&std::fs::read(&p).unwrap())
        } else {
            String::new()
        };
        out.insert(
            rel,
            Facts {
                kind,
                mode: md.mode(),
                uid: md.uid(),
                gid: md.gid(),
                mtime: (md.mtime(), md.mtime_nsec()),
                size: if md.is_dir() { 0 } else { md.size() },
                nlink: md.nlink(),
                ino: md.ino(),
                rdev: md.rdev(),
                target,
                xattrs: kernel_xattrs(&p),
                sha256,
            },
        );
    }
    out
}

pub(crate) fn reader_facts(archive: &Archive) -> BTreeMap<PathBuf, Facts> {
    let mut out = BTreeMap::new();
    for e in archive.entries() {
        let kind = match e.kind {
            Kind::File => "file",
            Kind::Dir => "dir",
            Kind::Symlink => "symlink",
            Kind::CharDevice => "chr",
            Kind::BlockDevice => "blk",
            Kind::Fifo => "fifo",
            Kind::Socket => "socket",
        };
        let (sec, nsec) = archive.mtime(e);
        out.insert(
            e.path.clone(),
            Facts {
                kind: kind.to_string(),
                mode: u32::from(e.inode.mode),
                uid: e.inode.uid,
                gid: e.inode.gid,
                mtime: (sec as i64, i64::from(nsec)),
                size: if e.kind == Kind::Dir { 0 } else { e.inode.size },
                nlink: u64::from(e.inode.nlink),
                ino: e.nid,
                rdev: if matches!(e.kind, Kind::CharDevice | Kind::BlockDevice) {
                    e.rdev()
                } else {
                    0
                },
                target: if e.kind == Kind::Symlink {
                    archive.read_link(e).unwrap()
                } else {
                    Vec::new()
                },
                xattrs: archive.xattrs(e).unwrap().into_iter().collect(),
                sha256: if e.kind == Kind::File {
                    sha(&archive.read_file(e).unwrap())
                } else {
                    String::new()
                },
            },
        );
    }
    out
}

pub(crate) struct Mount(pub PathBuf);
impl Drop for Mount {
    fn drop(&mut self) {
        // A lazy unmount as the fallback: a mount must never outlive its test.
        let unmounted = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Builds the tree into an image with `options`, then checks the reader against
/// the kernel; returns the opened image for checks of its layout.
fn check(options: &[&str]) -> Archive {
    let dir = scratch();
    let tree = dir.path().join("tree");
    make_tree(&tree, !options.contains(&"-Eforce-inode-compact"));
    let image = dir.path().join("image.erofs");
    build(&tree, &image, options);
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let status = Command::new("mount")
        .args(["-t", "erofs", "-o", "ro,loop"])
        .arg(&image)
        .arg(&mnt)
        .status()
        .unwrap();
    assert!(
        status.success(),
        "kernel mount of the {options:?} image failed"
    );
    let mount = Mount(mnt.clone());
    let kernel = kernel_facts(&mnt);
    let archive = Archive::open(&image).unwrap();
    let ours = reader_facts(&archive);
    check_extents_against_fiemap(&archive, &mnt, options);
    drop(mount);
    assert_eq!(
        kernel.len(),
        ours.len(),
        "path count differs for {options:?}"
    );
    assert!(kernel.len() > 3000, "tree incomplete: {}", kernel.len());
    for (path, facts) in &kernel {
        assert_eq!(
            Some(facts),
            ours.get(path),
            "{} differs for {options:?}",
            path.display()
        );
    }
    let fragments = archive.superblock().feature_incompat & INCOMPAT_FRAGMENTS != 0;
    if fragments {
        // fsck.erofs 1.9.3 --extract fails on images with a packed inode (it
        // tries to extract that inode onto the extraction root): its check
        // without extraction, which decodes every file, must pass.
        let out = Command::new(mkfs().with_file_name("fsck.erofs"))
            .arg(&image)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "fsck.erofs of the {options:?} image failed"
        );
    } else {
        check_against_fsck_extract(&image, &dir.path().join("extract"), &ours, options);
    }
    archive
}

fn is_compressed(layout: DataLayout) -> bool {
    matches!(
        layout,
        DataLayout::CompressedFull | DataLayout::CompressedCompact
    )
}

/// Every extent of every compressed file.
fn compressed_extents(archive: &Archive) -> Vec<CompressedExtent> {
    let compressed = archive
        .entries()
        .iter()
        .filter(|e| e.kind == Kind::File && is_compressed(e.inode.layout));
    compressed
        .flat_map(|e| archive.compressed_extents(e).unwrap())
        .collect()
}

/// The algorithm and stored length of a pcluster extent (None for fragments).
fn pcluster(e: &CompressedExtent) -> Option<(Algorithm, u64, bool)> {
    match e.source {
        Source::Pcluster {
            algorithm,
            image_len,
            inline,
            ..
        } => Some((algorithm, image_len, inline)),
        Source::Fragment { .. } => None,
    }
}

/// Where the kernel says each file's bytes are (FIEMAP through `filefrag`; on a
/// loop mount of the image, physical offsets are image offsets) must be where
/// `Archive::extents` says. Holes are absent from both.
pub(crate) fn check_extents_against_fiemap(archive: &Archive, mnt: &Path, options: &[&str]) {
    let files = archive
        .entries()
        .iter()
        .filter(|e| e.kind == Kind::File && e.inode.size > 0 && !e.path.starts_with("huge"));
    let mut checked = 0;
    for entry in files {
        let out = Command::new("filefrag")
            .args(["-v", "-b1"])
            .arg(mnt.join(&entry.path))
            .output()
            .unwrap();
        assert!(out.status.success(), "filefrag {}", entry.path.display());
        let kernel: Vec<(u64, u64, u64)> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| {
                // "   0:        0..    4095:      16384..     20479:   4096:   ...flags"
                let fields: Vec<&str> = line.split(':').map(str::trim).collect();
                fields.first()?.parse::<u32>().ok()?;
                let logical = fields[1].split("..").next()?.trim().parse().ok()?;
                let physical = fields[2].split("..").next()?.trim().parse().ok()?;
                let len = fields[3].parse().ok()?;
                Some((logical, physical, len))
            })
            .collect();
        if is_compressed(entry.inode.layout) {
            // Compressed: one kernel extent per extent of ours, at its logical
            // start and image offset (the kernel reports fragments at 0).
            let ours: Vec<(u64, u64)> = archive
                .compressed_extents(entry)
                .unwrap()
                .iter()
                .map(|e| match e.source {
                    Source::Pcluster { image_offset, .. } => (e.logical_start, image_offset),
                    Source::Fragment { .. } => (e.logical_start, 0),
                })
                .collect();
            let theirs: Vec<(u64, u64)> = kernel.iter().map(|k| (k.0, k.1)).collect();
            assert_eq!(
                theirs,
                ours,
                "compressed extents of {} for {options:?}",
                entry.path.display()
            );
            checked += 1;
            continue;
        }
        let ours: Vec<(u64, u64, u64)> = archive
            .extents(entry)
            .unwrap()
            .iter()
            .filter_map(|e| Some((e.file_offset, e.image_offset?, e.len)))
            .collect();
        // The kernel splits and rounds extents its own way (block-mapped lengths up
        // to the block, long runs at its mapping limit): compare block by block.
        let bs = archive.superblock().block_size();
        let blocks = |extents: &[(u64, u64, u64)]| -> Vec<(u64, u64)> {
            extents
                .iter()
                .flat_map(|&(logical, physical, len)| {
                    (0..len.div_ceil(bs)).map(move |i| (logical + i * bs, physical + i * bs))
                })
                .collect()
        };
        assert!(
            blocks(&kernel) == blocks(&ours),
            "extents of {}: kernel {kernel:?}, ours {ours:?} for {options:?}",
            entry.path.display()
        );
        checked += 1;
    }
    assert!(checked > 10, "only {checked} files mapped");
}

/// fsck.erofs --extract, as a second independent reader: what an extraction keeps
/// (type, permissions, owner, size, symlink target, contents, xattrs) must match.
pub(crate) fn check_against_fsck_extract(
    image: &Path,
    out: &Path,
    ours: &BTreeMap<PathBuf, Facts>,
    options: &[&str],
) {
    let fsck = mkfs().with_file_name("fsck.erofs");
    let status = Command::new(fsck)
        .arg(format!("--extract={}", out.display()))
        .args(["--preserve", "--xattrs"])
        .arg(image)
        .status()
        .unwrap();
    assert!(
        status.success(),
        "fsck.erofs --extract of the {options:?} image failed"
    );
    let extracted = kernel_facts(out);
    assert_eq!(
        extracted.len(),
        ours.len(),
        "fsck.erofs path count differs for {options:?}"
    );
    for (path, theirs) in &extracted {
        let mine = &ours[path];
        if theirs.kind == "file" && theirs.size < mine.size {
            // fsck.erofs 1.9.3 drops the trailing hole chunks of a chunk-indexed
            // file (the kernel shows the full size): its bytes must be our start,
            // the rest of ours zeros.
            let archive = Archive::open(image).unwrap();
            let data = archive.read_file(archive.stat(path).unwrap()).unwrap();
            let extracted = std::fs::read(out.join(path)).unwrap();
            let (head, tail) = data.split_at(extracted.len());
            assert!(
                head == extracted && tail.iter().all(|&b| b == 0),
                "{} differs from fsck.erofs",
                path.display()
            );
            continue;
        }
        let kept = |f: &Facts| {
            (
                f.kind.clone(),
                f.mode,
                f.uid,
                f.gid,
                f.size,
                f.target.clone(),
                f.sha256.clone(),
            )
        };
        assert_eq!(
            kept(theirs),
            kept(mine),
            "{} differs from fsck.erofs for {options:?}",
            path.display()
        );
        // fsck.erofs restores neither empty values nor security.capability: what it
        // restored must be ours.
        for (name, value) in &theirs.xattrs {
            assert!(
                mine.xattrs.get(name) == Some(value),
                "{} xattr {name} differs from fsck.erofs for {options:?}",
                path.display()
            );
        }
    }
}

#[test]
fn default_layout_matches_the_kernel() {
    check(&[]);
}

#[test]
fn compact_inodes_match_the_kernel() {
    check(&["-Eforce-inode-compact"]);
}

#[test]
fn extended_inodes_match_the_kernel() {
    check(&["-Eforce-inode-extended"]);
}

#[test]
fn flat_plain_without_inline_data_matches_the_kernel() {
    check(&["-E^inline_data"]);
}

#[test]
fn chunk_based_block_map_matches_the_kernel() {
    check(&["--chunksize=4096"]);
}

#[test]
fn chunk_based_indexes_match_the_kernel() {
    check(&["--chunksize=65536", "-Eforce-chunk-indexes"]);
}

#[test]
fn lz4hc_full_indexes_match_the_kernel() {
    let all = compressed_extents(&check(&["-zlz4hc", "-Elegacy-compress"]));
    let kinds: Vec<_> = all.iter().filter_map(pcluster).collect();
    assert!(kinds.iter().any(|p| p.0 == Algorithm::Lz4));
    assert!(kinds
        .iter()
        .any(|p| matches!(p.0, Algorithm::Interlaced | Algorithm::Shifted)));
}

#[test]
fn lz4_full_indexes_big_pclusters_match_the_kernel() {
    let archive = check(&["-zlz4", "-Elegacy-compress", "-C65536"]);
    let bs = archive.superblock().block_size();
    assert!(compressed_extents(&archive)
        .iter()
        .filter_map(pcluster)
        .any(|p| p.0 == Algorithm::Lz4 && p.1 > bs));
}

/// mkfs.erofs's default compressed layout: compact indexes (2-byte packs where
/// a file is long enough, 4-byte packs around them).
#[test]
fn lz4hc_compact_indexes_match_the_kernel() {
    let archive = check(&["-zlz4hc", "-E^ztailpacking"]);
    let bs = archive.superblock().block_size();
    let compact: Vec<u64> = archive
        .entries()
        .iter()
        .filter(|e| e.inode.layout == DataLayout::CompressedCompact)
        .map(|e| e.inode.size)
        .collect();
    // More than 16 lclusters past the leading 4-byte packs: 2-byte packs are read.
    assert!(
        compact.len() >= 3 && compact.iter().any(|&size| size > 40 * bs),
        "compact-index files of sizes {compact:?}"
    );
    assert!(compressed_extents(&archive)
        .iter()
        .filter_map(pcluster)
        .any(|p| p.0 == Algorithm::Lz4));
}

#[test]
fn lz4_compact_indexes_big_pclusters_match_the_kernel() {
    let archive = check(&["-zlz4", "-C65536", "-E^ztailpacking"]);
    let bs = archive.superblock().block_size();
    assert!(compressed_extents(&archive)
        .iter()
        .filter_map(pcluster)
        .any(|p| p.0 == Algorithm::Lz4 && p.1 > bs));
}

/// Counts of extent kinds over every compressed file: (inline tails, fragments, partial references).
fn extent_kinds(archive: &Archive) -> (usize, usize, usize) {
    let all = compressed_extents(archive);
    let inline = all
        .iter()
        .filter(|e| pcluster(e).is_some_and(|p| p.2))
        .count();
    let fragments = all.iter().filter(|e| pcluster(e).is_none()).count();
    let partial = all
        .iter()
        .filter(|e| {
            matches!(
                e.source,
                Source::Pcluster {
                    partial_ref: true,
                    ..
                }
            )
        })
        .count();
    (inline, fragments, partial)
}

#[test]
fn ztailpacking_full_indexes_match_the_kernel() {
    let (inline, _, _) = extent_kinds(&check(&["-zlz4hc", "-Elegacy-compress,ztailpacking"]));
    assert!(inline > 0, "no inline tails");
}

#[test]
fn tail_fragments_compact_indexes_match_the_kernel() {
    let (_, fragments, _) = extent_kinds(&check(&["-zlz4hc", "-Efragments"]));
    assert!(fragments > 3, "{fragments} fragments");
}

#[test]
fn tail_fragments_full_indexes_match_the_kernel() {
    let (_, fragments, _) = extent_kinds(&check(&["-zlz4hc", "-Elegacy-compress,fragments"]));
    assert!(fragments > 3, "{fragments} fragments");
}

#[test]
fn all_fragments_with_fragment_dedupe_match_the_kernel() {
    let archive = check(&["-zlz4hc", "-Eall-fragments,fragdedupe=inode"]);
    let (_, fragments, _) = extent_kinds(&archive);
    assert!(fragments > 3, "{fragments} fragments");
}

#[test]
fn dedupe_partial_references_match_the_kernel() {
    let (_, _, partial) = extent_kinds(&check(&["-zlz4hc", "-Ededupe"]));
    assert!(partial > 0, "no partial references");
}

/// Fedora's and RHEL's live media options (kiwi): every file a whole-file
/// fragment of one LZMA-compressed packed inode with 1 MiB pclusters, equal
/// files sharing their fragment.
#[test]
fn fedora_layout_matches_the_kernel() {
    let archive = check(&[
        "-zlzma,level=6",
        "-Eall-fragments,fragdedupe=inode",
        "-C1048576",
    ]);
    let fragment_of = |path: &str| {
        let entry = archive.stat(Path::new(path)).unwrap();
        match archive.compressed_extents(entry).unwrap()[..] {
            [CompressedExtent {
                source: Source::Fragment { packed_offset },
                ..
            }] => packed_offset,
            ref other => panic!("{path} is not a whole-file fragment: {other:?}"),
        }
    };
    assert_eq!(fragment_of("mixed.bin"), fragment_of("mixed-copy.bin"));
    assert_ne!(fragment_of("mixed.bin"), fragment_of("large.bin"));
    let packed = archive.superblock().packed_nid;
    assert!(packed > 0, "no packed inode");
    assert_eq!(
        archive.superblock().available_compr_algs,
        1 << 1,
        "LZMA only"
    );
}

/// One codec with compact indexes and inline tails: the codec decodes the
/// image's pclusters as the kernel does.
fn check_codec(compressor: &str, algorithm: Algorithm) {
    let archive = check(&[compressor, "-Eztailpacking"]);
    let extents = compressed_extents(&archive);
    let used: Vec<_> = extents.iter().filter_map(pcluster).collect();
    assert!(
        used.iter().any(|p| p.0 == algorithm && !p.2),
        "no {algorithm:?} pcluster"
    );
    assert!(
        used.iter().any(|p| p.0 == algorithm && p.2),
        "no inline {algorithm:?} tail"
    );
}

#[test]
fn lzma_compact_indexes_match_the_kernel() {
    check_codec("-zlzma,level=6", Algorithm::Lzma);
}

#[test]
fn deflate_compact_indexes_match_the_kernel() {
    check_codec("-zdeflate", Algorithm::Deflate);
}

#[test]
fn zstd_compact_indexes_match_the_kernel() {
    check_codec("-zzstd", Algorithm::Zstd);
}

#[test]
fn lz4hc_compact_indexes_with_inline_tails_match_the_kernel() {
    check_codec("-zlz4hc", Algorithm::Lz4);
}
