//! A raw disk's readahead list in the initramfs: `boot::initramfs::disk_list_file` is the one
//! path for both `liveopt initramfs --readahead-list` and `boot::readahead::initrd_for_disk`.
//! GNU cpio reads the appended archive back.
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

use std::fs;
use std::path::Path;
use std::process::Command;

use boot::initramfs::disk_list_file;
use boot::readahead::{initrd_for_disk, DISK_LIST_PATH};

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

/// `initrd_for_disk` (here with `/bin/ls` standing in for liveopt and an empty base) appends
/// the list where `/init` reads it; a garbage list is refused before anything is written.
#[test]
fn initrd_for_disk_appends_the_checked_list() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let base = dir.join("base.img");
    fs::write(&base, b"").unwrap();
    let list = dir.join("disk.readahead");
    fs::write(&list, LIST).unwrap();
    let out = dir.join("initrd.img");
    initrd_for_disk(&base, Path::new("/bin/ls"), &list, &out).unwrap();

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
    assert!(root.join("bin/liveopt").is_file());

    fs::remove_file(&out).unwrap();
    fs::write(&list, "hello\n").unwrap();
    let err = format!(
        "{:#}",
        initrd_for_disk(&base, Path::new("/bin/ls"), &list, &out).unwrap_err()
    );
    assert!(err.contains("not a liveopt readahead list"), "{err}");
    assert!(!out.exists());
    let mut left: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left, ["base.img", "disk.readahead", "root"]);
}
