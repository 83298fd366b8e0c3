//! The example Debian live system (`liveopt qemu build-example DIR`): a bookworm minbase
//! root with systemd and a marker unit, its squashfs, a live-CD ISO, Debian's kernel and the
//! project's own initramfs. Every step is cached under DIR with a stamp file holding the
//! step's key; a step re-runs only when its key changes or its output is missing.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};

use crate::boot::MARKER;

/// Shared build location for tests and commands that need the example.
pub const DEFAULT_DIR: &str = "target/example";
pub const SUITE: &str = "bookworm";
pub const MIRROR: &str = "http://deb.debian.org/debian";
pub const PACKAGES: &str = "systemd-sysv,udev,kmod";
/// Bump when the rootfs recipe changes.
const ROOTFS_RECIPE: u32 = 1;

/// The systemd unit that prints the marker on the serial console and powers off.
pub fn marker_unit() -> String {
    format!(
        "[Unit]\n\
         Description=liveopt boot marker\n\
         After=multi-user.target\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart=/bin/sh -c 'echo \"{MARKER}\" > /dev/ttyS0; systemctl poweroff --no-block'\n\
         \n\
         [Install]\n\
         WantedBy=multi-user.target\n"
    )
}

/// The built example.
#[derive(Clone, Debug)]
pub struct Example {
    pub dir: PathBuf,
    pub kernel: PathBuf,
    pub kernel_version: String,
    /// The kernel's `lib/modules/<version>` tree.
    pub modules: PathBuf,
    pub rootfs: PathBuf,
    pub squashfs: PathBuf,
    pub iso: PathBuf,
    pub initrd: PathBuf,
    /// Each step: name, time taken, whether it came from the cache.
    pub steps: Vec<(String, Duration, bool)>,
}

impl Example {
    /// Paths of the example in `dir` (nothing is built).
    pub fn paths(dir: &Path, kernel_version: &str) -> Example {
        Example {
            dir: dir.to_path_buf(),
            kernel: dir.join("vmlinuz"),
            kernel_version: kernel_version.to_string(),
            modules: dir.join("kernel/root/lib/modules").join(kernel_version),
            rootfs: dir.join("rootfs"),
            squashfs: dir.join("filesystem.squashfs"),
            iso: dir.join("live.iso"),
            initrd: dir.join("initrd.img"),
            steps: Vec::new(),
        }
    }
}

/// Builds (or reuses) the example in `dir`. Holds an exclusive lock on `dir/.lock` meanwhile,
/// so concurrent callers (parallel tests) wait for one build.
pub fn build_example(dir: &Path) -> Result<Example> {
    let (dir, lock) = lock_example_dir(dir)?;
    let mut steps = Vec::new();
    let total = 5;
    let (ex, rootfs_key) = kernel_and_rootfs(&dir, total, &mut steps)?;
    // 3. Squashfs, unsorted baseline.
    let squashfs_key = format!("squashfs v1 zstd <- {rootfs_key}");
    step(
        &dir,
        3,
        total,
        "squashfs (mksquashfs zstd)",
        &squashfs_key,
        &mut steps,
        |dir| {
            let tmp = dir.join("filesystem.squashfs.tmp");
            let _ = fs::remove_file(&tmp);
            run(
                Command::new("mksquashfs").arg(&ex.rootfs).arg(&tmp).args([
                    "-comp",
                    "zstd",
                    "-noappend",
                    "-no-progress",
                    "-quiet",
                ]),
                &dir.join("logs/mksquashfs.log"),
            )?;
            fs::rename(&tmp, &ex.squashfs)?;
            Ok(String::new())
        },
    )?;

    // 4. Live-CD ISO.
    let iso_key = format!("iso v1 /live/filesystem.squashfs <- {squashfs_key}");
    step(
        &dir,
        4,
        total,
        "ISO (xorriso)",
        &iso_key,
        &mut steps,
        |_| crate::iso::wrap_squashfs(&ex.squashfs, &ex.iso).map(|_| String::new()),
    )?;

    // 5. The project's initramfs.
    let spec = boot::initramfs::Spec::new(&ex.modules);
    let initramfs_key = format!(
        "initramfs init={} modules={} busybox={} kernel={}",
        short_hash(boot::initramfs::scripts_text().as_bytes()),
        spec.modules.join(","),
        short_hash(&fs::read(&spec.busybox).unwrap_or_default()),
        ex.kernel_version,
    );
    step(
        &dir,
        5,
        total,
        "initramfs (liveopt initramfs)",
        &initramfs_key,
        &mut steps,
        |_| boot::initramfs::build(&spec, &ex.initrd).map(|_| String::new()),
    )?;

    drop(lock);
    Ok(Example { steps, ..ex })
}

