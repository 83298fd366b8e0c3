//! The boot-time readahead service: warms the page cache with the image byte
//! ranges a boot is known to read, in ascending order with large requests, so
//! that the live root's later random reads hit memory instead of a slow medium.
//!
//! It owns: resolving what to warm (a squashfs file, the file behind a loop
//! device, or a block device), the warming loop with its budgets (free memory,
//! wall time, best-effort low I/O priority), page-cache residency checks
//! (`mincore`, also used by tests and reports) and the one-line report.
//! It must never harm a boot: every problem with the list is reported by the
//! caller as one log line and exit 0; budgets stop the work early.

use std::fs::File;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, FileTypeExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::migrate_loop;

/// A byte range of the image (not of the backing file: loop offsets are added by [`warm`]).
pub use formats::Extent;

/// How the pages are brought in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mechanism {
    /// `readahead(2)`: queues the reads and returns; asynchronous.
    Readahead,
    /// `posix_fadvise(POSIX_FADV_WILLNEED)`: same kernel path as readahead(2); asynchronous.
    Fadvise,
    /// `pread` into a reused buffer: waits for every byte; synchronous.
    Pread,
}

impl std::str::FromStr for Mechanism {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "readahead" => Mechanism::Readahead,
            "fadvise" => Mechanism::Fadvise,
            "pread" => Mechanism::Pread,
            other => bail!("unknown readahead mechanism {other:?} (readahead, fadvise, pread)"),
        })
    }
}

impl std::fmt::Display for Mechanism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Mechanism::Readahead => "readahead",
            Mechanism::Fadvise => "fadvise",
            Mechanism::Pread => "pread",
        })
    }
}

/// Knobs of one warming run.
#[derive(Clone, Debug)]
pub struct Options {
    pub mechanism: Mechanism,
    /// Bytes per request; a range is split into requests of at most this size.
    pub chunk: u64,
    /// Stop when MemAvailable falls below this many bytes.
    pub min_free: u64,
    /// Stop starting new requests after this long.
    pub time_budget: Duration,
}

/// Chosen by measurement on this project's host (docs/readahead-service.md):
/// the asynchronous `readahead(2)` in 512 KiB requests completed a cold 95 MiB
/// image fastest (~900 MB/s vs ~150-450 MB/s for synchronous `pread`), and the
/// small request keeps the time and memory budgets fine-grained.
pub const DEFAULT_MECHANISM: Mechanism = Mechanism::Readahead;
pub const DEFAULT_CHUNK: u64 = 512 << 10;

impl Options {
    pub fn new(min_free_mib: u64, time_budget: Duration) -> Self {
        Options {
            mechanism: DEFAULT_MECHANISM,
            chunk: DEFAULT_CHUNK,
            min_free: min_free_mib << 20,
            time_budget,
        }
    }
}

/// Why the warming loop stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    Done,
    /// MemAvailable (bytes) went below the budget.
    LowMemory(u64),
    TimeBudget,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stop::Done => f.write_str("list done"),
            Stop::LowMemory(avail) => write!(f, "low memory (MemAvailable {} MiB)", avail >> 20),
            Stop::TimeBudget => f.write_str("time budget spent"),
        }
    }
}

/// What one run did.
#[derive(Clone, Debug)]
pub struct Report {
    pub mechanism: Mechanism,
    pub ranges: usize,
    /// Ranges whose every page was already resident before we started (skipped).
    pub ranges_cached_before: usize,
    /// Ranges handled (requested or skipped as cached) before the loop stopped.
    pub ranges_done: usize,
    /// Bytes requested from the kernel (read, for `pread`).
    pub bytes: u64,
    /// Bytes an asynchronous request left out (request cut by the kernel, page
    /// allocation failed) that were asked for again in small requests.
    pub bytes_requeued: u64,
    /// Bytes of asynchronous requests the kernel had not read [`STALL`] after they were
    /// queued (a read-ahead read failed: readahead is failfast, one transient medium error
    /// and its pages are never read), read again synchronously by the service.
    pub bytes_reread: u64,
    /// Bytes that failed to read even synchronously (a medium error): left to the boot.
    pub bytes_unreadable: u64,
    /// Bytes per request actually used (capped for readahead(2)/fadvise, see [`request_cap`]).
    pub chunk: u64,
    pub elapsed: Duration,
    pub stop: Stop,
    /// Bytes of our asynchronous requests still unread [`DRAIN`] after the time budget.
    pub in_flight_at_stop: u64,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        let rate = if secs > 0.0 {
            self.bytes as f64 / secs / 1e6
        } else {
            0.0
        };
        write!(
            f,
            "{} {:.1} MiB in {:.3} s ({:.0} MB/s, {} in {} KiB requests, {} KiB requeued, {} KiB read again, {} KiB unreadable), {}/{} ranges, {} already cached; stopped: {}",
            if self.mechanism == Mechanism::Pread { "read" } else { "requested" },
            self.bytes as f64 / (1u64 << 20) as f64,
            secs,
            rate,
            self.mechanism,
            self.chunk >> 10,
            self.bytes_requeued >> 10,
            self.bytes_reread >> 10,
            self.bytes_unreadable >> 10,
            self.ranges_done,
            self.ranges,
            self.ranges_cached_before,
            self.stop
        )?;
        if self.in_flight_at_stop > 0 {
            write!(
                f,
                " ({} KiB still in flight {} ms later)",
                self.in_flight_at_stop >> 10,
                DRAIN.as_millis()
            )?;
        }
        Ok(())
    }
}

