//! `liveopt iso sort` and `liveopt readahead-list` on the real binary, without root or QEMU:
//! an isohybrid live ISO made by xorriso with syslinux's real isolinux.bin and MBR and an
//! EFI image, holding a mksquashfs image. The rewritten ISO is checked with xorriso's own
//! reports (boot equipment, file list) and `liveopt verify`; the ISOs it must refuse leave
//! nothing written. The boots of a rewritten ISO are in tests/distribution_media.rs.

use std::ffi::OsString;
use std::fs;
use std::path::Path;
use std::process::Command;

use crate::common;
use crate::common::iso_fixture::{
    hybrid_iso, live_iso, profile, run, squashfs, text_file, ISOLINUX_CFG,
};
use crate::common::liveopt;

/// xorriso's list of the ISO's files.
fn xorriso_files(iso: &Path) -> Vec<String> {
    let out = Command::new("xorriso")
        .arg("-indev")
        .arg(iso)
        .args(["-find", "/", "-type", "f"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut files: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim_matches('\'').to_string())
        .collect();
    files.sort();
    files
}

fn iso_file(iso: &Path, path: &str) -> Vec<u8> {
    let bytes = fs::read(iso).unwrap();
    let extent = qemu::iso::find_extent(&mut std::io::Cursor::new(&bytes), path).unwrap();
    bytes[extent.offset as usize..(extent.offset + extent.len) as usize].to_vec()
}

#[test]
fn sorts_the_live_image_of_an_isohybrid_iso() {
    let tmp = tempfile::tempdir().unwrap();
    let (iso, image) = live_iso(tmp.path());
    let profile = profile(tmp.path());
    let before = fs::read(&iso).unwrap();
    let out_iso = tmp.path().join("sorted.iso");
    let (out, stderr) = run(liveopt()
        .args(["iso", "sort"])
        .arg(&iso)
        .arg("--profile")
        .arg(&profile)
        .arg("-o")
        .arg(&out_iso));
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("/live/filesystem.squashfs sorted"),
        "{stderr}"
    );
    assert_eq!(fs::read(&iso).unwrap(), before, "the input changed");

    assert!(!common::xorriso_boot_report(&iso).is_empty());
    assert_eq!(
        common::xorriso_boot_report(&out_iso),
        common::xorriso_boot_report(&iso)
    );
    let mut expected = xorriso_files(&iso);
    expected.push("/live/filesystem.squashfs.readahead".to_string());
    expected.sort();
    assert_eq!(xorriso_files(&out_iso), expected);
    for unchanged in [
        "/live/vmlinuz",
        "/live/initrd.img",
        "/isolinux/isolinux.cfg",
        "/boot/grub/efi.img",
    ] {
        assert_eq!(
            iso_file(&out_iso, unchanged),
            iso_file(&iso, unchanged),
            "{unchanged}"
        );
    }
    let sorted = iso_file(&out_iso, "/live/filesystem.squashfs");
    assert_ne!(
        sorted,
        fs::read(&image).unwrap(),
        "the image was not rewritten"
    );
    let (out, stderr) = run(liveopt().arg("verify").arg(&iso).arg(&out_iso));
    assert!(out.status.success(), "{stderr}");

    let list =
        String::from_utf8(iso_file(&out_iso, "/live/filesystem.squashfs.readahead")).unwrap();
    let list = formats::readahead::parse(&list).unwrap();
    assert_eq!(list.identity.image.bytes_used, {
        let sb = &sorted[40..48];
        u64::from_le_bytes(sb.try_into().unwrap())
    });
}

#[test]
fn no_rewrite_keeps_the_image_and_adds_its_list() {
    let tmp = tempfile::tempdir().unwrap();
    let (iso, image) = live_iso(tmp.path());
    let profile = profile(tmp.path());
    let out_iso = tmp.path().join("listed.iso");
    let (out, stderr) = run(liveopt()
        .args(["iso", "sort", "--no-rewrite"])
        .arg(&iso)
        .arg("--profile")
        .arg(&profile)
        .arg("-o")
        .arg(&out_iso));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(
        iso_file(&out_iso, "/live/filesystem.squashfs"),
        fs::read(&image).unwrap()
    );
    let in_iso = iso_file(&out_iso, "/live/filesystem.squashfs.readahead");

    // The same list as `liveopt readahead-list` writes for the image file.
    let list = tmp.path().join("image.readahead");
    let (out, stderr) = run(liveopt()
        .arg("readahead-list")
        .arg(&image)
        .arg("--profile")
        .arg(&profile)
        .arg("-o")
        .arg(&list));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(fs::read(&list).unwrap(), in_iso);
    let parsed = formats::readahead::parse(&String::from_utf8(in_iso).unwrap()).unwrap();
    let bytes = fs::read(&image).unwrap();
    assert_eq!(
        parsed.identity.image.bytes_used,
        u64::from_le_bytes(bytes[40..48].try_into().unwrap())
    );
    assert!(
        parsed
            .ranges
            .windows(2)
            .all(|w| w[0].offset + w[0].len < w[1].offset),
        "on-disk order"
    );
    assert!(parsed.total_bytes() < bytes.len() as u64, "the whole image");
}

