//! `liveopt profile ...` driven through the real binary, plus the proof that an
//! exported sort file really makes mksquashfs and gensquashfs lay files out in
//! the profile's order (found by searching the image for each file's content).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use testkit::noise;

fn liveopt(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_liveopt"))
        .args(args)
        .output()
        .expect("running liveopt")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(args: &[&str]) -> Output {
    let o = liveopt(args);
    assert!(
        o.status.success(),
        "liveopt {args:?} failed: {}",
        stderr(&o)
    );
    o
}

/// Runs a failing command; returns its one-line error.
fn fails(args: &[&str]) -> String {
    let o = liveopt(args);
    assert!(!o.status.success(), "liveopt {args:?} should fail");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "error is not one line: {err:?}");
    assert!(err.starts_with("liveopt: "), "{err}");
    err
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A profile in the text format naming `paths` in order (escaped as the format wants).
fn profile_text(paths: &[&str], recorder: &str) -> String {
    let mut t = format!(
        "liveopt-profile 1\nrecorder {recorder}\nevents 7\ndropped 0\nboots 1\nduration_ns 2000000000\n"
    );
    for (i, p) in paths.iter().enumerate() {
        let escaped = p.replace('\\', "\\\\").replace(' ', "\\x20");
        t.push_str(&format!(
            "file {escaped} inode={} t={} kinds=open,read pages=0-{} count=2 pid=1 comm=init\n",
            i + 10,
            i * 1_000_000,
            i
        ));
    }
    t.push_str(&format!("end files={} reads=0\n", paths.len()));
    t
}

fn write_profile(dir: &Path, name: &str, paths: &[&str]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, profile_text(paths, "test")).unwrap();
    path
}

#[test]
fn show_summarizes_and_lists_paths() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_profile(
        dir.path(),
        "a.profile",
        &["/usr/bin/ls", "/etc/a b", "/lib/x.so"],
    );
    let out = stdout(&ok(&["profile", "show", s(&p)]));
    assert!(out.contains("recorder:   test"), "{out}");
    assert!(out.contains("events:     7 (0 dropped)"), "{out}");
    // Pages 0-0, 0-1, 0-2: 6 pages.
    assert!(
        out.contains("files:      3, 6 pages read (24.0 KiB)"),
        "{out}"
    );
    assert!(out.contains("open 3, read 3"), "{out}");
    assert!(out.contains("/etc/a b"), "{out}");
    let paths = stdout(&ok(&["profile", "show", "--paths", s(&p)]));
    assert_eq!(paths, "/usr/bin/ls\n/etc/a b\n/lib/x.so\n");
}

#[test]
fn merge_orders_by_median_rank() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_profile(dir.path(), "a", &["/a", "/b", "/c"]);
    let b = write_profile(dir.path(), "b", &["/c", "/a", "/b"]);
    let c = write_profile(dir.path(), "c", &["/c", "/b", "/d"]);
    let out = dir.path().join("m.profile");
    ok(&["profile", "merge", s(&a), s(&b), s(&c), "-o", s(&out)]);
    let paths = stdout(&ok(&["profile", "show", "--paths", s(&out)]));
    // /c: ranks 2,0,0 -> 0. /a: 0,1 -> 0.5. /b: 1,2,1 -> 1. /d: 2.
    assert_eq!(paths, "/c\n/a\n/b\n/d\n");
    let summary = stdout(&ok(&["profile", "show", s(&out)]));
    assert!(summary.contains("recorder:   merge"), "{summary}");
    assert!(summary.contains("boots:      3"), "{summary}");
    assert!(summary.contains("events:     21"), "{summary}");
}

