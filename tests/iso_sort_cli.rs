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

/// `output` boots as `input` (xorriso's report of the boot equipment) and holds its files
/// plus the readahead list.
fn assert_same_boot_and_files_plus_list(input: &Path, output: &Path) {
    assert_eq!(
        common::xorriso_boot_report(output),
        common::xorriso_boot_report(input)
    );
    let mut expected = xorriso_files(input);
    expected.push("/live/filesystem.squashfs.readahead".to_string());
    expected.sort();
    assert_eq!(xorriso_files(output), expected);
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
    // The fixture's initrd is a placeholder: by default it is left as it is, with a note.
    assert!(
        stderr.contains(
            "initrds left as they are (cannot add the readahead hook to /live/initrd.img"
        ),
        "{stderr}"
    );
    assert_eq!(fs::read(&iso).unwrap(), before, "the input changed");

    assert!(!common::xorriso_boot_report(&iso).is_empty());
    assert_same_boot_and_files_plus_list(&iso, &out_iso);
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

/// A newc archive of `files` (each holding its own name) made by GNU cpio, piped through
/// `compress` (e.g. `gzip -c`; `cat` for none).
fn initrd(dir: &Path, name: &str, files: &[&str], compress: &str) -> std::path::PathBuf {
    let tree = dir.join(format!("{name}.tree"));
    for file in files {
        let path = tree.join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, format!("{file}\n")).unwrap();
    }
    let out = dir.join(name);
    testkit::run_ok(
        Command::new("sh")
            .arg("-c")
            .arg(format!(
                "find . | LC_ALL=C sort | cpio -o -H newc --quiet | {compress} > '{}'",
                out.display()
            ))
            .current_dir(&tree),
    );
    out
}

/// What live-boot's initrds (initramfs-tools) hold that tells them apart.
const LIVE_BOOT_FILES: &[&str] = &["init", "scripts/live", "lib/live/boot/9990-misc-helpers.sh"];

/// A GRUB configuration whose default entry loads another initrd than isolinux's, and
/// sources a file the ISO lacks in a block that never runs (as live-build's does).
const GRUB_CFG: &str = "set default=0
menuentry \"Live system\" {
\tlinux /live/vmlinuz-grub boot=live
\tinitrd /live/initrd-grub.img
}
if false; then
source /boot/grub/install_start.cfg
fi
";

/// The files GNU cpio extracts from the archive appended after `original` in `injected`.
fn appended_files(injected: &[u8], original: &[u8], dir: &Path) -> std::path::PathBuf {
    assert_eq!(&injected[..original.len()], original, "the front changed");
    let tail = &injected[original.len()..];
    let start = tail
        .iter()
        .position(|&b| b != 0)
        .expect("something appended");
    assert!(start < 4, "more than alignment padding: {start}");
    let out = dir.join("appended");
    fs::create_dir_all(&out).unwrap();
    let mut child = Command::new("cpio")
        .args(["-idmu", "--quiet"])
        .current_dir(&out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&tail[start..])
        .unwrap();
    assert!(child.wait().unwrap().success());
    out
}

/// By default each boot entry's initrd (isolinux's gzip one, GRUB's uncompressed one) gets
/// liveopt-boot and the live-boot hook appended; everything else is as with any sort.
/// `--no-inject-readahead` leaves them as they are.
#[test]
fn appends_the_readahead_hook_to_each_boot_entrys_initrd() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let image = squashfs(dir);
    let profile = profile(dir);
    let isolinux_initrd = initrd(dir, "initrd.img", LIVE_BOOT_FILES, "gzip -c");
    let mut grub_files = LIVE_BOOT_FILES.to_vec();
    grub_files.push("conf/initramfs.conf");
    let grub_initrd = initrd(dir, "initrd-grub.img", &grub_files, "cat");
    let cfg = text_file(dir, "isolinux.cfg", ISOLINUX_CFG);
    let grub_cfg = text_file(dir, "grub.cfg", GRUB_CFG);
    let kernel = text_file(dir, "vmlinuz", "kernel");
    let iso = hybrid_iso(
        dir,
        &[
            ("/isolinux/isolinux.cfg", cfg.as_path()),
            ("/boot/grub/grub.cfg", grub_cfg.as_path()),
            ("/live/vmlinuz", kernel.as_path()),
            ("/live/vmlinuz-grub", kernel.as_path()),
            ("/live/initrd.img", isolinux_initrd.as_path()),
            ("/live/initrd-grub.img", grub_initrd.as_path()),
            ("/live/filesystem.squashfs", image.as_path()),
        ],
    );
    let before = fs::read(&iso).unwrap();
    let out_iso = dir.join("sorted.iso");
    let (out, stderr) = run(liveopt().args(sort_args(&iso, &profile, &out_iso, &[])));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(fs::read(&iso).unwrap(), before, "the input changed");
    assert_same_boot_and_files_plus_list(&iso, &out_iso);
    for (iso_path, original) in [
        ("/live/initrd.img", &isolinux_initrd),
        ("/live/initrd-grub.img", &grub_initrd),
    ] {
        assert!(
            stderr.contains(&format!(
                "{iso_path}: liveopt-boot and the live-boot readahead hook appended"
            )),
            "{iso_path}: {stderr}"
        );
        let injected = iso_file(&out_iso, iso_path);
        let unpacked = appended_files(
            &injected,
            &fs::read(original).unwrap(),
            &dir.join(iso_path.trim_start_matches('/')),
        );
        assert_eq!(
            fs::read_to_string(unpacked.join("lib/live/boot/9999-liveopt.sh")).unwrap(),
            boot::inject::LIVE_BOOT_HOOK,
            "{iso_path}"
        );
        let binary = fs::read(unpacked.join("bin/liveopt-boot")).unwrap();
        assert!(binary.starts_with(b"\x7fELF"), "{iso_path}");
        let paths = boot::inject::read(&injected).unwrap().paths;
        assert!(paths.iter().any(|p| p == "scripts/live"), "{iso_path}");
    }
    let (out, stderr) = run(liveopt().arg("verify").arg(&iso).arg(&out_iso));
    assert!(out.status.success(), "{stderr}");

    // Sorting the sorted ISO again (its profile is of the first image: --force) replaces
    // our archive instead of adding a second: each initrd is as after the first sort, and
    // the list is the new image's.
    let again_iso = dir.join("again.iso");
    let (out, stderr) =
        run(liveopt().args(sort_args(&out_iso, &profile, &again_iso, &["--force"])));
    assert!(out.status.success(), "{stderr}");
    for iso_path in ["/live/initrd.img", "/live/initrd-grub.img"] {
        let again = iso_file(&again_iso, iso_path);
        assert!(
            again == iso_file(&out_iso, iso_path),
            "{iso_path}: injected twice"
        );
        let hooks = boot::inject::read(&again)
            .unwrap()
            .paths
            .into_iter()
            .filter(|p| p.ends_with("9999-liveopt.sh"))
            .count();
        assert_eq!(hooks, 1, "{iso_path}");
    }
    let list =
        String::from_utf8(iso_file(&again_iso, "/live/filesystem.squashfs.readahead")).unwrap();
    let list = formats::readahead::parse(&list).unwrap();
    let image = iso_file(&again_iso, "/live/filesystem.squashfs");
    assert_eq!(
        list.identity.image.bytes_used,
        u64::from_le_bytes(image[40..48].try_into().unwrap())
    );
    assert_same_boot_and_files_plus_list(&iso, &again_iso);

    let kept_iso = dir.join("kept.iso");
    let (out, stderr) = run(liveopt().args(sort_args(
        &iso,
        &profile,
        &kept_iso,
        &["--no-inject-readahead"],
    )));
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("appended"), "{stderr}");
    assert_eq!(
        iso_file(&kept_iso, "/live/initrd.img"),
        fs::read(&isolinux_initrd).unwrap()
    );
    assert_eq!(
        iso_file(&kept_iso, "/live/initrd-grub.img"),
        fs::read(&grub_initrd).unwrap()
    );
}