/// Sorts, merges overlapping/adjacent ranges and drops empty ones.
pub fn normalize(ranges: &[Extent]) -> Vec<Extent> {
    let mut sorted: Vec<Extent> = ranges.iter().copied().filter(|r| r.len > 0).collect();
    sorted.sort();
    let mut out: Vec<Extent> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.offset <= last.end() => {
                last.len = last.end().max(r.end()) - last.offset
            }
            _ => out.push(r),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Residency (fincore)

fn page_size() -> u64 {
    // SAFETY: sysconf has no memory effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as u64 }
}

/// One flag per page of `[offset, offset+len)` of `file` (rounded out to pages):
/// is it in the page cache? Uses `mincore(2)` on a read-only shared mapping,
/// which faults nothing in.
pub fn resident_pages(file: &File, offset: u64, len: u64) -> Result<Vec<bool>> {
    let page = page_size();
    let start = offset / page * page;
    let end = (offset + len).div_ceil(page) * page;
    if end <= start {
        return Ok(Vec::new());
    }
    let map_len = (end - start) as usize;
    // SAFETY: a fresh PROT_READ mapping; we only pass it to mincore and unmap it.
    let addr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            map_len,
            libc::PROT_READ,
            libc::MAP_SHARED,
            file.as_raw_fd(),
            start as libc::off_t,
        )
    };
    if addr == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error()).context("mmap for mincore");
    }
    let mut vec = vec![0u8; map_len / page as usize];
    // SAFETY: vec has one byte per page of the mapping.
    let rc = unsafe { libc::mincore(addr, map_len, vec.as_mut_ptr()) };
    let err = std::io::Error::last_os_error();
    // SAFETY: unmapping what we mapped.
    unsafe { libc::munmap(addr, map_len) };
    if rc != 0 {
        return Err(err).context("mincore");
    }
    Ok(vec.into_iter().map(|b| b & 1 == 1).collect())
}

/// Resident pages of the whole file: (resident, total).
pub fn resident_count(file: &File) -> Result<(usize, usize)> {
    let len = size_of(file)?;
    let pages = resident_pages(file, 0, len)?;
    Ok((pages.iter().filter(|&&p| p).count(), pages.len()))
}

/// Size of a regular file or a block device.
pub fn size_of(file: &File) -> Result<u64> {
    let meta = file.metadata()?;
    if meta.file_type().is_block_device() {
        let mut size: u64 = 0;
        // BLKGETSIZE64 = _IOR(0x12, 114, size_t)
        const BLKGETSIZE64: libc::c_ulong = 0x80081272;
        // SAFETY: BLKGETSIZE64 writes one u64.
        let rc = unsafe { libc::ioctl(file.as_raw_fd(), BLKGETSIZE64 as _, &mut size as *mut u64) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error()).context("BLKGETSIZE64");
        }
        Ok(size)
    } else {
        Ok(meta.len())
    }
}

