//! liveopt on a dracut `LiveOS/` ISO (dmsquash-live, the Fedora/RHEL layout): profiled with
//! `liveopt qemu profile --cdrom ISO` alone; the `90liveopt` dracut module built into the
//! ISO's initramfs by its own dracut, and the same hook appended to the shipped initrd
//! (`boot::inject`), each booted from the emulated CD with a readahead list beside the
//! image. Needs root, QEMU, debootstrap and the Debian mirror (scripts/setup.sh); the ISO
//! is a fixture cached under the example's directory, rebuilt only when its inputs change.

use crate::common;

use std::path::{Path, PathBuf};

use common::live_media::{
    assert_systemd_boot_profile, boot_own_entry_from_cd, boot_to_marker, copy_with, extract,
    firmware_boot_from_raw_disk, profile_cdrom,
};
use common::{example_dir, liveopt};
use qemu::dracut_live::{kernel_cmdline, LIVE_IMAGE, MARKER};

fn fixtures() -> PathBuf {
    example_dir().join("fixtures")
}

/// The dracut LiveOS ISO, built once (under a lock, into a temporary directory renamed
/// into place whole) per set of inputs.
fn dracut_live_iso() -> PathBuf {
    let dir = common::shared_fixture::get_or_build(
        &fixtures(),
        "dracut-live",
        &qemu::dracut_live::inputs(),
        |tmp| {
            qemu::dracut_live::build(tmp).unwrap_or_else(|e| panic!("dracut live ISO: {e:#}"));
        },
    );
    dir.join("live.iso")
}

/// A profile of the ISO's own boot up to its marker, cached with the ISO.
fn dracut_live_profile(iso: &Path) -> PathBuf {
    let inputs = common::shared_fixture::describe_files(&[iso]);
    let dir =
        common::shared_fixture::get_or_build(&fixtures(), "dracut-live-profile", &inputs, |tmp| {
            let (out, _, stderr) =
                profile_cdrom(iso, &["--marker", MARKER], &tmp.join("boot.profile"));
            assert!(out.status.success(), "qemu profile failed: {stderr}");
        });
    dir.join("boot.profile")
}

/// `liveopt iso sort` of the ISO by its profile (the sorted image and its list beside
/// it), cached with the ISO and the profile.
fn sorted_dracut_live_iso(iso: &Path) -> PathBuf {
    let profile = dracut_live_profile(iso);
    let inputs = common::shared_fixture::describe_files(&[iso, &profile]);
    let dir =
        common::shared_fixture::get_or_build(&fixtures(), "dracut-live-sorted", &inputs, |tmp| {
            testkit::run_ok(
                liveopt()
                    .args(["iso", "sort"])
                    .arg(iso)
                    .arg("--profile")
                    .arg(&profile)
                    .arg("-o")
                    .arg(tmp.join("sorted.iso")),
            );
        });
    dir.join("sorted.iso")
}

fn list_path() -> String {
    format!("{LIVE_IMAGE}.readahead")
}

/// The readahead report liveopt-boot printed in `serial` (exactly one): the line, the
/// ranges read and the ranges in the list.
fn readahead_report(serial: &str) -> Option<(&str, u64, u64)> {
    let mut reports = serial.lines().filter(|l| l.contains("; stopped: "));
    let line = reports.next()?;
    assert!(reports.next().is_none(), "two readahead reports:\n{serial}");
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "ranges,")?;
    let (done, total) = words.get(at.checked_sub(1)?)?.split_once('/')?;
    Some((line, done.parse().ok()?, total.parse().ok()?))
}

#[test]
fn profiles_a_dracut_live_iso_with_nothing_but_the_iso() {
    let iso = dracut_live_iso();
    let tmp = tempfile::tempdir().unwrap();
    let profile_path = tmp.path().join("boot.profile");
    let (out, stdout, stderr) = profile_cdrom(&iso, &[], &profile_path);
    assert!(out.status.success(), "qemu profile failed: {stderr}");
    eprintln!("{stderr}{stdout}");
    assert!(
        stderr.contains(
            "boot entry from /isolinux/isolinux.cfg: kernel /isolinux/vmlinuz, \
             initrd /isolinux/initrd.img, live image /LiveOS/squashfs.img"
        ),
        "{stderr}"
    );
    assert!(
        stdout.contains("boot ended by a login prompt on ttyS0"),
        "{stdout}"
    );
    assert_systemd_boot_profile(&profile_path);
}

