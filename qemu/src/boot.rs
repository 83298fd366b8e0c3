//! Booting a kernel + initramfs + live medium in QEMU (TCG: KVM is unusable on the build
//! machine) until the guest prints the boot marker, with a hard timeout; optionally with
//! QEMU's block trace events on.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};

use crate::trace::{CDROM_EVENT, DISK_EVENT};

/// The line the example system's marker unit prints on the serial console.
pub const MARKER: &str = "LIVEOPT-MARKER reached";
/// The first line the liveopt initramfs prints; reads before it are the firmware's.
pub const INIT_START: &str = "liveopt-init: start";
/// Printed by the liveopt initramfs when it gives up.
pub const INIT_FAILED: &str = boot::initramfs::INIT_FAILED;

/// What to boot.
#[derive(Clone, Debug)]
pub struct BootConfig {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// The medium: an ISO (with `cdrom`) or a raw squashfs image (virtio disk).
    pub medium: PathBuf,
    /// Attach `medium` as an IDE CD-ROM instead of a virtio disk.
    pub cdrom: bool,
    /// Extra kernel command line, after `console=ttyS0 quiet liveopt.media=...`.
    pub append: String,
    /// Write QEMU's block trace events here.
    pub trace: Option<PathBuf>,
    /// Kill QEMU if the marker has not appeared by then.
    pub timeout: Duration,
    pub memory_mib: u32,
    /// QEMU `-drive` throttling options (e.g. `throttling.bps-read=...`), appended as given.
    pub drive_options: String,
    /// Connect the guest's second serial port (ttyS1) to this host file.
    pub second_serial: Option<PathBuf>,
}

impl BootConfig {
    pub fn new(kernel: &Path, initrd: &Path, medium: &Path, cdrom: bool) -> BootConfig {
        BootConfig {
            kernel: kernel.to_path_buf(),
            initrd: initrd.to_path_buf(),
            medium: medium.to_path_buf(),
            cdrom,
            append: String::new(),
            trace: None,
            timeout: Duration::from_secs(300),
            memory_mib: 1024,
            drive_options: String::new(),
            second_serial: None,
        }
    }

    /// The full kernel command line.
    pub fn cmdline(&self) -> String {
        let media = if self.cdrom { "cdrom" } else { "disk" };
        let mut line = format!("console=ttyS0 quiet panic=-1 liveopt.media={media}");
        if !self.append.is_empty() {
            line.push(' ');
            line.push_str(&self.append);
        }
        line
    }

    /// The QEMU command line (without the program name).
    pub fn qemu_args(&self, events_file: Option<&Path>) -> Vec<String> {
        let mut args: Vec<String> = [
            "-accel",
            "tcg",
            "-m",
            &self.memory_mib.to_string(),
            "-display",
            "none",
            "-vga",
            "none",
            "-serial",
            "stdio",
            "-monitor",
            "none",
            "-parallel",
            "none",
            "-nic",
            "none",
            "-no-reboot",
            "-no-user-config",
            "-msg",
            "timestamp=on",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        if let Some(file) = &self.second_serial {
            args.extend(["-serial".into(), format!("file:{}", file.display())]);
        }
        args.extend(["-kernel".into(), self.kernel.display().to_string()]);
        args.extend(["-initrd".into(), self.initrd.display().to_string()]);
        args.extend(["-append".into(), self.cmdline()]);
        let extra = if self.drive_options.is_empty() {
            String::new()
        } else {
            format!(",{}", self.drive_options)
        };
        let drive = if self.cdrom {
            format!(
                "file={},media=cdrom,if=ide,readonly=on{extra}",
                self.medium.display()
            )
        } else {
            format!(
                "file={},if=virtio,format=raw,readonly=on{extra}",
                self.medium.display()
            )
        };
        args.extend(["-drive".into(), drive]);
        if let (Some(events), Some(out)) = (events_file, &self.trace) {
            args.extend([
                "-trace".into(),
                format!("events={},file={}", events.display(), out.display()),
            ]);
        }
        args
    }
}

/// One line of serial output and when the host saw it.
#[derive(Clone, Debug)]
pub struct SerialLine {
    /// Host wall-clock time, nanoseconds since the Unix epoch.
    pub time_ns: u64,
    pub text: String,
}

/// What a boot gave.
#[derive(Clone, Debug)]
pub struct BootOutcome {
    /// Host wall-clock time QEMU was started, nanoseconds since the Unix epoch.
    pub started_ns: u64,
    /// From QEMU's start to the marker line, measured on the host.
    pub time_to_marker: Duration,
    pub serial: Vec<SerialLine>,
}

impl BootOutcome {
    /// Host time the initramfs printed its first line, if it did.
    pub fn init_started_ns(&self) -> Option<u64> {
        self.serial
            .iter()
            .find(|l| l.text.contains(INIT_START))
            .map(|l| l.time_ns)
    }

