//! Migration against the real kernel (root): a squashfs on a "medium" (an ext4
//! filesystem in a file, loop-mounted), attached read-only to a loop device and
//! mounted, read continuously while `migrate` copies it to a tmpfs and switches
//! the loop; afterwards the medium is removed and every file is re-read.

use crate::common;

use std::collections::BTreeMap;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use boot::migrate::{self, Destination, Options};
use boot::readahead::{Extent, Log};
use common::{Loop, Mount};

/// A mounted live root: medium (ext4 on a file) → image file → read-only loop → squashfs mount.
/// Fields drop in reverse dependency order: root, then loop, then medium.
struct Live {
    root: Mount,
    lo: Loop,
    medium: Option<Mount>,
    image: PathBuf,
    digests: BTreeMap<PathBuf, String>,
    dir: tempfile::TempDir,
}

fn live(name: &str, mib: usize) -> Live {
    assert!(common::is_root(), "needs root (losetup, mount)");
    let dir = common::workdir(name);
    let image = common::make_image(dir.path(), mib);
    let digests = common::tree_digests(&dir.path().join("tree"));
    let ext4 = dir.path().join("medium.ext4");
    let size = std::fs::metadata(&image).unwrap().len() + (24 << 20);
    File::create(&ext4).unwrap().set_len(size).unwrap();
    common::run(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(&ext4));
    let medium = Mount::new("ext4", "loop", &ext4, &dir.path().join("medium"));
    let on_medium = medium.0.join("image.squashfs");
    std::fs::copy(&image, &on_medium).unwrap();
    let lo = Loop::attach(&on_medium, 0);
    let root = Mount::new("squashfs", "ro", &lo.0, &dir.path().join("root"));
    assert_eq!(common::tree_digests(&root.0), digests);
    Live {
        root,
        lo,
        medium: Some(medium),
        image: on_medium,
        digests,
        dir,
    }
}

/// Reads every file of the mount over and over (cache dropped each round) until
/// stopped; counts finished rounds in `rounds`; returns the bad reads.
fn reader(
    root: PathBuf,
    want: BTreeMap<PathBuf, String>,
    stop: Arc<AtomicBool>,
    rounds: Arc<AtomicUsize>,
) -> JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut bad = 0;
        while !stop.load(Ordering::Relaxed) {
            common::drop_tree_cache(&root);
            let got = common::tree_digests(&root);
            bad += want.iter().filter(|(p, d)| got.get(*p) != Some(d)).count();
            rounds.fetch_add(1, Ordering::Relaxed);
        }
        bad
    })
}

fn log() -> Log {
    Log::new("test-migrate", false)
}

#[test]
fn to_ram_switches_the_loop_and_survives_the_medium_going_away() {
    let mut live = live("mig-ram", 48);
    let ram = Mount::tmpfs(&live.dir.path().join("ram"), "200m");
    let dest = ram.0.join("image.squashfs");
    let size = std::fs::metadata(&live.image).unwrap().len();
    let list_path = live.dir.path().join("list");
    common::write_list(
        &list_path,
        &live.image,
        &[
            Extent::new(4 << 20, 3 << 20),
            Extent::new(size - (1 << 20), 1 << 20),
        ],
    );
    let list = migrate::load_list(&list_path).unwrap();

    // Slow enough that the reader runs several rounds, across the switch.
    let slow = Options {
        rate_limit: 64 << 20,
        ..Options::default()
    };
    let stop = Arc::new(AtomicBool::new(false));
    let rounds = Arc::new(AtomicUsize::new(0));
    let reading = reader(
        live.root.0.clone(),
        live.digests.clone(),
        stop.clone(),
        rounds.clone(),
    );
    let summary = migrate::migrate(
        &live.lo.0,
        &Destination::File(dest.clone()),
        Some(&list),
        &slow,
        &mut log(),
    )
    .unwrap();
    // Let the reader finish a round that started after the switch, then stop it:
    // it read before, (most likely) during and after the switch.
    let at_switch = rounds.load(Ordering::Relaxed);
    while rounds.load(Ordering::Relaxed) < at_switch + 2 {
        std::thread::sleep(Duration::from_millis(10));
    }
    stop.store(true, Ordering::Relaxed);
    let bad = reading.join().unwrap();
    let rounds = rounds.load(Ordering::Relaxed);
    println!("{summary}; reader: {at_switch} rounds during the migration, {rounds} in all, {bad} bad reads");
    assert_eq!(bad, 0);
    assert!(summary.image_sha256_checked);
    assert_eq!(common::backing_file(&live.lo.0), dest.to_str().unwrap());
    assert_eq!(
        std::fs::read(&dest).unwrap(),
        std::fs::read(&live.image).unwrap()
    );
    // No temporary left behind.
    assert_eq!(std::fs::read_dir(&ram.0).unwrap().count(), 1);

    // "Medium ejected": delete the original and unmount its filesystem. A plain
    // umount fails (EBUSY) if anything, like the loop, still holds the file.
    std::fs::remove_file(&live.image).unwrap();
    let medium = live.medium.take().unwrap();
    let status = Command::new("umount").arg(&medium.0).status().unwrap();
    assert!(
        status.success(),
        "the medium is still busy after the switch"
    );
    std::mem::forget(medium);
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
    drop(live.root);
    drop(live.lo);
    drop(ram);
}

