//! `liveopt pxe` tree writer: a squashfs made by mksquashfs, an initrd made by
//! the real `cpio`, an ISO made by xorriso; the result is checked with `cpio`
//! and with a walk of the concatenated archives the way the kernel unpacks them.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use boot::pxe::{self, Spec};

/// A small uncompressed newc initrd made by GNU cpio.
fn base_initrd(dir: &Path) -> PathBuf {
    let tree = dir.join("initrd-tree");
    std::fs::create_dir_all(tree.join("bin")).unwrap();
    std::fs::write(tree.join("init"), "#!/bin/sh\necho hello\n").unwrap();
    std::fs::write(tree.join("bin/tool"), common::noise(7, 1001)).unwrap();
    let out = dir.join("initrd.cpio");
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "cd {} && find . | cpio -o -H newc --quiet > {}",
            tree.display(),
            out.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
    out
}

/// Walks concatenated newc archives like the kernel's initramfs unpacker: zero
/// padding between archives is skipped, each archive ends at its trailer.
/// Returns every regular file's name and contents.
fn unpack_like_the_kernel(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pos = 0usize;
    let hex = |b: &[u8]| usize::from_str_radix(std::str::from_utf8(b).unwrap(), 16).unwrap();
    let align = |x: usize| x.div_ceil(4) * 4;
    while pos < bytes.len() {
        if bytes[pos] == 0 {
            pos += 1;
            continue;
        }
        assert_eq!(pos % 4, 0, "archive header not 4-byte aligned at {pos}");
        let h = &bytes[pos..pos + 110];
        assert_eq!(&h[..6], b"070701", "no newc header at {pos}");
        let mode = hex(&h[14..22]);
        let size = hex(&h[54..62]);
        let namesize = hex(&h[94..102]);
        let name = std::str::from_utf8(&bytes[pos + 110..pos + 110 + namesize - 1])
            .unwrap()
            .to_string();
        let data_at = align(pos + 110 + namesize);
        if mode & 0o170000 == 0o100000 {
            files.insert(name.clone(), bytes[data_at..data_at + size].to_vec());
        }
        pos = align(data_at + size);
    }
    files
}

fn cpio_list(archive: &[u8]) -> Vec<String> {
    let mut child = Command::new("cpio")
        .args(["-t", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = archive.to_vec();
    let feeder = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &data));
    let out = child.wait_with_output().unwrap();
    // cpio stops reading at the first trailer: a broken pipe after it is fine.
    if let Err(err) = feeder.join().unwrap() {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe);
    }
    assert!(out.status.success(), "cpio -t failed");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn check_tree(tftp: &Path, written: &pxe::Written, kernel: &[u8], base: &[u8], image: &[u8]) {
    assert_eq!(std::fs::read(tftp.join("liveopt/vmlinuz")).unwrap(), kernel);
    let initrd = std::fs::read(tftp.join("liveopt/initrd.img")).unwrap();
    assert_eq!(
        &initrd[..base.len()],
        base,
        "the original initrd is not kept byte for byte"
    );
    let tail = &initrd[written.image_archive_offset as usize..];
    assert_eq!(cpio_list(tail), vec!["live", "live/filesystem.squashfs"]);
    let files = unpack_like_the_kernel(&initrd);
    assert!(
        files.contains_key("init"),
        "the base initrd's /init is gone: {:?}",
        files.keys()
    );
    assert!(
        files["live/filesystem.squashfs"] == image,
        "image bytes differ"
    );
    let cfg = std::fs::read_to_string(tftp.join("pxelinux.cfg/default")).unwrap();
    assert!(cfg.contains("KERNEL liveopt/vmlinuz"), "{cfg}");
    assert!(cfg.contains(
        "initrd=liveopt/initrd.img liveopt.media=initrd liveopt.image=/live/filesystem.squashfs"
    ));
}