/// Drops the clean page cache of `[offset, offset+len)` (len 0 = to the end).
pub fn drop_cache(file: &File, offset: u64, len: u64) -> Result<()> {
    // SAFETY: advisory call on an fd we own.
    let rc = unsafe {
        libc::posix_fadvise(
            file.as_raw_fd(),
            offset as libc::off_t,
            len as libc::off_t,
            libc::POSIX_FADV_DONTNEED,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::from_raw_os_error(rc)).context("posix_fadvise(DONTNEED)");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Budgets

/// `MemAvailable` from /proc/meminfo, in bytes.
pub fn mem_available() -> Result<u64> {
    MemProbe::open()?.available()
}

/// Reads MemAvailable through a descriptor opened once: a service started in
/// the initramfs keeps working after switch_root has moved /proc away.
pub struct MemProbe {
    file: File,
    buf: Vec<u8>,
}

impl MemProbe {
    pub fn open() -> Result<MemProbe> {
        let file = File::open("/proc/meminfo").context("opening /proc/meminfo")?;
        Ok(MemProbe {
            file,
            buf: vec![0u8; 16 << 10],
        })
    }

    pub fn available(&mut self) -> Result<u64> {
        let n = self
            .file
            .read_at(&mut self.buf, 0)
            .context("reading /proc/meminfo")?;
        let text = std::str::from_utf8(&self.buf[..n]).context("/proc/meminfo is not text")?;
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("MemAvailable:") {
                let kib: u64 = rest
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .context("parsing MemAvailable")?;
                return Ok(kib << 10);
            }
        }
        bail!("no MemAvailable in /proc/meminfo")
    }
}

/// Best-effort class, lowest level (7) for this process: our reads yield to the boot's.
pub fn set_background_io_priority() -> Result<()> {
    const IOPRIO_WHO_PROCESS: libc::c_long = 1;
    const IOPRIO_CLASS_BE: libc::c_long = 2;
    const IOPRIO_CLASS_SHIFT: libc::c_long = 13;
    // SAFETY: ioprio_set only changes our own I/O priority.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_ioprio_set,
            IOPRIO_WHO_PROCESS,
            0,
            (IOPRIO_CLASS_BE << IOPRIO_CLASS_SHIFT) | 7,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error()).context("ioprio_set(best-effort, 7)");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Logging: stderr, plus /dev/kmsg in early boot

/// Writes one-line messages to stderr and, when asked and possible, to /dev/kmsg
/// (early boot has no journal yet; the kernel log survives into it).
pub struct Log {
    tag: &'static str,
    kmsg: Option<File>,
}

impl Log {
    pub fn new(tag: &'static str, to_kmsg: bool) -> Self {
        let kmsg = if to_kmsg {
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/kmsg")
                .ok()
        } else {
            None
        };
        Log { tag, kmsg }
    }

    pub fn line(&mut self, msg: &str) {
        eprintln!("{}: {msg}", self.tag);
        self.kernel(msg);
    }

    /// Only to the kernel log (when enabled): for messages the caller prints itself.
    pub fn kernel(&mut self, msg: &str) {
        if let Some(kmsg) = &mut self.kmsg {
            // <5> = notice. One write = one kernel log record.
            let _ = kmsg.write_all(format!("<5>{}: {msg}\n", self.tag).as_bytes());
        }
    }
}

/// True when we were started as early-boot process: argv[0] begins with '@'
/// (the convention systemd uses to spare a process from the final kill at
/// shutdown and that initramfs scripts use for processes surviving switch_root).
pub fn started_from_initramfs() -> bool {
    std::env::args_os()
        .next()
        .is_some_and(|a| a.as_encoded_bytes().first() == Some(&b'@'))
}

/// Tells the starter that every path this process needs has been opened (it works by
/// descriptor afterwards): writes `ready` to the descriptor named by `LIVEOPT_READY_FD`
/// (inherited from the initramfs `/init`, which waits for it before moving `/run/live`,
/// `/dev`, `/proc` and `/sys` into the new root) and closes it. Once; no-op without the
/// variable.
pub fn signal_ready() {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    let Some(fd) = std::env::var("LIVEOPT_READY_FD")
        .ok()
        .and_then(|v| v.parse::<i32>().ok())
        .filter(|&fd| fd > 2)
    else {
        return;
    };
    // SAFETY: the descriptor was inherited for this purpose and is not used elsewhere.
    unsafe {
        let _ = libc::write(fd, b"ready\n".as_ptr().cast(), 6);
        libc::close(fd);
    }
}

// ---------------------------------------------------------------------------
// What to warm

/// The file whose page cache the warming fills, and how image offsets map into it.
pub struct Target {
    pub file: File,
    /// The path opened (for messages).
    pub path: PathBuf,
    /// Image offset 0 is at this offset of `file` (a loop device's `lo_offset`).
    pub base: u64,
    /// Bytes of `file` from `base` that belong to the image.
    pub size: u64,
    /// Set when we warm through a loop device because its backing file is unreachable:
    /// the loop device's own cache is dropped afterwards (the backing file keeps the pages).
    pub via_loop_device: bool,
    /// Things the operator should know (squashfs bypasses the page cache, ...).
    pub notices: Vec<String>,
}

/// Resolves IMAGE to the file whose page cache squashfs will read through.
///
/// - a directory: the block device mounted there, then as below;
/// - a regular file: itself (the loop over it reads its page cache);
/// - a loop device: its backing file, checked by inode, shifted by `lo_offset`;
///   if unreachable, the loop device itself (buffered loop reads fill the backing
///   file's cache as a side effect);
/// - another block device: itself, with a notice that squashfs mounted directly
///   on a block device does not read through that cache.
pub fn open_target(image: &Path) -> Result<Target> {
    if image.is_dir() {
        let device = mounted_device(image)?;
        return open_target(&device);
    }
    let file = File::open(image).with_context(|| format!("opening {}", image.display()))?;
    let meta = file.metadata()?;
    // Our own reads (identity check, pread) are exactly what we want cached:
    // no heuristic readahead past them on this open file.
    // SAFETY: advisory call on an fd we own.
    unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_RANDOM) };
    if meta.file_type().is_file() {
        let size = meta.len();
        return Ok(Target {
            file,
            path: image.to_path_buf(),
            base: 0,
            size,
            via_loop_device: false,
            notices: vec![],
        });
    }
    if !meta.file_type().is_block_device() {
        bail!("{} is neither a file nor a block device", image.display());
    }
    let size = size_of(&file)?;
    if migrate_loop::is_loop_device(&meta) {
        let status = migrate_loop::status_of(image, &file)?;
        let mut notices = Vec::new();
        if status.direct_io() {
            notices.push(format!(
                "{} uses direct I/O: it bypasses the backing file's page cache, warming it cannot help",
                image.display()
            ));
        }
        match status.open_backing() {
            Ok(backing) => {
                // SAFETY: advisory call on an fd we own.
                unsafe { libc::posix_fadvise(backing.as_raw_fd(), 0, 0, libc::POSIX_FADV_RANDOM) };
                return Ok(Target {
                    file: backing,
                    path: status.backing_file.clone(),
                    base: status.offset,
                    size: status.size,
                    via_loop_device: false,
                    notices,
                });
            }
            Err(err) => {
                notices.push(format!("warming through {} ({err:#})", image.display()));
                return Ok(Target {
                    file,
                    path: image.to_path_buf(),
                    base: 0,
                    size,
                    via_loop_device: true,
                    notices,
                });
            }
        }
    }
    let notices = vec![format!(
        "{} is a block device: squashfs mounted directly on it reads around the page cache, so this warm-up \
         mostly helps other readers; a loop over the image file or the toram path is what makes readahead effective",
        image.display()
    )];
    Ok(Target {
        file,
        path: image.to_path_buf(),
        base: 0,
        size,
        via_loop_device: false,
        notices,
    })
}

