//! The analysis against the real kernel (needs root, tracefs): an image is
//! attached to a loop device and mounted, the profile's files are read, and the
//! block layer's `block_bio_queue` events on that loop device (a private
//! tracefs instance, so other tracers are untouched) give the image bytes
//! squashfs read (its bios bypass any block-device readahead). Every data and
//! fragment block of the computed access sequence must be among them, and most
//! metadata blocks; the kernel must read almost nothing outside the sequence.

use std::fs;
use std::path::Path;
use std::process::Command;
use testkit::noise;

use formats::profile::{FileEntry, Profile};
use optimizer::analysis::{access_sequence, AccessKind};
use optimizer::plan::{map_profile, MatchBy};

const PAGE: u64 = 4096;

fn ok(cmd: &mut Command) {
    let out = cmd.output().expect("spawn");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A private tracefs instance recording bio submissions of one device.
struct BioTrace(std::path::PathBuf);

impl BioTrace {
    fn start(dev: u64) -> BioTrace {
        let base = Path::new("/sys/kernel/tracing/instances")
            .join(format!("liveopt-test-{}", std::process::id()));
        fs::create_dir(&base).expect("tracefs instance (root, tracefs mounted)");
        let ev = base.join("events/block/block_bio_queue");
        // The kernel's dev_t: major << 20 | minor.
        let kdev = (libc::major(dev) as u64) << 20 | libc::minor(dev) as u64;
        fs::write(ev.join("filter"), format!("dev == {kdev}")).unwrap();
        fs::write(ev.join("enable"), "1").unwrap();
        BioTrace(base)
    }

    /// (byte offset, length) of every read bio so far.
    fn reads(&self) -> Vec<(u64, u64)> {
        let text = fs::read_to_string(self.0.join("trace")).unwrap();
        text.lines()
            .filter(|l| l.contains("block_bio_queue:"))
            .filter_map(|l| {
                // "... block_bio_queue: 7,3 R 1234 + 8 [cat]"
                let rest = l.split("block_bio_queue:").nth(1)?;
                let t: Vec<&str> = rest.split_whitespace().collect();
                if !t.get(1)?.contains('R') {
                    return None;
                }
                let sector: u64 = t.get(2)?.parse().ok()?;
                let n: u64 = t.get(4)?.parse().ok()?;
                Some((sector * 512, n * 512))
            })
            .collect()
    }
}

impl Drop for BioTrace {
    fn drop(&mut self) {
        let _ = fs::write(self.0.join("events/block/block_bio_queue/enable"), "0");
        let _ = fs::remove_dir(&self.0);
    }
}

fn output(cmd: &mut Command) -> String {
    let out = cmd.output().expect("spawn");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn access_sequence_is_what_the_kernel_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let root = dir.join("tree");
    let mut paths = Vec::new();
    for i in 0..400usize {
        let sub = format!("d{}/e{}", i % 9, i % 4);
        fs::create_dir_all(root.join(&sub)).unwrap();
        let size = match i % 5 {
            0 => 700 + i * 13,
            1 => 131072 + i * 101,
            2 => 5 * 131072 + i,
            3 => 20000 + i * 7,
            _ => 300_000 + i * 1000,
        };
        // Half noise, half text: some blocks compress, some do not.
        let mut data = noise(i as u64, size / 2);
        data.extend(
            format!("file {i} line\n")
                .repeat(size / 2 / 12 + 1)
                .as_bytes()[..size - size / 2]
                .iter(),
        );
        let p = format!("/{sub}/f{i:03}");
        fs::write(root.join(&p[1..]), data).unwrap();
        paths.push(p);
    }
    // A large directory: its listing spans several metadata blocks and has a
    // directory index, so a lookup reads only part of it.
    fs::create_dir_all(root.join("big")).unwrap();
    for i in 0..3000usize {
        let p = format!("/big/a-rather-long-file-name-to-fill-the-listing-{i:05}");
        fs::write(root.join(&p[1..]), noise(10_000 + i as u64, 100 + i % 300)).unwrap();
        if i % 300 == 7 {
            paths.push(p);
        }
    }
    let image = dir.join("img.sqfs");
    ok(Command::new("mksquashfs").arg(&root).arg(&image).args([
        "-comp",
        "gzip",
        "-noappend",
        "-quiet",
        "-no-progress",
    ]));

    // Every third file, in a scrambled order.
    let mut hot: Vec<&String> = paths.iter().step_by(3).collect();
    hot.sort_by_key(|p| {
        p.bytes()
            .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64))
    });
    let mut profile = Profile::default();
    for (rank, p) in hot.iter().enumerate() {
        profile.files.push(FileEntry {
            path: p.as_bytes().to_vec(),
            first_access_ns: rank as u64,
            ..FileEntry::default()
        });
    }

    check_against_kernel(&image, &hot, &profile, &dir.join("mnt-in"));

    // The sorted image (matched by path) must hold too.
    let sorted = dir.join("sorted.sqfs");
    let prof_path = dir.join("boot.profile");
    formats::profile::save(&prof_path, &profile).unwrap();
    optimizer::sort::run(&optimizer::sort::SortOptions::new(
        image.clone(),
        prof_path,
        sorted.clone(),
    ))
    .unwrap();
    check_against_kernel(&sorted, &hot, &profile, &dir.join("mnt-out"));
}