#[test]
fn full_target_leaves_the_loop_on_the_original() {
    let live = live("mig-full", 24);
    let ram = Mount::tmpfs(&live.dir.path().join("ram"), "8m");
    let err = migrate::migrate(
        &live.lo.0,
        &Destination::File(ram.0.join("image.squashfs")),
        None,
        &Options::default(),
        &mut log(),
    )
    .unwrap_err();
    println!("{err:#}");
    assert!(migrate::is_no_space(&err), "{err:#}");
    assert_eq!(
        common::backing_file(&live.lo.0),
        live.image.to_str().unwrap()
    );
    assert_eq!(
        std::fs::read_dir(&ram.0).unwrap().count(),
        0,
        "partial copy left"
    );
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
}

#[test]
fn source_written_during_the_copy_fails_the_migration() {
    let live = live("mig-changed", 24);
    let ram = Mount::tmpfs(&live.dir.path().join("ram"), "100m");
    let image = File::options()
        .write(true)
        .read(true)
        .open(&live.image)
        .unwrap();
    let size = image.metadata().unwrap().len();
    let mut sb = [0u8; 48];
    image.read_exact_at(&mut sb, 0).unwrap();
    let bytes_used = u64::from_le_bytes(sb[40..48].try_into().unwrap());
    assert!(
        bytes_used < size,
        "no padding after the image to scribble on"
    );
    // 24 MiB at 16 MiB/s: the write lands while the copy runs, in bytes squashfs never reads.
    let writer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        image.write_all_at(&[0xff], size - 1).unwrap();
    });
    let opts = Options {
        rate_limit: 16 << 20,
        chunk: 1 << 20,
        ..Options::default()
    };
    let err = migrate::migrate(
        &live.lo.0,
        &Destination::File(ram.0.join("image.squashfs")),
        None,
        &opts,
        &mut log(),
    )
    .unwrap_err();
    writer.join().unwrap();
    println!("{err:#}");
    assert!(
        format!("{err:#}").contains("changed during the copy"),
        "{err:#}"
    );
    assert_eq!(
        common::backing_file(&live.lo.0),
        live.image.to_str().unwrap()
    );
    assert_eq!(
        std::fs::read_dir(&ram.0).unwrap().count(),
        0,
        "partial copy left"
    );
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
}

/// `losetup --find --show FILE` (writable): a stand-in partition, detached on drop.
fn partition(dir: &std::path::Path, name: &str, len: u64) -> Loop {
    let file = dir.join(name);
    File::create(&file).unwrap().set_len(len).unwrap();
    let out = common::run(
        Command::new("losetup")
            .args(["--find", "--show"])
            .arg(&file),
    );
    Loop(PathBuf::from(out.trim()))
}

/// To block devices ("partitions": writable loops over files). A half-size one is refused
/// before anything is written; an exact-size one works; then, migrating on from that
/// partition (the source is now a block device, as when the live root is a loop over a
/// raw disk), a larger one works too: the loop gets the image's size as its size limit
/// (LOOP_SET_STATUS64) so LOOP_CHANGE_FD sees the same size. The idle wait finds the
/// block device source in /proc/diskstats (by its rdev) and waits its window.
#[test]
fn to_block_devices_at_least_as_large_as_the_image() {
    let live = live("mig-disk", 24);
    let size = std::fs::metadata(&live.image).unwrap().len();
    let small = partition(live.dir.path(), "small", size / 2);
    let err = migrate::migrate(
        &live.lo.0,
        &Destination::from_path(&small.0),
        None,
        &Options::default(),
        &mut log(),
    )
    .unwrap_err();
    println!("{err:#}");
    assert!(format!("{err:#}").contains("too small"), "{err:#}");
    assert_eq!(
        common::backing_file(&live.lo.0),
        live.image.to_str().unwrap()
    );

    let exact = partition(live.dir.path(), "exact", size);
    let summary = migrate::migrate(
        &live.lo.0,
        &Destination::from_path(&exact.0),
        None,
        &Options::default(),
        &mut log(),
    )
    .unwrap();
    println!("{summary}");
    assert_eq!(common::backing_file(&live.lo.0), exact.0.to_str().unwrap());
    assert_eq!(boot::migrate_loop::status(&live.lo.0).unwrap().sizelimit, 0);
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);

    // 8 MiB and a few odd sectors larger than the image.
    let large = partition(live.dir.path(), "large", size + (8 << 20) + 7 * 512);
    let loop_size = boot::migrate_loop::status(&live.lo.0).unwrap().size;
    let idle = Options {
        start_when_idle: Duration::from_secs(2),
        idle_max_wait: Duration::from_secs(30),
        ..Options::default()
    };
    let started = std::time::Instant::now();
    let summary = migrate::migrate(
        &live.lo.0,
        &Destination::from_path(&large.0),
        None,
        &idle,
        &mut log(),
    )
    .unwrap();
    println!("{summary}");
    // Without the source device in diskstats the copy would have started at once.
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "no idle wait: {:?}",
        started.elapsed()
    );
    assert_eq!(summary.source, exact.0);
    assert_eq!(common::backing_file(&live.lo.0), large.0.to_str().unwrap());
    let status = boot::migrate_loop::status(&live.lo.0).unwrap();
    assert_eq!(status.sizelimit, size);
    assert_eq!(status.size, loop_size, "the loop's size changed");
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
    drop(live.root);
    drop(live.lo);
    drop((small, exact, large));
}

