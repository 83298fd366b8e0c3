//! Real boots of the example Debian live system in QEMU (TCG): the liveopt initramfs reaches
//! the systemd marker from an emulated CD-ROM and from a virtio disk, and the host-side
//! profile names real files of the image in a plausible order. The example is built once
//! (cached) under target/example, shared with other tests and commands.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common;

use common::{example, liveopt, qemu_profile};

/// `liveopt qemu profile` on the example; returns the profile, the trace and the stdout.
fn profile_boot(
    ex: &qemu::Example,
    cdrom: bool,
    scratch: &Path,
) -> (
    formats::profile::Profile,
    formats::block_trace::BlockTrace,
    String,
) {
    let name = if cdrom { "cd" } else { "disk" };
    let out_profile = scratch.join(format!("{name}.profile"));
    let out_trace = scratch.join(format!("{name}.trace"));
    let stdout = qemu_profile(
        ex,
        cdrom,
        &out_profile,
        &["--trace".as_ref(), out_trace.as_os_str()],
    );
    eprintln!("{name}: {stdout}");
    let profile = formats::profile::load(&out_profile).unwrap();
    let trace = formats::block_trace::BlockTrace::load(&out_trace).unwrap();
    (profile, trace, stdout)
}

fn rank(profile: &formats::profile::Profile, wanted: impl Fn(&str) -> bool) -> Option<usize> {
    profile
        .files
        .iter()
        .position(|f| wanted(&String::from_utf8_lossy(&f.path)))
}

/// The profile names real files of the image, in a boot-like order.
fn check_profile(
    profile: &formats::profile::Profile,
    trace: &formats::block_trace::BlockTrace,
    image: &squashfs::Archive,
) {
    assert_eq!(profile.source.recorder, qemu::profile_boot::RECORDER);
    assert_eq!(
        profile.source.image.as_ref().unwrap(),
        &formats::ImageIdentity::of_squashfs(image).unwrap()
    );
    assert!(
        profile.files.len() > 100,
        "only {} files",
        profile.files.len()
    );
    assert_eq!(trace.reads.len(), profile.image_reads.len());
    let image_len = image.superblock().bytes_used.div_ceil(4096) * 4096;
    for read in &profile.image_reads {
        assert!(
            read.offset + read.len <= image_len + 65536,
            "read {read:?} past the image"
        );
    }
    // Every path is a regular file of the image with that inode number.
    for file in &profile.files {
        let entry = image.find(&file.path).unwrap_or_else(|| {
            panic!(
                "{} is not in the image",
                String::from_utf8_lossy(&file.path)
            )
        });
        assert_eq!(Some(entry.inode_number as u64), file.inode);
        assert!(entry.file().is_some());
    }
    assert!(profile
        .files
        .windows(2)
        .all(|w| w[0].first_access_ns <= w[1].first_access_ns));
    let systemd = rank(profile, |p| p == "/usr/lib/systemd/systemd").expect("systemd was read");
    let ld_so = rank(profile, |p| p.ends_with("/ld-linux-x86-64.so.2")).expect("ld.so was read");
    let shared =
        rank(profile, |p| p.contains("libsystemd-shared")).expect("libsystemd-shared was read");
    let module = rank(profile, |p| {
        p.starts_with("/usr/lib/modules/") && p.ends_with(".ko")
    })
    .expect("a kernel module was read");
    let systemctl =
        rank(profile, |p| p == "/usr/bin/systemctl").expect("the marker's systemctl was read");
    eprintln!("ranks: systemd {systemd} ld.so {ld_so} libsystemd-shared {shared} first module {module} systemctl {systemctl} of {}", profile.files.len());
    // PID 1 is the first program the kernel runs from the image; the marker's systemctl is late.
    assert!(systemd < 10, "systemd at rank {systemd}");
    assert!(
        systemd <= ld_so && ld_so <= shared,
        "exec order: systemd, ld.so, libsystemd-shared"
    );
    assert!(systemctl > shared, "the marker runs after PID 1 started");
    assert!(
        module < profile.files.len() / 2,
        "kernel modules load early (udev), rank {module}"
    );
}

