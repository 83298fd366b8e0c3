//! Shared test helpers: a test tree with every kind of entry, mksquashfs
//! images of it, manifests (of a directory tree or an image) to compare,
//! loop mounts, and a tiny independent inode-table parser.
#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::ffi::{CString, OsStr};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Deterministic pseudo-random bytes.
pub fn rand_bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Text-like (compressible) bytes.
pub fn text_bytes(seed: u64, n: usize) -> Vec<u8> {
    let words = [
        &b"boot "[..],
        b"squashfs ",
        b"live ",
        b"kernel ",
        b"readahead\n",
        b"init ",
    ];
    let r = rand_bytes(seed, n);
    let mut v = Vec::with_capacity(n + 16);
    let mut i = 0;
    while v.len() < n {
        v.extend_from_slice(words[r[i % n] as usize % words.len()]);
        i += 1;
    }
    v.truncate(n);
    v
}

fn setxattr(p: &Path, name: &str, value: &[u8]) {
    let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
    let cn = CString::new(name).unwrap();
    // SAFETY: cp and cn are NUL-terminated; value is readable for its length.
    let r = unsafe {
        libc::lsetxattr(
            cp.as_ptr(),
            cn.as_ptr(),
            value.as_ptr() as *const _,
            value.len(),
            0,
        )
    };
    assert_eq!(r, 0, "setxattr {name} on {}", p.display());
}

fn mknod(p: &Path, mode: u32, dev: u64) {
    let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: cp is NUL-terminated.
    let r = unsafe { libc::mknod(cp.as_ptr(), mode, dev) };
    assert_eq!(r, 0, "mknod {}", p.display());
}

fn chown(p: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::lchown(p, Some(uid), Some(gid)).unwrap();
}

pub const BLOCK: usize = 131072;

