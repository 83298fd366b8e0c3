//! Every command that reads a squashfs image, on each crafted hostile image
//! (`testkit::crafted_squashfs`): it ends within seconds with a one-line error, its peak
//! memory (as GNU time reports it) stays under 256 MiB, it writes nothing and
//! leaves the input as it was. One exception, by design: `sort` copies data blocks raw
//! (no recompression asked), so a block that expands past the block size is copied as it
//! is, unread, and the sort succeeds; `sort --recompress` reads it and fails. The boot
//! side's `readahead`, given a list made for the crafted image (its superblock's fields,
//! every byte of it as one range), never fails a boot: it exits 0 with one line. `qemu
//! profile --image` refuses a crafted image before it boots anything, except the expanding
//! block, which it boots (the image's metadata is sound; only reading that file fails).
//! Figures: results/reliability/crafted-images.md.

use sha2::Digest;
use std::fmt::Write;
use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use testkit::crafted_squashfs as crafted;
use testkit::file_names;

const MAX_RSS_KIB: i64 = 256 * 1024;
const MAX_TIME: Duration = Duration::from_secs(10);

/// A profile naming no image (sort is given `--force`) and a block trace of two reads.
const PROFILE: &str = "liveopt-profile 1\nrecorder merge\nevents 0\ndropped 0\nboots 1\n\
                       duration_ns 0\nend files=0 reads=0\n";
const TRACE: &str = "# liveopt block trace v1\n# medium: cdrom\n# image_offset: 0\n\
                     # image_size: 65536\n# time_ns offset len\n5 0 4096\n9 8192 4096\n";

/// A readahead list for `image` as it is: the identity its superblock claims (fields read
/// raw, the sha256 of what the file holds of `bytes_used`), one range over the whole file.
fn list_for(image: &[u8]) -> String {
    let le = |at: usize, n: usize| {
        image[at..at + n]
            .iter()
            .rev()
            .fold(0u64, |v, &b| v << 8 | u64::from(b))
    };
    let bytes_used = le(40, 8);
    let compressor = boot::readahead::compressor_name(le(20, 2) as u16);
    let held = &image[..image.len().min(bytes_used as usize)];
    let identity = formats::ImageIdentity {
        bytes_used,
        mkfs_time: le(8, 4) as u32,
        inode_count: le(4, 4) as u32,
        block_size: le(12, 4) as u32,
        compressor: compressor.into(),
        sha256: sha2::Sha256::digest(held)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    };
    let list = formats::readahead::ReadaheadList {
        identity: formats::readahead::ListIdentity::new(identity, &image[..image.len().min(4096)]),
        ranges: vec![formats::Extent::new(0, held.len() as u64)],
    };
    let mut text = Vec::new();
    formats::readahead::write(&list, &mut text).unwrap();
    String::from_utf8(text).unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    squashfs::Compressor::new(squashfs::format::CompressorId::Gzip, None, 4096)
        .unwrap()
        .compress(data)
        .unwrap()
        .unwrap()
}

struct Run {
    status: std::process::ExitStatus,
    stderr: String,
    took: Duration,
    max_rss_kib: i64,
}

/// Runs `cmd` to the end under GNU time, which reports the command's own peak resident
/// memory. Why not wait4 here: std spawns with vfork, and exec folds the parent's
/// high-water mark (this test process, hundreds of MiB in a full run) into the child's
/// `ru_maxrss`; GNU time forks a small process first, so the figure is the command's.
fn measured(cmd: &mut Command) -> Run {
    let report = tempfile::NamedTempFile::new().unwrap();
    let mut timed = Command::new("/usr/bin/time");
    timed
        .args(["-f", "%M", "-o"])
        .arg(report.path())
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    let t0 = Instant::now();
    let out = timed
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("running /usr/bin/time (Debian package `time`)");
    let took = t0.elapsed();
    let max_rss_kib = fs::read_to_string(report.path())
        .unwrap()
        .lines()
        .last()
        .and_then(|line| line.trim().parse().ok())
        .expect("GNU time's %M report");
    Run {
        status: out.status,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
        max_rss_kib,
    }
}

