//! Corrupt and truncated images must give a clean `Err`, never a panic or a
//! huge allocation: truncation, a flipped magic, and random garbage written
//! over each metadata table (and random single-byte flips anywhere). The
//! mutated images stay in memory.

use crate::common;

use common::*;
use squashfs::{write_image, Archive, Plan};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn small_image(dir: &Path, comp: &str) -> Vec<u8> {
    let tree = dir.join(format!("tree-{comp}"));
    std::fs::create_dir_all(tree.join("d")).unwrap();
    for i in 0..40 {
        std::fs::write(
            tree.join(format!("d/f{i}")),
            text_bytes(i, 100 + i as usize * 997),
        )
        .unwrap();
    }
    std::fs::write(tree.join("big"), rand_bytes(3, 300_000)).unwrap();
    std::os::unix::fs::symlink("big", tree.join("link")).unwrap();
    let img = dir.join(format!("{comp}.sq"));
    mksquashfs(&tree, &img, &["-comp", comp]);
    std::fs::read(&img).unwrap()
}

/// Opens and fully reads an image held in memory; returns Err text, or Ok.
/// Panics are test failures.
fn exercise(image: &[u8], out_dir: &Path, rewrite: bool) -> Result<(), String> {
    let r = catch_unwind(AssertUnwindSafe(|| -> Result<(), String> {
        let a = Archive::from_bytes(image).map_err(|e| e.to_string())?;
        for e in a.entries() {
            if e.file().is_some() {
                a.read_file(e).map_err(|e| e.to_string())?;
            }
        }
        let _ = a.regions();
        let _ = a.locate(1000);
        if !rewrite {
            return Ok(());
        }
        let out = out_dir.join("rewritten.sq");
        write_image(&a, &Plan::default(), &out, &|_, _| {}).map_err(|e| e.to_string())?;
        Ok(())
    }));
    match r {
        Ok(x) => x,
        Err(_) => panic!("panic on a corrupt image of {} bytes", image.len()),
    }
}

#[test]
fn truncated_and_bad_magic() {
    let dir = tempfile::tempdir().unwrap();
    let img = small_image(dir.path(), "gzip");
    exercise(&img, dir.path(), true).expect("the intact image reads and rewrites");
    for len in [0, 10, 95, 96, 200, img.len() / 2, img.len() - 4097] {
        let e = exercise(&img[..len], dir.path(), true).unwrap_err();
        assert!(!e.is_empty());
    }
    let mut bad = img.clone();
    bad[0] ^= 0xff;
    let e = exercise(&bad, dir.path(), true).unwrap_err();
    assert!(e.contains("magic"), "{e}");
    let mut lzo = img.clone();
    lzo[20] = 3;
    let e = exercise(&lzo, dir.path(), true).unwrap_err();
    assert!(e.contains("unsupported compressor lzo"), "{e}");
}

#[test]
fn garbage_in_tables_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    for comp in ["gzip", "xz", "zstd", "lz4"] {
        let t0 = std::time::Instant::now();
        let img = small_image(dir.path(), comp);
        let u64_at = |o: usize| u64::from_le_bytes(img[o..o + 8].try_into().unwrap()) as usize;
        let bytes_used = u64_at(40);
        let tables = [u64_at(64), u64_at(72), u64_at(80), u64_at(48)];
        let mut errors = 0;
        let mut rng = rand_bytes(comp.len() as u64 * 77, 1 << 16);
        let mut next = || {
            let v = u32::from_le_bytes(rng[..4].try_into().unwrap()) as usize;
            rng.rotate_left(4);
            v
        };
        for round in 0..120 {
            let mut bad = img.clone();
            if round < 60 {
                // Garbage over a stretch of one metadata table.
                let t = tables[round % tables.len()].min(bytes_used - 1);
                let start = t + next() % (bytes_used - t).max(1);
                let n = 1 + next() % 64;
                for b in bad.iter_mut().skip(start).take(n) {
                    *b = next() as u8;
                }
            } else {
                // A few random byte flips anywhere (superblock included).
                for _ in 0..1 + round % 4 {
                    let at = next() % bytes_used;
                    bad[at] ^= 1 << (next() % 8);
                }
            }
            // Rewriting recompresses fragments: slow with xz/zstd, so only for gzip and lz4.
            if exercise(&bad, dir.path(), comp == "gzip" || comp == "lz4").is_err() {
                errors += 1;
            }
        }
        eprintln!(
            "{comp}: {errors} of 120 corruptions detected ({:?})",
            t0.elapsed()
        );
        assert!(
            errors > 30,
            "{comp}: only {errors} of 120 corruptions detected"
        );
    }
}

/// Inputs the fuzzer (`fuzz/`, `scripts/fuzz.sh`) found to crash the reader, kept as
/// they were found: each must now give a clean error.
#[test]
fn fuzz_regressions_give_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let out = tempfile::tempdir().unwrap();
    let mut inputs = 0;
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let image = std::fs::read(&path).unwrap();
        let e = exercise(&image, out.path(), true).unwrap_err();
        assert!(!e.is_empty(), "{}", path.display());
        inputs += 1;
    }
    assert!(inputs > 0, "no inputs in {}", dir.display());
}

/// A block_log of 32 or more does not describe any block size (and must not overflow).
#[test]
fn block_log_past_31() {
    let dir = tempfile::tempdir().unwrap();
    let mut img = small_image(dir.path(), "gzip");
    img[22..24].copy_from_slice(&40u16.to_le_bytes());
    let e = exercise(&img, dir.path(), true).unwrap_err();
    assert!(e.contains("bad block size"), "{e}");
}
