//! EROFS images in the region index and `liveopt simulate`: images made by
//! mkfs.erofs (uncompressed, chunk-based, lz4hc with ztailpacking, Fedora's lzma
//! with all-fragments) are indexed so that every file byte is in a unit of its own
//! file; block traces replay on them directly and translate between them and a
//! squashfs image of the same tree. Needs neither root nor QEMU.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use optimizer::regions::{RegionIndex, RegionKind};
use optimizer::replay::Layout;
use serde_json::Value;
use testkit::{noise, run_ok};

use crate::common;
use crate::simulate_cli::write_trace;

pub fn mkfs_erofs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/erofs-utils/bin/mkfs.erofs")
}

/// A tree with a compressible library, an incompressible blob, small files, a
/// directory too big to be inline, a hard link and a symlink.
pub fn tree(root: &Path) {
    fs::create_dir_all(root.join("usr/lib")).unwrap();
    fs::create_dir_all(root.join("etc/many")).unwrap();
    let text: String = (0u64..60_000)
        .map(|i| format!("{i} {}\n", i * i % 7919))
        .collect();
    fs::write(root.join("usr/lib/libbig.so"), &text).unwrap();
    fs::write(root.join("usr/lib/blob.bin"), noise(3, 300_000)).unwrap();
    for i in 0..300 {
        fs::write(
            root.join(format!("etc/many/entry-with-a-long-name-{i}")),
            format!("value {i}\n").repeat(i % 7 + 1),
        )
        .unwrap();
    }
    fs::write(root.join("etc/hostname"), "live\n").unwrap();
    fs::hard_link(root.join("etc/hostname"), root.join("etc/hostname.link")).unwrap();
    std::os::unix::fs::symlink("lib/libbig.so", root.join("usr/link")).unwrap();
}

/// mkfs.erofs with these options, named for them.
pub const LAYOUTS: [(&str, &[&str]); 4] = [
    ("plain", &[]),
    ("chunked", &["--chunksize=4096"]),
    ("lz4hc", &["-zlz4hc", "-Eztailpacking"]),
    (
        "fedora",
        &[
            "-zlzma,level=6",
            "-Eall-fragments,fragdedupe=inode",
            "-C1048576",
        ],
    ),
];

pub fn mkfs(dir: &Path, root: &Path, name: &str, options: &[&str]) -> PathBuf {
    let image = dir.join(format!("{name}.erofs"));
    run_ok(
        Command::new(mkfs_erofs())
            .args(["-T0", "--all-root", "--quiet"])
            .args(options)
            .arg(&image)
            .arg(root),
    );
    image
}

fn nid_of(image: &Path, path: &str) -> u32 {
    let a = erofs::Archive::open(image).unwrap();
    let rel = path.trim_start_matches('/');
    a.stat(Path::new(rel)).unwrap().nid as u32
}

