//! The command line as people meet it: usage and I/O errors are one line, help prints in
//! full, completions and the man page cover every subcommand, a closed pipe ends quietly.

use std::io::Write;
use std::process::{Command, Stdio};

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

/// The subcommands `liveopt --help` lists (clap's own `help` left out).
fn subcommands() -> Vec<String> {
    let help = String::from_utf8(liveopt(&["--help"]).stdout).unwrap();
    let names: Vec<String> = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        // A wrapped description continues on a deeper-indented line.
        .filter(|line| !line.starts_with("   "))
        .map(|line| line.split_whitespace().next().unwrap().to_string())
        .filter(|name| name != "help")
        .collect();
    assert!(names.len() >= 10, "{help}");
    names
}

#[test]
fn bash_completion_parses_and_knows_every_subcommand() {
    let out = liveopt(&["completions", "bash"]);
    assert!(out.status.success());
    let script = String::from_utf8(out.stdout).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liveopt.bash");
    std::fs::write(&path, &script).unwrap();
    let check = Command::new("bash").arg("-n").arg(&path).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    for name in subcommands() {
        assert!(script.contains(&format!("liveopt,{name})")), "{name}");
    }
    for shell in ["zsh", "fish"] {
        let out = liveopt(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("readahead-list"), "{shell}");
    }
}

#[test]
fn man_page_renders_and_names_every_subcommand() {
    let out = liveopt(&["man"]);
    assert!(out.status.success());
    let mut groff = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run groff (groff-base)");
    groff.stdin.take().unwrap().write_all(&out.stdout).unwrap();
    let rendered = groff.wait_with_output().unwrap();
    let warnings = String::from_utf8(rendered.stderr).unwrap();
    assert!(
        rendered.status.success() && warnings.is_empty(),
        "{warnings}"
    );
    let page = String::from_utf8(rendered.stdout).unwrap();
    let headings: Vec<&str> = page.lines().map(str::trim).collect();
    let nested = ["profile show", "qemu compare"].map(String::from);
    for name in subcommands().iter().chain(&nested) {
        let heading = format!("liveopt {name}");
        assert!(headings.contains(&heading.as_str()), "{heading}");
    }
    assert!(page.contains("liveopt verify filesystem.squashfs sorted.squashfs"));
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("paths.txt");
    let paths: String = (0..5000)
        .map(|i| format!("/usr/share/doc/package-{i}/changelog.Debian.gz\n"))
        .collect();
    std::fs::write(&list, paths).unwrap();
    let profile = dir.path().join("boot.profile");
    let import = liveopt(&[
        "profile",
        "import",
        "--format",
        "list",
        list.to_str().unwrap(),
        "-o",
        profile.to_str().unwrap(),
    ]);
    assert!(import.status.success());
    let profile = profile.to_str().unwrap();
    // More than a pipe holds, so the writer is still writing when the reader goes away.
    for args in [
        &["profile", "show", "--paths", profile][..],
        &["profile", "export", "--format", "mksquashfs", profile][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_liveopt"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8(out.stderr).unwrap(), "", "{args:?}");
    }
}

#[test]
fn a_missing_image_is_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.squashfs");
    let out = liveopt(&["verify", missing.to_str().unwrap(), "other.squashfs"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "liveopt: cannot open {}: No such file or directory (os error 2)\n",
            missing.display()
        )
    );
}
