//! End-to-end checks against the real tools and the real kernel (run as root):
//! mksquashfs images of a tree with every kind of entry are read by our
//! reader, rewritten by our writer (raw copy and recompression, with a plan),
//! and the outputs are checked with unsquashfs, a loop mount, `compare`, and
//! an independent inode-table parser for the planned data order; backhand, a
//! second reader, reads the writer's outputs too.

use crate::common;

use common::*;
use squashfs::{compare, write_image, Archive, Compression, Plan, TablePlacement};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

struct Fixture {
    _dir: tempfile::TempDir,
    tree: PathBuf,
    images: PathBuf,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        assert!(
            // SAFETY: geteuid has no preconditions.
            unsafe { libc::geteuid() } == 0,
            "these tests need root (mknod, loop mounts)"
        );
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        std::fs::create_dir(&tree).unwrap();
        build_tree(&tree);
        let images = dir.path().join("images");
        std::fs::create_dir(&images).unwrap();
        Fixture {
            _dir: dir,
            tree,
            images,
        }
    })
}

fn image(name: &str, args: &[&str]) -> PathBuf {
    let f = fixture();
    let p = f.images.join(format!("{name}.sq"));
    if !p.exists() {
        mksquashfs(&f.tree, &p, args);
    }
    p
}

/// Hot files for the plans: a mix of multi-block, fragment-only and hard-linked files.
const HOT: &[&str] = &[
    "/x/cap",
    "/sizes/f393993",
    "/a/b/c/d/deep.txt",
    "/dup/whole2",
    "/hard/big2",
    "/many/e150",
    "/sizes/t100",
    "/sizes/f131072",
];

fn hot_inodes(a: &Archive) -> Vec<u32> {
    HOT.iter()
        .map(|p| {
            a.paths()
                .find(|(_, path)| *path == *p.as_bytes())
                .unwrap_or_else(|| panic!("{p} not in image"))
                .0
                .inode_number
        })
        .collect()
}

/// Full check of one output image against the source tree and the input image.
fn check_output(
    input: &Path,
    output: &Path,
    plan: &Plan,
    tree: &std::collections::BTreeMap<Vec<u8>, Item>,
) {
    // unsquashfs accepts it and lists the same tree.
    run(Command::new("unsquashfs").arg("-s").arg(output));
    assert_eq!(
        listing(input),
        listing(output),
        "unsquashfs -lln differs for {}",
        output.display()
    );
    // The kernel mounts it and every file matches the source tree.
    {
        let m = Mount::new(output);
        assert_same(
            &format!("kernel mount of {}", output.display()),
            tree,
            &tree_manifest(m.dir.path()),
        );
    }
    // Our reader and compare agree.
    let a = Archive::open(input).unwrap();
    let b = Archive::open(output).unwrap();
    assert_same("reader on output", tree, &image_manifest(&b));
    compare(&a, &b).unwrap();
    // Planned order, checked by the independent parser (gzip/zstd outputs).
    let comp = b.superblock().compressor;
    if comp == 1 || comp == 6 {
        check_order(&a, output, plan);
    }
    if plan.hot_inodes.len() > 1 {
        check_hot_fragments_follow_first_user(output, plan);
    }
}