/// Builds the test tree; returns the names of a few files used as "hot".
pub fn build_tree(root: &Path) {
    let w = |rel: &str, data: &[u8]| {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, data).unwrap();
    };
    // Sizes around block boundaries.
    for (i, n) in [
        0usize,
        1,
        100,
        4095,
        BLOCK - 1,
        BLOCK,
        BLOCK + 1,
        3 * BLOCK + 777,
        8 * BLOCK,
    ]
    .iter()
    .enumerate()
    {
        w(&format!("sizes/f{n}"), &rand_bytes(i as u64 + 1, *n));
        w(&format!("sizes/t{n}"), &text_bytes(i as u64 + 100, *n));
    }
    // Sparse files: all hole, and data-hole-data.
    let sp = root.join("sparse/hole");
    fs::create_dir_all(sp.parent().unwrap()).unwrap();
    fs::File::create(&sp).unwrap().set_len(5 << 20).unwrap();
    let f = fs::File::create(root.join("sparse/mixed")).unwrap();
    f.write_all_at(&rand_bytes(7, 5000), 0).unwrap();
    f.write_all_at(&rand_bytes(8, 5000), 3 << 20).unwrap();
    f.set_len((3 << 20) + 70000).unwrap();
    // A directory with more than 256 entries, and one whose listing needs an index (> 8 KiB).
    for i in 0..300 {
        w(&format!("many/e{i:03}"), format!("entry {i}\n").as_bytes());
    }
    for i in 0..400 {
        let name = format!(
            "{i:04}-{}",
            "long-name-to-fill-the-directory-listing-".repeat(2)
        );
        w(&format!("wide/{name}"), &text_bytes(i, 50 + i as usize));
    }
    // Nested directories.
    w("a/b/c/d/deep.txt", b"deep file\n");
    fs::create_dir_all(root.join("a/empty")).unwrap();
    // Symlinks.
    std::os::unix::fs::symlink("sizes/f100", root.join("link-rel")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", root.join("link-abs")).unwrap();
    std::os::unix::fs::symlink("x".repeat(300), root.join("link-long")).unwrap();
    // Hard links (a multi-block file and a fragment-only file).
    w("hard/big1", &rand_bytes(50, 2 * BLOCK + 10));
    fs::hard_link(root.join("hard/big1"), root.join("hard/big2")).unwrap();
    fs::create_dir_all(root.join("hard/sub")).unwrap();
    fs::hard_link(root.join("hard/big1"), root.join("hard/sub/big3")).unwrap();
    w("hard/small1", b"small hard-linked file\n");
    fs::hard_link(root.join("hard/small1"), root.join("hard/small2")).unwrap();
    // Devices, fifo, socket.
    fs::create_dir_all(root.join("dev")).unwrap();
    mknod(
        &root.join("dev/loop9"),
        libc::S_IFBLK | 0o660,
        libc::makedev(7, 9),
    );
    mknod(
        &root.join("dev/null"),
        libc::S_IFCHR | 0o666,
        libc::makedev(1, 3),
    );
    mknod(
        &root.join("dev/big"),
        libc::S_IFCHR | 0o600,
        libc::makedev(300, 70000),
    );
    mknod(&root.join("dev/fifo"), libc::S_IFIFO | 0o644, 0);
    drop(std::os::unix::net::UnixListener::bind(root.join("dev/sock")).unwrap());
    // Xattrs: user.* on a file and a directory, a capability, a shared set, a large value.
    w("x/cap", b"#!/bin/sh\n");
    setxattr(
        &root.join("x/cap"),
        "security.capability",
        &[
            1, 0, 0, 2, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
    );
    w("x/u1", b"u1");
    w("x/u2", b"u2");
    setxattr(&root.join("x/u1"), "user.shared", b"same value");
    setxattr(&root.join("x/u2"), "user.shared", b"same value");
    setxattr(&root.join("x"), "user.dir", b"on a directory");
    w("x/large", &rand_bytes(9, 3 * BLOCK));
    setxattr(&root.join("x/large"), "user.big", &text_bytes(3, 3000));
    setxattr(&root.join("x/large"), "trusted.t", b"trusted value");
    // A value repeated in a different set: mksquashfs stores it out of line.
    w("x/ool", b"ool");
    setxattr(&root.join("x/ool"), "user.big", &text_bytes(3, 3000));
    setxattr(&root.join("x/ool"), "user.other", b"different");
    // Duplicates: whole files, fragment-only files, and files equal only in their first block.
    let d = rand_bytes(60, 2 * BLOCK + 500);
    w("dup/whole1", &d);
    w("dup/whole2", &d);
    w("dup/small1", b"duplicate small file\n");
    w("dup/small2", b"duplicate small file\n");
    let mut e = d.clone();
    *e.last_mut().unwrap() ^= 1;
    w("dup/firstblock", &e);
    let mut g = d.clone();
    g[BLOCK + 5] ^= 1;
    w("dup/middle", &g);
    // Odd names.
    let odd = root.join("names");
    fs::create_dir_all(&odd).unwrap();
    fs::write(
        odd.join(OsStr::from_bytes(b"caf\xe9-latin1")),
        b"non utf8 name",
    )
    .unwrap();
    fs::write(odd.join("with space"), b"space").unwrap();
    fs::write(odd.join("new\nline"), b"newline").unwrap();
    // Modes and owners.
    w("perm/setuid", b"suid");
    fs::set_permissions(root.join("perm/setuid"), fs::Permissions::from_mode(0o4755)).unwrap();
    fs::create_dir_all(root.join("perm/sticky")).unwrap();
    fs::set_permissions(root.join("perm/sticky"), fs::Permissions::from_mode(0o1777)).unwrap();
    w("perm/user", b"owned");
    chown(&root.join("perm/user"), 1000, 1001);
    w("perm/nobody", b"nobody");
    chown(&root.join("perm/nobody"), 65534, 65534);
    fs::set_permissions(root.join("perm/nobody"), fs::Permissions::from_mode(0o600)).unwrap();
    // Fixed mtimes everywhere (directories last, deepest first).
    run(Command::new("sh").arg("-c").arg(format!(
        "find '{}' -depth -exec touch -h -d '2024-03-01 12:00:00' {{}} +",
        root.display()
    )));
}

/// What a path holds, for comparisons between a tree, a mount and an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: char,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub mtime: i64,
    pub size: u64,
    pub sha: String,
    pub target: Vec<u8>,
    pub rdev: u64,
    pub xattrs: Vec<(Vec<u8>, Vec<u8>)>,
    /// Index of the first path sharing this inode (hard-link structure).
    pub link_group: usize,
}

