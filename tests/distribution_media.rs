//! liveopt on distribution media as they ship: a real Debian live-build ISO, booted through
//! its own boot entry and initramfs (live-boot) with `liveopt qemu profile --cdrom ISO`
//! alone; and the ISOs it must refuse. The QEMU test needs root, QEMU and live-build
//! (scripts/setup.sh); the ISO is a fixture cached under the example's directory and
//! rebuilt only when its inputs change.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::live_media::{boot_own_entry_from_cd, copy_with, extract, firmware_boot_from_raw_disk};
use common::{example_dir, liveopt};

/// The live-build ISO, built once (under a lock, into a temporary directory renamed into
/// place whole) per set of inputs.
fn live_build_iso() -> PathBuf {
    let parent = example_dir().join("fixtures");
    let dir = common::shared_fixture::get_or_build(
        &parent,
        "live-build",
        &qemu::live_build::inputs(),
        |tmp| {
            qemu::live_build::build(tmp).unwrap_or_else(|e| panic!("live-build ISO: {e:#}"));
        },
    );
    dir.join("live.iso")
}

/// `liveopt qemu profile --cdrom ISO [extra...] -o OUTPUT`: the output, stdout, stderr.
fn profile_cdrom(
    iso: &Path,
    extra: &[&str],
    output: &Path,
) -> (std::process::Output, String, String) {
    let out = liveopt()
        .args(["qemu", "profile", "--cdrom"])
        .arg(iso)
        .args(extra)
        .arg("-o")
        .arg(output)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

#[test]
fn profiles_a_live_build_iso_with_nothing_but_the_iso() {
    let iso = live_build_iso();
    let tmp = tempfile::tempdir().unwrap();
    let profile_path = tmp.path().join("boot.profile");
    let (out, stdout, stderr) = profile_cdrom(&iso, &[], &profile_path);
    assert!(out.status.success(), "qemu profile failed: {stderr}");
    eprintln!("{stderr}{stdout}");
    assert!(
        stderr.contains("boot entry from /isolinux/live.cfg: kernel /live/vmlinuz"),
        "{stderr}"
    );
    assert!(
        stdout.contains("boot ended by a login prompt on ttyS0")
            || stdout.contains("boot ended by the live image idle for 10 s"),
        "{stdout}"
    );
    let profile = formats::profile::load(&profile_path).unwrap();
    let paths: Vec<String> = profile
        .files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.path).into_owned())
        .collect();
    let has = |wanted: &dyn Fn(&str) -> bool| paths.iter().any(|p| wanted(p));
    assert!(
        has(&|p| p.trim_start_matches('/') == "usr/lib/systemd/systemd"),
        "no systemd in {paths:?}"
    );
    assert!(has(&|p| p.contains("libc.so.6")), "no libc in {paths:?}");
    assert!(
        profile
            .source
            .kernel
            .as_deref()
            .is_some_and(|k| k.ends_with("-amd64")),
        "{:?}",
        profile.source.kernel
    );
}

/// `--marker` ends the boot at the guest's own line; the live system stays up, so QEMU is
/// told to quit.
#[test]
fn a_given_marker_ends_the_boot_of_the_live_build_iso() {
    let iso = live_build_iso();
    let tmp = tempfile::tempdir().unwrap();
    let profile_path = tmp.path().join("boot.profile");
    let started = std::time::Instant::now();
    let (out, stdout, stderr) =
        profile_cdrom(&iso, &["--marker", qemu::live_build::MARKER], &profile_path);
    assert!(out.status.success(), "qemu profile failed: {stderr}");
    assert!(stdout.starts_with("boot marker after"), "{stdout}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(400),
        "QEMU was not told to quit after the marker"
    );
    let profile = formats::profile::load(&profile_path).unwrap();
    assert!(!profile.files.is_empty());
}

/// A boot that neither prompts nor goes idle in time is an error with the serial tail, and
/// writes nothing.
#[test]
fn a_boot_that_does_not_end_in_time_is_an_error() {
    let iso = live_build_iso();
    let tmp = tempfile::tempdir().unwrap();
    let profile_path = tmp.path().join("boot.profile");
    let (out, _, stderr) = profile_cdrom(&iso, &["--timeout", "8"], &profile_path);
    assert!(!out.status.success());
    assert!(
        stderr.contains("no login prompt and no 10 s of an idle live image within 8s"),
        "{stderr}"
    );
    assert!(stderr.contains("Serial tail:"), "{stderr}");
    assert!(!profile_path.exists());
}