/// Hot files' data in plan order and on the planned side of the cold data;
/// inode table children before parents, hot inodes last in plan order.
fn check_order(input: &Archive, output: &Path, plan: &Plan) {
    let scan = scan_inode_table(output);
    let pos_in_table = |n: u32| scan.iter().position(|s| s.0 == n).unwrap();
    let hot: Vec<u32> = plan.hot_inodes.clone();
    // Inode table: every inode before the inode of each directory holding it
    // (so all metadata references point backwards); the root inode is last.
    let parent_of = |path: &[u8]| -> Vec<u8> {
        let cut = path.iter().rposition(|&c| c == b'/').unwrap();
        if cut == 0 {
            b"/".to_vec()
        } else {
            path[..cut].to_vec()
        }
    };
    let number_of = |path: &[u8]| {
        input
            .paths()
            .find(|(_, p)| *p == *path)
            .unwrap()
            .0
            .inode_number
    };
    for (e, path) in input.paths().filter(|(e, _)| !e.is_root()) {
        let parent = number_of(&parent_of(&path));
        assert!(
            pos_in_table(e.inode_number) < pos_in_table(parent),
            "{} is written after its directory",
            String::from_utf8_lossy(&path)
        );
    }
    assert_eq!(
        scan.last().unwrap().0,
        number_of(b"/"),
        "root inode not last"
    );
    // Hot directories: those on the (first) path of a hot file. A hot file is
    // in the hot part unless a hard link puts it in a cold directory too.
    let mut hot_dirs = std::collections::HashSet::new();
    for &n in &hot {
        let mut p = input.entry_path(input.entry_by_inode(n).unwrap());
        while p != b"/" {
            p = parent_of(&p);
            hot_dirs.insert(p.clone());
        }
    }
    let tail: Vec<u32> = hot
        .iter()
        .copied()
        .filter(|&n| {
            input
                .paths()
                .filter(|(e, _)| e.inode_number == n)
                .all(|(_, p)| hot_dirs.contains(&parent_of(&p)))
        })
        .collect();
    assert!(
        tail.len() < hot.len(),
        "the plan has a file linked from a cold directory"
    );
    let tail_pos: Vec<usize> = tail.iter().map(|&n| pos_in_table(n)).collect();
    assert!(
        tail_pos.windows(2).all(|w| w[0] < w[1]),
        "hot inodes out of plan order: {tail:?} at {tail_pos:?}"
    );
    let first_hot = tail_pos[0];
    let last_cold_file = scan
        .iter()
        .rposition(|s| (s.1 == 2 || s.1 == 9) && !tail.contains(&s.0))
        .unwrap();
    assert!(
        last_cold_file < first_hot,
        "a cold file inode follows the hot inodes"
    );
    // Data: hot files with blocks (in the output: a block size change can
    // turn a file into a fragment) in plan order (duplicates of earlier files excluded).
    let out = Archive::open(output).unwrap();
    let starts: Vec<(u32, u64)> = hot
        .iter()
        .filter_map(|&n| {
            let e = out.entry_by_inode(n).unwrap();
            let l = e.file().unwrap();
            let has_blocks = l.block_sizes.iter().any(|&w| w != 0);
            has_blocks.then(|| (n, scan[pos_in_table(n)].2))
        })
        .collect();
    for w in starts.windows(2) {
        assert!(w[0].1 < w[1].1, "hot data out of plan order: {:?}", starts);
    }
    let cold_starts: Vec<u64> = scan
        .iter()
        .filter(|s| (s.1 == 2 || s.1 == 9) && !hot.contains(&s.0))
        .filter(|s| {
            let l = out.entry_by_inode(s.0).unwrap().file().unwrap();
            l.block_sizes.iter().any(|&w| w != 0) && !is_dup_of_hot(input, s.0, &hot)
        })
        .map(|s| s.2)
        .collect();
    let (hmin, hmax) = (starts.first().unwrap().1, starts.last().unwrap().1);
    match plan.tables {
        TablePlacement::HotDataFirst | TablePlacement::TablesFirst => {
            assert!(
                cold_starts.iter().all(|&c| c > hmax),
                "cold data before hot data"
            )
        }
        TablePlacement::HotDataBeforeTables => {
            assert!(
                cold_starts.iter().all(|&c| c < hmin),
                "cold data after hot data"
            )
        }
    }
    // Fragments of hot files: non-decreasing in plan order, not shared with cold files.
    let hot_frags: Vec<u32> = hot
        .iter()
        .map(|&n| scan[pos_in_table(n)].3)
        .filter(|&f| f != u32::MAX)
        .collect();
    assert!(
        hot_frags.windows(2).all(|w| w[0] <= w[1]),
        "hot fragments out of order: {hot_frags:?}"
    );
    let cold_frags: Vec<u32> = scan
        .iter()
        .filter(|s| (s.1 == 2 || s.1 == 9) && !hot.contains(&s.0) && s.3 != u32::MAX)
        .filter(|s| !is_dup_of_hot(input, s.0, &hot))
        .map(|s| s.3)
        .collect();
    assert!(
        hot_frags.iter().all(|f| !cold_frags.contains(f)),
        "a fragment block mixes hot and cold tails"
    );
}