/// The `90liveopt` module in an initramfs made by the live image's own dracut (`--add
/// liveopt`): with the sorted image's list beside it the hook reads every range before
/// dmsquash-live mounts the image and the boot reaches its marker; a stale and a corrupt
/// list are one line each and the boot goes on.
#[test]
fn the_dracut_module_reads_the_list_ahead_in_a_real_boot() {
    let iso = dracut_live_iso();
    let sorted = sorted_dracut_live_iso(&iso);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let kernel = dir.join("vmlinuz");
    extract(&iso, "/isolinux/vmlinuz", &kernel);
    let binary = boot::initramfs::binary::find_boot_binary(&common::liveopt_bin()).unwrap();
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join("boot/hooks/dracut/90liveopt");
    let initrd = dir.join("initrd-liveopt.img");
    qemu::dracut_live::initrd_with_module(&iso, &module, &binary, dir, &initrd)
        .unwrap_or_else(|e| panic!("dracut --add liveopt: {e:#}"));
    let boot = |medium: &Path| boot_to_marker(&kernel, &initrd, medium, &kernel_cmdline(), MARKER);

    let serial = boot(&sorted);
    let (line, done, ranges) =
        readahead_report(&serial).unwrap_or_else(|| panic!("no readahead report:\n{serial}"));
    assert!(line.contains("stopped: list done"), "{line}");
    assert!(ranges > 0 && done == ranges, "{line}");
    // The hook ran before dmsquash-live-root mounted the image.
    let report_at = serial.find(line).unwrap();
    let squashfs_at = serial.find("squashfs: version").unwrap_or(usize::MAX);
    assert!(
        report_at < squashfs_at,
        "readahead after the image mount:\n{serial}"
    );

    let list = dir.join("sorted.readahead");
    extract(&sorted, &list_path(), &list);
    let stale = dir.join("stale.iso");
    copy_with(&iso, &stale, &[(&list_path(), &list)]);
    let serial = boot(&stale);
    assert_eq!(
        serial.matches("ignoring stale readahead list").count(),
        1,
        "{serial}"
    );
    std::fs::remove_file(&stale).unwrap();

    let garbage = dir.join("garbage.readahead");
    std::fs::write(&garbage, b"\x00\xffnot a readahead list\n").unwrap();
    let corrupt = dir.join("corrupt.iso");
    copy_with(&iso, &corrupt, &[(&list_path(), &garbage)]);
    let serial = boot(&corrupt);
    assert_eq!(
        serial.matches("ignoring corrupt readahead list").count(),
        1,
        "{serial}"
    );
}

/// The shipped initrd with the dracut hook appended by `boot::inject` (no dracut run), booted
/// with the sorted ISO through `liveopt qemu profile --cdrom ISO --initrd INJECTED`: the
/// hook reads every range and the boot reaches its marker.
#[test]
fn the_hook_appended_to_the_shipped_initrd_reads_the_list_ahead() {
    let iso = dracut_live_iso();
    let sorted = sorted_dracut_live_iso(&iso);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let shipped = dir.join("initrd.img");
    extract(&iso, "/isolinux/initrd.img", &shipped);
    let shipped = std::fs::read(&shipped).unwrap();
    let family = boot::inject::family(&shipped).unwrap();
    assert_eq!(family, boot::inject::Family::Dracut);
    let binary = boot::initramfs::binary::find_boot_binary(&common::liveopt_bin()).unwrap();
    let injected = dir.join("injected.img");
    std::fs::write(
        &injected,
        boot::inject::inject(&shipped, family, &binary).unwrap(),
    )
    .unwrap();

    let (out, stdout, stderr) = profile_cdrom(
        &sorted,
        &[
            "--initrd",
            injected.to_str().unwrap(),
            "--marker",
            "stopped: list done",
        ],
        &dir.join("boot.profile"),
    );
    assert!(out.status.success(), "no readahead report: {stderr}");
    assert!(stdout.starts_with("boot marker after"), "{stdout}");

    let kernel = dir.join("vmlinuz");
    extract(&iso, "/isolinux/vmlinuz", &kernel);
    let serial = boot_to_marker(&kernel, &injected, &sorted, &kernel_cmdline(), MARKER);
    let (line, done, ranges) =
        readahead_report(&serial).unwrap_or_else(|| panic!("no readahead report:\n{serial}"));
    assert!(ranges > 0 && done == ranges, "{line}");
}

