//! Booting a kernel + initramfs + live medium in QEMU (TCG: KVM is unusable on the build
//! machine) until the guest prints the boot marker, with a hard timeout; optionally with
//! QEMU's block trace events on.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};

use crate::trace::{parse_qemu_line, CDROM_EVENT, DISK_EVENT};

/// The line the example system's marker unit prints on the serial console.
pub const MARKER: &str = "LIVEOPT-MARKER reached";
/// The first line the liveopt initramfs prints; reads before it are the firmware's.
pub const INIT_START: &str = "liveopt-init: start";
/// Printed by the liveopt initramfs when it gives up.
pub const INIT_FAILED: &str = boot::initramfs::INIT_FAILED;
/// What distributions' initramfs print when they give up on the boot and open a shell on
/// the console: dracut's script initrd, systemd (dracut's systemd initrd, or the real
/// root), initramfs-tools. A shell prompt there is no end of the boot: the live image has
/// gone quiet because nothing mounted it, so the idle rule would take a failed boot for a
/// finished one.
pub const INITRAMFS_GAVE_UP: &[&str] = &[
    "Dropping to debug shell",
    "Entering emergency mode",
    "Dropping to a shell!",
];
/// What the kernel prints (without `quiet`) when it hands over to the initramfs's /init.
pub const KERNEL_RUNS_INIT: &str = "Run /init as init process";
/// What agetty's prompt holds.
pub const LOGIN_PROMPT: &str = "login:";

/// When a boot is over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BootEnd {
    /// A serial line holding this text; the guest then powers off by itself (the example
    /// system does), and QEMU is waited for: for a guest that writes after the marker (a
    /// recorder sending its events over the second serial port).
    MarkerThenPowerOff(String),
    /// A serial line holding this text; QEMU is then told to quit, which flushes the trace
    /// (the example's own power-off would cost another second or so of every boot).
    Marker(String),
    /// A login prompt on the serial console, or no read of the medium's `image` bytes
    /// (device offset, length) for `idle` once the guest has read them; QEMU is then
    /// told to quit.
    LoginOrIdle { idle: Duration, image: (u64, u64) },
}

/// Which rule ended a boot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndReason {
    Marker(String),
    LoginPrompt,
    Idle(Duration),
}

impl std::fmt::Display for EndReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EndReason::Marker(text) => write!(f, "the marker {text:?}"),
            EndReason::LoginPrompt => write!(f, "a login prompt on ttyS0"),
            EndReason::Idle(idle) => {
                write!(f, "the live image idle for {} s", idle.as_secs_f64())
            }
        }
    }
}

/// What to boot.
#[derive(Clone, Debug)]
pub struct BootConfig {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// The medium: an ISO (with `cdrom`) or a raw squashfs image (virtio disk).
    pub medium: PathBuf,
    /// Attach `medium` as an IDE CD-ROM instead of a virtio disk.
    pub cdrom: bool,
    /// Extra kernel command line, after `console=ttyS0 quiet liveopt.media=...`, or after
    /// `console=ttyS0` and `entry_cmdline`.
    pub append: String,
    /// The boot entry's own kernel command line (a distribution's initramfs), instead of
    /// liveopt's `quiet liveopt.media=...`; its `quiet` is dropped so that the kernel prints
    /// [`KERNEL_RUNS_INIT`].
    pub entry_cmdline: Option<String>,
    /// When the boot is over.
    pub end: BootEnd,
    /// Write QEMU's block trace events here.
    pub trace: Option<PathBuf>,
    /// Kill QEMU if the marker has not appeared by then.
    pub timeout: Duration,
    pub memory_mib: u32,
    /// QEMU `-drive` throttling options (e.g. `throttling.bps-read=...`), appended as given.
    pub drive_options: String,
    /// Connect the guest's second serial port (ttyS1) to this host file.
    pub second_serial: Option<PathBuf>,
    /// QEMU arguments that attach the medium (machine type, controllers, drives) instead of
    /// the one `-drive` built from `medium` and `cdrom`; empty: that drive.
    pub media_args: Vec<String>,
    /// Boot through the firmware (BIOS, or UEFI given by `media_args`' pflash drives) from
    /// the media, with no `-kernel`/`-initrd`/`-append`.
    pub firmware_boot: bool,
}

