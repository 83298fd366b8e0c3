//! A real dracut `LiveOS/` ISO (the Fedora/RHEL layout, built from Debian bookworm) with a
//! marker unit of its own, to test liveopt on media that boot through dracut's
//! `dmsquash-live`: a debootstrap root with systemd, dracut, dracut-live and Debian's
//! kernel; an initramfs made by that root's own dracut; the root as `LiveOS/squashfs.img`;
//! an isohybrid ISO (isolinux, BIOS boot) labelled [`VOLUME_ID`] whose default entry boots
//! `root=live:CDLABEL=<label> rd.live.image`. The marker unit prints [`MARKER`] on ttyS0
//! and leaves the system up at its login prompt, as a stock live system does.
//!
//! Two things dracut 059 (bookworm) needs, both seen in real boots of this ISO:
//! - its systemd initrd modules cannot mount a plain squashfs root: `sysroot.mount` asks
//!   for an overlay on `/run/overlayfs`, which nothing creates in that mode ("overlayfs:
//!   failed to resolve '/run/overlayfs'"), and the boot drops to the emergency shell. So
//!   the initramfs is built without them ([`OMITTED_MODULES`]), as a script-driven dracut
//!   initrd;
//! - in that mode the root overlay is mounted by `90overlayfs`'s mount hook, which reads
//!   `rd.live.overlay.overlayfs` from the command line itself: without it dracut mounts
//!   nothing ("Can't mount root filesystem"). The boot entry carries it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::example::{remove_tree, run, MIRROR, SUITE};
use crate::live_build::serial_marker_unit;

/// The line the marker unit prints on the serial console once the system is up.
pub const MARKER: &str = "DRACUT-LIVE-MARKER reached";

/// The ISO's volume id, which the boot entry names (`root=live:CDLABEL=...`).
pub const VOLUME_ID: &str = "LIVEOPT_DRACUT";

/// What debootstrap installs (minbase): an init system and the device manager.
pub const BASE_PACKAGES: &str = "systemd-sysv,udev,kmod";

/// What apt installs on top, without recommends: dracut with its live modules, the kernel.
pub const PACKAGES: &str = "dracut dracut-live linux-image-amd64";

/// dracut modules left out of every initramfs built here (see the module docs).
pub const OMITTED_MODULES: &str = "systemd systemd-initrd dracut-systemd";

/// The live image's path inside the ISO.
pub const LIVE_IMAGE: &str = "/LiveOS/squashfs.img";

/// The kernel command line of the ISO's default boot entry.
pub fn kernel_cmdline() -> String {
    format!("root=live:CDLABEL={VOLUME_ID} rd.live.image rd.live.overlay.overlayfs=1 console=ttyS0")
}

/// The isolinux configuration: one default entry, no menu, no wait.
pub fn isolinux_cfg() -> String {
    format!(
        "default live\n\
         prompt 0\n\
         timeout 0\n\
         label live\n  \
         kernel /isolinux/vmlinuz\n  \
         append initrd=/isolinux/initrd.img {}\n",
        kernel_cmdline()
    )
}

