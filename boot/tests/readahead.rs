//! The readahead service against the real kernel: a squashfs made by mksquashfs,
//! its page cache dropped, the service run with a list, residency checked with
//! mincore. Loop-device cases need root.

use crate::common;

use std::fs::File;
use std::path::Path;
use std::time::{Duration, Instant};

use boot::readahead::{self, Extent, Log, Mechanism, Options, Outcome, Report, Stop};

const PAGE: u64 = 4096;

/// Ranges spread over the image: aligned and unaligned, small and large.
fn sample_ranges(size: u64) -> Vec<Extent> {
    let mib = 1u64 << 20;
    vec![
        Extent::new(3 * mib + 100, 5000),
        Extent::new(8 * mib, 4 * mib),
        Extent::new(20 * mib + 4096 * 3 + 7, 300_000),
        Extent::new(40 * mib, 128 * 1024),
        Extent::new(size - 3 * mib, 2 * mib),
    ]
}

/// Pages of `[0, size)` a set of ranges covers (rounded out to pages).
fn page_set(ranges: &[Extent], size: u64) -> Vec<bool> {
    let mut pages = vec![false; size.div_ceil(PAGE) as usize];
    for r in ranges {
        for p in r.offset / PAGE..r.end().div_ceil(PAGE) {
            pages[p as usize] = true;
        }
    }
    pages
}