    pub fn serial_text(&self) -> String {
        self.serial
            .iter()
            .map(|l| format!("{}\n", l.text))
            .collect()
    }
}

fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// Kills QEMU when dropped (timeouts, errors).
struct Guard(Child);
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Boots and waits for [`MARKER`]. Errors (with the serial log's tail) on timeout, on an
/// initramfs failure, or if QEMU exits first. After the marker, waits for the guest to power
/// off (so the trace file and the second serial port are complete), killing QEMU after 180 s.
pub fn boot(config: &BootConfig) -> Result<BootOutcome> {
    for (what, path) in [
        ("kernel", &config.kernel),
        ("initrd", &config.initrd),
        ("medium", &config.medium),
    ] {
        if !path.is_file() {
            bail!("{what} {} does not exist", path.display());
        }
    }
    let events = tempfile::NamedTempFile::new().context("creating the trace events file")?;
    std::fs::write(events.path(), format!("{DISK_EVENT}\n{CDROM_EVENT}\n"))?;
    let args = config.qemu_args(Some(events.path()));
    let stderr_file = tempfile::tempfile()?;
    let started_ns = now_ns();
    let started = Instant::now();
    let child = Command::new("qemu-system-x86_64")
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr_file.try_clone()?)
        .spawn()
        .context("starting qemu-system-x86_64 (run scripts/setup.sh)")?;
    let mut guard = Guard(child);
    let stdout = guard.0.stdout.take().expect("piped");
    let (tx, rx) = mpsc::channel::<SerialLine>();
    let reader = std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut buf = Vec::new();
        while let Ok(n) = reader.read_until(b'\n', &mut buf) {
            if n == 0 {
                break;
            }
            let text = String::from_utf8_lossy(&buf)
                .trim_end_matches(['\r', '\n'])
                .to_string();
            if tx
                .send(SerialLine {
                    time_ns: now_ns(),
                    text,
                })
                .is_err()
            {
                break;
            }
            buf.clear();
        }
    });
    let mut serial = Vec::new();
    let tail = |serial: &[SerialLine]| -> String {
        let from = serial.len().saturating_sub(15);
        serial[from..]
            .iter()
            .map(|l| format!("\n  | {}", l.text))
            .collect()
    };
    let mut marker = None;
    while marker.is_none() {
        let left = config.timeout.saturating_sub(started.elapsed());
        match rx.recv_timeout(left) {
            Ok(line) => {
                if line.text.contains(MARKER) {
                    marker = Some(started.elapsed());
                } else if line.text.contains(INIT_FAILED) {
                    serial.push(line);
                    bail!("the initramfs failed:{}", tail(&serial));
                }
                serial.push(line);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                bail!(
                    "no boot marker within {:?}; killed QEMU. Serial tail:{}",
                    config.timeout,
                    tail(&serial)
                );
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = guard.0.wait()?;
                let mut err = String::new();
                let mut f = stderr_file.try_clone()?;
                use std::io::Seek;
                f.rewind()?;
                f.read_to_string(&mut err)?;
                bail!(
                    "QEMU exited ({status}) before the boot marker: {}{}",
                    err.trim(),
                    tail(&serial)
                );
            }
        }
    }
    // Let the guest power off so QEMU flushes the trace; keep collecting serial lines.
    let deadline = Instant::now() + Duration::from_secs(180);
    while let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        serial.push(line);
    }
    drop(guard); // kills QEMU if it is still running
    let _ = reader.join();
    Ok(BootOutcome {
        started_ns,
        time_to_marker: marker.expect("loop ends with a marker"),
        serial,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_uses_tcg_and_the_right_drive() {
        let mut c = BootConfig::new(Path::new("/k"), Path::new("/i"), Path::new("/m.iso"), true);
        c.trace = Some(PathBuf::from("/t"));
        let args = c.qemu_args(Some(Path::new("/ev"))).join(" ");
        assert!(args.contains("-accel tcg"));
        assert!(args.contains("file=/m.iso,media=cdrom,if=ide,readonly=on"));
        assert!(args.contains("-trace events=/ev,file=/t"));
        assert!(c.cmdline().contains("liveopt.media=cdrom"));
        let d = BootConfig::new(
            Path::new("/k"),
            Path::new("/i"),
            Path::new("/m.sqfs"),
            false,
        );
        assert!(d
            .qemu_args(None)
            .join(" ")
            .contains("file=/m.sqfs,if=virtio,format=raw,readonly=on"));
        assert!(!d.qemu_args(None).join(" ").contains("-trace"));
    }

    #[test]
    fn missing_files_fail_fast() {
        let c = BootConfig::new(
            Path::new("/nonexistent/k"),
            Path::new("/i"),
            Path::new("/m"),
            false,
        );
        let err = boot(&c).unwrap_err().to_string();
        assert!(
            err.contains("kernel /nonexistent/k does not exist"),
            "{err}"
        );
    }
}
