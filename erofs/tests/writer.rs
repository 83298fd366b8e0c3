//! The access-ordered writer against the real kernel and erofs-utils: a tree
//! with every kind of entry (see `kernel_compare::make_tree`) goes through
//! mkfs.erofs and our reader into `erofs::writer`, uncompressed, LZ4 and
//! LZ4HC. Each image must mount with the same content and metadata as the
//! mkfs.erofs original (sha256, modes, owners, mtimes, xattrs, hard links,
//! devices), pass `fsck.erofs --extract` and `dump.erofs`, be read back by
//! our reader as the kernel sees it, and FIEMAP must show the hot ranges'
//! blocks ascending in the planned order. Needs root (mknod, mount).

use crate::common::{build, mkfs};
use crate::kernel_compare::{
    check_against_fsck_extract, check_extents_against_fiemap, kernel_facts, make_tree,
    reader_facts, scratch, Facts, Mount,
};
use erofs::writer::{self, ArchiveData, Codec, HotRange, Options};
use erofs::Archive;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn mount(image: &Path, mnt: &Path) -> Mount {
    std::fs::create_dir_all(mnt).unwrap();
    let status = Command::new("mount")
        .args(["-t", "erofs", "-o", "ro,loop"])
        .arg(image)
        .arg(mnt)
        .status()
        .unwrap();
    assert!(status.success(), "mount {}", image.display());
    Mount(mnt.to_path_buf())
}

/// Facts without the inode number (new in every image).
fn without_ino(mut f: BTreeMap<PathBuf, Facts>) -> BTreeMap<PathBuf, Facts> {
    for v in f.values_mut() {
        v.ino = 0;
    }
    f
}

/// (physical offset of the block holding `offset`) per FIEMAP on the mount.
fn physical(mnt: &Path, path: &str, offset: u64) -> u64 {
    let out = Command::new("filefrag")
        .args(["-v", "-b1"])
        .arg(mnt.join(path))
        .output()
        .unwrap();
    assert!(out.status.success(), "filefrag {path}");
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = line.split(':').map(str::trim).collect();
        if f.len() < 4 || f[0].parse::<u32>().is_err() {
            continue;
        }
        let logical: u64 = f[1].split("..").next().unwrap().trim().parse().unwrap();
        let logical_end: u64 = f[1].split("..").nth(1).unwrap().trim().parse().unwrap();
        let phys: u64 = f[2].split("..").next().unwrap().trim().parse().unwrap();
        if (logical..=logical_end).contains(&offset) {
            // Compressed extents map a whole pcluster: its start is the address.
            let compressed = line.contains("encoded");
            return if compressed {
                phys
            } else {
                phys + (offset - logical) / 4096 * 4096
            };
        }
    }
    panic!("{path} offset {offset} not mapped by FIEMAP");
}

/// The hot ranges the test plans: late parts before early ones, files interleaved.
const HOT: &[(&str, u64, u64)] = &[
    ("large.bin", 2 << 20, 8192),
    ("small.txt", 0, 12),
    ("mixed.bin", 20_000, 30_000),
    ("large.bin", 0, 16384),
    ("deep/level0/level1/level2/level3/level4/level5/level6/level7/level8/level9/level10/level11/level12/level13/level14/level15/level16/level17/level18/level19/level20/level21/level22/level23/level24/level25/level26/level27/level28/level29/level30/level31/level32/level33/level34/level35/level36/level37/level38/level39/bottom", 0, 6),
    ("mixed.bin", 0, 4096),
    ("large.bin", 1 << 20, 4096),
    ("sparse", 5 << 20, 4096),
];