/// A host-side profile of the live-build ISO's boot to its marker (`qemu profile --cdrom
/// ISO --marker`), cached as a shared fixture, rebuilt when the ISO changes.
fn live_build_profile() -> PathBuf {
    let iso = live_build_iso().canonicalize().unwrap();
    let inputs = common::shared_fixture::describe_files(&[&iso]);
    let parent = example_dir().join("fixtures");
    let dir = common::shared_fixture::get_or_build(&parent, "live-build-profile", &inputs, |tmp| {
        let (out, _, stderr) = profile_cdrom(
            &iso,
            &["--marker", qemu::live_build::MARKER],
            &tmp.join("boot.profile"),
        );
        assert!(out.status.success(), "qemu profile failed: {stderr}");
    });
    dir.join("boot.profile")
}

/// The readahead service's report in `serial`: it went through all `ranges` of the list
/// before the marker.
fn assert_read_ahead(serial: &str, ranges: usize) {
    let report = serial
        .lines()
        .find(|l| l.contains("stopped: list done"))
        .unwrap_or_else(|| panic!("no readahead report in the serial log:\n{serial}"));
    eprintln!("{report}");
    assert!(
        report.contains(&format!(" {ranges}/{ranges} ranges")),
        "not every range: {report}"
    );
    let marker = serial.find(qemu::live_build::MARKER).expect("the marker");
    assert!(
        serial.find(report).unwrap() < marker,
        "read after the marker"
    );
}

/// `liveopt iso sort` of the live-build ISO, by a profile of its own boot: the new ISO keeps
/// the boot equipment (xorriso's report) and the live image's content (`liveopt verify`),
/// carries the list, and its initrds (isolinux's and GRUB's) carry liveopt-boot and the
/// live-boot hook. Booted through its own boot entry from the emulated CD, and as a raw disk
/// through the firmware and its isohybrid MBR and isolinux, live-boot reads the whole list
/// ahead and the system reaches its marker.
#[test]
fn the_sorted_live_build_iso_reads_ahead_through_its_own_initrd() {
    let iso = live_build_iso();
    let profile = live_build_profile();
    let tmp = tempfile::tempdir().unwrap();
    let sorted = tmp.path().join("sorted.iso");
    let out = liveopt()
        .args(["iso", "sort"])
        .arg(&iso)
        .arg("--profile")
        .arg(&profile)
        .arg("-o")
        .arg(&sorted)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "iso sort failed: {stderr}");
    // isolinux loads /live/initrd.img, GRUB /live/initrd.img-VERSION (the same file).
    let mut appended: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_suffix(": liveopt-boot and the live-boot readahead hook appended"))
        .collect();
    appended.sort();
    assert_eq!(appended.len(), 2, "{stderr}");
    assert_eq!(appended[0], "liveopt: /live/initrd.img", "{stderr}");
    assert!(
        appended[1].starts_with("liveopt: /live/initrd.img-"),
        "{stderr}"
    );
    assert_eq!(
        common::xorriso_boot_report(&sorted),
        common::xorriso_boot_report(&iso)
    );
    let out = liveopt()
        .arg("verify")
        .arg(&iso)
        .arg(&sorted)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let live = qemu::live_iso::LiveIso::open(&sorted).unwrap();
    let list = live
        .read_file("/live/filesystem.squashfs.readahead")
        .unwrap();
    let list = formats::readahead::parse(&String::from_utf8(list).unwrap()).unwrap();

    // Several guests boot at once in the suite: a budget the loaded CD cannot run out of.
    let serial = boot_own_entry_from_cd(&sorted, "liveopt.budget=300", qemu::live_build::MARKER);
    assert_read_ahead(&serial, list.ranges.len());
    let serial = firmware_boot_from_raw_disk(&sorted, qemu::live_build::MARKER);
    assert_read_ahead(&serial, list.ranges.len());
}