/// Creates `dir` and takes its exclusive lock (`dir/.lock`, released when the returned file
/// is dropped), so concurrent callers (parallel tests) wait for one build.
pub(crate) fn lock_example_dir(dir: &Path) -> Result<(PathBuf, fs::File)> {
    fs::create_dir_all(dir.join("stamps"))
        .with_context(|| format!("creating {}", dir.display()))?;
    fs::create_dir_all(dir.join("logs"))?;
    let dir = dir.canonicalize()?;
    let lock = fs::File::create(dir.join(".lock"))?;
    lock.lock()
        .with_context(|| format!("locking {}", dir.display()))?;
    Ok((dir, lock))
}

/// Steps 1 and 2 of every layout: the kernel and the root tree. Returns the example's
/// paths and the root tree's cache key.
pub(crate) fn kernel_and_rootfs(
    dir: &Path,
    total: usize,
    steps: &mut Vec<(String, Duration, bool)>,
) -> Result<(Example, String)> {
    // 1. Kernel: Debian's linux-image-amd64, extracted (never installed on the host).
    let kernel_key = "kernel v1 linux-image-amd64 (apt-get download, dpkg-deb -x)".to_string();
    let kernel_version = step(dir, 1, total, "kernel", &kernel_key, steps, |dir| {
        fetch_kernel(dir)
    })?;
    let ex = Example::paths(dir, &kernel_version);
    if !ex.kernel.is_file() || !ex.modules.is_dir() {
        bail!(
            "kernel step left no {} or {}",
            ex.kernel.display(),
            ex.modules.display()
        );
    }

    // 2. Root filesystem.
    let rootfs_key = format!(
        "rootfs v{ROOTFS_RECIPE} {SUITE} minbase {PACKAGES} kernel={kernel_version} unit={}",
        short_hash(marker_unit().as_bytes())
    );
    step(
        dir,
        2,
        total,
        "rootfs (debootstrap)",
        &rootfs_key,
        steps,
        |dir| build_rootfs(dir, &ex).map(|_| String::new()),
    )?;

    Ok((ex, rootfs_key))
}

/// Runs `body` unless `dir/stamps/<name>` holds `key` and its output; the stamp stores
/// `key` and the body's result string (returned either way).
pub(crate) fn step(
    dir: &Path,
    number: usize,
    total: usize,
    name: &str,
    key: &str,
    steps: &mut Vec<(String, Duration, bool)>,
    body: impl FnOnce(&Path) -> Result<String>,
) -> Result<String> {
    let stamp = dir
        .join("stamps")
        .join(name.split_whitespace().next().unwrap_or(name));
    if let Ok(text) = fs::read_to_string(&stamp) {
        if let Some(value) = text
            .strip_prefix(key)
            .and_then(|rest| rest.strip_prefix('\n'))
        {
            eprintln!("[{number}/{total}] {name}: cached");
            steps.push((name.to_string(), Duration::ZERO, true));
            return Ok(value.trim_end().to_string());
        }
    }
    let _ = fs::remove_file(&stamp);
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} [{prefix}] {msg} ({elapsed})").unwrap());
    bar.set_prefix(format!("{number}/{total}"));
    bar.set_message(name.to_string());
    bar.enable_steady_tick(Duration::from_millis(200));
    let started = Instant::now();
    let result = body(dir);
    bar.finish_and_clear();
    let value = result.with_context(|| format!("example step {name}"))?;
    let took = started.elapsed();
    eprintln!(
        "[{number}/{total}] {name}: done in {:.1} s",
        took.as_secs_f64()
    );
    fs::write(&stamp, format!("{key}\n{value}\n"))?;
    steps.push((name.to_string(), took, false));
    Ok(value)
}

/// Downloads linux-image-amd64 and the image package it depends on, extracts the latter into
/// `dir/kernel/root`, copies the kernel to `dir/vmlinuz`. Returns the kernel version.
fn fetch_kernel(dir: &Path) -> Result<String> {
    let version = fetch_kernel_package(dir, "linux-image-amd64", &dir.join("kernel"))?;
    let vmlinuz = dir
        .join("kernel/root/boot")
        .join(format!("vmlinuz-{version}"));
    fs::copy(&vmlinuz, dir.join("vmlinuz"))
        .with_context(|| format!("copying {}", vmlinuz.display()))?;
    Ok(version)
}

