//! The boot side under faults, on real QEMU boots of the sorted example live system booted
//! by the liveopt initramfs: read errors injected by QEMU's `blkdebug` driver inside the
//! readahead list's ranges and under a copy to RAM or disk, the CD ejected and the power
//! cut (monitor `quit`) at each step of a copy to disk, a machine short of RAM, and a `todisk`
//! target that holds a filesystem. The boot goes as far as the medium allows, a failed
//! copy is abandoned with one message, and no partial copy is ever used.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::common;
use crate::qemu_boot_side::{
    boot_with_monitor, initrd_with_liveopt, monitor_command, serial_has, show_liveopt_lines,
    target_disk,
};

use boot::migrate::HEAD_LEN;
use common::{example, liveopt_bin, sorted_example, SortedExample};
use formats::Extent;

/// Appends to `initrd` the fault report hook (tests/fault-hook.sh): after the marker the
/// guest waits for the migration service to end, says what the loop reads and whether the
/// root still reads, then "liveopt-fault: done".
fn add_fault_hook(initrd: &Path) {
    let hook = boot::initramfs::hook_file(
        boot::initramfs::HookPoint::PreSwitchRoot,
        "fault",
        include_str!("fault-hook.sh"),
    );
    boot::initramfs::binary::append_files(initrd, &[hook], initrd).unwrap();
}

/// The fault hook's last word, or a failed boot: the boot-with-monitor loop can stop.
fn fault_test_over(line: &str) -> bool {
    line.contains("liveopt-fault: done") || line.contains(qemu::boot::INIT_FAILED)
}

/// 1 MiB in the middle of the largest stretch of the image that no range of `list` touches
/// (at least 8 MiB from every listed byte): the boot, which reads what the list says, never
/// reads it, nor does the kernel's readahead around the boot's reads.
fn unread_range(list: &formats::readahead::ReadaheadList, image_len: u64) -> Extent {
    let mut gaps = Vec::new();
    let mut pos = 0;
    for r in &list.ranges {
        gaps.push((pos, r.offset));
        pos = pos.max(r.end());
    }
    gaps.push((pos, image_len));
    let (from, to) = gaps
        .into_iter()
        .max_by_key(|(a, b)| b.saturating_sub(*a))
        .unwrap();
    assert!(
        to.saturating_sub(from) >= 17 << 20,
        "no unlisted stretch of 17 MiB in the image ({from}..{to})"
    );
    Extent::new(((from + to) / 2) & !0xfffff, 1 << 20)
}

/// A `-drive` of `image` as the read-only virtio disk, through QEMU's blkdebug driver with
/// an EIO rule on every 4 KiB page of `bad` (a read touching any of them fails).
fn faulty_disk(dir: &Path, image: &Path, bad: Extent) -> Vec<String> {
    blkdebug_disk(dir, image, (bad.offset..bad.end()).step_by(4096), false, "")
}

/// A `-drive` of `image` as the read-only virtio disk through QEMU's blkdebug driver, with an
/// EIO rule at each of `offsets` (a read touching one fails) and `options` added to the
/// drive; `once`: each rule fails the first such read only, as a medium's transient error
/// would. QEMU does not merge the guest's requests to this disk, so a failed host read is
/// one failed guest read (merged, one injected error failed five 512 KiB reads at once).
fn blkdebug_disk(
    dir: &Path,
    image: &Path,
    offsets: impl IntoIterator<Item = u64>,
    once: bool,
    options: &str,
) -> Vec<String> {
    let conf = dir.join("blkdebug.conf");
    let once = if once { "once = \"on\"\n" } else { "" };
    let rules: String = offsets
        .into_iter()
        .map(|at| {
            format!(
                "[inject-error]\nevent = \"none\"\nerrno = \"5\"\n{once}sector = \"{}\"\n\n",
                at / 512
            )
        })
        .collect();
    std::fs::write(&conf, rules).unwrap();
    vec![
        "-drive".into(),
        format!(
            "file=blkdebug:{}:{},if=none,id=livecd,format=raw,readonly=on{options}",
            conf.display(),
            image.display()
        ),
        "-device".into(),
        "virtio-blk-pci,drive=livecd,request-merging=off".into(),
    ]
}

