//! Putting binaries into the initramfs.
//!
//! `/init` runs the readahead service and the migration from `liveopt-boot`, a static
//! binary (no shared libraries, about 1.2 MiB stripped) built by `scripts/build-boot.sh`
//! and found for a `liveopt` binary by [`find_boot_binary`]: beside it, or where cargo
//! builds it in the same target directory (docs/initramfs.md).
//!
//! The guest recorder needs the whole, dynamically linked `liveopt` ([`liveopt_files`]):
//! the initramfs has no C library, so the binary comes with the shared libraries `ldd`
//! names, each at the path `ldd` prints (the dynamic loader at its absolute path, e.g.
//! `/lib64/ld-linux-x86-64.so.2`), so the loader finds them without an `ld.so.cache`.
//!
//! Binaries are stripped first (`strip --strip-all`); the stripped copy is cached in the
//! temp directory, keyed by the binary's path, size and mtime.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use super::cpio::{write_newc, Member};
use super::ExtraFile;

/// Where the guest recorder expects the whole `liveopt`.
pub const LIVEOPT_PATH: &str = "/bin/liveopt";

/// The boot binary's file name, beside `liveopt` or in cargo's musl release directory.
pub const BOOT_BINARY_NAME: &str = "liveopt-boot";

/// Where `/init` expects the boot binary.
pub const BOOT_BINARY_PATH: &str = "/bin/liveopt-boot";

/// The target `scripts/build-boot.sh` builds `liveopt-boot` for.
pub const BOOT_BINARY_TARGET: &str = "x86_64-unknown-linux-musl";

/// The static `liveopt-boot` that goes with the `liveopt` binary at `liveopt`: the first
/// statically linked one of `<dir>/liveopt-boot` (installed side by side) and
/// `<dir>/../x86_64-unknown-linux-musl/release/liveopt-boot` (cargo's layout, for a
/// `liveopt` in `target/debug` or `target/release`).
pub fn find_boot_binary(liveopt: &Path) -> Result<PathBuf> {
    let dir = liveopt.parent().unwrap_or(Path::new("."));
    let candidates = [
        dir.join(BOOT_BINARY_NAME),
        dir.join("..")
            .join(BOOT_BINARY_TARGET)
            .join("release")
            .join(BOOT_BINARY_NAME),
    ];
    for candidate in &candidates {
        if std::fs::read(candidate).is_ok_and(|bytes| super::is_static_elf(&bytes)) {
            return Ok(candidate.clone());
        }
    }
    bail!(
        "no static {BOOT_BINARY_NAME} at {} or {} (build it with scripts/build-boot.sh)",
        candidates[0].display(),
        candidates[1].display()
    )
}

/// `/bin/liveopt-boot` (stripped), found for the `liveopt` binary at `liveopt`, ready for
/// [`super::Spec::extra_files`]. Static: no libraries come with it.
pub fn boot_files(liveopt: &Path) -> Result<Vec<ExtraFile>> {
    let binary = find_boot_binary(liveopt)?;
    Ok(vec![ExtraFile {
        path: BOOT_BINARY_PATH.into(),
        mode: 0o755,
        data: std::fs::read(stripped(&binary)?)
            .with_context(|| format!("reading {}", binary.display()))?,
    }])
}

/// The shared libraries `ldd` lists for `binary` (including the dynamic loader), as
/// absolute paths; empty for a static binary.
pub fn shared_libraries(binary: &Path) -> Result<Vec<PathBuf>> {
    let out = Command::new("ldd")
        .arg(binary)
        .output()
        .context("running ldd (part of libc-bin)")?;
    let text = String::from_utf8_lossy(&out.stdout);
    let both = format!("{text}{}", String::from_utf8_lossy(&out.stderr));
    if both.contains("not a dynamic executable") || both.contains("statically linked") {
        return Ok(Vec::new());
    }
    if !out.status.success() {
        bail!(
            "ldd {} failed: {}",
            binary.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    parse_ldd(&text).with_context(|| format!("ldd {}", binary.display()))
}

/// Parses `ldd` output: `name => /path (0x...)`, `/lib64/ld-linux-x86-64.so.2 (0x...)`;
/// the vDSO (no file) is skipped, a library `not found` is an error.
pub fn parse_ldd(text: &str) -> Result<Vec<PathBuf>> {
    let mut libs = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.contains("not found") {
            bail!("missing shared library: {line}");
        }
        let path = match line.split_once("=>") {
            Some((_, right)) => right.split_whitespace().next().unwrap_or(""),
            None => line.split_whitespace().next().unwrap_or(""),
        };
        if path.starts_with('/') {
            libs.push(PathBuf::from(path));
        }
    }
    Ok(libs)
}

/// A stripped copy of `binary` (cached), or the binary itself when `strip` fails.
pub fn stripped(binary: &Path) -> Result<PathBuf> {
    let meta =
        std::fs::metadata(binary).with_context(|| format!("reading {}", binary.display()))?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let key = {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(binary.canonicalize()?.as_os_str().as_encoded_bytes());
        h.update(meta.len().to_le_bytes());
        h.update(mtime.to_le_bytes());
        hex::encode(&h.finalize()[..8])
    };
    let cache = std::env::temp_dir().join("liveopt-initramfs-cache");
    std::fs::create_dir_all(&cache).with_context(|| format!("creating {}", cache.display()))?;
    let name = binary.file_name().unwrap_or_default().to_string_lossy();
    let out = cache.join(format!("{name}-{key}"));
    if out.is_file() {
        return Ok(out);
    }
    let tmp = formats::AtomicFile::create(&out)?;
    let ok = Command::new("strip")
        .arg("--strip-all")
        .arg("-o")
        .arg(tmp.path())
        .arg(binary)
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        return Ok(binary.to_path_buf());
    }
    tmp.commit()?;
    Ok(out)
}