/// Every regular file's bytes are covered by its units, and each unit outside its
/// inode's block is in a region that names the file.
fn check_index(name: &str, image: &Path) {
    let layout = Layout::open(image).unwrap();
    let index: &RegionIndex = layout.index();
    let regions = index.regions();
    let len = fs::metadata(image).unwrap().len();
    assert_eq!(regions[0].start, 0, "{name}");
    for w in regions.windows(2) {
        assert_eq!(w[0].end(), w[1].start, "{name}: regions {w:?} leave a gap");
    }
    assert_eq!(regions.last().unwrap().end(), len, "{name}");
    let archive = erofs::Archive::open(image).unwrap();
    let mut data_regions = 0;
    for e in archive
        .entries()
        .iter()
        .filter(|e| e.kind == erofs::Kind::File)
    {
        let nid = e.nid as u32;
        let (path, file) = index.file(nid).unwrap();
        assert_eq!(file.size, e.inode.size, "{name} {path:?}");
        // Spans cover [0, size) without gaps.
        let mut spans: Vec<(u64, u64)> = (0..file.blocks.len())
            .map(|i| file.span(i, index.block_size()))
            .collect();
        spans.sort_unstable();
        let mut at = 0;
        for (s, t) in &spans {
            assert!(*s <= at, "{name} {path:?}: hole before {s} in {spans:?}");
            at = at.max(*t);
        }
        assert_eq!(at, file.size, "{name} {path:?}: {spans:?}");
        for (i, block) in file.blocks.iter().enumerate() {
            let r = index.locate(block.offset).unwrap();
            match r.kind {
                RegionKind::Data { inode, block: unit } => {
                    assert_eq!((inode, unit as usize), (nid, i), "{name} {path:?}");
                    assert_eq!((r.start, r.len), (block.offset, block.len));
                    assert_eq!(
                        index.file_bytes_in(nid, r),
                        Some(file.span(i, index.block_size()))
                    );
                    data_regions += 1;
                }
                RegionKind::Fragment { index: k } => {
                    assert!(index.fragment(k).unwrap().files.contains(&nid), "{name}");
                    let (s, t) = index.file_bytes_in(nid, r).unwrap();
                    let (us, ut) = file.span(i, index.block_size());
                    assert!(s <= us && ut <= t, "{name} {path:?}");
                }
                // Inline data: in the inode's own block.
                RegionKind::Inodes => {
                    assert!(block.len < index.block_size(), "{name} {path:?}: {block:?}")
                }
                other => panic!("{name} {path:?}: unit {block:?} in {other:?}"),
            }
        }
    }
    let kinds = |k: fn(&RegionKind) -> bool| regions.iter().filter(|r| k(&r.kind)).count();
    assert!(kinds(|k| *k == RegionKind::Inodes) > 0, "{name}");
    if name == "fedora" {
        assert!(kinds(|k| matches!(k, RegionKind::Fragment { .. })) > 0);
        assert_eq!(
            data_regions, 0,
            "all-fragments: every file in the packed inode"
        );
    } else {
        assert!(data_regions > 0, "{name}");
        // The 300-entry directory does not fit its inode's block.
        assert!(kinds(|k| *k == RegionKind::Directories) > 0, "{name}");
    }
    let many = index.inode_of(b"/etc/many").unwrap();
    assert_eq!(many, nid_of(image, "/etc/many"));
    let _ = index.directory_table();
}