/// KiB the readahead report gives for `what` ("read again", "unreadable").
fn report_kib(report: &str, what: &str) -> u64 {
    let suffix = format!(" KiB {what}");
    let end = report
        .find(&suffix)
        .unwrap_or_else(|| panic!("no \"{what}\" in {report}"));
    let start = report[..end].rfind(' ').unwrap() + 1;
    report[start..end].parse().unwrap()
}

/// The sorted example on a raw disk with its readahead list in the initrd (plus the fault
/// hook): (image, list, initrd).
fn sorted_disk_boot(
    ex: &qemu::Example,
    dir: &Path,
) -> (PathBuf, formats::readahead::ReadaheadList, PathBuf) {
    let SortedExample { image, list } = sorted_example(ex);
    let parsed = boot::migrate::load_list(&list).unwrap();
    let initrd = dir.join("initrd-disk-list.img");
    boot::initramfs::initrd_for_disk(&ex.initrd, &liveopt_bin(), &list, &initrd).unwrap();
    add_fault_hook(&initrd);
    (image, parsed, initrd)
}

fn lines_with<'a>(serial: &'a str, needle: &str) -> Vec<&'a str> {
    serial.lines().filter(|l| l.contains(needle)).collect()
}

/// The `migration failed` line, which says the loop keeps the medium and no copy is kept.
fn migration_failure(serial: &str) -> &str {
    let failed = lines_with(serial, "migration failed");
    assert!(!failed.is_empty(), "no failure line in:\n{serial}");
    assert!(
        failed
            .iter()
            .all(|l| l.contains("keeps reading the original medium, no copy kept")),
        "{failed:?}"
    );
    failed[0]
}

/// Read errors inside the readahead list's ranges, where the boot itself does not read: the
/// list gets an extra range over 1 MiB of unlisted data, and blkdebug fails every read of
/// it. The readahead service reports once and ends, /init goes on, the kernel logs the
/// errors and the boot reaches the marker. A boot with the same list and no fault gives the
/// delay the fault caused (printed; results/reliability/faults.md).
#[test]
fn read_errors_inside_listed_ranges_cost_the_readahead_not_the_boot() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let SortedExample { image, list } = sorted_example(&ex);
    let mut parsed = boot::migrate::load_list(&list).unwrap();
    let image_len = std::fs::metadata(&image).unwrap().len();
    let bad = unread_range(&parsed, image_len);
    let at = parsed.ranges.partition_point(|r| r.offset < bad.offset);
    parsed.ranges.insert(at, bad);
    let bad_list = dir.path().join("with-bad-range.readahead");
    let mut text = Vec::new();
    formats::readahead::write(&parsed, &mut text).unwrap();
    std::fs::write(&bad_list, text).unwrap();
    let initrd = dir.path().join("initrd-bad-list.img");
    boot::initramfs::initrd_for_disk(&ex.initrd, &liveopt_bin(), &bad_list, &initrd).unwrap();

    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    config.timeout = Duration::from_secs(900);
    let plain = qemu::boot(&config).unwrap();
    config.media_args = faulty_disk(dir.path(), &image, bad);
    let faulty = qemu::boot(&config).unwrap();
    let serial = faulty.serial_text();
    for line in serial
        .lines()
        .filter(|l| l.contains("liveopt") || l.contains("I/O error"))
    {
        eprintln!("  | {line}");
    }
    eprintln!(
        "read errors in 1 MiB at {} of the image: marker after {:.1} s, {:.1} s without the fault",
        bad.offset,
        faulty.time_to_marker.as_secs_f64(),
        plain.time_to_marker.as_secs_f64()
    );
    assert!(
        serial.contains("I/O error, dev vda"),
        "the injected errors did not reach the guest:\n{serial}"
    );
    let reports = lines_with(&serial, "liveopt-readahead:");
    assert_eq!(reports.len(), 1, "{serial}");
    // The failed read-ahead reads are read again, fail again, and are left to the boot;
    // the rest of the list is read, not waited out to the time budget.
    assert!(reports[0].contains("stopped: list done"), "{}", reports[0]);
    assert!(
        report_kib(reports[0], "unreadable") >= bad.len >> 10,
        "{}",
        reports[0]
    );
    serial_has(&serial, "liveopt-init: readahead: done after");
    assert!(!plain.serial_text().contains("I/O error"));
}

