//! Output files appear whole or not at all: the content goes to a hidden
//! temporary file in the target's directory (so the rename cannot cross file
//! systems), is synced, and is renamed over the target; the directory is synced
//! so the rename survives a crash. On any error, or if the writer is dropped
//! before `commit`, the temporary file is removed and the target is untouched.

use std::fs::{File, Permissions};
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// A file being written in place of `target`; see the module doc.
#[derive(Debug)]
pub struct AtomicFile {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl AtomicFile {
    /// Creates the temporary file beside `target`, mode 0644 (less the umask).
    /// Its name ends in the target's extension, for tools that pick a format by it.
    pub fn create(target: &Path) -> io::Result<AtomicFile> {
        let dir = parent_dir(target);
        let name = target.file_name().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("not a file path: {}", target.display()),
            )
        })?;
        let mut prefix = std::ffi::OsString::from(".");
        prefix.push(name);
        prefix.push(".tmp-");
        let mut suffix = std::ffi::OsString::new();
        if let Some(ext) = target.extension() {
            suffix.push(".");
            suffix.push(ext);
        }
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(&suffix)
            .permissions(Permissions::from_mode(0o644))
            .tempfile_in(dir)
            .map_err(|e| annotate(e, "creating a temporary file in", dir))?;
        Ok(AtomicFile {
            tmp,
            target: target.to_path_buf(),
        })
    }

    /// The temporary file's path, for tools that write an output by name.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// The open temporary file.
    pub fn file(&mut self) -> &mut File {
        self.tmp.as_file_mut()
    }

    /// Syncs the temporary file and renames it over the target.
    pub fn commit(self) -> io::Result<()> {
        // Reopened by name: a tool may have replaced the file at `path()`.
        File::open(self.tmp.path())
            .and_then(|f| f.sync_all())
            .map_err(|e| annotate(e, "syncing", self.tmp.path()))?;
        let target = self.target;
        self.tmp
            .persist(&target)
            .map_err(|e| annotate(e.error, "writing", &target))?;
        if let Ok(dir) = File::open(parent_dir(&target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

/// Writes `data` to `path` atomically (see [`AtomicFile`]).
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let mut out = AtomicFile::create(path)?;
    out.file()
        .write_all(data)
        .map_err(|e| annotate(e, "writing", path))?;
    out.commit()
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn annotate(err: io::Error, what: &str, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{what} {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_the_target_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(names(dir.path()), ["out.txt"]);
        let pending = AtomicFile::create(&path).unwrap();
        assert_eq!(pending.path().extension().unwrap(), "txt");
        drop(pending);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o7000, 0);
        assert_ne!(mode & 0o400, 0);
    }

    #[test]
    fn dropping_uncommitted_or_failing_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        let mut pending = AtomicFile::create(&path).unwrap();
        pending.file().write_all(b"half").unwrap();
        drop(pending);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["out.txt"]);

        // Renaming a file over a directory fails: the target stays, no temp file is left.
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("keep"), "x").unwrap();
        let err = write_atomic(&sub, b"data").unwrap_err();
        assert!(err.to_string().contains("sub"), "{err}");
        assert!(sub.is_dir());
        assert_eq!(names(dir.path()), ["out.txt", "sub"]);
    }

    #[test]
    fn missing_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(&dir.path().join("no/such/out"), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