/// The hot region is one run in plan order: each hot file's new data blocks,
/// then (if it is the first hot file with a tail in it) its fragment block,
/// then the next file's. So each hot fragment block starts right where the
/// data of its first file ends (for a tail-only file: where the previous hot
/// file's data or fragment ends), and reading a hot file's blocks and then its
/// tail is one contiguous read.
fn check_hot_fragments_follow_first_user(output: &Path, plan: &Plan) {
    let out = Archive::open(output).unwrap();
    let frags = out.fragment_table();
    // (start, end, is a fragment block, inode) of each new piece, in plan order.
    let mut pieces: Vec<(u64, u64, bool, u32)> = Vec::new();
    let mut data_end = 0u64;
    let mut seen = std::collections::HashSet::new();
    for &n in &plan.hot_inodes {
        let l = out.entry_by_inode(n).unwrap().file().unwrap();
        let len: u64 = l.block_sizes.iter().map(|&w| (w & 0xff_ffff) as u64).sum();
        // Blocks not written before (a hot duplicate shares earlier blocks).
        if len > 0 && l.blocks_start >= data_end {
            pieces.push((l.blocks_start, l.blocks_start + len, false, n));
            data_end = l.blocks_start + len;
        }
        if let Some((f, _)) = l.fragment {
            if seen.insert(f) {
                let e = frags[f as usize];
                pieces.push((e.start, e.start + (e.size & 0xff_ffff) as u64, true, n));
            }
        }
    }
    if !pieces.iter().any(|p| p.2) {
        return; // no fragments in this image
    }
    for w in pieces.windows(2) {
        assert_eq!(
            w[0].1, w[1].0,
            "hot region not contiguous in plan order: {:?} then {:?} (start, end, fragment, inode)",
            w[0], w[1]
        );
    }
}

/// Cold files identical to a hot file share its data (dedup), so they are "hot" too.
fn is_dup_of_hot(input: &Archive, n: u32, hot: &[u32]) -> bool {
    let e = input.entry_by_inode(n).unwrap();
    let d = input.read_file(e).unwrap();
    hot.iter()
        .any(|&h| input.read_file(input.entry_by_inode(h).unwrap()).unwrap() == d)
}

fn plan_for(
    a: &Archive,
    tables: TablePlacement,
    compression: Option<Compression>,
    block_size: Option<u32>,
) -> Plan {
    Plan {
        hot_inodes: hot_inodes(a),
        compression,
        block_size,
        tables,
        recompress: false,
    }
}

fn roundtrip(name: &str, args: &[&str], recompress: Option<(&str, Option<u32>)>) {
    let f = fixture();
    let input = image(name, args);
    let a = Archive::open(&input).unwrap();
    // Reader: bytes and metadata equal the tree (modulo -no-xattrs).
    let mut tree = tree_manifest(&f.tree);
    if args.contains(&"-no-xattrs") {
        for v in tree.values_mut() {
            v.xattrs.clear();
        }
    }
    assert_same(&format!("reader on {name}"), &tree, &image_manifest(&a));
    // Raw copy with the default placement, then recompression with the other one.
    let out = f.images.join(format!("{name}-raw.sq"));
    let plan = plan_for(&a, TablePlacement::HotDataBeforeTables, None, None);
    let last = std::cell::Cell::new((0u64, 0u64));
    let stats = write_image(&a, &plan, &out, &|done, total| {
        assert!(
            done <= total && done >= last.get().0,
            "progress {done}/{total}"
        );
        last.set((done, total));
    })
    .unwrap();
    let (done, total) = last.get();
    assert!(
        total > 0 && done == total,
        "progress ended at {done}/{total}"
    );
    assert!(
        stats.blocks_raw > 0 && stats.blocks_recompressed == 0,
        "{stats:?}"
    );
    assert_eq!(std::fs::metadata(&out).unwrap().len() % 4096, 0);
    // dup/whole1+2 and dup/small1+2 (shared by mksquashfs, or found by content with -no-duplicates).
    assert!(stats.dedup_hits >= 2, "{stats:?}");
    if args.is_empty() {
        // mksquashfs already removed duplicates; ours must keep that sharing.
        assert!(
            stats.bytes_written <= std::fs::metadata(&input).unwrap().len() + 8192,
            "{stats:?}"
        );
    }
    check_output(&input, &out, &plan, &tree);
    if let Some((comp, bs)) = recompress {
        let out = f.images.join(format!("{name}-re-{comp}.sq"));
        let plan = plan_for(
            &a,
            TablePlacement::HotDataFirst,
            Some(Compression::parse(comp).unwrap()),
            bs,
        );
        let stats = write_image(&a, &plan, &out, &|_, _| {}).unwrap();
        assert!(
            stats.blocks_recompressed > 0 && stats.blocks_raw == 0,
            "{stats:?}"
        );
        check_output(&input, &out, &plan, &tree);
    }
}