#[test]
fn example_boots_to_marker_from_cdrom_and_disk() {
    let ex = example();
    let scratch = tempfile::tempdir().unwrap();
    let image = squashfs::Archive::open(&ex.squashfs).unwrap();

    let (cd, cd_trace, cd_out) = profile_boot(&ex, true, scratch.path());
    assert!(cd_out.contains("boot marker after"), "{cd_out}");
    assert_eq!(cd_trace.header_value("medium"), Some("cdrom"));
    let (_, extent) = qemu::iso::find_live_image(&ex.iso).unwrap();
    assert_eq!(
        cd_trace.header_value("image_offset"),
        Some(extent.offset.to_string().as_str())
    );
    check_profile(&cd, &cd_trace, &image);

    let (disk, disk_trace, disk_out) = profile_boot(&ex, false, scratch.path());
    assert!(disk_out.contains("boot marker after"), "{disk_out}");
    assert_eq!(disk_trace.header_value("image_offset"), Some("0"));
    check_profile(&disk, &disk_trace, &image);

    // The guest-side eBPF recorder (liveopt record inside the guest) on the CD path: the files
    // it saw are (almost) all in the host-side profile of the boot without it.
    let guest_path = scratch.path().join("guest.profile");
    let out = liveopt()
        .args(["qemu", "profile", "--cdrom", "--kernel"])
        .arg(&ex.kernel)
        .arg("--initrd")
        .arg(&ex.initrd)
        .arg("--image")
        .arg(&ex.iso)
        .arg("--guest-profile")
        .arg(&guest_path)
        .arg("-o")
        .arg(scratch.path().join("cd-probed.profile"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "guest-probe boot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let guest = formats::profile::load(&guest_path).unwrap();
    assert_eq!(guest.source.recorder, "liveopt record");
    assert_eq!(
        guest.source.image.as_ref(),
        Some(&formats::ImageIdentity::of_squashfs(&image).unwrap())
    );
    assert!(
        guest.files.len() > 100,
        "guest saw {} files",
        guest.files.len()
    );
    let systemd = guest
        .files
        .iter()
        .find(|f| f.path == b"/usr/lib/systemd/systemd")
        .expect("systemd in the guest profile");
    assert!(systemd.kinds.contains(formats::profile::AccessKinds::EXEC));
    // Every dynamic program of the boot maps the image's loader and libc: their pages must
    // be in the profile, so the recorder must not have loaded them before its probe attached.
    for lib in [
        "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
    ] {
        let entry = guest.files.iter().find(|f| f.path == lib.as_bytes());
        assert!(
            entry.is_some_and(|f| !f.pages.is_empty()),
            "{lib} without pages in the guest profile: {:?}",
            entry.map(|f| &f.pages)
        );
    }
    let host_paths: std::collections::HashSet<&[u8]> =
        cd.files.iter().map(|f| f.path.as_slice()).collect();
    let with_pages: Vec<_> = guest.files.iter().filter(|f| !f.pages.is_empty()).collect();
    let seen = with_pages
        .iter()
        .filter(|f| host_paths.contains(f.path.as_slice()))
        .count();
    eprintln!(
        "guest: {} files, {} with pages, {seen} of those in the host-side CD profile",
        guest.files.len(),
        with_pages.len()
    );
    assert!(
        seen * 100 >= with_pages.len() * 95,
        "only {seen} of {} guest files in the host profile",
        with_pages.len()
    );

    // Same system, same boot: the two media see mostly the same files.
    let cd_paths: std::collections::HashSet<&[u8]> =
        cd.files.iter().map(|f| f.path.as_slice()).collect();
    let common = disk
        .files
        .iter()
        .filter(|f| cd_paths.contains(f.path.as_slice()))
        .count();
    assert!(
        common * 10 >= disk.files.len() * 8,
        "{common} of {} disk files also on the CD boot",
        disk.files.len()
    );
}

/// The initramfs gives up with a clear message instead of hanging when the medium is absent.
#[test]
fn initramfs_fails_fast_without_a_medium() {
    let ex = example();
    // The squashfs attached as a disk, but the command line asks for a CD.
    let mut config = qemu::BootConfig::new(&ex.kernel, &ex.initrd, &ex.squashfs, false);
    config.append = "liveopt.media=cdrom liveopt.timeout=3 liveopt.failwait=1".into();
    config.timeout = Duration::from_secs(300);
    let err = qemu::boot(&config).unwrap_err().to_string();
    assert!(err.contains("initramfs failed"), "{err}");
    assert!(err.contains("no live medium found"), "{err}");
}

/// `liveopt.media=auto` gives up within its timeout too when no medium holds the image (a CD
/// without it, no disk): each try polls for its device with its own counter, so the tries
/// are counted and the search ends.
#[test]
fn initramfs_auto_media_fails_within_the_timeout_without_a_medium() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let readme = dir.path().join("README");
    std::fs::write(&readme, "no live image here\n").unwrap();
    let iso = dir.path().join("empty.iso");
    let status = Command::new("xorriso")
        .args(["-as", "mkisofs", "-quiet", "-R", "-o"])
        .arg(&iso)
        .arg(&readme)
        .status()
        .unwrap();
    assert!(status.success());
    let mut config = qemu::BootConfig::new(&ex.kernel, &ex.initrd, &iso, true);
    config.append = "liveopt.media=auto liveopt.timeout=5 liveopt.failwait=1".into();
    config.timeout = Duration::from_secs(300);
    let started = std::time::Instant::now();
    let err = qemu::boot(&config).unwrap_err().to_string();
    eprintln!("failed after {:.1} s", started.elapsed().as_secs_f64());
    assert!(err.contains("initramfs failed"), "{err}");
    assert!(
        err.contains("no live medium found (liveopt.media=auto) within 5s"),
        "{err}"
    );
}

/// The whole chain proven by boots: guest-side profile → liveopt sort → the sorted image's CD
/// boot is served with fewer reads and fewer bytes than the mksquashfs baseline's, and the
/// readahead layout's boot (the real service, one sweep before the loop mount) with fewer
/// CD-model seeks and under 0.6× the CD-model I/O of the sorted one's.
#[test]
fn sorted_image_boots_with_less_io_from_a_throttled_cd() {
    let ex = example();
    let out_dir = tempfile::tempdir().unwrap();
    let out = liveopt()
        .args(["qemu", "compare"])
        .arg(&ex.dir)
        .arg("-o")
        .arg(out_dir.path())
        .args(["--repeats", "1"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "compare failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.path().join("compare.json")).unwrap())
            .unwrap();
    let summary = json["summary"].as_array().unwrap();
    let figure = |i: usize, key: &str| summary[i][key].as_f64().unwrap();
    eprintln!(
        "{}",
        std::fs::read_to_string(out_dir.path().join("compare.md")).unwrap()
    );
    let layout = |i: usize| summary[i]["layout"].as_str().unwrap().to_string();
    assert!(layout(0).starts_with("(1) original"), "{}", layout(0));
    assert!(
        layout(1).starts_with("(2) mksquashfs -sort"),
        "{}",
        layout(1)
    );
    assert!(layout(2).starts_with("(3) liveopt sort"), "{}", layout(2));
    assert!(
        layout(3).starts_with("(4) liveopt sort + readahead"),
        "{}",
        layout(3)
    );
    assert!(
        figure(2, "median_reads") < figure(0, "median_reads") * 0.9,
        "sorted: not fewer reads"
    );
    assert!(
        figure(2, "median_mib") < figure(0, "median_mib"),
        "sorted: not fewer bytes"
    );
    // The readahead service read the list in one sweep before the loop mount: fewer seeks
    // and well under the CD-model I/O of sorted alone (measured 6.0 s against 16.5 s).
    let cd = |i: usize, key: &str| {
        summary[i]["models"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["medium"] == "cdrom")
            .unwrap()[key]
            .as_f64()
            .unwrap()
    };
    assert!(
        cd(3, "median_seeks") < cd(2, "median_seeks"),
        "readahead: not fewer seeks"
    );
    assert!(
        cd(3, "median_io_s") < cd(2, "median_io_s") * 0.6,
        "readahead: CD-model I/O {} s not under 0.6 × sorted's {} s",
        cd(3, "median_io_s"),
        cd(2, "median_io_s")
    );
    for file in [
        "README.md",
        "medians.png",
        "seek-original.png",
        "seek-sorted.png",
        "seek-readahead.png",
    ] {
        assert!(
            std::fs::metadata(out_dir.path().join(file)).unwrap().len() > 1000,
            "{file}"
        );
    }
    // Every boot left a block trace that parses.
    for sample in json["samples"].as_array().unwrap() {
        let trace =
            formats::block_trace::BlockTrace::load(Path::new(sample["trace"].as_str().unwrap()))
                .unwrap();
        assert_eq!(trace.header_value("medium"), Some("cdrom"));
    }
}

/// The initramfs options on a real boot: `liveopt.check` verifies `<image>.sha256`,
/// `liveopt.toram` copies the image to RAM, and /init runs `/bin/liveopt-boot readahead`
/// on the RAM copy with the list when `<image>.readahead` is on the CD.
#[test]
fn initramfs_check_toram_and_readahead_hook() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    // The CD: the image, its checksum, a readahead list.
    let sha = {
        let out = Command::new("sha256sum")
            .arg(&ex.squashfs)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let sha_file = dir.path().join("sha256");
    std::fs::write(&sha_file, format!("{sha}  filesystem.squashfs\n")).unwrap();
    let list = dir.path().join("list");
    std::fs::write(&list, "not a real list; the stub only prints it\n").unwrap();
    let iso = dir.path().join("live.iso");
    let status = Command::new("xorriso")
        .args([
            "-as",
            "mkisofs",
            "-quiet",
            "-R",
            "-J",
            "-graft-points",
            "-o",
        ])
        .arg(&iso)
        .arg(format!(
            "/live/filesystem.squashfs={}",
            ex.squashfs.display()
        ))
        .arg(format!(
            "/live/filesystem.squashfs.sha256={}",
            sha_file.display()
        ))
        .arg(format!(
            "/live/filesystem.squashfs.readahead={}",
            list.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
    // The initramfs with a stand-in boot binary that prints what it was asked to read.
    let mut spec = boot::initramfs::Spec::new(&ex.modules);
    spec.extra_files.push(boot::initramfs::ExtraFile {
        path: boot::initramfs::binary::BOOT_BINARY_PATH.into(),
        mode: 0o755,
        data: b"#!/bin/sh\n# readahead ... --list LIST IMAGE\nwhile [ $# -gt 1 ]; do [ \"$1\" = --list ] && list=$2; shift; done\necho \"readahead-stub: image=$1 list=$list\"\n".to_vec(),
    });
    let initrd = dir.path().join("initrd.img");
    boot::initramfs::build(&spec, &initrd).unwrap();

    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &iso, true);
    config.append = "liveopt.check liveopt.toram=blocking".into();
    config.timeout = Duration::from_secs(900);
    let outcome = qemu::boot(&config).unwrap();
    let serial = outcome.serial_text();
    eprintln!(
        "toram+check boot: marker after {:.1} s",
        outcome.time_to_marker.as_secs_f64()
    );
    assert!(
        serial.contains("liveopt-init: image checksum ok"),
        "{serial}"
    );
    assert!(
        serial.contains("liveopt-init: copying the image to RAM"),
        "{serial}"
    );
    assert!(
        serial.contains("readahead-stub: image=/run/live/toram/filesystem.squashfs list=/run/live/medium/live/filesystem.squashfs.readahead"),
        "{serial}"
    );
}
