//! Small live ISOs made with xorriso and mksquashfs, for the `iso sort` tests: an isohybrid
//! ISO with syslinux's real isolinux.bin and MBR and an EFI image.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::liveopt;

const ISOLINUX_BIN: &str = "/usr/lib/ISOLINUX/isolinux.bin";
const ISOHYBRID_MBR: &str = "/usr/lib/ISOLINUX/isohdpfx.bin";

/// Runs `cmd`; its output and stderr.
pub fn run(cmd: &mut Command) -> (Output, String) {
    let out = cmd.output().expect("spawn");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr)
}

/// A root tree of incompressible files (6 MiB), as a zstd squashfs.
pub fn squashfs(dir: &Path) -> PathBuf {
    let root = dir.join("rootfs");
    for i in 0..40u32 {
        let file = root.join(format!("usr/lib/f{i:02}"));
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(
            file,
            testkit::noise(u64::from(i), 150_000 + i as usize * 1000),
        )
        .unwrap();
    }
    fs::create_dir_all(root.join("etc")).unwrap();
    fs::write(root.join("etc/hostname"), "live\n").unwrap();
    let image = dir.join("filesystem.squashfs");
    testkit::run_ok(Command::new("mksquashfs").arg(&root).arg(&image).args([
        "-comp",
        "zstd",
        "-noappend",
        "-quiet",
        "-no-progress",
    ]));
    image
}

/// A profile naming some of the image's files, by path (`liveopt profile import`).
pub fn profile(dir: &Path) -> PathBuf {
    let list = dir.join("paths.txt");
    fs::write(
        &list,
        "/usr/lib/f30\n/etc/hostname\n/usr/lib/f03\n/usr/lib/f17\n",
    )
    .unwrap();
    let profile = dir.join("boot.profile");
    let (out, stderr) = run(liveopt()
        .args(["profile", "import", "--format", "list"])
        .arg(&list)
        .arg("-o")
        .arg(&profile));
    assert!(out.status.success(), "{stderr}");
    profile
}

/// An isohybrid ISO (BIOS isolinux + EFI image, MBR and GPT) from `files` (ISO path,
/// local source).
pub fn hybrid_iso(dir: &Path, files: &[(&str, &Path)]) -> PathBuf {
    let tree = dir.join("tree");
    let put = |path: &str, from: &Path| {
        let to = tree.join(path.trim_start_matches('/'));
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(from, to).unwrap();
    };
    put("/isolinux/isolinux.bin", Path::new(ISOLINUX_BIN));
    let efi = dir.join("efi.img");
    fs::write(&efi, vec![0xE5u8; 64 * 1024]).unwrap();
    put("/boot/grub/efi.img", &efi);
    for (path, from) in files {
        put(path, from);
    }
    let iso = dir.join("live.iso");
    testkit::run_ok(
        Command::new("xorriso")
            .args([
                "-as",
                "mkisofs",
                "-quiet",
                "-R",
                "-r",
                "-J",
                "-joliet-long",
                "-l",
            ])
            .args(["-iso-level", "3", "-V", "LIVEOPT_TEST"])
            .args(["--modification-date=2023010203040500"])
            .args(["-b", "isolinux/isolinux.bin", "-c", "isolinux/boot.cat"])
            .args(["-no-emul-boot", "-boot-load-size", "4", "-boot-info-table"])
            .args(["-isohybrid-mbr", ISOHYBRID_MBR])
            .args([
                "-eltorito-alt-boot",
                "-e",
                "boot/grub/efi.img",
                "-no-emul-boot",
            ])
            .args(["-isohybrid-gpt-basdat", "-o"])
            .arg(&iso)
            .arg(&tree),
    );
    iso
}

pub fn text_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

pub const ISOLINUX_CFG: &str =
    "default live\nlabel live\n linux /live/vmlinuz\n initrd /live/initrd.img\n append boot=live\n";

/// A complete live ISO: boot configuration, kernel, initrd, live image.
pub fn live_iso(dir: &Path) -> (PathBuf, PathBuf) {
    let image = squashfs(dir);
    (
        live_iso_with(dir, &image, "/live/filesystem.squashfs"),
        image,
    )
}

/// A bootable live ISO holding `image` at `image_path` (e.g. Fedora's `/LiveOS/squashfs.img`).
pub fn live_iso_with(dir: &Path, image: &Path, image_path: &str) -> PathBuf {
    let cfg = text_file(dir, "isolinux.cfg", ISOLINUX_CFG);
    let kernel = text_file(dir, "vmlinuz", "kernel");
    let initrd = text_file(dir, "initrd.img", "initrd");
    hybrid_iso(
        dir,
        &[
            ("/isolinux/isolinux.cfg", cfg.as_path()),
            ("/live/vmlinuz", kernel.as_path()),
            ("/live/initrd.img", initrd.as_path()),
            (image_path, image),
        ],
    )
}