/// Mounts `image`, reads `hot`, traces the bios, compares with the access sequence.
fn check_against_kernel(image: &Path, hot: &[&String], profile: &Profile, mnt: &Path) {
    let loopdev = output(
        Command::new("losetup")
            .args(["--find", "--show", "--read-only"])
            .arg(image),
    );
    let rdev = fs::metadata(&loopdev)
        .map(|m| std::os::unix::fs::MetadataExt::rdev(&m))
        .unwrap();
    let trace = BioTrace::start(rdev);
    fs::create_dir_all(mnt).unwrap();
    ok(Command::new("mount")
        .args(["-t", "squashfs", "-o", "ro"])
        .arg(&loopdev)
        .arg(mnt));
    for p in hot {
        let n = fs::read(mnt.join(&p[1..])).map(|d| d.len());
        assert!(n.is_ok(), "reading {p}: {n:?}");
    }
    let reads = trace.reads();
    drop(trace);
    ok(Command::new("umount").arg(mnt));
    ok(Command::new("losetup").arg("-d").arg(&loopdev));
    assert!(!reads.is_empty(), "no bio traced");
    let mut kernel_pages = std::collections::HashSet::new();
    for (o, l) in &reads {
        kernel_pages.extend(o / PAGE..(o + l).div_ceil(PAGE));
    }

    // Only now read the image ourselves (this fills the cache too).
    let archive = squashfs::Archive::open(image).unwrap();
    let mapping = map_profile(&archive, profile, MatchBy::Path);
    assert_eq!(mapping.files.len(), hot.len());
    let seq = access_sequence(&archive, &mapping);
    let is_res =
        |o: u64, l: u64| (o / PAGE..(o + l).div_ceil(PAGE)).all(|pg| kernel_pages.contains(&pg));

    let mut meta = (0, 0);
    for a in &seq.accesses {
        let r = is_res(a.extent.offset, a.extent.len);
        match a.kind {
            AccessKind::Data | AccessKind::Fragment => {
                assert!(
                    r,
                    "{:?} block {:?} not read by the kernel",
                    a.kind, a.extent
                )
            }
            AccessKind::Metadata => {
                meta.0 += r as usize;
                meta.1 += 1;
            }
            AccessKind::Superblock | AccessKind::Mount => {}
        }
    }
    // Metadata: the sequence may include listing blocks a lookup skips (directory index).
    assert!(
        meta.0 * 10 >= meta.1 * 8,
        "only {}/{} metadata blocks read by the kernel",
        meta.0,
        meta.1
    );

    // What the kernel read beyond the sequence: its readahead around it.
    let in_seq: std::collections::HashSet<u64> = seq
        .accesses
        .iter()
        .flat_map(|a| a.extent.offset / PAGE..(a.extent.end()).div_ceil(PAGE))
        .collect();
    let extra = kernel_pages
        .iter()
        .filter(|pg| !in_seq.contains(pg))
        .count() as u64;
    let seq_pages = in_seq.len() as u64;
    eprintln!(
        "{}: kernel read {} pages in {} bios; sequence {seq_pages} pages; read outside the sequence {extra}; metadata {}/{} read",
        image.display(),
        kernel_pages.len(),
        reads.len(),
        meta.0,
        meta.1
    );
    assert!(
        extra * 50 <= seq_pages,
        "the kernel read {extra} pages outside a {seq_pages}-page sequence"
    );
}
