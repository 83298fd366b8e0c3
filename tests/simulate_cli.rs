//! `liveopt simulate` end to end on the real binary: two mksquashfs images of one
//! tree in different orders (`-sort`), hand-written block traces, figures checked
//! against the CD model computed by hand, and bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use testkit::{noise, run_ok};

use serde_json::Value;

const BS: usize = 4096;

fn liveopt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_liveopt"))
}

/// Runs a command that must fail with one `liveopt: ...` line and no output.
fn run_err(cmd: &mut Command) -> String {
    let out = cmd.output().expect("spawn");
    assert_eq!(out.status.code(), Some(1), "{cmd:?}");
    assert!(out.stdout.is_empty(), "{cmd:?} printed output");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("liveopt: "), "{err}");
    err
}

struct Images {
    dir: tempfile::TempDir,
    a: PathBuf,
    b: PathBuf,
}

/// One tree, squashed in directory order (`a`) and with hot files first (`b`).
fn images() -> Images {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir_all(root.join("etc")).unwrap();
    let files: [(&str, usize); 5] = [
        ("big.bin", 6 * BS),
        ("etc/conf", 700),
        ("lib.so", 4 * BS + 10),
        ("tool", 3 * BS),
        ("zz.bin", 5 * BS),
    ];
    for (i, (name, len)) in files.iter().enumerate() {
        fs::write(root.join(name), noise(i as u64 + 1, *len)).unwrap();
    }
    let sort = dir.path().join("sort");
    fs::write(&sort, "zz.bin 30\ntool 20\n").unwrap();
    let squash = |out: &Path, extra: &[&str]| {
        let st = Command::new("mksquashfs")
            .arg(&root)
            .arg(out)
            .args(["-b", "4096", "-comp", "gzip", "-noappend", "-no-xattrs"])
            .args(["-all-root", "-mkfs-time", "0", "-all-time", "0"])
            .args(["-quiet", "-no-progress"])
            .args(extra)
            .status()
            .expect("mksquashfs");
        assert!(st.success());
    };
    let (a, b) = (dir.path().join("a.sqfs"), dir.path().join("b.sqfs"));
    squash(&a, &[]);
    squash(&b, &["-sort", sort.to_str().unwrap()]);
    Images { dir, a, b }
}

/// (start, on-disk length) of a file's data blocks, from the squashfs reader.
fn blocks(image: &Path, path: &str) -> (u64, u64) {
    let archive = squashfs::Archive::open(image).unwrap();
    let e = archive.find(path.as_bytes()).unwrap();
    let f = e.file().unwrap();
    (
        f.blocks_start,
        f.block_positions().map(|p| p.1 as u64).sum(),
    )
}