#[test]
fn export_import_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let paths = ["/usr/bin/ls", "/etc/a b", "/lib/x.so", "/back\\slash"];
    let p = write_profile(dir.path(), "a.profile", &paths);
    let want: String = paths.iter().map(|p| format!("{p}\n")).collect();
    for format in ["mksquashfs", "gensquashfs"] {
        let sort = dir.path().join(format!("{format}.sort"));
        ok(&[
            "profile",
            "export",
            "--format",
            format,
            s(&p),
            "-o",
            s(&sort),
        ]);
        // To stdout: the same bytes.
        let to_stdout = ok(&["profile", "export", "--format", format, s(&p)]).stdout;
        assert_eq!(to_stdout, std::fs::read(&sort).unwrap());
        let back = dir.path().join(format!("{format}.profile"));
        ok(&[
            "profile",
            "import",
            "--format",
            format,
            s(&sort),
            "-o",
            s(&back),
        ]);
        let got = stdout(&ok(&["profile", "show", "--paths", s(&back)]));
        assert_eq!(
            got,
            want.replace("/back\\slash", "/back\\\\slash"),
            "{format}"
        );
        let summary = stdout(&ok(&["profile", "show", s(&back)]));
        assert!(summary.contains(&format!("recorder:   import {format}")));
    }
    // A plain list, with --paths output as input.
    let list = dir.path().join("list");
    std::fs::write(&list, stdout(&ok(&["profile", "show", "--paths", s(&p)]))).unwrap();
    let back = dir.path().join("list.profile");
    ok(&[
        "profile",
        "import",
        "--format",
        "list",
        s(&list),
        "-o",
        s(&back),
    ]);
    let got = stdout(&ok(&["profile", "show", "--paths", s(&back)]));
    assert_eq!(got, std::fs::read_to_string(&list).unwrap());
}

#[test]
fn bad_input_fails_cleanly_without_output() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_profile(dir.path(), "good", &["/a"]);
    let garbage = dir.path().join("garbage");
    std::fs::write(&garbage, "hello world\n").unwrap();
    let newer = dir.path().join("newer");
    std::fs::write(&newer, "liveopt-profile 3\nwhatever\n").unwrap();
    let truncated = dir.path().join("truncated");
    let text = profile_text(&["/a", "/b"], "test");
    std::fs::write(&truncated, &text[..text.len() - 20]).unwrap();
    let out = dir.path().join("out");

    let e = fails(&["profile", "show", s(&garbage)]);
    assert!(e.contains("line 1: not a liveopt profile"), "{e}");
    let e = fails(&["profile", "show", s(&newer)]);
    assert!(
        e.contains("profile format version 3 is newer than this liveopt supports (2)"),
        "{e}"
    );
    let e = fails(&["profile", "show", s(&truncated)]);
    assert!(e.contains("line 9: profile is truncated"), "{e}");
    let e = fails(&["profile", "show", s(&dir.path().join("missing"))]);
    assert!(e.contains("missing"), "{e}");

    fails(&["profile", "merge", s(&good), s(&truncated), "-o", s(&out)]);
    assert!(!out.exists());
    fails(&[
        "profile",
        "export",
        "--format",
        "mksquashfs",
        s(&garbage),
        "-o",
        s(&out),
    ]);
    assert!(!out.exists());
    let bad_sort = dir.path().join("bad.sort");
    std::fs::write(&bad_sort, "usr/bin/ls 1\nusr/bin/cat lots\n").unwrap();
    let e = fails(&[
        "profile",
        "import",
        "--format",
        "mksquashfs",
        s(&bad_sort),
        "-o",
        s(&out),
    ]);
    assert!(e.contains("line 2"), "{e}");
    assert!(!out.exists());
    // Nothing but the inputs in the directory: no temp files left behind.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["bad.sort", "garbage", "good", "newer", "truncated"]);
}

/// Names in the test tree: plain, nested, and ones the sort file formats must
/// escape or pass through (space, tab, `#`, backslash, non-UTF-8).
const TREE: [&[u8]; 12] = [
    b"unlisted-first",
    b"d1/a",
    b"d1/b",
    b"d2/c",
    b"d2/unlisted",
    b"sp ace/f g",
    b"z",
    b"zz-unlisted",
    b"#hash",
    b"back\\slash",
    b"tab\tx",
    b"d1/\xff\xfe",
];

/// The profile's order, chosen against the name order the tools would use.
const PROFILE_ORDER: [&[u8]; 9] = [
    b"z",
    b"sp ace/f g",
    b"#hash",
    b"d2/c",
    b"back\\slash",
    b"d1/\xff\xfe",
    b"tab\tx",
    b"d1/b",
    b"d1/a",
];