fn list_xattrs(p: &Path) -> Vec<(Vec<u8>, Vec<u8>)> {
    let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
    let mut buf = vec![0u8; 65536];
    // SAFETY: cp is NUL-terminated; buf is writable for buf.len() bytes.
    let n = unsafe { libc::llistxattr(cp.as_ptr(), buf.as_mut_ptr() as *mut _, buf.len()) };
    if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EOPNOTSUPP) {
        return Vec::new();
    }
    assert!(
        n >= 0,
        "listxattr {}: {}",
        p.display(),
        std::io::Error::last_os_error()
    );
    let mut out = Vec::new();
    for name in buf[..n as usize]
        .split(|&c| c == 0)
        .filter(|s| !s.is_empty())
    {
        let cn = CString::new(name).unwrap();
        let mut v = vec![0u8; 65536];
        let m =
            // SAFETY: cp and cn are NUL-terminated; v is writable for v.len() bytes.
            unsafe { libc::lgetxattr(cp.as_ptr(), cn.as_ptr(), v.as_mut_ptr() as *mut _, v.len()) };
        assert!(m >= 0);
        v.truncate(m as usize);
        out.push((name.to_vec(), v));
    }
    out.sort();
    out
}

/// Manifest of a directory tree (source tree or mount point), keyed by path relative to root ("/" first).
pub fn tree_manifest(root: &Path) -> BTreeMap<Vec<u8>, Item> {
    let mut m = BTreeMap::new();
    let mut inos: BTreeMap<(u64, u64), usize> = BTreeMap::new();
    let mut stack = vec![PathBuf::from(root)];
    let mut count = 0usize;
    while let Some(p) = stack.pop() {
        let md = fs::symlink_metadata(&p).unwrap();
        let rel = p.strip_prefix(root).unwrap();
        let mut key = b"/".to_vec();
        key.extend_from_slice(rel.as_os_str().as_bytes());
        let ft = md.file_type();
        use std::os::unix::fs::FileTypeExt;
        let kind = if ft.is_dir() {
            'd'
        } else if ft.is_file() {
            'f'
        } else if ft.is_symlink() {
            'l'
        } else if ft.is_block_device() {
            'b'
        } else if ft.is_char_device() {
            'c'
        } else if ft.is_fifo() {
            'p'
        } else {
            's'
        };
        let link_group = if kind == 'd' {
            count
        } else {
            *inos.entry((md.dev(), md.ino())).or_insert(count)
        };
        count += 1;
        let item = Item {
            kind,
            mode: md.mode() & 0o7777,
            uid: md.uid(),
            gid: md.gid(),
            mtime: md.mtime(),
            size: if kind == 'f' { md.len() } else { 0 },
            sha: if kind == 'f' {
                hex::encode(Sha256::digest(fs::read(&p).unwrap()))
            } else {
                String::new()
            },
            target: if kind == 'l' {
                fs::read_link(&p).unwrap().as_os_str().as_bytes().to_vec()
            } else {
                Vec::new()
            },
            rdev: if kind == 'b' || kind == 'c' {
                md.rdev()
            } else {
                0
            },
            xattrs: list_xattrs(&p),
            link_group,
        };
        m.insert(key, item);
        if kind == 'd' {
            let mut kids: Vec<_> = fs::read_dir(&p)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            kids.sort();
            stack.extend(kids.into_iter().rev());
        }
    }
    renumber_groups(m)
}

/// Makes link groups comparable across manifests: group = smallest path index in the group.
fn renumber_groups(m: BTreeMap<Vec<u8>, Item>) -> BTreeMap<Vec<u8>, Item> {
    let mut first: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for (i, (k, mut v)) in m.into_iter().enumerate() {
        v.link_group = *first.entry(v.link_group).or_insert(i);
        out.insert(k, v);
    }
    out
}

/// Manifest of an image through our reader.
pub fn image_manifest(a: &squashfs::Archive) -> BTreeMap<Vec<u8>, Item> {
    use squashfs::Kind;
    let mut m = BTreeMap::new();
    for (i, (e, path)) in a.paths().enumerate() {
        let kind = match e.kind {
            Kind::Dir => 'd',
            Kind::File => 'f',
            Kind::Symlink => 'l',
            Kind::BlockDev => 'b',
            Kind::CharDev => 'c',
            Kind::Fifo => 'p',
            Kind::Socket => 's',
        };
        let first = a
            .entries()
            .iter()
            .position(|x| x.inode_number == e.inode_number)
            .unwrap();
        let mut xattrs = e.xattrs.to_vec();
        xattrs.sort();
        let rdev = e.rdev().map_or(0, decode_rdev);
        m.insert(
            path,
            Item {
                kind,
                mode: e.mode as u32,
                uid: e.uid,
                gid: e.gid,
                mtime: e.mtime as i64,
                size: e.file().map_or(0, |l| l.file_size),
                sha: if kind == 'f' {
                    hex::encode(Sha256::digest(a.read_file(e).unwrap()))
                } else {
                    String::new()
                },
                target: e.symlink_target().map(<[u8]>::to_vec).unwrap_or_default(),
                rdev,
                xattrs,
                link_group: if kind == 'd' { i } else { first },
            },
        );
    }
    renumber_groups(m)
}