/// One read of a listed range fails once, as a medium's transient error (a timeout under
/// load) would: the kernel's read-ahead reads are failfast, so its pages are never read
/// unless someone reads them. The medium is throttled to 2 MB/s so that the pacer, which
/// keeps a second of reads queued, waits for the failed request 4 MiB into the list: the
/// service reads it again itself, the read succeeds, and the whole list is read.
#[test]
fn a_transient_read_error_is_read_again_and_the_list_is_done() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let SortedExample { image, list } = sorted_example(&ex);
    let parsed = boot::migrate::load_list(&list).unwrap();
    let mut before = 0;
    let at = parsed
        .ranges
        .iter()
        .find_map(|r| {
            let into = (4u64 << 20).checked_sub(before)?;
            before += r.len;
            (into < r.len).then_some((r.offset + into) & !4095)
        })
        .expect("a list of more than 4 MiB");
    let initrd = dir.path().join("initrd-disk-list.img");
    boot::initramfs::initrd_for_disk(&ex.initrd, &liveopt_bin(), &list, &initrd).unwrap();
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    config.timeout = Duration::from_secs(900);
    config.media_args = blkdebug_disk(
        dir.path(),
        &image,
        [at],
        true,
        ",throttling.bps-read=2097152",
    );
    let run = qemu::boot(&config).unwrap();
    let serial = run.serial_text();
    for line in serial
        .lines()
        .filter(|l| l.contains("liveopt-readahead") || l.contains("I/O error"))
    {
        eprintln!("  | {line}");
    }
    assert_eq!(
        serial.matches("I/O error, dev vda").count(),
        1,
        "one failed read:\n{serial}"
    );
    let reports = lines_with(&serial, "liveopt-readahead:");
    assert_eq!(reports.len(), 1, "{serial}");
    assert!(reports[0].contains("stopped: list done"), "{}", reports[0]);
    assert!(report_kib(reports[0], "read again") > 0, "{}", reports[0]);
    assert_eq!(report_kib(reports[0], "unreadable"), 0, "{}", reports[0]);
}

/// Boots the sorted example from the raw disk with `append` (a migration) while blkdebug
/// fails reads of 1 MiB the boot does not need, `extra` QEMU arguments added (a target
/// disk): the copy hits the errors and is abandoned with one line, the loop keeps reading
/// the disk, and the root still reads after the caches are dropped. Returns the serial text.
fn copy_meets_read_errors(dir: &Path, append: &str, extra: &[String]) -> String {
    let ex = example();
    let (image, list, initrd) = sorted_disk_boot(&ex, dir);
    let bad = unread_range(&list, std::fs::metadata(&image).unwrap().len());
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    config.append = append.into();
    config.media_args = faulty_disk(dir, &image, bad);
    let socket = dir.join("monitor.sock");
    let lines = boot_with_monitor(&config, &socket, extra, Duration::from_secs(900), |line| {
        !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, qemu::MARKER);
    let why = migration_failure(&serial);
    assert!(why.contains("reading the source"), "{why}");
    assert!(!serial.contains("now reading"), "{serial}");
    serial_has(
        &serial,
        "liveopt-fault: migration over; loop0 reads /dev/vda",
    );
    serial_has(&serial, "liveopt-fault: the root still reads");
    serial_has(&serial, "liveopt-fault: done");
    serial
}

/// `liveopt.toram` from the raw disk meets read errors: the copy to RAM is abandoned.
#[test]
fn read_errors_during_toram_abandon_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let serial = copy_meets_read_errors(dir.path(), "liveopt.toram", &[]);
    serial_has(&serial, "liveopt-init: toram: migrating /dev/loop0 to RAM");
}