/// The sorted ISO (`iso sort`: the image sorted, the hook appended to its initrd) booted
/// through its own entry and initrd, from the emulated CD and written as it is to a raw
/// virtio disk (the firmware runs its isohybrid MBR and isolinux; dracut finds the medium
/// by its label on the disk): each reads every range ahead before dmsquash-live mounts
/// the image and reaches the marker.
#[test]
fn the_sorted_dracut_iso_reads_ahead_from_cd_and_raw_disk() {
    let sorted = sorted_dracut_live_iso(&dracut_live_iso());
    // The suite boots several guests at once on two cores: the emulated CD can serve less
    // than the list in the default 60 s, so this boot gets a budget it cannot run out of.
    let from_cd = boot_own_entry_from_cd(&sorted, "rd.liveopt.budget=300", MARKER);
    let from_disk = firmware_boot_from_raw_disk(&sorted, MARKER);
    for (medium, serial) in [("CD", &from_cd), ("raw disk", &from_disk)] {
        let (line, done, ranges) = readahead_report(serial)
            .unwrap_or_else(|| panic!("{medium}: no readahead report:\n{serial}"));
        assert!(line.contains("stopped: list done"), "{medium}: {line}");
        assert!(ranges > 0 && done == ranges, "{medium}: {line}");
        let squashfs_at = serial.find("squashfs: version").unwrap_or(usize::MAX);
        assert!(
            serial.find(line).unwrap() < squashfs_at,
            "{medium}: readahead after the image mount:\n{serial}"
        );
    }
}

/// The sorted ISO with its list gone stale (the original image put back under it) or
/// corrupt, booted through its own entry and the initrd `iso sort` appended the hook to:
/// the hook says so in one line, reads nothing ahead, and the system reaches its marker.
/// With `rd.liveopt.budget=0` the list is left unread and the boot goes on.
#[test]
fn a_stale_or_corrupt_list_in_the_sorted_dracut_iso_is_one_line() {
    let iso = dracut_live_iso();
    let sorted = sorted_dracut_live_iso(&iso);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let original = dir.join("original.img");
    extract(&iso, LIVE_IMAGE, &original);
    let garbage = dir.join("garbage.readahead");
    std::fs::write(&garbage, b"\x00\xffnot a readahead list\n").unwrap();
    let list = list_path();
    let cases = [
        (
            "stale",
            LIVE_IMAGE,
            &original,
            "ignoring stale readahead list",
        ),
        (
            "corrupt",
            list.as_str(),
            &garbage,
            "ignoring corrupt readahead list",
        ),
    ];
    for (name, iso_path, host, line) in cases {
        let broken = dir.join(format!("{name}.iso"));
        copy_with(&sorted, &broken, &[(iso_path, host.as_path())]);
        let serial = boot_own_entry_from_cd(&broken, "", MARKER);
        assert_eq!(serial.matches(line).count(), 1, "{name}:\n{serial}");
        assert!(
            readahead_report(&serial).is_none(),
            "{name}: read ahead:\n{serial}"
        );
        std::fs::remove_file(&broken).unwrap();
    }

    let serial = boot_own_entry_from_cd(&sorted, "rd.liveopt.budget=0", MARKER);
    let (line, done, ranges) =
        readahead_report(&serial).unwrap_or_else(|| panic!("no readahead report:\n{serial}"));
    assert!(line.contains("stopped: time budget spent"), "{line}");
    assert!(done < ranges, "{line}");
}

/// `rd.live.ram` on the sorted ISO (its own entry, the hook appended by `iso sort`):
/// dmsquash-live copies the whole image to RAM in one pass, so the hook says so in one
/// line and reads nothing ahead, and the system boots from the RAM copy to its marker.
#[test]
fn rd_live_ram_leaves_the_copy_to_dracut_and_boots() {
    let sorted = sorted_dracut_live_iso(&dracut_live_iso());
    let live = qemu::live_iso::LiveIso::open(&sorted).unwrap();
    let entry = live.boot_entry().unwrap();
    let files = live.boot_files(&entry).unwrap();
    let serial = boot_to_marker(
        &files.kernel,
        &files.initrd,
        &sorted,
        &format!("{} rd.live.ram=1", entry.cmdline),
        MARKER,
    );
    assert_eq!(
        serial
            .matches("rd.live.ram: dracut copies the whole image in one pass")
            .count(),
        1,
        "{serial}"
    );
    assert!(readahead_report(&serial).is_none(), "read ahead:\n{serial}");
    assert!(
        serial.contains("Copying live image to RAM"),
        "no copy to RAM:\n{serial}"
    );
}
