//! An access-ordered EROFS live image (`liveopt sort --format erofs --compress lz4hc
//! --target-kernel 6.1`) boots from an emulated CD through the liveopt initramfs on the
//! example's Debian 6.1 kernel: /init tells the image by its magic and loads erofs.ko, the
//! readahead service reads the image's list, and `liveopt.toram` migrates the EROFS loop
//! device to RAM (its list checked against the EROFS superblock); after the CD is ejected
//! the guest hashes every file under /usr, which must equal the image's content. The same
//! with Fedora's LZMA and 1 MiB pclusters on Debian's 6.12 kernel.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::common;
use crate::qemu_boot_side::{
    add_eject_hook, boot_with_monitor, hashes_match_the_image, initrd_with_liveopt,
    migration_test_over, monitor_command, serial_has, show_liveopt_lines,
};

use common::{example, example_cd_profile, liveopt_bin, shared_fixture, sorted_fixture};

#[test]
fn erofs_cd_boots_with_readahead_and_migrates_to_ram() {
    let ex = example();
    let dir = tempfile::tempdir().unwrap();
    let sorted = sorted_erofs(
        &ex,
        "sorted-erofs",
        &["--compress", "lz4hc", "--target-kernel", "6.1"],
    );
    let initrd = initrd_with_liveopt(&ex, dir.path());
    boots_and_reads_back(&ex, &ex.kernel, &initrd, &sorted, dir.path());
}

/// Fedora's codec and largest pcluster (LZMA, 1 MiB), which Debian's 6.1 kernel cannot
/// decode, on Debian's 6.12 kernel with the liveopt initramfs made from its modules: the
/// same boot, migration and read-back.
#[test]
fn lzma_erofs_boots_on_a_newer_kernel_and_migrates_to_ram() {
    let ex = example();
    let guest = qemu::example::newer_guest_kernel(&ex.dir).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sorted = sorted_erofs(
        &ex,
        "sorted-erofs-lzma",
        &[
            "--compress",
            "lzma",
            "--pcluster-size",
            "1048576",
            "--target-kernel",
            &guest.version,
        ],
    );
    let base = dir.path().join("initrd-newer.img");
    boot::initramfs::build(&boot::initramfs::Spec::new(&guest.modules), &base).unwrap();
    let initrd = dir.path().join("initrd-newer-liveopt.img");
    boot::initramfs::binary::initrd_with_liveopt(&base, &liveopt_bin(), &initrd).unwrap();
    boots_and_reads_back(&ex, &guest.kernel, &initrd, &sorted, dir.path());
}

/// The example's squashfs sorted into EROFS by `liveopt sort --format erofs ARGS` on the
/// example's CD profile, with its list: a shared fixture, rebuilt when the example, the
/// profile or the binary changes (a changed writer makes another image and list).
fn sorted_erofs(ex: &qemu::Example, name: &str, args: &[&str]) -> PathBuf {
    let profile = example_cd_profile(ex);
    let inputs = shared_fixture::describe_files(&[&ex.squashfs, &profile, &liveopt_bin()]);
    let args = [&["--format", "erofs"], args].concat();
    sorted_fixture(ex, name, "sorted.erofs", &args, &inputs)
}