/// `/bin/liveopt` (stripped) plus its shared libraries, ready for [`super::Spec::extra_files`]:
/// the guest recorder's payload.
pub fn liveopt_files(binary: &Path) -> Result<Vec<ExtraFile>> {
    let mut files = vec![ExtraFile {
        path: LIVEOPT_PATH.into(),
        mode: 0o755,
        data: std::fs::read(stripped(binary)?)
            .with_context(|| format!("reading {}", binary.display()))?,
    }];
    for lib in shared_libraries(binary)? {
        // Read through symlinks: the file lands at the path ldd printed.
        let data = std::fs::read(&lib).with_context(|| format!("reading {}", lib.display()))?;
        files.push(ExtraFile {
            path: lib.to_string_lossy().into_owned(),
            mode: 0o755,
            data,
        });
    }
    Ok(files)
}

/// Writes `base` followed by a second newc archive holding `files` (the kernel unpacks
/// concatenated archives; later members replace earlier ones), temp file + rename.
pub fn append_files(base: &Path, files: &[ExtraFile], out: &Path) -> Result<u64> {
    let mut bytes =
        std::fs::read(base).with_context(|| format!("reading initrd {}", base.display()))?;
    while bytes.len() % 4 != 0 {
        bytes.push(0);
    }
    write_newc(&mut bytes, &members_with_parents(files))?;
    formats::write_atomic(out, &bytes)?;
    Ok(bytes.len() as u64)
}

/// `files` as cpio members, each preceded by its parent directories not yet listed.
pub(crate) fn members_with_parents(files: &[ExtraFile]) -> Vec<Member> {
    let mut members = Vec::new();
    let mut dirs = std::collections::BTreeSet::new();
    for file in files {
        let rel = file.path.trim_start_matches('/');
        let mut prefix = String::new();
        if let Some((parent, _)) = rel.rsplit_once('/') {
            for part in parent.split('/') {
                if !prefix.is_empty() {
                    prefix.push('/');
                }
                prefix.push_str(part);
                if dirs.insert(prefix.clone()) {
                    members.push(Member::Dir {
                        path: prefix.clone(),
                        mode: 0o755,
                    });
                }
            }
        }
        members.push(Member::File {
            path: rel.to_string(),
            mode: file.mode,
            data: file.data.clone(),
        });
    }
    members
}

/// `base` + `/bin/liveopt-boot` (found for the `liveopt` binary at `liveopt`), written to
/// `out`.
pub fn initrd_with_liveopt(base: &Path, liveopt: &Path, out: &Path) -> Result<u64> {
    append_files(base, &boot_files(liveopt)?, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldd_output_parses() {
        let text = "\tlinux-vdso.so.1 (0x00007ffd)\n\
                    \tliblzma.so.5 => /lib/x86_64-linux-gnu/liblzma.so.5 (0x00007f87)\n\
                    \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f87)\n\
                    \t/lib64/ld-linux-x86-64.so.2 (0x00007f87)\n";
        let libs = parse_ldd(text).unwrap();
        assert_eq!(
            libs,
            [
                "/lib/x86_64-linux-gnu/liblzma.so.5",
                "/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/ld-linux-x86-64.so.2"
            ]
            .map(PathBuf::from)
        );
        assert!(parse_ldd("\tlibfoo.so.1 => not found\n")
            .unwrap_err()
            .to_string()
            .contains("libfoo.so.1"));
    }

    #[test]
    fn host_ls_needs_libc_and_the_loader() {
        let libs = shared_libraries(Path::new("/bin/ls")).unwrap();
        assert!(libs.iter().any(|l| l.ends_with("libc.so.6")), "{libs:?}");
        assert!(libs
            .iter()
            .any(|l| l.to_string_lossy().contains("ld-linux")));
        assert!(shared_libraries(Path::new(super::super::DEFAULT_BUSYBOX))
            .unwrap()
            .is_empty());
    }

    /// The bundle runs in a chroot holding only it: the libraries are complete.
    #[test]
    fn bundled_ls_runs_in_an_empty_chroot() {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return;
        }
        let root = tempfile::tempdir().unwrap();
        let mut files = liveopt_files(Path::new("/bin/ls")).unwrap();
        files[0].path = "/bin/ls".into();
        for f in &files {
            let p = root.path().join(f.path.trim_start_matches('/'));
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, &f.data).unwrap();
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(f.mode)).unwrap();
        }
        let out = Command::new("chroot")
            .arg(root.path())
            .args(["/bin/ls", "/"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("bin"));
    }
}