/// `--inject-readahead` on an initrd that cannot take the hook: one line naming it, nothing
/// written, with and without `--no-rewrite`.
#[test]
fn inject_readahead_refuses_initrds_it_cannot_append_to() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let image = squashfs(dir);
    let profile = profile(dir);
    let cfg = text_file(dir, "isolinux.cfg", ISOLINUX_CFG);
    let kernel = text_file(dir, "vmlinuz", "kernel");
    let gzip = fs::read(initrd(dir, "good.img", LIVE_BOOT_FILES, "gzip -c")).unwrap();
    let truncated = dir.join("truncated.img");
    fs::write(&truncated, &gzip[..gzip.len() / 2]).unwrap();
    let text = text_file(dir, "text.img", "not an initrd at all");
    let plain = initrd(dir, "plain.img", &["init", "scripts/local"], "gzip -c");
    let cases: [(&str, &Path, &str); 3] = [
        (
            "not an initrd",
            &text,
            "neither a cpio archive nor a compression",
        ),
        ("truncated gzip", &truncated, "Gzip archive"),
        ("no live system's initramfs", &plain, "none of live-boot"),
    ];
    for (name, initrd, expected) in cases {
        eprintln!("case: {name}");
        let case_dir = dir.join(name.replace(' ', "-"));
        fs::create_dir(&case_dir).unwrap();
        let iso = hybrid_iso(
            &case_dir,
            &[
                ("/isolinux/isolinux.cfg", cfg.as_path()),
                ("/live/vmlinuz", kernel.as_path()),
                ("/live/initrd.img", initrd),
                ("/live/filesystem.squashfs", image.as_path()),
            ],
        );
        let out_dir = case_dir.join("out");
        fs::create_dir(&out_dir).unwrap();
        let output = out_dir.join("sorted.iso");
        for extra in [
            &["--inject-readahead"][..],
            &["--inject-readahead", "--no-rewrite"],
        ] {
            let args = sort_args(&iso, &profile, &output, extra);
            refused(
                &args,
                &iso,
                &output,
                "cannot add the readahead hook to /live/initrd.img",
            );
            refused(&args, &iso, &output, expected);
        }
    }
}

/// `qemu compare --iso` makes its ISOs with `iso sort` before any boot: an initrd that
/// cannot take the hook is one line naming the layout, and no work files are left.
#[test]
fn qemu_compare_iso_refuses_an_initrd_without_a_hook_before_booting() {
    let tmp = tempfile::tempdir().unwrap();
    let (iso, _) = live_iso(tmp.path());
    let profile = profile(tmp.path());
    let out_dir = tmp.path().join("results");
    let (out, stderr) = run(liveopt()
        .args(["qemu", "compare", "--iso"])
        .arg(&iso)
        .arg("--profile")
        .arg(&profile)
        .arg("-o")
        .arg(&out_dir));
    assert!(!out.status.success());
    let error = stderr.lines().last().unwrap_or_default();
    assert!(
        error.starts_with("liveopt: making (3) iso sort + readahead in its initrd: cannot add the readahead hook to /live/initrd.img"),
        "{stderr}"
    );
    assert!(!stderr.contains("boot 1/"), "{stderr}");
    let left: Vec<_> = fs::read_dir(&out_dir).unwrap().collect();
    assert!(left.is_empty(), "left {left:?}");
}