/// A block trace of `reads` (offset, len) on `image`, one every microsecond.
pub fn write_trace(dir: &Path, name: &str, image: &Path, reads: &[(u64, u64)]) -> PathBuf {
    let mut s = String::from("# liveopt block trace v1\n# medium: disk\n");
    s += &format!(
        "# image_size: {}\n# time_ns offset len\n",
        fs::metadata(image).unwrap().len()
    );
    for (i, (o, l)) in reads.iter().enumerate() {
        s += &format!("{} {o} {l}\n", i * 1000);
    }
    let p = dir.join(name);
    fs::write(&p, s).unwrap();
    p
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

#[test]
fn a_trace_on_one_order_is_timed_on_the_other_by_hand() {
    let im = images();
    let (z, t) = (blocks(&im.a, "/zz.bin"), blocks(&im.a, "/tool"));
    let trace = write_trace(im.dir.path(), "t", &im.a, &[t, z, t]);
    let out = run_ok(
        liveopt()
            .args(["simulate", "--json", "--model", "cdrom", "--trace"])
            .arg(&trace)
            .arg("--image")
            .arg(&im.b)
            .arg("--traced-image")
            .arg(&im.a),
    );
    let v = json(&out);
    let (zb, tb) = (blocks(&im.b, "/zz.bin"), blocks(&im.b, "/tool"));
    assert_ne!((zb.0, tb.0), (z.0, t.0), "the orders differ");
    // In b, zz.bin then tool are the first data (-sort): tool read first, then zz.bin.
    assert_eq!(zb.0 + zb.1, tb.0);
    let size = fs::metadata(&im.b).unwrap().len();
    let seek = |d: u64| 0.075 + 0.075 * d as f64 / size as f64;
    let want = seek(tb.0) + tb.1 as f64 / 3.6e6 + seek(tb.0 + tb.1 - zb.0) + zb.1 as f64 / 3.6e6;
    let cd = &v["media"][0];
    assert_eq!(cd["medium"], "cdrom");
    let got = cd["total"]["seconds"].as_f64().unwrap();
    assert!((got - want).abs() < 1e-9, "{got} vs {want}");
    assert_eq!(cd["total"]["requests"], 2);
    assert_eq!(cd["total"]["seeks"], 2);
    assert_eq!(cd["total"]["bytes"], zb.1 + tb.1);
    assert_eq!(v["cached_bytes"], t.1);
    assert_eq!(v["unmapped_bytes"], 0);
    assert_eq!(v["translated"], true);
    // Sequential limit: one seek to the lowest byte, then every distinct byte.
    let limit = seek(zb.0) + (zb.1 + tb.1) as f64 / 3.6e6;
    assert!((cd["sequential_limit_s"].as_f64().unwrap() - limit).abs() < 1e-9);
}

#[test]
fn untranslated_equals_translated_onto_itself_and_is_deterministic() {
    let im = images();
    let len = fs::metadata(&im.a).unwrap().len();
    let mut reads: Vec<(u64, u64)> = (0..len)
        .step_by(3000)
        .map(|o| (o, 3000.min(len - o)))
        .collect();
    reads.reverse();
    let trace = write_trace(im.dir.path(), "t", &im.a, &reads);
    let run = |traced: bool| {
        let mut c = liveopt();
        c.args(["simulate", "--all-models", "--trace"])
            .arg(&trace)
            .arg("--image")
            .arg(&im.a);
        if traced {
            c.arg("--traced-image").arg(&im.a);
        }
        run_ok(c.arg("--json"))
    };
    let (raw, same) = (json(&run(false)), json(&run(true)));
    assert_eq!(raw["media"], same["media"]);
    assert_eq!(raw["media"].as_array().unwrap().len(), 5);
    assert_eq!(raw["distinct_bytes"], len);
    assert_eq!(run(true).stdout, run(true).stdout);
    // The text table has one row per medium.
    let text = run_ok(
        liveopt()
            .args(["simulate", "--all-models", "--trace"])
            .arg(&trace)
            .arg("--image")
            .arg(&im.a),
    );
    let text = String::from_utf8(text.stdout).unwrap();
    for m in ["cdrom", "dvd", "usb2", "sd", "hdd"] {
        assert!(text.lines().any(|l| l.starts_with(m)), "{m}: {text}");
    }
}

#[test]
fn a_readahead_list_is_read_first() {
    let im = images();
    let (z, t) = (blocks(&im.a, "/zz.bin"), blocks(&im.a, "/tool"));
    let trace = write_trace(im.dir.path(), "t", &im.a, &[z, t]);
    // A list for b holding zz.bin only.
    let zb = blocks(&im.b, "/zz.bin");
    let archive = squashfs::Archive::open(&im.b).unwrap();
    let head = archive
        .read_raw(0, 65536.min(archive.superblock().bytes_used as usize))
        .unwrap();
    let list = formats::readahead::ReadaheadList {
        identity: formats::readahead::ListIdentity::new(
            formats::ImageIdentity::of_squashfs(&archive).unwrap(),
            &head,
        ),
        ranges: vec![formats::Extent::new(zb.0, zb.1)],
    };
    let list_path = im.dir.path().join("list");
    let mut f = fs::File::create(&list_path).unwrap();
    formats::readahead::write(&list, &mut f).unwrap();
    let out = run_ok(
        liveopt()
            .args(["simulate", "--json", "--trace"])
            .arg(&trace)
            .args(["--image"])
            .arg(&im.b)
            .arg("--traced-image")
            .arg(&im.a)
            .arg("--readahead")
            .arg(&list_path),
    );
    let v = json(&out);
    assert_eq!(v["readahead_bytes"], zb.1);
    assert_eq!(v["cached_bytes"], zb.1);
    let cd = &v["media"][0];
    assert_eq!(cd["boot"]["requests"], 1);
    assert_eq!(cd["boot"]["bytes"], t.1);
    // zz.bin's 5 blocks in requests no larger than the trace's largest (zz.bin) read.
    assert_eq!(cd["readahead"]["requests"], 1);
    // The same list does not belong to a.
    let err = run_err(
        liveopt()
            .args(["simulate", "--trace"])
            .arg(&trace)
            .arg("--image")
            .arg(&im.a)
            .arg("--readahead")
            .arg(&list_path),
    );
    assert!(err.contains("another image"), "{err}");
}

#[test]
fn bad_input_is_one_line_and_non_zero() {
    let im = images();
    let good = write_trace(im.dir.path(), "good", &im.a, &[(0, 4096)]);
    let garbage = im.dir.path().join("garbage");
    fs::write(&garbage, "hello\n1 2 3\n").unwrap();
    let sim = |trace: &Path, image: &Path| {
        let mut c = liveopt();
        c.args(["simulate", "--trace"])
            .arg(trace)
            .arg("--image")
            .arg(image);
        c
    };
    let err = run_err(&mut sim(&garbage, &im.a));
    assert!(err.contains("not a liveopt block trace"), "{err}");
    let bad_line = im.dir.path().join("badline");
    fs::write(&bad_line, "# liveopt block trace v1\n1 x 3\n").unwrap();
    assert!(run_err(&mut sim(&bad_line, &im.a)).contains("line 2"));
    let err = run_err(&mut sim(&good, &im.dir.path().join("missing.sqfs")));
    assert!(err.contains("missing.sqfs"), "{err}");
    let err = run_err(&mut sim(&im.dir.path().join("missing.trace"), &im.a));
    assert!(err.contains("missing.trace"), "{err}");
    // Not a squashfs image.
    let err = run_err(&mut sim(&good, &garbage));
    assert!(err.contains("garbage"), "{err}");
    // A trace recorded on an image of another size, replayed without --traced-image.
    let other = im.dir.path().join("other");
    let text = fs::read_to_string(&good).unwrap();
    let size = fs::metadata(&im.a).unwrap().len();
    fs::write(
        &other,
        text.replace(&format!("image_size: {size}"), "image_size: 99"),
    )
    .unwrap();
    let err = run_err(&mut sim(&other, &im.a));
    assert!(err.contains("--traced-image"), "{err}");
    // Garbage readahead list.
    let err = run_err(sim(&good, &im.a).arg("--readahead").arg(&garbage));
    assert!(err.contains("readahead"), "{err}");
    // --evidenced needs --traced-image (a usage error from clap).
    let out = sim(&good, &im.a).arg("--evidenced").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_evidence_profile_is_read_and_checked() {
    let im = images();
    let t = blocks(&im.a, "/tool");
    let trace = write_trace(im.dir.path(), "t", &im.a, &[(0, 96), t]);
    let prof = im.dir.path().join("p");
    fs::write(
        &prof,
        "liveopt-profile 1\nrecorder test\nevents 1\ndropped 0\nboots 1\nduration_ns 1\n\
         file /tool t=1 kinds=open pages= count=1\nend files=1 reads=0\n",
    )
    .unwrap();
    let sim = |profile: &Path| {
        let mut c = liveopt();
        c.args(["simulate", "--json", "--trace"])
            .arg(&trace)
            .arg("--image")
            .arg(&im.b)
            .arg("--traced-image")
            .arg(&im.a)
            .arg("--evidence-profile")
            .arg(profile);
        c
    };
    let v = json(&run_ok(&mut sim(&prof)));
    assert_eq!(v["objects"], "profile");
    assert_eq!(
        v["media"][0]["total"]["bytes"],
        96 + blocks(&im.b, "/tool").1
    );
    // A truncated profile is refused.
    let text = fs::read_to_string(&prof).unwrap();
    fs::write(&prof, text.replace("end files=1 reads=0\n", "")).unwrap();
    let err = run_err(&mut sim(&prof));
    assert!(err.contains("profile"), "{err}");
}