/// The dracut command line (run inside the root) that writes an initramfs for `kernel` to
/// `output` (a path inside the root), with `--add` of `extra_modules` if any.
pub fn dracut_args(kernel: &str, output: &str, extra_modules: &[&str]) -> Vec<String> {
    let mut modules = vec!["dmsquash-live"];
    modules.extend_from_slice(extra_modules);
    [
        "dracut",
        "--no-hostonly",
        "--add",
        &modules.join(" "),
        "--omit",
        OMITTED_MODULES,
        "--kver",
        kernel,
        "--force",
        output,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Everything the ISO is built from, as text: a cached ISO built from other inputs is stale.
pub fn inputs() -> String {
    format!(
        "debootstrap --variant=minbase --include={BASE_PACKAGES} {SUITE} {MIRROR}\n\
         apt-get install --no-install-recommends {PACKAGES}\n\
         {}\nmksquashfs zstd -> {LIVE_IMAGE}\nisolinux.cfg:\n{}volume {VOLUME_ID}\n\
         marker unit:\n{}",
        dracut_args("KVER", "/tmp/initrd.img", &[]).join(" "),
        isolinux_cfg(),
        serial_marker_unit(MARKER)
    )
}

/// Builds the ISO in `dir/build` (logs in `dir`), writes `dir/live.iso`, removes the build
/// tree, and returns the ISO's path. Needs root, debootstrap, squashfs-tools, xorriso and
/// isolinux (scripts/setup.sh installs them) and the Debian mirror; a few minutes.
pub fn build(dir: &Path) -> Result<PathBuf> {
    let work = dir.join("build");
    remove_tree(&work)?;
    let root = work.join("root");
    let tree = work.join("iso");
    fs::create_dir_all(tree.join("LiveOS"))?;
    fs::create_dir_all(tree.join("isolinux"))?;
    let log = dir.join("build.log");
    run(
        Command::new("debootstrap")
            .args([
                "--variant=minbase",
                &format!("--include={BASE_PACKAGES}"),
                SUITE,
            ])
            .arg(&root)
            .arg(MIRROR),
        &log,
    )?;
    // INITRD=No: the kernel's postinst hook would build an initramfs nobody uses.
    run(
        Command::new("chroot")
            .arg(&root)
            .args(["apt-get", "install", "-y", "--no-install-recommends"])
            .args(PACKAGES.split_whitespace())
            .env("DEBIAN_FRONTEND", "noninteractive")
            .env("INITRD", "No"),
        &log,
    )?;
    configure_root(&root)?;
    let kernel = kernel_version(&root)?;
    run(
        Command::new("chroot")
            .arg(&root)
            .args(dracut_args(&kernel, "/tmp/initrd.img", &[])),
        &log,
    )?;
    // Out of the root before it is squashed: the initramfs lives on the ISO only.
    move_file(
        &root.join("tmp/initrd.img"),
        &tree.join("isolinux/initrd.img"),
    )?;
    fs::copy(
        root.join(format!("boot/vmlinuz-{kernel}")),
        tree.join("isolinux/vmlinuz"),
    )?;
    run(
        Command::new("mksquashfs")
            .arg(&root)
            .arg(tree.join(LIVE_IMAGE.trim_start_matches('/')))
            .args(["-comp", "zstd", "-noappend", "-no-progress", "-quiet"]),
        &log,
    )?;
    fs::copy(
        "/usr/lib/ISOLINUX/isolinux.bin",
        tree.join("isolinux/isolinux.bin"),
    )
    .context("copying isolinux.bin (install isolinux)")?;
    fs::copy(
        "/usr/lib/syslinux/modules/bios/ldlinux.c32",
        tree.join("isolinux/ldlinux.c32"),
    )
    .context("copying ldlinux.c32 (install syslinux-common)")?;
    fs::write(tree.join("isolinux/isolinux.cfg"), isolinux_cfg())?;
    let iso = dir.join("live.iso");
    run(
        Command::new("xorriso")
            .args(["-as", "mkisofs", "-quiet", "-R", "-J", "-V", VOLUME_ID])
            .args(["-b", "isolinux/isolinux.bin", "-c", "isolinux/boot.cat"])
            .args(["-no-emul-boot", "-boot-load-size", "4", "-boot-info-table"])
            .args(["-isohybrid-mbr", "/usr/lib/ISOLINUX/isohdpfx.bin", "-o"])
            .arg(&iso)
            .arg(&tree),
        &log,
    )?;
    remove_tree(&work)?;
    Ok(iso)
}

/// The marker unit, a host name, an empty fstab (the root is the live overlay), no apt
/// caches in the image.
fn configure_root(root: &Path) -> Result<()> {
    let units = root.join("etc/systemd/system");
    fs::create_dir_all(units.join("multi-user.target.wants"))?;
    fs::write(
        units.join("liveopt-marker.service"),
        serial_marker_unit(MARKER),
    )?;
    std::os::unix::fs::symlink(
        "../liveopt-marker.service",
        units.join("multi-user.target.wants/liveopt-marker.service"),
    )?;
    fs::write(root.join("etc/hostname"), "dracutlive\n")?;
    fs::write(
        root.join("etc/fstab"),
        "# live system: the root is an overlay\n",
    )?;
    for cache in ["var/cache/apt/archives", "var/lib/apt/lists"] {
        for entry in fs::read_dir(root.join(cache))?.flatten() {
            if entry.file_type()?.is_file() {
                fs::remove_file(entry.path())?;
            }
        }
    }
    Ok(())
}

/// The one kernel installed in `root` (its `lib/modules` directory name).
fn kernel_version(root: &Path) -> Result<String> {
    let mut versions: Vec<String> = fs::read_dir(root.join("lib/modules"))
        .with_context(|| format!("listing {}/lib/modules", root.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if versions.len() != 1 {
        bail!("expected one kernel in the root, found {versions:?}");
    }
    Ok(versions.remove(0))
}

fn move_file(from: &Path, to: &Path) -> Result<()> {
    fs::copy(from, to).with_context(|| format!("copying {}", from.display()))?;
    fs::remove_file(from).with_context(|| format!("removing {}", from.display()))
}

/// An initramfs for the ISO at `iso` (built by [`build`]) made by the live image's own
/// dracut with `--add liveopt`: the live image is unpacked into `scratch/root`, the module
/// directory `module` goes to its `/usr/lib/dracut/modules.d/90liveopt` and `boot_binary`
/// to `/usr/lib/liveopt/liveopt-boot` (where the module takes it from); the initramfs is
/// written to `output`, the log to `scratch/dracut.log`, and the unpacked root removed.
pub fn initrd_with_module(
    iso: &Path,
    module: &Path,
    boot_binary: &Path,
    scratch: &Path,
    output: &Path,
) -> Result<()> {
    let (_, extent) = crate::live_iso::LiveIso::open(iso)?.live_image(Some(LIVE_IMAGE))?;
    let root = scratch.join("root");
    remove_tree(&root)?;
    let log = scratch.join("dracut.log");
    run(
        Command::new("unsquashfs")
            .args(["-no-progress", "-quiet", "-o"])
            .arg(extent.offset.to_string())
            .arg("-d")
            .arg(&root)
            .arg(iso),
        &log,
    )?;
    let modules_d = root.join("usr/lib/dracut/modules.d/90liveopt");
    fs::create_dir_all(&modules_d)?;
    for entry in fs::read_dir(module).with_context(|| format!("reading {}", module.display()))? {
        let entry = entry?;
        fs::copy(entry.path(), modules_d.join(entry.file_name()))?;
    }
    let installed = root.join("usr/lib/liveopt/liveopt-boot");
    fs::create_dir_all(installed.parent().expect("has a parent"))?;
    fs::copy(boot_binary, &installed)
        .with_context(|| format!("copying {}", boot_binary.display()))?;
    let kernel = kernel_version(&root)?;
    run(
        Command::new("chroot").arg(&root).args(dracut_args(
            &kernel,
            "/tmp/initrd.img",
            &["liveopt"],
        )),
        &log,
    )?;
    move_file(&root.join("tmp/initrd.img"), output)?;
    remove_tree(&root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_name_the_packages_the_boot_entry_and_the_unit() {
        let inputs = inputs();
        assert!(inputs.contains("dracut dracut-live linux-image-amd64"));
        assert!(inputs.contains(&format!("--omit {OMITTED_MODULES}")));
        assert!(inputs.contains(&format!("root=live:CDLABEL={VOLUME_ID} rd.live.image")));
        assert!(inputs.contains(&format!("ExecStart=/bin/echo {MARKER}")));
    }

    #[test]
    fn the_boot_entry_is_what_liveopt_reads_from_the_iso() {
        let cfg = isolinux_cfg();
        let entry = crate::boot_entry::find_boot_entry(
            Some("/isolinux/isolinux.bin"),
            &|p| (p == "/isolinux/isolinux.cfg").then(|| cfg.clone()),
            &|_| true,
        )
        .unwrap();
        assert_eq!(entry.kernel, "/isolinux/vmlinuz");
        assert_eq!(entry.initrds, ["/isolinux/initrd.img"]);
        assert_eq!(entry.cmdline, kernel_cmdline());
    }

    #[test]
    fn the_liveopt_module_is_added_to_dmsquash_live() {
        let args = dracut_args("6.1.0-1-amd64", "/tmp/i.img", &["liveopt"]);
        let add = args.iter().position(|a| a == "--add").unwrap();
        assert_eq!(args[add + 1], "dmsquash-live liveopt");
        assert!(args.contains(&"--no-hostonly".to_string()));
    }
}
