//! `liveopt sort` and `liveopt verify` end to end, on the real binary, with
//! real mksquashfs/unsquashfs images and real kernel loop mounts (needs root).
//!
//! Hot files hold incompressible bytes behind a unique marker, so mksquashfs
//! stores their blocks uncompressed and the test finds each file's data in the
//! output image by searching for its marker: an order check that does not use
//! the writer's (or the reader's) code.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use testkit::{file_names, noise, run_ok};

use formats::profile::{FileEntry, Profile};
use formats::ImageIdentity;

const BLOCK: usize = 131072;

fn liveopt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_liveopt"))
}

/// File `i`'s first 32 bytes: random too, so that a fragment block holding
/// several markers stays incompressible (readable text markers would not).
fn marker(i: usize) -> Vec<u8> {
    noise(0x5EED_0000 + i as u64, 32)
}

/// One generated file: image path, size, whether the profile touches it.
struct GenFile {
    path: String,
    index: usize,
}

struct Tree {
    root: PathBuf,
    files: Vec<GenFile>,
}

/// A tree of 120 files over nested directories: every file starts with its
/// marker followed by noise; sizes mix fragment-only tails, one-block and
/// multi-block files; plus compressible text, a symlink, a hard link, an
/// empty file and an xattr.
fn make_tree(dir: &Path) -> Tree {
    let root = dir.join("tree");
    let mut files = Vec::new();
    for i in 0..120 {
        let sub = format!("d{}/e{}", i % 7, i % 3);
        fs::create_dir_all(root.join(&sub)).unwrap();
        let size = match i % 4 {
            0 => 3000 + i * 37,         // tail only (fragment)
            1 => BLOCK + 5000 + i * 11, // one block + tail
            2 => 3 * BLOCK + i * 101,   // several blocks + tail
            _ => 2 * BLOCK,             // exact blocks, no tail
        };
        let mut data = marker(i);
        data.extend(noise(i as u64 + 1, size - data.len()));
        let path = format!("/{sub}/f{i:03}.bin");
        fs::write(root.join(&path[1..]), &data).unwrap();
        files.push(GenFile { path, index: i });
    }
    // Compressible, and whole blocks only: no tail that would make a fragment
    // block (and the hot tails in it) compressible.
    fs::write(
        root.join("readme.txt"),
        "boot me faster!\n".repeat(2 * BLOCK / 16),
    )
    .unwrap();
    fs::write(root.join("empty"), b"").unwrap();
    std::os::unix::fs::symlink("d0/e0/f000.bin", root.join("link")).unwrap();
    fs::hard_link(root.join("d1/e1/f001.bin"), root.join("hardlink.bin")).unwrap();
    let _ = Command::new("setfattr")
        .args(["-n", "user.liveopt", "-v", "yes"])
        .arg(root.join("readme.txt"))
        .status();
    Tree { root, files }
}

fn mksquashfs(tree: &Path, out: &Path, comp: &str) {
    run_ok(Command::new("mksquashfs").arg(tree).arg(out).args([
        "-comp",
        comp,
        "-noappend",
        "-quiet",
        "-no-progress",
        "-processors",
        "2",
    ]));
}