#[test]
fn gzip_raw_and_to_zstd() {
    roundtrip("gzip", &["-comp", "gzip"], Some(("zstd", None)));
}

#[test]
fn gzip_no_fragments_to_gzip_64k() {
    roundtrip(
        "gzip-nofrag",
        &["-comp", "gzip", "-no-fragments"],
        Some(("gzip:6", Some(65536))),
    );
}

#[test]
fn xz_raw_and_to_gzip_256k() {
    roundtrip(
        "xz",
        &["-comp", "xz", "-Xbcj", "x86"],
        Some(("gzip", Some(262144))),
    );
}

#[test]
fn zstd_no_xattrs_raw_and_to_xz() {
    roundtrip(
        "zstd-noxattr",
        &["-comp", "zstd", "-no-xattrs"],
        Some(("xz", None)),
    );
}

#[test]
fn lz4_raw_and_to_zstd() {
    roundtrip(
        "lz4",
        &["-comp", "lz4", "-no-duplicates"],
        Some(("zstd:19", None)),
    );
}

#[test]
fn zstd_exportable_nofrag_raw() {
    roundtrip(
        "zstd-exp",
        &["-comp", "zstd", "-no-fragments", "-exports", "-b", "64K"],
        Some(("lz4", None)),
    );
}

#[test]
fn compare_detects_a_changed_byte() {
    let f = fixture();
    let a_img = image("gzip", &["-comp", "gzip"]);
    let t2 = f.images.join("tree2");
    run(Command::new("cp").arg("-a").arg(&f.tree).arg(&t2));
    let p = t2.join("sizes/t393993");
    let mut d = std::fs::read(&p).unwrap();
    d[200000] ^= 0x40;
    std::fs::write(&p, d).unwrap();
    run(Command::new("touch")
        .args(["-h", "-d", "2024-03-01 12:00:00"])
        .arg(&p));
    let b_img = f.images.join("changed.sq");
    mksquashfs(&t2, &b_img, &["-comp", "gzip"]);
    let a = Archive::open(&a_img).unwrap();
    let b = Archive::open(&b_img).unwrap();
    let d = compare(&a, &b).unwrap_err();
    assert!(d.0.contains("/sizes/t393993"), "{d}");
    compare(&a, &a).unwrap();
}

#[test]
fn refuses_to_overwrite_input() {
    let img = image("gzip", &["-comp", "gzip"]);
    let a = Archive::open(&img).unwrap();
    let before = std::fs::read(&img).unwrap();
    let err = write_image(&a, &Plan::default(), &img, &|_, _| {}).unwrap_err();
    assert!(err.to_string().contains("refusing"), "{err}");
    let link = fixture().images.join("hardlink-to-input.sq");
    let _ = std::fs::remove_file(&link);
    std::fs::hard_link(&img, &link).unwrap();
    assert!(write_image(&a, &Plan::default(), &link, &|_, _| {}).is_err());
    assert_eq!(before, std::fs::read(&img).unwrap());
}

#[test]
fn regions_cover_the_image() {
    let img = image("gzip", &["-comp", "gzip"]);
    let a = Archive::open(&img).unwrap();
    let rs = a.regions();
    let len = std::fs::metadata(&img).unwrap().len();
    let mut end = 0;
    for r in &rs {
        assert_eq!(r.start, end, "gap or overlap at {}", r.start);
        end = r.start + r.len;
        assert_eq!(a.locate(r.start + r.len / 2).unwrap(), r);
    }
    assert_eq!(end, len);
    // Every data block of every file is mapped to that file.
    for e in a.entries() {
        if let Some(l) = e.file() {
            for (i, (pos, n)) in l.block_positions().enumerate() {
                if n > 0 {
                    match a.locate(pos).unwrap().kind {
                        squashfs::RegionKind::Data { block, .. } => assert_eq!(block as usize, i),
                        k => panic!(
                            "{:?} at data block of {}",
                            k,
                            String::from_utf8_lossy(&a.entry_path(e))
                        ),
                    }
                }
            }
        }
    }
    assert_eq!(a.compressor().id.name(), "gzip");
    let bytes = std::fs::read(&img).unwrap();
    let used = &bytes[..a.superblock().bytes_used as usize];
    assert_eq!(
        a.image_sha256().unwrap(),
        <[u8; 32]>::from(<sha2::Sha256 as sha2::Digest>::digest(used))
    );
}