/// The block device mounted at `mount_point` (from /proc/self/mountinfo and
/// /sys/dev/block), so a unit can name the live root's mount instead of a loop number.
pub fn mounted_device(mount_point: &Path) -> Result<PathBuf> {
    let want = mount_point
        .canonicalize()
        .with_context(|| format!("resolving {}", mount_point.display()))?;
    let info =
        std::fs::read_to_string("/proc/self/mountinfo").context("reading /proc/self/mountinfo")?;
    // Fields: id parent major:minor root mount-point ...; the last mount on a point wins.
    let dev = info
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            let point = f.get(4)?.replace("\\040", " ");
            (Path::new(&point) == want).then(|| f[2].to_string())
        })
        .next_back()
        .with_context(|| format!("{} is not a mount point", want.display()))?;
    let uevent =
        std::fs::read_to_string(format!("/sys/dev/block/{dev}/uevent")).with_context(|| {
            format!(
                "{} is not mounted from a block device ({dev})",
                want.display()
            )
        })?;
    let name = uevent
        .lines()
        .find_map(|l| l.strip_prefix("DEVNAME="))
        .with_context(|| format!("no DEVNAME for block device {dev}"))?;
    Ok(Path::new("/dev").join(name))
}

/// The superblock fields an identity check needs (squashfs or EROFS, as
/// `formats::ImageIdentity` names them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Superblock {
    pub bytes_used: u64,
    pub mkfs_time: u32,
    pub inode_count: u32,
    pub block_size: u32,
    /// `None` for an EROFS image whose superblock lists no algorithms (only its inodes tell).
    pub compressor: Option<String>,
}

/// Reads the superblock of the squashfs or EROFS image at offset 0 of the target.
pub fn read_superblock(target: &Target) -> Result<Superblock> {
    if erofs::has_magic_at(&target.file, target.base).context("reading the image head")? {
        let mut raw = [0u8; erofs::format::SUPER_SIZE];
        target
            .file
            .read_exact_at(&mut raw, target.base + erofs::format::SUPER_OFFSET)
            .context("reading the EROFS superblock")?;
        let sb = erofs::Superblock::parse(&raw)
            .with_context(|| format!("{} holds no usable EROFS image", target.path.display()))?;
        return Ok(Superblock {
            bytes_used: u64::from(sb.blocks) * sb.block_size(),
            mkfs_time: sb.build_time,
            inode_count: u32::try_from(sb.inos).unwrap_or(u32::MAX),
            block_size: sb.block_size() as u32,
            compressor: sb.compressor_name(),
        });
    }
    let mut sb = [0u8; 96];
    target
        .file
        .read_exact_at(&mut sb, target.base)
        .context("reading the squashfs superblock")?;
    if &sb[0..4] != b"hsqs" {
        bail!(
            "{} holds neither a squashfs nor an EROFS image (bad magic)",
            target.path.display()
        );
    }
    let u32_at = |o: usize| u32::from_le_bytes(sb[o..o + 4].try_into().unwrap());
    Ok(Superblock {
        inode_count: u32_at(4),
        mkfs_time: u32_at(8),
        block_size: u32_at(12),
        compressor: Some(
            compressor_name(u16::from_le_bytes(sb[20..22].try_into().unwrap())).to_string(),
        ),
        bytes_used: u64::from_le_bytes(sb[40..48].try_into().unwrap()),
    })
}

