//! The liveopt initramfs: a newc cpio holding busybox, the kernel modules needed to reach
//! a live medium (CD, USB stick, NVMe, SATA, virtio, SD card), and the `/init` script
//! (`init.sh`, embedded here).
//!
//! Built entirely in Rust (no mkinitramfs): modules are picked from the target kernel's
//! `lib/modules/<version>` tree; `/init` loads the filesystems in dependency order and the
//! storage drivers by device alias ([`drivers`]). Extra files
//! (the static `liveopt-boot`, a raw disk's readahead list, hook files) are added through
//! [`Spec::extra_files`] or appended as a second archive ([`binary::append_files`]);
//! [`disk::disk_list_file`] checks a raw disk's readahead list and places it where `/init`
//! looks. The paths and strings `/init` shares with Rust are written into the initramfs as
//! [`PATHS_SCRIPT`] from the constants here.

pub mod binary;
pub mod cpio;
pub mod disk;
pub mod drivers;
pub mod modules;

pub use disk::{disk_list_file, initrd_for_disk, DISK_LIST_PATH};

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use cpio::Member;
use drivers::Drivers;
use modules::ModuleTree;

/// The `/init` script, run by the kernel as PID 1.
pub const INIT_SCRIPT: &str = include_str!("init.sh");

/// The shell file `/init` sources first: the values below, as shell variables.
pub const PATHS_SCRIPT: &str = "/lib/liveopt/paths.sh";

/// Where `/init` sources hook files (`<point>-*.sh`) from, when present.
pub const HOOKS_DIR: &str = "/lib/liveopt/hooks";

/// The block live root's setup (`live_root.sh`), sourced by `/init`.
pub const LIVE_ROOT_SCRIPT: &str = "/lib/liveopt/live_root.sh";

/// [`LIVE_ROOT_SCRIPT`]'s text.
pub const LIVE_ROOT_SCRIPT_TEXT: &str = include_str!("live_root.sh");

/// Where a block-layout squashfs holds its ext4 root image (Fedora's LiveOS layout).
pub const BLOCK_IMAGE: &str = "LiveOS/rootfs.img";

/// Where the block live root's stack is recorded (key=value lines, docs/install.md).
pub const STACK_FILE: &str = "/run/liveopt/stack";

/// Every script the initramfs carries, concatenated: what a cache key of a built
/// initramfs must cover.
pub fn scripts_text() -> String {
    format!(
        "{INIT_SCRIPT}{}{LIVE_ROOT_SCRIPT_TEXT}",
        drivers::DRIVERS_SCRIPT_TEXT
    )
}

/// The line prefix `/init` prints when it gives up (then it powers off).
pub const INIT_FAILED: &str = "LIVEOPT-INIT-FAILED";

/// [`PATHS_SCRIPT`]'s text: every path and string `/init` shares with the Rust side.
pub fn paths_script() -> String {
    [
        ("BOOT_BINARY", binary::BOOT_BINARY_PATH),
        ("DISK_LIST", DISK_LIST_PATH),
        ("RAM_PATH", crate::migrate::DEFAULT_RAM_PATH),
        ("HOOKS_DIR", HOOKS_DIR),
        ("INIT_FAILED", INIT_FAILED),
        ("DRIVERS_SCRIPT", drivers::DRIVERS_SCRIPT),
        ("ALIAS_SCRIPT", drivers::ALIAS_SCRIPT),
        ("LIVE_ROOT_SCRIPT", LIVE_ROOT_SCRIPT),
        ("BLOCK_IMAGE", BLOCK_IMAGE),
        ("STACK_FILE", STACK_FILE),
    ]
    .iter()
    .map(|(name, value)| format!("{name}='{value}'\n"))
    .collect()
}

/// Modules `/init` loads first, whatever the hardware: ISO9660, squashfs, loop, overlay.
/// Storage drivers come by device alias ([`drivers::Drivers`]).
pub const DEFAULT_MODULES: &[&str] = &["cdrom", "isofs", "squashfs", "loop", "overlay"];

/// EROFS live images (Fedora-style media, `liveopt sort --format erofs`), loaded first too
/// when the kernel has EROFS as a module. crc32c_generic is libcrc32c's soft dependency
/// (its init fails without a crc32c provider), which the `depends` walk does not follow.
pub const IMAGE_FILESYSTEMS: &[&str] = &["crc32c_generic", "erofs"];

/// Filesystems a USB stick's partition may use, loaded first too when the kernel has them
/// as modules.
pub const PARTITION_FILESYSTEMS: &[&str] = &["vfat", "nls_cp437", "nls_ascii", "nls_utf8"];

