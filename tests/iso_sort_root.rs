//! `liveopt iso sort` with no space left in the output's directory (a 2 MiB tmpfs; needs
//! root): one line, non-zero exit, nothing written there, the input untouched.

use std::fs;
use std::process::Command;

use crate::common::iso_fixture::{live_iso, profile, run};
use crate::common::liveopt;

/// A tmpfs mounted for the test's lifetime.
struct Tmpfs(std::path::PathBuf);

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn no_space_left_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (iso, _) = live_iso(tmp.path());
    let profile = profile(tmp.path());
    let before = fs::read(&iso).unwrap();
    let small = tmp.path().join("small");
    fs::create_dir(&small).unwrap();
    let status = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(&small)
        .status()
        .unwrap();
    assert!(status.success(), "mounting a tmpfs (needs root)");
    let _mounted = Tmpfs(small.clone());
    for extra in [&[][..], &["--no-rewrite"][..]] {
        let output = small.join("sorted.iso");
        let (out, stderr) = run(liveopt()
            .args(["iso", "sort"])
            .arg(&iso)
            .arg("--profile")
            .arg(&profile)
            .arg("-o")
            .arg(&output)
            .args(extra));
        assert!(!out.status.success(), "{extra:?}: accepted");
        assert!(
            stderr.contains("No space left") || stderr.contains("exceeds free space"),
            "{extra:?}: {stderr}"
        );
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert_eq!(
            fs::read_dir(&small).unwrap().count(),
            0,
            "{extra:?}: left files in the output directory"
        );
        assert_eq!(fs::read(&iso).unwrap(), before);
    }
}
