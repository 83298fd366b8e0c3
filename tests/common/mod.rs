//! Helpers shared by the integration tests that boot the example live system.
#![allow(dead_code)]

pub mod iso_fixture;
pub mod live_media;
pub mod shared_fixture;

use std::ffi::OsStr;
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
    let stdout = build_example(&dir, &[]);
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

/// `liveopt qemu profile -o OUT EXTRA...` on the example, booted from its CD (`cdrom`) or from
/// its squashfs on a virtio disk; fails the test unless it succeeds. Returns the stdout.
pub fn qemu_profile(ex: &qemu::Example, cdrom: bool, out: &Path, extra: &[&OsStr]) -> String {
    let mut cmd = liveopt();
    cmd.args(["qemu", "profile", "--kernel"])
        .arg(&ex.kernel)
        .arg("--initrd")
        .arg(&ex.initrd)
        .arg("--image")
        .arg(if cdrom { &ex.iso } else { &ex.squashfs });
    if cdrom {
        cmd.arg("--cdrom");
    }
    let result = cmd.arg("-o").arg(out).args(extra).output().unwrap();
    assert!(
        result.status.success(),
        "liveopt qemu profile failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    String::from_utf8_lossy(&result.stdout).into_owned()
}

/// Where the tests keep the fixtures they derive from the example.
pub fn example_fixtures(ex: &qemu::Example) -> PathBuf {
    ex.dir.join("fixtures")
}

/// A host-side profile of the example's CD boot (`liveopt qemu profile`), cached as a
/// shared fixture and rebuilt when the example changes.
pub fn example_cd_profile(ex: &qemu::Example) -> PathBuf {
    let inputs = shared_fixture::describe_files(&[&ex.kernel, &ex.initrd, &ex.iso]);
    let dir = shared_fixture::get_or_build(&example_fixtures(ex), "cd-profile", &inputs, |tmp| {
        qemu_profile(ex, true, &tmp.join("cd.profile"), &[]);
    });
    dir.join("cd.profile")
}

/// The example's squashfs sorted by `liveopt sort` on its CD profile, with its readahead
/// list: both from one run, cached as a shared fixture, rebuilt when the example or the
/// profile changes. Not when liveopt changes: worktrees share the example, and a fixture
/// whose inputs differ between concurrent callers would be replaced under their feet.
pub struct SortedExample {
    pub image: PathBuf,
    pub list: PathBuf,
}

pub fn sorted_example(ex: &qemu::Example) -> SortedExample {
    let profile = example_cd_profile(ex);
    let inputs = shared_fixture::describe_files(&[&ex.squashfs, &profile]);
    let dir = sorted_fixture(ex, "sorted", "sorted.squashfs", &[], &inputs);
    SortedExample {
        image: dir.join("sorted.squashfs"),
        list: dir.join("sorted.readahead"),
    }
}

/// The fixture `name`: `liveopt sort ARGS` of the example's squashfs on its CD profile into
/// `image`, with its list `sorted.readahead`, rebuilt when `inputs` change.
pub fn sorted_fixture(
    ex: &qemu::Example,
    name: &str,
    image: &str,
    args: &[&str],
    inputs: &str,
) -> PathBuf {
    let profile = example_cd_profile(ex);
    shared_fixture::get_or_build(&example_fixtures(ex), name, inputs, |tmp| {
        let out = liveopt()
            .arg("sort")
            .arg(&ex.squashfs)
            .arg("--profile")
            .arg(&profile)
            .args(args)
            .arg("-o")
            .arg(tmp.join(image))
            .arg("--readahead")
            .arg(tmp.join("sorted.readahead"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "liveopt sort {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    })
}

/// xorriso's own view of an ISO's boot equipment, without block addresses.
pub fn xorriso_boot_report(iso: &Path) -> Vec<String> {
    let out = Command::new("xorriso")
        .arg("-indev")
        .arg(iso)
        .args([
            "-pvd_info",
            "-report_system_area",
            "plain",
            "-report_el_torito",
            "plain",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| {
            [
                "System area summary",
                "El Torito boot img",
                "El Torito cat path",
                "El Torito img path",
                "El Torito img opts",
                "Volume Id",
                "Modif. Time",
                "GPT partname local",
                "MBR partition path",
            ]
            .iter()
            .any(|k| l.starts_with(k))
        })
        .map(|l| {
            if l.starts_with("Volume Id") || l.starts_with("Modif. Time") {
                return l.to_string();
            }
            l.split_whitespace()
                .filter(|w| w.parse::<u64>().is_err())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Builds (or reuses) the example's block layout through the CLI, as a user would
/// (`liveopt qemu build-example DIR --layout block`); returns its paths.
pub fn block_example() -> qemu::example_block::BlockExample {
    let dir = example_dir();
    build_example(&dir, &["--layout", "block"]);
    qemu::example_block::BlockExample::paths(&dir.canonicalize().unwrap())
}

/// `liveopt qemu build-example DIR EXTRA...`; fails the test unless it succeeds. Returns
/// its stdout.
fn build_example(dir: &Path, extra: &[&str]) -> String {
    let out = liveopt()
        .args(["qemu", "build-example"])
        .args(extra)
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "build-example {extra:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
