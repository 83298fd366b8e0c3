//! `liveopt verify` across formats: an EROFS image (mkfs.erofs, default and
//! Fedora's options) against a squashfs image (mksquashfs) of the same tree is
//! identical; one changed byte is a difference. Needs neither root nor QEMU.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn mkfs_erofs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/erofs-utils/bin/mkfs.erofs")
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn tree(root: &Path, changed: bool) {
    use std::fs;
    fs::create_dir_all(root.join("usr/lib")).unwrap();
    let text: String = (0u64..40_000)
        .map(|i| format!("{i} {}\n", i * i % 7919))
        .collect();
    fs::write(root.join("usr/lib/libbig.so"), &text).unwrap();
    for i in 0..50 {
        fs::write(
            root.join(format!("usr/lib/small-{i}")),
            format!("file {i}\n"),
        )
        .unwrap();
    }
    fs::write(
        root.join("usr/lib/small-7"),
        if changed { "file 7!\n" } else { "file 7\n" },
    )
    .unwrap();
    fs::hard_link(root.join("usr/lib/small-1"), root.join("usr/hardlink")).unwrap();
    std::os::unix::fs::symlink("lib/libbig.so", root.join("usr/link")).unwrap();
    // One time for every path, so the changed byte is the trees' only difference.
    run(Command::new("find").arg(root).args([
        "-exec",
        "touch",
        "-h",
        "-d",
        "@1700000000",
        "{}",
        "+",
    ]));
}

fn verify(a: &Path, b: &Path) -> std::process::Output {
    common::liveopt()
        .arg("verify")
        .arg(a)
        .arg(b)
        .output()
        .unwrap()
}

#[test]
fn erofs_and_squashfs_of_one_tree_verify_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (same, changed) = (dir.path().join("same"), dir.path().join("changed"));
    tree(&same, false);
    tree(&changed, true);
    let squashfs = dir.path().join("a.squashfs");
    run(Command::new("mksquashfs").arg(&same).arg(&squashfs).args([
        "-noappend",
        "-quiet",
        "-no-progress",
    ]));
    let erofs = |name: &str, src: &Path, options: &[&str]| {
        let image = dir.path().join(name);
        run(Command::new(mkfs_erofs())
            .args(options)
            .arg(&image)
            .arg(src));
        image
    };
    let default = erofs("default.erofs", &same, &[]);
    let fedora = erofs(
        "fedora.erofs",
        &same,
        &[
            "-zlzma,level=6",
            "-Eall-fragments,fragdedupe=inode",
            "-C1048576",
        ],
    );
    let lz4hc = erofs("lz4hc.erofs", &same, &["-zlz4hc", "-Eztailpacking"]);
    let other = erofs("changed.erofs", &changed, &["-zlz4hc"]);
    for (a, b) in [
        (&squashfs, &default),
        (&fedora, &squashfs),
        (&lz4hc, &fedora),
    ] {
        let out = verify(a, b);
        assert!(
            out.status.success(),
            "{} vs {}: {}",
            a.display(),
            b.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("identical content"));
    }
    for (a, b) in [(&squashfs, &other), (&other, &fedora)] {
        let out = verify(a, b);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "{} vs {} verified",
            a.display(),
            b.display()
        );
        assert!(
            err.contains("usr/lib/small-7: file contents differ"),
            "{err}"
        );
    }
}