/// Where busybox-static installs its binary on Debian.
pub const DEFAULT_BUSYBOX: &str = "/bin/busybox";

/// A file to add to the initramfs.
#[derive(Clone, Debug)]
pub struct ExtraFile {
    /// Absolute path inside the initramfs, e.g. `/bin/liveopt-boot`.
    pub path: String,
    pub mode: u32,
    pub data: Vec<u8>,
}

/// A point in `/init` where hook files are sourced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookPoint {
    /// The new root is mounted at `/newroot`, `/run/live`, `/dev`, `/proc` and `/sys` are
    /// moved into it; `LOOP_DEVICE`, `TODISK` and `CMDLINE` are set.
    PreSwitchRoot,
}

impl HookPoint {
    fn name(self) -> &'static str {
        match self {
            HookPoint::PreSwitchRoot => "pre-switch-root",
        }
    }
}

/// A hook file `/init` sources at `point` (a busybox sh fragment; it may use `/init`'s
/// variables and functions such as `log` and `poll_until`), named `name`.
pub fn hook_file(point: HookPoint, name: &str, script: &str) -> ExtraFile {
    ExtraFile {
        path: format!("{HOOKS_DIR}/{}-{name}.sh", point.name()),
        mode: 0o644,
        data: script.as_bytes().to_vec(),
    }
}

/// What to put in the initramfs.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The target kernel's `lib/modules/<version>` directory.
    pub kernel_modules: PathBuf,
    /// A statically linked busybox.
    pub busybox: PathBuf,
    /// Module names `/init` loads first (their dependencies are added).
    pub modules: Vec<String>,
    /// The drivers `/init` loads when a device matches one of their aliases.
    pub drivers: Drivers,
    pub extra_files: Vec<ExtraFile>,
    pub compression: Compression,
}

/// How [`build`] compresses the archive; the kernel unpacks each with its own decompressor
/// (`CONFIG_RD_GZIP`, `CONFIG_RD_XZ`, `CONFIG_RD_ZSTD`, all set in distribution kernels).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compression {
    /// The plain cpio: the largest file, nothing to decompress at boot.
    #[default]
    None,
    Gzip,
    /// With CRC32 checks, the only integrity check the kernel's xz decoder supports.
    Xz,
    Zstd,
}

impl Spec {
    pub fn new(kernel_modules: &Path) -> Spec {
        Spec {
            kernel_modules: kernel_modules.to_path_buf(),
            busybox: PathBuf::from(DEFAULT_BUSYBOX),
            modules: DEFAULT_MODULES.iter().map(|m| m.to_string()).collect(),
            drivers: Drivers::Generic,
            extra_files: Vec::new(),
            compression: Compression::None,
        }
    }
}

/// What was written.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Modules `/init` loads first, in load order.
    pub modules: Vec<String>,
    /// Modules loaded by device alias, with their dependencies.
    pub drivers: Vec<String>,
    /// The file's size.
    pub bytes: u64,
    /// The cpio archive's size before compression.
    pub cpio_bytes: u64,
    pub kernel_version: String,
}

/// Builds the initramfs at `out` (temp file + rename: no partial output on error).
pub fn build(spec: &Spec, out: &Path) -> Result<Summary> {
    let members_and_summary = members(spec)?;
    let (members, mut summary) = members_and_summary;
    let mut tmp = formats::AtomicFile::create(out)?;
    summary.cpio_bytes = write_archive(BufWriter::new(tmp.file()), spec.compression, &members)
        .context("writing the cpio archive")?;
    summary.bytes = tmp.file().metadata()?.len();
    tmp.commit()?;
    Ok(summary)
}

/// Writes `members` as a newc cpio compressed by `compression` to `out`; returns the cpio's
/// size before compression.
fn write_archive<W: Write>(
    mut out: W,
    compression: Compression,
    members: &[Member],
) -> Result<u64> {
    let cpio_bytes = match compression {
        Compression::None => cpio::write_newc(&mut out, members)?,
        #[cfg(feature = "compressed-modules")]
        Compression::Gzip => {
            let mut gzip = flate2::write::GzEncoder::new(&mut out, flate2::Compression::best());
            let bytes = cpio::write_newc(&mut gzip, members)?;
            gzip.finish()?;
            bytes
        }
        #[cfg(feature = "compressed-modules")]
        Compression::Xz => {
            let stream = xz2::stream::Stream::new_easy_encoder(6, xz2::stream::Check::Crc32)?;
            let mut xz = xz2::write::XzEncoder::new_stream(&mut out, stream);
            let bytes = cpio::write_newc(&mut xz, members)?;
            xz.finish()?;
            bytes
        }
        #[cfg(feature = "compressed-modules")]
        Compression::Zstd => {
            let mut zstd = zstd::stream::write::Encoder::new(&mut out, 19)?;
            let bytes = cpio::write_newc(&mut zstd, members)?;
            zstd.finish()?;
            bytes
        }
        #[cfg(not(feature = "compressed-modules"))]
        other => bail!("{other:?} initramfs: built without the compressed-modules feature"),
    };
    out.flush()?;
    Ok(cpio_bytes)
}