/// Boots the fixture `sorted` (image and list) from an emulated CD with `kernel` and
/// `initrd` (which has the liveopt boot binary), `liveopt.toram`: /init tells EROFS by its
/// magic, the readahead service reads the whole list, the image migrates to RAM, the CD
/// is ejected, and then the guest's sha256 of the largest files and one digest over every
/// file under /usr equal the image's.
fn boots_and_reads_back(
    ex: &qemu::Example,
    kernel: &Path,
    initrd: &Path,
    sorted: &Path,
    dir: &Path,
) {
    assert!(erofs::has_magic(&sorted.join("sorted.erofs")).unwrap());
    let image = dir.join("sorted.erofs");
    std::fs::hard_link(sorted.join("sorted.erofs"), &image)
        .or_else(|_| std::fs::copy(sorted.join("sorted.erofs"), &image).map(|_| ()))
        .unwrap();
    // wrap_squashfs puts `sorted.readahead` beside the image on the ISO.
    std::fs::copy(
        sorted.join("sorted.readahead"),
        dir.join("sorted.readahead"),
    )
    .unwrap();
    let iso = dir.join("sorted-erofs.iso");
    qemu::iso::wrap_squashfs(&image, &iso).unwrap();
    add_eject_hook(initrd);

    let mut config = qemu::BootConfig::new(kernel, initrd, &iso, true);
    config.append = "liveopt.toram liveopt-test.tree".into();
    let socket = dir.join("monitor.sock");
    let mut ejected = String::new();
    let lines = boot_with_monitor(&config, &socket, &[], Duration::from_secs(900), |line| {
        if line.contains("liveopt-test: migrated") {
            ejected = monitor_command(&socket, "eject -f livecd");
        }
        !migration_test_over(line)
    });
    let serial = show_liveopt_lines(&lines);
    serial_has(&serial, "liveopt-init: image: erofs");
    // The readahead service checked the list against the EROFS superblock and read it all.
    let report = serial
        .lines()
        .find(|l| l.contains("liveopt-readahead: /run/live/medium/live/filesystem.squashfs"))
        .unwrap_or_else(|| panic!("no readahead report in:\n{serial}"));
    let ranges = report
        .split(", ")
        .find_map(|part| part.strip_suffix(" ranges"))
        .expect("the report counts ranges");
    let (done, total) = ranges.split_once('/').unwrap();
    assert_eq!(done, total, "{report}");
    assert!(report.contains("stopped: list done"), "{report}");
    serial_has(&serial, qemu::MARKER);
    // toram: the migration read the EROFS image's list (boot ranges first) and switched.
    serial_has(&serial, "liveopt-init: toram: migrating /dev/loop");
    serial_has(&serial, "now reading /run/live/toram/filesystem.squashfs");
    assert!(
        !serial.contains("readahead list is for another image"),
        "{serial}"
    );
    assert!(ejected.contains("not inserted"), "monitor: {ejected}");
    serial_has(&serial, "liveopt-test: medium gone");
    // After the eject every byte comes from the RAM copy: same content as the original.
    hashes_match_the_image(&serial, &ex.squashfs);
    // And every file under /usr, small files in the packed inode included, as the guest's
    // kernel read it.
    let tree = serial
        .lines()
        .find_map(|l| l.split("liveopt-test-tree: ").nth(1))
        .unwrap_or_else(|| panic!("no tree digest in:\n{serial}"));
    assert_eq!(
        tree.split_whitespace().next(),
        Some(usr_digest(&image).as_str()),
        "the guest read other bytes under /usr"
    );
}

/// What the guest's `find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum |
/// sha256sum` in /usr prints, from the image as our reader reads it.
fn usr_digest(image: &Path) -> String {
    let archive = erofs::Archive::open(image).unwrap();
    let mut files: Vec<(Vec<u8>, &erofs::Entry)> = archive
        .entries()
        .iter()
        .filter(|e| e.kind == erofs::Kind::File)
        .filter_map(|e| {
            let rel = e.path.strip_prefix("usr").ok()?;
            Some(([b"./", rel.as_os_str().as_bytes()].concat(), e))
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut listing = Sha256::new();
    for (name, entry) in files {
        let sum = Sha256::digest(archive.read_file(entry).unwrap());
        // sha256sum escapes a name with a backslash or a newline, and says so with a
        // leading backslash.
        if name.iter().any(|&c| c == b'\\' || c == b'\n') {
            listing.update(b"\\");
        }
        listing.update(format!("{sum:x}  ").as_bytes());
        for &c in &name {
            match c {
                b'\\' => listing.update(b"\\\\"),
                b'\n' => listing.update(b"\\n"),
                c => listing.update([c]),
            }
        }
        listing.update(b"\n");
    }
    format!("{:x}", listing.finalize())
}
