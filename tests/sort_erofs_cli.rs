//! `liveopt sort --format erofs` on the real binary: a mksquashfs image of a
//! small tree becomes an access-ordered EROFS image that `liveopt verify`
//! finds identical to the input, with a readahead list; EROFS input sorts
//! into EROFS again; what the target kernel cannot mount and squashfs-only
//! options are refused with one line, nothing written. No root needed (the
//! kernel mounts of the writer's images are in the erofs crate's tests).

use crate::common;
use formats::profile::{FileEntry, Profile};
use std::fs;
use std::path::Path;
use std::process::Command;
use testkit::{noise, run_ok};

fn make_tree(root: &Path) {
    for i in 0..30 {
        let dir = root.join(format!("d{}", i % 4));
        fs::create_dir_all(&dir).unwrap();
        let mut data = noise(i, 20_000 + i as usize * 3000);
        data.extend("compressible text\n".repeat(2000).as_bytes());
        fs::write(dir.join(format!("f{i:02}")), data).unwrap();
    }
    for i in 0..4 {
        let line = format!("text file {i}, line after line\n");
        fs::write(root.join(format!("t{i}")), line.repeat(400 + i * 150)).unwrap();
    }
    fs::write(root.join("small"), b"tiny").unwrap();
    std::os::unix::fs::symlink("d0/f00", root.join("link")).unwrap();
    fs::hard_link(root.join("d1/f01"), root.join("hard")).unwrap();
}

fn pages(start: u64, end: u64) -> std::ops::Range<u64> {
    start..end
}

fn profile(path: &Path) {
    let mut p = Profile::default();
    p.source.recorder = "sort_erofs_cli test".into();
    p.source.boots = 1;
    for (rank, (file, pages)) in [
        ("/d3/f27", vec![pages(10, 12)]),
        ("/small", vec![pages(0, 1)]),
        ("/d1/f01", vec![pages(0, 2), pages(12, 14)]),
        ("/d3/f27", vec![pages(0, 1)]),
    ]
    .into_iter()
    .enumerate()
    {
        p.files.push(FileEntry {
            path: file.as_bytes().to_vec(),
            first_access_ns: rank as u64 * 1000,
            pages,
            count: 1,
            ..FileEntry::default()
        });
    }
    formats::profile::save(path, &p).unwrap();
}

fn sort(args: &[&str], dir: &Path) -> std::process::Output {
    common::liveopt()
        .current_dir(dir)
        .arg("sort")
        .args(args)
        .output()
        .unwrap()
}

/// This process's umask, as the kernel reports it.
fn umask() -> u32 {
    let status = fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .unwrap();
    u32::from_str_radix(line.trim(), 8).unwrap()
}