fn write_and_check(codec: Option<Codec>, name: &str) {
    let dir = scratch();
    let tree = dir.path().join("tree");
    make_tree(&tree, true);
    let original = dir.path().join("original.erofs");
    build(&tree, &original, &[]);
    let input = Archive::open(&original).unwrap();
    let nodes = writer::nodes_from_archive(&input).unwrap();
    let index = |p: &str| nodes.iter().position(|n| n.path == p.as_bytes()).unwrap();
    let hot: Vec<HotRange> = HOT
        .iter()
        .map(|&(p, offset, len)| HotRange {
            node: index(p),
            offset,
            len,
        })
        .collect();
    let out = dir.path().join(format!("{name}.erofs"));
    let opts = Options {
        codec,
        ..Options::default()
    };
    let stats = writer::write_image(
        &nodes,
        &ArchiveData::new(&input),
        &hot,
        &opts,
        &out,
        &|_, _| {},
    )
    .unwrap();
    assert_eq!(stats.bytes_written, std::fs::metadata(&out).unwrap().len());
    assert!(stats.hot_end > 0 && stats.hot_end < stats.bytes_written);
    if codec.is_some() {
        assert!(stats.pclusters > 10, "{name}: {stats:?}");
    } else {
        assert!(
            stats.hole_blocks > 1000,
            "{name}: the sparse file has holes: {stats:?}"
        );
    }

    let expected = {
        let _m = mount(&original, &dir.path().join("mnt-original"));
        without_ino(kernel_facts(&dir.path().join("mnt-original")))
    };
    let mnt = dir.path().join("mnt");
    let m = mount(&out, &mnt);
    let kernel = kernel_facts(&mnt);
    assert_eq!(
        without_ino(kernel.clone()),
        expected,
        "{name}: content differs from the input"
    );
    let ours = Archive::open(&out).unwrap();
    assert_eq!(
        reader_facts(&ours),
        kernel,
        "{name}: our reader differs from the kernel"
    );
    check_extents_against_fiemap(&ours, &mnt, &[name]);
    // Along the planned order, each hot range's first block lies further on
    // (files under 4 KiB are inline in their inode's metadata block instead).
    let addrs: Vec<u64> = HOT
        .iter()
        .filter(|(p, _, _)| kernel[Path::new(p)].size >= 4096)
        .map(|&(p, offset, _)| physical(&mnt, p, offset))
        .collect();
    assert!(
        addrs.len() == 6 && addrs.windows(2).all(|w| w[0] < w[1]),
        "{name}: hot ranges not ascending: {addrs:?}"
    );
    assert!(*addrs.last().unwrap() < stats.hot_end);
    // Every record and directory block lies before the first cold data: a
    // lookup or stat the profile did not name is a short seek, not a long one.
    assert!(stats.hot_end <= stats.meta_end && stats.meta_end < stats.bytes_written);
    let meta_start = u64::from(ours.superblock().meta_blkaddr) * ours.superblock().block_size();
    for e in ours.entries() {
        let record = meta_start + 32 * e.nid;
        assert!(
            record < stats.meta_end,
            "{name}: {:?}'s record at {record}",
            e.path
        );
        if e.kind == erofs::Kind::Dir {
            for x in ours.extents(e).unwrap() {
                let at = x.image_offset.unwrap();
                assert!(at < stats.meta_end, "{name}: {:?}'s block at {at}", e.path);
            }
        }
    }
    drop(m);

    check_against_fsck_extract(
        &out,
        &dir.path().join("extract"),
        &reader_facts(&ours),
        &[name],
    );
    let dump = Command::new(mkfs().with_file_name("dump.erofs"))
        .args(["-s", "-S"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        dump.status.success(),
        "dump.erofs {name}: {}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let text = String::from_utf8_lossy(&dump.stdout);
    assert!(
        text.contains("Filesystem inode count"),
        "dump.erofs {name}: {text}"
    );
}

#[test]
fn uncompressed_chunk_image_matches_the_input() {
    write_and_check(None, "chunks");
}

#[test]
fn lz4_image_matches_the_input() {
    write_and_check(Some(Codec::Lz4), "lz4");
}

#[test]
fn lz4hc_image_matches_the_input() {
    write_and_check(Some(Codec::Lz4hc(9)), "lz4hc");
}

/// An output path in a missing directory: a one-line error, nothing written.
#[test]
fn unwritable_output_fails_cleanly() {
    let dir = scratch();
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::write(tree.join("f"), b"x").unwrap();
    let original = dir.path().join("o.erofs");
    build(&tree, &original, &[]);
    let input = Archive::open(&original).unwrap();
    let nodes = writer::nodes_from_archive(&input).unwrap();
    let out = dir.path().join("missing/out.erofs");
    let err = writer::write_image(
        &nodes,
        &ArchiveData::new(&input),
        &[],
        &Options::default(),
        &out,
        &|_, _| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("temp file"), "{err}");
    assert!(!out.exists());
}
