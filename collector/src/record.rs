//! A recording: check privileges, discover tracepoints, resolve the target, load
//! and attach the probe, run the command (or wait), drain the ring buffer
//! continuously, then build the profile.

use std::{
    collections::HashMap,
    fs,
    io::{BufWriter, Write},
    os::unix::ffi::OsStrExt,
    path::{Component, Path, PathBuf},
    process::ExitStatus,
    time::{Duration, Instant},
};

use anyhow::{anyhow, bail, Context, Result};
use aya::{
    maps::{HashMap as BpfHashMap, MapData, PerCpuArray, RingBuf},
    programs::TracePoint,
    EbpfLoader,
};
use formats::profile::{Profile, Source};
use formats::AtomicFile;
use probe_common::{
    Event, EventKind, PathEvent, BLOCK_DEVS_MAP, CONFIG_SYMBOL, DROPS_MAP, EVENTS_MAP,
    FOLLOWED_MAP, FS_DEVS_MAP,
};
use tokio::io::unix::AsyncFd;

use crate::{builder::Builder, probe::PROBE_OBJECT, target, target::Target, tracefs};

/// What to record and how.
#[derive(Clone, Debug, Default)]
pub struct RecordOptions {
    /// A mounted squashfs image (maps inodes with its reader).
    pub image: Option<PathBuf>,
    /// A mount point (walked once).
    pub mount: Option<PathBuf>,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Record only the command and its descendants.
    pub follow_command: bool,
    /// Keep the raw event stream here (format: docs/probe.md).
    pub raw: Option<PathBuf>,
    /// The command to run while recording; recording stops when it exits.
    pub command: Vec<String>,
}

/// The result of a recording.
#[derive(Debug)]
pub struct Recording {
    pub profile: Profile,
    /// The command's exit status, when a command ran to completion.
    pub command_status: Option<ExitStatus>,
    /// Optional tracepoints that were not attached (already printed as warnings).
    pub warnings: Vec<String>,
}

const CAP_SYS_ADMIN: u32 = 21;
const CAP_PERFMON: u32 = 38;
const CAP_BPF: u32 = 39;

/// Refuses early, in one line, when the probe cannot be loaded for lack of privileges.
pub fn check_privileges() -> Result<()> {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let cap_eff = status
        .lines()
        .find_map(|l| l.strip_prefix("CapEff:"))
        .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
        .unwrap_or(0);
    let has = |cap: u32| cap_eff & (1u64 << cap) != 0;
    if has(CAP_SYS_ADMIN) || (has(CAP_BPF) && has(CAP_PERFMON)) {
        Ok(())
    } else {
        bail!("needs root (CAP_BPF/CAP_PERFMON) to load the eBPF probe")
    }
}

fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: valid pointer to a timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn kernel_release() -> Option<String> {
    // SAFETY: an all-zero utsname is a valid value of this plain C struct.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills the utsname we own.
    if unsafe { libc::uname(&mut u) } != 0 {
        return None;
    }
    let bytes: Vec<u8> = u
        .release
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Lexically normalizes an absolute path ("." and ".." components).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Tracks working directories so relative open/exec names can be resolved even
/// after short-lived processes are gone (children inherit their parent's cwd).
#[derive(Default)]
struct Cwds {
    by_tgid: HashMap<u32, PathBuf>,
}

impl Cwds {
    fn cwd(&mut self, tgid: u32) -> Option<PathBuf> {
        match fs::read_link(format!("/proc/{tgid}/cwd")) {
            Ok(p) => {
                self.by_tgid.insert(tgid, p.clone());
                Some(p)
            }
            Err(_) => self.by_tgid.get(&tgid).cloned(),
        }
    }

    fn fork(&mut self, parent: u32, child: u32) {
        if let Some(c) = self.cwd(parent) {
            self.by_tgid.insert(child, c);
        }
    }

    /// The absolute path a process meant by `name` (relative to `dfd`).
    fn absolute(&mut self, tgid: u32, dfd: i32, name: &[u8]) -> Option<PathBuf> {
        let name = Path::new(std::ffi::OsStr::from_bytes(name));
        if name.is_absolute() {
            return Some(normalize(name));
        }
        let base = if dfd == libc::AT_FDCWD {
            self.cwd(tgid)?
        } else {
            fs::read_link(format!("/proc/{tgid}/fd/{dfd}")).ok()?
        };
        Some(normalize(&base.join(name)))
    }
}

/// Everything the drain loop updates.
struct Drain<'a> {
    target: &'a Target,
    builder: Builder<'a>,
    cwds: Cwds,
    raw: Option<BufWriter<fs::File>>,
    start_ns: u64,
    events: u64,
}