#[test]
fn squashfs_sorts_into_an_identical_erofs_image_and_back_into_erofs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_tree(&d.join("tree"));
    run_ok(
        Command::new("mksquashfs")
            .arg(d.join("tree"))
            .arg(d.join("in.sqfs"))
            .args(["-noappend", "-quiet", "-comp", "zstd"]),
    );
    profile(&d.join("boot.profile"));
    for (compress, kernel) in [
        ("lz4hc", "6.1"),
        ("lz4", "5.15"),
        ("lz4hc", "5.19"),
        ("lz4", "6.1"),
        ("lzma", "6.1"),
        ("deflate", "6.6"),
        ("zstd", "6.12"),
        ("none", "6.1"),
    ] {
        let out = format!("{compress}.erofs");
        let o = sort(
            &[
                "in.sqfs",
                "--profile",
                "boot.profile",
                "-o",
                &out,
                "--format",
                "erofs",
                "--compress",
                compress,
                "--target-kernel",
                kernel,
                "--readahead",
                "ra",
                "--json",
            ],
            d,
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(report["profile"]["missing"], 0);
        // The hot region and metadata from the start, the probed tail at the end.
        let list = formats::readahead::parse(&fs::read_to_string(d.join("ra")).unwrap()).unwrap();
        let meta = fs::metadata(d.join(&out)).unwrap();
        let bytes_used = meta.len();
        // As mkfs.erofs leaves an image: 0644 less the umask, not a temp file's 0600.
        assert_eq!(
            std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
            0o644 & !umask()
        );
        assert_eq!(list.ranges.first().unwrap().offset, 0, "{report}");
        assert_eq!(list.ranges.last().unwrap().end(), bytes_used, "{report}");
        assert!(list.ranges.len() <= 2, "{report}");
        let verify = common::liveopt()
            .arg("verify")
            .arg(d.join("in.sqfs"))
            .arg(d.join(&out))
            .output()
            .unwrap();
        assert!(
            verify.status.success(),
            "{compress}: {}{}",
            String::from_utf8_lossy(&verify.stdout),
            String::from_utf8_lossy(&verify.stderr)
        );
        assert!(fs::read_to_string(d.join("ra")).unwrap().len() > 20);
        // Small cold files go whole into the packed inode where the target reads that
        // (6.1+), else end in a pcluster inline in their record (5.17+).
        let incompat = erofs::Archive::open(&d.join(&out))
            .unwrap()
            .superblock()
            .feature_incompat;
        let version: (u32, u32) = {
            let (major, minor) = kernel.split_once('.').unwrap();
            (major.parse().unwrap(), minor.parse().unwrap())
        };
        let compressed = compress != "none";
        assert_eq!(
            (
                incompat & erofs::format::INCOMPAT_FRAGMENTS != 0,
                incompat & erofs::format::INCOMPAT_ZTAILPACKING != 0
            ),
            (
                compressed && version >= (6, 1),
                compressed && ((5, 17)..(6, 1)).contains(&version)
            ),
            "{compress} for {kernel}: {incompat:#x}"
        );
    }
    // EROFS in: EROFS out by default, still identical.
    let o = sort(
        &[
            "lz4.erofs",
            "--profile",
            "boot.profile",
            "-o",
            "again.erofs",
        ],
        d,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let verify = common::liveopt()
        .arg("verify")
        .arg(d.join("in.sqfs"))
        .arg(d.join("again.erofs"))
        .output()
        .unwrap();
    assert!(verify.status.success());
}

#[test]
fn what_the_target_cannot_mount_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_tree(&d.join("tree"));
    run_ok(
        Command::new("mksquashfs")
            .arg(d.join("tree"))
            .arg(d.join("in.sqfs"))
            .args(["-noappend", "-quiet"]),
    );
    profile(&d.join("boot.profile"));
    let before = fs::read(d.join("in.sqfs")).unwrap();
    for (args, expect) in [
        (
            &["--format", "erofs", "--target-kernel", "5.10"][..],
            "5.15",
        ),
        (
            &["--format", "erofs", "--target-kernel", "six"][..],
            "not a version",
        ),
        (
            &[
                "--format",
                "erofs",
                "--compress",
                "lzma",
                "--target-kernel",
                "5.15",
            ][..],
            "EROFS LZMA needs 5.16+",
        ),
        (
            &[
                "--format",
                "erofs",
                "--compress",
                "zstd",
                "--target-kernel",
                "6.1",
            ][..],
            "EROFS zstd needs 6.10+",
        ),
        (
            &["--format", "erofs", "--pcluster-size", "5000"][..],
            "a multiple of 4096",
        ),
        (
            &["--format", "erofs", "--comp", "xz"][..],
            "squashfs options",
        ),
        (
            &["--format", "squashfs", "--compress", "lz4"][..],
            "--compress is for EROFS",
        ),
    ] {
        let mut all = vec!["in.sqfs", "--profile", "boot.profile", "-o", "out.img"];
        all.extend_from_slice(args);
        let o = sort(&all, d);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{args:?} succeeded");
        assert!(err.contains(expect), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(!d.join("out.img").exists(), "{args:?} wrote the output");
    }
    assert_eq!(fs::read(d.join("in.sqfs")).unwrap(), before);
    // An EROFS input cannot become squashfs.
    let o = sort(
        &[
            "in.sqfs",
            "--profile",
            "boot.profile",
            "-o",
            "e.erofs",
            "--format",
            "erofs",
        ],
        d,
    );
    assert!(o.status.success());
    let o = sort(
        &[
            "e.erofs",
            "--profile",
            "boot.profile",
            "-o",
            "s.sqfs",
            "--format",
            "squashfs",
        ],
        d,
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("EROFS only"));
    assert!(!d.join("s.sqfs").exists());
}