/// Downloads the meta package `meta` and the image package it depends on, extracts the
/// latter into `kdir/root` (never installed on the host). Returns the kernel version.
fn fetch_kernel_package(dir: &Path, meta: &str, kdir: &Path) -> Result<String> {
    if kdir.exists() {
        fs::remove_dir_all(kdir)?;
    }
    fs::create_dir_all(kdir)?;
    let log = dir.join("logs/kernel.log");
    run(
        Command::new("apt-get")
            .args(["download", meta])
            .current_dir(kdir),
        &log,
    )
    .with_context(|| format!("apt-get download {meta} (run apt-get update?)"))?;
    let meta_deb = find_deb(kdir, &format!("{meta}_"))?;
    let depends = output(
        Command::new("dpkg-deb")
            .args(["-f"])
            .arg(&meta_deb)
            .arg("Depends"),
    )?;
    let image_package = depends
        .split([',', '|'])
        .map(|d| d.split_whitespace().next().unwrap_or(""))
        .find(|p| p.starts_with("linux-image-") && p != &meta)
        .ok_or_else(|| anyhow!("{meta} depends on no linux-image-* package: {depends}"))?
        .to_string();
    run(
        Command::new("apt-get")
            .args(["download", &image_package])
            .current_dir(kdir),
        &log,
    )?;
    let deb = find_deb(kdir, &format!("{image_package}_"))?;
    let root = kdir.join("root");
    run(
        Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root),
        &log,
    )?;
    let version = image_package.trim_start_matches("linux-image-").to_string();
    if !root.join("lib/modules").join(&version).is_dir() {
        bail!("{image_package} has no lib/modules/{version}");
    }
    Ok(version)
}

/// A Debian guest kernel besides the example's own.
#[derive(Clone, Debug)]
pub struct GuestKernel {
    pub version: String,
    /// The bzImage.
    pub kernel: PathBuf,
    /// Its `lib/modules/<version>` tree.
    pub modules: PathBuf,
}

/// Debian bookworm's newer kernel (`linux-image-6.12-amd64`), extracted once into
/// `dir/kernel-6.12` (under the example's lock): its EROFS decodes LZMA, DEFLATE and
/// zstd, which the example's 6.1 kernel cannot, so images with those boot in it.
pub fn newer_guest_kernel(dir: &Path) -> Result<GuestKernel> {
    let (dir, lock) = lock_example_dir(dir)?;
    let meta = "linux-image-6.12-amd64";
    let kdir = dir.join("kernel-6.12");
    let key = format!("kernel v1 {meta} (apt-get download, dpkg-deb -x)");
    let version = step(&dir, 1, 1, "kernel-6.12", &key, &mut Vec::new(), |dir| {
        fetch_kernel_package(dir, meta, &kdir)
    })?;
    drop(lock);
    let root = kdir.join("root");
    let guest = GuestKernel {
        kernel: root.join("boot").join(format!("vmlinuz-{version}")),
        modules: root.join("lib/modules").join(&version),
        version,
    };
    if !guest.kernel.is_file() || !guest.modules.is_dir() {
        bail!(
            "{} or {} is missing (delete {} to fetch it again)",
            guest.kernel.display(),
            guest.modules.display(),
            dir.join("stamps/kernel-6.12").display()
        );
    }
    Ok(guest)
}

pub(crate) fn find_deb(dir: &Path, prefix: &str) -> Result<PathBuf> {
    fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(".deb")
        })
        .ok_or_else(|| anyhow!("no {prefix}*.deb in {}", dir.display()))
}

/// debootstrap into `rootfs.tmp`, configure, rename to `rootfs`.
fn build_rootfs(dir: &Path, ex: &Example) -> Result<()> {
    let tmp = dir.join("rootfs.tmp");
    remove_tree(&tmp)?;
    remove_tree(&ex.rootfs)?;
    run(
        Command::new("debootstrap")
            .args(["--variant=minbase", &format!("--include={PACKAGES}"), SUITE])
            .arg(&tmp)
            .arg(MIRROR),
        &dir.join("logs/debootstrap.log"),
    )?;
    let etc = tmp.join("etc");
    let units = etc.join("systemd/system");
    fs::write(units.join("liveopt-marker.service"), marker_unit())?;
    let wants = units.join("multi-user.target.wants");
    fs::create_dir_all(&wants)?;
    symlink_force(
        "/etc/systemd/system/liveopt-marker.service",
        &wants.join("liveopt-marker.service"),
    )?;
    // No logins: the marker powers the machine off; a serial getty would only cost time.
    for unit in ["serial-getty@ttyS0.service", "getty@tty1.service"] {
        symlink_force("/dev/null", &units.join(unit))?;
    }
    fs::write(etc.join("hostname"), "liveopt\n")?;
    fs::write(
        etc.join("fstab"),
        "# live system: root is an overlay set up by the initramfs\n",
    )?;
    let shadow = fs::read_to_string(etc.join("shadow"))?;
    let shadow: String = shadow
        .lines()
        .map(|l| match l.strip_prefix("root:") {
            Some(rest) => format!(
                "root:{}\n",
                rest.split_once(':').map(|(_, r)| r).unwrap_or("")
            ),
            None => format!("{l}\n"),
        })
        .collect();
    fs::write(etc.join("shadow"), shadow)?;
    // The kernel's modules, so udev/modprobe work after switch_root.
    let modules_dir = tmp.join("usr/lib/modules");
    fs::create_dir_all(&modules_dir)?;
    run(
        Command::new("cp")
            .arg("-a")
            .arg(&ex.modules)
            .arg(&modules_dir),
        &dir.join("logs/rootfs.log"),
    )?;
    run(
        Command::new("chroot")
            .arg(&tmp)
            .args(["depmod", &ex.kernel_version]),
        &dir.join("logs/rootfs.log"),
    )?;
    for cache in ["var/cache/apt/archives", "var/lib/apt/lists"] {
        for entry in fs::read_dir(tmp.join(cache))
            .into_iter()
            .flatten()
            .flatten()
        {
            if entry.file_type()?.is_file() {
                fs::remove_file(entry.path())?;
            }
        }
    }
    fs::rename(&tmp, &ex.rootfs)?;
    Ok(())
}

