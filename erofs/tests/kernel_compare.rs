//! Images made by mkfs.erofs from one tree (regular, sparse, empty and large
//! files, hard links, short and long symlinks, devices, a fifo, xattrs incl.
//! security.* and ACLs, deep and huge directories), read by `erofs::Archive`
//! and compared with what the real kernel shows for the same image mounted:
//! every path, type, mode, uid/gid, mtime, size, symlink target, rdev, nlink,
//! inode number, xattrs and the sha256 of contents. Needs root (mknod, mount).

// Integration tests link every dev-dependency of the crate.

use crate::common;

use common::{build, mkfs};
use erofs::format::DataLayout;
use erofs::{Algorithm, Archive, Kind, Pcluster};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch() -> tempfile::TempDir {
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
fn make_tree(root: &Path, wide_ids: bool) {
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
    fs::write(root.join("mixed.bin"), mixed).unwrap();
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
#[derive(Debug, PartialEq, Eq)]
struct Facts {
    kind: String,
    mode: u32,
    uid: u32,
    gid: u32,
    mtime: (i64, i64),
    size: u64,
    nlink: u64,
    ino: u64,
    rdev: u64,
    target: Vec<u8>,
    xattrs: BTreeMap<String, Vec<u8>>,
    sha256: String,
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

fn kernel_facts(mnt: &Path) -> BTreeMap<PathBuf, Facts> {
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

fn reader_facts(archive: &Archive) -> BTreeMap<PathBuf, Facts> {
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

struct Mount(PathBuf);
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
    check_against_fsck_extract(&image, &dir.path().join("extract"), &ours, options);
    archive
}

/// Every pcluster of every compressed file.
fn pclusters(archive: &Archive) -> Vec<Pcluster> {
    let compressed = archive
        .entries()
        .iter()
        .filter(|e| e.inode.layout == DataLayout::CompressedFull);
    compressed
        .flat_map(|e| archive.pclusters(e).unwrap())
        .collect()
}

/// Where the kernel says each file's bytes are (FIEMAP through `filefrag`; on a
/// loop mount of the image, physical offsets are image offsets) must be where
/// `Archive::extents` says. Holes are absent from both.
fn check_extents_against_fiemap(archive: &Archive, mnt: &Path, options: &[&str]) {
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
        if entry.inode.layout == DataLayout::CompressedFull {
            // Compressed: one kernel extent per pcluster, at its logical start and image offset.
            let starts = |v: Vec<(u64, u64)>| v;
            let ours = starts(
                archive
                    .pclusters(entry)
                    .unwrap()
                    .iter()
                    .map(|p| (p.logical_start, p.image_offset))
                    .collect(),
            );
            let theirs = starts(kernel.iter().map(|k| (k.0, k.1)).collect());
            assert_eq!(
                theirs,
                ours,
                "pclusters of {} for {options:?}",
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
fn check_against_fsck_extract(
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
    let all = pclusters(&check(&["-zlz4hc", "-Elegacy-compress"]));
    assert!(all.iter().any(|p| p.algorithm == Algorithm::Lz4));
    assert!(all
        .iter()
        .any(|p| matches!(p.algorithm, Algorithm::Interlaced | Algorithm::Shifted)));
}

#[test]
fn lz4_full_indexes_big_pclusters_match_the_kernel() {
    let archive = check(&["-zlz4", "-Elegacy-compress", "-C65536"]);
    let bs = archive.superblock().block_size();
    assert!(pclusters(&archive)
        .iter()
        .any(|p| p.algorithm == Algorithm::Lz4 && p.image_len > bs));
}

#[test]
fn compact_indexes_metadata_is_read_and_data_refused() {
    let dir = scratch();
    let tree = dir.path().join("tree");
    make_tree(&tree, true);
    let image = dir.path().join("image.erofs");
    build(&tree, &image, &["-zlz4hc"]);
    let archive = Archive::open(&image).unwrap();
    assert!(archive.entries().len() > 3000);
    let mixed = archive.stat(Path::new("mixed.bin")).unwrap();
    assert_eq!(mixed.inode.layout, DataLayout::CompressedCompact);
    let err = archive.read_file(mixed).unwrap_err().to_string();
    assert!(err.contains("compressed data"), "{err}");
    assert!(!err.contains('\n'));
}