/// The archive members, in order (parents first).
pub fn members(spec: &Spec) -> Result<(Vec<Member>, Summary)> {
    let kernel_version = spec
        .kernel_modules
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let busybox = std::fs::read(&spec.busybox)
        .with_context(|| format!("reading busybox {}", spec.busybox.display()))?;
    if !is_static_elf(&busybox) {
        bail!(
            "{} is not a statically linked ELF (install busybox-static)",
            spec.busybox.display()
        );
    }
    let tree = ModuleTree::open(&spec.kernel_modules)?;
    let mut wanted: Vec<&str> = spec.modules.iter().map(String::as_str).collect();
    if tree.knows("erofs") {
        wanted.extend(IMAGE_FILESYSTEMS.iter().filter(|name| tree.knows(name)));
    }
    wanted.extend(PARTITION_FILESYSTEMS.iter().filter(|name| tree.knows(name)));
    let first = tree.resolve(&wanted)?;
    let driver_names = spec.drivers.names(&tree)?;
    let wanted_drivers: Vec<&str> = driver_names.iter().map(String::as_str).collect();
    let all: Vec<&str> = wanted.iter().chain(&wanted_drivers).copied().collect();
    let modules = tree.resolve(&all)?;

    let mut out = Vec::new();
    let mut dirs = std::collections::BTreeSet::new();
    let mut add_dirs = |out: &mut Vec<Member>, path: &str| {
        let mut prefix = String::new();
        let parent = path
            .trim_start_matches('/')
            .rsplit_once('/')
            .map(|(p, _)| p)
            .unwrap_or("");
        for part in parent.split('/').filter(|p| !p.is_empty()) {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(part);
            if dirs.insert(prefix.clone()) {
                out.push(Member::Dir {
                    path: prefix.clone(),
                    mode: 0o755,
                });
            }
        }
    };
    for dir in [
        "bin/",
        "sbin/",
        "dev/",
        "proc/",
        "sys/",
        "run/",
        "tmp/",
        "newroot/",
        "lib/liveopt/",
    ] {
        add_dirs(&mut out, dir);
    }
    out.push(Member::CharDev {
        path: "dev/console".into(),
        mode: 0o600,
        major: 5,
        minor: 1,
    });
    out.push(Member::CharDev {
        path: "dev/null".into(),
        mode: 0o666,
        major: 1,
        minor: 3,
    });
    out.push(Member::File {
        path: "bin/busybox".into(),
        mode: 0o755,
        data: busybox,
    });
    out.push(Member::Symlink {
        path: "bin/sh".into(),
        target: "busybox".into(),
    });
    out.push(Member::File {
        path: "init".into(),
        mode: 0o755,
        data: INIT_SCRIPT.as_bytes().to_vec(),
    });
    out.push(Member::File {
        path: PATHS_SCRIPT.trim_start_matches('/').into(),
        mode: 0o644,
        data: paths_script().into_bytes(),
    });

    for (path, text) in [
        (
            drivers::DRIVERS_SCRIPT,
            drivers::DRIVERS_SCRIPT_TEXT.to_string(),
        ),
        (
            drivers::ALIAS_SCRIPT,
            drivers::alias_script(&modules, &driver_names),
        ),
        (LIVE_ROOT_SCRIPT, LIVE_ROOT_SCRIPT_TEXT.to_string()),
    ] {
        out.push(Member::File {
            path: path.trim_start_matches('/').into(),
            mode: 0o644,
            data: text.into_bytes(),
        });
    }

    for module in &modules {
        let inside = format!("lib/modules/{}", module.relative.display());
        add_dirs(&mut out, &inside);
        out.push(Member::File {
            path: inside,
            mode: 0o644,
            data: module.data.clone(),
        });
    }
    let load_list: String = first
        .iter()
        .map(|m| format!("{}\n", m.relative.display()))
        .collect();
    add_dirs(&mut out, "lib/modules/load.list");
    out.push(Member::File {
        path: "lib/modules/load.list".into(),
        mode: 0o644,
        data: load_list.into_bytes(),
    });

    for extra in &spec.extra_files {
        if !extra.path.starts_with('/') {
            bail!("extra file path {} must be absolute", extra.path);
        }
        add_dirs(&mut out, &extra.path);
        out.push(Member::File {
            path: extra.path.clone(),
            mode: extra.mode,
            data: extra.data.clone(),
        });
    }
    let first_names: Vec<String> = first.into_iter().map(|m| m.name).collect();
    let summary = Summary {
        drivers: modules
            .into_iter()
            .map(|m| m.name)
            .filter(|name| !first_names.contains(name))
            .collect(),
        modules: first_names,
        bytes: 0,
        cpio_bytes: 0,
        kernel_version,
    };
    Ok((out, summary))
}