/// backhand and our reader agree on images our writer produces, raw copies and
/// recompressions, of a tree with every kind of entry (xattrs and hard links present).
/// backhand refuses symlink targets of 256 bytes or more, which Linux allows, so its
/// tree leaves out `link-long`.
#[test]
fn backhand_agrees_on_written_images() {
    let f = fixture();
    let tree = f.images.join("tree-for-backhand");
    run(Command::new("cp").arg("-a").arg(&f.tree).arg(&tree));
    std::fs::remove_file(tree.join("link-long")).unwrap();
    for (comp, recompress) in [("gzip", "zstd"), ("lz4", "gzip"), ("zstd", "lz4")] {
        let input = f.images.join(format!("backhand-{comp}.sq"));
        mksquashfs(&tree, &input, &["-comp", comp]);
        let a = Archive::open(&input).unwrap();
        let raw = f.images.join(format!("backhand-{comp}-raw.sq"));
        let plan = plan_for(&a, TablePlacement::HotDataBeforeTables, None, None);
        write_image(&a, &plan, &raw, &|_, _| {}).unwrap();
        assert_backhand_agrees(&raw);
        let re = f.images.join(format!("backhand-{comp}-to-{recompress}.sq"));
        let compression = Some(Compression::parse(recompress).unwrap());
        let plan = plan_for(&a, TablePlacement::HotDataFirst, compression, None);
        write_image(&a, &plan, &re, &|_, _| {}).unwrap();
        assert_backhand_agrees(&re);
    }
}

/// The same image read from its own file and from inside a larger byte source (at an
/// odd offset, with bytes after it): same entries, image-relative positions and regions,
/// same file bytes. A range that cuts the image short is refused.
#[test]
fn reads_an_image_inside_a_larger_source() {
    let img = image("gzip", &["-comp", "gzip"]);
    let bytes = std::fs::read(&img).unwrap();
    let standalone = Archive::open(&img).unwrap();
    let base = 12_345;
    let mut container = rand_bytes(5, base as usize);
    container.extend_from_slice(&bytes);
    container.extend_from_slice(&rand_bytes(6, 7_000));
    let image_range = base..base + bytes.len() as u64;
    let inside = Archive::from_source(
        container.clone(),
        image_range.clone(),
        Path::new("container"),
    )
    .unwrap();
    assert_eq!(inside.path(), Path::new("container"));
    assert_eq!(inside.entries(), standalone.entries());
    assert_eq!(inside.regions(), standalone.regions());
    assert_same(
        "reader inside a larger source",
        &image_manifest(&standalone),
        &image_manifest(&inside),
    );
    let in_memory = Archive::from_bytes(bytes.clone()).unwrap();
    assert_eq!(in_memory.entries(), standalone.entries());
    assert_eq!(
        in_memory.image_sha256().unwrap(),
        standalone.image_sha256().unwrap()
    );
    let bytes_used = standalone.superblock().bytes_used;
    let short = base..base + bytes_used - 1;
    let e = Archive::from_source(container, short, Path::new("container")).err();
    assert!(
        e.as_ref()
            .is_some_and(|e| e.to_string().contains("truncated")),
        "{e:?}"
    );
}

#[test]
fn tables_first_is_kernel_only() {
    let f = fixture();
    let input = image("gzip", &["-comp", "gzip"]);
    let a = Archive::open(&input).unwrap();
    let out = f.images.join("gzip-tables-first.sq");
    let plan = plan_for(&a, TablePlacement::TablesFirst, None, None);
    write_image(&a, &plan, &out, &|_, _| {}).unwrap();
    // The kernel accepts it: every file, owner, mode and xattr matches the tree.
    let tree = tree_manifest(&f.tree);
    {
        let m = Mount::new(&out);
        assert_same(
            "kernel mount of tables-first image",
            &tree,
            &tree_manifest(m.dir.path()),
        );
    }
    let b = Archive::open(&out).unwrap();
    assert_same("reader on tables-first image", &tree, &image_manifest(&b));
    compare(&a, &b).unwrap();
    // The inode table really is right after the superblock, before all data.
    assert!(b.superblock().inode_table < 4096);
    // unsquashfs requires contiguous tables and refuses it (documented in docs/squashfs-writer.md).
    let st = Command::new("unsquashfs")
        .args(["-lln"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        !st.status.success(),
        "unsquashfs now accepts tables-first images: update the docs"
    );
}