/// A device number as squashfs stores it (the kernel's "new" encoding) → `dev_t`.
fn decode_rdev(r: u32) -> u64 {
    let major = (r >> 8) & 0xfff;
    let minor = (r & 0xff) | ((r >> 12) & 0xfff00);
    libc::makedev(major, minor)
}

/// Reads `image` with backhand, an independent squashfs implementation, and with our
/// reader, and asserts they agree on every path: type, permission bits, owner, mtime,
/// size, symlink target, device number and file bytes. backhand does not model xattrs
/// nor hard links (each path is its own node, no link count), so those two are left out.
/// xz images are skipped: backhand's xz links its own liblzma, which cannot share a
/// build with the one our reader links.
pub fn assert_backhand_agrees(image: &Path) {
    let ours = squashfs::Archive::open(image).unwrap();
    if ours.compressor().id == squashfs::format::CompressorId::Xz {
        return;
    }
    let mut expected = image_manifest(&ours);
    for item in expected.values_mut() {
        item.xattrs.clear();
        item.link_group = 0;
    }
    let file = std::io::BufReader::new(fs::File::open(image).unwrap());
    let theirs = backhand::FilesystemReader::from_reader(file)
        .unwrap_or_else(|e| panic!("backhand cannot open {}: {e} ({e:?})", image.display()));
    assert_same(
        &format!("backhand vs our reader on {}", image.display()),
        &backhand_manifest(&theirs),
        &expected,
    );
}

/// Manifest of an image through backhand (no xattrs, no hard-link groups).
pub fn backhand_manifest(fs: &backhand::FilesystemReader) -> BTreeMap<Vec<u8>, Item> {
    use backhand::InnerNode;
    use std::io::Read;
    let mut m = BTreeMap::new();
    for node in fs.files() {
        let (mut size, mut sha, mut target, mut rdev) = (0, String::new(), Vec::new(), 0);
        let kind = match &node.inner {
            InnerNode::Dir(_) => 'd',
            InnerNode::File(f) => {
                let mut bytes = Vec::new();
                fs.file(f).reader().read_to_end(&mut bytes).unwrap();
                size = f.file_len() as u64;
                assert_eq!(bytes.len() as u64, size, "{}", node.fullpath.display());
                sha = hex::encode(Sha256::digest(&bytes));
                'f'
            }
            InnerNode::Symlink(l) => {
                target = l.link.as_os_str().as_bytes().to_vec();
                'l'
            }
            InnerNode::BlockDevice(d) => {
                rdev = decode_rdev(d.device_number);
                'b'
            }
            InnerNode::CharacterDevice(d) => {
                rdev = decode_rdev(d.device_number);
                'c'
            }
            InnerNode::NamedPipe => 'p',
            InnerNode::Socket => 's',
        };
        let h = node.header;
        let previous = m.insert(
            node.fullpath.as_os_str().as_bytes().to_vec(),
            Item {
                kind,
                mode: (h.permissions & 0o7777) as u32,
                uid: h.uid,
                gid: h.gid,
                mtime: h.mtime as i64,
                size,
                sha,
                target,
                rdev,
                xattrs: Vec::new(),
                link_group: 0,
            },
        );
        assert!(
            previous.is_none(),
            "backhand lists {} twice",
            node.fullpath.display()
        );
    }
    m
}

/// Asserts two manifests are equal, with a readable first difference.
pub fn assert_same(what: &str, a: &BTreeMap<Vec<u8>, Item>, b: &BTreeMap<Vec<u8>, Item>) {
    for (k, v) in a {
        match b.get(k) {
            None => panic!("{what}: {} missing", String::from_utf8_lossy(k)),
            Some(w) => assert_eq!(v, w, "{what}: {} differs", String::from_utf8_lossy(k)),
        }
    }
    for k in b.keys() {
        assert!(
            a.contains_key(k),
            "{what}: extra {}",
            String::from_utf8_lossy(k)
        );
    }
}

/// A read-only loop mount, unmounted on drop.
pub struct Mount {
    pub dir: tempfile::TempDir,
}

