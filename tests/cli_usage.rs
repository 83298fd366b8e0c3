//! Usage errors are one line on stderr with exit code 2; help still prints in full.

use std::process::Command;

fn liveopt(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_liveopt"))
        .args(args)
        .output()
        .expect("run liveopt")
}

#[test]
fn usage_errors_are_one_line() {
    for args in [
        &[
            "sort",
            "in.sq",
            "--profile",
            "p",
            "-o",
            "out.sq",
            "--comp",
            "foo",
        ][..],
        &["no-such-command"][..],
        &["sort"][..],
    ] {
        let out = liveopt(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("liveopt: "), "{stderr}");
    }
    let bad_comp = liveopt(&["sort", "a", "--profile", "b", "-o", "c", "--comp", "foo"]);
    let stderr = String::from_utf8(bad_comp.stderr).unwrap();
    assert!(
        stderr.contains("possible values: gzip, xz, zstd, lz4"),
        "{stderr}"
    );
}

#[test]
fn help_is_full() {
    let out = liveopt(&["sort", "--help"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("--readahead") && stdout.lines().count() > 10);
}
