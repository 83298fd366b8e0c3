//! `liveopt install` outside a block live root (this host: an ordinary root, no
//! /run/liveopt/stack): one line that points at `migrate --to-disk`, a non-zero exit,
//! nothing written.

use crate::common;

#[test]
fn install_outside_a_block_live_root_refuses_in_one_line() {
    assert!(
        !std::path::Path::new(boot::initramfs::STACK_FILE).exists(),
        "the test host must not be a block live system"
    );
    let scratch = tempfile::tempdir().unwrap();
    let target = scratch.path().join("disk.img");
    std::fs::write(&target, vec![0u8; 1 << 20]).unwrap();
    for yes in [false, true] {
        let mut cmd = common::liveopt();
        cmd.arg("install");
        if yes {
            cmd.arg("--yes");
        }
        let out = cmd.arg(&target).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains("migrate --to-disk"), "{stderr}");
        assert!(std::fs::read(&target).unwrap().iter().all(|&b| b == 0));
    }
}

/// A clear password where a crypt(3) hash is asked for is refused by the argument parser
/// (exit 2), before anything looks at the disk.
#[test]
fn a_password_that_is_not_a_hash_is_refused() {
    let scratch = tempfile::tempdir().unwrap();
    let target = scratch.path().join("disk.img");
    std::fs::write(&target, vec![0u8; 1 << 20]).unwrap();
    let out = common::liveopt()
        .args(["install", "--yes", "--password-hash", "root=secret"])
        .arg(&target)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not a crypt(3) hash"), "{stderr}");
    assert!(std::fs::read(&target).unwrap().iter().all(|&b| b == 0));
}