impl BootConfig {
    pub fn new(kernel: &Path, initrd: &Path, medium: &Path, cdrom: bool) -> BootConfig {
        BootConfig {
            kernel: kernel.to_path_buf(),
            initrd: initrd.to_path_buf(),
            medium: medium.to_path_buf(),
            cdrom,
            append: String::new(),
            entry_cmdline: None,
            end: BootEnd::Marker(MARKER.to_string()),
            trace: None,
            timeout: Duration::from_secs(300),
            memory_mib: 1024,
            drive_options: String::new(),
            second_serial: None,
            media_args: Vec::new(),
            firmware_boot: false,
        }
    }

    /// The full kernel command line.
    pub fn cmdline(&self) -> String {
        let media = if self.cdrom { "cdrom" } else { "disk" };
        let mut line = match &self.entry_cmdline {
            Some(entry) => std::iter::once("console=ttyS0")
                .chain(entry.split_whitespace().filter(|w| *w != "quiet"))
                .collect::<Vec<_>>()
                .join(" "),
            None => format!("console=ttyS0 quiet panic=-1 liveopt.media={media}"),
        };
        if !self.append.is_empty() {
            line.push(' ');
            line.push_str(&self.append);
        }
        line
    }

    /// The QEMU command line (without the program name).
    pub fn qemu_args(&self, events_file: Option<&Path>) -> Vec<String> {
        self.qemu_args_with_monitor(events_file, None)
    }