/// `liveopt.todisk=/dev/vdb` from the raw disk meets read errors: the copy is abandoned and
/// the target holds no image head (nothing would mount the partial copy).
#[test]
fn read_errors_during_todisk_abandon_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let image_len = std::fs::metadata(sorted_example(&example()).image)
        .unwrap()
        .len();
    let (target, drive) = target_disk(dir.path(), "target.img", image_len + (8 << 20));
    let serial = copy_meets_read_errors(dir.path(), "liveopt.todisk=/dev/vdb", &drive);
    serial_has(
        &serial,
        "liveopt-init: todisk: migrating /dev/loop0 to /dev/vdb",
    );
    assert_no_image_head(&target);
}

/// The first HEAD_LEN bytes of `disk` are zeros: no squashfs superblock, no old signature.
fn assert_no_image_head(disk: &Path) {
    use std::io::Read;
    let mut head = vec![0u8; HEAD_LEN as usize];
    std::fs::File::open(disk)
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    assert!(
        head.iter().all(|&b| b == 0),
        "{} starts with {:02x?}",
        disk.display(),
        &head[..16]
    );
}

/// Slows the CD to 2 MB/s through the monitor (so a copy that has just started is far from
/// done), waits `secs`, then sends `command`.
fn slow_the_cd_then(socket: &Path, secs: u64, command: &str) -> String {
    monitor_command(socket, "block_set_io_throttle livecd 0 2000000 0 0 0 0");
    std::thread::sleep(Duration::from_secs(secs));
    monitor_command(socket, command)
}

/// `liveopt.toram` from the CD, and the CD ejected (monitor `eject -f`) once the copy has
/// started: the copy is abandoned with one line, no switch happens, the loop still names
/// the image on the (gone) medium, and the system keeps running (the hook reports).
#[test]
fn ejecting_the_cd_during_toram_abandons_the_copy() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let initrd = initrd_with_liveopt(&ex, dir.path());
    add_fault_hook(&initrd);
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &ex.iso, true);
    config.append = "liveopt.toram".into();
    let socket = dir.path().join("monitor.sock");
    let mut ejected = String::new();
    let lines = boot_with_monitor(&config, &socket, &[], Duration::from_secs(900), |line| {
        if line.contains("liveopt-migrate: copying") {
            ejected = slow_the_cd_then(&socket, 2, "eject -f livecd");
        }
        !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, qemu::MARKER);
    assert!(ejected.contains("not inserted"), "monitor: {ejected}");
    migration_failure(&serial);
    assert!(!serial.contains("now reading"), "{serial}");
    serial_has(
        &serial,
        "liveopt-fault: migration over; loop0 reads /run/live/medium/",
    );
    serial_has(&serial, "liveopt-fault: done");
}

