//! Command-line errors at boot: one line on stderr, exit status 2, nothing on stdout.

use std::process::Command;

fn boot_bin(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_liveopt-boot"))
        .args(args)
        .output()
        .expect("running liveopt-boot")
}

#[test]
fn usage_errors_are_one_line() {
    for args in [
        &["readahead", "--no-such-flag"][..],
        &["frobnicate"][..],
        &["readahead", "--min-free-mib", "lots"][..],
    ] {
        let out = boot_bin(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("liveopt-boot: "), "{args:?}: {stderr}");
    }
}

#[test]
fn help_still_prints_usage() {
    let out = boot_bin(&["--help"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("readahead") && stdout.contains("migrate"),
        "{stdout}"
    );
}
