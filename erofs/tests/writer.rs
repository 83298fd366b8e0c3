//! The access-ordered writer against the real kernel and erofs-utils: a tree
//! with every kind of entry (see `kernel_compare::make_tree`) goes through
//! mkfs.erofs and our reader into `erofs::writer`, uncompressed, LZ4, LZ4HC,
//! MicroLZMA, DEFLATE and zstd. Each image must mount with the same content and metadata as the
//! mkfs.erofs original (sha256, modes, owners, mtimes, xattrs, hard links,
//! devices), pass `fsck.erofs --extract` and `dump.erofs`, be read back by
//! our reader as the kernel sees it, and FIEMAP must show the hot ranges'
//! blocks ascending in the planned order. Needs root (mknod, mount).

use crate::common::{build, mkfs};
use crate::kernel_compare::{
    check_against_fsck_extract, check_extents_against_fiemap, kernel_facts, make_tree,
    reader_facts, scratch, Facts, Mount,
};
use erofs::format::DataLayout;
use erofs::writer::{self, ArchiveData, Codec, HotRange, Options};
use erofs::{Archive, Source};
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

/// Where a whole-file fragment starts in the packed inode's content.
fn fragment_offset(archive: &Archive, entry: &erofs::Entry) -> Option<u64> {
    match archive.compressed_extents(entry).ok()?.first()?.source {
        Source::Fragment { packed_offset } => Some(packed_offset),
        Source::Pcluster { .. } => None,
    }
}

/// For a file stored as a fragment, the image offset of the packed inode's
/// pcluster that holds its byte `offset` (FIEMAP reports fragments at 0).
fn fragment_address(archive: &Archive, entry: &erofs::Entry, offset: u64) -> Option<u64> {
    if !matches!(
        entry.inode.layout,
        DataLayout::CompressedFull | DataLayout::CompressedCompact
    ) {
        return None;
    }
    let extents = archive.compressed_extents(entry).unwrap();
    let e = extents
        .iter()
        .find(|e| (e.logical_start..e.logical_start + e.logical_len).contains(&offset))?;
    let Source::Fragment { packed_offset } = e.source else {
        return None;
    };
    let at = packed_offset + offset - e.logical_start;
    let packed = archive.packed_entry().unwrap().unwrap();
    archive
        .compressed_extents(&packed)
        .unwrap()
        .into_iter()
        .find(|p| (p.logical_start..p.logical_start + p.logical_len).contains(&at))
        .map(|p| match p.source {
            Source::Pcluster { image_offset, .. } => image_offset,
            Source::Fragment { .. } => panic!("a fragment in the packed inode"),
        })
}

/// The hot ranges the test plans: late parts before early ones, files interleaved.
const HOT: &[(&str, u64, u64)] = &[
    ("large.bin", 2 << 20, 8192),
    // Read whole: with small.txt and bottom, the start of the packed inode's
    // content, all placed at this first read of it.
    ("text.txt", 0, 12_000),
    ("small.txt", 0, 12),
    ("mixed.bin", 20_000, 30_000),
    ("large.bin", 0, 16384),
    ("deep/level0/level1/level2/level3/level4/level5/level6/level7/level8/level9/level10/level11/level12/level13/level14/level15/level16/level17/level18/level19/level20/level21/level22/level23/level24/level25/level26/level27/level28/level29/level30/level31/level32/level33/level34/level35/level36/level37/level38/level39/bottom", 0, 6),
    ("mixed.bin", 0, 4096),
    ("large.bin", 1 << 20, 4096),
    ("sparse", 5 << 20, 4096),
];

/// Options with `codec` and the defaults otherwise.
fn with_codec(codec: Option<Codec>) -> Options {
    Options {
        codec,
        ..Options::default()
    }
}

/// `nodes` of `input` written to `out` with `opts`.
fn write(
    nodes: &[writer::Node],
    input: &Archive,
    hot: &[HotRange],
    opts: &Options,
    out: &Path,
) -> writer::WriteStats {
    writer::write_image(nodes, &ArchiveData::new(input), hot, opts, out, &|_, _| {}).unwrap()
}