impl Drain<'_> {
    fn handle(&mut self, bytes: &[u8]) -> Result<()> {
        if bytes.len() < size_of::<Event>() {
            return Ok(());
        }
        // SAFETY: the probe wrote an `Event` (or a `PathEvent`, which starts with one).
        let event: Event = unsafe { std::ptr::read_unaligned(bytes.as_ptr().cast()) };
        let Some(kind) = EventKind::from_u32(event.kind) else {
            return Ok(());
        };
        self.events += 1;
        let time = event.ts_ns.saturating_sub(self.start_ns);
        let mut name: Option<Vec<u8>> = None;
        let mut resolved: Option<Vec<u8>> = None;
        match kind {
            EventKind::CacheAdd | EventKind::Read | EventKind::MapPages | EventKind::Fault => {
                self.builder.page_event(&event, kind, time)
            }
            EventKind::BlockRead => self.builder.block_event(&event, time),
            EventKind::Fork => self.cwds.fork(event.tgid, event.ino as u32),
            EventKind::Open | EventKind::Exec => {
                if bytes.len() < size_of::<PathEvent>() {
                    return Ok(());
                }
                // SAFETY: path kinds are always written as `PathEvent`.
                let pe: PathEvent = unsafe { std::ptr::read_unaligned(bytes.as_ptr().cast()) };
                let len = (pe.filename_len as usize).min(pe.filename.len());
                let n = &pe.filename[..len];
                // execve names are relative to the cwd; openat carries its dfd in `ino`.
                let dfd = if kind == EventKind::Exec {
                    libc::AT_FDCWD
                } else {
                    event.ino as i32
                };
                let abs = if n.is_empty() {
                    None
                } else {
                    self.cwds.absolute(event.tgid, dfd, n)
                };
                if let Some(abs) = abs {
                    if let Some(lexical) = self.target.relative(&abs) {
                        // Resolve symlinks inside the target while it is still mounted.
                        let rel = fs::canonicalize(&abs)
                            .ok()
                            .and_then(|c| self.target.relative(&c))
                            .unwrap_or(lexical);
                        self.builder.path_event(&event, kind, &rel, time);
                        resolved = Some(rel);
                    }
                }
                name = Some(n.to_vec());
            }
        }
        if let Some(raw) = self.raw.as_mut() {
            write_raw(
                raw,
                &event,
                kind,
                time,
                name.as_deref(),
                resolved.as_deref(),
            )?;
        }
        Ok(())
    }
}

/// One line per event; see docs/probe.md.
fn write_raw(
    out: &mut impl Write,
    e: &Event,
    kind: EventKind,
    time: u64,
    name: Option<&[u8]>,
    resolved: Option<&[u8]>,
) -> std::io::Result<()> {
    let comm_len = e.comm.iter().position(|&c| c == 0).unwrap_or(e.comm.len());
    let comm = if comm_len == 0 {
        "-".to_string()
    } else {
        formats::profile::escape(&e.comm[..comm_len])
    };
    write!(
        out,
        "{time} {} {} {} {} {}:{} {} {} {}",
        kind.name(),
        e.pid,
        e.tgid,
        comm,
        e.dev >> 20,
        e.dev & 0xfffff,
        e.ino,
        e.index,
        e.count
    )?;
    if let Some(n) = name {
        write!(
            out,
            " {}",
            if n.is_empty() {
                "-".to_string()
            } else {
                formats::profile::escape(n)
            }
        )?;
        write!(
            out,
            " {}",
            resolved.map_or("-".to_string(), formats::profile::escape)
        )?;
    }
    writeln!(out)
}