/// What a run did past the bounds: more than [`MAX_TIME`], more than [`MAX_RSS_KIB`].
fn over_bounds(run: &Run, mib: f64) -> Vec<String> {
    let mut problems = Vec::new();
    if run.took > MAX_TIME {
        problems.push(format!("took {:?}", run.took));
    }
    if run.max_rss_kib > MAX_RSS_KIB {
        problems.push(format!("peak RSS {mib:.0} MiB"));
    }
    problems
}

/// Runs `liveopt ARGS` in `dir` (measured) and adds its row to `table`: the run, its
/// stderr with `dir` written DIR, its peak RSS in MiB.
fn liveopt_row(
    table: &mut String,
    dir: &std::path::Path,
    image: &str,
    label: &str,
    args: &[&str],
) -> (Run, String, f64) {
    let run = measured(
        Command::new(env!("CARGO_BIN_EXE_liveopt"))
            .args(args)
            .current_dir(dir),
    );
    let message = run.stderr.trim().replace(dir.to_str().unwrap(), "DIR");
    let mib = run.max_rss_kib as f64 / 1024.0;
    writeln!(
        table,
        "| {image} | `{label}` | {} | {:.2} | {mib:.1} | {} |",
        run.status.code().unwrap_or(-1),
        run.took.as_secs_f64(),
        message.replace('|', "\\|").replace('\n', " / "),
    )
    .unwrap();
    (run, message, mib)
}