fn write_and_check(opts: Options, name: &str) {
    let codec = opts.codec;
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
    let stats = write(&nodes, &input, &hot, &opts, &out);
    assert_eq!(stats.bytes_written, std::fs::metadata(&out).unwrap().len());
    assert!(stats.hot_end > 0 && stats.hot_end < stats.bytes_written);
    if codec.is_some() {
        assert!(stats.pclusters > 10, "{name}: {stats:?}");
        // Small cold files: whole in the packed inode, or else ending inline.
        if opts.fragments {
            assert!(stats.fragments > 0, "{name}: {stats:?}");
        } else {
            assert!(
                stats.inline_tails > 0 && stats.fragments == 0,
                "{name}: {stats:?}"
            );
        }
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
    // A small file the boot reads whole is a fragment, in the hot part of the packed inode.
    let whole = ours.stat(Path::new("text.txt")).unwrap();
    let in_packed = codec.is_some() && opts.fragments;
    assert_eq!(
        fragment_address(&ours, whole, 0).is_some(),
        in_packed,
        "{name}: text.txt"
    );
    // Its copy, which the boot does not read, shares its bytes there.
    let copy = ours.stat(Path::new("text-copy.txt")).unwrap();
    if in_packed {
        assert_eq!(
            fragment_offset(&ours, copy),
            fragment_offset(&ours, whole),
            "{name}: text-copy.txt"
        );
    }
    // Along the planned order, each hot range's first block lies further on
    // (files under 4 KiB are inline in their inode's metadata block or
    // fragments instead).
    let addrs: Vec<u64> = HOT
        .iter()
        .filter(|(p, _, _)| kernel[Path::new(p)].size >= 4096)
        .map(|&(p, offset, _)| {
            let entry = ours.stat(Path::new(p)).unwrap();
            fragment_address(&ours, entry, offset).unwrap_or_else(|| physical(&mnt, p, offset))
        })
        .collect();
    assert!(
        addrs.len() == 7 && addrs.windows(2).all(|w| w[0] < w[1]),
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
    write_and_check(with_codec(None), "chunks");
}

#[test]
fn lz4_image_matches_the_input() {
    write_and_check(with_codec(Some(Codec::Lz4)), "lz4");
}

#[test]
fn lz4hc_image_matches_the_input() {
    write_and_check(with_codec(Some(Codec::Lz4hc(9))), "lz4hc");
}

#[test]
fn lz4hc_image_without_fragments_matches_the_input() {
    write_and_check(
        Options {
            fragments: false,
            ..with_codec(Some(Codec::Lz4hc(9)))
        },
        "lz4hc-tails",
    );
}

#[test]
fn lzma_image_matches_the_input() {
    write_and_check(with_codec(Some(Codec::Lzma(6))), "lzma");
}

#[test]
fn deflate_image_matches_the_input() {
    write_and_check(with_codec(Some(Codec::Deflate(9))), "deflate");
}

#[test]
fn zstd_image_matches_the_input() {
    write_and_check(with_codec(Some(Codec::Zstd(9))), "zstd");
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

/// Text that LZ4 compresses a little over 2:1: words and numbers from a fixed seed.
fn text(len: usize, seed: u64) -> Vec<u8> {
    let words: [&[u8]; 6] = [
        b"erofs ",
        b"pcluster ",
        b"lz4 ",
        b"kernel ",
        b"block ",
        b"the ",
    ];
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 16);
    while out.len() < len {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
        let r = (state >> 33) as usize;
        out.extend_from_slice(words[r % words.len()]);
        if r.is_multiple_of(5) {
            out.extend_from_slice(format!("{} ", r % 10_000).as_bytes());
        }
    }
    out.truncate(len);
    out
}

/// Cold data is cut by the pcluster's physical size, not its input: every
/// pcluster of a long compressible file but the last before a hot range or
/// the file end is a full 64 KiB (mkfs.erofs `-C65536`) holding much more
/// than 64 KiB of the file, and the kernel, our reader and fsck.erofs read
/// it back unchanged, hot piece in the middle included.
#[test]
fn cold_pclusters_are_filled_to_the_physical_bound() {
    let dir = scratch();
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    let big = text(3 << 20, 1);
    std::fs::write(tree.join("big.txt"), &big).unwrap();
    let short = text(6000, 2);
    std::fs::write(tree.join("short.txt"), &short).unwrap();
    // More files of a few lclusters each (FIEMAP is checked on all of them).
    for k in 0..10u64 {
        std::fs::write(
            tree.join(format!("t{k}")),
            text(5000 + 9000 * k as usize, k + 3),
        )
        .unwrap();
    }
    let original = dir.path().join("original.erofs");
    build(&tree, &original, &[]);
    let input = Archive::open(&original).unwrap();
    let nodes = writer::nodes_from_archive(&input).unwrap();
    let node = nodes.iter().position(|n| n.path == b"big.txt").unwrap();
    let hot = [HotRange {
        node,
        offset: 1 << 20,
        len: 10_000,
    }];
    // Each codec with 64 KiB pclusters (mkfs.erofs -C65536), and the two of Fedora's
    // and Debian's kernels with 1 MiB ones (-C1048576).
    let sizes = Codec::EACH
        .iter()
        .map(|&c| (c, 16))
        .chain([(Codec::Lz4hc(9), 256), (Codec::Lzma(6), 256)]);
    for (codec, blocks) in sizes {
        let cap = blocks * 4096;
        let out = dir.path().join(format!("{codec:?}-{blocks}.erofs"));
        let opts = Options {
            cold_pcluster_blocks: blocks,
            ..with_codec(Some(codec))
        };
        write(&nodes, &input, &hot, &opts, &out);
        let ours = Archive::open(&out).unwrap();
        let entry = ours.stat(Path::new("big.txt")).unwrap();
        let pclusters: Vec<(u64, u64, u64)> = ours
            .compressed_extents(entry)
            .unwrap()
            .iter()
            .filter_map(|x| match x.source {
                erofs::Source::Pcluster {
                    image_len,
                    algorithm,
                    ..
                } if algorithm == codec.algorithm() => {
                    Some((x.logical_start, x.logical_len, image_len))
                }
                _ => None,
            })
            .collect();
        let cold: Vec<_> = pclusters
            .iter()
            .filter(|p| p.0 + p.1 <= 1 << 20 || p.0 >= (1 << 20) + 12288)
            .collect();
        let full = cold.iter().filter(|p| p.2 == cap).count();
        assert!(
            pclusters.iter().all(|p| p.2 <= cap && p.1 <= 8 << 20),
            "{codec:?}: a pcluster over {cap} bytes or 8 MiB of file: {pclusters:?}"
        );
        assert_eq!(
            ours.largest_pcluster().unwrap(),
            cold.iter().map(|p| p.2).max().unwrap()
        );
        if blocks == 16 {
            // 3 MiB of text: about 24 pclusters with LZ4 (2:1), 8 with LZMA (6.7:1), of
            // which the last before the hot piece and the last of the file are partial.
            assert!(
                full >= 5 && full + 2 >= cold.len(),
                "{codec:?}: {full} of {} cold pclusters full: {cold:?}",
                cold.len()
            );
            assert!(cold.iter().filter(|p| p.2 == cap).all(|p| p.1 > 2 * cap));
        } else {
            // The MiB before the hot piece and the 2 MiB after: a few large pclusters.
            assert!(
                cold.len() <= 4 && cold.iter().any(|p| p.2 > 4 * 65536),
                "{codec:?}: {cold:?}"
            );
        }
        assert_eq!(ours.read_file(entry).unwrap(), big);

        let mnt = dir.path().join(format!("mnt-{codec:?}-{blocks}"));
        let m = mount(&out, &mnt);
        assert!(std::fs::read(mnt.join("big.txt")).unwrap() == big);
        assert!(std::fs::read(mnt.join("short.txt")).unwrap() == short);
        check_extents_against_fiemap(&ours, &mnt, &["fixed-output"]);
        drop(m);
        let fsck = Command::new(mkfs().with_file_name("fsck.erofs"))
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            fsck.status.success(),
            "fsck.erofs: {}",
            String::from_utf8_lossy(&fsck.stderr)
        );
    }
}