/// Records until the command exits, the duration passes, or Ctrl-C.
pub fn record(opts: &RecordOptions) -> Result<Recording> {
    check_privileges()?;
    let tracefs_root = tracefs::root()?;
    let discovery = tracefs::discover(&tracefs_root)?;
    if opts.follow_command && opts.command.is_empty() {
        bail!("--follow-command needs a command after --");
    }
    let target = match (&opts.image, &opts.mount) {
        (Some(image), _) => target::from_image(image)?,
        (None, Some(dir)) => target::from_mount(dir)?,
        (None, None) => bail!("give --image IMAGE or --mount DIR"),
    };
    if PROBE_OBJECT.is_empty() {
        bail!("this liveopt was built without the eBPF probe (bpf-linker missing; run scripts/setup.sh and rebuild)");
    }
    for w in &discovery.warnings {
        eprintln!("liveopt: warning: {w}");
    }
    // Kernels before 5.11 charge BPF maps to RLIMIT_MEMLOCK.
    let unlimited = libc::rlimit {
        rlim_cur: libc::RLIM_INFINITY,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: valid rlimit pointer.
    unsafe { libc::setrlimit(libc::RLIMIT_MEMLOCK, &unlimited) };

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the event loop")?;
    runtime.block_on(run(opts, &target, discovery))
}

/// Environment variable overriding the ring buffer size in bytes (default 16 MiB).
pub const RING_BYTES_ENV: &str = "LIVEOPT_RING_BYTES";

fn ring_bytes() -> Result<Option<u32>> {
    let Some(v) = std::env::var_os(RING_BYTES_ENV) else {
        return Ok(None);
    };
    let bytes: u32 = v
        .to_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| anyhow!("{RING_BYTES_ENV} is not a number"))?;
    if bytes < 4096 || !bytes.is_power_of_two() {
        bail!("{RING_BYTES_ENV} must be a power of two of at least 4096");
    }
    Ok(Some(bytes))
}

/// A log::Log that prints the probe's aya-log records on stderr.
struct ProbeLog;

impl log::Log for ProbeLog {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        eprintln!("liveopt: probe: {}", record.args());
    }
    fn flush(&self) {}
}

