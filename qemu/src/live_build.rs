//! A real Debian live ISO made by live-build (`lb config` + `lb build`: bookworm, live-boot,
//! live-config, syslinux, iso-hybrid) with a marker unit of its own, to test liveopt on
//! distribution media as they ship. The ISO boots through live-boot's initramfs, not
//! liveopt's; its marker unit prints [`MARKER`] on ttyS0 and leaves the system up (at its
//! login prompt), as a stock live system does.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::example::MIRROR;

/// The line the marker unit prints on the serial console once the system is up.
pub const MARKER: &str = "LIVE-BUILD-MARKER reached";

/// Packages of the live system: live-boot and live-config, and a few services.
pub const PACKAGES: &str =
    "live-boot live-config live-config-systemd systemd-sysv dbus cron rsyslog";

/// The `lb config` command line. zstd instead of live-build's default xz: the same image
/// layout, built in a fraction of the time on the test machine.
pub fn lb_config_args() -> Vec<String> {
    [
        "--distribution bookworm",
        "--architectures amd64",
        "--archive-areas main",
        &format!("--mirror-bootstrap {MIRROR}"),
        &format!("--mirror-chroot {MIRROR}"),
        &format!("--mirror-binary {MIRROR}"),
        "--binary-images iso-hybrid",
        "--bootloaders syslinux",
        "--debian-installer none",
        "--linux-flavours amd64",
        "--apt-recommends false",
        "--firmware-chroot false",
        "--firmware-binary false",
        "--memtest none",
        "--checksums none",
        "--zsync false",
        "--security false",
        "--updates false",
        "--chroot-squashfs-compression-type zstd",
        "--iso-volume LIVEOPT_LB",
    ]
    .iter()
    .flat_map(|flag| flag.split_whitespace().map(str::to_string))
    .chain([
        "--bootappend-live".to_string(),
        "boot=live components console=ttyS0".to_string(),
    ])
    .collect()
}

/// The systemd unit (in `config/includes.chroot`) that prints [`MARKER`] once the system
/// is up.
pub fn marker_unit() -> String {
    serial_marker_unit(MARKER)
}

/// A systemd unit that prints `marker` on ttyS0 once the system is up and leaves it running
/// (a stock live system's end of boot is its login prompt).
pub fn serial_marker_unit(marker: &str) -> String {
    format!(
        "[Unit]\n\
         Description=Prints the boot marker on the serial console\n\
         After=multi-user.target\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart=/bin/echo {marker}\n\
         StandardOutput=tty\n\
         TTYPath=/dev/ttyS0\n\
         \n\
         [Install]\n\
         WantedBy=multi-user.target\n"
    )
}

/// Everything the ISO is built from, as text: a cached ISO built from other inputs is stale.
pub fn inputs() -> String {
    format!(
        "lb config {}\npackages: {PACKAGES}\nmarker unit:\n{}",
        lb_config_args().join(" "),
        marker_unit()
    )
}

/// Runs `lb config` and `lb build` in `dir/build` (logs in `dir`), moves the ISO to
/// `dir/live.iso`, removes the build tree, and returns the ISO's path. Needs root and
/// live-build (scripts/setup.sh installs it); takes 15 to 30 minutes on 2 cores.
pub fn build(dir: &Path) -> Result<PathBuf> {
    let work = dir.join("build");
    fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    run(
        Command::new("lb").arg("config").args(lb_config_args()),
        &work,
        &dir.join("lb-config.log"),
    )?;
    let config = work.join("config");
    fs::write(
        config.join("package-lists/live.list.chroot"),
        format!("{PACKAGES}\n"),
    )?;
    let units = config.join("includes.chroot/etc/systemd/system");
    fs::create_dir_all(units.join("multi-user.target.wants"))?;
    fs::write(units.join("liveopt-marker.service"), marker_unit())?;
    std::os::unix::fs::symlink(
        "../liveopt-marker.service",
        units.join("multi-user.target.wants/liveopt-marker.service"),
    )?;
    run(
        Command::new("lb").arg("build"),
        &work,
        &dir.join("lb-build.log"),
    )?;
    let iso = dir.join("live.iso");
    fs::rename(work.join("live-image-amd64.hybrid.iso"), &iso)
        .context("lb build wrote no live-image-amd64.hybrid.iso")?;
    fs::remove_dir_all(&work).with_context(|| format!("removing {}", work.display()))?;
    Ok(iso)
}

fn run(command: &mut Command, dir: &Path, log: &Path) -> Result<()> {
    let log_file = fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
    let status = command
        .current_dir(dir)
        .stdout(log_file.try_clone()?)
        .stderr(log_file)
        .status()
        .context("running live-build's lb (run scripts/setup.sh)")?;
    if !status.success() {
        bail!("{command:?} failed ({status}); see {}", log.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_name_the_config_the_packages_and_the_unit() {
        let inputs = inputs();
        assert!(inputs.contains("--bootloaders syslinux"));
        assert!(inputs.contains("--bootappend-live boot=live components console=ttyS0"));
        assert!(inputs.contains("live-boot live-config"));
        assert!(inputs.contains(&format!("ExecStart=/bin/echo {MARKER}")));
        assert!(
            !marker_unit().contains("poweroff"),
            "the live system stays up: the end of its boot is its login prompt"
        );
    }
}