/// An ELF executable with no PT_INTERP program header.
pub(crate) fn is_static_elf(bytes: &[u8]) -> bool {
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" || bytes[4] != 2 {
        return false;
    }
    let phoff = u64::from_le_bytes(bytes[0x20..0x28].try_into().unwrap()) as usize;
    let phentsize = u16::from_le_bytes(bytes[0x36..0x38].try_into().unwrap()) as usize;
    let phnum = u16::from_le_bytes(bytes[0x38..0x3A].try_into().unwrap()) as usize;
    (0..phnum).all(|i| {
        let at = phoff + i * phentsize;
        bytes
            .get(at..at + 4)
            .map(|t| u32::from_le_bytes(t.try_into().unwrap()) != 3)
            .unwrap_or(false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_script_is_valid_shell() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("init", INIT_SCRIPT),
            ("drivers.sh", drivers::DRIVERS_SCRIPT_TEXT),
            ("live_root.sh", LIVE_ROOT_SCRIPT_TEXT),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let status = std::process::Command::new("sh")
                .arg("-n")
                .arg(&path)
                .status()
                .unwrap();
            assert!(status.success(), "sh -n rejected {name}");
        }
    }

    /// /init with its paths.sh runs under `sh -n` and takes every shared value from it.
    #[test]
    fn init_script_takes_its_paths_from_paths_sh() {
        assert!(INIT_SCRIPT.contains(&format!(". {PATHS_SCRIPT}\n")));
        let paths = paths_script();
        let scripts = scripts_text();
        for (name, value) in [
            ("BOOT_BINARY", binary::BOOT_BINARY_PATH),
            ("DISK_LIST", DISK_LIST_PATH),
            ("RAM_PATH", crate::migrate::DEFAULT_RAM_PATH),
            ("HOOKS_DIR", HOOKS_DIR),
            ("INIT_FAILED", INIT_FAILED),
            ("DRIVERS_SCRIPT", drivers::DRIVERS_SCRIPT),
            ("ALIAS_SCRIPT", drivers::ALIAS_SCRIPT),
            ("LIVE_ROOT_SCRIPT", LIVE_ROOT_SCRIPT),
            ("BLOCK_IMAGE", BLOCK_IMAGE),
            ("STACK_FILE", STACK_FILE),
        ] {
            assert!(paths.contains(&format!("{name}='{value}'\n")), "{paths}");
            assert!(
                scripts.contains(&format!("${name}")),
                "{name} unused in init.sh and drivers.sh"
            );
            assert!(
                !scripts.contains(value),
                "init.sh or drivers.sh repeats {value}"
            );
        }
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{paths}echo \"$BOOT_BINARY $RAM_PATH\""))
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            format!(
                "{} {}",
                binary::BOOT_BINARY_PATH,
                crate::migrate::DEFAULT_RAM_PATH
            )
        );
    }

    #[test]
    fn init_script_carries_no_test_code() {
        for test_only in ["liveopt.test", "liveopt.record", "LIVEOPT-GUEST", "stub"] {
            assert!(!INIT_SCRIPT.contains(test_only), "{test_only}");
        }
        assert!(
            !INIT_SCRIPT.contains("<<"),
            "init.sh writes no files from heredocs"
        );
        let hook = hook_file(HookPoint::PreSwitchRoot, "x", "");
        assert_eq!(hook.path, "/lib/liveopt/hooks/pre-switch-root-x.sh");
        assert!(INIT_SCRIPT.contains("for hook in \"$HOOKS_DIR/$1\"-*.sh; do"));
        assert!(INIT_SCRIPT.contains("run_hooks pre-switch-root\nlog \"switching to the live root\"\nexec switch_root /newroot /sbin/init"));
    }

    #[test]
    fn host_busybox_is_static_and_ls_is_not() {
        if let Ok(bytes) = std::fs::read(DEFAULT_BUSYBOX) {
            assert!(is_static_elf(&bytes));
        }
        if let Ok(bytes) = std::fs::read("/bin/ls") {
            assert!(!is_static_elf(&bytes));
        }
    }
}