/// `liveopt iso sort ISO --profile PROFILE -o OUTPUT EXTRA...` as arguments.
fn sort_args(iso: &Path, profile: &Path, output: &Path, extra: &[&str]) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec![
        "iso".into(),
        "sort".into(),
        iso.into(),
        "--profile".into(),
        profile.into(),
        "-o".into(),
        output.into(),
    ];
    args.extend(extra.iter().map(OsString::from));
    args
}

/// Each refusal: one line, non-zero exit, no output (nor temporary files), the input
/// untouched.
fn refused(args: &[OsString], iso: &Path, output: &Path, expected: &str) {
    let before = fs::read(iso).unwrap();
    let (out, stderr) = run(liveopt().args(args));
    assert!(!out.status.success(), "accepted: {args:?}");
    assert!(stderr.contains(expected), "{expected}: {stderr}");
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "not one line: {stderr}"
    );
    assert_eq!(fs::read(iso).unwrap(), before, "touched the input");
    if output != iso {
        assert!(!output.exists(), "wrote {}", output.display());
    }
    let leftovers: Vec<_> = fs::read_dir(output.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.file_name())
        .collect();
    assert!(leftovers.is_empty(), "left {leftovers:?}");
}

#[test]
fn refuses_what_it_cannot_sort() {
    let tmp = tempfile::tempdir().unwrap();
    let image = squashfs(tmp.path());
    let profile = profile(tmp.path());
    let cfg = text_file(tmp.path(), "isolinux.cfg", ISOLINUX_CFG);
    let no_initrd_cfg = text_file(
        tmp.path(),
        "noinitrd.cfg",
        "label live\n linux /live/vmlinuz\n append boot=live\n",
    );
    let kernel = text_file(tmp.path(), "vmlinuz", "kernel");
    let initrd = text_file(tmp.path(), "initrd.img", "initrd");
    // (case, the ISO's files as (path in the ISO, source), the expected error)
    type Case<'a> = (&'a str, Vec<(&'a str, &'a Path)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "no live image",
            vec![
                ("/isolinux/isolinux.cfg", cfg.as_path()),
                ("/live/vmlinuz", kernel.as_path()),
                ("/live/initrd.img", initrd.as_path()),
            ],
            "no live image",
        ),
        (
            "no boot configuration",
            vec![("/live/filesystem.squashfs", image.as_path())],
            "no boot configuration",
        ),
        (
            "no initrd",
            vec![
                ("/isolinux/isolinux.cfg", no_initrd_cfg.as_path()),
                ("/live/vmlinuz", kernel.as_path()),
                ("/live/filesystem.squashfs", image.as_path()),
            ],
            "has no initrd",
        ),
    ];
    for (name, files, expected) in cases {
        eprintln!("case: {name}");
        let dir = tempfile::tempdir().unwrap();
        let iso = hybrid_iso(dir.path(), &files);
        let out_dir = dir.path().join("out");
        fs::create_dir(&out_dir).unwrap();
        let output = out_dir.join("sorted.iso");
        refused(
            &sort_args(&iso, &profile, &output, &[]),
            &iso,
            &output,
            expected,
        );
    }

    let (iso, _) = live_iso(tmp.path());
    refused(
        &sort_args(&iso, &profile, &iso, &[]),
        &iso,
        &iso,
        "is the input ISO",
    );

    // A profile recorded on another image.
    let mut other = formats::profile::load(&profile).unwrap();
    other.source.image = Some(formats::ImageIdentity {
        bytes_used: 4096,
        sha256: "00".repeat(32),
        ..formats::ImageIdentity::default()
    });
    let other_profile = tmp.path().join("other.profile");
    formats::profile::save(&other_profile, &other).unwrap();
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let output = out_dir.join("sorted.iso");
    for extra in [&[][..], &["--no-rewrite"][..]] {
        refused(
            &sort_args(&iso, &other_profile, &output, extra),
            &iso,
            &output,
            "recorded on another image",
        );
    }
}