async fn run(
    opts: &RecordOptions,
    target: &Target,
    discovery: tracefs::Discovery,
) -> Result<Recording> {
    let mut config = discovery.config;
    config.filter_devs = 1;
    config.follow = u32::from(opts.follow_command);
    let mut loader = EbpfLoader::new();
    loader.override_global(CONFIG_SYMBOL, &config, true);
    if let Some(bytes) = ring_bytes()? {
        loader.map_max_entries(EVENTS_MAP, bytes);
    }
    let mut ebpf = loader
        .load(PROBE_OBJECT)
        .context("loading the eBPF probe")?;
    let logger = aya_log::EbpfLogger::init_with_logger(&mut ebpf, ProbeLog)
        .map_err(|e| anyhow!("starting the probe's log: {e}"))?;

    let map = |name: &str| anyhow!("probe object has no map {name}");
    {
        let mut devs: BpfHashMap<_, u32, u8> =
            BpfHashMap::try_from(ebpf.map_mut(FS_DEVS_MAP).ok_or_else(|| map(FS_DEVS_MAP))?)?;
        for &d in &target.fs_devs {
            devs.insert(d, 1, 0).context("filling the device filter")?;
        }
    }
    if let Some(block) = target.block {
        let mut devs: BpfHashMap<_, u32, u8> = BpfHashMap::try_from(
            ebpf.map_mut(BLOCK_DEVS_MAP)
                .ok_or_else(|| map(BLOCK_DEVS_MAP))?,
        )?;
        devs.insert(block.dev, 1, 0)
            .context("filling the block device filter")?;
    }
    let mut followed: BpfHashMap<MapData, u32, u8> = BpfHashMap::try_from(
        ebpf.take_map(FOLLOWED_MAP)
            .ok_or_else(|| map(FOLLOWED_MAP))?,
    )?;
    let ring: RingBuf<MapData> =
        RingBuf::try_from(ebpf.take_map(EVENTS_MAP).ok_or_else(|| map(EVENTS_MAP))?)?;
    let drops: PerCpuArray<MapData, u64> =
        PerCpuArray::try_from(ebpf.take_map(DROPS_MAP).ok_or_else(|| map(DROPS_MAP))?)?;

    let mut raw_out = opts.raw.as_deref().map(AtomicFile::create).transpose()?;
    let raw = match raw_out.as_mut() {
        Some(out) => Some(BufWriter::with_capacity(1 << 20, out.file().try_clone()?)),
        None => None,
    };
    let result = async {
        let start_ns = monotonic_ns();
        let started = Instant::now();
        let mut warnings = discovery.warnings.clone();
        for t in &discovery.available {
            let name = format!("{}:{}", t.system, t.event);
            let attached = (|| -> Result<()> {
                let prog: &mut TracePoint = ebpf
                    .program_mut(t.program)
                    .ok_or_else(|| anyhow!("probe object has no program {}", t.program))?
                    .try_into()?;
                prog.load()
                    .with_context(|| format!("loading the {} program", t.program))?;
                prog.attach(t.system, t.event)
                    .with_context(|| format!("attaching to {name}"))?;
                Ok(())
            })();
            match attached {
                Ok(()) => {}
                Err(e) if t.required => return Err(e),
                Err(e) => {
                    let w = format!("optional tracepoint {name} not attached: {e:#}");
                    eprintln!("liveopt: warning: {w}");
                    warnings.push(w);
                }
            }
        }

        // Trigger the probe's "attached" log line (first openat after attach).
        let _ = fs::File::open("/");
        let mut drain = Drain {
            target,
            builder: Builder::new(target),
            cwds: Cwds::default(),
            raw,
            start_ns,
            events: 0,
        };
        let mut child = match opts.command.split_first() {
            Some((program, args)) => Some(spawn(
                program,
                args,
                opts.follow_command,
                &mut followed,
                &mut drain.cwds,
            )?),
            None => None,
        };
        // SAFETY: both own their map fd, which stays open and unchanged while they live.
        let mut ring =
            unsafe { AsyncFd::register_with_interest(ring, tokio::io::Interest::READABLE) }
                .map_err(|e| e.into_parts().1)?;
        // SAFETY: as for the ring.
        let mut logger =
            unsafe { AsyncFd::register_with_interest(logger, tokio::io::Interest::READABLE) }
                .map_err(|e| e.into_parts().1)?;
        let deadline = opts.duration.map(|d| tokio::time::Instant::now() + d);
        // Ctrl-C or a service manager's SIGTERM end the recording cleanly.
        use tokio::signal::unix::{signal, SignalKind};
        let mut sigint = signal(SignalKind::interrupt()).context("installing a SIGINT handler")?;
        let mut sigterm =
            signal(SignalKind::terminate()).context("installing a SIGTERM handler")?;
        let mut command_status = None;
        loop {
            tokio::select! {
                guard = ring.readable_mut() => {
                    let mut guard = guard?;
                    while let Some(item) = guard.get_inner_mut().next() {
                        drain.handle(&item)?;
                    }
                    guard.clear_ready();
                }
                guard = logger.readable_mut() => {
                    let mut guard = guard?;
                    guard.get_inner_mut().flush();
                    guard.clear_ready();
                }
                status = async {
                    match child.as_mut() {
                        Some(c) => c.wait().await,
                        None => std::future::pending().await,
                    }
                } => {
                    command_status = Some(status.context("waiting for the command")?);
                    break;
                }
                _ = async {
                    match deadline {
                        Some(d) => tokio::time::sleep_until(d).await,
                        None => std::future::pending().await,
                    }
                } => break,
                _ = sigint.recv() => break,
                _ = sigterm.recv() => break,
            }
        }
        // Everything the command did is in the ring buffer by now.
        while let Some(item) = ring.get_mut().next() {
            drain.handle(&item)?;
        }
        logger.get_mut().flush();
        let duration_ns = started.elapsed().as_nanos() as u64;
        let dropped: u64 = drops
            .get(&0, 0)
            .map(|values| values.iter().sum())
            .context("reading the drop counter")?;
        if let Some(mut raw) = drain.raw.take() {
            raw.flush()?;
            raw.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        // After the workload and the last drain: hashing reads the whole image.
        let image = target.image_identity();
        let source = Source {
            recorder: "liveopt record".to_string(),
            kernel: kernel_release(),
            image,
            events: drain.events,
            dropped,
            boots: 1,
            duration_ns,
        };
        let profile = drain.builder.finish(source);
        drop(ebpf);
        Ok(Recording {
            profile,
            command_status,
            warnings,
        })
    }
    .await;
    // On error the raw stream is dropped uncommitted, which removes it.
    if let (Some(out), Ok(_)) = (raw_out, &result) {
        out.commit()?;
    }
    result
}

/// Starts the command. With `follow`, our own tgid is in the followed set while
/// we fork, so the probe's fork handler adds the child before it runs anything.
fn spawn(
    program: &str,
    args: &[String],
    follow: bool,
    followed: &mut BpfHashMap<MapData, u32, u8>,
    cwds: &mut Cwds,
) -> Result<tokio::process::Child> {
    let me = std::process::id();
    if follow {
        followed
            .insert(me, 1, 0)
            .context("adding the command to the followed set")?;
    }
    let spawned = tokio::process::Command::new(program).args(args).spawn();
    if follow {
        followed.remove(&me).context("updating the followed set")?;
    }
    let child = spawned.with_context(|| format!("cannot run {program}"))?;
    if let (Some(pid), Ok(cwd)) = (child.id(), std::env::current_dir()) {
        cwds.by_tgid.insert(pid, cwd);
    }
    Ok(child)
}
