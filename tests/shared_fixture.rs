//! The shared-fixture helper the QEMU tests cache their sorted images with: callers in
//! parallel threads and in separate processes on a cold directory all get the files of one
//! build, a fixture built from other inputs is rebuilt, and a failed build publishes nothing.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::common;

use common::shared_fixture::get_or_build;

/// Set in the child processes of the concurrency test: the fixtures' parent directory.
const CHILD_PARENT_DIR: &str = "LIVEOPT_SHARED_FIXTURE_CHILD_DIR";
// The test binary runs every crate area as a module, so the exact name carries the module path.
const CONCURRENCY_TEST: &str =
    "shared_fixture::callers_in_threads_and_processes_get_one_consistent_build";

/// Gets the "pair" fixture, whose builder writes a token unique to its build into two
/// files with a pause in between (as profiling then sorting does), and logs each build in
/// `parent/builds.log`. Checks both files come from the same build; returns the token.
fn pair(parent: &Path, inputs: &str) -> String {
    let dir = get_or_build(parent, "pair", inputs, |tmp| {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
        let token = format!(
            "{inputs} pid {} {:?} at {}",
            std::process::id(),
            std::thread::current().id(),
            now.as_nanos()
        );
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(parent.join("builds.log"))
            .unwrap()
            .write_all(format!("{token}\n").as_bytes())
            .unwrap();
        fs::write(tmp.join("image"), &token).unwrap();
        std::thread::sleep(Duration::from_millis(300));
        fs::write(tmp.join("list"), &token).unwrap();
    });
    let image = fs::read_to_string(dir.join("image")).unwrap();
    let list = fs::read_to_string(dir.join("list")).unwrap();
    assert_eq!(
        image, list,
        "the image and the list come from different builds"
    );
    image
}

fn builds(parent: &Path) -> usize {
    fs::read_to_string(parent.join("builds.log"))
        .unwrap_or_default()
        .lines()
        .count()
}

/// Four threads here and four processes (this test binary run again as a child, which
/// takes the first branch) ask for the same fixture on a cold directory at once.
#[test]
fn callers_in_threads_and_processes_get_one_consistent_build() {
    if let Some(parent) = std::env::var_os(CHILD_PARENT_DIR) {
        println!("token: {}", pair(Path::new(&parent), "v1"));
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path().join("cold");
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args([CONCURRENCY_TEST, "--exact", "--nocapture"])
                .env(CHILD_PARENT_DIR, &parent)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let parent = parent.clone();
            std::thread::spawn(move || pair(&parent, "v1"))
        })
        .collect();
    let mut tokens: Vec<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "child failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let token = stdout
            .lines()
            .find_map(|l| l.strip_prefix("token: "))
            .unwrap_or_else(|| panic!("child printed no token:\n{stdout}"));
        tokens.push(token.to_string());
    }
    assert_eq!(tokens.len(), 8);
    assert!(
        tokens.iter().all(|t| *t == tokens[0]),
        "callers got different builds: {tokens:#?}"
    );
    assert_eq!(builds(&parent), 1, "the fixture was built more than once");
}

/// Other inputs rebuild the fixture, the same inputs reuse it, and a builder that panics
/// publishes nothing: the previous fixture stays until a build succeeds.
#[test]
fn other_inputs_rebuild_and_a_failed_build_publishes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path();
    let first = pair(parent, "v1");
    assert_eq!(pair(parent, "v1"), first);
    assert_eq!(builds(parent), 1);

    let failed = std::thread::spawn({
        let parent = parent.to_path_buf();
        move || {
            get_or_build(&parent, "pair", "v2", |tmp| {
                fs::write(tmp.join("image"), "half").unwrap();
                panic!("builder fails");
            })
        }
    })
    .join();
    assert!(failed.is_err(), "the failing builder returned");
    assert_eq!(
        pair(parent, "v1"),
        first,
        "a failed build replaced the fixture"
    );

    let second = pair(parent, "v2");
    assert_ne!(second, first);
    assert!(second.starts_with("v2 "), "{second}");
    assert_eq!(builds(parent), 2);
    let leftovers: Vec<_> = fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp.") || n.contains(".stale."))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}