/// The sorted, injected live-build ISO with its list gone stale (the original image put
/// back under it) or corrupt, booted through its own entry and initrd from the CD: the hook
/// says so in one kernel log record, reads nothing ahead, and the system reaches its marker.
/// With `liveopt.budget=0` the list is left unread and the boot goes on.
#[test]
fn a_stale_or_corrupt_list_in_the_sorted_live_build_iso_is_one_line() {
    let iso = live_build_iso();
    let profile = live_build_profile();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let sorted = dir.join("sorted.iso");
    testkit::run_ok(
        liveopt()
            .args(["iso", "sort"])
            .arg(&iso)
            .arg("--profile")
            .arg(&profile)
            .arg("-o")
            .arg(&sorted),
    );
    let image = "/live/filesystem.squashfs";
    let original = dir.join("original.squashfs");
    extract(&iso, image, &original);
    let garbage = dir.join("garbage.readahead");
    std::fs::write(&garbage, b"\x00\xffnot a readahead list\n").unwrap();
    let list = format!("{image}.readahead");
    let cases = [
        ("stale", image, &original, "ignoring stale readahead list"),
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
        let serial = boot_own_entry_from_cd(&broken, "", qemu::live_build::MARKER);
        // One record in the kernel log (for the journal); live-boot's console shows the
        // service's stderr copy of it too.
        let records = serial
            .lines()
            .filter(|l| l.starts_with('[') && l.contains(line))
            .count();
        assert_eq!(records, 1, "{name}:\n{serial}");
        assert!(serial.matches(line).count() <= 2, "{name}:\n{serial}");
        assert!(
            !serial.contains("; stopped: "),
            "{name}: read ahead:\n{serial}"
        );
        std::fs::remove_file(&broken).unwrap();
    }

    let serial = boot_own_entry_from_cd(&sorted, "liveopt.budget=0", qemu::live_build::MARKER);
    let report = serial
        .lines()
        .find(|l| l.contains("; stopped: "))
        .unwrap_or_else(|| panic!("no readahead report:\n{serial}"));
    assert!(report.contains("stopped: time budget spent"), "{report}");
}

/// Files of an ISO: (ISO path, contents).
type IsoFiles<'a> = Vec<(&'a str, &'a [u8])>;

/// A live ISO made with xorriso from `files`.
fn iso_with(dir: &Path, files: &[(&str, &[u8])]) -> PathBuf {
    let tree = dir.join("tree");
    for (path, contents) in files {
        let file = tree.join(path.trim_start_matches('/'));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, contents).unwrap();
    }
    std::fs::create_dir_all(&tree).unwrap();
    let iso = dir.join("bad.iso");
    let status = Command::new("xorriso")
        .args(["-as", "mkisofs", "-quiet", "-R", "-J", "-o"])
        .arg(&iso)
        .arg(&tree)
        .status()
        .expect("xorriso (scripts/setup.sh installs it)");
    assert!(status.success());
    iso
}

#[test]
fn refuses_isos_it_cannot_profile() {
    let cfg = b"default live\nlabel live\n linux /live/vmlinuz\n initrd /live/initrd.img\n append boot=live\n";
    let no_initrd = b"label live\n linux /live/vmlinuz\n append boot=live\n";
    let cases: [(&str, IsoFiles, &str); 4] = [
        (
            "no live image",
            vec![
                ("/isolinux/isolinux.cfg", cfg),
                ("/live/vmlinuz", b"k"),
                ("/live/initrd.img", b"i"),
            ],
            "no live image",
        ),
        (
            "no boot configuration",
            vec![("/live/filesystem.squashfs", b"s")],
            "no boot configuration",
        ),
        (
            "no initrd",
            vec![
                ("/isolinux/isolinux.cfg", no_initrd),
                ("/live/vmlinuz", b"k"),
                ("/live/filesystem.squashfs", b"s"),
            ],
            "has no initrd",
        ),
        (
            "a kernel the ISO lacks",
            vec![
                ("/isolinux/isolinux.cfg", cfg),
                ("/live/initrd.img", b"i"),
                ("/live/filesystem.squashfs", b"s"),
            ],
            "names /live/vmlinuz, which is not in the ISO",
        ),
    ];
    for (name, files, expected) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let iso = iso_with(tmp.path(), &files);
        let before = std::fs::read(&iso).unwrap();
        let output = tmp.path().join("boot.profile");
        let (out, _, stderr) = profile_cdrom(&iso, &[], &output);
        assert!(!out.status.success(), "{name}: accepted");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "{name}: not one line: {stderr}"
        );
        assert!(!output.exists(), "{name}: wrote a profile");
        assert_eq!(
            std::fs::read(&iso).unwrap(),
            before,
            "{name}: touched the ISO"
        );
    }
}

