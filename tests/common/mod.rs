//! Helpers shared by the integration tests that boot the example live system.
#![allow(dead_code)]

pub mod shared_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn liveopt_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_liveopt"))
}

pub fn liveopt() -> Command {
    Command::new(liveopt_bin())
}

pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(qemu::example::DEFAULT_DIR)
}

/// Builds (or reuses) the example through the CLI, as a user would; returns its paths.
pub fn example() -> qemu::Example {
    let dir = example_dir();
    let out = liveopt()
        .args(["qemu", "build-example"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "build-example failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let version = stdout
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("kernel ")?
                .split('(')
                .nth(1)?
                .strip_suffix(')')
        })
        .expect("build-example prints the kernel version")
        .to_string();
    qemu::Example::paths(&dir.canonicalize().unwrap(), &version)
}