/// The hot files, in a boot order unrelated to the directory order.
fn hot_order(tree: &Tree) -> Vec<&GenFile> {
    let mut hot: Vec<&GenFile> = tree.files.iter().filter(|f| f.index % 5 != 4).collect();
    // Deterministic shuffle: sort by a hash of the index.
    hot.sort_by_key(|f| {
        (f.index as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(17)
    });
    hot.truncate(40);
    hot
}

fn save_profile(
    path: &Path,
    files: &[&GenFile],
    image: Option<ImageIdentity>,
    inodes: Option<&BTreeMap<String, u64>>,
) {
    let mut p = Profile::default();
    p.source.recorder = "sort_cli test".into();
    p.source.boots = 1;
    p.source.image = image;
    for (rank, f) in files.iter().enumerate() {
        p.files.push(FileEntry {
            path: f.path.clone().into_bytes(),
            inode: inodes.map(|m| m[&f.path]),
            first_access_ns: rank as u64 * 1000,
            count: 1,
            ..FileEntry::default()
        });
    }
    formats::profile::save(path, &p).unwrap();
}

/// Where each file's marker occurs in `image`: one pass, keyed by the
/// marker's first 8 bytes, then a full compare.
struct Markers(HashMap<usize, Vec<usize>>);

impl Markers {
    fn scan(image: &[u8], files: usize) -> Markers {
        let by_prefix: HashMap<u64, usize> = (0..files)
            .map(|i| (u64::from_le_bytes(marker(i)[..8].try_into().unwrap()), i))
            .collect();
        let mut hits: HashMap<usize, Vec<usize>> = HashMap::new();
        for pos in 0..image.len().saturating_sub(32) {
            let key = u64::from_le_bytes(image[pos..pos + 8].try_into().unwrap());
            if let Some(&i) = by_prefix.get(&key) {
                if image[pos..pos + 32] == marker(i)[..] {
                    hits.entry(i).or_default().push(pos);
                }
            }
        }
        Markers(hits)
    }

    /// The one position of file `i`'s marker.
    fn offset(&self, i: usize) -> usize {
        let hits = self.0.get(&i).map_or(&[][..], |v| v.as_slice());
        assert_eq!(
            hits.len(),
            1,
            "marker of file {i} found {} times",
            hits.len()
        );
        hits[0]
    }
}

struct Mount(PathBuf);
impl Mount {
    fn new(image: &Path, at: &Path) -> Mount {
        fs::create_dir_all(at).unwrap();
        run_ok(
            Command::new("mount")
                .args(["-t", "squashfs", "-o", "loop,ro"])
                .arg(image)
                .arg(at),
        );
        Mount(at.to_path_buf())
    }
}
impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// `sha256sum` of every regular file under `dir`, by relative path.
fn checksums(dir: &Path) -> String {
    let out = run_ok(Command::new("sh").arg("-c").arg(format!(
        "cd '{}' && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum",
        dir.display()
    )));
    String::from_utf8(out.stdout).unwrap()
}

fn unsquashfs_lln(image: &Path) -> String {
    let out = run_ok(Command::new("unsquashfs").arg("-lln").arg(image));
    String::from_utf8(out.stdout).unwrap()
}

/// Superblock identity computed with shell tools (not with liveopt's reader).
fn identity_of(image: &Path) -> ImageIdentity {
    let b = fs::read(image).unwrap();
    let u32_at = |o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    let bytes_used = u64::from_le_bytes(b[40..48].try_into().unwrap());
    let out = run_ok(Command::new("sh").arg("-c").arg(format!(
        "head -c {bytes_used} '{}' | sha256sum",
        image.display()
    )));
    let sha = String::from_utf8(out.stdout).unwrap()[..64].to_string();
    let comp = match u16::from_le_bytes(b[20..22].try_into().unwrap()) {
        1 => "gzip",
        4 => "xz",
        6 => "zstd",
        other => panic!("compressor {other}"),
    };
    ImageIdentity {
        bytes_used,
        mkfs_time: u32_at(8),
        inode_count: u32_at(4),
        block_size: u32_at(12),
        compressor: comp.into(),
        sha256: sha,
    }
}

fn sort_and_check(comp: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let tree = make_tree(dir);
    let input = dir.join("in.sqfs");
    mksquashfs(&tree.root, &input, comp);
    let hot = hot_order(&tree);
    let prof = dir.join("boot.profile");
    save_profile(&prof, &hot, None, None);

    let out = dir.join("out.sqfs");
    let ra = dir.join("boot.readahead");
    let plot = dir.join("seek.png");
    let res = run_ok(
        liveopt()
            .arg("sort")
            .arg(&input)
            .arg("--profile")
            .arg(&prof)
            .arg("-o")
            .arg(&out)
            .arg("--readahead")
            .arg(&ra)
            .arg("--plot")
            .arg(&plot)
            .arg("--json"),
    );
    let report: serde_json::Value =
        serde_json::from_slice(&res.stdout).expect("--json prints JSON");

    // Same listing (names, modes, owners, sizes, times, link targets).
    assert_eq!(
        unsquashfs_lln(&input),
        unsquashfs_lln(&out),
        "unsquashfs -lln differs"
    );

    // The kernel reads the output, every file byte-identical to the source tree.
    let mnt = Mount::new(&out, &dir.join("mnt"));
    assert_eq!(checksums(&tree.root), checksums(&mnt.0));
    let xattr = Command::new("getfattr")
        .args(["--only-values", "-n", "user.liveopt"])
        .arg(mnt.0.join("readme.txt"))
        .output();
    if let Ok(x) = xattr {
        if x.status.success() {
            assert_eq!(x.stdout, b"yes");
        }
    }
    drop(mnt);

    run_ok(liveopt().arg("verify").arg(&input).arg(&out));

    // Hot files' data: in profile order, contiguous (no cold file in between).
    // The input is not (else this check would prove nothing).
    let in_markers = Markers::scan(&fs::read(&input).unwrap(), tree.files.len());
    let in_order: Vec<usize> = hot
        .iter()
        .filter(|f| f.index % 4 != 0)
        .map(|f| in_markers.offset(f.index))
        .collect();
    assert!(
        !in_order.windows(2).all(|w| w[0] < w[1]),
        "the input is already in profile order"
    );
    let image = fs::read(&out).unwrap();
    let markers = Markers::scan(&image, tree.files.len());
    let hot_offsets: Vec<usize> = hot.iter().map(|f| markers.offset(f.index)).collect();
    let data_offsets: Vec<usize> = hot
        .iter()
        .zip(&hot_offsets)
        .filter(|(f, _)| f.index % 4 != 0)
        .map(|(_, &o)| o)
        .collect();
    assert!(
        data_offsets.windows(2).all(|w| w[0] < w[1]),
        "hot data blocks not in profile order: {data_offsets:?}"
    );
    let (lo, hi) = (data_offsets[0], *data_offsets.last().unwrap());
    for f in tree
        .files
        .iter()
        .filter(|f| !hot.iter().any(|h| h.index == f.index))
    {
        let o = markers.offset(f.index);
        assert!(
            !(lo..=hi).contains(&o),
            "cold file {} lies inside the hot data ({lo}..{hi}: {o})",
            f.path
        );
    }

    // The readahead list parses, names this image, and covers every hot block.
    let list = formats::readahead::parse(&fs::read_to_string(&ra).unwrap())
        .expect("readahead list parses");
    assert_eq!(list.identity.image.bytes_used, identity_of(&out).bytes_used);
    assert_eq!(list.identity.image.sha256, identity_of(&out).sha256);
    let covered = |a: u64, b: u64| {
        list.ranges
            .iter()
            .any(|r| r.offset <= a && b <= r.offset + r.len)
    };
    for (f, &o) in hot.iter().zip(&hot_offsets) {
        let size = fs::metadata(tree.root.join(&f.path[1..])).unwrap().len();
        let full_blocks = size / BLOCK as u64;
        let end = if full_blocks > 0 {
            o as u64 + full_blocks * BLOCK as u64
        } else {
            o as u64 + 1
        };
        assert!(
            covered(o as u64, end),
            "readahead list misses {} ({o}..{end})",
            f.path
        );
    }
    assert!(covered(0, 96), "readahead list misses the superblock");
    // And the image's first MiB, which blkid probes on every device the image is on.
    let head = optimizer::sort::PROBED_HEAD.min(list.identity.image.bytes_used);
    assert!(covered(0, head), "readahead list misses the probed head");

    // The report: the boot touches a smaller part of the sorted image.
    let span = |side: &str| report[side]["span"].as_u64().unwrap();
    assert!(span("after") < span("before"), "span not reduced: {report}");
    assert_eq!(
        report["before"]["files_matched"].as_u64(),
        Some(hot.len() as u64)
    );
    assert_eq!(report["profile"]["matched_by"], "path");

    // The plot is a PNG.
    assert_eq!(&fs::read(&plot).unwrap()[..4], b"\x89PNG");
}

#[test]
fn sort_gzip() {
    sort_and_check("gzip");
}

#[test]
fn sort_xz() {
    sort_and_check("xz");
}

#[test]
fn sort_zstd() {
    sort_and_check("zstd");
}

/// Recompression to another compressor keeps the content; a profile with this
/// image's identity is matched by inode number.
#[test]
fn recompress_and_inode_matching() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let tree = make_tree(dir);
    let input = dir.join("in.sqfs");
    mksquashfs(&tree.root, &input, "gzip");
    let hot = hot_order(&tree);

    // Inode numbers as the kernel shows them.
    let mnt = Mount::new(&input, &dir.join("mnt-in"));
    let inodes: BTreeMap<String, u64> = hot
        .iter()
        .map(|f| {
            (
                f.path.clone(),
                fs::metadata(mnt.0.join(&f.path[1..])).unwrap().ino(),
            )
        })
        .collect();
    drop(mnt);
    let prof = dir.join("boot.profile");
    save_profile(&prof, &hot, Some(identity_of(&input)), Some(&inodes));

    let out = dir.join("out-zstd.sqfs");
    let res = run_ok(
        liveopt()
            .arg("sort")
            .arg(&input)
            .arg("--profile")
            .arg(&prof)
            .arg("-o")
            .arg(&out)
            .args(["--comp", "zstd", "--block-size", "65536", "--json"]),
    );
    let report: serde_json::Value = serde_json::from_slice(&res.stdout).unwrap();
    assert_eq!(report["profile"]["matched_by"], "inode");
    assert_eq!(report["output"]["compressor"], "zstd");
    assert_eq!(identity_of(&out).block_size, 65536);
    let mnt = Mount::new(&out, &dir.join("mnt-out"));
    assert_eq!(checksums(&tree.root), checksums(&mnt.0));
    drop(mnt);
    assert_eq!(unsquashfs_lln(&input), unsquashfs_lln(&out));
    run_ok(liveopt().arg("verify").arg(&input).arg(&out));
}