/// Waits (async readahead completes in the background) until every expected page is
/// resident or 5 s pass; returns (expected pages missing, unexpected pages resident).
fn residency(file: &File, base: u64, size: u64, expected: &[bool]) -> (usize, usize) {
    let start = Instant::now();
    loop {
        let pages = readahead::resident_pages(file, base, size).unwrap();
        let missing = expected
            .iter()
            .zip(&pages)
            .filter(|(&e, &r)| e && !r)
            .count();
        let extra = expected
            .iter()
            .zip(&pages)
            .filter(|(&e, &r)| !e && r)
            .count();
        if missing == 0 || start.elapsed() > Duration::from_secs(5) {
            return (missing, extra);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Drops `cached` from the page cache, runs the service and checks that exactly
/// the `expected` pages of `check` (from `base`) are resident, at most `max_extra`
/// others. Tried up to 3 times, because on this shared host another process's
/// `drop_caches` can evict pages between warming and checking; a service that
/// does not warm fails every try.
#[allow(clippy::too_many_arguments)]
fn warm_checked(
    cached: &Path,
    list: &Path,
    image: &Path,
    opts: &Options,
    check: &Path,
    base: u64,
    size: u64,
    expected: &[bool],
    max_extra: usize,
) -> Report {
    let mut tries = Vec::new();
    for _ in 0..3 {
        common::drop_file_cache(cached);
        let file = File::open(check).unwrap();
        let before = readahead::resident_pages(&file, base, size).unwrap();
        assert!(before.iter().all(|&r| !r), "cache not dropped");
        let Outcome::Warmed(report) = run(list, image, opts) else {
            panic!("not warmed")
        };
        let (missing, extra) = residency(&file, base, size, expected);
        let listed = expected.iter().filter(|&&e| e).count();
        println!("{report}; {listed} pages expected, {missing} missing, {extra} extra");
        if missing == 0 && extra <= max_extra {
            return report;
        }
        tries.push((missing, extra));
    }
    panic!("listed pages not resident or unlisted ones read, (missing, extra) per try: {tries:?}");
}

fn opts(mechanism: Mechanism) -> Options {
    Options {
        mechanism,
        ..Options::new(0, Duration::from_secs(30))
    }
}

fn run(list: &Path, image: &Path, opts: &Options) -> Outcome {
    readahead::service(list, image, opts, &mut Log::new("test-readahead", false))
}

fn head_range() -> Extent {
    Extent::new(0, formats::readahead::HEAD_LEN)
}

#[test]
fn warms_exactly_the_listed_ranges_with_each_mechanism() {
    let dir = common::workdir("ra-exact");
    let image = common::make_image(dir.path(), 64);
    let size = std::fs::metadata(&image).unwrap().len();
    assert!(size > 50 << 20, "image too small: {size}");
    let ranges = sample_ranges(size);
    let list = dir.path().join("image.readahead");
    common::write_list(&list, &image, &ranges);
    // The identity check reads the image head too.
    let mut wanted = ranges.clone();
    wanted.push(head_range());
    let expected = page_set(&wanted, size);
    for mechanism in [Mechanism::Readahead, Mechanism::Fadvise, Mechanism::Pread] {
        println!("{mechanism}:");
        let report = warm_checked(
            &image,
            &list,
            &image,
            &opts(mechanism),
            &image,
            0,
            size,
            &expected,
            16,
        );
        assert_eq!(report.stop, Stop::Done);
        assert_eq!(report.ranges_done, ranges.len());
        assert_eq!(report.bytes, ranges.iter().map(|r| r.len).sum::<u64>());
    }
}

#[test]
fn already_cached_ranges_are_counted_and_skipped() {
    let dir = common::workdir("ra-cached");
    let image = common::make_image(dir.path(), 24);
    let size = std::fs::metadata(&image).unwrap().len();
    let ranges = vec![
        Extent::new(1 << 20, 1 << 20),
        Extent::new(4 << 20, 1 << 20),
        Extent::new(size - 8192, 8192),
    ];
    let list = dir.path().join("l");
    common::write_list(&list, &image, &ranges);
    common::drop_file_cache(&image);
    let Outcome::Warmed(first) = run(&list, &image, &opts(Mechanism::Pread)) else {
        panic!()
    };
    assert_eq!(first.ranges_cached_before, 0);
    let Outcome::Warmed(second) = run(&list, &image, &opts(Mechanism::Pread)) else {
        panic!()
    };
    assert_eq!(second.ranges_cached_before, 3, "{second}");
    assert_eq!(second.bytes, 0);
}

#[test]
fn missing_corrupt_and_stale_lists_are_one_line_and_read_nothing() {
    let dir = common::workdir("ra-bad");
    let image = common::make_image(dir.path(), 16);
    let size = std::fs::metadata(&image).unwrap().len();
    let ranges = vec![Extent::new(1 << 20, 4 << 20)];
    let good = dir.path().join("good");
    common::write_list(&good, &image, &ranges);
    let text = std::fs::read_to_string(&good).unwrap();

    // A second, different image: its list is stale for the first.
    let other_dir = dir.path().join("other");
    std::fs::create_dir(&other_dir).unwrap();
    let other = common::make_image(&other_dir, 17);
    let stale = dir.path().join("stale");
    common::write_list(&stale, &other, &[Extent::new(1 << 20, 4 << 20)]);
    // Same superblock, different head: an image rebuilt with the same fields.
    let head_changed = dir.path().join("head");
    let bad_hash = text
        .lines()
        .find(|l| l.starts_with("head_sha256"))
        .unwrap()
        .to_string();
    let mut flipped = bad_hash.clone();
    let last = flipped.pop().unwrap();
    flipped.push(if last == '0' { '1' } else { '0' });
    std::fs::write(&head_changed, text.replace(&bad_hash, &flipped)).unwrap();

    let truncated = dir.path().join("truncated");
    std::fs::write(&truncated, &text[..text.len() - 12]).unwrap();
    let garbage = dir.path().join("garbage");
    std::fs::write(&garbage, b"\x00\xff not a list").unwrap();

    let cases = [
        (dir.path().join("absent"), "no readahead list"),
        (truncated, "corrupt"),
        (garbage, "corrupt"),
        (stale, "stale"),
        (head_changed, "stale"),
    ];
    let head_pages = page_set(&[head_range()], size);
    for (list, word) in cases {
        common::drop_file_cache(&image);
        match run(&list, &image, &opts(Mechanism::Readahead)) {
            Outcome::Skipped(line) => {
                println!("{line}");
                assert!(line.contains(word), "{line:?} should say {word:?}");
                assert!(!line.contains('\n'));
            }
            Outcome::Warmed(report) => panic!("{}: warmed {report}", list.display()),
        }
        // Nothing is expected beyond the head: wait as long as a read the service started
        // in the background takes to land, not for pages that never come.
        std::thread::sleep(Duration::from_millis(300));
        let file = File::open(&image).unwrap();
        let pages = readahead::resident_pages(&file, 0, size).unwrap();
        let extra = head_pages
            .iter()
            .zip(&pages)
            .filter(|(&head, &resident)| !head && resident)
            .count();
        assert!(
            extra <= 16,
            "{}: {extra} pages read beyond the head",
            list.display()
        );
    }
}

#[test]
fn memory_budget_above_mem_available_reads_nothing() {
    let dir = common::workdir("ra-mem");
    let image = common::make_image(dir.path(), 16);
    let list = dir.path().join("l");
    common::write_list(&list, &image, &[Extent::new(1 << 20, 8 << 20)]);
    common::drop_file_cache(&image);
    let avail_mib = readahead::mem_available().unwrap() >> 20;
    let opts = Options::new(avail_mib + 1024, Duration::from_secs(30));
    let Outcome::Warmed(report) = run(&list, &image, &opts) else {
        panic!()
    };
    println!("{report}");
    assert!(matches!(report.stop, Stop::LowMemory(_)), "{report}");
    assert_eq!(report.bytes, 0);
}

#[test]
fn time_budget_is_honored() {
    let dir = common::workdir("ra-time");
    let image = common::make_image(dir.path(), 64);
    let size = std::fs::metadata(&image).unwrap().len();
    let list = dir.path().join("l");
    let whole = vec![Extent::new(0, size)];
    common::write_list(&list, &image, &whole);

    // A zero budget reads nothing.
    common::drop_file_cache(&image);
    let Outcome::Warmed(none) = run(&list, &image, &Options::new(0, Duration::ZERO)) else {
        panic!()
    };
    assert_eq!(
        (none.stop.clone(), none.bytes),
        (Stop::TimeBudget, 0),
        "{none}"
    );

    // A short budget with synchronous small reads of a cold image stops early:
    // within one request of the budget.
    common::drop_file_cache(&image);
    let budget = Duration::from_millis(30);
    let opts = Options {
        mechanism: Mechanism::Pread,
        chunk: 64 << 10,
        ..Options::new(0, budget)
    };
    let Outcome::Warmed(report) = run(&list, &image, &opts) else {
        panic!()
    };
    println!("{report}");
    assert_eq!(report.stop, Stop::TimeBudget, "{report}");
    assert!(report.bytes > 0 && report.bytes < size);
    assert!(
        report.elapsed < budget + Duration::from_millis(100),
        "{report}"
    );
}

#[test]
fn loop_device_warms_the_backing_file_at_the_loop_offset() {
    if !common::is_root() {
        panic!("needs root (losetup)");
    }
    let dir = common::workdir("ra-loop");
    let image = common::make_image(dir.path(), 24);
    let size = std::fs::metadata(&image).unwrap().len();
    // The image 1 MiB into a container file, as on a medium with a header.
    let container = dir.path().join("container");
    let offset = 1u64 << 20;
    let mut bytes = vec![0u8; offset as usize];
    bytes.extend(std::fs::read(&image).unwrap());
    std::fs::write(&container, bytes).unwrap();
    let ranges = vec![
        Extent::new(2 << 20, 3 << 20),
        Extent::new(10 << 20, 1 << 20),
    ];
    let list = dir.path().join("l");
    common::write_list(&list, &image, &ranges);
    let lo = common::Loop::attach(&container, offset);
    let mut wanted = ranges.clone();
    wanted.push(head_range());
    let expected = page_set(&wanted, size);
    let opts = opts(Mechanism::Readahead);
    warm_checked(
        &container, &list, &lo.0, &opts, &container, offset, size, &expected, 16,
    );
    let file = File::open(&container).unwrap();
    // Nothing of the container's header (before the loop offset) was read.
    let header = readahead::resident_pages(&file, 0, offset).unwrap();
    assert!(header.iter().all(|&r| !r));

    // The same through the mount point of the squashfs on that loop (what the unit names).
    let root = common::Mount::new("squashfs", "ro", &lo.0, &dir.path().join("root"));
    assert_eq!(readahead::mounted_device(&root.0).unwrap(), lo.0);
    // Mounting read the superblock and root directory: allow those.
    warm_checked(
        &container, &list, &root.0, &opts, &container, offset, size, &expected, 64,
    );
    drop(root);
}

#[test]
fn requests_are_cut_to_what_the_device_honors() {
    assert!(common::is_root(), "needs root (losetup, mount)");
    let dir = common::workdir("ra-cap");
    let image = common::make_image(dir.path(), 16);
    let size = std::fs::metadata(&image).unwrap().len();
    // A device with small request limits (like a USB stick or CD drive): ext4 on
    // our own loop device with max_sectors_kb lowered.
    let fs = dir.path().join("fs.ext4");
    File::create(&fs)
        .unwrap()
        .set_len(size + (16 << 20))
        .unwrap();
    common::run(
        std::process::Command::new("mkfs.ext4")
            .args(["-q", "-F"])
            .arg(&fs),
    );
    let out = common::run(
        std::process::Command::new("losetup")
            .args(["--find", "--show"])
            .arg(&fs),
    );
    let dev = common::Loop(out.trim().into());
    let queue = Path::new("/sys/block")
        .join(dev.0.file_name().unwrap())
        .join("queue");
    std::fs::write(queue.join("max_sectors_kb"), "64").unwrap();
    std::fs::write(queue.join("read_ahead_kb"), "32").unwrap();
    let read_kb = |name: &str| -> u64 {
        std::fs::read_to_string(queue.join(name))
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let honored = read_kb("max_sectors_kb").max(read_kb("read_ahead_kb")) << 10;
    let mnt = common::Mount::new("ext4", "rw", &dev.0, &dir.path().join("mnt"));
    let on_dev = mnt.0.join("image.squashfs");
    std::fs::copy(&image, &on_dev).unwrap();
    let ranges = vec![Extent::new(1 << 20, 3 << 20), Extent::new(9 << 20, 1 << 20)];
    let list = dir.path().join("l");
    common::write_list(&list, &on_dev, &ranges);
    let mut wanted = ranges.clone();
    wanted.push(head_range());
    let report = warm_checked(
        &on_dev,
        &list,
        &on_dev,
        &opts(Mechanism::Readahead),
        &on_dev,
        0,
        size,
        &page_set(&wanted, size),
        16,
    );
    println!("device honors {} KiB", honored >> 10);
    assert!(
        honored < readahead::DEFAULT_CHUNK,
        "device limits were not lowered"
    );
    assert_eq!(report.chunk, honored);
    assert_eq!(
        report.bytes_requeued, 0,
        "requests were cut by the kernel: {report}"
    );
    drop(mnt);
    drop(dev);
}
