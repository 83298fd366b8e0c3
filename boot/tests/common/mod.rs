//! Shared fixtures for the boot host tests: squashfs images of incompressible
//! data made with the real mksquashfs, cold-cache helpers, root checks.
#![allow(dead_code)]

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
pub use testkit::noise;

/// A tree of `files` files of `file_mib` MiB of noise each, under `dir/tree`.
pub fn make_tree(dir: &Path, files: usize, file_kib: usize) -> PathBuf {
    let tree = dir.join("tree");
    std::fs::create_dir_all(tree.join("sub")).unwrap();
    for i in 0..files {
        let sub = if i % 2 == 0 {
            tree.clone()
        } else {
            tree.join("sub")
        };
        let mut f = File::create(sub.join(format!("file{i:03}.bin"))).unwrap();
        f.write_all(&noise(i as u64 + 1, file_kib << 10)).unwrap();
    }
    tree
}

/// mksquashfs of a generated tree: about `total_mib` MiB of incompressible data.
pub fn make_image(dir: &Path, total_mib: usize) -> PathBuf {
    let files = 40;
    let tree = make_tree(dir, files, (total_mib << 10) / files);
    let image = dir.join("image.squashfs");
    run(Command::new("mksquashfs").arg(&tree).arg(&image).args([
        "-noappend",
        "-quiet",
        "-no-progress",
        "-comp",
        "gzip",
    ]));
    image
}

pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn is_root() -> bool {
    // SAFETY: no arguments.
    unsafe { libc::geteuid() == 0 }
}

/// Drops `path` from the page cache.
pub fn drop_file_cache(path: &Path) {
    // Dirty pages (a freshly written image) are not dropped: write them back first.
    let f = File::open(path).unwrap();
    f.sync_all().unwrap();
    boot::readahead::drop_cache(&f, 0, 0).unwrap();
}

/// Work dir under target/ (real disk, not tmpfs, so there is a page cache to drop).
pub fn workdir(name: &str) -> tempfile::TempDir {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/boot-tests");
    std::fs::create_dir_all(&base).unwrap();
    // Canonical, so paths compare equal to what the kernel reports.
    let base = base.canonicalize().unwrap();
    tempfile::Builder::new()
        .prefix(name)
        .tempdir_in(base)
        .unwrap()
}

/// Writes a readahead list for `image` with the real producer
/// (formats::readahead::write); the identity is read from the image here.
pub fn write_list(path: &Path, image: &Path, ranges: &[boot::readahead::Extent]) {
    use formats::readahead::{ListIdentity, ReadaheadList, HEAD_LEN};
    use formats::ImageIdentity;
    use sha2::Digest;
    let bytes = std::fs::read(image).unwrap();
    assert_eq!(&bytes[..4], b"hsqs");
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
    let bytes_used = u64::from_le_bytes(bytes[40..48].try_into().unwrap());
    let compressor = match u16::from_le_bytes([bytes[20], bytes[21]]) {
        1 => "gzip",
        4 => "xz",
        5 => "lz4",
        6 => "zstd",
        other => panic!("compressor {other}"),
    };
    let head = &bytes[..HEAD_LEN.min(bytes_used) as usize];
    let image = ImageIdentity {
        bytes_used,
        mkfs_time: u32_at(8),
        inode_count: u32_at(4),
        block_size: u32_at(12),
        compressor: compressor.into(),
        sha256: hex::encode(sha2::Sha256::digest(&bytes[..bytes_used as usize])),
    };
    let identity = ListIdentity::new(image, head);
    let list = ReadaheadList {
        identity,
        ranges: ranges.to_vec(),
    };
    let mut out = Vec::new();
    formats::readahead::write(&list, &mut out).unwrap();
    std::fs::write(path, out).unwrap();
}

/// `losetup -r --find --show [--offset N] FILE`, detached on drop.
pub struct Loop(pub PathBuf);

impl Loop {
    pub fn attach(file: &Path, offset: u64) -> Loop {
        let out = run(Command::new("losetup")
            .args(["-r", "--find", "--show", "--offset", &offset.to_string()])
            .arg(file));
        Loop(PathBuf::from(out.trim()))
    }
}

impl Drop for Loop {
    fn drop(&mut self) {
        let _ = Command::new("losetup").arg("-d").arg(&self.0).status();
    }
}

/// A mount undone on drop (lazily if busy).
pub struct Mount(pub PathBuf);

impl Mount {
    /// `mount [-t fstype] [-o opts] source target`, creating target.
    pub fn new(fstype: &str, opts: &str, source: &Path, target: &Path) -> Mount {
        std::fs::create_dir_all(target).unwrap();
        run(Command::new("mount")
            .args(["-t", fstype, "-o", opts])
            .arg(source)
            .arg(target));
        Mount(target.to_path_buf())
    }

    pub fn tmpfs(target: &Path, size: &str) -> Mount {
        Mount::new("tmpfs", &format!("size={size}"), Path::new("tmpfs"), target)
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let ok = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// sha256 of every regular file under `root`, by relative path.
pub fn tree_digests(root: &Path) -> std::collections::BTreeMap<PathBuf, String> {
    use sha2::Digest;
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let data = std::fs::read(&path).unwrap();
                out.insert(
                    path.strip_prefix(root).unwrap().to_path_buf(),
                    hex::encode(sha2::Sha256::digest(&data)),
                );
            }
        }
    }
    out
}

/// Drops the page cache of every file under `root` (so reads go to the block device).
pub fn drop_tree_cache(root: &Path) {
    for path in tree_digests_paths(root) {
        boot::readahead::drop_cache(&File::open(&path).unwrap(), 0, 0).unwrap();
    }
}

fn tree_digests_paths(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// The loop's backing file as the kernel reports it.
pub fn backing_file(loop_dev: &Path) -> String {
    let name = loop_dev.file_name().unwrap().to_str().unwrap();
    std::fs::read_to_string(format!("/sys/block/{name}/loop/backing_file"))
        .unwrap()
        .trim()
        .to_string()
}
