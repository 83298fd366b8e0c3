//! Metadata tables of sorted images: every inode-table and directory-table
//! block is compressed (unless compression would not shrink it), and the two
//! tables stay as small as mksquashfs's. Checked on mksquashfs images of a
//! package-like tree with a scattered hot set, by parsing the block headers
//! directly (independently of the writer).

use crate::common;

use common::*;
use squashfs::{write_image, Archive, Plan};
use std::fs;
use std::path::Path;

/// A package-like tree: many directories of small files, symlinks and one
/// directory big enough for a directory index.
fn build_packages(root: &Path) {
    for d in 0..24u64 {
        let pkg = root.join(format!("usr/lib/pkg{d:02}"));
        for (sub, n) in [("lib", 40u64), ("bin", 15), ("share/doc", 10)] {
            let dir = pkg.join(sub);
            fs::create_dir_all(&dir).unwrap();
            for k in 0..n {
                let seed = d * 1000 + k;
                let size = 200 + (seed * 7919 % 20000) as usize;
                fs::write(
                    dir.join(format!("{}-file-{k}.so.{d}", sub.replace('/', "-"))),
                    text_bytes(seed, size),
                )
                .unwrap();
            }
            std::os::unix::fs::symlink("../lib", dir.join("link")).unwrap();
        }
    }
    let big = root.join("usr/share/locale");
    fs::create_dir_all(&big).unwrap();
    for k in 0..700u64 {
        fs::write(
            big.join(format!("message-catalog-{k:04}.mo")),
            text_bytes(k, 100),
        )
        .unwrap();
    }
}

/// (start, end) of the inode and directory tables, from the superblock and
/// the first entry of the next table's lookup array.
fn table_bounds(img: &[u8]) -> ((usize, usize), (usize, usize)) {
    let u64_at = |p: usize| u64::from_le_bytes(img[p..p + 8].try_into().unwrap());
    let (inode, dir) = (u64_at(64) as usize, u64_at(72) as usize);
    // Fragment, export and id lookup arrays: their first block follows the directory table.
    let next = [80, 88, 48]
        .iter()
        .map(|&o| u64_at(o))
        .filter(|&t| t != u64::MAX)
        .map(|t| u64_at(t as usize) as usize)
        .filter(|&b| b > dir)
        .min()
        .unwrap();
    ((inode, dir), (dir, next))
}

/// Walks the metadata block headers of `[start, end)`: (blocks, bytes);
/// panics on a block stored uncompressed that compression would shrink.
fn check_blocks(img: &[u8], (start, end): (usize, usize), what: &str) -> (usize, usize) {
    let comp = u16::from_le_bytes([img[20], img[21]]);
    let mut p = start;
    let mut blocks = 0;
    while p < end {
        let h = u16::from_le_bytes([img[p], img[p + 1]]);
        let n = (h & 0x7fff) as usize;
        assert!(
            n > 0 && n <= 8192 && p + 2 + n <= end,
            "{what}: bad block header at {p}"
        );
        if h & 0x8000 != 0 {
            let raw = &img[p + 2..p + 2 + n];
            let packed = match comp {
                1 => {
                    use std::io::Write;
                    let mut e =
                        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
                    e.write_all(raw).unwrap();
                    e.finish().unwrap().len()
                }
                6 => zstd::bulk::compress(raw, 15).unwrap().len(),
                _ => panic!("gzip and zstd only"),
            };
            assert!(
                packed >= n,
                "{what}: block {blocks} stored uncompressed ({n} bytes) but compresses to {packed}"
            );
        }
        p += 2 + n;
        blocks += 1;
    }
    assert_eq!(p, end, "{what}: blocks overrun the table");
    (blocks, end - start)
}

/// The hot set of a plan. Boot-like: a few packages, in a shuffled order,
/// each read roughly in name order (its binaries, then a quarter of its
/// libraries). Scattered: every fifth file of the image in a random order
/// (worst case for the tables: hot and cold entries alternate in every
/// listing, and hot inodes are shuffled).
fn hot_set(a: &Archive, scattered: bool) -> Vec<u32> {
    let files: Vec<(Vec<u8>, u32)> = a
        .paths()
        .filter(|(e, _)| e.file().is_some())
        .map(|(e, p)| (p, e.inode_number))
        .collect();
    if scattered {
        let mut hot: Vec<u32> = files.iter().step_by(5).map(|f| f.1).collect();
        hot.sort_by_key(|&n| (n as u64 * 7919) % 1009);
        return hot;
    }
    let mut hot = Vec::new();
    for d in [7, 2, 19, 11, 3, 23, 15] {
        let pkg = format!("/usr/lib/pkg{d:02}/");
        for (sub, keep) in [("bin/", 1), ("lib/", 4)] {
            let prefix = format!("{pkg}{sub}");
            hot.extend(
                files
                    .iter()
                    .filter(|f| f.0.starts_with(prefix.as_bytes()))
                    .step_by(keep)
                    .map(|f| f.1),
            );
        }
    }
    hot
}

fn check_sorted(comp_args: &[&str], scattered: bool, max_growth_percent: usize) {
    // SAFETY: geteuid has no preconditions.
    assert!(unsafe { libc::geteuid() } == 0, "these tests need root");
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    build_packages(&tree);
    let input = dir.path().join("in.sq");
    mksquashfs(&tree, &input, comp_args);
    let a = Archive::open(&input).unwrap();
    let hot = hot_set(&a, scattered);
    let plan = Plan {
        hot_inodes: hot,
        ..Plan::default()
    };
    let output = dir.path().join("out.sq");
    write_image(&a, &plan, &output, &|_, _| {}).unwrap();
    assert_eq!(listing(&input), listing(&output), "unsquashfs -lln differs");

    let (ib, ob) = (fs::read(&input).unwrap(), fs::read(&output).unwrap());
    let (ii, id) = table_bounds(&ib);
    let (oi, od) = table_bounds(&ob);
    let in_inodes = check_blocks(&ib, ii, "input inode table");
    let in_dirs = check_blocks(&ib, id, "input directory table");
    let out_inodes = check_blocks(&ob, oi, "inode table");
    let out_dirs = check_blocks(&ob, od, "directory table");
    eprintln!(
        "{comp_args:?} scattered={scattered}: inode table {in_inodes:?} -> {out_inodes:?}, directory table {in_dirs:?} -> {out_dirs:?} (blocks, bytes)"
    );
    assert!(
        out_inodes.0 >= 3 && out_dirs.0 >= 2,
        "tables too small to test"
    );
    let (before, after) = (in_inodes.1 + in_dirs.1, out_inodes.1 + out_dirs.1);
    assert!(
        after * 100 <= before * (100 + max_growth_percent),
        "inode + directory tables grew from {before} to {after} bytes"
    );
}

#[test]
fn sorted_zstd_metadata_is_compressed_and_compact() {
    check_sorted(&["-comp", "zstd"], false, 8);
}

#[test]
fn sorted_gzip_metadata_is_compressed_and_compact() {
    check_sorted(&["-comp", "gzip"], false, 8);
}

#[test]
fn scattered_hot_set_metadata_is_compressed() {
    check_sorted(&["-comp", "zstd"], true, 25);
}