/// A list imported with `liveopt profile import --format list` drives the sort too.
#[test]
fn imported_list_profile() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let tree = make_tree(dir);
    let input = dir.join("in.sqfs");
    mksquashfs(&tree.root, &input, "gzip");
    let hot = hot_order(&tree);
    let mut list: String = hot.iter().map(|f| format!("{}\n", f.path)).collect();
    list.push_str("/not/in/the/image\n");
    fs::write(dir.join("boot.list"), list).unwrap();
    let prof = dir.join("imported.profile");
    run_ok(
        liveopt()
            .args(["profile", "import", "--format", "list"])
            .arg(dir.join("boot.list"))
            .arg("-o")
            .arg(&prof),
    );
    let out = dir.join("out.sqfs");
    let res = run_ok(
        liveopt()
            .arg("sort")
            .arg(&input)
            .arg("--profile")
            .arg(&prof)
            .arg("-o")
            .arg(&out)
            .arg("--report"),
    );
    let text = String::from_utf8(res.stdout).unwrap();
    assert!(text.contains("span"), "{text}");
    assert!(String::from_utf8_lossy(&res.stderr).contains("/not/in/the/image"));
    let markers = Markers::scan(&fs::read(&out).unwrap(), tree.files.len());
    let offsets: Vec<usize> = hot
        .iter()
        .filter(|f| f.index % 4 != 0)
        .map(|f| markers.offset(f.index))
        .collect();
    assert!(offsets.windows(2).all(|w| w[0] < w[1]));
}