// ---------------------------------------------------------------------------
// Warming

/// The largest request readahead(2) / POSIX_FADV_WILLNEED honors in one call for
/// this file: the kernel cuts each call to max(device max_sectors_kb, the file's
/// readahead window) and silently drops the rest (measured: 128 KiB on a device
/// with max_sectors_kb=64, read_ahead_kb=128, for 512 KiB and 2 MiB requests).
/// Read from the device queue in sysfs; 128 KiB when there is none (tmpfs, overlay).
pub fn request_cap(file: &File) -> u64 {
    const FALLBACK: u64 = 128 << 10;
    let Ok(meta) = file.metadata() else {
        return FALLBACK;
    };
    let dev = if meta.file_type().is_block_device() {
        std::os::unix::fs::MetadataExt::rdev(&meta)
    } else {
        std::os::unix::fs::MetadataExt::dev(&meta)
    };
    let base = PathBuf::from(format!(
        "/sys/dev/block/{}:{}",
        libc::major(dev),
        libc::minor(dev)
    ));
    // A partition has no queue of its own: its parent's applies.
    for queue in [base.join("queue"), base.join("../queue")] {
        let read = |name: &str| -> Option<u64> {
            std::fs::read_to_string(queue.join(name))
                .ok()?
                .trim()
                .parse()
                .ok()
        };
        if let (Some(max_sectors_kb), Some(read_ahead_kb)) =
            (read("max_sectors_kb"), read("read_ahead_kb"))
        {
            return (max_sectors_kb.max(read_ahead_kb) << 10).max(4096);
        }
    }
    FALLBACK
}

/// Pages of `[start, end)` present in the page cache, including pages still
/// being read (unlike mincore, which only counts up-to-date pages), from
/// `cachestat(2)` (Linux 6.5+). None when the kernel lacks it.
fn pages_present(file: &File, start: u64, end: u64) -> Option<u64> {
    #[repr(C)]
    struct CachestatRange {
        off: u64,
        len: u64,
    }
    #[repr(C)]
    #[derive(Default)]
    struct Cachestat {
        nr_cache: u64,
        nr_dirty: u64,
        nr_writeback: u64,
        nr_evicted: u64,
        nr_recently_evicted: u64,
    }
    const SYS_CACHESTAT: libc::c_long = 451;
    let range = CachestatRange {
        off: start,
        len: end - start,
    };
    let mut stat = Cachestat::default();
    // SAFETY: cachestat reads `range` and fills `stat`, both ours.
    let rc = unsafe {
        libc::syscall(
            SYS_CACHESTAT,
            file.as_raw_fd(),
            &range as *const CachestatRange,
            &mut stat as *mut Cachestat,
            0,
        )
    };
    (rc == 0).then_some(stat.nr_cache)
}

/// After an asynchronous range request: if the kernel queued fewer pages than
/// the range has (request cut, page allocation failed), asks again in small
/// requests (present pages are skipped). Returns the bytes asked again.
fn requeue_skipped(target: &Target, mechanism: Mechanism, start: u64, end: u64) -> u64 {
    let page = page_size();
    let want = end.div_ceil(page) - start / page;
    let Some(present) = pages_present(&target.file, start, end) else {
        return 0;
    };
    if present >= want {
        return 0;
    }
    let fd = target.file.as_raw_fd();
    let mut pos = start;
    while pos < end {
        let n = (128u64 << 10).min(end - pos);
        // SAFETY: advisory syscalls on our fd.
        unsafe {
            match mechanism {
                Mechanism::Fadvise => {
                    libc::posix_fadvise(
                        fd,
                        pos as libc::off_t,
                        n as libc::off_t,
                        libc::POSIX_FADV_WILLNEED,
                    );
                }
                _ => {
                    libc::readahead(fd, pos as libc::off64_t, n as usize);
                }
            }
        }
        pos += n;
    }
    (want - present) * page
}