#[test]
fn to_a_file_on_a_disk_filesystem_and_stale_partials_are_cleaned() {
    let live = live("mig-file", 24);
    let size = std::fs::metadata(&live.image).unwrap().len();
    let ext4 = live.dir.path().join("disk.ext4");
    File::create(&ext4)
        .unwrap()
        .set_len(size + (24 << 20))
        .unwrap();
    common::run(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(&ext4));
    let disk = Mount::new("ext4", "loop", &ext4, &live.dir.path().join("disk"));
    let dest = disk.0.join("live/image.squashfs");
    // What a killed migration (pid that cannot exist) left behind.
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    let stale = dest.with_file_name(".image.squashfs.partial-2147483000");
    std::fs::write(&stale, vec![1u8; 1 << 20]).unwrap();
    let summary = migrate::migrate(
        &live.lo.0,
        &Destination::from_path(&dest),
        None,
        &Options::default(),
        &mut log(),
    )
    .unwrap();
    println!("{summary}");
    assert!(!stale.exists(), "stale partial copy not removed");
    assert_eq!(common::backing_file(&live.lo.0), dest.to_str().unwrap());
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
    drop(live.root);
    drop(live.lo);
    drop(disk);
}

/// A `--to-disk` device holding a filesystem (mkfs.ext4), a swap area (mkswap) or a live
/// USB stick's ISO with its MBR (xorriso --protective-msdos-label, written with dd) is
/// refused before anything is written: the device is byte-for-byte unchanged and the loop
/// still reads the medium. With `force_overwrite` the same device is taken, and the copy is
/// the image.
#[test]
fn to_disk_refuses_a_filesystem_or_partition_table_unless_forced() {
    let live = live("mig-guard", 16);
    let size = std::fs::metadata(&live.image).unwrap().len();
    let sha = |path: &std::path::Path| {
        common::run(Command::new("sha256sum").arg(path))
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let fs = partition(live.dir.path(), "fs", size + (1 << 20));
    common::run(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(&fs.0));
    let swap = partition(live.dir.path(), "swap", size + (1 << 20));
    common::run(Command::new("mkswap").arg(&swap.0));
    let stick = partition(live.dir.path(), "stick", size + (1 << 20));
    let iso = live.dir.path().join("stick.iso");
    common::run(
        Command::new("xorriso")
            .args(["-as", "mkisofs", "-quiet", "--protective-msdos-label", "-o"])
            .arg(&iso)
            .arg(live.dir.path().join("tree")),
    );
    common::run(
        Command::new("dd")
            .arg(format!("if={}", iso.display()))
            .arg(format!("of={}", stick.0.display()))
            .args(["bs=1M", "conv=fsync", "status=none"]),
    );
    for (dev, what) in [
        (&fs, "an ext2/3/4 filesystem"),
        (&swap, "a swap area"),
        (&stick, "an ISO 9660 filesystem"),
    ] {
        let before = sha(&dev.0);
        let err = migrate::migrate(
            &live.lo.0,
            &Destination::from_path(&dev.0),
            None,
            &Options::default(),
            &mut log(),
        )
        .unwrap_err();
        let err = format!("{err:#}");
        println!("{err}");
        assert!(
            err.contains(what) && err.contains("not overwriting it"),
            "{err}"
        );
        assert_eq!(sha(&dev.0), before, "{} was written to", dev.0.display());
        assert_eq!(
            common::backing_file(&live.lo.0),
            live.image.to_str().unwrap()
        );
    }
    let forced = Options {
        force_overwrite: true,
        ..Options::default()
    };
    let summary = migrate::migrate(
        &live.lo.0,
        &Destination::from_path(&fs.0),
        None,
        &forced,
        &mut log(),
    )
    .unwrap();
    println!("{summary}");
    assert_eq!(common::backing_file(&live.lo.0), fs.0.to_str().unwrap());
    let mut copy = vec![0u8; size as usize];
    File::open(&fs.0)
        .unwrap()
        .read_exact_at(&mut copy, 0)
        .unwrap();
    assert!(
        copy == std::fs::read(&live.image).unwrap(),
        "the copy is not the image"
    );
    common::drop_tree_cache(&live.root.0);
    assert_eq!(common::tree_digests(&live.root.0), live.digests);
    drop(live.root);
    drop(live.lo);
    drop((fs, swap, stick));
}