impl Mount {
    pub fn new(image: &Path) -> Mount {
        let dir = tempfile::tempdir().unwrap();
        run(Command::new("mount")
            .args(["-t", "squashfs", "-o", "loop,ro"])
            .arg(image)
            .arg(dir.path()));
        Mount { dir }
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// `unsquashfs -lln` with directory sizes blanked (they depend on how the
/// listing is split into header runs, which follows inode placement).
pub fn listing(image: &Path) -> String {
    let out = run(Command::new("unsquashfs")
        .args(["-lln", "-d", "R"])
        .arg(image));
    out.lines()
        .filter(|l| {
            !l.starts_with("Parallel unsquashfs") && !l.contains(" inodes (") && !l.is_empty()
        })
        .map(|l| {
            if l.starts_with('d') {
                let f: Vec<&str> = l.split_whitespace().collect();
                format!("{} {} DIR {}", f[0], f[1], f[3..].join(" "))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn mksquashfs(tree: &Path, out: &Path, args: &[&str]) {
    run(Command::new("mksquashfs")
        .arg(tree)
        .arg(out)
        .args(["-noappend", "-quiet", "-no-progress"])
        .args(args));
}

/// Independent minimal parser: walks the whole inode table of a gzip/zstd image
/// in on-disk order and returns (inode number, type, blocks_start, fragment index).
pub fn scan_inode_table(image: &Path) -> Vec<(u32, u16, u64, u32)> {
    let b = fs::read(image).unwrap();
    let u16_at = |p: usize| u16::from_le_bytes([b[p], b[p + 1]]);
    let u64_at = |p: usize| u64::from_le_bytes(b[p..p + 8].try_into().unwrap());
    let comp = u16_at(20);
    let block_size = u32::from_le_bytes(b[12..16].try_into().unwrap()) as u64;
    let inode_start = u64_at(64) as usize;
    let dir_start = u64_at(72) as usize;
    let mut t = Vec::new();
    let mut p = inode_start;
    while p < dir_start {
        let h = u16_at(p);
        let n = (h & 0x7fff) as usize;
        let raw = &b[p + 2..p + 2 + n];
        if h & 0x8000 != 0 {
            t.extend_from_slice(raw);
        } else if comp == 1 {
            use std::io::Read;
            flate2::read::ZlibDecoder::new(raw)
                .read_to_end(&mut t)
                .unwrap();
        } else if comp == 6 {
            t.extend_from_slice(&zstd::bulk::decompress(raw, 8192).unwrap());
        } else {
            panic!("scan_inode_table supports gzip and zstd only");
        }
        p += 2 + n;
    }
    let r32 = |q: usize| u32::from_le_bytes(t[q..q + 4].try_into().unwrap());
    let r64 = |q: usize| u64::from_le_bytes(t[q..q + 8].try_into().unwrap());
    let mut out = Vec::new();
    let mut q = 0;
    while q < t.len() {
        let ty = u16::from_le_bytes([t[q], t[q + 1]]);
        let num = r32(q + 12);
        let body = q + 16;
        let (len, start, frag) = match ty {
            1 => (16, 0, u32::MAX),
            8 => {
                let count = u16::from_le_bytes([t[body + 16], t[body + 17]]) as usize;
                let mut l = 24;
                for _ in 0..count {
                    l += 12 + r32(body + l + 8) as usize + 1;
                }
                (l, 0, u32::MAX)
            }
            2 | 9 => {
                let (start, frag, size, fixed) = if ty == 2 {
                    (r32(body) as u64, r32(body + 4), r32(body + 12) as u64, 16)
                } else {
                    (r64(body), r32(body + 28), r64(body + 8), 40)
                };
                let blocks = if frag == u32::MAX {
                    size.div_ceil(block_size)
                } else {
                    size / block_size
                };
                (fixed + 4 * blocks as usize, start, frag)
            }
            3 | 10 => (
                8 + r32(body + 4) as usize + if ty == 10 { 4 } else { 0 },
                0,
                u32::MAX,
            ),
            4 | 5 => (8, 0, u32::MAX),
            11 | 12 => (12, 0, u32::MAX),
            6 | 7 => (4, 0, u32::MAX),
            13 | 14 => (8, 0, u32::MAX),
            _ => panic!("bad inode type {ty}"),
        };
        out.push((num, ty, start, frag));
        q = body + len;
    }
    out
}