/// Builds the tree with unique random content; returns (image path, content).
fn make_tree(root: &Path) -> Vec<(&'static [u8], Vec<u8>)> {
    use std::os::unix::ffi::OsStrExt;
    TREE.iter()
        .enumerate()
        .map(|(i, name)| {
            let path = root.join(std::ffi::OsStr::from_bytes(name));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let data = noise(i as u64 + 1, 20_000 + i * 1000);
            std::fs::write(&path, &data).unwrap();
            (*name, data)
        })
        .collect()
}

/// Files in the order their data appears in `image`.
fn order_in_image(image: &[u8], files: &[(&'static [u8], Vec<u8>)]) -> Vec<&'static [u8]> {
    let mut found: Vec<(usize, &[u8])> = files
        .iter()
        .map(|(name, data)| {
            let needle = &data[..4096];
            let at = image
                .windows(needle.len())
                .position(|w| w == needle)
                .unwrap_or_else(|| {
                    panic!(
                        "data of {} not found stored uncompressed",
                        String::from_utf8_lossy(name)
                    )
                });
            (at, *name)
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

/// Saves a profile naming `PROFILE_ORDER` (through the library: the names are bytes).
fn write_byte_profile(dir: &Path) -> PathBuf {
    let p = formats::profile::Profile {
        source: formats::profile::Source {
            recorder: "test".into(),
            boots: 1,
            ..Default::default()
        },
        files: PROFILE_ORDER
            .iter()
            .map(|name| formats::profile::FileEntry {
                path: [b"/", *name].concat(),
                ..Default::default()
            })
            .collect(),
        image_reads: vec![],
    };
    let path = dir.join("p.profile");
    formats::profile::save(&path, &p).unwrap();
    path
}

/// Runs a tool that must succeed; returns its stderr.
fn run_tool(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?} (run scripts/setup.sh): {e}"));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{cmd:?}: {err}");
    err
}

#[test]
fn mksquashfs_follows_the_exported_order() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    let files = make_tree(&src);
    let p = write_byte_profile(dir.path());
    let sort = dir.path().join("sort");
    ok(&[
        "profile",
        "export",
        "--format",
        "mksquashfs",
        s(&p),
        "-o",
        s(&sort),
    ]);
    let image = dir.path().join("img.sqfs");
    // No compression and no fragments: each file's data is stored verbatim, whole.
    let err = run_tool(
        Command::new("mksquashfs")
            .arg(&src)
            .arg(&image)
            .arg("-sort")
            .arg(&sort)
            .args(["-noappend", "-noI", "-noD", "-noF", "-noX", "-no-fragments"])
            .args(["-quiet", "-no-progress"]),
    );
    // Every sort file entry was found in the source directory.
    assert!(!err.contains("Cannot stat sortlist entry"), "{err}");
    let order = order_in_image(&std::fs::read(&image).unwrap(), &files);
    let n = PROFILE_ORDER.len();
    assert_eq!(&order[..n], &PROFILE_ORDER[..], "full order: {order:?}");
    // Unlisted files come after every listed one (the root line), in reverse name order.
    assert_eq!(
        &order[n..],
        [&b"zz-unlisted"[..], b"unlisted-first", b"d2/unlisted"]
    );
}

#[test]
fn gensquashfs_follows_the_exported_order() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    let files = make_tree(&src);
    let p = write_byte_profile(dir.path());
    let sort = dir.path().join("sort");
    ok(&[
        "profile",
        "export",
        "--format",
        "gensquashfs",
        s(&p),
        "-o",
        s(&sort),
    ]);
    let image = dir.path().join("img.sqfs");
    // Random data does not compress: gensquashfs stores those blocks as is.
    let out = Command::new("gensquashfs")
        .arg("--pack-dir")
        .arg(&src)
        .arg("--sort-file")
        .arg(&sort)
        .args(["--compressor", "gzip", "--quiet"])
        .arg(&image)
        .output()
        .expect("running gensquashfs (run scripts/setup.sh)");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "gensquashfs: {err}");
    // Every line matched a file.
    assert!(!err.contains("no match"), "{err}");
    let order = order_in_image(&std::fs::read(&image).unwrap(), &files);
    let n = PROFILE_ORDER.len();
    assert_eq!(&order[..n], &PROFILE_ORDER[..], "full order: {order:?}");
}
