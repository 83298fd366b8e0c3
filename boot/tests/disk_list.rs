//! A raw disk's readahead list in the initramfs: `boot::initramfs::disk_list_file` is the one
//! path for both `liveopt initramfs --readahead-list` and `boot::initramfs::initrd_for_disk`.
//! GNU cpio reads the appended archive back.

use std::fs;
use std::path::Path;
use std::process::Command;

use boot::initramfs::binary::{find_boot_binary, BOOT_BINARY_PATH};
use boot::initramfs::{disk_list_file, initrd_for_disk, DISK_LIST_PATH};

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

#[test]
fn disk_list_file_checks_and_places_the_list() {
    let tmp = tempfile::tempdir().unwrap();
    let list = tmp.path().join("disk.readahead");
    fs::write(&list, LIST).unwrap();
    let file = disk_list_file(&list).unwrap();
    assert_eq!(file.path, DISK_LIST_PATH);
    assert_eq!(file.mode, 0o644);
    assert_eq!(file.data, LIST.as_bytes());

    fs::write(&list, LIST.replace("end 4 8031555\n", "")).unwrap();
    let err = format!("{:#}", disk_list_file(&list).unwrap_err());
    assert!(
        err.contains("disk.readahead") && err.contains("truncated"),
        "{err}"
    );
}

/// An installed `liveopt` with `liveopt-boot` beside it; the static busybox stands in for
/// the boot binary.
fn installed_liveopt(dir: &Path, boot_binary: &Path) -> std::path::PathBuf {
    let bin = dir.join("install/bin");
    fs::create_dir_all(&bin).unwrap();
    fs::write(bin.join("liveopt"), b"").unwrap();
    fs::copy(boot_binary, bin.join("liveopt-boot")).unwrap();
    bin.join("liveopt")
}

/// The boot binary is found beside liveopt only when it is static.
#[test]
fn find_boot_binary_takes_only_a_static_one() {
    let tmp = tempfile::tempdir().unwrap();
    let liveopt = installed_liveopt(tmp.path(), Path::new(boot::initramfs::DEFAULT_BUSYBOX));
    assert_eq!(
        find_boot_binary(&liveopt).unwrap(),
        liveopt.with_file_name("liveopt-boot")
    );
    fs::copy("/bin/ls", liveopt.with_file_name("liveopt-boot")).unwrap();
    let err = find_boot_binary(&liveopt).unwrap_err().to_string();
    assert!(
        err.contains("no static liveopt-boot") && err.contains("scripts/build-boot.sh"),
        "{err}"
    );
}

/// `initrd_for_disk` (here with busybox standing in for liveopt-boot and an empty base)
/// appends the boot binary and the list where `/init` reads them; a garbage list is refused
/// before anything is written.
#[test]
fn initrd_for_disk_appends_the_checked_list() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let liveopt = installed_liveopt(dir, Path::new(boot::initramfs::DEFAULT_BUSYBOX));
    let base = dir.join("base.img");
    fs::write(&base, b"").unwrap();
    let list = dir.join("disk.readahead");
    fs::write(&list, LIST).unwrap();
    let out = dir.join("initrd.img");
    initrd_for_disk(&base, &liveopt, &list, &out).unwrap();

    let root = dir.join("root");
    fs::create_dir(&root).unwrap();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "cd '{}' && cpio -idm --quiet --no-absolute-filenames < '{}'",
            root.display(),
            out.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
    let inside = root.join(DISK_LIST_PATH.trim_start_matches('/'));
    assert_eq!(fs::read_to_string(inside).unwrap(), LIST);
    assert!(root
        .join(BOOT_BINARY_PATH.trim_start_matches('/'))
        .is_file());
    assert!(!root.join("bin/liveopt").exists());

    fs::remove_file(&out).unwrap();
    fs::write(&list, "hello\n").unwrap();
    let err = format!(
        "{:#}",
        initrd_for_disk(&base, &liveopt, &list, &out).unwrap_err()
    );
    assert!(err.contains("not a liveopt readahead list"), "{err}");
    assert!(!out.exists());
    let mut left: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left, ["base.img", "disk.readahead", "install", "root"]);
}
