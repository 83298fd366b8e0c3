//! Helpers for tests on distribution live ISOs: profiling one through `liveopt qemu
//! profile --cdrom`, copying files in and out with xorriso, booting one through its own
//! boot entry with the serial log kept.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use super::liveopt;

/// `liveopt qemu profile --cdrom ISO [extra...] -o OUTPUT`: the output, stdout, stderr.
pub fn profile_cdrom(iso: &Path, extra: &[&str], output: &Path) -> (Output, String, String) {
    let out = liveopt()
        .args(["qemu", "profile", "--cdrom"])
        .arg(iso)
        .args(extra)
        .arg("-o")
        .arg(output)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

/// Copies the file at `iso_path` inside `iso` to `host`.
pub fn extract(iso: &Path, iso_path: &str, host: &Path) {
    let status = Command::new("xorriso")
        .args(["-osirrox", "on", "-indev"])
        .arg(iso)
        .args(["-extract", iso_path])
        .arg(host)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(
        status.success(),
        "extracting {iso_path} from {}",
        iso.display()
    );
}

/// `iso` written to `out` with `files` (ISO path, host file) added or replaced, its boot
/// records replayed by xorriso.
pub fn copy_with(iso: &Path, out: &Path, files: &[(&str, &Path)]) {
    let mut cmd = Command::new("xorriso");
    cmd.arg("-indev").arg(iso).arg("-outdev").arg(out);
    cmd.args(["-boot_image", "any", "replay"]);
    for (iso_path, host) in files {
        cmd.arg("-map").arg(host).arg(iso_path);
    }
    testkit::run_ok(&mut cmd);
}

/// Boots `medium` from the emulated CD with `kernel`, `initrd` and the boot entry's
/// `cmdline` until a serial line holds `marker`; returns the serial log.
pub fn boot_to_marker(
    kernel: &Path,
    initrd: &Path,
    medium: &Path,
    cmdline: &str,
    marker: &str,
) -> String {
    let mut config = qemu::BootConfig::new(kernel, initrd, medium, true);
    config.entry_cmdline = Some(cmdline.to_string());
    config.end = qemu::boot::BootEnd::Marker(marker.to_string());
    config.timeout = std::time::Duration::from_secs(480);
    let outcome = qemu::boot(&config)
        .unwrap_or_else(|e| panic!("booting {} to {marker:?}: {e:#}", medium.display()));
    outcome
        .serial
        .iter()
        .map(|l| format!("{}\n", l.text))
        .collect()
}

/// Boots `iso` from the emulated CD through its own default boot entry (kernel, initrds and
/// command line as the ISO gives them, loaded by QEMU; `append` added to the command line)
/// to `marker`. The serial console.
pub fn boot_own_entry_from_cd(iso: &Path, append: &str, marker: &str) -> String {
    let live = qemu::live_iso::LiveIso::open(iso).unwrap();
    let entry = live.boot_entry().unwrap();
    let files = live.boot_files(&entry).unwrap();
    let mut config = qemu::BootConfig::new(&files.kernel, &files.initrd, iso, true);
    config.entry_cmdline = Some(entry.cmdline.clone());
    config.append = append.to_string();
    config.end = qemu::boot::BootEnd::Marker(marker.to_string());
    config.timeout = std::time::Duration::from_secs(600);
    let outcome = qemu::boot(&config).unwrap_or_else(|e| panic!("{}: {e:#}", iso.display()));
    outcome.serial_text()
}

/// Kills QEMU when dropped (a failed assertion included).
struct Qemu(std::process::Child);

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Boots `iso` written as it is to a raw virtio disk (as `dd` to a USB stick leaves it),
/// through the firmware: SeaBIOS runs the isohybrid MBR, which starts isolinux from the disk,
/// whose menu (if it waits) is given Enter through QEMU's monitor until the kernel prints.
/// The serial console up to `marker`.
pub fn firmware_boot_from_raw_disk(iso: &Path, marker: &str) -> String {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let serial = dir.path().join("serial.txt");
    let monitor = dir.path().join("monitor.sock");
    let mut qemu = Command::new("qemu-system-x86_64");
    qemu.args([
        "-nodefaults",
        "-accel",
        "tcg",
        "-m",
        "1024",
        "-display",
        "none",
        "-vga",
        "std",
    ])
    .args([
        "-nic",
        "none",
        "-parallel",
        "none",
        "-no-reboot",
        "-no-user-config",
    ])
    .arg("-serial")
    .arg(format!("file:{}", serial.display()))
    .arg("-monitor")
    .arg(format!("unix:{},server=on,wait=off", monitor.display()))
    .arg("-drive")
    .arg(format!(
        "file={},if=virtio,format=raw,readonly=on",
        iso.display()
    ))
    .stdout(Stdio::null());
    let mut qemu = Qemu(qemu.spawn().expect("qemu-system-x86_64 (scripts/setup.sh)"));
    let started = std::time::Instant::now();
    loop {
        let text =
            String::from_utf8_lossy(&std::fs::read(&serial).unwrap_or_default()).into_owned();
        if text.contains(marker) {
            return text;
        }
        let tail: String = text.lines().rev().take(15).collect::<Vec<_>>().join("\n");
        if let Some(status) = qemu.0.try_wait().unwrap() {
            panic!(
                "QEMU exited ({status}) before the marker; serial tail (last line first):\n{tail}"
            );
        }
        if started.elapsed() > std::time::Duration::from_secs(600) {
            panic!("no marker within 600 s; serial tail (last line first):\n{tail}");
        }
        if !text.contains("Linux version") {
            if let Ok(mut socket) = std::os::unix::net::UnixStream::connect(&monitor) {
                let _ = socket.write_all(b"sendkey ret\n");
            }
        }
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

/// A test on a file path of a profile.
type PathTest<'a> = &'a dyn Fn(&str) -> bool;

/// Checks that the profile at `path` is one of a systemd live system's boot up to its
/// login prompt: systemd, libc and agetty among its files, the kernel from the ISO.
pub fn assert_systemd_boot_profile(path: &Path) {
    let profile = formats::profile::load(path).unwrap();
    let paths: Vec<String> = profile
        .files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.path).into_owned())
        .collect();
    let wanted: [(&str, PathTest); 3] = [
        ("systemd", &|p| {
            p.trim_start_matches('/') == "usr/lib/systemd/systemd"
        }),
        ("libc", &|p| p.contains("libc.so.6")),
        ("agetty (the login prompt)", &|p| p.ends_with("/agetty")),
    ];
    for (what, wanted) in wanted {
        assert!(paths.iter().any(|p| wanted(p)), "no {what} in {paths:?}");
    }
    let kernel = profile.source.kernel.as_deref();
    assert!(kernel.is_some_and(|k| k.ends_with("-amd64")), "{kernel:?}");
}