/// How long after its time budget the service waits for its own queued reads.
pub const DRAIN: Duration = Duration::from_secs(1);

/// How long a queued request may stay unread before the service reads it itself. The
/// pacer queues about a second of reads, so a request this old is not waiting its turn:
/// its read failed (read-ahead reads are failfast, so one medium timeout drops them with
/// no retry) or its pages were reclaimed, and nothing would ever read it but the boot.
pub const STALL: Duration = Duration::from_secs(3);

/// The first request's size, before the medium's rate is known: small enough to be read
/// within a second on a very slow medium (64 KiB at 50 KB/s takes 1.3 s).
const PROBE: u64 = 64 << 10;

/// An asynchronous request not yet seen complete.
struct Queued {
    at: u64,
    len: u64,
    since: Instant,
}

/// Keeps the medium busy with at most a second's worth of our reads, at the rate they
/// complete, and never more than can be read before the deadline. readahead(2) only
/// queues reads: without this, the whole list is queued in milliseconds and a slow medium
/// (a 20 MiB list takes 7 minutes at 50 KB/s) keeps reading it long after the time budget,
/// ahead of the boot's own reads.
#[derive(Default)]
struct Pacer {
    in_flight: std::collections::VecDeque<Queued>,
    in_flight_bytes: u64,
    done_bytes: u64,
    first: Option<Instant>,
    reread: u64,
    unreadable: u64,
    /// Stalled pages are read again only until then (the time budget).
    reread_until: Option<Instant>,
}

impl Pacer {
    /// Bytes per second our reads completed at so far; None before the first completed.
    fn rate(&self) -> Option<f64> {
        let secs = self.first?.elapsed().as_secs_f64();
        (self.done_bytes > 0 && secs > 0.0).then(|| self.done_bytes as f64 / secs)
    }

    /// Forgets the oldest requests whose every page is in the cache (read), counting them
    /// done; one unread for [`STALL`] is read synchronously when `reread` (see
    /// [`Pacer::read_stalled`]). Only from the front: the medium serves our requests in
    /// order, and one check per poll keeps the polling cheap with a second of a fast medium
    /// queued.
    fn settle(&mut self, file: &File, reread: bool) {
        while let Some(front) = self.in_flight.front() {
            let (at, len) = (front.at, front.len);
            let Ok(pages) = resident_pages(file, at, len) else {
                break;
            };
            if !pages.iter().all(|&r| r) {
                if !reread || front.since.elapsed() < STALL {
                    break;
                }
                self.read_stalled(file, at, &pages);
            }
            self.in_flight.pop_front();
            self.in_flight_bytes -= len;
            self.done_bytes += len;
        }
    }

    /// Reads the pages of a stalled request that are not in the cache with pread(2), a run
    /// of pages at a time: a failed read-ahead page stays in the cache not up to date,
    /// where readahead(2) skips it and only a read reads it again. A run that fails again
    /// is a medium error, counted and left to the boot. Reads at most [`PROBE`] at a time
    /// and none after the time budget: on a very slow medium a whole request read
    /// synchronously would overrun it by seconds.
    fn read_stalled(&mut self, file: &File, at: u64, resident: &[bool]) {
        let page = page_size();
        let first = at / page;
        let mut buf = Vec::new();
        let mut i = 0;
        while i < resident.len() {
            if resident[i] {
                i += 1;
                continue;
            }
            if self.reread_until.is_some_and(|t| Instant::now() >= t) {
                return;
            }
            let run = resident[i..]
                .iter()
                .take((PROBE / page).max(1) as usize)
                .take_while(|&&r| !r)
                .count();
            let len = run as u64 * page;
            buf.resize(len as usize, 0);
            match file.read_exact_at(&mut buf, (first + i as u64) * page) {
                Ok(()) => self.reread += len,
                Err(_) => self.unreadable += len,
            }
            i += run;
        }
    }

    /// How much of a request of `want` bytes may start now (page multiples; None: the
    /// deadline has come). Waits while our queued reads would not finish within a second.
    fn admit(&mut self, file: &File, want: u64, deadline: Instant) -> Option<u64> {
        loop {
            let now = Instant::now();
            if now >= deadline {
                return None;
            }
            let horizon = (deadline - now).min(DRAIN).as_secs_f64();
            match self.rate() {
                None if self.in_flight_bytes == 0 => {
                    self.first.get_or_insert(now);
                    return Some(want.min(PROBE));
                }
                None => {}
                Some(rate) => {
                    let room = (rate * horizon) as u64;
                    let free = room.saturating_sub(self.in_flight_bytes) & !4095;
                    if free > 0 || self.in_flight_bytes == 0 {
                        return Some(want.min(free.max(4096)));
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(2));
            self.settle(file, true);
        }
    }

    fn submitted(&mut self, at: u64, len: u64) {
        self.in_flight.push_back(Queued {
            at,
            len,
            since: Instant::now(),
        });
        self.in_flight_bytes += len;
    }

    /// A synchronous read of `len` bytes has returned.
    fn completed(&mut self, len: u64) {
        self.done_bytes += len;
    }

    /// Waits until our queued reads are read or `until`; returns the bytes still unread.
    /// Reads nothing itself: the budget is spent.
    fn drain(&mut self, file: &File, until: Instant) -> u64 {
        self.settle(file, false);
        while self.in_flight_bytes > 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(5));
            self.settle(file, false);
        }
        self.in_flight_bytes
    }
}