struct Images {
    dir: tempfile::TempDir,
    squashfs: PathBuf,
    erofs: Vec<(&'static str, PathBuf)>,
}

fn images() -> Images {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    tree(&root);
    let squashfs = dir.path().join("tree.sqfs");
    run_ok(
        Command::new("mksquashfs")
            .arg(&root)
            .arg(&squashfs)
            .args(["-noappend", "-quiet", "-no-progress", "-all-root"])
            // Every byte of a file in its blocks: a trace of them is the whole file.
            .arg("-no-fragments"),
    );
    let erofs = LAYOUTS
        .iter()
        .map(|(name, options)| (*name, mkfs(dir.path(), &root, name, options)))
        .collect();
    Images {
        dir,
        squashfs,
        erofs,
    }
}

fn simulate(trace: &Path, image: &Path, traced: Option<&Path>) -> Value {
    let mut c = common::liveopt();
    c.args(["simulate", "--json", "--model", "cdrom", "--trace"])
        .arg(trace)
        .arg("--image")
        .arg(image);
    if let Some(t) = traced {
        c.arg("--traced-image").arg(t);
    }
    serde_json::from_slice(&run_ok(&mut c).stdout).unwrap()
}

/// A file's units outside its inode block, and the distinct bytes of all its units
/// (inline data included).
fn unit_bytes(image: &Path, path: &str) -> (Vec<(u64, u64)>, u64) {
    let layout = Layout::open(image).unwrap();
    let index = layout.index();
    let nid = index.inode_of(path.as_bytes()).unwrap();
    let (_, file) = index.file(nid).unwrap();
    let mut all: Vec<(u64, u64)> = file.blocks.iter().map(|b| (b.offset, b.len)).collect();
    all.sort_unstable();
    all.dedup();
    let bytes = all.iter().map(|u| u.1).sum();
    let outside = all
        .into_iter()
        .filter(|b| index.locate(b.0).unwrap().kind != RegionKind::Inodes)
        .collect();
    (outside, bytes)
}

#[test]
fn every_file_byte_is_in_a_unit_of_its_file() {
    let im = images();
    for (name, image) in &im.erofs {
        check_index(name, image);
    }
}

#[test]
fn a_squashfs_trace_translates_to_each_erofs_layout_and_back() {
    let im = images();
    let sq = squashfs::Archive::open(&im.squashfs).unwrap();
    let lib = sq.find(b"/usr/lib/libbig.so").unwrap();
    let f = lib.file().unwrap();
    let sq_reads: Vec<(u64, u64)> = f.block_positions().map(|(o, l)| (o, l as u64)).collect();
    let sq_bytes: u64 = sq_reads.iter().map(|r| r.1).sum();
    let trace = write_trace(im.dir.path(), "sq", &im.squashfs, &sq_reads);
    for (name, image) in &im.erofs {
        let v = simulate(&trace, image, Some(&im.squashfs));
        let (units, bytes) = unit_bytes(image, "/usr/lib/libbig.so");
        assert_eq!(v["unmapped_bytes"], 0, "{name}: {v}");
        assert_eq!(v["distinct_bytes"], bytes, "{name}: {v}");
        // And back: the EROFS units of the file, traced on EROFS, are its squashfs blocks
        // (plus a fragment when the EROFS unit carries the tail).
        let etrace = write_trace(im.dir.path(), name, image, &units);
        let back = simulate(&etrace, &im.squashfs, Some(image));
        assert_eq!(back["unmapped_bytes"], 0, "{name}: {back}");
        let got = back["distinct_bytes"].as_u64().unwrap();
        if *name == "fedora" {
            // A packed pcluster holds other files too: all of them come back.
            assert!(
                got > sq_bytes,
                "{name}: {got} bytes back, the file has {sq_bytes}"
            );
        } else {
            assert_eq!(got, sq_bytes, "{name}: bytes back in squashfs");
        }
    }
}

#[test]
fn a_trace_on_an_erofs_image_replays_on_it() {
    let im = images();
    for (name, image) in &im.erofs {
        let len = fs::metadata(image).unwrap().len();
        let mut reads: Vec<(u64, u64)> = (0..len)
            .step_by(5000)
            .map(|o| (o, 5000.min(len - o)))
            .collect();
        reads.reverse();
        let trace = write_trace(im.dir.path(), name, image, &reads);
        let v = simulate(&trace, image, None);
        assert_eq!(v["distinct_bytes"], len, "{name}: {v}");
        assert_eq!(v["unmapped_bytes"], 0, "{name}");
        // Translated onto itself: everything but the alignment gaps, which no
        // structure claims (only the image's tail padding has a counterpart).
        let same = simulate(&trace, image, Some(image));
        let padding: u64 = Layout::open(image)
            .unwrap()
            .index()
            .regions()
            .iter()
            .filter(|r| r.kind == RegionKind::Padding)
            .map(|r| r.len)
            .sum();
        let got = same["distinct_bytes"].as_u64().unwrap();
        assert!(
            got <= len && got + padding >= len,
            "{name}: {got} of {len}, {padding} padding: {same}"
        );
    }
}

/// Fedora's layout: the EROFS image at `/LiveOS/squashfs.img` of a bootable ISO is
/// read in place; `iso sort` sorts it into EROFS with its own compressor, or adds only
/// its list.
#[test]
fn erofs_inside_an_iso_is_read_in_place() {
    use crate::common::iso_fixture::live_iso_with;
    let im = images();
    let (_, fedora) = &im.erofs[3];
    let dir = im.dir.path();
    let iso = live_iso_with(dir, fedora, "/LiveOS/squashfs.img");
    let (path, extent) = qemu::iso::find_live_image(&iso).unwrap();
    assert_eq!(path, "/LiveOS/squashfs.img");
    assert!(extent.offset > 0);
    let placed = qemu::iso::PlacedImage::open(&iso, extent).unwrap();
    assert!(matches!(placed.image, qemu::iso::LiveImage::Erofs(_)));
    // The same index and identity as the image on its own.
    let alone = Layout::open(fedora).unwrap();
    assert_eq!(placed.index().unwrap().regions(), alone.index().regions());
    let archive = erofs::Archive::open(fedora).unwrap();
    let want = formats::ImageIdentity::of_erofs(&archive, fedora, 0).unwrap();
    assert_eq!(placed.identity().unwrap(), want);
    assert_eq!(want.compressor, "lzma");
    // verify reads the ISO's EROFS image in place, against the image file.
    run_ok(common::liveopt().arg("verify").arg(&iso).arg(fedora));
    // iso sort keeps EROFS and its compressor, sorted or only listed; the input untouched.
    let paths = dir.join("erofs-paths.txt");
    fs::write(&paths, "/etc/hostname\n/usr/lib/libbig.so\n/usr/link\n").unwrap();
    let boot_profile = dir.join("erofs.profile");
    run_ok(
        common::liveopt()
            .args(["profile", "import", "--format", "list"])
            .arg(&paths)
            .arg("-o")
            .arg(&boot_profile),
    );
    // `liveopt sort` keeps an EROFS input's compressor too, unless told otherwise.
    for (compress, want) in [(None, "lzma"), (Some("lz4hc"), "lz4")] {
        let out = dir.join("sorted.erofs");
        let mut sort = common::liveopt();
        sort.arg("sort")
            .arg(fedora)
            .arg("--profile")
            .arg(&boot_profile)
            .arg("-o")
            .arg(&out);
        if let Some(c) = compress {
            sort.args(["--compress", c]);
        }
        run_ok(&mut sort);
        let archive = erofs::Archive::open(&out).unwrap();
        let identity = formats::ImageIdentity::of_erofs(&archive, &out, 0).unwrap();
        assert_eq!(identity.compressor, want, "--compress {compress:?}");
    }
    let before = fs::read(&iso).unwrap();
    let read_in = |iso: &Path, path: &str| {
        let mut f = fs::File::open(iso).unwrap();
        let e = qemu::iso::find_extent(&mut f, path).unwrap();
        fs::read(iso).unwrap()[e.offset as usize..(e.offset + e.len) as usize].to_vec()
    };
    for (name, flag) in [("sorted.iso", None), ("listed.iso", Some("--no-rewrite"))] {
        let output = dir.join(name);
        let mut sort = common::liveopt();
        sort.args(["iso", "sort"])
            .arg(&iso)
            .arg("--profile")
            .arg(&boot_profile)
            .arg("-o")
            .arg(&output)
            .args(flag);
        run_ok(&mut sort);
        assert_eq!(fs::read(&iso).unwrap(), before, "{name}: the input changed");
        run_ok(common::liveopt().arg("verify").arg(&output).arg(fedora));
        let image = read_in(&output, "/LiveOS/squashfs.img");
        assert_eq!(
            image == fs::read(fedora).unwrap(),
            flag.is_some(),
            "{name}: the image is rewritten only when sorted"
        );
        let (_, extent) = qemu::iso::find_live_image(&output).unwrap();
        let identity = qemu::iso::PlacedImage::open(&output, extent)
            .unwrap()
            .identity()
            .unwrap();
        assert_eq!(identity.compressor, "lzma", "{name}");
        let text = read_in(&output, "/LiveOS/squashfs.img.readahead");
        let list = formats::readahead::parse(std::str::from_utf8(&text).unwrap()).unwrap();
        assert_eq!(
            list.identity.image, identity,
            "{name}: the list names the image"
        );
        assert!(!list.ranges.is_empty(), "{name}");
        assert!(
            list.ranges
                .iter()
                .all(|r| r.offset + r.len <= identity.bytes_used),
            "{name}: {:?}",
            list.ranges
        );
        assert!(
            list.ranges
                .windows(2)
                .all(|w| w[0].offset + w[0].len < w[1].offset),
            "{name}: on-disk order: {:?}",
            list.ranges
        );
        if flag.is_some() {
            // The same list as `liveopt readahead-list` writes for the image file.
            let alone = dir.join("fedora.readahead");
            run_ok(
                common::liveopt()
                    .arg("readahead-list")
                    .arg(fedora)
                    .arg("--profile")
                    .arg(&boot_profile)
                    .arg("-o")
                    .arg(&alone),
            );
            assert_eq!(fs::read(&alone).unwrap(), text);
        }
    }
}