pub(crate) fn symlink_force(target: &str, link: &Path) -> Result<()> {
    let _ = fs::remove_file(link);
    std::os::unix::fs::symlink(target, link).with_context(|| format!("creating {}", link.display()))
}

/// Removes a tree, first unmounting anything still mounted inside it (a failed debootstrap
/// can leave proc/sys mounted), so nothing outside is ever touched.
pub(crate) fn remove_tree(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let canonical = path.canonicalize()?;
    let mounts = fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    let mut inside: Vec<&str> = mounts
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .filter(|m| Path::new(m).starts_with(&canonical))
        .collect();
    inside.sort_by_key(|m| std::cmp::Reverse(m.len()));
    for mount_point in inside {
        let _ = Command::new("umount").arg("-l").arg(mount_point).status();
    }
    let still = fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    if still
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .any(|m| Path::new(m).starts_with(&canonical))
    {
        bail!(
            "{} still has mounts inside; not removing it",
            canonical.display()
        );
    }
    fs::remove_dir_all(&canonical).with_context(|| format!("removing {}", canonical.display()))
}

/// Runs a command with its output in `log`; on failure, the error carries the log's tail.
pub(crate) fn run(cmd: &mut Command, log: &Path) -> Result<()> {
    let file = fs::OpenOptions::new().create(true).append(true).open(log)?;
    let program = cmd.get_program().to_string_lossy().into_owned();
    let status = cmd
        .stdin(std::process::Stdio::null())
        .stdout(file.try_clone()?)
        .stderr(file)
        .status()
        .with_context(|| format!("starting {program}"))?;
    if !status.success() {
        let text = fs::read_to_string(log).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(8).collect();
        let mut msg = String::new();
        for line in tail.iter().rev() {
            let _ = write!(msg, "\n  | {line}");
        }
        bail!("{program} failed ({status}); log {}:{msg}", log.display());
    }
    Ok(())
}

fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    if !out.status.success() {
        bail!(
            "{:?} failed: {}",
            cmd.get_program(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub(crate) fn short_hash(bytes: &[u8]) -> String {
    hex::encode(&Sha256::digest(bytes)[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_unit_prints_the_marker_and_powers_off() {
        let unit = marker_unit();
        assert!(unit.contains(MARKER));
        assert!(unit.contains("WantedBy=multi-user.target"));
        assert!(unit.contains("poweroff"));
    }

    #[test]
    fn steps_are_cached_by_key() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("stamps")).unwrap();
        let mut steps = Vec::new();
        let mut runs = 0;
        let v = step(dir.path(), 1, 1, "thing", "key A", &mut steps, |_| {
            runs += 1;
            Ok("6.1".into())
        })
        .unwrap();
        assert_eq!(v, "6.1");
        let v = step(dir.path(), 1, 1, "thing", "key A", &mut steps, |_| {
            runs += 1;
            Ok("other".into())
        })
        .unwrap();
        assert_eq!((v.as_str(), runs), ("6.1", 1));
        step(dir.path(), 1, 1, "thing", "key B", &mut steps, |_| {
            runs += 1;
            Ok("x".into())
        })
        .unwrap();
        assert_eq!(runs, 2);
        assert!(
            step(dir.path(), 1, 1, "thing", "key C", &mut steps, |_| bail!(
                "boom"
            ))
            .is_err()
        );
        assert!(
            !dir.path().join("stamps/thing").exists(),
            "a failed step leaves no stamp"
        );
    }
}
