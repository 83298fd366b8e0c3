//! Helpers shared by the workspace's tests, and only by tests (a dev-dependency): reproducible
//! incompressible data and running a command that must succeed. Fixtures that need the
//! `liveopt` binary or the example live system stay in the root crate's `tests/common`.
//! [`crafted_squashfs`]: hostile squashfs images for the reader's and the commands' tests.

pub mod crafted_squashfs;

use std::path::Path;
use std::process::{Command, Output};

/// Reproducible incompressible bytes (xorshift64*): mksquashfs stores them as they are, so
/// image offsets in tests are predictable.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out.extend_from_slice(&x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Runs `cmd`, panicking with its stderr and stdout unless it exits 0.
pub fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

/// The names of the entries of `dir`, sorted: compared before and after a command to prove
/// it left nothing behind.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_is_reproducible_and_seed_dependent() {
        assert_eq!(noise(7, 1000), noise(7, 1000));
        assert_ne!(noise(7, 64), noise(8, 64));
        assert_eq!(noise(1, 13).len(), 13);
    }

    #[test]
    fn run_ok_panics_on_failure() {
        assert!(std::panic::catch_unwind(|| run_ok(&mut Command::new("false"))).is_err());
        run_ok(&mut Command::new("true"));
    }
}