/// Warms `ranges` (image offsets) of the target in ascending order.
/// `ranges` should be [`normalize`]d. A medium error costs only the pages it hits: they are
/// counted in the report and the list goes on.
pub fn warm(target: &Target, ranges: &[Extent], opts: &Options) -> Result<Report> {
    let started = Instant::now();
    let deadline = started + opts.time_budget;
    let chunk = match opts.mechanism {
        Mechanism::Pread => opts.chunk,
        _ => opts.chunk.min(request_cap(&target.file)),
    }
    .max(4096);
    let mut mem = MemProbe::open()?;
    // Every path is open: the initramfs may move /run/live, /dev and /proc now.
    signal_ready();
    let mut buf = if opts.mechanism == Mechanism::Pread {
        vec![0u8; chunk as usize]
    } else {
        Vec::new()
    };
    let fd = target.file.as_raw_fd();
    let mut report = Report {
        mechanism: opts.mechanism,
        ranges: ranges.len(),
        ranges_cached_before: 0,
        ranges_done: 0,
        bytes: 0,
        bytes_requeued: 0,
        bytes_reread: 0,
        bytes_unreadable: 0,
        chunk,
        elapsed: Duration::ZERO,
        stop: Stop::Done,
        in_flight_at_stop: 0,
    };
    let mut pacer = Pacer {
        reread_until: Some(deadline),
        ..Pacer::default()
    };
    'ranges: for range in ranges {
        // Clip to the image; a list range past the end is ignored (the caller checked identity).
        let end = range.end().min(target.size);
        if range.offset >= end {
            report.ranges_done += 1;
            continue;
        }
        let (abs_start, abs_end) = (target.base + range.offset, target.base + end);
        let pages = resident_pages(&target.file, abs_start, abs_end - abs_start)?;
        if pages.iter().all(|&p| p) {
            report.ranges_cached_before += 1;
            report.ranges_done += 1;
            continue;
        }
        let mut pos = abs_start;
        while pos < abs_end {
            let Some(n) = pacer.admit(&target.file, chunk.min(abs_end - pos), deadline) else {
                report.stop = Stop::TimeBudget;
                break 'ranges;
            };
            let avail = mem.available()?;
            if avail < opts.min_free {
                report.stop = Stop::LowMemory(avail);
                break 'ranges;
            }
            match opts.mechanism {
                Mechanism::Readahead => {
                    // SAFETY: advisory syscall on our fd.
                    if unsafe { libc::readahead(fd, pos as libc::off64_t, n as usize) } != 0 {
                        return Err(std::io::Error::last_os_error()).context("readahead(2)");
                    }
                }
                Mechanism::Fadvise => {
                    // SAFETY: advisory syscall on our fd.
                    let rc = unsafe {
                        libc::posix_fadvise(
                            fd,
                            pos as libc::off_t,
                            n as libc::off_t,
                            libc::POSIX_FADV_WILLNEED,
                        )
                    };
                    if rc != 0 {
                        return Err(std::io::Error::from_raw_os_error(rc))
                            .context("posix_fadvise(WILLNEED)");
                    }
                }
                Mechanism::Pread => {
                    if target
                        .file
                        .read_exact_at(&mut buf[..n as usize], pos)
                        .is_err()
                    {
                        pacer.unreadable += n;
                    }
                }
            }
            if opts.mechanism == Mechanism::Pread {
                pacer.completed(n);
            } else {
                pacer.submitted(pos, n);
            }
            pos += n;
            report.bytes += n;
        }
        if opts.mechanism != Mechanism::Pread {
            report.bytes_requeued += requeue_skipped(target, opts.mechanism, abs_start, abs_end);
        }
        report.ranges_done += 1;
    }
    if report.stop == Stop::TimeBudget {
        report.in_flight_at_stop = pacer.drain(&target.file, deadline + DRAIN);
    }
    report.bytes_reread = pacer.reread;
    report.bytes_unreadable = pacer.unreadable;
    if target.via_loop_device {
        // The backing file now holds the pages; the loop device's copy would double the memory.
        let _ = drop_cache(&target.file, 0, 0);
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

// ---------------------------------------------------------------------------
// The service

/// How a service run ended. Both are exit 0: the service never fails a boot.
#[derive(Debug)]
pub enum Outcome {
    Warmed(Report),
    /// Nothing (more) was done; the reason is the one log line.
    Skipped(String),
}

/// squashfs compression ids (superblock field at offset 20) by name.
pub fn compressor_name(id: u16) -> &'static str {
    match id {
        1 => "gzip",
        2 => "lzma",
        3 => "lzo",
        4 => "xz",
        5 => "lz4",
        6 => "zstd",
        _ => "unknown",
    }
}