/// Every bad input: one-line error, non-zero exit, nothing written.
#[test]
fn errors_leave_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let tree = make_tree(dir);
    let input = dir.join("in.sqfs");
    mksquashfs(&tree.root, &input, "gzip");
    let prof = dir.join("boot.profile");
    save_profile(&prof, &hot_order(&tree), None, None);
    let good = fs::read(&input).unwrap();

    let bad_magic = dir.join("bad-magic.sqfs");
    let mut b = good.clone();
    b[0..4].copy_from_slice(b"nope");
    fs::write(&bad_magic, b).unwrap();

    let truncated = dir.join("truncated.sqfs");
    fs::write(&truncated, &good[..good.len() / 2]).unwrap();

    let bad_comp = dir.join("bad-comp.sqfs");
    let mut b = good.clone();
    b[20..22].copy_from_slice(&9u16.to_le_bytes());
    fs::write(&bad_comp, b).unwrap();

    let garbage = dir.join("garbage.profile");
    fs::write(&garbage, noise(7, 5000)).unwrap();

    let other = dir.join("other.profile");
    let mut id = identity_of(&input);
    id.bytes_used += 4096;
    id.sha256 = "0".repeat(64);
    save_profile(&other, &hot_order(&tree), Some(id), None);

    fs::hard_link(&input, dir.join("in-hardlink.sqfs")).unwrap();
    std::os::unix::fs::symlink(&input, dir.join("in-symlink.sqfs")).unwrap();

    let out = dir.join("out.sqfs");
    let cases: Vec<(&str, Vec<&std::ffi::OsStr>, &Path)> = vec![
        (
            "bad magic",
            vec![
                bad_magic.as_os_str(),
                "--profile".as_ref(),
                prof.as_os_str(),
            ],
            &out,
        ),
        (
            "truncated",
            vec![
                truncated.as_os_str(),
                "--profile".as_ref(),
                prof.as_os_str(),
            ],
            &out,
        ),
        (
            "unknown compressor id",
            vec![bad_comp.as_os_str(), "--profile".as_ref(), prof.as_os_str()],
            &out,
        ),
        (
            "garbage profile",
            vec![input.as_os_str(), "--profile".as_ref(), garbage.as_os_str()],
            &out,
        ),
        (
            "identity mismatch",
            vec![input.as_os_str(), "--profile".as_ref(), other.as_os_str()],
            &out,
        ),
        (
            "missing image",
            vec![
                "/nonexistent.sqfs".as_ref(),
                "--profile".as_ref(),
                prof.as_os_str(),
            ],
            &out,
        ),
        (
            "out == image",
            vec![input.as_os_str(), "--profile".as_ref(), prof.as_os_str()],
            &input,
        ),
    ];
    let before = file_names(dir);
    for (name, args, output) in cases {
        let res = liveopt()
            .arg("sort")
            .args(&args)
            .arg("-o")
            .arg(output)
            .arg("--readahead")
            .arg(dir.join("x.ra"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&res.stderr);
        assert!(!res.status.success(), "{name}: succeeded");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{name}: not one line: {err}"
        );
        assert!(err.starts_with("liveopt: "), "{name}: {err}");
        assert_eq!(file_names(dir), before, "{name}: left files behind");
        assert_eq!(fs::read(&input).unwrap(), good, "{name}: input modified");
    }
    // Output given as a hard link or symlink to the input.
    for alias in ["in-hardlink.sqfs", "in-symlink.sqfs"] {
        let res = liveopt()
            .arg("sort")
            .arg(&input)
            .arg("--profile")
            .arg(&prof)
            .arg("-o")
            .arg(dir.join(alias))
            .output()
            .unwrap();
        assert!(!res.status.success(), "{alias} accepted");
        assert!(String::from_utf8_lossy(&res.stderr).contains("input image"));
        assert_eq!(fs::read(&input).unwrap(), good);
    }
    // An unknown compressor name is refused before anything is written.
    let res = liveopt()
        .arg("sort")
        .arg(&input)
        .arg("--profile")
        .arg(&prof)
        .arg("-o")
        .arg(&out)
        .args(["--comp", "brotli"])
        .output()
        .unwrap();
    assert!(!res.status.success());
    assert!(String::from_utf8_lossy(&res.stderr).contains("brotli"));
    assert_eq!(file_names(dir), before);

    // Identity mismatch with --force: a warning, matched by path, works.
    let res = run_ok(
        liveopt()
            .arg("sort")
            .arg(&input)
            .arg("--profile")
            .arg(&other)
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .arg("--json"),
    );
    let report: serde_json::Value = serde_json::from_slice(&res.stdout).unwrap();
    assert_eq!(report["profile"]["matched_by"], "path");
    assert!(String::from_utf8_lossy(&res.stderr).contains("warning"));
    run_ok(liveopt().arg("verify").arg(&input).arg(&out));

    // verify: different content → non-zero, one line.
    fs::write(tree.root.join("readme.txt"), "changed\n").unwrap();
    let changed = dir.join("changed.sqfs");
    mksquashfs(&tree.root, &changed, "gzip");
    let res = liveopt()
        .arg("verify")
        .arg(&input)
        .arg(&changed)
        .output()
        .unwrap();
    assert!(!res.status.success());
    assert_eq!(
        String::from_utf8_lossy(&res.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
}