#[test]
fn commands_refuse_crafted_images_quickly_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("boot.profile"), PROFILE).unwrap();
    fs::write(d.join("boot.trace"), TRACE).unwrap();
    fs::write(d.join("valid.sq"), crafted::valid()).unwrap();
    let out = d.join("out.sq");
    let mut table = String::from("| image | command | exit | time (s) | peak RSS (MiB) | error |\n|---|---|---|---|---|---|\n");
    let mut failures = Vec::new();
    for (name, bytes) in crafted::all(&zlib) {
        let image = d.join("crafted.sq");
        fs::write(&image, &bytes).unwrap();
        fs::write(d.join("copy.sq"), &bytes).unwrap();
        fs::write(d.join("crafted.readahead"), list_for(&bytes)).unwrap();
        fs::write(d.join("junk"), b"not a kernel").unwrap();
        let img = image.to_str().unwrap();
        let raw_copy_of_a_bomb = name == "a block expanding past the block size";
        let sort = [
            "sort",
            img,
            "--profile",
            "boot.profile",
            "--force",
            "-o",
            "out.sq",
        ];
        let commands: Vec<(&str, Vec<&str>)> = vec![
            (
                "sort",
                [&sort[..], &["--readahead", "out.readahead"]].concat(),
            ),
            ("sort --recompress", [&sort[..], &["--recompress"]].concat()),
            ("verify", vec!["verify", img, "copy.sq"]),
            (
                "simulate",
                vec!["simulate", "--trace", "boot.trace", "--image", img],
            ),
            (
                "simulate --traced-image",
                vec![
                    "simulate",
                    "--trace",
                    "boot.trace",
                    "--image",
                    "valid.sq",
                    "--traced-image",
                    img,
                ],
            ),
            (
                "readahead",
                vec!["readahead", "--list", "crafted.readahead", img],
            ),
            // The kernel and initrd are junk: booting at all would fail on them, not on
            // the image (the error must name the image).
            (
                "qemu profile",
                vec![
                    "qemu",
                    "profile",
                    "--image",
                    img,
                    "--kernel",
                    "junk",
                    "--initrd",
                    "junk",
                    "--output",
                    "out.profile",
                    "--timeout",
                    "30",
                ],
            ),
        ];
        for (label, args) in commands {
            let before = file_names(d);
            let (run, message, mib) = liveopt_row(&mut table, d, name, label, &args);
            // Time and memory first, then what each command must or must not do.
            let mut problems = over_bounds(&run, mib);
            if raw_copy_of_a_bomb && label == "sort" {
                if !run.status.success() {
                    problems.push("the raw copy failed".to_string());
                }
                fs::remove_file(&out).unwrap();
                fs::remove_file(d.join("out.readahead")).unwrap();
            } else if label == "readahead" {
                if !run.status.success() {
                    problems.push("the boot-side service failed".to_string());
                }
            } else if run.status.success() {
                problems.push("exit 0".to_string());
            }
            // The expanding block is data, read only when a file is: the image opens, and
            // qemu profile goes on to boot it (here, QEMU refuses the junk kernel).
            let refused_before_booting =
                !message.contains("booting") && message.contains("DIR/crafted.sq");
            if label == "qemu profile" && raw_copy_of_a_bomb {
                if !message.contains("QEMU exited") {
                    problems.push("the image was not booted".to_string());
                }
            } else if label == "qemu profile" && !refused_before_booting {
                problems.push("did not refuse the image before booting".to_string());
            }
            // (A boot's progress line comes before its error.)
            let booted = label == "qemu profile" && raw_copy_of_a_bomb;
            if message.is_empty() || (message.contains('\n') && !booted) {
                problems.push("not a one-line error".to_string());
            }
            if file_names(d) != before || out.exists() {
                problems.push(format!("wrote files: {:?}", file_names(d)));
            }
            if fs::read(&image).unwrap() != bytes {
                problems.push("changed the input".to_string());
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{name}, {label}: {} ({message})",
                    problems.join(", ")
                ));
            }
        }
    }
    eprintln!("{table}");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The two root-only commands on each crafted image. `record --image` refuses it (one
/// line, before loading the probe or starting anything) and writes no profile. `migrate`
/// reads no directory, inode or file: it copies the image's `bytes_used` bytes behind a
/// read-only loop, compares them and switches the loop, so on these images (whose size
/// fields are true) it copies them exactly, in bounded time and memory, leaving the input
/// as it was.
#[test]
fn record_and_migrate_on_crafted_images() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut table = String::from("| image | command | exit | time (s) | peak RSS (MiB) | result |\n|---|---|---|---|---|---|\n");
    let mut failures = Vec::new();
    for (name, bytes) in crafted::all(&zlib) {
        let image = d.join("crafted.sq");
        fs::write(&image, &bytes).unwrap();
        let img = image.to_str().unwrap();
        let loop_dev = String::from_utf8(
            Command::new("losetup")
                .args(["-r", "-f", "--show", img])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
        .trim()
        .to_string();
        assert!(loop_dev.starts_with("/dev/loop"), "losetup: {loop_dev:?}");
        let commands: Vec<(&str, Vec<&str>)> = vec![
            (
                "record --image",
                vec![
                    "record",
                    "--image",
                    img,
                    "-o",
                    "out.profile",
                    "--duration",
                    "2",
                ],
            ),
            (
                "migrate --to-disk FILE",
                vec![
                    "migrate",
                    "--loop-device",
                    &loop_dev,
                    "--to-disk",
                    "copy.sq",
                ],
            ),
        ];
        for (label, args) in commands {
            let before = file_names(d);
            let (run, message, mib) = liveopt_row(&mut table, d, name, label, &args);
            // Time and memory first, then what each command must or must not do.
            let mut problems = over_bounds(&run, mib);
            if label == "record --image" {
                if run.status.success() || message.contains('\n') || message.is_empty() {
                    problems.push("not a one-line error".to_string());
                }
                if file_names(d) != before {
                    problems.push(format!("wrote files: {:?}", file_names(d)));
                }
            } else {
                let copy = d.join("copy.sq");
                if !run.status.success() || fs::read(&copy).ok().as_deref() != Some(&bytes[..]) {
                    problems.push("the copy is not the image".to_string());
                }
                let _ = fs::remove_file(copy);
            }
            if fs::read(&image).unwrap() != bytes {
                problems.push("changed the input".to_string());
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{name}, {label}: {} ({message})",
                    problems.join(", ")
                ));
            }
        }
        testkit::run_ok(Command::new("losetup").args(["-d", &loop_dev]));
    }
    eprintln!("{table}");
    assert!(failures.is_empty(), "{failures:#?}");
}