/// `liveopt.todisk=/dev/vda` onto a disk holding an ext4 filesystem, three boots from the
/// CD: (1) without `liveopt.todisk.force` the copy is refused, the boot reaches the marker
/// and the disk is unchanged; (2) with it the copy starts and the power is cut (monitor
/// `quit`) in the middle: the disk holds no head (the ext4 signature is gone, no squashfs
/// superblock: nothing mounts it); (3) booting again with
/// `liveopt.todisk=/dev/vda` (no force needed: the disk holds only a cut-short copy) copies
/// again, verifies and switches: the disk then holds the image, byte for byte.
#[test]
fn todisk_refuses_a_filesystem_and_a_power_cut_copy_is_redone() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let initrd = initrd_with_liveopt(&ex, dir.path());
    add_fault_hook(&initrd);
    let image = std::fs::read(&ex.squashfs).unwrap();
    let (disk, drive) = target_disk(dir.path(), "target.img", image.len() as u64 + (8 << 20));
    testkit::run_ok(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(&disk));
    let formatted = std::fs::read(&disk).unwrap();
    let socket = dir.path().join("monitor.sock");
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &ex.iso, true);

    config.append = "liveopt.todisk=/dev/vda".into();
    let lines = boot_with_monitor(&config, &socket, &drive, Duration::from_secs(900), |line| {
        !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, qemu::MARKER);
    let why = migration_failure(&serial);
    assert!(
        why.contains("/dev/vda holds an ext2/3/4 filesystem; not overwriting it"),
        "{why}"
    );
    assert!(
        std::fs::read(&disk).unwrap() == formatted,
        "the refused disk was written to"
    );

    config.append = "liveopt.todisk=/dev/vda liveopt.todisk.force".into();
    let mut cut = false;
    let lines = boot_with_monitor(&config, &socket, &drive, Duration::from_secs(900), |line| {
        if line.contains("liveopt-migrate: copying") {
            slow_the_cd_then(&socket, 3, "quit");
            cut = true;
        }
        !cut && !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    assert!(cut, "the copy never started:\n{serial}");
    assert!(!serial.contains("now reading"), "{serial}");
    let partial = std::fs::read(&disk).unwrap();
    assert_no_image_head(&disk);
    let copied = partial[HEAD_LEN as usize..image.len()]
        .iter()
        .zip(&image[HEAD_LEN as usize..])
        .filter(|(a, b)| a == b && **a != 0)
        .count();
    eprintln!(
        "power cut: {copied} nonzero bytes of the image on the disk, head {:02x?}",
        &partial[..8]
    );
    // How much reached the disk depends on the guest's writeback at the cut; that the copy
    // began writing shows in the head: the ext4 superblock (at 1080) was zeroed and flushed.
    assert!(partial[..image.len()] != image[..], "the copy was complete");

    config.append = "liveopt.todisk=/dev/vda".into();
    todisk_completes(&config, &socket, &drive, &disk, &image);
}

/// Boots `config` (`liveopt.todisk=/dev/vda`, the target `drive` backed by `disk`) to the
/// fault hook's end: the copy is verified and switched to, the root still reads, and `disk`
/// starts with `image`, byte for byte. Returns the serial text.
fn todisk_completes(
    config: &qemu::BootConfig,
    socket: &Path,
    drive: &[String],
    disk: &Path,
    image: &[u8],
) -> String {
    let lines = boot_with_monitor(config, socket, drive, Duration::from_secs(900), |line| {
        !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, "liveopt-migrate: /dev/loop0: now reading /dev/vda");
    serial_has(
        &serial,
        "liveopt-fault: migration over; loop0 reads /dev/vda",
    );
    serial_has(&serial, "liveopt-fault: the root still reads");
    assert!(
        std::fs::read(disk).unwrap()[..image.len()] == image[..],
        "the copy on the disk is not the image"
    );
    serial
}

/// 256 MiB of RAM (`-m 256`), the sorted example on a raw disk with its list and
/// `liveopt.toram`: the readahead runs within its memory budget and reports, the copy to
/// RAM is refused with a message (it would leave less than 256 MiB), the loop keeps
/// reading the disk and the boot reaches the marker, as the plain boot does.
#[test]
fn short_of_ram_toram_refuses_and_the_boot_goes_on() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let (image, _, initrd) = sorted_disk_boot(&ex, dir.path());
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    config.append = "liveopt.toram".into();
    config.memory_mib = 256;
    let socket = dir.path().join("monitor.sock");
    let lines = boot_with_monitor(&config, &socket, &[], Duration::from_secs(900), |line| {
        !fault_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, qemu::MARKER);
    let reports = lines_with(&serial, "liveopt-readahead: /dev/loop0");
    assert_eq!(reports.len(), 1, "{serial}");
    eprintln!("-m 256: {}", reports[0]);
    let why = migration_failure(&serial);
    assert!(
        why.contains("to RAM would leave less than 256 MiB available"),
        "{why}"
    );
    serial_has(
        &serial,
        "liveopt-fault: migration over; loop0 reads /dev/vda",
    );
    serial_has(&serial, "liveopt-fault: done");
}

/// The readahead budget this test boots with (`liveopt.budget=`, below the 60 s default so
/// the boot spends less time waiting), and how long after it the service may still have
/// reads of its own queued.
const READAHEAD_BUDGET: Duration = Duration::from_secs(20);

/// A very slow medium: the sorted example's raw disk throttled to 200 KB/s (QEMU
/// `throttling.bps-read`), so its 20.8 MiB list would take 100 s, past the service's 20 s
/// budget (`liveopt.budget=20`). The service stops at its budget with little of its reads
/// still queued a second later, and /init goes on within the budget, that second and one
/// more for its own steps: the boot is delayed by at most the budget. (The guest measures
/// the wait itself; the marker time of a boot without readahead on the same medium varies with the host's load
/// by more than the budget, so it is no reference here.)
#[test]
fn a_very_slow_medium_delays_the_boot_by_at_most_the_readahead_budget() {
    let ex = example();
    let SortedExample { image, list } = sorted_example(&ex);
    let dir = tempfile::tempdir().unwrap();
    let initrd = dir.path().join("initrd-disk-list.img");
    boot::initramfs::initrd_for_disk(&ex.initrd, &liveopt_bin(), &list, &initrd).unwrap();
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    const BYTES_PER_SECOND: u64 = 204_800;
    config.drive_options = format!("throttling.bps-read={BYTES_PER_SECOND}");
    config.append = format!("liveopt.budget={}", READAHEAD_BUDGET.as_secs());
    // Everything checked happens in the initramfs: the boot is cut once /init has gone on
    // and the service has reported (the rest of a boot at 200 KB/s takes minutes).
    let socket = dir.path().join("monitor.sock");
    let (mut init_done, mut reported) = (false, false);
    let lines = boot_with_monitor(&config, &socket, &[], Duration::from_secs(600), |line| {
        init_done |= line.contains("liveopt-init: readahead: done after");
        reported |= line.contains("liveopt-readahead:");
        !(line.contains(qemu::boot::INIT_FAILED) || init_done && reported)
    });
    let serial = lines.join("\n");
    for line in serial.lines().filter(|l| l.contains("liveopt")) {
        eprintln!("  | {line}");
    }
    serial_has(
        &serial,
        &format!("waiting for it (budget {} s)", READAHEAD_BUDGET.as_secs()),
    );
    let reports = lines_with(&serial, "liveopt-readahead:");
    assert_eq!(reports.len(), 1, "{serial}");
    let waited = lines_with(&serial, "liveopt-init: readahead: done after")[0]
        .rsplit("after ")
        .next()
        .and_then(|s| s.trim_end_matches(" s").trim().parse::<f64>().ok())
        .expect("the readahead's duration");
    eprintln!("200 KB/s: /init waited {waited:.1} s for the readahead");
    assert!(
        reports[0].contains("stopped: time budget spent"),
        "{}",
        reports[0]
    );
    // The pacer queues about a second of reads, so a second after the budget less than half a
    // second's worth is left unread (under host load a 16 KiB read can still be queued).
    let in_flight_kib = reports[0]
        .split(" KiB still in flight")
        .next()
        .filter(|_| reports[0].contains("in flight"))
        .and_then(|s| s.rsplit('(').next())
        .map_or(0, |kib| kib.parse::<u64>().expect("in-flight KiB"));
    assert!(in_flight_kib << 10 < BYTES_PER_SECOND / 2, "{}", reports[0]);
    // After its budget the service waits up to `DRAIN` for its own queued reads; /init's
    // own steps (starting it, reading its report) get a second.
    let bound = (READAHEAD_BUDGET + boot::readahead::DRAIN + Duration::from_secs(1)).as_secs_f64();
    assert!(waited <= bound, "/init waited {waited} s for the readahead");
}

/// Less and less RAM, 192 and 128 MiB, then down in 16 MiB steps until the boot without
/// readahead (and no migration) no longer reaches the marker: at every size where it does,
/// the boot with the list and `liveopt.toram` reaches it too, its readahead reports once
/// (a list done, or a stop at its memory budget) and the copy to RAM is refused with a
/// message.
#[test]
fn short_of_ram_the_readahead_boot_reaches_the_marker_wherever_the_plain_boot_does() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let (image, _, initrd) = sorted_disk_boot(&ex, dir.path());
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    let socket = dir.path().join("monitor.sock");
    let boot = |config: &qemu::BootConfig| {
        let lines = boot_with_monitor(config, &socket, &[], Duration::from_secs(240), |line| {
            !fault_test_over(line)
        });
        lines.join("\n")
    };
    let mut lowest = None;
    for mib in [192, 128, 112, 96, 80, 64] {
        config.memory_mib = mib;
        config.append = "liveopt.readahead=0".into();
        let plain = boot(&config);
        if !plain.contains(qemu::MARKER) {
            let tail: Vec<&str> = plain.lines().rev().take(5).collect();
            eprintln!("-m {mib}: the plain boot does not reach the marker; last lines {tail:?}");
            break;
        }
        lowest = Some(mib);
        config.append = "liveopt.toram".into();
        let serial = boot(&config);
        let reports = lines_with(&serial, "liveopt-readahead: /dev/loop0");
        eprintln!("-m {mib}: plain boot reaches the marker; with readahead: {reports:?}");
        serial_has(&serial, qemu::MARKER);
        assert_eq!(reports.len(), 1, "{serial}");
        assert!(
            reports[0].contains("stopped: list done") || reports[0].contains("stopped: low memory"),
            "{}",
            reports[0]
        );
        let why = migration_failure(&serial);
        eprintln!("-m {mib}: {why}");
        assert!(why.contains("to RAM would leave less than"), "{why}");
    }
    assert!(lowest.is_some(), "no plain boot reached the marker");
}

/// Where a power cut hits `liveopt.todisk`, named by the serial line that triggers it.
#[derive(Clone, Copy, Debug)]
enum Cut {
    /// As soon as the service says it is copying.
    AtTheStart,
    /// The CD slowed to 2 MB/s once the copy starts, the power cut 20 s later.
    MidCopy,
    /// When the service says the copy is written and flushed and it is verifying.
    Verifying,
    /// Once the verified head is written, before it is flushed (the flush held by a
    /// blkdebug breakpoint, so the switch that follows it cannot happen first).
    HeadWritten,
    /// Right after the loop was switched to the disk.
    AfterTheSwitch,
}

impl Cut {
    fn trigger(self) -> &'static str {
        match self {
            Cut::AtTheStart | Cut::MidCopy => "liveopt-migrate: copying",
            Cut::Verifying | Cut::HeadWritten => "; verifying",
            Cut::AfterTheSwitch => "liveopt-migrate: /dev/loop0: now reading /dev/vda",
        }
    }
}

/// Holds the target disk's next flush (a blkdebug breakpoint on the drive `target`), waits
/// until `disk` starts with `head` (the guest's write of it reached the disk), then cuts.
fn cut_once_the_head_is_written(socket: &Path, disk: &Path, head: &[u8]) {
    use std::io::Read;
    let armed = monitor_command(socket, "qemu-io target \"break flush_to_disk head\"");
    assert!(
        !["rror", "not found", "nknown"]
            .iter()
            .any(|bad| armed.contains(bad)),
        "no breakpoint: {armed}"
    );
    let started = std::time::Instant::now();
    let mut now = vec![0u8; head.len()];
    loop {
        std::fs::File::open(disk)
            .unwrap()
            .read_exact(&mut now)
            .unwrap();
        if now == head {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the head was never written"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    monitor_command(socket, "quit");
}

/// The sha256 of a file, in hex.
fn sha256_of(path: &Path) -> String {
    use sha2::Digest;
    let mut file = std::fs::File::open(path).unwrap();
    let mut hash = sha2::Sha256::new();
    std::io::copy(&mut file, &mut hash).unwrap();
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Power cuts (monitor `quit`) at each step of `liveopt.todisk=/dev/vda`, from the CD, onto
/// one initially empty disk, each boot after the previous cut: at the start of the copy,
/// mid-copy (CD slowed to 2 MB/s, cut 20 s in), when the copy is written and flushed and
/// verification starts, once the verified head is written but before its flush and the
/// switch (a blkdebug breakpoint holds the flush), and right after the switch; then one
/// boot left to finish. Every boot mounts the root from the CD and copies again from it (a
/// cut copy is neither mounted nor taken as done, not even a complete one never switched
/// to). Until the head cut the disk never holds an image head (so nothing takes it for an
/// image); at the verification cut it holds everything but the head; from the head cut on
/// it holds the image, byte for byte; the ISO's sha256 is the same after every boot. (The
/// verification cut found the head already written on the unverified copy before the head
/// was held back to after verification.)
#[test]
fn todisk_power_cuts_at_each_step_never_leave_a_usable_partial_copy() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let initrd = initrd_with_liveopt(&ex, dir.path());
    add_fault_hook(&initrd);
    let medium_sha256 = sha256_of(&ex.iso);
    let image = std::fs::read(&ex.squashfs).unwrap();
    let (disk, _) = target_disk(dir.path(), "target.img", image.len() as u64 + (8 << 20));
    // Through blkdebug, with no rules: the head cut sets a breakpoint on it.
    let drive = vec![
        "-drive".to_string(),
        format!(
            "file=blkdebug::{},if=virtio,format=raw,id=target",
            disk.display()
        ),
    ];
    let socket = dir.path().join("monitor.sock");
    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &ex.iso, true);
    config.append = "liveopt.todisk=/dev/vda".into();
    let head = HEAD_LEN as usize;
    let on_the_disk = |disk: &[u8]| {
        disk[head..image.len()]
            .iter()
            .zip(&image[head..])
            .filter(|(a, b)| a == b && **a != 0)
            .count()
    };
    let image_nonzero = image[head..].iter().filter(|&&b| b != 0).count();

    for cut in [
        Cut::AtTheStart,
        Cut::MidCopy,
        Cut::Verifying,
        Cut::HeadWritten,
        Cut::AfterTheSwitch,
    ] {
        let started = std::time::Instant::now();
        let mut done = false;
        let lines = boot_with_monitor(&config, &socket, &drive, Duration::from_secs(900), |line| {
            if line.contains(cut.trigger()) {
                match cut {
                    Cut::MidCopy => drop(slow_the_cd_then(&socket, 20, "quit")),
                    Cut::HeadWritten => {
                        cut_once_the_head_is_written(&socket, &disk, &image[..head])
                    }
                    _ => drop(monitor_command(&socket, "quit")),
                }
                done = true;
            }
            !done && !fault_test_over(line)
        });
        let serial = show_liveopt_lines(&lines);
        assert!(done, "no {:?} in:\n{serial}", cut.trigger());
        serial_has(&serial, "liveopt-init: medium: /dev/sr0");
        serial_has(&serial, "liveopt-migrate: copying /run/live/medium/");
        let now = std::fs::read(&disk).unwrap();
        eprintln!(
            "power cut {cut:?} after {:.0} s: {} of the image's {image_nonzero} nonzero bytes \
             past the head on the disk, head {:02x?}",
            started.elapsed().as_secs_f64(),
            on_the_disk(&now),
            &now[..4]
        );
        assert_eq!(sha256_of(&ex.iso), medium_sha256, "the medium changed");
        match cut {
            Cut::AfterTheSwitch => {
                assert!(
                    now[..image.len()] == image[..],
                    "the switched copy is not the image"
                )
            }
            Cut::HeadWritten => {
                assert!(!serial.contains("now reading"), "{serial}");
                assert!(
                    now[..image.len()] == image[..],
                    "the head was written before the rest was on the disk"
                );
            }
            _ => {
                assert!(!serial.contains("now reading"), "{serial}");
                assert_no_image_head(&disk);
            }
        }
        if let Cut::Verifying = cut {
            assert!(
                now[head..image.len()] == image[head..],
                "verification began before all but the head was on the disk"
            );
        }
    }

    let serial = todisk_completes(&config, &socket, &drive, &disk, &image);
    serial_has(&serial, "liveopt-init: medium: /dev/sr0");
    serial_has(&serial, "liveopt-migrate: copying /run/live/medium/");
    assert_eq!(sha256_of(&ex.iso), medium_sha256, "the medium changed");
}