/// `iso` with `files` (ISO path, host file) added or replaced, by xorriso (boot records kept).
fn iso_copy_with(iso: &Path, out: &Path, files: &[(&str, &Path)]) {
    let mut cmd = Command::new("xorriso");
    cmd.arg("-indev").arg(iso).arg("-outdev").arg(out);
    cmd.args(["-boot_image", "any", "replay"]);
    for (iso_path, host) in files {
        cmd.arg("-map").arg(host).arg(iso_path);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The live-build ISO booted through its own live-boot initrd with liveopt's hook injected
/// (`boot::inject`), a readahead list beside the image on (a copy of) the medium: the hook
/// runs the service before the loop device is set up and it reads every range; a stale and
/// a corrupt list are one line each and the boot goes on to the marker.
#[test]
fn live_boot_hook_in_the_distribution_initrd_reads_the_list_ahead() {
    let iso = live_build_iso();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let extract = |iso_path: &str, host: &Path| {
        let status = Command::new("xorriso")
            .args(["-osirrox", "on", "-indev"])
            .arg(&iso)
            .args(["-extract", iso_path])
            .arg(host)
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "extracting {iso_path}");
    };
    let initrd_path = dir.join("initrd.img");
    extract("/live/initrd.img", &initrd_path);
    let initrd = std::fs::read(&initrd_path).unwrap();
    let family = boot::inject::family(&initrd).unwrap();
    assert_eq!(family, boot::inject::Family::LiveBoot);
    let binary = boot::initramfs::binary::find_boot_binary(&common::liveopt_bin()).unwrap();
    let injected = dir.join("injected.img");
    std::fs::write(
        &injected,
        boot::inject::inject(&initrd, family, &binary).unwrap(),
    )
    .unwrap();

    // A list for the image: sort its image by a profile of its boot, put both on a copy.
    let profile = live_build_profile();
    let image = dir.join("filesystem.squashfs");
    extract("/live/filesystem.squashfs", &image);
    let sorted = dir.join("sorted.squashfs");
    let list = dir.join("sorted.readahead");
    let sort_args: [&std::ffi::OsStr; 7] = [
        image.as_ref(),
        "--profile".as_ref(),
        profile.as_ref(),
        "-o".as_ref(),
        sorted.as_ref(),
        "--readahead".as_ref(),
        list.as_ref(),
    ];
    let out = liveopt().arg("sort").args(sort_args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "liveopt sort: {stderr}");
    let boot_with = |medium: &Path, marker: &str| {
        let (out, stdout, stderr) = profile_cdrom(
            medium,
            &[
                "--initrd",
                injected.to_str().unwrap(),
                "--marker",
                marker,
                "--timeout",
                "300",
            ],
            &dir.join("again.profile"),
        );
        assert!(out.status.success(), "no {marker:?} in the boot: {stderr}");
        assert!(stdout.starts_with("boot marker after"), "{stdout}");
    };

    let valid = dir.join("valid.iso");
    iso_copy_with(
        &iso,
        &valid,
        &[
            ("/live/filesystem.squashfs", &sorted),
            ("/live/filesystem.squashfs.readahead", &list),
        ],
    );
    // The service's line for a run that went through the whole list.
    boot_with(&valid, "stopped: list done");
    std::fs::remove_file(&valid).unwrap();

    // The sorted image's list beside the unsorted image: stale.
    let stale = dir.join("stale.iso");
    iso_copy_with(
        &iso,
        &stale,
        &[("/live/filesystem.squashfs.readahead", &list)],
    );
    boot_with(&stale, "ignoring stale readahead list");
    std::fs::remove_file(&stale).unwrap();

    let garbage = dir.join("garbage.readahead");
    std::fs::write(&garbage, b"\x00\xffnot a readahead list\n").unwrap();
    let corrupt = dir.join("corrupt.iso");
    iso_copy_with(
        &iso,
        &corrupt,
        &[("/live/filesystem.squashfs.readahead", &garbage)],
    );
    boot_with(&corrupt, qemu::live_build::MARKER);
}
