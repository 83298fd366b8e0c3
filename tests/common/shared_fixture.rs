//! Cached test fixtures shared by parallel tests and test processes: each fixture is a
//! directory built at most once for a given set of inputs, under an exclusive lock, in a
//! temporary directory that is renamed into place with all its files, so no caller ever
//! sees a half-built fixture or files from two different builds.
//! Self-contained (std only).

use std::fs;
use std::path::{Path, PathBuf};

/// The file inside a published fixture that records the inputs it was built from.
const INPUTS_FILE: &str = ".inputs";

/// Returns `parent/name`, a directory whose files `build` wrote from `inputs` (a text that
/// names everything the fixture depends on, the same for every concurrent caller). A
/// fixture built from other inputs is rebuilt.
/// A caller that finds the fixture complete returns at once; otherwise it takes the
/// exclusive lock `parent/name.lock` (other threads and processes wait there), builds into
/// `parent/name.tmp.<pid>` and renames that to `parent/name`. `build` panics on failure,
/// which publishes nothing.
pub fn get_or_build(parent: &Path, name: &str, inputs: &str, build: impl FnOnce(&Path)) -> PathBuf {
    let published = parent.join(name);
    if is_built_from(&published, inputs) {
        return published;
    }
    fs::create_dir_all(parent).unwrap();
    let lock_path = parent.join(format!("{name}.lock"));
    let lock = fs::File::create(&lock_path).unwrap();
    // flock: held until `lock` is dropped, also when `build` panics.
    lock.lock()
        .unwrap_or_else(|e| panic!("locking {}: {e}", lock_path.display()));
    if is_built_from(&published, inputs) {
        return published;
    }
    // Leftovers of builders that died: none is running, since we hold the lock.
    remove_leftovers(parent, name);
    let tmp = parent.join(format!("{name}.tmp.{}", std::process::id()));
    fs::create_dir(&tmp).unwrap();
    build(&tmp);
    fs::write(tmp.join(INPUTS_FILE), inputs).unwrap();
    if published.exists() {
        let stale = parent.join(format!("{name}.stale.{}", std::process::id()));
        fs::rename(&published, &stale).unwrap();
        fs::remove_dir_all(&stale).unwrap();
    }
    fs::rename(&tmp, &published).unwrap();
    published
}

/// Identifies files by path, size and modification time, for the inputs of a fixture.
pub fn describe_files(files: &[&Path]) -> String {
    files
        .iter()
        .map(|path| {
            let meta = fs::metadata(path)
                .unwrap_or_else(|e| panic!("fixture input {}: {e}", path.display()));
            let mtime = meta
                .modified()
                .unwrap()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap();
            format!(
                "{} {} bytes mtime {}.{:09}\n",
                path.display(),
                meta.len(),
                mtime.as_secs(),
                mtime.subsec_nanos()
            )
        })
        .collect()
}

fn is_built_from(dir: &Path, inputs: &str) -> bool {
    fs::read_to_string(dir.join(INPUTS_FILE)).is_ok_and(|found| found == inputs)
}

fn remove_leftovers(parent: &Path, name: &str) {
    let prefixes = [format!("{name}.tmp."), format!("{name}.stale.")];
    for entry in fs::read_dir(parent).unwrap().flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
            fs::remove_dir_all(entry.path()).unwrap();
        }
    }
}