    /// [`BootConfig::qemu_args`] with QEMU's monitor on a Unix socket (to tell it to quit).
    fn qemu_args_with_monitor(
        &self,
        events_file: Option<&Path>,
        monitor: Option<&Path>,
    ) -> Vec<String> {
        let monitor = match monitor {
            Some(socket) => format!("unix:{},server=on,wait=off", socket.display()),
            None => "none".to_string(),
        };
        // No default devices: the guest sees only the media given (no empty second CD
        // drive or floppy for udev to probe and load drivers for).
        let mut args: Vec<String> = [
            "-nodefaults",
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
            &monitor,
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
        if !self.firmware_boot {
            let kernel = crate::direct_kernel::for_qemu(&self.kernel);
            args.extend(["-kernel".into(), kernel.display().to_string()]);
            args.extend(["-initrd".into(), self.initrd.display().to_string()]);
            args.extend(["-append".into(), self.cmdline()]);
        }
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
        if self.media_args.is_empty() {
            args.extend(["-drive".into(), drive]);
        } else {
            args.extend(self.media_args.iter().cloned());
        }
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
    /// From QEMU's start to the end of the boot (the marker line, the login prompt, or the
    /// last read before the live image went idle), measured on the host.
    pub time_to_marker: Duration,
    /// Which rule ended the boot.
    pub ended_by: EndReason,
    pub serial: Vec<SerialLine>,
}

impl BootOutcome {
    /// Host time the initramfs printed its first line, if it did.
    pub fn init_started_ns(&self) -> Option<u64> {
        self.first_line_ns(INIT_START)
    }

    /// Host time the kernel printed that it runs the initramfs's /init, if it did.
    pub fn kernel_ran_init_ns(&self) -> Option<u64> {
        self.first_line_ns(KERNEL_RUNS_INIT)
    }

    fn first_line_ns(&self, text: &str) -> Option<u64> {
        self.serial
            .iter()
            .find(|l| l.text.contains(text))
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

/// The serial console as lines; the unterminated last line (a prompt) is kept apart.
#[derive(Default)]
struct SerialConsole {
    lines: Vec<SerialLine>,
    partial: Vec<u8>,
}

impl SerialConsole {
    /// Adds bytes the host saw at `time_ns`; returns the lines they completed.
    fn add(&mut self, time_ns: u64, bytes: &[u8]) -> &[SerialLine] {
        let before = self.lines.len();
        for &byte in bytes {
            if byte == b'\n' {
                let text = String::from_utf8_lossy(&self.partial)
                    .trim_end_matches('\r')
                    .to_string();
                self.lines.push(SerialLine { time_ns, text });
                self.partial.clear();
            } else {
                self.partial.push(byte);
            }
        }
        &self.lines[before..]
    }

    fn partial_text(&self) -> String {
        String::from_utf8_lossy(&self.partial).into_owned()
    }

    fn tail(&self) -> String {
        let from = self.lines.len().saturating_sub(15);
        let mut tail: String = self.lines[from..]
            .iter()
            .map(|l| format!("\n  | {}", l.text))
            .collect();
        if !self.partial.is_empty() {
            tail.push_str(&format!("\n  | {}", self.partial_text()));
        }
        tail
    }

    fn finish(mut self, time_ns: u64) -> Vec<SerialLine> {
        if !self.partial.is_empty() {
            self.add(time_ns, b"\n");
        }
        self.lines
    }
}

/// Follows QEMU's trace log as it grows: when the guest last read the live image.
struct TraceWatch {
    path: PathBuf,
    read_up_to: u64,
    partial: String,
    image: (u64, u64),
    last_image_read_ns: Option<u64>,
}

impl TraceWatch {
    fn new(path: &Path, image: (u64, u64)) -> TraceWatch {
        TraceWatch {
            path: path.to_path_buf(),
            read_up_to: 0,
            partial: String::new(),
            image,
            last_image_read_ns: None,
        }
    }

    fn poll(&mut self) -> Result<()> {
        let Ok(mut f) = std::fs::File::open(&self.path) else {
            return Ok(()); // QEMU has not created it yet
        };
        use std::io::Seek;
        f.seek(std::io::SeekFrom::Start(self.read_up_to))?;
        let mut new = Vec::new();
        f.read_to_end(&mut new)?;
        self.read_up_to += new.len() as u64;
        self.partial.push_str(&String::from_utf8_lossy(&new));
        let (start, len) = self.image;
        while let Some(end) = self.partial.find('\n') {
            let line: String = self.partial.drain(..=end).collect();
            if let Some(read) = parse_qemu_line(line.trim_end()) {
                if read.offset < start + len && read.offset + read.len > start {
                    self.last_image_read_ns = Some(read.time_ns);
                }
            }
        }
        Ok(())
    }
}

/// The end of the boot seen in `lines`, or an initramfs failure.
fn end_in_lines(
    end: &BootEnd,
    lines: &[SerialLine],
    console: &SerialConsole,
) -> Result<Option<(EndReason, u64)>> {
    for line in lines {
        if line.text.contains(INIT_FAILED) {
            bail!("the initramfs failed:{}", console.tail());
        }
        if let Some(shell) = INITRAMFS_GAVE_UP.iter().find(|t| line.text.contains(*t)) {
            bail!(
                "the boot failed: the initramfs gave up ({shell:?}). Serial tail:{}",
                console.tail()
            );
        }
        match end {
            BootEnd::Marker(text) | BootEnd::MarkerThenPowerOff(text)
                if line.text.contains(text.as_str()) =>
            {
                return Ok(Some((EndReason::Marker(text.clone()), line.time_ns)));
            }
            BootEnd::LoginOrIdle { .. } if line.text.contains(LOGIN_PROMPT) => {
                return Ok(Some((EndReason::LoginPrompt, line.time_ns)));
            }
            _ => {}
        }
    }
    Ok(None)
}

/// Boots until `config.end`. Errors (with the serial log's tail) on timeout, on an
/// initramfs failure, or if QEMU exits first. After the end, either waits for the guest to
/// power off (so the trace file and the second serial port are complete; QEMU is killed
/// after 180 s) or tells QEMU to quit through its monitor.
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
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    let events = scratch.path().join("trace-events");
    std::fs::write(&events, format!("{DISK_EVENT}\n{CDROM_EVENT}\n"))?;
    let mut config = config.clone();
    let mut trace_watch = None;
    if let BootEnd::LoginOrIdle { image, .. } = config.end {
        // Idleness is read from the trace as it grows.
        let trace = config
            .trace
            .get_or_insert_with(|| scratch.path().join("trace.log"));
        trace_watch = Some(TraceWatch::new(trace, image));
    }
    let monitor = match config.end {
        BootEnd::MarkerThenPowerOff(_) => None,
        _ => Some(scratch.path().join("monitor.sock")),
    };
    let args = config.qemu_args_with_monitor(Some(&events), monitor.as_deref());
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
    let mut stdout = guard.0.stdout.take().expect("piped");
    let (tx, rx) = mpsc::channel::<(u64, Vec<u8>)>();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send((now_ns(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    let mut console = SerialConsole::default();
    let poll = Duration::from_millis(250);
    let (ended_by, end_ns) = loop {
        let left = config.timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            let waited_for = match &config.end {
                BootEnd::Marker(_) | BootEnd::MarkerThenPowerOff(_) => "boot marker".to_string(),
                BootEnd::LoginOrIdle { idle, .. } => format!(
                    "login prompt and no {} s of an idle live image",
                    idle.as_secs_f64()
                ),
            };
            bail!(
                "no {waited_for} within {:?}; killed QEMU. Serial tail:{}",
                config.timeout,
                console.tail()
            );
        }
        match rx.recv_timeout(left.min(poll)) {
            Ok((time_ns, bytes)) => {
                let lines = console.add(time_ns, &bytes).to_vec();
                if let Some(end) = end_in_lines(&config.end, &lines, &console)? {
                    break end;
                }
                let prompt = matches!(config.end, BootEnd::LoginOrIdle { .. })
                    && console.partial_text().contains(LOGIN_PROMPT);
                if prompt {
                    break (EndReason::LoginPrompt, time_ns);
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = guard.0.wait()?;
                let mut err = String::new();
                let mut f = stderr_file.try_clone()?;
                use std::io::Seek;
                f.rewind()?;
                f.read_to_string(&mut err)?;
                bail!(
                    "QEMU exited ({status}) before the end of the boot: {}{}",
                    err.trim(),
                    console.tail()
                );
            }
        }
        if let (Some(watch), BootEnd::LoginOrIdle { idle, .. }) = (&mut trace_watch, &config.end) {
            watch.poll()?;
            if let Some(last) = watch.last_image_read_ns {
                if now_ns().saturating_sub(last) >= idle.as_nanos() as u64 {
                    break (EndReason::Idle(*idle), last);
                }
            }
        }
    };
    let wait_for_exit = match &monitor {
        // The guest powers off by itself; QEMU then flushes the trace.
        None => Duration::from_secs(180),
        Some(socket) => {
            // Best effort: if the monitor is unreachable, the guard kills QEMU below.
            if let Ok(mut monitor) = std::os::unix::net::UnixStream::connect(socket) {
                use std::io::Write;
                let _ = monitor.write_all(b"quit\n");
            }
            Duration::from_secs(30)
        }
    };
    let deadline = Instant::now() + wait_for_exit;
    while let Ok((time_ns, bytes)) =
        rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
    {
        console.add(time_ns, &bytes);
    }
    drop(guard); // kills QEMU if it is still running
    let _ = reader.join();
    Ok(BootOutcome {
        started_ns,
        time_to_marker: Duration::from_nanos(end_ns.saturating_sub(started_ns)),
        ended_by,
        serial: console.finish(now_ns()),
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
    fn a_boot_entry_keeps_its_command_line_without_quiet() {
        let mut c = BootConfig::new(Path::new("/k"), Path::new("/i"), Path::new("/m.iso"), true);
        c.entry_cmdline = Some("boot=live components quiet splash".into());
        c.append = "debug".into();
        assert_eq!(
            c.cmdline(),
            "console=ttyS0 boot=live components splash debug"
        );
        let monitor = c.qemu_args_with_monitor(None, Some(Path::new("/s.sock")));
        assert!(monitor
            .join(" ")
            .contains("-monitor unix:/s.sock,server=on,wait=off"));
        assert!(c.qemu_args(None).join(" ").contains("-monitor none"));
    }

    #[test]
    fn serial_console_ends_at_a_prompt_without_a_newline() {
        let mut console = SerialConsole::default();
        let lines = console
            .add(
                5,
                b"[    1.0] Run /init as init process\r\nDebian GNU/Linux 12 ttyS0\r\n\r\ndebian ",
            )
            .to_vec();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "[    1.0] Run /init as init process");
        let idle = BootEnd::LoginOrIdle {
            idle: Duration::from_secs(10),
            image: (0, 1),
        };
        assert_eq!(end_in_lines(&idle, &lines, &console).unwrap(), None);
        assert!(console.add(7, b"login: ").is_empty());
        assert_eq!(console.partial_text(), "debian login: ");
        let marker = BootEnd::Marker("MARK".into());
        let marked = console.add(9, b"\nMARK reached\n").to_vec();
        assert_eq!(
            end_in_lines(&marker, &marked, &console).unwrap(),
            Some((EndReason::Marker("MARK".into()), 9))
        );
        assert_eq!(
            end_in_lines(&idle, &marked, &console).unwrap(),
            Some((EndReason::LoginPrompt, 9))
        );
        let failed = console
            .add(11, format!("{INIT_FAILED}\n").as_bytes())
            .to_vec();
        assert!(end_in_lines(&marker, &failed, &console).is_err());
        // dracut's emergency shell, as a real dmsquash-live boot that could not mount its
        // root printed it.
        let dracut_gave_up = console
            .add(
                13,
                b"dracut Warning: Can't mount root filesystem\r\nDropping to debug shell.\r\n",
            )
            .to_vec();
        let err = end_in_lines(&idle, &dracut_gave_up, &console).unwrap_err();
        assert!(err.to_string().contains("initramfs gave up"), "{err}");
        let outcome = BootOutcome {
            started_ns: 0,
            time_to_marker: Duration::ZERO,
            ended_by: EndReason::LoginPrompt,
            serial: console.finish(12),
        };
        assert_eq!(outcome.kernel_ran_init_ns(), Some(5));
        assert_eq!(outcome.init_started_ns(), None);
    }

    #[test]
    fn trace_watch_sees_only_reads_of_the_image() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("trace.log");
        let mut watch = TraceWatch::new(&log, (100 * 2048, 10 * 2048));
        watch.poll().unwrap();
        let line = |secs: u64, lba: u64| {
            format!("1@{secs}.000000:ide_atapi_cmd_read IDEState: 0x1; read dma: LBA={lba} nb_sectors=1\n")
        };
        std::fs::write(&log, format!("{}{}", line(1, 16), line(2, 105))).unwrap();
        watch.poll().unwrap();
        assert_eq!(watch.last_image_read_ns, Some(2_000_000_000));
        // A line being written is read once it is complete.
        let mut text = std::fs::read_to_string(&log).unwrap();
        text.push_str(&line(3, 16));
        text.push_str("1@4.000000:ide_atapi_cmd_read IDEState: 0x1; read dma: LBA=101");
        std::fs::write(&log, &text).unwrap();
        watch.poll().unwrap();
        assert_eq!(watch.last_image_read_ns, Some(2_000_000_000));
        text.push_str(" nb_sectors=1\n");
        std::fs::write(&log, &text).unwrap();
        watch.poll().unwrap();
        assert_eq!(watch.last_image_read_ns, Some(4_000_000_000));
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
