//! `liveopt initramfs --readahead-list`: the real binary builds the initramfs for the example
//! kernel; GNU cpio (an independent reader) extracts it to check where the list landed.
//! Needs the example kernel tree (`liveopt qemu build-example target/example`, cached).

use crate::common;
use testkit::{file_names, run_ok};

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{example, example_cd_profile, liveopt, liveopt_bin};

/// The example list of docs/readahead-format.md.
const LIST: &str = "liveopt-readahead 1
bytes_used 395820374
mkfs_time 1795306087
inode_count 10431
block_size 131072
compressor gzip
sha256 ac4e284fbf31fee093a4a8892fdc6b67ff67c84edc0f99bf896f93f98037a3e2
head_sha256 65536 99266fb39320c5a87981e8774bc40a5bad4efefa85149b60bc7538a6c9abdfa8
ranges 4 8031555
0 96
387293430 7941689
395553540 65552
395796156 24218
end 4 8031555
";

/// Where `/init` reads a raw disk's list (`boot::readahead::DISK_LIST_PATH`), relative.
const DISK_LIST: &str = "lib/liveopt/disk.readahead";

fn modules() -> PathBuf {
    example().modules
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("running liveopt")
}

/// Extracts `archive` with GNU cpio into a new directory under `dir`.
fn extract(archive: &Path, dir: &Path) -> PathBuf {
    let root = dir.join("extracted");
    fs::create_dir_all(&root).unwrap();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "cd '{}' && cpio -idm --quiet --no-absolute-filenames < '{}'",
            root.display(),
            archive.display()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cpio: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    root
}

#[test]
fn readahead_list_lands_at_the_disk_list_path() {
    let tmp = tempfile::tempdir().unwrap();
    let list = tmp.path().join("usb.readahead");
    fs::write(&list, LIST).unwrap();
    let img = tmp.path().join("initrd.img");
    let out = run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&img)
            .arg("--kernel-modules")
            .arg(modules())
            .arg("--with-liveopt")
            .arg(liveopt_bin())
            .arg("--readahead-list")
            .arg(&list),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("as /lib/liveopt/disk.readahead"),
        "{stdout}"
    );
    assert!(!stdout.contains("implied"), "{stdout}");

    let root = extract(&img, tmp.path());
    let inside = root.join(DISK_LIST);
    assert_eq!(fs::read_to_string(&inside).unwrap(), LIST);
    assert_eq!(
        fs::metadata(&inside).unwrap().permissions().mode() & 0o7777,
        0o644
    );
    assert!(root.join("bin/liveopt-boot").is_file());
    assert!(!root.join("bin/liveopt").exists());
    assert!(root.join("init").is_file());
    // The list is the same one the service will parse.
    formats::readahead::parse(&fs::read_to_string(&inside).unwrap()).unwrap();
}

/// Without `--with-liveopt`, the list brings the running binary's static `liveopt-boot` as
/// `/bin/liveopt-boot` (the service that reads it), with no shared libraries, and that
/// binary runs with only the archive's files; a plain build has neither.
#[test]
fn readahead_list_implies_with_liveopt() {
    let tmp = tempfile::tempdir().unwrap();
    let list = tmp.path().join("usb.readahead");
    fs::write(&list, LIST).unwrap();

    let plain = tmp.path().join("plain.img");
    run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&plain)
            .arg("--kernel-modules")
            .arg(modules()),
    );
    let plain_root = extract(&plain, &tmp.path().join("plain"));
    assert!(!plain_root.join("bin/liveopt-boot").exists());
    assert!(!plain_root.join(DISK_LIST).exists());

    let img = tmp.path().join("initrd.img");
    let out = run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&img)
            .arg("--kernel-modules")
            .arg(modules())
            .arg("--readahead-list")
            .arg(&list),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("/bin/liveopt-boot (implied by --readahead-list) (1 files"),
        "{stdout}"
    );
    let root = extract(&img, &tmp.path().join("disk"));
    assert_eq!(fs::read_to_string(root.join(DISK_LIST)).unwrap(), LIST);
    let binary = root.join("bin/liveopt-boot");
    assert!(fs::metadata(&binary).unwrap().permissions().mode() & 0o111 != 0);
    assert!(
        fs::metadata(&binary).unwrap().len() <= 2 << 20,
        "liveopt-boot over 2 MiB"
    );
    assert!(!root.join("lib64").exists(), "no dynamic loader");

    // The static binary runs in a chroot of the archive alone.
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let out = run_ok(
            Command::new("chroot")
                .arg(&root)
                .args(["/bin/liveopt-boot", "--version"]),
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("liveopt-boot"));
    }
}