#[test]
fn squashfs_source_with_kernel_and_initrd() {
    let dir = common::workdir("pxe-sqfs");
    let image = common::make_image(dir.path(), 8);
    let kernel = dir.path().join("vmlinuz");
    std::fs::write(&kernel, common::noise(99, 3_000_001)).unwrap();
    let initrd = base_initrd(dir.path());
    let tftp = dir.path().join("tftp");
    let mut spec = Spec {
        tftproot: tftp.clone(),
        imagedir: "liveopt".into(),
        bootfile: "pxelinux.0".into(),
        source: image.clone(),
        kernel: None,
        initrd: None,
        append: "quiet".into(),
    };
    let err = pxe::write_tree(&spec).unwrap_err();
    assert!(
        format!("{err:#}").contains("--kernel and --initrd"),
        "{err:#}"
    );
    spec.kernel = Some(kernel.clone());
    spec.initrd = Some(initrd.clone());
    let written = pxe::write_tree(&spec).unwrap();
    check_tree(
        &tftp,
        &written,
        &std::fs::read(&kernel).unwrap(),
        &std::fs::read(&initrd).unwrap(),
        &std::fs::read(&image).unwrap(),
    );
    assert!(std::fs::read_to_string(tftp.join("pxelinux.cfg/default"))
        .unwrap()
        .contains(" quiet\n"));
    // `cpio -t` on the whole initrd reads the first archive only; both are intact.
    let whole = std::fs::read(tftp.join("liveopt/initrd.img")).unwrap();
    assert!(cpio_list(&whole).contains(&"init".to_string()));
}

#[test]
fn iso_source_brings_kernel_initrd_and_image() {
    let dir = common::workdir("pxe-iso");
    let image = common::make_image(dir.path(), 8);
    let iso_tree = dir.path().join("iso/live");
    std::fs::create_dir_all(&iso_tree).unwrap();
    let kernel = common::noise(5, 2_000_000);
    std::fs::write(iso_tree.join("vmlinuz"), &kernel).unwrap();
    // A compressed initrd, as distributions ship them.
    let base = base_initrd(dir.path());
    let gz = Command::new("gzip")
        .arg("-c")
        .arg(&base)
        .output()
        .unwrap()
        .stdout;
    std::fs::write(iso_tree.join("initrd.img"), &gz).unwrap();
    std::fs::copy(&image, iso_tree.join("filesystem.squashfs")).unwrap();
    let iso = dir.path().join("live.iso");
    common::run(
        Command::new("xorriso")
            .args(["-as", "mkisofs", "-quiet", "-R", "-J", "-o"])
            .arg(&iso)
            .arg(dir.path().join("iso")),
    );
    let tftp = dir.path().join("tftp");
    let spec = Spec {
        tftproot: tftp.clone(),
        imagedir: "liveopt".into(),
        bootfile: "pxelinux.0".into(),
        source: iso,
        kernel: None,
        initrd: None,
        append: String::new(),
    };
    let written = pxe::write_tree(&spec).unwrap();
    let initrd = std::fs::read(&written.initrd).unwrap();
    assert_eq!(&initrd[..gz.len()], &gz[..]);
    assert_eq!(std::fs::read(&written.kernel).unwrap(), kernel);
    let tail = &initrd[written.image_archive_offset as usize..];
    assert_eq!(cpio_list(tail), vec!["live", "live/filesystem.squashfs"]);
    assert!(
        unpack_like_the_kernel(tail)["live/filesystem.squashfs"] == std::fs::read(&image).unwrap()
    );
}

#[test]
fn other_inputs_are_refused() {
    let dir = common::workdir("pxe-bad");
    let junk = dir.path().join("junk");
    std::fs::write(&junk, b"not an image").unwrap();
    let spec = Spec {
        tftproot: dir.path().join("tftp"),
        imagedir: "liveopt".into(),
        bootfile: "pxelinux.0".into(),
        source: junk,
        kernel: None,
        initrd: None,
        append: String::new(),
    };
    let err = pxe::write_tree(&spec).unwrap_err();
    assert!(
        format!("{err:#}").contains("neither a squashfs image nor an ISO"),
        "{err:#}"
    );
    assert!(
        !dir.path().join("tftp").exists(),
        "wrote output for a bad input"
    );
}