/// Checks the list belongs to the image the target holds: the superblock fields
/// it records and the sha256 of the image's first `head_len` bytes (64 KiB: the
/// superblock and the start of the data; cheap at boot, unlike a whole-image hash).
pub fn check_identity(target: &Target, id: &formats::readahead::ListIdentity) -> Result<()> {
    let sb = read_superblock(target)?;
    let fields = [
        ("bytes_used", sb.bytes_used, id.image.bytes_used),
        ("mkfs_time", sb.mkfs_time as u64, id.image.mkfs_time as u64),
        (
            "inode_count",
            sb.inode_count as u64,
            id.image.inode_count as u64,
        ),
        (
            "block_size",
            sb.block_size as u64,
            id.image.block_size as u64,
        ),
    ];
    for (name, image, list) in fields {
        if image != list {
            bail!("{name} is {image} in the image, {list} in the list");
        }
    }
    // An EROFS superblock that lists no algorithms is still covered by the head hash below.
    if let Some(compressor) = sb.compressor.filter(|c| *c != id.image.compressor) {
        bail!(
            "compressor is {compressor} in the image, {} in the list",
            id.image.compressor
        );
    }
    if id.head_len > target.size || id.head_len > 16 << 20 {
        bail!(
            "the list hashes the first {} bytes, the image has {}",
            id.head_len,
            target.size
        );
    }
    let mut head = vec![0u8; id.head_len as usize];
    target
        .file
        .read_exact_at(&mut head, target.base)
        .context("reading the image head")?;
    use sha2::Digest;
    let got = hex::encode(sha2::Sha256::digest(&head));
    if got != id.head_sha256 {
        bail!("sha256 of the first {} bytes differs", id.head_len);
    }
    Ok(())
}

/// The whole service: lowers our I/O priority, reads and checks the list, warms
/// the image. Every problem becomes `Outcome::Skipped` with one line; budgets end
/// the run early with a report. `log` gets the notices (block device, direct I/O).
pub fn service(list: &Path, image: &Path, opts: &Options, log: &mut Log) -> Outcome {
    if let Err(err) = set_background_io_priority() {
        log.line(&format!("warning: {err:#}; reading at normal priority"));
    }
    let text = match std::fs::read(list) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Outcome::Skipped(format!(
                "no readahead list at {}, nothing to do",
                list.display()
            ))
        }
        Err(err) => {
            return Outcome::Skipped(format!(
                "cannot read readahead list {}: {err}",
                list.display()
            ))
        }
    };
    let parsed = match std::str::from_utf8(&text) {
        Ok(text) => formats::readahead::parse(text).map_err(anyhow::Error::from),
        Err(_) => Err(anyhow::anyhow!("not UTF-8 text")),
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(err) => {
            return Outcome::Skipped(format!(
                "ignoring corrupt readahead list {}: {err:#}",
                list.display()
            ))
        }
    };
    let target = match open_target(image) {
        Ok(target) => target,
        Err(err) => return Outcome::Skipped(format!("cannot warm {}: {err:#}", image.display())),
    };
    for notice in &target.notices {
        log.line(notice);
    }
    if let Err(err) = check_identity(&target, &parsed.identity) {
        return Outcome::Skipped(format!(
            "ignoring stale readahead list {} (not for {}: {err:#})",
            list.display(),
            image.display()
        ));
    }
    match warm(&target, &normalize(&parsed.ranges), opts) {
        Ok(report) => Outcome::Warmed(report),
        Err(err) => Outcome::Skipped(format!("readahead of {} stopped: {err:#}", image.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_merges_and_sorts() {
        let r = Extent::new;
        assert_eq!(
            normalize(&[r(100, 10), r(0, 50), r(40, 20), r(110, 5), r(7, 0)]),
            vec![r(0, 60), r(100, 15)]
        );
    }

    #[test]
    fn mechanism_names_round_trip() {
        for m in [Mechanism::Readahead, Mechanism::Fadvise, Mechanism::Pread] {
            assert_eq!(m.to_string().parse::<Mechanism>().unwrap(), m);
        }
    }
}