/// Each bad list: exit 1, one stderr line naming the list, no output and no temp file.
#[test]
fn garbage_lists_fail_with_one_line_and_no_output() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let truncated: String = LIST.lines().take(12).map(|l| format!("{l}\n")).collect();
    let unsorted = LIST.replace(
        "387293430 7941689\n395553540 65552\n",
        "395553540 65552\n387293430 7941689\n",
    );
    let mut not_utf8 = LIST.as_bytes().to_vec();
    not_utf8[60] = 0xff;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "hello.readahead",
            b"hello\n".to_vec(),
            "not a liveopt readahead list",
        ),
        ("truncated.readahead", truncated.into_bytes(), "truncated"),
        ("unsorted.readahead", unsorted.into_bytes(), "line "),
        ("binary.readahead", not_utf8, "UTF-8"),
        (
            "empty.readahead",
            Vec::new(),
            "not a liveopt readahead list",
        ),
    ];
    let out_img = dir.join("initrd.img");
    for (name, data, why) in &cases {
        let list = dir.join(name);
        fs::write(&list, data).unwrap();
        let before = file_names(dir);
        let out = run(liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&out_img)
            .arg("--kernel-modules")
            .arg(modules())
            .arg("--with-liveopt")
            .arg("--readahead-list")
            .arg(&list));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.starts_with("liveopt: "), "{name}: {stderr}");
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(stderr.contains(why), "{name}: want {why:?}, got {stderr}");
        assert!(!out_img.exists(), "{name}: output written");
        assert_eq!(file_names(dir), before, "{name}: files left behind");
    }

    let missing = dir.join("missing.readahead");
    let out = run(liveopt()
        .arg("initramfs")
        .arg("-o")
        .arg(&out_img)
        .arg("--kernel-modules")
        .arg(modules())
        .arg("--readahead-list")
        .arg(&missing));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("missing.readahead"), "{stderr}");
    assert!(!out_img.exists());
}

/// End to end from the command line: `liveopt sort` writes a sorted image and its list,
/// `liveopt initramfs --readahead-list` (no `--with-liveopt`) builds the initrd, and QEMU boots
/// the image as a raw virtio disk (`liveopt.media=disk`): `/init` finds the list, mounts
/// through a read-only loop over the disk, the service reads every range, the boot reaches
/// the marker. The profile is the example's cached CD profile.
#[test]
fn cli_initrd_boots_a_raw_disk_with_its_list() {
    let ex = example();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let profile = example_cd_profile(&ex);
    let image = dir.join("sorted.squashfs");
    let list = dir.join("sorted.readahead");
    run_ok(
        liveopt()
            .arg("sort")
            .arg(&ex.squashfs)
            .arg("--profile")
            .arg(&profile)
            .arg("-o")
            .arg(&image)
            .arg("--readahead")
            .arg(&list),
    );
    let ranges = formats::readahead::parse(&fs::read_to_string(&list).unwrap())
        .unwrap()
        .ranges
        .len();
    let initrd = dir.join("initrd.img");
    run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&initrd)
            .arg("--kernel-modules")
            .arg(&ex.modules)
            .arg("--readahead-list")
            .arg(&list),
    );

    let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &image, false);
    config.timeout = std::time::Duration::from_secs(900);
    let outcome = qemu::boot(&config).unwrap();
    let serial = outcome.serial_text();
    for line in serial.lines().filter(|l| l.contains("liveopt")) {
        eprintln!("  | {line}");
    }
    for needle in [
        "liveopt-init: disk: /dev/vda through read-only /dev/loop",
        "liveopt-init: root: /dev/vda on /dev/loop",
        qemu::MARKER,
    ] {
        assert!(serial.contains(needle), "no {needle:?} in:\n{serial}");
    }
    let report = serial
        .lines()
        .find(|l| l.contains("liveopt-readahead: /dev/loop"))
        .unwrap_or_else(|| panic!("no readahead report in:\n{serial}"));
    assert!(
        report.contains(&format!("{ranges}/{ranges} ranges")) && report.contains("list done"),
        "{report}"
    );
}
