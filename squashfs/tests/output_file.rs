//! Properties of the output file itself: the same input and plan give a
//! byte-identical image (no dependence on thread timing), `mkfs_time` is the
//! input's, and the file gets the input image's permission bits (not the temp
//! file's 0600).

use crate::common;

use common::*;
use squashfs::{write_image, Archive, Compression, Plan, TablePlacement};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Many small files (semi-compressible, various sizes) and a few multi-block
/// ones, so that a 4 KiB-block image has hundreds of fragment blocks in flight.
fn build_small_files(root: &Path) {
    for d in 0..8u64 {
        let dir = root.join(format!("d{d}"));
        std::fs::create_dir_all(&dir).unwrap();
        for f in 0..250u64 {
            let seed = d * 1000 + f;
            let size = 100 + (rand_bytes(seed, 2)[0] as usize) * 12;
            let mut v = text_bytes(seed, size / 2);
            v.extend_from_slice(&rand_bytes(seed + 7, size - size / 2));
            std::fs::write(dir.join(format!("f{f}")), v).unwrap();
        }
        std::fs::write(dir.join("big"), text_bytes(d, 50_000 + d as usize * 777)).unwrap();
    }
}

fn hot_plan(a: &Archive) -> Vec<u32> {
    // Every 7th file, in reverse path order (not the input's order).
    let mut v: Vec<u32> = a
        .entries()
        .iter()
        .filter(|e| e.file().is_some())
        .map(|e| e.inode_number)
        .step_by(7)
        .collect();
    v.reverse();
    v
}

#[test]
fn same_input_and_plan_give_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    build_small_files(&tree);
    let input = dir.path().join("in.sq");
    mksquashfs(&tree, &input, &["-comp", "gzip", "-b", "4096"]);
    let a = Archive::open(&input).unwrap();
    let plans = [
        // Raw copy (hot tails repacked).
        Plan {
            hot_inodes: hot_plan(&a),
            ..Default::default()
        },
        // Recompression (every fragment block rebuilt on the thread pool).
        Plan {
            hot_inodes: hot_plan(&a),
            compression: Some(Compression::parse("zstd").unwrap()),
            tables: TablePlacement::HotDataFirst,
            ..Default::default()
        },
    ];
    for (k, plan) in plans.iter().enumerate() {
        let first = std::fs::read({
            let p = dir.path().join(format!("out{k}-0.sq"));
            write_image(&a, plan, &p, &|_, _| {}).unwrap();
            p
        })
        .unwrap();
        for run in 1..4 {
            let p = dir.path().join(format!("out{k}-{run}.sq"));
            write_image(&a, plan, &p, &|_, _| {}).unwrap();
            let again = std::fs::read(&p).unwrap();
            let diff = first.iter().zip(&again).position(|(x, y)| x != y);
            assert!(
                first.len() == again.len() && diff.is_none(),
                "plan {k}, run {run}: {} vs {} bytes, first difference at {diff:?}",
                first.len(),
                again.len()
            );
        }
        let b = Archive::open(&dir.path().join(format!("out{k}-0.sq"))).unwrap();
        assert_eq!(b.superblock().mkfs_time, a.superblock().mkfs_time);
        squashfs::compare(&a, &b).unwrap();
    }
}

#[test]
fn output_gets_the_input_permission_bits() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::write(tree.join("a"), b"hello").unwrap();
    let input = dir.path().join("in.sq");
    mksquashfs(&tree, &input, &["-comp", "gzip"]);
    for mode in [0o644, 0o640, 0o604] {
        std::fs::set_permissions(&input, std::fs::Permissions::from_mode(mode)).unwrap();
        let a = Archive::open(&input).unwrap();
        let out = dir.path().join(format!("out-{mode:o}.sq"));
        write_image(&a, &Plan::default(), &out, &|_, _| {}).unwrap();
        let got = std::fs::metadata(&out).unwrap().permissions().mode() & 0o7777;
        assert_eq!(got, mode, "output mode {got:o}, input {mode:o}");
    }
}

#[test]
fn recompress_forces_recompression_with_unchanged_settings() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    build_small_files(&tree);
    std::fs::write(tree.join("large"), text_bytes(99, 700_000)).unwrap();
    let input = dir.path().join("in.sq");
    mksquashfs(&tree, &input, &["-comp", "gzip"]);
    let a = Archive::open(&input).unwrap();
    let raw = write_image(&a, &Plan::default(), &dir.path().join("raw.sq"), &|_, _| {}).unwrap();
    assert!(
        raw.blocks_raw > 0 && raw.blocks_recompressed == 0,
        "{raw:?}"
    );
    let out = dir.path().join("re.sq");
    let plan = Plan {
        recompress: true,
        ..Default::default()
    };
    let re = write_image(&a, &plan, &out, &|_, _| {}).unwrap();
    assert!(re.blocks_recompressed > 0 && re.blocks_raw == 0, "{re:?}");
    let b = Archive::open(&out).unwrap();
    assert_eq!(b.compressor(), a.compressor());
    assert_eq!(b.superblock().block_size, a.superblock().block_size);
    squashfs::compare(&a, &b).unwrap();
}

/// Raw copy: a fragment block that loses one small hot tail is copied as it
/// is (not rebuilt), while a block the hot tails leave mostly empty is
/// rebuilt; content is unchanged either way.
#[test]
fn raw_copy_reuses_fragment_blocks_hot_tails_barely_use() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    build_small_files(&tree);
    let input = dir.path().join("in.sq");
    mksquashfs(&tree, &input, &["-comp", "gzip"]);
    let a = Archive::open(&input).unwrap();
    let blocks = a.fragment_table().len() as u64;
    let files: Vec<(&squashfs::Entry, Vec<u8>)> =
        a.paths().filter(|(e, _)| e.file().is_some()).collect();
    // One small file among the ~150 tails of its 128 KiB block.
    let (one, _) = files.iter().find(|(_, p)| p.ends_with(b"/f3")).unwrap();
    let out = dir.path().join("one.sq");
    let plan = Plan {
        hot_inodes: vec![one.inode_number],
        ..Default::default()
    };
    let s = write_image(&a, &plan, &out, &|_, _| {}).unwrap();
    assert_eq!(s.fragment_blocks_reused, blocks, "{s:?}");
    assert_eq!(s.fragment_blocks, blocks + 1, "{s:?}");
    squashfs::compare(&a, &Archive::open(&out).unwrap()).unwrap();
    // Every file of d0 (packed first, so the first blocks are d0's alone):
    // those blocks are rebuilt, or rather dropped, as no cold tail is left in them.
    let d0: Vec<u32> = files
        .iter()
        .filter(|(_, p)| p.starts_with(b"/d0/"))
        .map(|(e, _)| e.inode_number)
        .collect();
    let out = dir.path().join("d0.sq");
    let plan = Plan {
        hot_inodes: d0,
        ..Default::default()
    };
    let s = write_image(&a, &plan, &out, &|_, _| {}).unwrap();
    assert!(s.fragment_blocks_reused < blocks, "{s:?}");
    squashfs::compare(&a, &Archive::open(&out).unwrap()).unwrap();
}
